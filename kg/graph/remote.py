"""Remote SPARQL stores: push the merged graph with SPARQL 1.1 Update, run saved queries remotely.

Everything goes through SPARQLWrapper and the SPARQL 1.1 Protocol, so any
store that speaks it works (Virtuoso, Fuseki, GraphDB, ``kg serve`` for
queries).  ``push`` replaces one named graph: ``DROP SILENT GRAPH <g>`` then
``INSERT DATA { GRAPH <g> { ... } }`` in chunks of N-Triples lines, so pushing
twice replaces rather than duplicates.  ``remote_query`` binds parameters the
same way as a local run (a ``VALUES`` block with an escaped literal) and turns
the JSON results into the same plain cells as :func:`kg.graph.queries.run_query`.
"""

from __future__ import annotations

import socket
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from SPARQLWrapper import BASIC, DIGEST, JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from ..errors import KgError
from . import queries as Q

DEFAULT_GRAPH_IRI = "urn:kg:graph"
AGENT = "kg/0.1 (knowledge graph of Vietnam's provinces' foreign relations; SPARQLWrapper)"
#: Called with (chunks done, chunks in all) as the push goes.
Progress = Callable[[int, int], None]


class RemoteError(KgError):
    """A remote SPARQL endpoint could not be used."""


class EndpointUnreachable(RemoteError):
    """No connection to the endpoint (refused, unknown host, timed out)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class EndpointRefused(RemoteError):
    """The endpoint answered with an HTTP error status."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class PushReport:
    endpoint: str
    graph: str
    triples: int
    requests: int
    seconds: float


def is_iri(text: str) -> bool:
    """An absolute IRI without characters that would end ``<...>`` in a query."""
    scheme, sep, rest = text.partition(":")
    return bool(sep and rest and scheme[:1].isalpha()) and not any(c in text for c in '<>"{}|^`\\ \n\t')


def _check_iri(text: str, what: str) -> str:
    if not is_iri(text):
        raise RemoteError(f"{what} {text!r} is not an absolute IRI: give one such as {DEFAULT_GRAPH_IRI}")
    return text


def wrapper(endpoint: str, *, timeout: float = 60, user: str | None = None, password: str | None = None,
            auth: str = "digest") -> SPARQLWrapper:
    """A SPARQLWrapper for ``endpoint`` that POSTs, with HTTP digest or basic auth when ``user`` is given."""
    if not endpoint.startswith(("http://", "https://")):
        raise RemoteError(f"{endpoint!r} is not an http(s) URL: give the endpoint's URL, e.g. http://127.0.0.1:8890/sparql")
    sparql = SPARQLWrapper(endpoint, agent=AGENT)
    sparql.setMethod(POST)
    sparql.setTimeout(int(max(1, timeout)))
    sparql.setOnlyConneg(True)
    if user is not None:
        if auth not in ("digest", "basic"):
            raise RemoteError(f"unknown authentication {auth!r}: use digest or basic")
        sparql.setHTTPAuth(DIGEST if auth == "digest" else BASIC)
        sparql.setCredentials(user, password or "")
    return sparql


def _body(e: Any) -> str:
    raw = getattr(e, "response", None)
    if raw is None and hasattr(e, "read"):
        try:
            raw = e.read()
        except Exception:  # the body may be gone already
            raw = b""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
    first = " ".join(text.split())
    return first[:200]


def call(sparql: SPARQLWrapper, endpoint: str) -> Any:
    """Send the request; every failure becomes a one-line :class:`RemoteError`."""
    status: int | None = None
    try:
        return sparql.query()
    except SPARQLWrapperException as e:
        status = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404, "URITooLong": 414,
                  "EndPointInternalError": 500}.get(type(e).__name__)
        detail = _body(e)
    except urllib.error.HTTPError as e:
        status, detail = e.code, _body(e) or str(e.reason)
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            waited = f"no answer within {sparql.timeout} s"
            raise EndpointUnreachable(f"{endpoint}: {waited}: is the server up?", waited) from e
        raise EndpointUnreachable(f"{endpoint}: cannot connect ({reason}): is the server running and the URL right?",
                                  f"cannot connect: {reason}") from e
    except TimeoutError as e:
        waited = f"no answer within {sparql.timeout} s"
        raise EndpointUnreachable(f"{endpoint}: {waited}: is the server up?", waited) from e
    except (ConnectionError, OSError) as e:
        raise EndpointUnreachable(f"{endpoint}: connection failed ({e})", f"connection failed: {e}") from e
    hint = {401: "wrong user or password (give --user and --password)", 403: "the server refuses this request",
            404: "no SPARQL service at this URL"}.get(status or 0, "")
    message = f"{endpoint}: the server refused the request (HTTP {status})"
    raise EndpointRefused(f"{message}: {hint or detail}" if hint or detail else message, status)


