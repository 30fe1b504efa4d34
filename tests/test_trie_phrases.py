"""kg.extract.trie: a trie of phrases matches what their longest-first alternation matches."""

from __future__ import annotations

import re

from kg.extract.trie import trie_source

PHRASES = ["hợp tác", "hợp tác kinh tế", "hợp", "ký", "ký kết", "Ký kết", "MOU", "MoU", "a.b", "(x)"]
TEXTS = [
    "UBND tỉnh ký kết hợp tác kinh tế với tỉnh bạn; Ký kết MoU, MOU và hợp tác",
    "hợp tác kinh tếx hợp tácx hợp ký kếtx ký a.b a-b (x) (x)y",
    "",
]


def _alternation(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, phrases), key=len, reverse=True)) + r")(?!\w)")


def test_trie_phrases_match_the_spans_of_the_alternation():
    trie = re.compile(r"(?<!\w)" + trie_source(PHRASES) + r"(?!\w)")
    for text in TEXTS:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _alternation(PHRASES).finditer(text)]


def test_trie_phrases_embedded_in_a_larger_pattern_backtrack_the_same():
    trie = re.compile(rf"(?:{trie_source(PHRASES)})\s+(\w+)")
    alternation = re.compile(r"(?:" + "|".join(sorted(map(re.escape, PHRASES), key=len, reverse=True)) + r")\s+(\w+)")
    for text in TEXTS:
        assert [m.group(0, 1) for m in trie.finditer(text)] == [m.group(0, 1) for m in alternation.finditer(text)]


def test_trie_phrases_ignoring_case_find_what_the_alternation_finds():
    trie = re.compile(r"(?<!\w)" + trie_source(PHRASES) + r"(?!\w)", re.I)
    for text in [*TEXTS, "HỢP TÁC", "mou"]:
        assert bool(trie.search(text)) == bool(re.compile(_alternation(PHRASES).pattern, re.I).search(text))


def test_trie_phrases_of_none_match_nothing():
    assert re.compile(trie_source([])).search("anything") is None


def test_trie_phrases_at_a_word_start_match_what_a_lookbehind_matches():
    trie = re.compile(trie_source(PHRASES, word_start=True) + r"(?!\w)")
    for text in [*TEXTS, "xhợp tác", "ký\nký", "MOU"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _alternation(PHRASES).finditer(text)]
