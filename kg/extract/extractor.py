"""The extractor: the gazetteer and the compiled cue patterns its stages share.

:meth:`Extractor.extract` runs the stages of :mod:`kg.extract.pipeline` on one article.
"""

from __future__ import annotations

import re

from ..model import Article, Evidence, Extraction
from . import cues, gate, pipeline
from .clauses import ClauseLinker
from .document import RefYear, Sentence
from .gazetteer import Gazetteer, gazetteer
from .officials import Officials
from .pairing import Pairing
from .recognise import Recogniser
from .segment import sentences
from .trie import trie_source

__all__ = ["Extractor", "RefYear", "Sentence", "extract", "sentences"]


class Extractor:
    """Reads articles into :class:`kg.model.Extraction` records."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.rec = Recogniser(self.gaz)
        self.national = cues.pattern("national")  # the nation's own actors: Thủ tướng, Quốc hội ...
        self.national_weak = cues.pattern("national_weak")  # the nation as a topic: "cả nước", "đất nước"
        self.actor = cues.pattern("actor")
        self.pair = cues.pattern("pair")
        self.pairing = Pairing()
        self.officials = Officials()
        self.off_topic_title = re.compile(cues.pattern("off_topic_title").pattern, re.IGNORECASE)
        self.office = cues.pattern("office")  # a province's authorities: "UBND", "Tỉnh ủy", "Sở" ...
        # the province is the subject of a relation verb: "TP HCM cũng sẽ hợp tác với thành phố Osaka"
        self.subject_of_link = re.compile(
            rf"\s+(?:(?:đã|sẽ|cũng|đang|tiếp tục|luôn|vừa|mới)\s+){{0,3}}(?:{cues.any_pattern('link').pattern})\s+(?:với|cùng)(?!\w)")
        self.topic = re.compile(cues.pattern("relations_topic").pattern, re.IGNORECASE)
        self.authority = re.compile(rf"(?:{cues.pattern('office').pattern}|đoàn|Đoàn|Ban|tỉnh|Tỉnh|thành phố|Thành phố|TP)"
                                    rf"\s*(?:tỉnh|thành phố|TP\.?)?\s*\S*\s*\S*$|^(?:tỉnh|Tỉnh|thành phố|Thành phố|TP)")
        self.clause_linker = ClauseLinker(self.pairing)
        # an article naming no province may still give Vietnam's own figures ("thương mại hai chiều Việt Nam – Đức")
        # (a trie, scanned faster than the alternation "(?<!\w)(?:Việt Nam|nước ta|hai nước|song phương)(?!\w)")
        self.national_figures = re.compile(trie_source(("Việt Nam", "nước ta", "hai nước", "song phương"), word_start=True) + r"(?!\w)")
        self.attend = cues.pattern("attendance")
        self.licence = cues.pattern("licence")
        self.actor_verb = re.compile(rf"\s*,?\s*(?:{cues.pattern('actor_verb').pattern})")

    def evidence(self, article: Article, start: int, end: int) -> Evidence:
        norm = article.norm
        raw_start = norm.original_offset(start)
        raw_end = norm.original_offset(end - 1) + 1 if end > start else raw_start
        return Evidence(article.id, raw_start, raw_end, article.text[start:end].strip())

    def may_hold_facts(self, text: str) -> bool:
        """Whether the article's (normalised) text names a province or gives a national figure: without
        either, :meth:`extract` finds nothing and reads no further."""
        return bool(self.gaz.names_province(text) or (
            self.national_figures.search(text) and ("đầu tư" in text or cues.any_pattern("indicator").search(text))))

    def extract(self, article: Article) -> Extraction:
        if not self.may_hold_facts(article.text):
            return Extraction(article=article, subject=None)  # no province named and no national figure
        return pipeline.run(self, article)

    def extract_facts(self, article: Article) -> Extraction | None:
        """:meth:`extract` for a reader that keeps only facts (the build): None, without the costly stages,
        for an article that can yield none (:mod:`kg.extract.gate`); else what :meth:`extract` returns."""
        if not self.may_hold_facts(article.text):
            return None
        return pipeline.run_gated(self, article, gate.hopeful, gate.hopeful_before_provinces)



_DEFAULT: Extractor | None = None


def extract(article: Article) -> Extraction:
    """Extract one article with the default gazetteer."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(article)
