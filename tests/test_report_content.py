"""kg report: what the page and the Markdown say, on dated test input and on the seeds."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from kg.build import build
from kg.cli import main
from kg.errors import QueryError
from kg.graph.queries import open_dataset
from kg.page.report import render_html, render_md, timeline_years
from kg.page.report_data import gather

TIMELINE = Path(__file__).parent / "fixtures" / "timeline.jsonl"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("timeline")
    build([TIMELINE], out, jobs=1)
    return out


def test_report_merged_province_includes_its_predecessors_partners(built):
    r = gather(open_dataset(built), "Phú Thọ", as_of="2025-12-31")
    assert (r.province, r.became, r.predecessors) == ("Phú Thọ", None, ("Vĩnh Phúc",))
    assert [(t.country, t.partner, t.via, t.first, t.last) for t in r.ties] == [
        ("Hàn Quốc", "Gyeonggi", "Vĩnh Phúc", "2018-05-09", "2018-05-10"),
        ("Nhật Bản", "Gifu", None, "2025-09-09", "2025-09-10"),
    ]
    assert [(a.partners, a.via, a.status) for a in r.agreements] == [("Gifu", None, "in_force"), ("Gyeonggi", "Vĩnh Phúc", "dormant")]
    page = render_html(r)
    assert "Gồm quan hệ của các đơn vị sáp nhập vào Phú Thọ ngày 1/7/2025" in page
    assert "<td>Gyeonggi</td><td>ForeignLocality</td><td>Vĩnh Phúc</td>" in page


def test_report_dissolved_province_says_what_it_became(built):
    r = gather(open_dataset(built), "Vĩnh Phúc", as_of="2025-12-31")
    assert (r.province, r.became, r.predecessors) == ("Vĩnh Phúc", "Phú Thọ", ())
    assert "> Vĩnh Phúc đã sáp nhập vào Phú Thọ từ 1/7/2025 / was merged into Phú Thọ on 2025-07-01" in render_md(r)


def test_report_statuses_one_event_and_sources(built):
    r = gather(open_dataset(built), "Thanh Hóa", as_of="2020-12-31")
    assert [(a.since, a.period, a.last_activity, a.status) for a in r.agreements] == [("2019-03-11", "2019–2021", "2020-06-02", "in_force")]
    assert [(e.date, e.kind, e.sources) for e in r.events] == [("2019-03-11", "signing", (1, 2, 3)), ("2020-06-01", "reception", (4,))]
    assert [(s.date, s.source) for s in r.sources] == [("2019-03-12", "Báo A"), ("2019-03-13", "Báo B"), ("2019-03-14", "Báo C"),
                                                       ("2020-06-02", None), (None, None)]
    assert timeline_years(r) == {2019: {"Lào": 1}, 2020: {"Lào": 1}}
    assert gather(open_dataset(built), "Thanh Hóa", as_of="2022-06-01").agreements[0].status == "expired"


def test_report_years_leave_out_undated_rows(built):
    r = gather(open_dataset(built), "Nghệ An", year_from=2021, year_to=2021)
    assert r.as_of == "2021-12-31"
    assert [(e.date, e.kind) for e in r.events] == [("2021-09-15", "signing")]
    assert [(a.since, a.status) for a in r.agreements] == [("2017-05-10", "renewed"), ("2021-09-15", "in_force")]
    assert [(t.partner, t.first, t.last) for t in r.ties] == [("Xiêng Khoảng", "2017-05-10", "2021-09-16")]


def test_report_article_text_is_escaped(built):
    r = gather(open_dataset(built), "Thanh Hóa", as_of="2020-12-31")
    page, md = render_html(r), render_md(r)
    payload = 'giáo dục <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>.'
    assert html.escape(payload) in page
    assert "<img" not in page and "<script" not in page
    assert "giáo dục \\<img src=x onerror=\"window.\\_\\_pwned=1\"\\> \\<script\\>window.\\_\\_pwned=2\\</script\\>." in md
    assert '<a href="https://example.vn/th-1.html" rel="noopener noreferrer">Tin đối ngoại 1</a>' in page
    assert "default-src 'none'" in page


def test_report_seeds_thanh_hoa(tmp_path):
    from conftest import SEEDS

    build([SEEDS], tmp_path / "b", jobs=1)
    r = gather(open_dataset(tmp_path / "b"), "Thanh Hóa", as_of="2023-06-01")
    assert [(a.partners, a.status) for a in r.agreements] == [
        ("Farwaniyah", "unknown"), ("Hủa Phăn", "dormant"), ("Mittelsachsen", "unknown"), ("Seongnam", "unknown"), ("Tula", "unknown")]
    assert len(r.ties) == 25 and all(t.first is None for t in r.ties)  # as partners_of; the Thanh Hóa seed is undated
    with pytest.raises(QueryError, match="^no province named 'Atlantis' in the graph"):
        gather(open_dataset(tmp_path / "b"), "Atlantis")


def test_report_command_writes_the_file_and_reports_on_stderr(built, tmp_path, capsys):
    out = tmp_path / "r.html"
    with pytest.raises(SystemExit) as e:
        main(["report", "Phú Thọ", "--graph", str(built), "--as-of", "2025-12-31", "-o", str(out)])
    assert e.value.code == 0
    assert capsys.readouterr().err == f"kg: Phú Thọ: 2 partners, 2 agreements, 2 events, 0 indicators -> {out}\n"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(SystemExit) as e:
        main(["report", "Phú Thọ", "--graph", str(built), "--as-of", "31/12/2025"])
    assert e.value.code == 2
    assert "'31/12/2025' is not a date written YYYY-MM-DD" in capsys.readouterr().err
