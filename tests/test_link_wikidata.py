"""kg link: owl:sameAs links to Wikidata by ISO code, against a local Virtuoso holding Wikidata-shaped data."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_remote_virtuoso import free_port, kg, seeds_build, virtuoso_server

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "link_wikidata.ttl"
GRAPH = "urn:kg:test:wikidata"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
LINKS = "https://w3id.org/vnkg/id/graph/links"
ID, WD = "https://w3id.org/vnkg/id/", "http://www.wikidata.org/entity/"
EXPECTED = {
    (ID + "country/kr", WD + "Q884"),
    (ID + "country/la", WD + "Q819"),
    (ID + "country/vn", WD + "Q881"),
    (ID + "place/la-ho", WD + "Q9000001"),
    (ID + "province/vn-38", WD + "Q9000002"),
    (ID + "place/jp-26", WD + "Q9000003"),
}


@pytest.fixture
def build_copy(request, tmp_path) -> Path:
    out = tmp_path / "build"
    shutil.copytree(seeds_build(request), out)
    return out


@pytest.fixture(scope="module")
def wikidata(request) -> str:
    """The query endpoint of a Virtuoso whose graph GRAPH holds tests/fixtures/link_wikidata.ttl."""
    from kg.graph.remote import push

    server = virtuoso_server(request)
    push(FIXTURE, server.update, graph=GRAPH, user="dba", password="dba")
    return server.query


def same_as(turtle: Path) -> set[tuple[str, str]]:
    return {(t.subject.value, t.object.value) for t in ox.parse(path=str(turtle), format=ox.RdfFormat.TURTLE)
            if t.predicate.value == SAME_AS}


def test_link_wikidata_adds_exactly_the_matching_links(wikidata, build_copy):
    assert same_as(build_copy / "graph.ttl") == set()
    r = kg("link", build_copy, "--endpoint", wikidata, "--graph-iri", GRAPH)
    assert r.returncode == 0, r.stderr
    assert "6 owl:sameAs links" in r.stderr and "TW" in r.stderr  # TW names two items: left alone
    assert same_as(build_copy / "graph.ttl") == EXPECTED
    store = ox.Store.read_only(str(build_copy / "store"))
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(LINKS))
    assert {(q.subject.value, q.object.value) for q in quads} == EXPECTED


def test_link_wikidata_twice_replaces_the_links(wikidata, build_copy):
    for _ in range(2):
        r = kg("link", build_copy, "--endpoint", wikidata, "--graph-iri", GRAPH)
        assert r.returncode == 0, r.stderr
    text = (build_copy / "graph.ttl").read_text(encoding="utf-8")
    assert same_as(build_copy / "graph.ttl") == EXPECTED
    assert text.count("wikidata.org/entity/Q884") == 1


def test_link_unreachable_endpoint_leaves_the_build_unchanged(build_copy):
    before = (build_copy / "graph.ttl").read_bytes()
    r = kg("link", build_copy, "--endpoint", f"http://127.0.0.1:{free_port()}/sparql")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "cannot connect" in r.stderr and "left as it was" in r.stderr
    assert (build_copy / "graph.ttl").read_bytes() == before


def test_link_silent_endpoint_times_out_and_leaves_the_build_unchanged(build_copy):
    before = (build_copy / "graph.ttl").read_bytes()
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        port = silent.getsockname()[1]
        r = kg("link", build_copy, "--endpoint", f"http://127.0.0.1:{port}/sparql", "--timeout", "1")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "no answer within" in r.stderr
    assert (build_copy / "graph.ttl").read_bytes() == before


def test_link_lookup_query_is_one_batched_select():
    from kg.graph.link import lookup_query

    text = lookup_query(["KR", "LA", "LA-HO"])
    assert text.count("SELECT") == 1
    assert 'VALUES ?code { "KR" "LA" }' in text and 'VALUES ?code { "LA-HO" }' in text
    assert "wdt:P297" in text and "wdt:P300" in text
