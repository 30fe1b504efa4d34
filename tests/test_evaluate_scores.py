"""kg eval: exact scores on a small gold written for the test, and the development set's floor."""

import json

import pytest
from conftest import CORPUS, ROOT, SEEDS

import kg.build as kb
from kg.evaluate import evaluate
from kg.graph.queries import open_dataset


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    kb.build([SEEDS], out, jobs=1)
    return open_dataset(out)


def test_evaluate_exact_counts_on_a_small_gold(seeds_store, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({
            "id": "003_c03bc3c54d892530", "kind": "relations",
            "partnerships": [
                {"province": "Thanh Hóa", "partner": "Hủa Phăn"},
                {"province": "Thanh Hóa", "partner": "Houaphanh"},  # the same partner by another name: one match only
                {"province": "Thanh Hóa", "partner": "Tula"},
                {"province": "Thanh Hóa", "partner": "Paris"},  # not in the article: a miss
            ],
            "agreements": [{"province": "Thanh Hóa", "partner": "Hủa Phăn", "status": "signed", "period": "2021-2025"}],
            "events": [], "indicators": [{"scope": "Thanh Hóa", "type": "workers_abroad", "value": 46101, "unit": "person"}],
        }, ensure_ascii=False) + "\n"
        + json.dumps({"id": "002_8466d6ebfbad8cfd", "kind": "trap", "partnerships": [], "agreements": [], "events": [], "indicators": []}) + "\n",
        encoding="utf-8",
    )
    report = evaluate(gold, seeds_store)
    p = report.scores["partnerships"]
    assert (p.tp, p.fn) == (2, 2)
    assert p.fp > 0  # the article names more partners than this gold lists
    assert report.scores["agreements"].tp == 1
    assert report.scores["indicators"].tp == 1
    assert report.trap_articles == 1 and report.trap_false_finds > 0  # 002 does have partnerships


def test_evaluate_body_named_with_its_office_place(seeds_store, tmp_path):
    # "X tại Y" in the gold is X, wherever the reader placed it: "Hủa Phăn tại Lào" is Hủa Phăn
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "003_c03bc3c54d892530", "kind": "relations",
        "partnerships": [{"province": "Thanh Hóa", "partner": "Hủa Phăn tại Lào"}],
        "agreements": [], "events": [], "indicators": []}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert evaluate(gold, seeds_store).scores["partnerships"].tp == 1


def test_evaluate_rejects_a_gold_line_without_id(seeds_store, tmp_path):
    from kg.errors import KgError

    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"kind": "trap"}\n', encoding="utf-8")
    with pytest.raises(KgError, match="bad.jsonl:1"):
        evaluate(gold, seeds_store)


def _build_corpus_set(tmp_path, gold_name: str, expected: int):
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from devset import write_devset

    gold = ROOT / "tests" / "dev" / gold_name
    articles = tmp_path / "articles.jsonl"
    assert write_devset(articles, gold=gold) == expected
    kb.build([articles], tmp_path / "graph", jobs=1)
    return evaluate(gold, open_dataset(tmp_path / "graph"))


@pytest.mark.skipif(not CORPUS.exists(), reason="the development set's texts are read from ../shared/corpus, which is absent")
def test_evaluate_devset_floor(tmp_path):
    report = _build_corpus_set(tmp_path, "gold.jsonl", 45)
    partnerships = report.scores["partnerships"]
    # a floor that catches regressions; the figures are reported in the README
    assert partnerships.precision >= 0.80 and partnerships.recall >= 0.75
    assert report.trap_false_finds == 0
    # the articles are dated (the crawl's end), as real input is: a day and month resolve to 2017
    assert report.scores["events"].recall >= 0.70 and report.scores["events"].tp >= 12


@pytest.mark.skipif(not CORPUS.exists(), reason="the held-out set's texts are read from ../shared/corpus, which is absent")
def test_evaluate_heldout_traps_give_no_partnership(tmp_path):
    report = _build_corpus_set(tmp_path, "heldout.jsonl", 40)
    assert report.trap_articles == 15 and report.trap_false_finds == 0
    # its reader names a parliament's visiting leader by the country ("Cuba"); kg names the parliament ("Quốc hội
    # Cuba"), as issue 11 asks, so four visits score as a miss and a false find each
    assert report.scores["partnerships"].precision >= 0.75 and report.scores["partnerships"].recall >= 0.45


def test_evaluate_seeds_against_their_independent_annotation(seeds_store):
    report = evaluate(ROOT / "tests" / "dev" / "seeds_gold.jsonl", seeds_store)
    partnerships = report.scores["partnerships"]
    assert partnerships.tp + partnerships.fn == 75  # the annotation lists 75 province-partner pairs
    assert partnerships.precision >= 0.85 and partnerships.recall >= 0.85


@pytest.mark.skipif(not CORPUS.exists(), reason="the blind set's texts are read from ../shared/corpus, which is absent")
def test_evaluate_blind_set_floor(tmp_path):
    report = _build_corpus_set(tmp_path, "blind.jsonl", 40)
    assert report.trap_articles == 15 and report.trap_false_finds == 0
    assert report.scores["partnerships"].precision >= 0.75 and report.scores["partnerships"].recall >= 0.45


