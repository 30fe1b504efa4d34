"""Export a build (or an RDF file) in a standard format, or as a CSV of triples.

Turtle, N-Triples, JSON-LD and CSV hold the merged graph; TriG and N-Quads
hold the whole dataset, one named graph per article. Output is sorted, so
the same build gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .queries import open_dataset
from .sparql import serialize, text
from .store import dataset, merged_triples, merged_turtle

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
    return serialize(triples, syntax)


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
