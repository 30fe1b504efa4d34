"""kg.extract.cues.starts: the quick test before the head-word patterns finds every place one can start, so
firms and bodies found with it are those found without it."""

from __future__ import annotations

import re

from conftest import sentence_spans

from kg.extract import cues
from kg.extract.extractor import Extractor

KINDS = ("company_head", "ngo_head", "foreign_school_head")
TEXTS = ["Tập đoàn Keppel (Singapore) và Quỹ Toyota Mobility Foundation (TMF) hỗ trợ tỉnh.",
         "Hiệp hội INTERKULTUR (CHLB Đức), Đại học Cambridge (Anh), trường Đại học Quốc gia Kyungpook.",
         "xTập đoàn, Công tyx, tổ chức C40 (tổ chức các thành phố trên thế giới), Cty BS Heidelberg Solar GmbH."]


def _spans():
    return sentence_spans(TEXTS)


def test_cues_starts_find_every_start_of_the_kinds_patterns():
    quick = cues.starts(*KINDS)
    for text, s, e in _spans():
        for kind in KINDS:
            for m in cues.pattern(kind).finditer(text, s, e):
                assert quick.match(text, m.start(), e), (kind, m.group())


def test_cues_starts_firms_and_bodies_are_found_as_without_the_quick_test():
    ex = Extractor()
    rec = ex.rec
    spans = list(_spans())

    def found() -> list:
        out = []
        for text, s, e in spans:
            matches = list(ex.gaz.find(text, s, e))
            out.append([(a, b, x.key) for a, b, x in rec.firms.find(text, s, e, matches, set())])
            out.append([(a, b, x.key) for a, b, x in rec.bodies.find(text, s, e, matches, set())])
        return out

    quick = found()
    rec.firms.heads = rec.bodies.heads = re.compile("")  # matches everywhere: no sentence is skipped
    assert found() == quick
    assert sum(map(len, quick)) >= 5
