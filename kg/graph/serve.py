"""``kg serve``: the graph over HTTP, read-only, with nothing but the standard library and pyoxigraph.

* ``/sparql`` - a SPARQL 1.1 Protocol query endpoint (GET ``?query=``, POST a
  form or ``application/sparql-query``; ``default-graph-uri`` and
  ``named-graph-uri`` honoured, otherwise the default graph is the merged graph of
  the build's graphs).  Results by the Accept header: SPARQL JSON (default),
  XML, CSV, TSV; CONSTRUCT/DESCRIBE as Turtle (default) or JSON-LD.  Updates
  are refused with 403, malformed queries get 400.
* ``/`` - the saved queries as forms; ``/query/NAME?param=...`` their rows as
  an HTML table.  ``/graph.html`` - the build's network page.

A query runs in a worker process (at most ``MAX_RUNNING`` at once, each with
the store open read-only) and gets ``timeout`` seconds, then the answer is 503
and the worker is killed: Oxigraph cannot interrupt a query, but a killed
process frees its core and its place at once.  SELECT results beyond
``max_rows`` rows are cut and the answer carries ``X-KG-Truncated: true``.

The server stays up when a client goes away early (broken pipe, reset), reads
a request for at most ``request_timeout`` seconds (408 after), and answers 400
to a negative or garbled Content-Length.  When a new build is committed into
the folder it serves, the next request opens it: store and page are always
those of the latest complete build, named by the ``X-KG-Build`` header.

This module holds the server and its request handler; the protocol's evaluation and
content negotiation are in :mod:`.endpoint`, the worker processes in :mod:`.query_pool`,
the HTML pages in :mod:`.query_pages`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox

from ..errors import KgError
from . import queries as Q
from .endpoint import GRAPHS, RESULTS, HttpError, evaluate, negotiate
from .query_pages import index_page, result_page
from .query_pool import QueryPool
from .sparql import serialize

log = logging.getLogger("kg.graph.serve")
MAX_BODY = 1 << 20
MAX_RUNNING = 8
CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
READ_ONLY = "kg serve is read-only: SPARQL Update is refused (change the graph with 'kg build')\n"


class KgServer(ThreadingHTTPServer):
    daemon_threads = True
    #: Seconds a client may take to send its request (408 after).
    request_timeout: float = 10

    def __init__(self, address: tuple[str, int], store: ox.Store, page: Path | None, timeout: float, max_rows: int,
                 source: Path | None = None):
        self.store, self.page, self.timeout, self.max_rows = store, page, timeout, max_rows
        self.running = threading.BoundedSemaphore(MAX_RUNNING)
        self.source = source
        self.pool = QueryPool(source, MAX_RUNNING) if source is not None else None
        self.build_id = build_id(source) if source is not None else ""
        super().__init__(address, Handler)

    def refresh(self) -> None:
        """Serve the latest complete build: a build committed since the last request replaces the workers."""
        if self.source is None or self.pool is None:
            return
        current = build_id(self.source)
        if current and current != self.build_id:
            self.build_id = current
            self.pool.renew()
            if self.source.is_dir():
                page = self.source / "graph.html"
                self.page = page if page.is_file() else None

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is not an error worth a traceback."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            log.info("%s went away (%s)", client_address[0], error.__class__.__name__)
            return
        super().handle_error(request, client_address)

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()


def build_id(source: Path) -> str:
    """Which build a folder (or file) holds: the time its store (or the file) was last committed, UTC."""
    target = source / "store" if source.is_dir() else source
    try:
        st = os.stat(target)
    except OSError:
        return ""
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(st.st_mtime))
    return f"{stamp} ({st.st_ino:x})"


def make_server(graph_path: str | Path = "build", host: str = "127.0.0.1", port: int = 8000,
                timeout: float = 10, max_rows: int = 10000) -> KgServer:
    """A server (not yet serving) over a build folder's store, read-only, or an RDF file loaded in memory."""
    path = Path(graph_path)
    store = Q.open_dataset(path)  # fails here, in one line, when there is no graph
    page = path / "graph.html" if path.is_dir() and (path / "graph.html").is_file() else None
    try:
        return KgServer((host, port), store, page, timeout, max_rows, source=path)
    except OSError as e:
        raise KgError(f"cannot listen on {host}:{port} ({e.strerror or e}): choose another --port") from e


def run_limited(server: KgServer, work: Callable[[], Any]) -> Any:
    """``work()`` in a worker thread; 503 when it takes longer than the server's timeout."""
    if not server.running.acquire(blocking=False):
        raise HttpError(503, "too many queries are running: try again later")
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as e:  # handed to the request thread
            box["error"] = e
        finally:
            server.running.release()

    worker = threading.Thread(target=target, daemon=True, name="kg-query")
    worker.start()
    worker.join(server.timeout)
    if worker.is_alive():
        raise HttpError(503, f"the query took longer than {server.timeout:g} s and was abandoned\n")
    if "error" in box:
        raise box["error"]
    return box["value"]


