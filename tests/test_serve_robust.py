"""kg serve stays up and fair: early disconnects, slow queries, slow or malformed requests, rebuilds."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest
from conftest import SEEDS
from test_serve_endpoint import fetch, start

import kg.build as kb
from kg.graph.serve import make_server

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PARTNERS = "SELECT DISTINCT ?p WHERE { ?x <https://w3id.org/vnkg/def#partner> ?p }"


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve") / "build"
    kb.build([SEEDS], out, jobs=1)
    return out


def _raw(port, data: bytes, read: int = 65536, wait: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        chunks = []
        try:
            while len(b"".join(chunks)) < read:
                chunk = s.recv(4096)
                if not chunk:
                    break
                chunks.append(chunk)
        except socket.timeout:
            pass
        return b"".join(chunks)


def _get(path: str, query: str) -> bytes:
    return f"GET {path}?query={urllib.parse.quote(query)} HTTP/1.1\r\nHost: x\r\n\r\n".encode()


def test_serve_robust_survives_clients_that_leave_early(seeds_out, tmp_path):
    log = open(tmp_path / "serve.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(seeds_out), "--port", "0",
                             "--timeout", "1", "--quiet"], stderr=log, stdout=subprocess.DEVNULL)
    try:
        for _ in range(100):
            text = (tmp_path / "serve.log").read_text()
            if "serving" in text:
                break
            time.sleep(0.1)
        port = int(text.split("http://127.0.0.1:")[1].split("/")[0])
        for _ in range(3):  # a slow query whose client gives up before the 503
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(_get("/sparql", SLOW))
                time.sleep(0.2)
        big = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        for _ in range(3):  # a large answer read for 1 KB only
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(_get("/sparql", big))
                s.recv(1024)
        time.sleep(2)  # the 503s are written to closed connections now
        assert proc.poll() is None, log.read()
        status, _, body = fetch(f"http://127.0.0.1:{port}/sparql?query=" + urllib.parse.quote(PARTNERS))
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) > 50
    finally:
        proc.terminate()
        proc.wait(10)
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_serve_robust_timed_out_queries_free_their_place(seeds_out):
    server, url = start(seeds_out, timeout=0.5)
    try:
        answers = []

        def slow():
            answers.append(fetch(url + "/sparql?query=" + urllib.parse.quote(SLOW))[0])

        threads = [threading.Thread(target=slow) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert answers == [503] * 8
        started = time.monotonic()
        status, _, body = fetch(url + "/sparql?query=" + urllib.parse.quote(PARTNERS))
        assert status == 200 and time.monotonic() - started < 5  # not "too many queries"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def quick(seeds_out):
    server, url = start(seeds_out)
    server.request_timeout = 0.5
    yield server, server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("length", ["-5", "abc", "1e3"])
def test_serve_robust_bad_content_length_is_400(quick, length):
    _, port = quick
    answer = _raw(port, f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                        f"Content-Length: {length}\r\n\r\nASK {{}}".encode())
    assert answer.startswith(b"HTTP/1.0 400") and b"Content-Length" in answer and b"Traceback" not in answer


def test_serve_robust_partial_body_and_silent_client_time_out(quick):
    _, port = quick
    started = time.monotonic()
    answer = _raw(port, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                        b"Content-Length: 100\r\n\r\nASK {", wait=5)
    assert answer.startswith(b"HTTP/1.0 408") and time.monotonic() - started < 4
    started = time.monotonic()
    assert _raw(port, b"GET /sparql?qu", wait=5) == b""  # never finishes its request line: dropped
    assert time.monotonic() - started < 4


def test_serve_robust_answers_from_the_latest_build_after_a_rebuild(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    held = tmp_path / "003.txt"
    shutil.move(src / "003_c03bc3c54d892530.txt", held)
    out = tmp_path / "out"
    kb.build([src], out, jobs=1)
    server, url = start(out)
    try:
        status, headers, body = fetch(url + "/sparql?query=" + urllib.parse.quote(PARTNERS))
        before, first_build = len(json.loads(body)["results"]["bindings"]), headers["X-KG-Build"]
        shutil.move(held, src / "003_c03bc3c54d892530.txt")
        kb.build([src], out, jobs=1)
        status, headers, body = fetch(url + "/sparql?query=" + urllib.parse.quote(PARTNERS))
        after = len(json.loads(body)["results"]["bindings"])
        assert status == 200 and after > before and headers["X-KG-Build"] != first_build
        status, _, page = fetch(url + "/graph.html")
        assert page == (out / "graph.html").read_text(encoding="utf-8") and "Tula" in page
    finally:
        server.shutdown()
        server.server_close()
