"""Read problems are told precisely, in one line each: partial files, encodings, links, odd names, wrong types."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys

from kg.io.reader import ReadError, read_raw

BODY = "Tỉnh Thanh Hóa hợp tác với tỉnh Hủa Phăn, Lào trong lĩnh vực giáo dục."


def _split(items):
    return [i for i in items if not isinstance(i, ReadError)], [i for i in items if isinstance(i, ReadError)]


def test_reader_messages_truncated_gzip_says_how_many_articles_were_read(tmp_path):
    lines = "".join(json.dumps({"id": str(i), "title": f"Tin {i}", "text": BODY + " " * 2000 + str(i)}) + "\n" for i in range(300))
    data = gzip.compress(lines.encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    articles, errors = _split(list(read_raw([path])))
    assert len(articles) > 100 and len(errors) == 1
    assert errors[0].verb == "partly read"
    assert f"its first {len(articles)} articles were read" in str(errors[0]) and "ends early" in str(errors[0])


def test_reader_messages_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(("Tin đối ngoại\n\n" + BODY).encode("utf-16"))
    articles, errors = _split(list(read_raw([path])))
    assert errors == [] and "Hủa Phăn" in articles[0].text


def test_reader_messages_symlink_loop_is_named_as_such(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Tin\n\n" + BODY, encoding="utf-8")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    articles, errors = _split(list(read_raw([folder])))
    assert len(articles) == 1 and len(errors) == 1 and "loops back" in errors[0].message
    _, direct = _split(list(read_raw([folder / "loop.txt"])))
    assert "loops back" in direct[0].message and "no such file" not in direct[0].message


def test_reader_messages_a_newline_in_a_file_name_stays_one_line(tmp_path):
    path = tmp_path / "two\nlines.txt"
    path.write_text("")
    _, errors = _split(list(read_raw([path])))
    assert "\n" not in str(errors[0]) and "two\\nlines.txt" in str(errors[0])


def test_reader_messages_jsonl_fields_of_the_wrong_type_are_refused(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([json.dumps({"id": 1, "title": 123, "text": BODY}),
                               json.dumps({"id": 2, "title": "Tin", "text": ["a"]}),
                               json.dumps({"id": 3, "title": "Tin", "text": BODY})]), encoding="utf-8")
    articles, errors = _split(list(read_raw([path])))
    assert len(articles) == 1
    assert [str(e) for e in errors] == [f'{path}:1: "title" is a number, not a string: write it as text in quotes',
                                        f'{path}:2: "text" is a list, not a string: write it as text in quotes']


def test_reader_messages_every_failed_input_is_shown(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_bytes(b"\xff\x00\x01binary")
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                        "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert r.returncode == 2
    assert "skipped " + str(tmp_path / "a.txt") in r.stderr and "skipped " + str(tmp_path / "b.txt") in r.stderr
    assert "Traceback" not in r.stderr