# -- push --------------------------------------------------------------------------
def ntriples(source: str | Path) -> list[str]:
    """The merged graph of a build folder (or an RDF file) as sorted N-Triples lines."""
    import pyoxigraph as ox

    from .sparql import serialize
    from .store import merged_triples

    data = serialize(merged_triples(Q.open_dataset(source)), ox.RdfFormat.N_TRIPLES)
    return data.decode("utf-8").splitlines()


def push(source: str | Path, endpoint: str, *, graph: str = DEFAULT_GRAPH_IRI, chunk: int = 5000,
         user: str | None = None, password: str | None = None, auth: str = "digest",
         progress: Progress | None = None, timeout: float = 120) -> PushReport:
    """Replace the named graph ``graph`` at the SPARQL Update ``endpoint`` with the build's merged graph.

    A chunk the server rejects as too large (HTTP 400/413, e.g. Virtuoso's
    "generated SQL text has exceeded 10000 lines") is split in halves and the
    smaller size kept.  Triples with blank nodes travel in one request, since
    blank node labels are local to a request.
    """
    started = time.monotonic()
    _check_iri(graph, "graph")
    if chunk < 1:
        raise RemoteError(f"--chunk must be at least 1, not {chunk}")
    lines = ntriples(source)
    plain = [line for line in lines if "_:" not in line]
    blank = [line for line in lines if "_:" in line]
    sparql = wrapper(endpoint, timeout=timeout, user=user, password=password, auth=auth)
    requests = 0

    def update(text: str) -> None:
        nonlocal requests
        sparql.setQuery(text)
        requests += 1
        call(sparql, endpoint).response.read()

    update(f"DROP SILENT GRAPH <{graph}>")
    size, done, at = chunk, 0, 0
    total = -(-len(plain) // size) + bool(blank)
    while at < len(plain):
        part = plain[at : at + size]
        try:
            update(_insert(graph, part))
        except EndpointRefused as e:
            if e.status not in (400, 413) or len(part) == 1:
                raise
            size = max(1, len(part) // 2)
            total = done + -(-(len(plain) - at) // size) + bool(blank)
            continue
        at += len(part)
        done += 1
        if progress:
            progress(done, total)
    if blank:
        update(_insert(graph, blank))
        done += 1
        if progress:
            progress(done, total)
    return PushReport(endpoint, graph, len(lines), requests, time.monotonic() - started)


def _insert(graph: str, lines: list[str]) -> str:
    return "INSERT DATA {{ GRAPH <{}> {{\n{}\n}} }}".format(graph, "\n".join(lines))


# -- remote queries ----------------------------------------------------------------
def plain_value(binding: dict[str, str] | None) -> str | None:
    """A SPARQL JSON result cell as the same text a local run gives (:func:`kg.graph.queries.cell`)."""
    if binding is None:
        return None
    return Q.cell(binding.get("value", ""), binding.get("datatype"))


def rows_from_json(data: dict[str, Any], text: str = "") -> Q.QueryResult:
    """SPARQL 1.1 JSON results (SELECT) of the query ``text`` as a :class:`kg.graph.queries.QueryResult`."""
    if "results" not in data:
        raise RemoteError("the endpoint did not return SELECT results")
    columns = tuple(data.get("head", {}).get("vars", []))
    rows = (tuple(plain_value(b.get(c)) for c in columns) for b in data["results"].get("bindings", []))
    return Q.result(text, columns, rows)


def remote_query(endpoint: str, name_or_file: str, params: dict[str, str] | None = None, *,
                 graph: str | None = None, timeout: float = 60, user: str | None = None,
                 password: str | None = None, auth: str = "digest") -> Q.QueryResult:
    """Run a saved query on a remote endpoint (optionally with ``graph`` as the default graph)."""
    from .names import resolve_params

    query = Q.find_query(name_or_file)
    Q.bindings(query, params or {})
    init = Q.bindings(query, resolve_params(params or {}, strict=False))  # the gazetteers' names only
    sparql = wrapper(endpoint, timeout=timeout, user=user, password=password, auth=auth)
    if graph is not None:
        sparql.addDefaultGraph(_check_iri(graph, "graph"))
    sparql.setQuery(Q.with_values(query.text, init, explicit_datatype=True))
    sparql.setReturnFormat(JSON)
    result = call(sparql, endpoint)
    try:
        data = result.convert()
    except Exception as e:  # a non-JSON or broken answer
        raise RemoteError(f"{endpoint}: the answer is not SPARQL JSON results ({e.__class__.__name__})") from e
    if not isinstance(data, dict):
        raise RemoteError(f"{endpoint}: the answer is not SPARQL JSON results")
    return rows_from_json(data, query.text)
