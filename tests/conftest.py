from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import extract_graph
from kg.extract import Extractor
from kg.extract.extractor import sentences
from kg.io.reader import make_article, read_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "vnnews-2017.jsonl.gz"


@pytest.fixture(scope="session")
def seed_graph():
    graph, articles, errors = extract_graph([SEEDS])
    assert articles == 5 and errors == []
    return graph


@pytest.fixture(scope="session")
def extractor():
    return Extractor()


@pytest.fixture
def extract_text(extractor):
    """Extract a small article written for a test: title line, blank line, body."""

    def run(body: str, title: str = "Tin đối ngoại", date=None):
        import datetime as dt

        article = make_article(
            f"{title}\n\n{body}",
            identifier="test",
            source_file="test.txt",
            date=dt.date.fromisoformat(date) if date else None,
        )
        return extractor.extract(article)

    return run


def pairs(extraction) -> set[tuple[str, str]]:
    return {(p.province, p.partner) for p in extraction.partnerships}


def sentence_spans(texts):
    """Every sentence of the seeds, then each of ``texts`` whole, as (text, start, end)."""
    for article in read_articles([SEEDS]):
        for span in article.body:
            for s, e in sentences(article.text, span):
                yield article.text, s, e
    for text in texts:
        yield text, 0, len(text)
