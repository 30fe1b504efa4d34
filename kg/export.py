"""Export a graph in a standard RDF format, or as a CSV of triples."""

from __future__ import annotations

import csv
import io

from rdflib import BNode, Graph, Literal

#: ``--format`` name -> rdflib serializer name (csv is kg's own).
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "csv": "csv"}


def export(graph: Graph, fmt: str) -> bytes:
    """The graph serialised as ``fmt`` (one of :data:`FORMATS`), UTF-8."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}': use one of {', '.join(FORMATS)}")
    if fmt == "nt":
        lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        return ("\n".join(sorted(l for l in lines if l.strip())) + "\n").encode("utf-8")
    if fmt == "csv":
        return _csv(graph).encode("utf-8")
    return graph.serialize(format=FORMATS[fmt], encoding="utf-8")


def _csv(graph: Graph) -> str:
    """One row per triple: subject, predicate, object, and the object's datatype or language."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["subject", "predicate", "object", "object_type"])
    rows = []
    for s, p, o in graph:
        if isinstance(o, Literal):
            kind = f"@{o.language}" if o.language else str(o.datatype or "")
        else:
            kind = "bnode" if isinstance(o, BNode) else "iri"
        rows.append((str(s), str(p), str(o), kind))
    w.writerows(sorted(rows))
    return buf.getvalue()
