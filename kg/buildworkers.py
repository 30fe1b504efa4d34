"""Extraction in worker processes, for :mod:`kg.build`: one pool per build (one process per core), or, for
a few articles, the single worker warmed while the input was read, or this process.

Every article's graph depends on that article alone, so where it is extracted does not change it.

The extraction's modules (their hundreds of patterns) are imported by the process that extracts: a warm
worker imports them on its own core while the build reads, and a build that extracts nothing in this
process (an update of a few articles) never imports them here.  A pool's workers inherit them.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import Pool
from typing import TYPE_CHECKING, Any

from .io.reader import RawArticle

if TYPE_CHECKING:
    from .extract import Extractor

#: Below this many articles to extract, a pool of workers costs more than it saves (they go to the warm worker).
PARALLEL_FROM = 200

#: Called with (articles done, articles in all) as the build goes.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Workers:
    """How a build extracts: in ``jobs`` processes, and with the worker warmed while the input was read (if any)."""

    jobs: int
    warm: Pool | None = None


_WORKER: dict[str, object] = {}


def _init_worker() -> None:
    from .extract import Extractor

    _WORKER["extractor"] = Extractor()


def _init_pool_worker(parent: int) -> None:
    _die_with_parent(parent)
    _init_worker()


def _die_with_parent(parent: int) -> None:
    """End this worker process when the build's process ends, even by SIGKILL (Linux).

    Without it a killed build leaves pool workers sleeping for ever on the task queue.
    """
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own clean-up is all there is
        return
    if os.getppid() != parent:  # the build ended before the signal was asked for
        os._exit(1)


def _extract_one(raw: RawArticle) -> list[str]:
    """The N-Quads lines of one article's graph (empty when nothing was found).

    Only articles with facts are kept, so the extractor's gates are asked first: on the normalised text
    before title, body and date are located, and after recognition (:meth:`Extractor.extract_facts`, whose
    first test, on the same normalised text, is not asked twice).
    """
    from .extract import gate, pipeline  # imported with the extractor: lookups
    from .graph import rdf
    from .io.reader import make_article
    from .text import normalise

    extractor: Extractor = _WORKER["extractor"]  # type: ignore[assignment]
    norm = normalise(raw.text)
    if not extractor.may_hold_facts(norm.text):
        return []
    ex = pipeline.run_gated(extractor, make_article(raw.text, normalised=norm, **raw.meta), gate.hopeful,
                            gate.hopeful_before_provinces)
    return rdf.article_quads(ex, extractor.gaz) if ex is not None and rdf.has_facts(ex) else []


def extract_all(raws: list[RawArticle], jobs: int, progress: Progress | None = None,
                warm: Pool | None = None) -> Iterator[list[str]]:
    """Extraction results in input order, in ``jobs`` processes; fewer than :data:`PARALLEL_FROM` articles go to
    ``warm`` (a pool of one worker started by :func:`warm_worker` while the input was read) when there is one,
    else are extracted in this process.  The warm worker is given its articles at once, so it extracts them
    while this process goes on (writing the reads file) before it asks for the first result."""
    total = len(raws)
    if jobs <= 1 or total < PARALLEL_FROM:
        if warm is not None:
            return _counted(warm.imap(_extract_given, raws, chunksize=8), total, progress)
        return _counted(_here(raws), total, progress)
    return _counted(_in_pool(raws, jobs), total, progress)


def _counted(results: Iterable[list[str]], total: int, progress: Progress | None) -> Iterator[list[str]]:
    for done, result in enumerate(results, 1):
        yield result
        if progress:
            progress(done, total)


def _here(raws: list[RawArticle]) -> Iterator[list[str]]:
    _init_worker()
    yield from map(_extract_one, raws)


def _in_pool(raws: list[RawArticle], jobs: int) -> Iterator[list[str]]:
    forked = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork" if forked else "spawn")
    import kg.extract  # noqa: F401  (imported once here, inherited by the forked workers)

    # forked workers inherit the articles: each task is an index, so the texts are not pickled to them
    _INHERITED[:] = raws if forked else []
    try:
        with ctx.Pool(jobs, initializer=_init_pool_worker, initargs=(os.getpid(),)) as pool:
            yield from (pool.imap(_extract_inherited, range(len(raws)), chunksize=32) if forked else
                        pool.imap(_extract_one, raws, chunksize=32))
    finally:
        _INHERITED.clear()


@dataclass(frozen=True)
class WarmWorker:
    """The warm worker's pool, and the pipe on which it sends the extraction's fingerprint when it starts."""

    pool: Pool
    answer: Any  # the reading end of a multiprocessing pipe

    def fingerprint(self, timeout: float = 60.0) -> str | None:
        """The fingerprint the worker worked out (as :func:`kg.graph.store.fingerprint`), or None if it sent none."""
        try:
            if self.answer.poll(timeout):
                found = self.answer.recv()
                return found if isinstance(found, str) else None
        except (EOFError, OSError):
            pass
        return None


def _init_warm_worker(parent: int, answer: Any) -> None:
    """The warm worker works out the extraction's fingerprint first (a tenth of a second of reading and parsing
    the extraction's modules, off the build's path), then builds its extractor."""
    _die_with_parent(parent)
    try:
        from .graph.store import fingerprint

        answer.send(fingerprint())
        answer.close()
    except OSError:  # a worker started again by its pool: the build has its answer, or works it out itself
        pass
    _init_worker()


@contextlib.contextmanager
def warm_worker(jobs: int) -> Iterator[WarmWorker | None]:
    """With more than one job, a pool of one worker process that builds its extractor (a quarter of a second)
    on another core while this one reads the input: an incremental build's few new articles go to it.
    Ended when the build ends, used or not."""
    if jobs <= 1:
        yield None
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    answer, sender = ctx.Pipe(duplex=False)
    pool = ctx.Pool(1, initializer=_init_warm_worker, initargs=(os.getpid(), sender))
    sender.close()  # the worker holds it now
    try:
        yield WarmWorker(pool, answer)
    finally:
        pool.terminate()
        pool.join()
        answer.close()


#: The articles a pool extracts, set before it forks its workers (which read them by index).
_INHERITED: list[RawArticle] = []


def _extract_inherited(index: int) -> list[str]:
    return _extract_one(_INHERITED[index])


def _extract_given(raw: RawArticle) -> list[str]:
    return _extract_one(raw)  # looked up in the worker, where the module's _extract_one may have been replaced
