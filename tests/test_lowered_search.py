"""kg.extract.lowered: the lowered, case-sensitive search answers as the re.IGNORECASE one."""

from __future__ import annotations

import re
import sys

import pytest

from kg.extract.lowered import LoweredSearch
from kg.io.reader import read_articles

from conftest import SEEDS

_WORD = re.compile(r"\w")


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="the engine's case folding is CPython's")
def test_lowering_one_character_is_the_engines_lower_case_and_keeps_word_characters():
    import _sre

    for i in range(0x110000):
        x = chr(i)
        low = x.lower()
        if len(low) != 1:
            assert x == "İ"  # its lowering changes the text's length: the text is asked with re.IGNORECASE
            continue
        assert ord(low) == _sre.unicode_tolower(i), hex(i)
        assert bool(_WORD.match(x)) == bool(_WORD.match(low)), hex(i)
        assert low == x or _sre.unicode_iscased(ord(low)), hex(i)  # nothing lowers to an uncased character


def test_lowered_search_answers_as_ignorecase(extractor):
    search = extractor.gaz._province_names()
    texts = [a.text for a in read_articles([SEEDS])] + [
        "Tỉnh QUẢNG NINH và tp.hcm", "HÀ NỘI", "hà nộix", "Đà Nẵng", "ĐÀ NẴNG", "xĐà Nẵng", "Trời mưa.", "",
        "LẠNG SƠN İ", "Lạng Sơn ſ", "ı Huế", "ΣΑΣ Huế", "Bıình Dương", "ſóc Trăng", "Sóc Trăng", "SÓC TRĂNG"]
    for text in texts:
        assert search.search(text) == bool(search.ignorecase.search(text)), text


def test_lowered_search_falls_back_on_the_engines_variants():
    search = LoweredSearch(["Sóc Trăng", "Sinh", "Bình"])
    texts = ["ſóc trăng", "SÓC TRĂNG", "sınh", "SINH", "ſinh", "BİNH", "bình", "BÌNH", "xsinh", "ΣΙΝΗ", "Sinh ς"]
    for text in texts:
        assert search.search(text) == bool(search.ignorecase.search(text)), text
    assert search.search("ſóc trăng") and search.search("sınh") and not search.search("xsinh")
    assert LoweredSearch(["ıi"])._lowered is None  # a phrase holding both of an equated pair: always re.IGNORECASE
