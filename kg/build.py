"""``kg build``: read articles, extract in parallel, keep one graph per article, write the outputs.

A build folder holds ``store/`` (an embedded Oxigraph database with one
named graph per article, named by the article's content hash),
``graph.ttl`` (the merged graph) and ``graph.html`` (the network page).

* **Incremental**: an article whose graph is already in the store is not
  extracted again; graphs of articles no longer given are dropped.
* **Parallel**: extraction runs in worker processes, one per core.
* **Safe**: an unreadable file becomes one line in the report and the rest is
  built; ``graph.ttl`` and ``graph.html`` are written to temporary files and
  renamed into place only once complete.

The output is the same whether built in one go or incrementally, serially
or in parallel: every article's graph depends on that article alone.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import derive, rdf
from .errors import BuildError
from .extract import Extractor
from .reader import RawArticle, ReadError, make_article, raw_id, read_raw

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("build")
GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"
#: Below this many articles to extract, workers cost more than they save.
PARALLEL_FROM = 200

#: Called with (articles done, articles in all) as the build goes.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    out: Path
    articles: int  # readable articles given
    extracted: int  # of which extracted in this run (the rest were unchanged)
    removed: int  # articles of the previous build no longer given
    errors: tuple[ReadError, ...]
    triples: int
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> str:
        c = self.counts
        reuse = f" ({self.articles - self.extracted} unchanged)" if self.extracted < self.articles else ""
        removed = f", {self.removed} removed" if self.removed else ""
        return (
            f"{self.articles} articles read{reuse}, {len(self.errors)} skipped{removed}; {self.triples} triples: "
            f"{c.get('provinces', 0)} provinces, {c.get('partners', 0)} partners, "
            f"{c.get('partnerships', 0)} partnerships, {c.get('agreements', 0)} agreements, "
            f"{c.get('events', 0)} events, {c.get('indicators', 0)} indicators -> {self.out}"
        )


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


# -- extraction, in worker processes -------------------------------------------------
_WORKER: dict[str, object] = {}


def _init_worker() -> None:
    _WORKER["extractor"] = Extractor()


def _extract_one(raw: RawArticle) -> list[str]:
    """The N-Quads lines of one article's graph (empty when nothing was found)."""
    article = make_article(raw.text, **raw.meta)
    extractor: Extractor = _WORKER["extractor"]  # type: ignore[assignment]
    ex = extractor.extract(article)
    return rdf.article_quads(ex, extractor.gaz) if rdf.has_facts(ex) else []


def extract_all(raws: list[RawArticle], jobs: int, progress: Progress | None = None) -> Iterable[list[str]]:
    """Extraction results in input order, in ``jobs`` processes."""
    total = len(raws)
    if jobs <= 1 or total < PARALLEL_FROM:
        _init_worker()
        for done, raw in enumerate(raws, 1):
            yield _extract_one(raw)
            if progress:
                progress(done, total)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker) as pool:
        for done, result in enumerate(pool.imap(_extract_one, raws, chunksize=32), 1):
            yield result
            if progress:
                progress(done, total)


