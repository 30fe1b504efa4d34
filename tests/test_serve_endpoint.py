"""kg serve: the SPARQL 1.1 Protocol endpoint and the saved-query pages, on 127.0.0.1 in a thread."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from test_remote_virtuoso import seeds_build

from kg.graph.queries import format_result, open_dataset, run_query, saved_queries
from kg.graph.remote import EndpointRefused, remote_query
from kg.graph.serve import make_server

PROVINCES = "SELECT ?p WHERE { ?p a <https://w3id.org/vnkg/def#Province> } ORDER BY ?p"


def start(build, **options):
    server = make_server(build, "127.0.0.1", 0, options.get("timeout", 10), options.get("max_rows", 10000))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def built(request):
    return seeds_build(request)


@pytest.fixture(scope="module")
def served(built):
    server, url = start(built)
    yield url
    server.shutdown()
    server.server_close()


def fetch(url, data=None, headers=None):
    """(status, headers, body) of a request, errors included."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def wrapper(url, query, fmt):
    sparql = SPARQLWrapper(url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_serve_partners_through_sparqlwrapper_are_the_local_rows(served, built):
    local = run_query(open_dataset(built), "partners")
    remote = remote_query(served + "/sparql", "partners")
    assert len(local.rows) > 50
    assert format_result(remote, "csv") == format_result(local, "csv")
    evidence = {"province": "Thanh Hóa", "partner": "Tula"}
    assert remote_query(served + "/sparql", "evidence", evidence) == run_query(open_dataset(built), "evidence", evidence)


@pytest.mark.parametrize("fmt, media, check", [
    (JSON, "application/sparql-results+json", lambda b: len(json.loads(b)["results"]["bindings"]) == 3),
    (XML, "application/sparql-results+xml", lambda b: b.count("<result>") == 3),
    (CSV, "text/csv", lambda b: b.splitlines()[0] == "p" and len(b.splitlines()) == 4),
    (TSV, "text/tab-separated-values", lambda b: b.splitlines()[0] == "?p" and "<https://w3id.org/vnkg/id/province/vn-38>" in b),
])
def test_serve_select_formats_by_accept(served, fmt, media, check):
    result = wrapper(served, PROVINCES, fmt).query()
    assert result.response.headers["Content-Type"].split(";")[0] == media
    assert check(result.response.read().decode("utf-8"))


def test_serve_construct_as_turtle_or_jsonld_and_post_sparql_query(served):
    query = "CONSTRUCT WHERE { <https://w3id.org/vnkg/id/province/vn-38> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    result = wrapper(served, query, TURTLE).query()
    assert result.response.headers["Content-Type"].startswith("text/turtle")
    assert "Thanh Hóa" in result.response.read().decode("utf-8")
    status, headers, body = fetch(served + "/sparql", query.encode(), {"Content-Type": "application/sparql-query",
                                                                       "Accept": "application/ld+json"})
    assert status == 200 and headers["Content-Type"] == "application/ld+json"
    assert json.loads(body)[0]["@id"] == "https://w3id.org/vnkg/id/province/vn-38"
    status, _, body = fetch(served + "/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_refuses_updates_with_403(served, built):
    sparql = SPARQLWrapper(served + "/sparql")
    sparql.setMethod(POST)
    sparql.setQuery("DROP ALL")
    with pytest.raises(urllib.error.HTTPError) as e:
        sparql.query()
    assert e.value.code == 403
    status, _, body = fetch(served + "/sparql", b"CLEAR DEFAULT", {"Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in body
    assert remote_query(served + "/sparql", "partners") == run_query(open_dataset(built), "partners")


def test_serve_malformed_query_is_400(served):
    status, _, body = fetch(served + "/sparql?query=" + urllib.parse.quote("SELECT ?x WHERE { ?x"))
    assert status == 400 and "malformed query" in body
    with pytest.raises(EndpointRefused) as e:
        from kg.graph.remote import call

        call(wrapper(served, "SELECT ?x WHERE { ?x", JSON), served)
    assert e.value.status == 400


def test_serve_truncates_rows_and_times_out(built):
    server, url = start(built, max_rows=2, timeout=0.05)
    try:
        status, headers, body = fetch(url + "/sparql?query=" + urllib.parse.quote(PROVINCES))
        assert status == 200 and headers["X-KG-Truncated"] == "true"
        assert len(json.loads(body)["results"]["bindings"]) == 2
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(STR(?c)) >= STRLEN(STR(?f))) }"
        status, _, body = fetch(url + "/sparql?query=" + urllib.parse.quote(slow))
        assert status == 503 and "abandoned" in body
    finally:
        server.shutdown()
        server.server_close()


def test_serve_index_lists_saved_queries_and_escapes_parameters(served):
    status, headers, page = fetch(served + "/")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    for q in saved_queries().values():
        assert f"<h2>{q.name}</h2>" in page and f'action="/query/{q.name}"' in page
    assert '<input name="province"' in page and 'href="/graph.html"' in page
    hostile = '<script>alert(1)</script>" onmouseover="x'
    status, _, page = fetch(served + "/query/partners_of?" + urllib.parse.urlencode({"province": hostile}))
    assert status == 400 and "<script>alert(1)" not in page and 'onmouseover="x' not in page
    assert "no province named &#x27;&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#x27;" in page
    status, _, page = fetch(served + "/query/partners_of?" + urllib.parse.urlencode({"province": "Thanh Hóa"}))
    assert status == 200 and "<td>Hủa Phăn</td>" in page
    status, _, page = fetch(served + "/query/partners_of")
    assert status == 400 and "needs --param province" in page


def test_serve_graph_page_and_unknown_paths(served, built):
    status, _, page = fetch(served + "/graph.html")
    assert status == 200 and page == (built / "graph.html").read_text(encoding="utf-8")
    assert fetch(served + "/nothing")[0] == 404
    assert fetch(served + "/query/nothing")[0] == 404


def test_serve_command_binds_to_localhost_and_stops_by_pid(built):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(built), "--port", "0", "-q"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line
        assert fetch(f"http://127.0.0.1:{m.group(1)}/sparql?query=" + urllib.parse.quote(PROVINCES))[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
