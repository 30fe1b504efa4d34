"""The derived graph: first and last dated evidence on every tie, one node per event reported several times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.build import build, extract_graph
from kg.graph import derive
from kg.graph.queries import open_dataset
from kg.graph.sparql import select

TIMELINE = Path(__file__).parent / "fixtures" / "timeline.jsonl"
KG = "PREFIX kg: <https://w3id.org/vnkg/def#> PREFIX prov: <http://www.w3.org/ns/prov#> "
ID = "https://w3id.org/vnkg/id/"


@pytest.fixture(scope="module")
def timeline(tmp_path_factory):
    out = tmp_path_factory.mktemp("timeline")
    build([TIMELINE], out, jobs=1)
    return out


def _rows(store, query: str) -> list[tuple[str | None, ...]]:
    solutions = select(store, KG + query)
    names = [v.value for v in solutions.variables]
    return sorted(tuple(None if s[n] is None else s[n].value for n in names) for s in solutions)


def test_derive_first_and_last_dated_evidence_of_every_tie(timeline):
    rows = _rows(open_dataset(timeline), """
        SELECT ?link ?first ?last (COUNT(DISTINCT ?a) AS ?articles) WHERE {
          ?link a kg:Partnership ; prov:wasDerivedFrom ?a .
          OPTIONAL { ?link kg:firstDate ?first ; kg:lastDate ?last } } GROUP BY ?link ?first ?last""")
    assert rows == [
        (f"{ID}partnership/vn-25-2025--place-jp-21", "2025-09-09", "2025-09-10", "1"),
        (f"{ID}partnership/vn-26--place-kr-41", "2018-05-09", "2018-05-10", "1"),
        # five articles, one undated: counted, never dated
        (f"{ID}partnership/vn-38--place-la-ho", "2019-03-11", "2020-06-02", "5"),
        (f"{ID}partnership/vn-40--place-la-xi", "2017-05-10", "2021-09-16", "3"),
    ]


def test_derive_one_event_from_three_articles(timeline):
    store = open_dataset(timeline)
    signings = _rows(store, """
        SELECT ?date (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
          ?e a kg:Event ; kg:province <https://w3id.org/vnkg/id/province/vn-38> ;
             kg:eventKind <https://w3id.org/vnkg/id/event-kind/signing> ; kg:date ?date ;
             prov:wasDerivedFrom ?a ; kg:evidence ?ev .
          FILTER NOT EXISTS { ?e kg:mergedInto ?first } } GROUP BY ?e ?date""")
    assert signings == [("2019-03-11", "3", "3")]
    merged = _rows(store, "SELECT ?date WHERE { ?e kg:mergedInto ?first ; a kg:Event ; kg:date ?date }")
    assert merged == [("2019-03-12",), ("2019-03-13",)]
    agreements = _rows(store, """
        SELECT ?date (COUNT(DISTINCT ?a) AS ?articles) WHERE {
          ?g a kg:Agreement ; kg:province <https://w3id.org/vnkg/id/province/vn-38> ; kg:date ?date ;
             prov:wasDerivedFrom ?a . FILTER NOT EXISTS { ?g kg:mergedInto ?first } } GROUP BY ?g ?date""")
    assert agreements == [("2019-03-11", "3")]


def test_derive_two_signings_years_apart_stay_two(timeline):
    rows = _rows(open_dataset(timeline), """
        SELECT ?date WHERE { ?g a kg:Agreement ; kg:province <https://w3id.org/vnkg/id/province/vn-40> ;
          kg:date ?date . FILTER NOT EXISTS { ?g kg:mergedInto ?first } }""")
    assert rows == [("2017-05-10",), ("2021-09-15",)]


def test_derive_incremental_build_gives_the_same_graph(tmp_path):
    lines = TIMELINE.read_text(encoding="utf-8").splitlines(keepends=True)
    given = tmp_path / "news.jsonl"
    given.write_text("".join(lines[:2]), encoding="utf-8")  # two reports of the signing, then all ten articles
    build([given], tmp_path / "inc", jobs=1)
    given.write_text("".join(lines), encoding="utf-8")
    build([given], tmp_path / "inc", jobs=1)
    build([given], tmp_path / "once", jobs=1)
    assert (tmp_path / "inc" / "graph.ttl").read_bytes() == (tmp_path / "once" / "graph.ttl").read_bytes()


def test_derive_in_memory_graph_has_the_derived_facts():
    graph, articles, errors = extract_graph([TIMELINE])
    assert (articles, errors) == (10, [])
    rows = graph.query(KG + "SELECT (COUNT(*) AS ?n) WHERE { ?e kg:mergedInto ?first }")
    assert [int(r[0]) for r in rows] == [4]  # two signing events, two agreements


def _fact(iri: str, day: str | None, partners=("p/a",), period=None) -> derive.Fact:
    return derive.Fact(iri, ("vn-38", "signing"), frozenset(partners), dt.date.fromisoformat(day) if day else None, period)


def test_derive_clusters_start_at_the_earliest_report_and_do_not_chain():
    facts = [_fact("e5", "2019-03-15"), _fact("e1", "2019-03-11"), _fact("e3", "2019-03-13"), _fact("e9", "2019-03-18")]
    assert [[f.iri for f in c] for c in derive.clusters(facts)] == [["e1", "e3"], ["e5", "e9"]]


def test_derive_clusters_need_a_shared_partner_and_one_period():
    facts = [_fact("a", "2019-03-11", ("p/a", "p/b")), _fact("b", "2019-03-12", ("p/b",)), _fact("c", "2019-03-12", ("p/c",)),
             _fact("d", "2019-03-12", ("p/a",), ("2019", "2021")), _fact("e", None, ("p/a",), ("2019", "2021")),
             _fact("f", None, ("p/a",), ("2022", "2026"))]
    assert [[f.iri for f in c] for c in derive.clusters(facts)] == [["a", "b", "d", "e"]]
    assert [[f.iri for f in c] for c in derive.clusters(facts, same_partners=True)] == [["d", "e"]]
