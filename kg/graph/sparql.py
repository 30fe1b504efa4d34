"""Typed helpers over pyoxigraph's query and serialisation calls.

``Store.query`` answers solutions, a boolean or triples depending on the
query's form, and ``serialize`` answers bytes or nothing depending on whether
it was given a file; these helpers say which one the caller expects, and
fail loudly on the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox


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


def text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph | None) -> str | None:
    """A term's lexical value (an IRI, a blank node id, a literal's text); a quoted triple in N-Triples."""
    if term is None:
        return None
    if isinstance(term, ox.Triple | ox.DefaultGraph):
        return str(term)
    return term.value
