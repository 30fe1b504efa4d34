"""kg push and kg query --endpoint against a real Virtuoso (Debian's virtuoso-opensource), on 127.0.0.1.

The Virtuoso instance is private: its own temporary database folder and ini,
free ports, stopped by its PID at the end of the session.  Its helpers are
shared with tests/test_link_wikidata.py and tests/test_serve_endpoint.py
(one Virtuoso and one seeds build per session).
"""

from __future__ import annotations

import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@dataclass(frozen=True)
class Virtuoso:
    query: str  # SPARQL query endpoint
    update: str  # SPARQL Update endpoint (HTTP digest auth dba/dba)
    sql_port: int
    pid: int
    seconds: float  # start-up time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kg(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def seeds_build(request: pytest.FixtureRequest) -> Path:
    """The seeds built once per session (shared by the remote, link and serve tests)."""
    config = request.config
    if not hasattr(config, "_kg_seeds_build"):
        from kg.build import build

        out = request.getfixturevalue("tmp_path_factory").mktemp("seeds-build")
        build([SEEDS], out)
        config._kg_seeds_build = out
    return config._kg_seeds_build


def _write_ini(folder: Path, http_port: int, sql_port: int) -> Path:
    section, lines = "", []
    for line in INI.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*\[(.+)\]", line)
        section = m.group(1) if m else section
        if re.match(r"\s*ServerPort\s*=", line) and section in ("Parameters", "HTTPServer"):
            line = f"ServerPort = 127.0.0.1:{sql_port if section == 'Parameters' else http_port}"
        elif re.match(r"\s*DirsAllowed\s*=", line):
            line = f"DirsAllowed = ., {folder}, /usr/share/virtuoso-opensource-7/vad"
        line = line.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
        lines.append(line)
    ini = folder / "virtuoso.ini"
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ini


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def _stop(proc: subprocess.Popen, sql_port: int) -> None:
    isql = shutil.which("isql-vt")
    if isql and proc.poll() is None:
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", "exec=checkpoint;"],
                       capture_output=True, timeout=20, check=False)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def virtuoso_server(request: pytest.FixtureRequest) -> Virtuoso:
    """A private Virtuoso for the session, started on first use; skips when it is not installed."""
    config = request.config
    if hasattr(config, "_kg_virtuoso"):
        if isinstance(config._kg_virtuoso, str):
            pytest.skip(config._kg_virtuoso)
        return config._kg_virtuoso
    binary = shutil.which("virtuoso-t")
    if binary is None or not INI.is_file():
        config._kg_virtuoso = "virtuoso-t is not installed (apt-get install virtuoso-opensource)"
        pytest.skip(config._kg_virtuoso)
    folder = request.getfixturevalue("tmp_path_factory").mktemp("virtuoso")
    http_port, sql_port = free_port(), free_port()
    ini = _write_ini(folder, http_port, sql_port)
    started = time.monotonic()
    log = (folder / "stdout.log").open("wb")
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    config.add_cleanup(lambda: (_stop(proc, sql_port), log.close()))
    base = f"http://127.0.0.1:{http_port}"
    while not _answers(base + "/sparql"):
        if proc.poll() is not None or time.monotonic() - started > 30:
            tail = (folder / "stdout.log").read_text(errors="replace")[-2000:]
            pytest.fail(f"Virtuoso did not answer at {base}/sparql within 30 s:\n{tail}")
        time.sleep(0.3)
    config._kg_virtuoso = Virtuoso(base + "/sparql", base + "/sparql-auth", sql_port, proc.pid, time.monotonic() - started)
    return config._kg_virtuoso


@pytest.fixture(scope="session")
def virtuoso(request):
    return virtuoso_server(request)


@pytest.fixture(scope="session")
def built(request):
    return seeds_build(request)


@pytest.fixture(scope="session")
def pushed(virtuoso, built):
    r = kg("push", built, "--endpoint", virtuoso.update, "--user", "dba", "--password", "dba", "--graph", "urn:kg:seeds")
    assert r.returncode == 0, r.stderr
    return r



def count_triples(endpoint: str, graph: str) -> int:
    from SPARQLWrapper import JSON, SPARQLWrapper

    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    sparql.setReturnFormat(JSON)
    return int(sparql.query().convert()["results"]["bindings"][0]["n"]["value"])


