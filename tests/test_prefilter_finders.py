"""kg.extract.prefilter: recognition that skips the finders the article's phrases rule out finds what it finds
without skipping, sentence by sentence (the seeds, the development sets and a sample of the corpus)."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest

from kg.extract import cues
from kg.extract.prefilter import BODIES, FIRMS, LOCALITIES, Prefilter
from kg.extract.segment import sentences
from kg.io.reader import make_article, read_articles

from conftest import CORPUS, ROOT, SEEDS

DEV = [ROOT / "tests" / "dev" / "synthetic.in.jsonl", ROOT / "tests" / "dev" / "synthetic2.in.jsonl"]


def _same_found(extractor, articles) -> int:
    rec, asked = extractor.rec, 0
    for article in articles:
        cues_at = rec.prefilter(article.text)
        for span in article.body:
            for s, e in sentences(article.text, span):
                full = rec.recognise(article.text, s, e, article.date, provinces=False)
                assert rec.recognise(article.text, s, e, article.date, provinces=False, cues_at=cues_at) == full
                asked += cues_at.firms(s, e) + cues_at.bodies(s, e) + cues_at.localities(s, e)
    return asked


def test_prefilter_finds_as_every_finder_asked(extractor):
    assert _same_found(extractor, read_articles([SEEDS, *DEV])) > 0


@pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} is absent (the development corpus is not in the repository)")
def test_prefilter_finds_as_every_finder_asked_corpus_sample(extractor):
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in islice(f, 300)]
    articles = [make_article(r["text"], identifier=str(i), source_file="corpus") for i, r in enumerate(rows) if r.get("text")]
    assert _same_found(extractor, articles) > 0


def test_prefilter_phrases_whole_inside_the_sentence(extractor):
    text = "Công ty Samsung. Tập đoàn Lotte và tỉnh Gyeonggi"
    at = extractor.rec.prefilter(text)
    assert at.firms(0, 16) and at.bodies(0, 16) and not at.localities(0, 16)
    assert not at.firms(1, 16) and not at.firms(17, 20)  # "ông ty", "Tập" alone: no head word
    assert at.localities(17, len(text)) and not at.localities(17, len(text) - 10)


def test_prefilter_asks_a_finder_whose_pattern_changed(extractor):
    rec = extractor.rec
    changed = Prefilter(rec.firms, cues.starts("company_head"), rec.unknown_localities).article("Trời mưa.")
    assert changed.holds(0, 9, BODIES) and not changed.holds(0, 9, FIRMS | LOCALITIES)


def test_prefilter_reads_the_cues_file():
    assert {"Công ty", "Tổ chức", "tỉnh"} <= cues.written("company_head", "ngo_head", "locality_cue")
