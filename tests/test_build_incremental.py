"""Incremental, parallel and store-backed builds give the same graph as a fresh serial build."""

import shutil

from conftest import SEEDS

import kg.build as kb
import kg.buildworkers as kw
from kg.graph.queries import open_dataset, run_query


def _seeds_copy(tmp_path, name="in"):
    folder = tmp_path / name
    shutil.copytree(SEEDS, folder)
    return folder


def test_build_incremental_reextracts_only_changed_and_drops_removed(tmp_path):
    src = _seeds_copy(tmp_path)
    out = tmp_path / "out"
    first = kb.build([src], out, jobs=1)
    assert (first.articles, first.extracted, first.removed) == (5, 5, 0)

    (src / "003_c03bc3c54d892530.txt").unlink()  # the Thanh Hóa article, the only one naming Tula
    edited = src / "004_3986a2382bbef8d8.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Gifu, ", ""), encoding="utf-8")
    second = kb.build([src], out, jobs=1)
    assert (second.articles, second.extracted, second.removed) == (4, 1, 2)

    store = open_dataset(out)
    partners = {r[1] for r in run_query(store, "partners").rows}
    assert "Tula" not in partners and "Gifu" not in partners and "Niigata" in partners

    fresh = tmp_path / "fresh"
    kb.build([src], fresh, jobs=1)
    assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()


def test_build_unchanged_rebuild_extracts_nothing(tmp_path):
    out = tmp_path / "out"
    kb.build([SEEDS], out, jobs=1)
    before = (out / "graph.ttl").read_bytes()
    again = kb.build([SEEDS], out, jobs=1)
    assert again.extracted == 0 and again.articles == 5
    assert (out / "graph.ttl").read_bytes() == before


def test_build_parallel_equals_serial(tmp_path, monkeypatch):
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    kb.build([SEEDS], serial, jobs=1)
    monkeypatch.setattr(kw, "PARALLEL_FROM", 0)  # use worker processes even for five articles
    kb.build([SEEDS], parallel, jobs=2)
    assert (serial / "graph.ttl").read_bytes() == (parallel / "graph.ttl").read_bytes()


def test_build_query_reads_the_store_not_the_turtle(tmp_path):
    out = tmp_path / "out"
    kb.build([SEEDS], out, jobs=1)
    (out / "graph.ttl").unlink()
    rows = run_query(open_dataset(out), "agreements", {"province": "Thanh Hóa"}).rows
    assert len(rows) == 5


def test_build_one_named_graph_per_article(tmp_path):
    from kg.graph.export import export

    out = tmp_path / "out"
    kb.build([SEEDS], out, jobs=1)
    trig = export(out, "trig").decode("utf-8")
    graphs = {line.split()[0] for line in trig.splitlines() if line.endswith("{")}
    articles = {g for g in graphs if "/article/" in g}
    assert len(articles) == 5
    assert "<https://w3id.org/vnkg/id/graph/entities>" in graphs


def test_build_articles_without_facts_keep_the_outputs_without_whole_graph_work(tmp_path, monkeypatch):
    from kg.graph import derive

    src = _seeds_copy(tmp_path)
    out = tmp_path / "out"
    kb.build([src], out, jobs=1)
    ttl, html = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    calls = []
    real = derive.refresh
    monkeypatch.setattr(derive, "refresh", lambda store: calls.append(1) or real(store))

    (src / "weather.txt").write_text("Thời tiết\n\nTrời nắng đẹp suốt tuần, gió nhẹ.\n", encoding="utf-8")
    added = kb.build([src], out, jobs=1)
    assert (added.articles, added.extracted, calls) == (6, 1, [])  # read and stored, but no fact: nothing to derive
    assert (out / "graph.ttl").read_bytes() == ttl and (out / "graph.html").read_bytes() == html
    assert kb.build([src], out, jobs=1).extracted == 0  # the carried outputs are recorded as this build's

    (src / "weather.txt").unlink()
    removed = kb.build([src], out, jobs=1)
    assert (removed.removed, calls) == (1, [])
    assert (out / "graph.ttl").read_bytes() == ttl

    (src / "003_c03bc3c54d892530.txt").unlink()  # an article with facts: the whole graph is made again
    kb.build([src], out, jobs=1)
    assert calls == [1] and b"Tula" in ttl and b"Tula" not in (out / "graph.ttl").read_bytes()
    fresh = tmp_path / "fresh"
    kb.build([src], fresh, jobs=1)
    assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()


def test_build_few_articles_go_to_the_worker_warmed_while_reading(tmp_path, monkeypatch):
    import os

    pids = tmp_path / "pids"
    real = kw._extract_one

    def recorded(raw):
        with open(pids, "a") as f:
            f.write(f"{os.getpid()}\n")
        return real(raw)

    monkeypatch.setattr(kw, "_extract_one", recorded)  # before the warm worker forks: it inherits this
    kb.build([SEEDS], tmp_path / "warm", jobs=2)
    workers = set(pids.read_text().split())
    assert len(pids.read_text().split()) == 5 and workers and str(os.getpid()) not in workers
    pids.unlink()
    kb.build([SEEDS], tmp_path / "serial", jobs=1)  # one job: extracted here, no worker
    assert set(pids.read_text().split()) == {str(os.getpid())}
    assert (tmp_path / "warm" / "graph.ttl").read_bytes() == (tmp_path / "serial" / "graph.ttl").read_bytes()


def test_build_reads_written_by_other_code_are_dropped_once_the_warm_worker_says_so(tmp_path, monkeypatch):
    """With a warm worker, the reads file is taken as of this code while the worker works out the fingerprint;
    when the worker's differs, the input is read again in full and every article extracted again."""
    import gzip
    import json

    from kg.graph import store as st

    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        for path in sorted(SEEDS.glob("*.txt")):
            f.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    first = kb.build([src], out, jobs=2)
    assert kb._reads_fingerprint(out / "reads.json") == st.fingerprint()
    assert kb.build([src], out, jobs=2).extracted == 0  # the guess holds: nothing read again, nothing extracted
    monkeypatch.setattr(st, "fingerprint", lambda: "f" * 16)  # other code (inherited by the forked warm worker)
    again = kb.build([src], out, jobs=2)
    assert again.extracted == again.articles == first.articles
    assert kb._reads_fingerprint(out / "reads.json") == "f" * 16
    fresh = tmp_path / "fresh"
    kb.build([src], fresh, jobs=1)
    assert (out / "graph.ttl").read_bytes() == (fresh / "graph.ttl").read_bytes()
