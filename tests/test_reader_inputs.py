import gzip
import json
from pathlib import Path

from kg.io.reader import ReadError, read_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _read(paths):
    items = list(read_articles(paths))
    return [i for i in items if not isinstance(i, ReadError)], [i for i in items if isinstance(i, ReadError)]


def test_reader_seed_titles_dates_and_sources():
    articles, errors = _read([SEEDS])
    assert errors == []
    by_id = {a.identifier: a for a in articles}
    assert by_id["003_c03bc3c54d892530"].title == "Tăng cường công tác đối ngoại đáp ứng yêu cầu trong giai đoạn mới"
    assert by_id["003_c03bc3c54d892530"].source == "Baothanhhoa.vn"
    assert by_id["004_3986a2382bbef8d8"].title == "Đối ngoại có trọng tâm, trọng điểm, thu hút nguồn lực phát triển"
    assert str(by_id["004_3986a2382bbef8d8"].date) == "2024-04-30"
    assert by_id["000_3f1b8fe9d9dbc4d6"].date is None  # no date in the text: never invented


def test_reader_drops_page_furniture():
    articles, _ = _read([SEEDS / "000_3f1b8fe9d9dbc4d6.txt"])
    a = articles[0]
    body = "\n".join(a.text[s:e] for s, e in a.body)
    assert "Đại hội XIV" not in body  # the "Đọc thêm" list
    assert "tang cuong hoat dong" not in body  # unaccented caption duplicates
    assert "Hàn Quốc" in body


def test_reader_drops_byline_and_related_list_of_seed_004():
    articles, _ = _read([SEEDS / "004_3986a2382bbef8d8.txt"])
    a = articles[0]
    lines = [a.text[s:e] for s, e in a.body]
    assert "Thái Bình" not in lines  # the author's name, a province's name too
    assert not any("Japan Times" in line for line in lines)


def test_reader_bad_files_give_one_line_errors_and_others_still_read(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Hà Nội hợp tác".encode("cp1258", errors="replace"))
    (tmp_path / "good.txt").write_text("Tiêu đề\n\nTỉnh Thanh Hóa hợp tác với tỉnh Hủa Phăn.", encoding="utf-8")
    articles, errors = _read([tmp_path, tmp_path / "missing.txt"])
    assert [a.identifier for a in articles] == ["good"]
    messages = {Path(e.path).name: e.message for e in errors}
    assert set(messages) == {"binary.txt", "empty.txt", "latin1.txt", "missing.txt"}
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "not UTF-8" in messages["latin1.txt"]
    assert "no such file" in messages["missing.txt"]
    assert all("\n" not in str(e) for e in errors)


def test_reader_jsonl_and_gzip_with_a_broken_line(tmp_path):
    recs = [
        {"id": "a1", "title": "Tin một", "lead": "Mở đầu.", "text": "Thân bài một.", "date": "2024-05-01"},
        {"id": "a2", "title": "Tin hai", "text": "Thân bài hai."},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    (tmp_path / "news.jsonl").write_text(lines[0] + "\n{broken\n" + lines[1] + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "b1", "title": "Tin ba", "text": "Thân bài ba."}, ensure_ascii=False) + "\n")
    articles, errors = _read([tmp_path])
    assert sorted(a.identifier for a in articles) == ["a1", "a2", "b1"]
    a1 = next(a for a in articles if a.identifier == "a1")
    assert a1.title == "Tin một" and str(a1.date) == "2024-05-01"
    assert a1.text == "Tin một\n\nMở đầu.\n\nThân bài một."
    assert len(errors) == 1 and errors[0].path.endswith("news.jsonl:2") and "JSON" in errors[0].message


def test_reader_html_drops_scripts_and_navigation(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Trang</title><meta property='article:published_time' content='2023-09-10T08:00:00'>"
        "<script>var x = 'Hàn Quốc';</script></head><body><nav>Trang chủ | Thế giới</nav>"
        "<h1>Thanh Hóa đón đoàn Hủa Phăn</h1><p>Sáng 9/9, tỉnh Thanh Hóa tiếp đoàn tỉnh Hủa Phăn.</p>"
        "<footer>Bản quyền</footer></body></html>",
        encoding="utf-8",
    )
    articles, errors = _read([tmp_path / "page.html"])
    assert errors == []
    a = articles[0]
    assert a.title == "Thanh Hóa đón đoàn Hủa Phăn"
    assert str(a.date) == "2023-09-10"
    assert "Hàn Quốc" not in a.text and "Trang chủ" not in a.text and "Bản quyền" not in a.text
    assert "tỉnh Thanh Hóa tiếp đoàn tỉnh Hủa Phăn" in a.text
