"""Benchmark: build the whole development corpus and query it; rdflib in memory is the baseline.

Reports, all measured in this one run on this machine:
  * the floor: reading, JSON-decoding and NFC-normalising the corpus in Python;
  * `kg build` of the corpus (wall time, articles/s, MB/s, peak RSS, triples) and its ratio to the floor;
  * an unchanged rebuild (incremental);
  * the Turtle export time;
  * the network page of a synthetic 5,000-node graph (generation time from its store, size) and the time
    headless Chromium takes to draw it (bench/browser.py; skipped without Chromium or Playwright);
  * each saved query's median latency in process on the Oxigraph store, as a whole `kg query`
    process, and on rdflib in memory (the baseline), with the speed-up as a ratio.

Example: python bench/run.py            (about two minutes)
         python bench/run.py --quick    (queries only, on an existing build in /tmp/kg-bench)
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews-2017.jsonl.gz"
PARAMS = {
    "partners_of": {"province": "Hà Nội"},
    "provinces_of": {"partner": "Hàn Quốc"},
    "agreement_status": {"province": "Hà Nội", "as_of": "2017-12-31"},
    "evidence": {"province": "Hà Nội"},
}


def floor_seconds(path: Path) -> tuple[float, int, int]:
    """Read, JSON-decode and NFC-normalise every article: the least any build must do."""
    start = time.perf_counter()
    n = chars = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = unicodedata.normalize("NFC", "\n\n".join(str(rec.get(k) or "") for k in ("title", "lead", "text")))
            n += 1
            chars += len(text)
    return time.perf_counter() - start, n, chars


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    return time.perf_counter() - start, done.stderr


def median_ms(fn, runs: int, limit: float | None = None) -> float:
    """Median wall time in ms; with ``limit`` (seconds) a run that takes longer is cut: inf."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        if limit:
            signal.signal(signal.SIGALRM, _too_slow)
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            fn()
        except _Cut:
            return float("inf")
        finally:
            if limit:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class _Cut(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` on the way swallows it."""


def _too_slow(signum, frame):
    raise _Cut


def rdflib_query(graph, name: str, params: dict[str, str]) -> int:
    """The baseline: a saved query on rdflib's own engine (kg itself runs every query on Oxigraph)."""
    from kg.graph.queries import bindings, find_query, with_values

    query = find_query(name)
    return len(list(graph.query(with_values(query.text, bindings(query, params)))))


def viz_large_seconds(nodes: int = 5000, runs: int = 3) -> tuple[float, float, float, int, str]:
    """Median seconds to generate the network page of a synthetic graph of ``nodes`` nodes (tests/test_viz_large.py)
    from an Oxigraph store, as a build does; the seconds to copy the rdflib graph into a store (what tests do first);
    the page's size in MB, its edges, and the page."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_viz_large import synthetic_graph

    from kg.page import network, viz

    graph = synthetic_graph(nodes)
    start = time.perf_counter()
    store = network.dataset(graph)
    copy = time.perf_counter() - start
    del graph
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        page, stats = viz.network_html(store)
        times.append(time.perf_counter() - start)
    return statistics.median(times), copy, len(page) / 1e6, stats.edges, page


def timed_build(source: Path, out: Path) -> dict:
    """``kg build`` in a child process (bench/stages.py) with its stages timed; the wall time is the child's."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "stages.py"), "build", str(source), str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"failed: build of {source}\n{done.stderr}")
    result = json.loads(done.stdout.splitlines()[-1])
    result["process"] = time.perf_counter() - start
    return result


def print_stages(title: str, times: dict[str, float], total: float) -> None:
    print(title)
    for name, seconds in times.items():
        print(f"  {name:40}{seconds:8.2f} s {100 * seconds / total:5.0f}%")


def corpus_copies(folder: Path, sizes: list[int]) -> dict[int, Path]:
    """The first ``n`` articles of the corpus repeated (copies get new ids and a line of their own, so
    each is a new article), one .jsonl.gz per size."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for n in sizes:
        path = folder / f"corpus-{n}" / CORPUS.name  # the corpus's own name: its articles are read as the same
        path.parent.mkdir()
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as g:
            for i in range(n):
                copy, line = divmod(i, len(lines))
                if copy:
                    rec = json.loads(lines[line])
                    rec["id"] = f"{rec.get('id')}-copy{copy}"
                    rec["text"] = f"{rec.get('text') or ''}\n\n(bản {copy})"
                    g.write(json.dumps(rec, ensure_ascii=False) + "\n")
                else:
                    g.write(lines[line])
        out[n] = path
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/kg-bench", help="build folder (replaced)")
    ap.add_argument("--quick", action="store_true", help="skip the builds; query an existing --out")
    ap.add_argument("--runs", type=int, default=9, help="runs per in-process query")
    ap.add_argument("--baseline-limit", type=int, default=60, help="seconds an rdflib query may take before it is cut")
    ap.add_argument("--no-scaling", action="store_true", help="skip the scaling table (its 100k build is long)")
    ap.add_argument("--sample", type=int, default=2000, help="articles whose extraction stages are timed")
    args = ap.parse_args()
    seconds, copy, megabytes, edges, page = viz_large_seconds()
    print(f"network page of a synthetic 5,000-node graph: {seconds:.2f} s (median of 3) from its store, "
          f"{megabytes:.1f} MB, {edges} edges (copying the rdflib graph into a store first: {copy:.2f} s)")
    from browser import draw_seconds

    with tempfile.TemporaryDirectory(prefix="kg-bench-page-") as tmp:
        html = Path(tmp) / "graph.html"
        html.write_text(page, encoding="utf-8")
        drawn, how = draw_seconds(html)
    print(f"  drawn by headless Chromium in {drawn:.2f} s ({how}, navigation to first frame)" if drawn is not None
          else f"  browser drawing time skipped: {how}")
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the benchmark builds the development corpus)")
        return
    out = Path(args.out)
    kg = [sys.executable, "-m", "kg"]
    size_mb = CORPUS.stat().st_size / 1e6

    if not args.quick:
        floor, n, chars = floor_seconds(CORPUS)
        print(f"floor (read + JSON + NFC): {floor:.2f} s for {n} articles, {chars / 1e6:.0f} M characters")
        built = timed_build(CORPUS, out)
        wall = built["process"]
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"kg build: {wall:.1f} s wall, {n / wall:.0f} articles/s, {size_mb / wall:.2f} MB/s (gzip), "
              f"peak RSS {rss:.0f} MiB, {wall / floor:.1f}x the floor")
        print(f"  {built['summary']}")
        print_stages("  where the build's time goes:", built["stages"], built["wall"])
        from stages import TOP_LEVEL, extraction_stages

        sample, stages = extraction_stages(CORPUS, args.sample)
        print_stages(f"  extraction's stages on {sample} articles, serially (a build runs them in one process per core):",
                     stages, sum(stages.get(name, 0.0) for name in TOP_LEVEL))
        again, _ = timed([*kg, "build", str(CORPUS), "--out", str(out)])
        print(f"kg build again (unchanged corpus): {again:.1f} s, {again / floor:.2f}x the floor")
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            copies = corpus_copies(Path(tmp), [n + 100] + ([] if args.no_scaling else [1000, 5000, 100_000]))
            shutil.copytree(out, Path(tmp) / "more-build")
            more, _ = timed([*kg, "build", str(copies[n + 100]), "--out", str(Path(tmp) / "more-build")])
            print(f"kg build with 100 articles added: {more:.1f} s, {more / floor:.2f}x the floor")
            if not args.no_scaling:
                print(f"{'articles':>9}{'build s':>9}{'ms/article':>12}{'x floor':>9}")
                for size in (1000, 5000, n, 100_000):
                    took = wall if size == n else timed_build(copies[size], Path(tmp) / "scale")["process"]
                    print(f"{size:9}{took:9.1f}{1000 * took / size:12.2f}{took / (floor * size / n):9.1f}")

    sys.path.insert(0, str(ROOT))
    from kg.graph.queries import load_graph, open_dataset, run_query, saved_queries
    from kg.graph.store import merged_turtle

    store = open_dataset(out)
    export = median_ms(lambda: merged_turtle(store), 3)
    print(f"Turtle export of the merged graph: {export / 1000:.2f} s")

    start = time.perf_counter()
    graph = load_graph(out)
    print(f"baseline: rdflib parses graph.ttl in {time.perf_counter() - start:.1f} s ({len(graph)} triples)")
    print(f"{'query':16}{'rows':>7}{'oxigraph ms':>13}{'process s':>11}{'rdflib ms':>11}{'speed-up':>10}")
    for name in saved_queries():
        params = PARAMS.get(name, {})
        rows = len(run_query(store, name, params).rows)
        ox_ms = median_ms(lambda name=name, params=params: run_query(store, name, params), args.runs)
        flags = [a for k, v in params.items() for a in ("--param", f"{k}={v}")]
        proc = statistics.median(timed([*kg, "query", name, "--graph", str(out), "--format", "csv", *flags])[0] for _ in range(3))
        rdf_ms = median_ms(lambda name=name, params=params: rdflib_query(graph, name, params), 3, limit=args.baseline_limit)
        if rdf_ms == float("inf"):
            print(f"{name:16}{rows:7}{ox_ms:13.1f}{proc:11.2f}{'> ' + str(args.baseline_limit) + ' s':>11}{'> ' + format(args.baseline_limit * 1000 / ox_ms, '.0f'):>9}x")
        else:
            print(f"{name:16}{rows:7}{ox_ms:13.1f}{proc:11.2f}{rdf_ms:11.0f}{rdf_ms / ox_ms:9.0f}x")


if __name__ == "__main__":
    main()
