"""``kg build``: read articles, extract in parallel, keep one graph per article, write the outputs.

A build folder holds ``store/`` (an embedded Oxigraph database with one
named graph per article, named by the article's content hash),
``graph.ttl`` (the merged graph), ``graph.html`` (the network page) and
``reads.json`` (the lines read, so the next build skips unchanged ones:
:mod:`kg.io.known`).

* **Incremental**: an article whose graph is already in the store is not
  extracted again; graphs of articles no longer given are dropped.
* **Parallel**: extraction runs in worker processes, one per core (:mod:`kg.buildworkers`).
* **Safe**: an unreadable file becomes one line in the report and the rest is
  built; ``graph.ttl`` and ``graph.html`` are written to temporary files and
  renamed into place only once complete.

The output is the same whether built in one go or incrementally, serially
or in parallel: every article's graph depends on that article alone.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .buildfolder import (
    GRAPH_FILE,
    HTML_FILE,
    JOURNAL,
    NEW_STORE,
    OUTPUTS,
    STORE_DIR,
    build_lock,
    clone_store,
    fsync_dir,
    os_error,
    outputs_digest,
    recover,
    write_atomic,
    write_synced,
)
from .buildworkers import Progress, Workers, extract_all, warm_worker
from .errors import BuildError
from .graph import derive
from .graph.memory import extract_graph
from .graph.store import article_iri, count_instances
from .io.known import DEFAULT_MAX_CHARS, READS_FILE, Entry, Reads, read_entries, read_inputs
from .io.known import dump as dump_reads
from .io.known import load as load_reads
from .io.reader import RawArticle, ReadError

__all__ = ["GRAPH_FILE", "HTML_FILE", "OUTPUTS", "READS_FILE", "BuildReport", "build", "count_instances", "extract_graph",
           "read_inputs", "recover", "write_atomic"]

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("build")


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
    warnings: tuple[str, ...] = ()  # articles cut to the size limit

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


# -- reading ---------------------------------------------------------------------------
class _TextNeeded(Exception):
    """An article taken from the previous build's lines has to be extracted: read the input again in full."""


def _phase(name: str) -> None:
    """The build has finished phase ``name`` (read, extract, store, default, turtle, page, commit).

    Does nothing; the fault-injection tests stop or fail the build here.
    """


def _reads_fingerprint(path: Path) -> str | None:
    """The fingerprint written at the head of a reads file (:func:`kg.io.known.dump`), without parsing the rest."""
    try:
        with open(path, "rb") as f:
            head = f.read(256)
    except OSError:
        return None
    found = re.search(rb'^\{"format":\d+,"fingerprint":"([0-9a-f]{16})"', head)
    return found.group(1).decode("ascii") if found else None