class Handler(BaseHTTPRequestHandler):
    server: KgServer
    server_version = "kg-serve/0.1"

    def setup(self) -> None:
        self.timeout = self.server.request_timeout  # type: ignore[misc]  # a slow or partial request is dropped
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)

    def do_OPTIONS(self) -> None:
        self._send(204, b"", "text/plain", {"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                                             "Access-Control-Allow-Headers": "Content-Type, Accept"})

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        url = urlsplit(self.path)
        try:
            self.server.refresh()
            if url.path == "/sparql":
                self._sparql(method, parse_qs(url.query, keep_blank_values=True))
            elif method == "GET" and url.path in ("/", "/index.html"):
                self._html(200, index_page(self.server.page is not None))
            elif method == "GET" and url.path.startswith("/query/"):
                self._saved(unquote(url.path[len("/query/"):]), parse_qs(url.query, keep_blank_values=True))
            elif method == "GET" and url.path == "/graph.html" and self.server.page is not None:
                self._send(200, self.server.page.read_bytes(), "text/html; charset=utf-8")
            else:
                raise HttpError(404, f"nothing at {url.path}: try / or /sparql\n")
        except HttpError as e:
            self._send(e.status, str(e).encode("utf-8"), "text/plain; charset=utf-8")
        except (ConnectionError, TimeoutError):  # the client went away or was too slow: nobody to answer
            self.close_connection = True
        except Exception as e:  # a failure inside Oxigraph: report it, keep serving
            log.exception("error while answering %s", self.path)
            self._send(500, f"the query failed: {e}\n".encode(), "text/plain; charset=utf-8")

    def _sparql(self, method: str, params: dict[str, list[str]]) -> None:
        if method == "POST":
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            given = (self.headers.get("Content-Length") or "0").strip()
            if not given.isdigit():
                self.close_connection = True
                raise HttpError(400, f"Content-Length {given[:40]!r} is not a length in bytes\n")
            length = int(given)
            if length > MAX_BODY:
                self.close_connection = True
                raise HttpError(413, f"the request body is larger than {MAX_BODY} bytes\n")
            try:
                raw = self.rfile.read(length)
            except TimeoutError:
                raw = b""
            if len(raw) < length:
                self.close_connection = True
                raise HttpError(408, f"the request body did not arrive within {self.server.request_timeout:g} s\n")
            body = raw.decode("utf-8", "replace")
            if kind == "application/sparql-update":
                raise HttpError(403, READ_ONLY)
            if kind == "application/sparql-query":
                params.setdefault("query", []).append(body)
            elif kind == "application/x-www-form-urlencoded":
                for k, v in parse_qs(body, keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
            else:
                raise HttpError(415, "POST application/sparql-query or a form (application/x-www-form-urlencoded)\n")
        if "update" in params:
            raise HttpError(403, READ_ONLY)
        if len(params.get("query", [])) != 1:
            raise HttpError(400, "give exactly one query: /sparql?query=SELECT...\n")
        try:
            dataset = {k: [ox.NamedNode(v) for v in params.get(f"{k}-graph-uri", [])] for k in ("default", "named")}
        except ValueError as e:
            raise HttpError(400, f"a graph URI is not a valid IRI ({e})\n") from e
        server = self.server
        if server.pool is not None:
            request = ("sparql", params["query"][0], [g.value for g in dataset["default"]],
                       [g.value for g in dataset["named"]], server.max_rows)
            kind, value, truncated = server.pool.run(request, server.timeout)
        else:
            kind, value, truncated = run_limited(server, lambda: evaluate(server.store, params["query"][0], dataset, server.max_rows))
        headers = {"X-KG-Truncated": "true"} if truncated else {}
        if kind == "graph":
            media, fmt = negotiate(self.headers.get("Accept", ""), GRAPHS)
            if isinstance(value, bytes):
                value = list(ox.parse(value, format=ox.RdfFormat.N_TRIPLES))
            data = serialize(value, fmt)
        else:
            media, fmt = negotiate(self.headers.get("Accept", ""), RESULTS)
            if kind == "ask" and isinstance(value, bool):
                value = ox.parse_query_results(json.dumps({"head": {}, "boolean": value}).encode("utf-8"),
                                               format=ox.QueryResultsFormat.JSON)
            elif kind == "select":
                value = ox.parse_query_results(json.dumps(value).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
            data = value.serialize(format=fmt)
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        self._send(200, data, media + charset, headers)

    def _saved(self, name: str, params: dict[str, list[str]]) -> None:
        known = Q.saved_queries()
        if name not in known:
            raise HttpError(404, f"no saved query {name!r}\n")
        values = {k: v[-1] for k, v in params.items() if v and v[-1].strip()}
        try:
            if self.server.pool is not None:
                result = self.server.pool.run(("saved", name, values), self.server.timeout)
            else:
                result = run_limited(self.server, lambda: Q.run_query(self.server.store, name, values))
            self._html(200, result_page(known[name], values, result, self.server.max_rows))
        except KgError as e:
            self._html(400, result_page(known[name], values, None, 0, str(e)))

    def _html(self, status: int, text: str) -> None:
        self._send(status, text.encode("utf-8"), "text/html; charset=utf-8", {"Content-Security-Policy": CSP})

    def _send(self, status: int, data: bytes, media: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Access-Control-Allow-Origin", "*")
        if self.server.build_id:
            self.send_header("X-KG-Build", self.server.build_id)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        try:
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except (ConnectionError, TimeoutError):  # the client left before the answer: keep serving the others
            self.close_connection = True


