"""Bounded load test of `kg serve`: 8 clients, early disconnects and slow queries mixed in.

Builds the seed articles into a temporary folder, starts `kg serve` on 127.0.0.1 (a
free port, never another address), and runs a shuffled mix from 8 client threads:

  * QUERIES ordinary queries (SPARQL SELECTs and the saved `partners_of` form),
    timed one by one: the figures are their throughput and p50/p99 latency (a
    503 "too many queries are running" is retried after BACKOFF seconds, as a
    polite client would, and counted as "busy");
  * DISCONNECTS clients that leave early: half send a slow query and close the
    socket before the answer, half read 1 KB of a large CONSTRUCT and close;
  * SLOW queries that run past the server's --timeout (a three-way cross product),
    each expected to end in a 503 that names the timeout.

Then it checks the server is still up (0 crashes) and answers an ordinary query
with 200 within LOCKOUT_GRACE seconds of the mix's end (0 lockouts), stops the
server and prints the figures. Counts and time are bounded (DEADLINE seconds in
all, whatever happens); pytest does not run it. Exit code 0 when there were no
crashes and no lockouts, 1 otherwise.

Example: python bench/load.py            (about half a minute)
         python bench/load.py --queries 500 --disconnects 20 --slow 10
"""

from __future__ import annotations

import argparse
import http.client
import json
import queue
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
CLIENTS = 8
SERVER_TIMEOUT = 2.0  # the server's --timeout: a slow query is abandoned after it
DEADLINE = 300.0  # seconds for the whole mix, whatever happens
CLIENT_TIMEOUT = 30.0  # seconds a client waits for an answer (a fresh query worker may be starting)
BACKOFF = 0.1  # seconds a client waits after "too many queries are running"
LOCKOUT_GRACE = 2 * SERVER_TIMEOUT + 3  # an ordinary query must get 200 within this after the mix

SELECTS = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "PREFIX kg: <https://w3id.org/vnkg/def#> SELECT ?p ?x WHERE { ?p a kg:Partnership ; kg:partner ?x } LIMIT 50",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l LIMIT 20",
]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LARGE = "CONSTRUCT { ?s ?p ?o . ?s ?q ?x } WHERE { ?s ?p ?o . ?s ?q ?x }"


def sparql_path(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def request(port: int, path: str, timeout: float) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def leave_early(port: int, path: str, read: int, after: float) -> None:
    """Send a request, read at most ``read`` bytes or wait ``after`` seconds, and close the socket."""
    with socket.create_connection((HOST, port), timeout=5) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n\r\n".encode())
        if read:
            s.recv(read)
        else:
            time.sleep(after)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # a reset


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.statuses: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()

    def add(self, kind: str, status: int | str, seconds: float | None = None) -> None:
        with self.lock:
            self.statuses[f"{kind} {status}"] += 1
            if seconds is not None:
                self.latencies.append(seconds)


def patiently(port: int, path: str, tally: Tally, deadline: float) -> tuple[int, bytes, float]:
    """A request retried after 503 "too many queries are running" (a polite client backs off
    for BACKOFF seconds): the status, body and seconds of the last attempt."""
    while True:
        start = time.perf_counter()
        status, body = request(port, path, timeout=CLIENT_TIMEOUT)
        seconds = time.perf_counter() - start
        if not (status == 503 and b"too many" in body) or time.monotonic() > deadline:
            return status, body, seconds
        tally.add("busy", "503 too many, retried")
        time.sleep(BACKOFF)


def job(port: int, kind: str, n: int, tally: Tally, deadline: float) -> None:
    try:
        if kind == "query":
            path = (sparql_path(SELECTS[n % len(SELECTS)]) if n % 4 else
                    "/query/partners_of?" + urllib.parse.urlencode({"province": "thanh hoa"}))
            status, _, seconds = patiently(port, path, tally, deadline)
            tally.add(kind, status, seconds if status == 200 else None)
        elif kind == "slow":
            status, body, _ = patiently(port, sparql_path(SLOW), tally, deadline)
            timed_out = status == 503 and b"took longer" in body
            tally.add(kind, f"{status}{' timeout' if timed_out else ''}")
        elif n % 2:
            leave_early(port, sparql_path(SLOW), read=0, after=0.05)
            tally.add(kind, "left during a slow query")
        else:
            leave_early(port, sparql_path(LARGE), read=1024, after=0)
            tally.add(kind, "left after 1 KB")
    except (OSError, http.client.HTTPException) as e:
        tally.add(kind, f"client error {e.__class__.__name__}")


def start_server(graph: Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--host", HOST, "--port", "0",
                             "--timeout", str(SERVER_TIMEOUT), "--quiet"],
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        proc.kill()
        raise SystemExit(f"load: the server did not start: {line.strip()}")
    threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep its stderr drained
    return proc, int(m.group(1))


def wait_for_200(port: int, seconds: float) -> float | None:
    """Seconds until an ordinary query gets 200, or None if it never does within ``seconds``."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if request(port, sparql_path(SELECTS[0]), timeout=seconds)[0] == 200:
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.2)
    return None


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--disconnects", type=int, default=100)
    ap.add_argument("--slow", type=int, default=50)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    jobs = [("query", i) for i in range(args.queries)] + [("disconnect", i) for i in range(args.disconnects)]
    jobs += [("slow", i) for i in range(args.slow)]
    random.Random(args.seed).shuffle(jobs)

    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        graph = Path(tmp) / "build"
        subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(graph)], check=True,
                       capture_output=True)
        proc, port = start_server(graph)
        tally = Tally()
        todo: queue.Queue[tuple[str, int]] = queue.Queue()
        for j in jobs:
            todo.put(j)
        deadline = time.monotonic() + DEADLINE

        def client() -> None:
            while time.monotonic() < deadline and proc.poll() is None:
                try:
                    kind, n = todo.get_nowait()
                except queue.Empty:
                    return
                job(port, kind, n, tally, deadline)

        try:
            start = time.perf_counter()
            threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(max(0.0, deadline - time.monotonic()) + SERVER_TIMEOUT + 15)
            wall = time.perf_counter() - start
            crashed = proc.poll() is not None
            recovered = None if crashed else wait_for_200(port, LOCKOUT_GRACE)
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    done = sum(v for k, v in tally.statuses.items() if not k.startswith("busy"))
    ok = len(tally.latencies)
    report = {
        "clients": CLIENTS,
        "jobs": f"{done} of {len(jobs)} ({args.queries} queries, {args.disconnects} early disconnects, {args.slow} slow)",
        "wall_s": round(wall, 1),
        "throughput_qps": round(ok / wall, 1) if wall else 0,
        "p50_ms": round(statistics.median(tally.latencies) * 1000, 1) if ok else None,
        "p99_ms": round(percentile(tally.latencies, 99) * 1000, 1) if ok else None,
        "answers": dict(sorted(tally.statuses.items())),
        "crashes": int(crashed),
        "lockouts": int(not crashed and recovered is None),
        "ordinary_query_after_mix_s": None if recovered is None else round(recovered, 2),
        "unfinished_jobs": len(jobs) - done,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["crashes"] == 0 and report["lockouts"] == 0 and done == len(jobs) else 1


if __name__ == "__main__":
    sys.exit(main())