@pytest.mark.skipif(not CORPUS.exists(), reason="the fourth session's blind sets are read from ../shared/corpus, which is absent")
def test_evaluate_fourth_session_blind_sets_floor(tmp_path):
    # blind2 (240 articles, mostly traps) was read after its first measurement; blind3 and blind4 were not
    # read before the session's last measurement (figures in the README)
    wide = _build_corpus_set(_fresh(tmp_path / "b2"), "blind2.jsonl", 240)
    assert wide.trap_articles == 231 and wide.trap_false_finds <= 2
    assert wide.scores["indicators"].precision >= 0.5 and wide.scores["indicators"].recall >= 0.5
    assert wide.scores["events"].fp == 0
    narrow = _build_corpus_set(_fresh(tmp_path / "b3"), "blind3.jsonl", 80)
    assert narrow.trap_articles == 76 and narrow.trap_false_finds <= 1
    relations = _build_corpus_set(_fresh(tmp_path / "b4"), "blind4.jsonl", 80)
    assert relations.scores["partnerships"].precision >= 0.65 and relations.scores["partnerships"].recall >= 0.45
    assert relations.trap_false_finds <= 2


def _fresh(path):
    path.mkdir()
    return path


@pytest.mark.skipif(not CORPUS.exists(), reason="the fifth session's blind set is read from ../shared/corpus, which is absent")
def test_evaluate_fifth_session_blind_set_floor(tmp_path):
    # measured once unread at the session's start: pairs 0.60 / 0.33, 2 partnerships on traps (main README)
    report = _build_corpus_set(tmp_path, "blind5.jsonl", 120)
    assert report.trap_articles == 108 and report.trap_false_finds <= 2
    assert report.scores["partnerships"].precision >= 0.55 and report.scores["partnerships"].recall >= 0.30
    assert report.scores["agreements"].tp == 1


@pytest.mark.skipif(not CORPUS.exists(), reason="the sixth session's blind set is read from ../shared/corpus, which is absent")
def test_evaluate_sixth_session_blind_set_floor(tmp_path):
    # measured once unread at the session's start: pairs 0.67 / 0.29, 1 partnership on a trap (main README)
    report = _build_corpus_set(tmp_path, "blind6.jsonl", 120)
    assert report.trap_articles == 114 and report.trap_false_finds == 0
    assert report.scores["partnerships"].precision >= 0.60 and report.scores["partnerships"].recall >= 0.25
    assert report.scores["indicators"].recall >= 0.85


def test_evaluate_synthetic_2023_2026_set_floor(tmp_path):
    # 43 articles written for kg by two helpers who never ran it, in the style of 2023-2026 provincial news (their
    # texts ship in tests/dev, unlike the corpus's); at the sixth session's start: pairs 0.84 / 0.55, agreements
    # 0.77 / 0.28 (README)
    dev = ROOT / "tests" / "dev"
    kb.build([dev / "synthetic.in.jsonl"], tmp_path / "graph", jobs=1)
    report = evaluate(dev / "synthetic.jsonl", open_dataset(tmp_path / "graph"))
    assert report.trap_articles == 14 and report.trap_false_finds <= 1
    assert report.scores["partnerships"].precision >= 0.85 and report.scores["partnerships"].recall >= 0.78
    assert report.scores["agreements"].recall >= 0.60 and report.scores["events"].recall >= 0.60


def test_evaluate_second_synthetic_set_floor(tmp_path):
    # 48 more articles written for kg in the seventh session by four helpers who never ran it; measured once before
    # anyone read them (README: pairs 0.79 / 0.67 at the session's start), then the first 36 were read
    dev = ROOT / "tests" / "dev"
    kb.build([dev / "synthetic2.in.jsonl"], tmp_path / "graph", jobs=1)
    report = evaluate(dev / "synthetic2.jsonl", open_dataset(tmp_path / "graph"))
    assert report.trap_articles == 16 and report.trap_false_finds == 0
    assert report.scores["partnerships"].precision >= 0.85 and report.scores["partnerships"].recall >= 0.76
    assert report.scores["agreements"].recall >= 0.55 and report.scores["events"].recall >= 0.72
    assert report.scores["indicators"].precision >= 0.85 and report.scores["indicators"].recall >= 0.78


def test_evaluate_third_synthetic_set_floor(tmp_path):
    # 48 articles written for kg in the eighth session by four helpers who never ran it; measured once before anyone
    # read them (README: pairs 0.74 / 0.68 at the session's start), then the first 36 were read
    dev = ROOT / "tests" / "dev"
    kb.build([dev / "synthetic3.in.jsonl"], tmp_path / "graph", jobs=1)
    report = evaluate(dev / "synthetic3.jsonl", open_dataset(tmp_path / "graph"))
    assert report.trap_articles == 16 and report.trap_false_finds <= 1
    assert report.scores["partnerships"].precision >= 0.80 and report.scores["partnerships"].recall >= 0.78
    assert report.scores["agreements"].recall >= 0.50 and report.scores["events"].recall >= 0.82
    assert report.scores["indicators"].precision >= 0.85 and report.scores["indicators"].recall >= 0.75
