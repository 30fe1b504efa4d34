"""Cue words from ``kg/data/cues.tsv``, compiled into word-bounded patterns.

A cue kind (``relation``, ``national``, ``event`` ...) maps each value
(``agreement``, ``talks`` ...) to one case-sensitive regular expression that
matches any of its phrases as whole words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..data import read_table
from ..text import normalise_text
from .trie import trie_source


def _written(phrases: list[str]) -> set[str]:
    """The phrases as the patterns match them: normalised, and each naming a document (kind ``document_noun``)
    also with that name capitalised ("ký Bản ghi nhớ", "trao Thỏa thuận hợp tác")."""
    normalised = {normalise_text(p) for p in phrases}
    for noun in _document_nouns():
        title = noun[0].upper() + noun[1:]
        normalised |= {re.sub(rf"(?<!\w){re.escape(noun)}", title, p) for p in normalised if noun in p}
    return normalised


def _compile(phrases: list[str]) -> re.Pattern[str]:
    """The phrases as whole words, the longest first where several match at one place.  They are written
    as a trie (:mod:`kg.extract.trie`), which matches what their longest-first alternation does and is
    scanned several times faster.  A document's name is often capitalised: see :func:`_written`."""
    normalised = _written(phrases)
    if not normalised:
        return re.compile(r"(?<!\w)(?:)(?!\w)")
    return re.compile(trie_source(normalised, word_start=True) + r"(?!\w)")


@lru_cache(maxsize=1)
def _document_nouns() -> tuple[str, ...]:
    return tuple(normalise_text(p.strip()) for row in read_table("cues.tsv") if row["kind"] == "document_noun"
                 for p in row["pattern"].split("|") if p.strip())


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, re.Pattern[str]]]:
    grouped: dict[str, dict[str, list[str]]] = {}
    for row in read_table("cues.tsv"):
        phrases = [p.strip() for p in row["pattern"].split("|") if p.strip()]
        grouped.setdefault(row["kind"], {}).setdefault(row["value"], []).extend(phrases)
    return {kind: {value: _compile(ps) for value, ps in values.items()} for kind, values in grouped.items()}


@cache
def starts(*kinds: str) -> re.Pattern[str]:
    """Where a phrase of any of ``kinds`` starts, its end unchecked: a quick test that a text holds none, before
    a slower pattern that opens with one of them.  It finds a superset of their patterns' starts."""
    return re.compile(trie_source(written(*kinds), word_start=True))


def written(*kinds: str) -> set[str]:
    """The phrases of ``kinds`` as their patterns match them (:func:`_written`)."""
    return set().union(*(_written(phrases(k)) for k in kinds))


@cache
def any_pattern(kind: str) -> re.Pattern[str]:
    """One pattern for every phrase of ``kind``: a cheap test before asking which value."""
    return _compile(phrases(kind))


def patterns(kind: str) -> dict[str, re.Pattern[str]]:
    """Value -> compiled pattern, in the order of the data file."""
    return _table().get(kind, {})


def pattern(kind: str) -> re.Pattern[str]:
    """One pattern for a kind whose rows have no distinct values (value "-")."""
    return _table()[kind]["-"]


def values_in(kind: str, text: str) -> list[str]:
    """The values of ``kind`` whose phrases occur in ``text``, in data order."""
    if not any_pattern(kind).search(text):
        return []
    return [value for value, rx in patterns(kind).items() if rx.search(text)]


def first_value(kind: str, text: str) -> str | None:
    """The first value (in data order) of ``kind`` found in ``text``."""
    if not any_pattern(kind).search(text):
        return None
    for value, rx in patterns(kind).items():
        if rx.search(text):
            return value
    return None


def leftmost_value(kind: str, text: str) -> str | None:
    """The value of ``kind`` whose phrase starts first in ``text``, the longer phrase where two start together:
    "đi xuất khẩu lao động" is labour abroad, not exports."""
    if not any_pattern(kind).search(text):
        return None
    best: tuple[int, int, str] | None = None
    for value, rx in patterns(kind).items():
        m = rx.search(text)
        if m and (best is None or (m.start(), -m.end()) < best[:2]):
            best = (m.start(), -m.end(), value)
    return best[2] if best else None


def last_act(kind: str, text: str) -> str | None:
    """The value of ``kind`` whose phrase starts last in ``text``, where a phrase that overlaps one starting before
    it is that one's tail: in "dự kiến ký kết" the plan ("dự kiến ký") is read, not the signing ("ký kết")."""
    if not any_pattern(kind).search(text):
        return None
    hits = sorted((m.start(), -m.end(), value) for value, rx in patterns(kind).items() for m in rx.finditer(text))
    best: tuple[int, int, str] | None = None
    for start, neg_end, value in hits:
        if best is None or start >= -best[1]:
            best = (start, neg_end, value)  # starts after the last one kept ends
    return best[2] if best else None


def last_value(kind: str, text: str) -> str | None:
    """The value of ``kind`` whose phrase occurs last in ``text`` (nearest to its end)."""
    if not any_pattern(kind).search(text):
        return None
    best: tuple[int, str] | None = None
    for value, rx in patterns(kind).items():
        for m in rx.finditer(text):
            if best is None or m.end() > best[0]:
                best = (m.end(), value)
    return best[1] if best else None


def phrases(kind: str) -> list[str]:
    """The phrases of a kind, as written in the data file."""
    return [p.strip() for row in read_table("cues.tsv") if row["kind"] == kind for p in row["pattern"].split("|") if p.strip()]
