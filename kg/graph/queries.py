"""Saved SPARQL queries: find them, bind their parameters safely, run them, format rows.

A saved query is a ``queries/NAME.rq`` file that opens with comment lines::

    # Question: Which foreign partners does one province work with?
    # Columns: ...
    # Parameters: province = the province's name; partner (optional) = ...
    # Example: kg query partners_of --param province="Thanh Hóa"

A parameter ``KEY`` is bound to the variable ``?KEY_name`` as RDF literals in a
``VALUES`` block that Oxigraph serialises and escapes: the value never becomes
query syntax, so quotes or braces in it can neither break nor change the query.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .. import resources
from ..errors import QueryError
from .sparql import cell, term_cell

if TYPE_CHECKING:  # pragma: no cover
    from rdflib import Graph

GRAPH_FILE = "graph.ttl"
_STRING = "http://www.w3.org/2001/XMLSchema#string"

__all__ = ["QueryError", "QueryResult", "SavedQuery", "cell", "format_result", "load_graph", "run_query", "saved_queries", "term_cell"]

FORMATS = ("table", "csv", "json")


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
    """The saved queries' folder (inside the installed package, or the checkout's ``queries/``)."""
    return resources.as_path(resources.queries_dir())


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


def _rdf_file(path: Path) -> Path:
    if not path.exists():
        raise QueryError(f"{path}: no such graph: give a build folder or an RDF file")
    if path.is_dir():
        if (path / "store").is_dir():
            return path / "store"
        if (path / GRAPH_FILE).is_file():
            return path / GRAPH_FILE
        raise QueryError(f"{path}: no graph here: run 'kg build' first or give --graph FILE.ttl")
    return path


def open_dataset(path: str | Path = "build") -> ox.Store:
    """The queryable dataset behind ``path``: a build folder's store (opened read-only, not
    re-parsed), or an RDF file loaded into memory."""
    found = _rdf_file(Path(path))
    if found.name == "store" and found.is_dir():
        try:
            return ox.Store.read_only(str(found))
        except OSError as e:
            raise QueryError(f"{found}: cannot open the store ({e}): rebuild with 'kg build'") from e
    store = ox.Store()
    fmt = ox.RdfFormat.from_extension(found.suffix.lstrip(".")) if found.suffix else None
    try:
        if fmt is None or found.suffix == ".jsonld":
            store.load(load_graph(found).serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        else:
            store.bulk_load(path=str(found), format=fmt)
    except (SyntaxError, ValueError) as e:
        raise QueryError(f"{found}: not valid RDF ({e}): rebuild it or fix the file") from e
    return store


def load_graph(path: str | Path = "build") -> Graph:
    """A build folder's merged graph (its ``graph.ttl``) or an RDF file, parsed with rdflib."""
    from rdflib import Graph
    from rdflib.util import guess_format

    found = _rdf_file(Path(path))
    if found.name == "store":
        found = found.parent / GRAPH_FILE
        if not found.is_file():
            raise QueryError(f"{found}: missing: run 'kg build' again")
    fmt = guess_format(str(found)) or "turtle"
    try:
        return Graph().parse(found, format=fmt)
    except Exception as e:  # rdflib raises many parser-specific errors
        raise QueryError(f"{found}: not valid {fmt} ({e.__class__.__name__}): rebuild it or fix the file") from e


def bindings(query: SavedQuery, params: dict[str, str]) -> dict[str, str]:
    """Check ``params`` against what the query declares; keys become the bound variables ``KEY_name``."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        allowed = ", ".join(declared) or "none"
        raise QueryError(f"query '{query.name}' has no parameter {unknown[0]!r} (parameters: {allowed})")
    missing = [p.name for p in query.params if not p.optional and p.name not in params]
    if missing:
        raise QueryError(f"query '{query.name}' needs --param {missing[0]}=VALUE ({declared[missing[0]].description})")
    for key, value in params.items():
        check = _CHECKS.get(key)
        if check and not check[0](value):
            raise QueryError(f"--param {key}={value!r} is not {check[1]}")
    return {f"{k}_name": v for k, v in params.items()}


def _iso_date(value: str) -> bool:
    try:
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


#: Parameters that must have a form, whatever query declares them: checked before the query runs.
_CHECKS = {
    "as_of": (_iso_date, "a date written YYYY-MM-DD, such as 2024-12-31"),
    "dormant_years": (lambda v: v.isascii() and v.isdigit(), "a whole number of years, such as 2"),
}


def with_values(text: str, init: dict[str, str], *, explicit_datatype: bool = False) -> str:
    """The query with a ``VALUES ?var { terms }`` block for each parameter.

    The value goes in as RDF terms serialised by Oxigraph (quotes, braces and
    backslashes escaped), inside the group that uses the variable; it is data,
    never query syntax, whatever it contains.  It is bound three ways — a plain
    literal, and tagged ``@vi`` and ``@en`` — so a query can look a name up
    directly in ``rdfs:label`` (tagged) or ``skos:altLabel`` (plain) through
    the store's indexes.  ``explicit_datatype`` writes the plain literal as
    ``"..."^^xsd:string`` (Virtuoso 7 mangles non-ASCII characters of a plain
    literal written in a query when it applies STR()).
    """
    for var, value in init.items():
        plain = str(ox.Literal(str(value)))
        tagged = [str(ox.Literal(str(value), language=lang)) for lang in ("vi", "en")]
        term = " ".join([plain + (f"^^<{_STRING}>" if explicit_datatype else ""), *tagged])
        use = text.find(f"?{var}")
        if use < 0:
            continue
        opening = text.rfind("WHERE {", 0, use)
        if opening < 0:
            continue
        at = opening + len("WHERE {")
        text = f"{text[:at]}\n  VALUES ?{var} {{ {term} }}{text[at:]}"
    return text


_CONCAT = re.compile(r'GROUP_CONCAT\s*\((?:[^;()]|\([^()]*\))*;\s*separator\s*=\s*"((?:[^"\\]|\\.)*)"\s*\)\s*AS\s*\?(\w+)', re.I)
_ORDER = re.compile(r"\bORDER\s+BY\s+(.*?)\s*(?:LIMIT|OFFSET|$)", re.I | re.S)


def concatenated(text: str) -> dict[str, str]:
    """The query's ``GROUP_CONCAT(...; separator="S") AS ?column`` columns and their separators."""
    return {m.group(2): m.group(1).encode().decode("unicode_escape") for m in _CONCAT.finditer(text)}


