"""kg.extract.prefilter: recognition that skips the finders the article's phrases rule out finds what it finds
without skipping, sentence by sentence (the seeds, the development sets and a sample of the corpus)."""

from __future__ import annotations

import copy
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


def test_prefilter_asks_a_finder_whose_quick_tests_changed(extractor):
    rec = extractor.rec
    bodies = copy.copy(rec.bodies)
    bodies.heads = cues.starts("company_head")
    changed = Prefilter(rec.firms, bodies, rec.unknown_localities).article("Trời mưa.")
    assert changed.holds(0, 9, BODIES) and not changed.holds(0, 9, FIRMS | LOCALITIES)
    bodies = copy.copy(rec.bodies)
    bodies.other_heads = cues.starts("ngo_head")  # a quick test the prefilter does not know
    assert Prefilter(rec.firms, bodies, rec.unknown_localities).article("Trời mưa.").holds(0, 9, BODIES)
    assert not rec.prefilter("Trời mưa.").holds(0, 9, FIRMS | BODIES | LOCALITIES)


TEXTS = ["Hội Bạn bè Langbiang (Hà Lan) đã tặng 20 suất học bổng cho học sinh tỉnh Lâm Đồng.",
         "Mạng lưới Hỗ trợ Cộng đồng (Nhật Bản) ký biên bản với tỉnh Quảng Trị. Liên đoàn Lao động Thụy Điển (Thụy Điển) cũng dự.",
         "Công ty TNHH Kimin Power (Hàn Quốc) đầu tư vào tỉnh Bắc Ninh; Tổ chức Plan International hỗ trợ tỉnh.",
         "Ông Park Jong Koo, Thị trưởng thành phố Suwon, tỉnh Gyeonggi, Hàn Quốc; Chính phủ nhân dân thành phố Sùng Tả."]


def test_prefilter_finds_as_every_finder_asked_in_small_texts(extractor):
    articles = [make_article(f"Tin đối ngoại\n\n{text}", identifier=str(i), source_file="t") for i, text in enumerate(TEXTS)]
    assert _same_found(extractor, articles) > 0
    found = [extractor.rec.recognise(a.text, s, e, None, provinces=False, cues_at=extractor.rec.prefilter(a.text))
             for a in articles[:1] for span in a.body for s, e in sentences(a.text, span)]
    assert any("Langbiang" in entity.label for f in found for entity in f.new_entities.values())


def test_prefilter_reads_the_cues_file():
    assert {"Công ty", "Tổ chức", "tỉnh"} <= cues.written("company_head", "ngo_head", "locality_cue")
