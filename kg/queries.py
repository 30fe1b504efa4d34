"""Saved SPARQL queries: find them, bind their parameters safely, run them, format rows.

A saved query is a ``queries/NAME.rq`` file that opens with comment lines::

    # Question: Which foreign partners does one province work with?
    # Columns: ...
    # Parameters: province = the province's name; partner (optional) = ...
    # Example: kg query partners_of --param province="Thanh Hóa"

A parameter ``KEY`` is bound to the variable ``?KEY_name`` as an RDF literal
through rdflib's ``initBindings``: the value never becomes query text, so
quotes or braces in it can neither break nor change the query.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from decimal import Decimal

from rdflib import XSD, Graph, Literal, Variable
from rdflib.term import Node
from rdflib.util import guess_format

from .build import GRAPH_FILE

__all__ = ["QueryError", "QueryResult", "SavedQuery", "format_result", "load_graph", "run_query", "saved_queries"]

FORMATS = ("table", "csv", "json")


class QueryError(Exception):
    """A query, its parameters or its graph cannot be used (a usage or input error)."""


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    optional: bool


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    question: str
    params: tuple[Param, ...]
    example: str


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def queries_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "queries"


def _header(text: str, key: str) -> str:
    m = re.search(rf"^#\s*{key}:\s*(.*)$", text, re.M)
    return m.group(1).strip() if m else ""


def parse_query(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    params = []
    declared = _header(text, "Parameters")
    if declared and declared.lower() != "none":
        for part in declared.split(";"):
            m = re.match(r"\s*(\w+)\s*(\(optional\))?\s*=\s*(.*)", part)
            if m:
                params.append(Param(m.group(1), m.group(3).strip(), bool(m.group(2))))
    return SavedQuery(path.stem, path, text, _header(text, "Question"), tuple(params), _header(text, "Example"))


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name."""
    folder = folder or queries_dir()
    return {p.stem: parse_query(p) for p in sorted(folder.glob("*.rq"))}


def find_query(name_or_file: str) -> SavedQuery:
    path = Path(name_or_file)
    if path.suffix == ".rq":
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return parse_query(path)
    known = saved_queries()
    if name_or_file not in known:
        raise QueryError(f"unknown query '{name_or_file}': choose one of {', '.join(known)} or give a FILE.rq")
    return known[name_or_file]


def load_graph(path: str | Path = "build") -> Graph:
    """A build folder (its ``graph.ttl``) or an RDF file, parsed into a graph."""
    path = Path(path)
    if path.is_dir():
        path = path / GRAPH_FILE
        if not path.is_file():
            raise QueryError(f"{path}: no graph here: run 'kg build' first or give --graph FILE.ttl")
    elif not path.is_file():
        raise QueryError(f"{path}: no such graph: give a build folder or an RDF file")
    fmt = guess_format(str(path)) or "turtle"
    try:
        return Graph().parse(path, format=fmt)
    except Exception as e:  # rdflib raises many parser-specific errors
        raise QueryError(f"{path}: not valid {fmt} ({e.__class__.__name__}): rebuild it or fix the file") from e


def bindings(query: SavedQuery, params: dict[str, str]) -> dict[str, Node]:
    """Check ``params`` against what the query declares and turn them into literals."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        allowed = ", ".join(declared) or "none"
        raise QueryError(f"query '{query.name}' has no parameter {unknown[0]!r} (parameters: {allowed})")
    missing = [p.name for p in query.params if not p.optional and p.name not in params]
    if missing:
        raise QueryError(f"query '{query.name}' needs --param {missing[0]}=VALUE ({declared[missing[0]].description})")
    return {f"{k}_name": Literal(v) for k, v in params.items()}


def _plain(node: Node | None) -> str | None:
    """A cell as text: numbers without a spurious ".0", literals without datatype or language."""
    if node is None:
        return None
    if isinstance(node, Literal) and node.datatype == XSD.decimal:
        value = node.toPython()
        if isinstance(value, Decimal):
            text = format(value.normalize(), "f")
            return text
    return str(node)


def run_query(graph: Graph, name_or_file: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a saved query (by name or ``.rq`` path) on ``graph`` with bound parameters."""
    query = find_query(name_or_file)
    init = bindings(query, params or {})
    try:
        result = graph.query(query.text, initBindings={Variable(k): v for k, v in init.items()})
    except Exception as e:
        raise QueryError(f"{query.path}: query failed ({e.__class__.__name__}: {e})") from e
    if result.type != "SELECT":
        raise QueryError(f"{query.path}: only SELECT queries can be printed as rows")
    columns = tuple(str(v) for v in result.vars)
    rows = tuple(tuple(_plain(row[i]) for i in range(len(columns))) for row in result)
    return QueryResult(columns, rows)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV (RFC 4180) or a JSON list of objects."""
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise QueryError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
    cells = [list(result.columns)] + [["" if v is None else v for v in row] for row in result.rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(result.columns))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(result.rows)} rows)\n"
