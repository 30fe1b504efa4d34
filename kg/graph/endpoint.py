"""The SPARQL 1.1 Protocol's parts that do not touch HTTP: a query evaluated with a row limit, result
terms as SPARQL JSON, the answer's media type chosen from an Accept header, and the error an answer becomes.

Used by the server's request threads (:mod:`.serve`) and by its query worker processes (:mod:`.query_pool`).
"""

from __future__ import annotations

from itertools import islice
from typing import Any

import pyoxigraph as ox

RESULTS = {  # media type -> format, for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
          "application/json": ox.RdfFormat.JSON_LD}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class HttpError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate), "object": term_json(term.object)}}
    cell: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        cell["datatype"] = term.datatype.value
    return cell


def evaluate(store: ox.Store, text: str, dataset: dict[str, list[ox.NamedNode]], max_rows: int) -> tuple[str, Any, bool]:
    """("select", JSON results, truncated) | ("ask", QueryBoolean, False) | ("graph", triples, truncated)."""
    options: dict[str, Any] = {}  # the build's default graph is the merged graph
    if dataset["default"]:
        options["default_graph"] = dataset["default"]
    if dataset["named"]:
        options["named_graphs"] = dataset["named"]
    try:
        result = store.query(text, **options)
    except SyntaxError as e:
        raise HttpError(400, f"malformed query: {e}\n") from e
    if isinstance(result, ox.QueryBoolean):
        return "ask", result, False
    rows = list(islice(result, max_rows + 1))
    truncated = len(rows) > max_rows
    rows = rows[:max_rows]
    if isinstance(result, ox.QueryTriples):
        return "graph", rows, truncated
    names = [v.value for v in result.variables]
    bindings = [{n: term_json(s[n]) for n in names if s[n] is not None} for s in rows]
    return "select", {"head": {"vars": names}, "results": {"bindings": bindings}}, truncated


def negotiate(accept: str, offers: dict[str, Any]) -> tuple[str, Any]:
    """The best media type of ``offers`` for an Accept header (the first offer for */* or none)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-q, i, media.lower()))
    default = next(iter(offers))
    for q, _, media in sorted(ranked):
        if q >= 0:
            break
        if media in offers:
            return media, offers[media]
        if media in ("*/*", "application/*", "text/*"):
            return default, offers[default]
    if not accept.strip():
        return default, offers[default]
    raise HttpError(406, f"cannot answer in {accept}: choose one of {', '.join(offers)}\n")
