"""Saved queries over time: first and last dates, agreement status as of a date, the 2025 merger, one event once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.errors import QueryError
from kg.graph.queries import open_dataset, run_query

TIMELINE = Path(__file__).parent / "fixtures" / "timeline.jsonl"


@pytest.fixture(scope="module")
def timeline(tmp_path_factory):
    out = tmp_path_factory.mktemp("timeline")
    build([TIMELINE], out, jobs=1)
    return open_dataset(out)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    from conftest import SEEDS

    out = tmp_path_factory.mktemp("seeds")
    build([SEEDS], out, jobs=1)
    return open_dataset(out)


def _pick(result, *columns: str) -> list[tuple]:
    at = [result.columns.index(c) for c in columns]
    return [tuple(row[i] for i in at) for row in result.rows]


def test_queries_partners_first_last_and_what_a_province_became(timeline):
    result = run_query(timeline, "partners")
    assert result.columns == ("province", "partner", "partner_type", "country", "articles", "first", "last",
                              "relation_kinds", "became")
    assert _pick(result, "province", "partner", "articles", "first", "last", "became") == [
        ("Nghệ An", "Xiêng Khoảng", "3", "2017-05-10", "2021-09-16", None),
        ("Phú Thọ", "Gifu", "1", "2025-09-09", "2025-09-10", None),
        ("Thanh Hóa", "Hủa Phăn", "5", "2019-03-11", "2020-06-02", None),  # one of the five articles is undated
        ("Vĩnh Phúc", "Gyeonggi", "1", "2018-05-09", "2018-05-10", "Phú Thọ"),
    ]


def test_queries_partners_of_a_merged_province_includes_its_predecessors(timeline):
    result = run_query(timeline, "partners_of", {"province": "Phú Thọ"})
    assert _pick(result, "partner", "via", "first", "last", "became") == [
        ("Gifu", None, "2025-09-09", "2025-09-10", None),
        ("Gyeonggi", "Vĩnh Phúc", "2018-05-09", "2018-05-10", None),
    ]


def test_queries_partners_of_a_dissolved_province_says_what_it_became(timeline):
    result = run_query(timeline, "partners_of", {"province": "Vĩnh Phúc"})
    assert _pick(result, "partner", "via", "became") == [("Gyeonggi", None, "Phú Thọ")]


def test_queries_provinces_of_dates_and_successor(timeline):
    result = run_query(timeline, "provinces_of", {"partner": "Hàn Quốc"})
    assert result.rows == (("Vĩnh Phúc", "Gyeonggi", "ForeignLocality", "1", "2018-05-09", "2018-05-10", "Phú Thọ"),)


def test_queries_events_one_signing_from_three_articles(timeline):
    result = run_query(timeline, "events", {"province": "Thanh Hóa"})
    assert _pick(result, "date", "kind", "participants", "articles") == [
        ("2019-03-11", "signing", "Hủa Phăn", "3"),
        ("2020-06-01", "reception", "Hủa Phăn", "1"),
    ]
    agreements = run_query(timeline, "agreements", {"province": "Thanh Hóa"})
    assert _pick(agreements, "partners", "date", "articles") == [("Hủa Phăn", "2019-03-11", "3")]


STATUS = ("province", "via", "partners", "since", "period_end", "last_activity", "status")


def test_queries_agreement_status_in_force_then_expired_and_renewed(timeline):
    def status(province: str, as_of: str) -> list[tuple]:
        return _pick(run_query(timeline, "agreement_status", {"province": province, "as_of": as_of}), *STATUS)

    assert status("Thanh Hóa", "2020-12-31") == [("Thanh Hóa", None, "Hủa Phăn", "2019-03-11", "2021", "2020-06-02", "in_force")]
    assert status("Thanh Hóa", "2022-06-01") == [("Thanh Hóa", None, "Hủa Phăn", "2019-03-11", "2021", "2020-06-02", "expired")]
    assert status("Nghệ An", "2020-12-31") == [("Nghệ An", None, "Xiêng Khoảng", "2017-05-10", None, "2019-10-03", "in_force")]
    assert status("Nghệ An", "2022-06-01") == [
        ("Nghệ An", None, "Xiêng Khoảng", "2017-05-10", None, "2021-09-16", "renewed"),
        ("Nghệ An", None, "Xiêng Khoảng", "2021-09-15", None, None, "in_force"),  # its own article is not activity
    ]


def test_queries_agreement_status_dormant_after_n_years_without_activity(timeline):
    def status(as_of: str, years: str | None = None) -> list[tuple]:
        params = {"province": "Vĩnh Phúc", "as_of": as_of} | ({"dormant_years": years} if years else {})
        return _pick(run_query(timeline, "agreement_status", params), "partners", "since", "status", "became")

    assert status("2019-12-31") == [("Gyeonggi", "2018-05-09", "in_force", "Phú Thọ")]
    assert status("2020-05-09") == [("Gyeonggi", "2018-05-09", "dormant", "Phú Thọ")]
    assert status("2020-05-09", "3") == [("Gyeonggi", "2018-05-09", "in_force", "Phú Thọ")]
    assert status("2018-01-01") == []  # not signed yet


def test_queries_agreement_status_of_a_merged_province_names_the_predecessor(timeline):
    result = run_query(timeline, "agreement_status", {"province": "Phú Thọ", "as_of": "2025-12-31"})
    assert _pick(result, *STATUS) == [
        ("Phú Thọ", None, "Gifu", "2025-09-09", None, None, "in_force"),
        ("Phú Thọ", "Vĩnh Phúc", "Gyeonggi", "2018-05-09", None, None, "dormant"),
    ]


def test_queries_agreement_status_on_the_seeds(seeds):
    def status(as_of: str) -> list[tuple]:
        result = run_query(seeds, "agreement_status", {"province": "Thanh Hóa", "as_of": as_of})
        return _pick(result, "partners", "reported", "since", "status")

    unknown = [("Farwaniyah", "signed", None, "unknown"), ("Mittelsachsen", "signed", None, "unknown"),
               ("Seongnam", "signed", None, "unknown"), ("Tula", "in_negotiation", None, "unknown")]
    assert status("2022-06-01") == [unknown[0], ("Hủa Phăn", "signed", "2021", "in_force"), *unknown[1:]]
    assert status("2023-06-01") == [unknown[0], ("Hủa Phăn", "signed", "2021", "dormant"), *unknown[1:]]
    assert status("2026-01-01") == [unknown[0], ("Hủa Phăn", "signed", "2021", "expired"), *unknown[1:]]


def test_queries_seeds_tie_dated_by_an_event_before_its_article(seeds):
    result = run_query(seeds, "partners_of", {"province": "Hà Tĩnh"})
    rows = {r[0]: r for r in _pick(result, "partner", "articles", "first", "last")}
    assert rows["Đại sứ quán Hàn Quốc"] == ("Đại sứ quán Hàn Quốc", "1", "2016-08", "2016-08")  # undated article, dated event
    assert rows["Lào"] == ("Lào", "3", "2021-01-22", "2025-01-06")
    assert rows["Canada"] == ("Canada", "1", None, None)  # undated evidence only


@pytest.mark.parametrize("params, message", [
    ({"province": "Thanh Hóa", "as_of": "2024-13-01"}, "--param as_of='2024-13-01' is not a date written YYYY-MM-DD"),
    ({"province": "Thanh Hóa", "as_of": "31/12/2024"}, "--param as_of='31/12/2024' is not a date written YYYY-MM-DD"),
    ({"province": "Thanh Hóa", "dormant_years": "two"}, "--param dormant_years='two' is not a whole number of years"),
])
def test_queries_agreement_status_bad_parameters_are_input_errors(timeline, params, message):
    with pytest.raises(QueryError, match="^" + message.replace("?", r"\?")):
        run_query(timeline, "agreement_status", params)
