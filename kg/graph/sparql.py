"""Typed helpers over pyoxigraph's query and serialisation calls.

``Store.query`` answers solutions, a boolean or triples depending on the
query's form, and ``serialize`` answers bytes or nothing depending on whether
it was given a file; these helpers say which one the caller expects, and
fail loudly on the other. :func:`term_cell` is the one way a term of an answer
becomes a cell, whatever reads it (saved queries, a remote endpoint's JSON
through :func:`cell`, the report).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox

_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def select(store: ox.Store, query: str, **kwargs: Any) -> ox.QuerySolutions:
    """The solutions of a SELECT query."""
    result = store.query(query, **kwargs)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return result


def construct(store: ox.Store, query: str, **kwargs: Any) -> ox.QueryTriples:
    """The triples of a CONSTRUCT or DESCRIBE query."""
    result = store.query(query, **kwargs)
    if not isinstance(result, ox.QueryTriples):
        raise TypeError("expected a CONSTRUCT query")
    return result


def serialize(terms: Iterable[ox.Triple] | Iterable[ox.Quad] | ox.QueryTriples, fmt: ox.RdfFormat, **kwargs: Any) -> bytes:
    """Triples or quads in an RDF syntax, as bytes."""
    data = ox.serialize(terms, format=fmt, **kwargs)
    assert data is not None  # no output file given: the bytes are returned
    return data


def cell(value: str | None, datatype: str | None = None) -> str | None:
    """The one way an RDF term becomes a cell, whatever engine answered.

    ``value`` is the term's lexical form (an IRI, a literal's text) and
    ``datatype`` a literal's datatype IRI. Numbers lose a spurious ".0" or
    trailing zeros; booleans are ``true``/``false`` (Virtuoso writes 1/0);
    everything else is its lexical form, without datatype or language.
    """
    if value is None:
        return None
    if datatype == _DECIMAL:
        try:
            return format(Decimal(value).normalize(), "f")
        except InvalidOperation:
            return value
    if datatype == _BOOLEAN:
        return {"1": "true", "0": "false"}.get(value, value)
    return value


def term_cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str | None:
    """An Oxigraph term as a cell (see :func:`cell`)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return cell(term.value, term.datatype.value)
    if isinstance(term, ox.Triple):
        return str(term)
    return cell(term.value)


def text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph | None) -> str | None:
    """A term's lexical value (an IRI, a blank node id, a literal's text, as written); a quoted triple in
    N-Triples. For the triples kg writes out (export's CSV, its own bookkeeping); a query's answer
    becomes cells through :func:`term_cell`."""
    if term is None:
        return None
    if isinstance(term, ox.Triple | ox.DefaultGraph):
        return str(term)
    return term.value
