"""kg.extract.gate: the build's gated extraction keeps every fact that the full extraction finds."""

from __future__ import annotations

import gzip
import json
from itertools import islice

import pytest

from kg.build import read_inputs
from kg.graph import rdf
from kg.io.reader import RawArticle, make_article
from kg.text import normalise

from conftest import CORPUS, SEEDS

SAMPLE = 300  # corpus articles compared: a few seconds


def _same_facts(extractor, raws: list[RawArticle]) -> int:
    kept = 0
    for raw in raws:
        article = make_article(raw.text, **raw.meta)
        full = extractor.extract(article)
        gated = extractor.extract_facts(article) if extractor.may_hold_facts(normalise(raw.text).text) else None
        if rdf.has_facts(full):
            kept += 1
            assert gated == full, article.identifier
        else:
            assert gated is None or not rdf.has_facts(gated), article.identifier
    return kept


def test_gate_conservative_seeds_keep_every_fact(extractor):
    raws, _errors, _warnings = read_inputs([SEEDS])
    assert _same_facts(extractor, raws) == len(raws)


@pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} is absent (the development corpus is not in the repository)")
def test_gate_conservative_corpus_sample_keeps_every_fact(extractor, tmp_path):
    # about one corpus article in forty has facts: the first few hundred hold several
    sample = tmp_path / "sample.jsonl.gz"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f, gzip.open(sample, "wt", encoding="utf-8") as g:
        for line in islice(f, SAMPLE):
            g.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    raws, _errors, _warnings = read_inputs([sample])
    assert _same_facts(extractor, raws) > 0
