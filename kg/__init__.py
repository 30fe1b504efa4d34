"""kg: a knowledge graph of the foreign relations of Vietnam's provinces, from Vietnamese news.

The library's entry points (the ``kg`` command is a thin layer over them)::

    from kg import build, load_graph, run_query
    report = build(["seeds"], "build")          # writes build/graph.ttl and build/graph.html
    graph = load_graph("build")
    result = run_query(graph, "partners_of", {"province": "Thanh Hóa"})
"""

from __future__ import annotations

__version__ = "0.1.0"

from .build import BuildError, BuildReport, build  # noqa: E402
from .queries import QueryResult, load_graph, run_query, saved_queries  # noqa: E402

__all__ = [
    "BuildError",
    "BuildReport",
    "QueryResult",
    "__version__",
    "build",
    "load_graph",
    "run_query",
    "saved_queries",
]