def result(text: str, columns: tuple[str, ...], rows: Iterable[tuple[str | None, ...]]) -> QueryResult:
    """Rows as every engine gives them alike.

    SPARQL leaves the order inside a ``GROUP_CONCAT`` open (Oxigraph and
    Virtuoso differ), so the items of each concatenated column are sorted;
    and when every ``ORDER BY`` key is a column (plain ``?var`` and
    ``ASC``/``DESC(?var)`` keys), the rows are put in that order here, by code
    point, whatever the engine did (Virtuoso misorders long strings that share
    a long prefix; on Oxigraph this changes nothing).
    """
    joined = concatenated(text)
    at = {c: i for i, c in enumerate(columns)}
    fixed = [i for c, i in at.items() if c in joined]
    out = []
    for row in rows:
        if fixed:
            cells = list(row)
            for i in fixed:
                value = cells[i]
                if value:
                    sep = joined[columns[i]]
                    cells[i] = sep.join(sorted(value.split(sep))) if sep else "".join(sorted(value))
            row = tuple(cells)
        out.append(row)
    order = _ORDER.search(text)
    if order:
        keys = re.findall(r"(ASC|DESC)?\s*\(?\s*\?(\w+)\s*\)?|(\S+)", order.group(1), re.I)
        plan = [(at.get(var), (how or "").upper() == "DESC") for how, var, other in keys if not other]
        if all(i is not None for i, _ in plan) and len(plan) == len(keys):
            for index, descending in reversed(plan):
                column = int(index or 0)
                out.sort(key=lambda r: _order_key(r[column]), reverse=descending)
    return QueryResult(columns, tuple(out))


def _order_key(value: str | None) -> tuple[int, Decimal, str]:
    """SPARQL's order for the cells kg's queries sort on: unbound first, numbers by value, then text."""
    if value is None:
        return (0, Decimal(0), "")
    try:
        number = Decimal(value)
    except InvalidOperation:
        return (2, Decimal(0), value)
    return (1, number, "") if number.is_finite() else (2, Decimal(0), value)


def run_query(graph: Graph | ox.Store, name_or_file: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a saved query (by name or ``.rq`` path) on a dataset or graph with bound parameters.

    An Oxigraph store is queried over its default graph (the union of its
    graphs); an rdflib graph (small graphs, tests) is copied into an in-memory
    store first, so every local run uses one engine and one cell converter.
    Parameters are RDF literals in a ``VALUES`` block (see :func:`with_values`); a
    province's or partner's name may be typed without diacritics or case, or in a common
    form ("thanh hoa", "TP HCM"): it is bound as the label it names, and an unknown
    name is a :class:`QueryError` listing the closest known ones (see :mod:`kg.graph.names`).
    """
    from .names import resolve_params

    query = find_query(name_or_file)
    bindings(query, params or {})  # the parameters' names and forms first
    store = graph if isinstance(graph, ox.Store) else _in_memory(graph)
    init = bindings(query, resolve_params(params or {}, store))
    try:
        solutions = store.query(with_values(query.text, init))  # the merged default graph
    except (SyntaxError, OSError, ValueError) as e:
        raise QueryError(f"{query.path}: query failed ({e})") from e
    if not isinstance(solutions, ox.QuerySolutions):
        raise QueryError(f"{query.path}: only SELECT queries can be printed as rows")
    columns = tuple(v.value for v in solutions.variables)
    return result(query.text, columns, (tuple(term_cell(sol[i]) for i in range(len(columns))) for sol in solutions))


def _in_memory(graph: Graph) -> ox.Store:
    """An rdflib graph copied into an in-memory Oxigraph store (the one engine saved queries run on)."""
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


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
