"""``kg build``: read articles, extract, write ``graph.ttl`` and ``graph.html``.

Bad input never stops a build: each unreadable file becomes one line in the
report and the other articles are still built.  Output files are written
to temporary names and renamed into place only once complete, so a failed
build leaves the previous one untouched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import vocab as V
from .extract import Extractor
from .rdf import GraphBuilder
from .reader import ReadError, read_articles

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("build")
GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"

#: Called after each article (or error) with the number done so far.
Progress = Callable[[int], None]


class BuildError(Exception):
    """Nothing could be built (no readable article); the previous build is kept."""


@dataclass(frozen=True)
class BuildReport:
    out: Path
    articles: int
    errors: tuple[ReadError, ...]
    triples: int
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        c = self.counts
        return (
            f"{self.articles} articles read, {len(self.errors)} skipped; {self.triples} triples: "
            f"{c.get('provinces', 0)} provinces, {c.get('partners', 0)} partners, "
            f"{c.get('partnerships', 0)} partnerships, {c.get('agreements', 0)} agreements, "
            f"{c.get('events', 0)} events, {c.get('indicators', 0)} indicators -> {self.out}"
        )


def count_instances(g: Graph) -> dict[str, int]:
    """How many provinces, partners and facts a graph holds."""
    provinces = {p for _s, _p, p in g.triples((None, V.province, None))}
    partners = {o for _s, _p, o in g.triples((None, V.partner, None))}

    def n(cls) -> int:
        return len(set(g.subjects(V.RDF.type, cls)))

    return {
        "provinces": len(provinces),
        "partners": len(partners),
        "partnerships": n(V.Partnership),
        "agreements": n(V.Agreement),
        "events": n(V.Event),
        "indicators": n(V.Indicator),
        "articles": n(V.Article),
    }


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def extract_graph(
    inputs: Iterable[str | Path], progress: Progress | None = None
) -> tuple[Graph, int, list[ReadError]]:
    """The graph of every readable article under ``inputs``, and the read errors."""
    extractor = Extractor()
    builder = GraphBuilder(extractor.gaz)
    errors: list[ReadError] = []
    articles = 0
    seen: set[str] = set()
    for done, item in enumerate(read_articles(inputs), 1):
        if isinstance(item, ReadError):
            errors.append(item)
        elif item.id not in seen:  # the same text twice is one article
            seen.add(item.id)
            builder.add(extractor.extract(item))
            articles += 1
        if progress:
            progress(done)
    return builder.g, articles, errors


def build(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    out: str | Path = DEFAULT_OUT,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the graph of ``inputs`` into the folder ``out``.

    Raises :class:`BuildError` when no article could be read; the folder is
    then left as it was.
    """
    from .viz import write_network

    out = Path(out)
    graph, articles, errors = extract_graph(inputs, progress)
    if articles == 0:
        detail = f" ({errors[0]})" if errors else ""
        raise BuildError(f"no article could be read{detail}; {out}/ was left as it was")
    turtle = graph.serialize(format="turtle", encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    html_tmp = out / f".{HTML_FILE}.new"
    write_network(graph, html_tmp)
    write_atomic(out / GRAPH_FILE, turtle)
    os.replace(html_tmp, out / HTML_FILE)
    return BuildReport(out, articles, tuple(errors), len(graph), count_instances(graph))
