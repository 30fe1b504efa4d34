"""Builds that take unchanged JSONL lines from the previous build's reads.json equal fresh builds, byte for byte."""

from __future__ import annotations

import gzip
import json
import shutil

from conftest import SEEDS

import kg.build as kb
from kg.graph.store import fingerprint
from kg.io import known

NAME = "news.jsonl.gz"


def _records() -> list[dict]:
    out = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append({"id": f"a{i}", "title": title.strip(), "text": body.strip(), "date": f"2017-0{i + 1}-15"})
    return out


def _write(folder, records) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(folder / NAME, "wt", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _outputs(out) -> tuple[bytes, bytes]:
    return (out / kb.GRAPH_FILE).read_bytes(), (out / kb.HTML_FILE).read_bytes()


def test_build_known_a_then_a_plus_b_equals_a_fresh_build_of_a_plus_b(tmp_path):
    records = _records()
    _write(tmp_path / "a", records[:3])
    _write(tmp_path / "ab", records)
    out = tmp_path / "out"
    first = kb.build([tmp_path / "a" / NAME], out, jobs=1)
    assert (first.articles, first.extracted) == (3, 3)
    reads = known.load(out / known.READS_FILE, fingerprint(), kb.DEFAULT_MAX_CHARS)
    assert reads is not None and len(reads.lines[NAME]) == 3 and len(reads.articles) == 3

    second = kb.build([tmp_path / "ab" / NAME], out, jobs=1)
    assert (second.articles, second.extracted) == (5, 2)  # the first three lines were not read again
    fresh = tmp_path / "fresh"
    kb.build([tmp_path / "ab" / NAME], fresh, jobs=1)
    assert _outputs(out) == _outputs(fresh)
    assert (out / known.READS_FILE).read_bytes() == (fresh / known.READS_FILE).read_bytes()


def test_build_known_unchanged_lines_come_without_text(tmp_path):
    records = _records()
    _write(tmp_path / "in", records)
    out = tmp_path / "out"
    kb.build([tmp_path / "in" / NAME], out, jobs=1)
    reads = known.load(out / known.READS_FILE, fingerprint(), kb.DEFAULT_MAX_CHARS)
    records[1]["date"] = "2016-12-31"  # one line changes
    _write(tmp_path / "in", records)
    entries, errors, _ = known.read_entries([tmp_path / "in" / NAME], kb.DEFAULT_MAX_CHARS, reads)
    assert errors == []
    assert [e.raw is None for e in entries] == [True, False, True, True, True]
    fresh_entries, _, _ = known.read_entries([tmp_path / "in" / NAME], kb.DEFAULT_MAX_CHARS)
    assert [(e.article_id, e.key, e.line) for e in entries] == [(e.article_id, e.key, e.line) for e in fresh_entries]
    again = kb.build([tmp_path / "in" / NAME], out, jobs=1)
    assert again.extracted == 1
    fresh = tmp_path / "fresh"
    kb.build([tmp_path / "in" / NAME], fresh, jobs=1)
    assert _outputs(out) == _outputs(fresh)


def test_build_known_reads_of_another_build_are_not_trusted(tmp_path):
    """A reads.json that does not go with the store (copied from elsewhere) changes nothing but speed."""
    records = _records()
    _write(tmp_path / "a", records[:2])
    _write(tmp_path / "ab", records)
    out, other = tmp_path / "out", tmp_path / "other"
    kb.build([tmp_path / "a" / NAME], out, jobs=1)
    kb.build([tmp_path / "ab" / NAME], other, jobs=1)
    shutil.copy(other / known.READS_FILE, out / known.READS_FILE)  # claims all five articles are built
    report = kb.build([tmp_path / "ab" / NAME], out, jobs=1)
    assert report.extracted == 3
    assert _outputs(out) == _outputs(other)


def test_build_known_damaged_gzip_is_read_the_readers_way(tmp_path):
    records = _records()
    _write(tmp_path / "in", records)
    data = (tmp_path / "in" / NAME).read_bytes()
    (tmp_path / "in" / NAME).write_bytes(data[: len(data) * 2 // 3])
    entries, errors, _ = known.read_entries([tmp_path / "in" / NAME])
    raws, reader_errors, _ = kb.read_inputs([tmp_path / "in" / NAME])
    assert [e.raw for e in entries] == raws
    assert errors == reader_errors and "ends early" in errors[0].message
