"""Export a build (or an RDF file) in a standard format, or as a CSV of triples.

Turtle, N-Triples, JSON-LD and CSV hold the merged graph; TriG and N-Quads
hold the whole dataset, one named graph per article. Output is sorted, so
the same build gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import vocab as V
from ..errors import KgError
from .queries import open_dataset
from .sparql import serialize, text
from .store import PREFIXES, dataset, merged_triples, merged_turtle

FORMATS: dict[str, ox.RdfFormat | None] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "csv": None,
}


def export(graph: str | Path, fmt: str) -> bytes:
    """The graph at ``graph`` (build folder or RDF file) serialised as ``fmt``."""
    if fmt not in FORMATS:
        raise KgError(f"unknown export format '{fmt}': use one of {', '.join(FORMATS)}")
    store = open_dataset(graph)
    if fmt == "ttl":
        return merged_turtle(store)
    triples = merged_triples(store)
    syntax = FORMATS[fmt]
    if syntax is None:
        return _csv(triples).encode("utf-8")
    if fmt in ("trig", "nq"):
        return dataset(store, syntax)
    if fmt == "jsonld":
        return jsonld(triples)
    return serialize(triples, syntax)


#: The JSON-LD ``@context``: graph.ttl's prefixes, and ``id:`` for kg's individuals.
JSONLD_CONTEXT = {**PREFIXES, "id": str(V.ID)}


def jsonld(triples: list[ox.Triple]) -> bytes:
    """The triples as a JSON-LD document with an ``@context``, its IRIs written as ``prefix:name``.

    Oxigraph writes expanded JSON-LD (every IRI in full, no context); the same nodes go
    under ``@graph``, each property, ``@id`` and ``@type`` shortened by the context's
    prefixes, so the document reads like graph.ttl and expands to the same triples.
    """
    nodes = json.loads(serialize(triples, ox.RdfFormat.JSON_LD))
    doc = {"@context": JSONLD_CONTEXT, "@graph": _compact(nodes)}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_BY_LENGTH = sorted(JSONLD_CONTEXT.items(), key=lambda kv: -len(kv[1]))


def _curie(iri: str) -> str:
    for prefix, ns in _BY_LENGTH:
        local = iri[len(ns):]
        if iri.startswith(ns) and local and not local.startswith("//"):
            return f"{prefix}:{local}"
    return iri


def _compact(value: Any) -> Any:
    if isinstance(value, list):
        return [_compact(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, v in value.items():
        if key in ("@id", "@type") and isinstance(v, str):
            out[key] = _curie(v)
        elif key == "@type" and isinstance(v, list):
            out[key] = [_curie(t) for t in v]
        else:
            out[key if key.startswith("@") else _curie(key)] = _compact(v)
    return out


def _csv(triples: list[ox.Triple]) -> str:
    """One row per triple: subject, predicate, object, and the object's datatype, language or kind."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["subject", "predicate", "object", "object_type"])
    for t in triples:
        o = t.object
        if isinstance(o, ox.Literal):
            kind = f"@{o.language}" if o.language else o.datatype.value
        else:
            kind = "bnode" if isinstance(o, ox.BlankNode) else "iri"
        w.writerow([text(t.subject), t.predicate.value, text(o), kind])
    return buf.getvalue()
