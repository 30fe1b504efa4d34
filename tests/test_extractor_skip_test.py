"""The article-level tests (Extractor.may_hold_facts, gate.may_hold_figures), written to scan faster, answer as
their plain alternations do."""

from __future__ import annotations

import re
from pathlib import Path

from kg.extract import cues, gate
from kg.extract.extractor import Extractor
from kg.extract.facts import INTO_VIETNAM
from kg.io.reader import read_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEXTS = ["Kim ngạch xuất khẩu của Việt Nam sang Đức đạt 2 tỷ USD.", "Nước ta thu hút đầu tư nước ngoài.",
         "hai nướcx song phương", "xViệt Nam và đầu tư", "Dự án đầu tư của Ấn Độ vào Việt Nam", "đầu tư vào Việt Namx",
         "Ký 3 THỎA THUẬN", "Trời mưa to ở vùng núi.", ""]
_NATIONAL = re.compile(r"(?<!\w)(?:Việt Nam|nước ta|hai nước|song phương)(?!\w)")


def _texts() -> list[str]:
    return [a.text for a in read_articles([SEEDS])] + TEXTS


def test_extractor_skip_test_answers_as_the_alternation():
    ex = Extractor()
    for text in _texts():
        plain = bool(ex.gaz.province_pattern.search(text) or (
            _NATIONAL.search(text) and (cues.any_pattern("indicator").search(text) or "đầu tư" in text)))
        assert ex.may_hold_facts(text) == plain, text
        assert bool(ex.national_figures.search(text)) == bool(_NATIONAL.search(text)), text


def test_extractor_skip_test_figures_answer_as_before():
    for text in _texts():
        plain = bool(gate._indicator_phrases().search(text) or gate._AGREEMENT_UNIT.search(text) or INTO_VIETNAM.search(text))
        assert gate.may_hold_figures(text) == plain, text
