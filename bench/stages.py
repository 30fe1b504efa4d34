"""Where a build's time goes, stage by stage, measured without changing kg's code.

* ``python bench/stages.py build INPUT OUT`` runs ``kg build INPUT --out OUT`` in this process with kg's
  functions wrapped by timers, and prints one JSON object: the build's wall time and the seconds of each
  stage (read, extract, store load, derive, entities, default graph, Turtle, page, counts).  The bench
  runs it as a child process, so the build's peak RSS is its own.
* :func:`extraction_stages` reads a sample of articles and times each extraction stage on them in this
  process, serially (normalise, the article-level skip, recognition and its parts, scopes, relations,
  events, indicators, RDF).

Stages nest (recognition holds the gazetteer's matching); each is timed inclusive of what it calls.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Times = dict[str, float]


def _timer(times: Times, name: str, fn: Callable) -> Callable:
    @functools.wraps(fn)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] += time.perf_counter() - start

    return timed


def _wrap(times: Times, owner: object, attr: str, name: str) -> None:
    setattr(owner, attr, _timer(times, name, getattr(owner, attr)))


def _timed_iter(times: Times, name: str, fn: Callable[..., Iterator]) -> Callable[..., Iterator]:
    """A generator function whose time inside ``next`` is counted (the rest is its consumer's)."""

    @functools.wraps(fn)
    def timed(*args, **kwargs):
        it = fn(*args, **kwargs)
        while True:
            start = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                times[name] += time.perf_counter() - start
                return
            times[name] += time.perf_counter() - start
            yield item

    return timed


def timed_build(inputs: list[str], out: str) -> dict:
    """Build ``inputs`` into ``out`` with the build's stages timed."""
    from kg import build
    from kg.graph import derive, rdf
    from kg.graph import store as st
    from kg.page import viz

    times: Times = defaultdict(float)
    _wrap(times, build, "read_entries", "read (gzip, JSON or line hashes, hash)")
    build.extract_all = _timed_iter(times, "extract (workers)", build.extract_all)
    _wrap(times, st, "add_nquads", "store load")
    _wrap(times, derive, "refresh", "derive (tie dates, merged events)")
    _wrap(times, st, "referenced_entities", "entities")
    _wrap(times, rdf, "entity_quads", "entities")
    _wrap(times, st, "refresh_default_graph", "default graph")
    _wrap(times, st, "merged_turtle", "Turtle")
    _wrap(times, viz, "write_network", "page")
    _wrap(times, build, "count_instances", "counts")
    start = time.perf_counter()
    report = build.build(inputs, out)
    wall = time.perf_counter() - start
    return {"wall": wall, "summary": report.summary(), "extracted": report.extracted, "stages": dict(times)}


def extraction_stages(path: Path, articles: int = 2000) -> tuple[int, Times]:
    """Seconds of each extraction stage over the first ``articles`` articles of ``path``, in this process."""
    from kg.build import read_inputs
    from kg.extract import extractor as ex_mod
    from kg.graph import rdf
    from kg.io import reader
    from kg.text import normalise

    raws = read_inputs([path])[0][:articles]
    times: Times = defaultdict(float)
    ex = ex_mod.Extractor()
    rec = ex.rec
    _wrap(times, rec, "recognise", "recognise (all)")
    _wrap(times, rec, "place_provinces", "recognise (all)")  # the provinces of an article that passed the gate
    ex.gaz.find = _timed_iter(times, "  gazetteer matching", ex.gaz.find)  # type: ignore[method-assign]
    _wrap(times, rec.firms, "find", "  firms")
    _wrap(times, rec.bodies, "find", "  bodies")
    _wrap(times, rec, "prefilter", "  finders' phrases (prefilter)")  # once per article, part of recognition
    _wrap(times, rec, "prefilter", "recognise (all)")
    from kg.extract import gate, pipeline

    stages = dict(pipeline.STAGES)  # each pipeline stage timed under its own name, restored afterwards
    for name in pipeline.ORDER:
        if name not in ("segment", "recognise"):
            pipeline.STAGES[name] = _timer(times, f"stage: {name}", pipeline.STAGES[name])
    norm, skip = _timer(times, "normalise (text)", normalise), _timer(times, "skip test (may_hold_facts)", ex.may_hold_facts)
    make, quads = _timer(times, "article (title, body, date)", reader.make_article), _timer(times, "RDF", rdf.article_quads)
    extract = _timer(times, "extract (all)",
                     lambda article: pipeline.run_gated(ex, article, gate.hopeful, gate.hopeful_before_provinces))
    for raw in raws:  # as kg.buildworkers._extract_one does
        normalised = norm(raw.text)
        if not skip(normalised.text):
            continue
        result = extract(make(raw.text, normalised=normalised, **raw.meta))
        if result is not None and rdf.has_facts(result):
            quads(result, ex.gaz)
    pipeline.STAGES.update(stages)
    inner = sum(v for k, v in times.items() if k == "recognise (all)" or k.startswith("stage: "))
    times["the rest (sentences, gate, ...)"] = times["extract (all)"] - inner
    return len(raws), dict(times)


#: The stages of :func:`extraction_stages` that do not nest in another: their sum is the whole.
TOP_LEVEL = ("normalise (text)", "skip test (may_hold_facts)", "article (title, body, date)", "extract (all)", "RDF")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        print(json.dumps(timed_build([sys.argv[2]], sys.argv[3])))
    else:
        sys.exit("usage: python bench/stages.py build INPUT OUT")


if __name__ == "__main__":
    main()
