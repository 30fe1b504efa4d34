"""kg: a knowledge graph of the foreign relations of Vietnam's provinces, from Vietnamese news.

The library's entry points (the ``kg`` command is a thin layer over them)::

    from kg import build, load_graph, run_query
    report = build(["seeds"], "build")          # writes build/graph.ttl and build/graph.html
    graph = load_graph("build")
    result = run_query(graph, "partners_of", {"province": "Thanh Hóa"})
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import BuildError, KgError, QueryError

_LAZY = {
    "BuildReport": "build",
    "build": "build",
    "QueryResult": "graph.queries",
    "load_graph": "graph.queries",
    "open_dataset": "graph.queries",
    "run_query": "graph.queries",
    "saved_queries": "graph.queries",
}


def __getattr__(name: str):
    """Import the heavier modules only when their names are used."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)

__all__ = [
    "BuildError",
    "BuildReport",
    "KgError",
    "QueryError",
    "QueryResult",
    "__version__",
    "build",
    "load_graph",
    "open_dataset",
    "run_query",
    "saved_queries",
]