def test_remote_virtuoso_push_reports_triples_on_stderr_only(pushed, virtuoso):
    assert pushed.stdout == ""
    assert re.search(r"kg: \d+ triples -> <urn:kg:seeds> at " + re.escape(virtuoso.update), pushed.stderr)
    assert "\r" not in pushed.stderr  # no progress bar when stderr is not a terminal


def test_remote_virtuoso_partners_csv_equals_local(pushed, virtuoso, built):
    remote = kg("query", "partners", "--endpoint", virtuoso.query, "--graph", "urn:kg:seeds", "--format", "csv")
    local = kg("query", "partners", "--graph", built, "--format", "csv")
    assert remote.returncode == 0, remote.stderr
    assert local.stdout.count("\n") > 50  # the seeds' partnerships
    assert remote.stdout == local.stdout  # byte for byte, relation_kinds' order included


@pytest.mark.parametrize("name, params", [
    ("indicators", []),  # booleans (Virtuoso writes 1/0) and numbers
    ("agreements", []),
    ("provinces_of", ["partner=Hàn Quốc"]),  # a non-ASCII parameter
    ("evidence", ["province=Thanh Hóa", "partner=Tula"]),
    ("partners_of", ["province=Hà Tĩnh"]),  # first and last dates
    ("agreement_status", ["province=Thanh Hóa", "as_of=2023-06-01"]),  # dormant
    ("agreement_status", ["province=Thanh Hóa", "as_of=2026-01-01", "dormant_years=3"]),
    ("events", []),
])
def test_remote_virtuoso_rows_are_the_local_rows_exactly(pushed, virtuoso, built, name, params):
    args = [a for p in params for a in ("--param", p)]
    remote = kg("query", name, *args, "--endpoint", virtuoso.query, "--graph", "urn:kg:seeds", "--format", "csv")
    local = kg("query", name, *args, "--graph", built, "--format", "csv")
    assert remote.returncode == 0, remote.stderr
    assert local.stdout.count("\n") > 1
    assert remote.stdout == local.stdout


def test_remote_virtuoso_push_twice_replaces_the_graph(pushed, virtuoso, built):
    before = count_triples(virtuoso.query, "urn:kg:seeds")
    r = kg("push", built, "--endpoint", virtuoso.update, "--user", "dba", "--password", "dba",
           "--graph", "urn:kg:seeds", "--chunk", "700")
    assert r.returncode == 0, r.stderr
    assert count_triples(virtuoso.query, "urn:kg:seeds") == before == int(re.search(r"(\d+) triples", r.stderr).group(1))
    rows = kg("query", "partners", "--endpoint", virtuoso.query, "--graph", "urn:kg:seeds", "--format", "csv")
    local = kg("query", "partners", "--graph", built, "--format", "csv")
    assert rows.stdout.count("\n") == local.stdout.count("\n") > 50


def test_remote_virtuoso_hostile_parameter_returns_no_rows(pushed, virtuoso):
    hostile = 'x" } } ; DROP ALL ; SELECT * { ?s ?p ?o } # {'
    r = kg("query", "partners_of", "--param", f"province={hostile}", "--endpoint", virtuoso.query,
           "--graph", "urn:kg:seeds", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout == "partner,partner_type,country,via,articles,first,last,relation_kinds,became\n"
    assert count_triples(virtuoso.query, "urn:kg:seeds") > 1000


def test_remote_virtuoso_wrong_password_is_one_line_exit_2(virtuoso, built):
    r = kg("push", built, "--endpoint", virtuoso.update, "--user", "dba", "--password", "wrong", "--graph", "urn:kg:other")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "HTTP 401" in r.stderr and "Traceback" not in r.stderr


def test_remote_unreachable_port_is_one_line_exit_2(built):
    port = free_port()
    for args in (["push", built, "--endpoint", f"http://127.0.0.1:{port}/sparql-auth"],
                 ["query", "partners", "--endpoint", f"http://127.0.0.1:{port}/sparql"]):
        r = kg(*args)
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and "cannot connect" in r.stderr and "Traceback" not in r.stderr


def test_remote_query_graph_must_be_an_iri(built):
    r = kg("query", "partners", "--endpoint", "http://127.0.0.1:1/sparql", "--graph", str(built))
    assert r.returncode == 2 and "not an absolute IRI" in r.stderr
