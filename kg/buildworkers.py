"""Extraction in worker processes, for :mod:`kg.build`: one pool per build (one process per core), or, for
a few articles, the single worker warmed while the input was read, or this process.

Every article's graph depends on that article alone, so where it is extracted does not change it.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import Pool

from .extract import Extractor, gate, pipeline
from .graph import rdf
from .io.reader import RawArticle, make_article
from .text import normalise

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
    extractor: Extractor = _WORKER["extractor"]  # type: ignore[assignment]
    norm = normalise(raw.text)
    if not extractor.may_hold_facts(norm.text):
        return []
    ex = pipeline.run_gated(extractor, make_article(raw.text, normalised=norm, **raw.meta), gate.hopeful,
                            gate.hopeful_before_provinces)
    return rdf.article_quads(ex, extractor.gaz) if ex is not None and rdf.has_facts(ex) else []


def extract_all(raws: list[RawArticle], jobs: int, progress: Progress | None = None,
                warm: Pool | None = None) -> Iterable[list[str]]:
    """Extraction results in input order, in ``jobs`` processes; fewer than :data:`PARALLEL_FROM` articles go to
    ``warm`` (a pool of one worker started by :func:`warm_worker` while the input was read) when there is one,
    else are extracted in this process."""
    total = len(raws)
    if jobs <= 1 or total < PARALLEL_FROM:
        if warm is None:
            _init_worker()
        results = warm.imap(_extract_given, raws, chunksize=8) if warm is not None else map(_extract_one, raws)
        for done, result in enumerate(results, 1):
            yield result
            if progress:
                progress(done, total)
        return
    forked = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork" if forked else "spawn")
    # forked workers inherit the articles: each task is an index, so the texts are not pickled to them
    _INHERITED[:] = raws if forked else []
    try:
        with ctx.Pool(jobs, initializer=_init_pool_worker, initargs=(os.getpid(),)) as pool:
            tasks = pool.imap(_extract_inherited, range(total), chunksize=32) if forked else \
                pool.imap(_extract_one, raws, chunksize=32)
            for done, result in enumerate(tasks, 1):
                yield result
                if progress:
                    progress(done, total)
    finally:
        _INHERITED.clear()


@contextlib.contextmanager
def warm_worker(jobs: int) -> Iterator[Pool | None]:
    """With more than one job, a pool of one worker process that builds its extractor (a quarter of a second)
    on another core while this one reads the input: an incremental build's few new articles go to it.
    Ended when the build ends, used or not."""
    if jobs <= 1:
        yield None
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    pool = ctx.Pool(1, initializer=_init_pool_worker, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


#: The articles a pool extracts, set before it forks its workers (which read them by index).
_INHERITED: list[RawArticle] = []


def _extract_inherited(index: int) -> list[str]:
    return _extract_one(_INHERITED[index])


def _extract_given(raw: RawArticle) -> list[str]:
    return _extract_one(raw)  # looked up in the worker, where the module's _extract_one may have been replaced