# -- the build ---------------------------------------------------------------------
def build(
    inputs: Iterable[str | Path] = (DEFAULT_INPUT,),
    out: str | Path = DEFAULT_OUT,
    progress: Progress | None = None,
    jobs: int | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> BuildReport:
    """Build (or update) the graph of ``inputs`` in the folder ``out``.

    Raises :class:`BuildError` when no article could be read, :class:`BuildLocked`
    when another build writes to ``out``, :class:`DiskFull` or :class:`NoPermission`
    when the build cannot be written; the folder is then left as it was.  The
    build commits atomically: killed at any point, the folder holds the previous
    build or this one, and the next build completes or repairs it.
    """
    started = time.monotonic()
    out = Path(out)
    from .graph import store as st

    jobs = jobs or os.cpu_count() or 1
    with warm_worker(jobs) as warm:
        # With a warm worker, the reads file is taken as of this code while the worker works out the fingerprint
        # (a tenth of a second) on its core; it is checked once the input is read.
        guess = _reads_fingerprint(out / READS_FILE) if warm is not None else None
        version = guess or st.fingerprint()
        reads = load_reads(out / READS_FILE, version, max_chars)  # checked against the store once locked
        entries, errors, warnings = read_entries(inputs, max_chars, reads)
        if guess is not None:
            version = (warm.fingerprint() if warm is not None else None) or st.fingerprint()
            if version != guess:  # the code changed since the reads were written: they do not hold
                reads = None
                entries, errors, warnings = read_entries(inputs, max_chars)
        _phase("read")
        if not entries:
            detail = f" ({errors[0]}{f'; and {len(errors) - 1} more' if len(errors) > 1 else ''})" if errors else ""
            raise BuildError(f"no article could be read{detail}; {out}/ was left as it was", tuple(errors))
        with build_lock(out):
            try:
                recover(out)
                try:
                    report = _build_locked(entries, out, progress, Workers(jobs, warm.pool if warm is not None else None), version, reads, max_chars)
                except _TextNeeded:
                    entries, _errors, _warnings = read_entries(inputs, max_chars)
                    report = _build_locked(entries, out, progress, Workers(jobs, warm.pool if warm is not None else None), version, None, max_chars)
            except OSError as e:
                with contextlib.suppress(OSError):
                    recover(out)  # no journal yet: the new, incomplete files go
                raise os_error(e, out) from e
    return BuildReport(
        out=out,
        articles=report["articles"],
        extracted=report["extracted"],
        removed=report["removed"],  # articles no longer given (a new extractor version re-extracts all)
        errors=tuple(errors),
        triples=report["counts"].pop("triples"),
        counts=report["counts"],
        seconds=time.monotonic() - started,
        warnings=tuple(warnings),
    )


def _build_locked(entries: list[Entry], out: Path, progress: Progress | None, workers: Workers,
                  version: str, reads: Reads | None, max_chars: int | None) -> dict:
    from .graph import store as st

    current = out / STORE_DIR
    old = None
    if current.is_dir():
        try:
            old = st.ox.Store.read_only(str(current))
        except OSError:
            old = None  # unreadable: built again from nothing
    reusable = old is not None and st.stored_fingerprint(old) == version
    # the previous build's reads file tells which articles the store holds when it is the one written with it
    digest_ok = old is not None and reusable and st.outputs_digest(old) == outputs_digest(out)
    known = {}
    if old is not None and reusable:
        known = reads.articles if reads is not None and digest_ok else st.article_keys(old)
    todo: dict[str, RawArticle] = {}
    seen: dict[str, str] = {}
    for entry in entries:
        if entry.article_id not in seen:  # the same text twice is one article: the first one read
            seen[entry.article_id] = entry.key
            if known.get(entry.article_id) != entry.key:
                if entry.raw is None:
                    raise _TextNeeded
                todo[entry.article_id] = entry.raw
    stale = set(known) - set(seen)
    if old is not None and reusable and not todo and not stale and digest_ok:
        counts = count_instances(old)  # the folder already holds exactly this build
        del old
        gc.collect()
        return {"articles": len(seen), "extracted": 0, "removed": 0, "counts": counts}

    new = out / NEW_STORE
    if old is not None:
        drop = set(st.article_ids(old)) if not reusable else stale | (set(todo) & set(known))
        del old
        gc.collect()
        clone_store(current, new)
    else:
        drop = set()
    store = st.ox.Store(str(new))
    try:
        # the warm worker starts on the articles now, while this process writes the reads file
        results = extract_all(list(todo.values()), workers.jobs, progress, workers.warm)
        write_synced(out / f".{READS_FILE}.new", dump_reads(entries, seen, version, max_chars))
        counts = _fill(store, out, todo, results, seen, drop, version, reusable and digest_ok)
    except BaseException as e:
        import traceback

        traceback.clear_frames(e.__traceback__)  # the frames below held the store too
        del store  # closed before its folder is removed: no background work may touch a later one
        gc.collect()
        raise
    del store  # release the database lock now, not whenever the collector runs
    gc.collect()
    write_synced(out / JOURNAL, b"a complete build waits to be renamed into place\n")
    fsync_dir(out)
    _phase("commit")
    recover(out)
    return {"articles": len(seen), "extracted": len(todo), "removed": len(stale), "counts": counts}


def _fill(store, out: Path, todo: dict[str, RawArticle], results: Iterator[list[str]], seen: dict[str, str],
          drop: set[str], version: str, outputs_valid: bool) -> dict[str, int]:
    """Bring the new store up to date and write the new outputs beside the old ones.

    With ``outputs_valid`` (the folder's graph.ttl and graph.html are the ones the store was built with),
    a build whose article graphs gain and lose no triple (the added articles hold no fact, the dropped
    ones held none) keeps them and the whole-graph work is skipped: everything it writes (the derived,
    entities and default graphs, the Turtle, the page) is a function of the article graphs alone.
    """
    from .graph import store as st

    st.set_fingerprint(store, version)
    changed = any(st.holds_triples(store, article_iri(article_id)) for article_id in drop)
    st.remove_articles(store, drop)
    batch: list[str] = []
    for done, (article_id, lines) in enumerate(zip(todo, results), 1):
        if lines:
            changed = True
            batch.extend(lines)
        else:
            store.add_graph(st.ox.NamedNode(article_iri(article_id)))  # read, nothing found
        if done == 1:
            _phase("extract")
        if len(batch) > 200_000:
            st.add_nquads(store, batch)
            batch = []
    st.add_nquads(store, batch)
    st.set_article_keys(store, {article_id: seen[article_id] for article_id in todo})
    _phase("store")
    if changed or not outputs_valid:
        _whole_graph(store, out)
    else:
        store.flush()
        for name in ("default", "turtle", "page"):  # nothing to recompute: the outputs are carried over
            if name != "default":
                new = GRAPH_FILE if name == "turtle" else HTML_FILE
                write_synced(out / f".{new}.new", (out / new).read_bytes())
            _phase(name)
    counts = count_instances(store)
    import hashlib

    h = hashlib.sha256()
    for name in OUTPUTS:  # the reads file was written first
        h.update(hashlib.sha256((out / f".{name}.new").read_bytes()).digest())
    st.set_outputs_digest(store, h.hexdigest()[:32])
    store.flush()
    return counts


def _whole_graph(store, out: Path) -> None:
    """What only the whole graph gives, written again: the derived, entities, vocabulary and default graphs,
    then the Turtle and the page beside the old ones."""
    from .extract.gazetteer import gazetteer  # the extraction's modules: imported only when the graph changed
    from .graph import rdf
    from .graph import store as st
    from .page.viz import write_network

    derive.refresh(store)  # facts across articles: the ties' dates, one node per event
    st.replace_graph(store, rdf.ENTITIES_GRAPH, rdf.entity_quads(st.referenced_entities(store), gazetteer()))
    st.replace_graph(store, rdf.VOCABULARY_GRAPH, rdf.vocabulary_quads())
    st.refresh_default_graph(store)
    store.flush()
    _phase("default")
    write_synced(out / f".{GRAPH_FILE}.new", st.merged_turtle(store))
    _phase("turtle")
    write_network(store, out / f".{HTML_FILE}.new")
    _phase("page")