# -- the build ---------------------------------------------------------------------
def build(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    out: str | Path = DEFAULT_OUT,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> BuildReport:
    """Build (or update) the graph of ``inputs`` in the folder ``out``.

    Raises :class:`BuildError` when no article could be read; the folder is
    then left as it was.
    """
    from . import store as st
    from .gazetteer import gazetteer

    started = time.monotonic()
    out = Path(out)
    raws: list[RawArticle] = []
    errors: list[ReadError] = []
    for item in read_raw(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            raws.append(item)
    if not raws:
        detail = f" ({errors[0]})" if errors else ""
        raise BuildError(f"no article could be read{detail}; {out}/ was left as it was")

    store = st.open_store(out)
    version = st.fingerprint()
    if st.stored_fingerprint(store) != version:
        st.remove_articles(store, st.article_ids(store))  # made by another version of the extractor
        st.set_fingerprint(store, version)
    known = frozenset(st.article_ids(store))
    todo: dict[str, RawArticle] = {}
    seen: set[str] = set()
    for raw in raws:
        article_id = raw_id(raw.text)
        if article_id not in seen:  # the same text twice is one article
            seen.add(article_id)
            if article_id not in known:
                todo[article_id] = raw
    batch: list[str] = []
    for article_id, lines in zip(todo, extract_all(list(todo.values()), jobs or os.cpu_count() or 1, progress)):
        if lines:
            batch.extend(lines)
        else:
            store.add_graph(st.ox.NamedNode(rdf.article_iri(article_id)))  # read, nothing found
        if len(batch) > 200_000:
            st.add_nquads(store, batch)
            batch = []
    st.add_nquads(store, batch)
    stale = known - seen
    st.remove_articles(store, stale)
    derived = derive.refresh(store)  # facts across articles: the ties' dates, one node per event
    changed = bool(todo or stale or derived) or not all((out / name).is_file() for name in (GRAPH_FILE, HTML_FILE))
    if changed:
        st.replace_graph(store, rdf.ENTITIES_GRAPH, rdf.entity_quads(st.referenced_entities(store), gazetteer()))
        st.replace_graph(store, rdf.VOCABULARY_GRAPH, rdf.vocabulary_quads())
        st.refresh_default_graph(store)
        store.flush()
        write_outputs(store, out)  # else the outputs already hold exactly this graph
    counts = count_instances(store)
    del store  # release the database lock now, not whenever the collector runs
    gc.collect()
    return BuildReport(
        out=out,
        articles=len(seen),
        extracted=len(todo),
        removed=len(stale),  # articles no longer given (a new extractor version re-extracts all)
        errors=tuple(errors),
        triples=counts.pop("triples"),
        counts=counts,
        seconds=time.monotonic() - started,
    )


def write_outputs(store, out: Path) -> None:
    """graph.ttl and graph.html from the store, each replaced only once complete."""
    from . import store as st
    from .viz import write_network

    turtle = st.merged_turtle(store)
    html_tmp = out / f".{HTML_FILE}.new"
    write_network(network_graph(store), html_tmp)
    write_atomic(out / GRAPH_FILE, turtle)
    os.replace(html_tmp, out / HTML_FILE)


def network_graph(store):
    """The part of the merged graph the network page draws, as an rdflib graph."""
    from rdflib import Graph

    from . import store as st
    from .sparql import construct, serialize

    lines = serialize(construct(store, _NETWORK_CONSTRUCT), st.ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=lines.decode("utf-8"), format="nt")


_NETWORK_CONSTRUCT = """
PREFIX kg: <https://w3id.org/vnkg/def#>
CONSTRUCT { ?s ?p ?o } WHERE {
  { ?s a ?cls . FILTER(?cls IN (kg:Partnership, kg:Agreement, kg:Event, kg:Indicator)) ?s ?p ?o }
  UNION { ?f kg:evidence ?s . ?s ?p ?o }
  UNION { ?f <http://www.w3.org/ns/prov#wasDerivedFrom> ?s . ?s ?p ?o }
  UNION { ?f kg:province|kg:partner|kg:party|kg:participant|kg:scope|kg:place ?s . ?s ?p ?o }
  UNION { ?f kg:partner ?x . ?x kg:country ?s . ?s ?p ?o }
  UNION { ?s a ?k . FILTER(?k IN (kg:EventKind, kg:AgreementStatus, kg:RelationKind)) ?s ?p ?o }
}"""


def count_instances(store) -> dict[str, int]:
    """How many provinces, partners, facts and triples the merged graph holds."""

    def one(query: str) -> int:
        for row in store.query(query):
            return int(row[0].value)
        return 0

    kg = "PREFIX kg: <https://w3id.org/vnkg/def#> "
    counts = {
        "provinces": one(kg + "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?x kg:province ?v }"),
        "partners": one(kg + "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { ?x kg:partner ?v }"),
    }
    for name, cls in (("partnerships", "Partnership"), ("agreements", "Agreement"), ("events", "Event"),
                      ("indicators", "Indicator"), ("articles", "Article")):
        merged = "FILTER NOT EXISTS { ?s kg:mergedInto ?same }"  # another report of the same event
        counts[name] = one(kg + f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a kg:{cls} {merged} }}")
    counts["triples"] = one("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    return counts


# -- small graphs in memory (tests, the library) --------------------------------------
def extract_graph(inputs: Iterable[str | Path]):
    """The merged rdflib graph of ``inputs``, built in memory, with the read errors."""
    from rdflib import Dataset, Graph

    from .gazetteer import gazetteer

    extractor = Extractor()
    lines: list[str] = []
    errors: list[ReadError] = []
    seen: set[str] = set()
    for item in read_raw(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        article = make_article(item.text, **item.meta)
        if article.id in seen:
            continue
        seen.add(article.id)
        ex = extractor.extract(article)
        if rdf.has_facts(ex):
            lines.extend(rdf.article_quads(ex, extractor.gaz))
    lines.append(derive.derived_nquads(lines))
    ds = Dataset()
    ds.parse(data="".join(lines), format="nquads")
    keys = {str(o)[len(str(rdf.V.ID)):] for _s, _p, o, _g in ds.quads() if str(o).startswith(str(rdf.V.ID))}
    ds.parse(data="".join(rdf.entity_quads(keys, gazetteer())) + "".join(rdf.vocabulary_quads()), format="nquads")
    graph = Graph()
    rdf_graph_bind(graph)
    for s, p, o, _g in ds.quads():
        graph.add((s, p, o))
    return graph, len(seen), errors


def rdf_graph_bind(graph) -> None:
    from . import vocab as V

    graph.bind("kg", V.KG)
    for prefix, ns in (("prov", V.PROV), ("dcterms", V.DCTERMS), ("skos", V.SKOS), ("schema", V.SDO)):
        graph.bind(prefix, ns, replace=True)
