"""Find the article proper inside a page's text.

News pages carry furniture: related-article lists after "Đọc thêm", comment
forms, weather widgets, image file names and captions repeated without
diacritics.  Facts in those parts must not enter the graph.  The markers are
data (``kg/data/furniture.tsv``); this module only applies them and returns
the spans of text that remain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import read_table
from ..text import strip_accents

_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Markers:
    cut: frozenset[str]
    cut_prefix: tuple[str, ...]
    line: frozenset[str]
    line_regex: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def markers() -> Markers:
    rows = read_table("furniture.tsv")
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row["pattern"])
    return Markers(
        cut=frozenset(p.casefold() for p in by_kind.get("cut", [])),
        cut_prefix=tuple(p.casefold() for p in by_kind.get("cut_prefix", [])),
        line=frozenset(p.casefold() for p in by_kind.get("line", [])),
        line_regex=tuple(re.compile(p, re.I) for p in by_kind.get("line_regex", [])),
    )


def _is_unaccented_duplicate(line: str) -> bool:
    """A caption repeated without diacritics ("tang cuong hoat dong doi ngoai ...")."""
    words = line.split()
    if len(words) < 4 or line != line.lower():
        return False
    return line == strip_accents(line) and line.isascii()


def _is_byline(line: str) -> bool:
    """A short capitalised line such as an author's name right before a cut."""
    words = line.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and not line.endswith(".")


def body_spans(text: str, title: str | None = None) -> tuple[tuple[int, int], ...]:
    """Spans (start, end) of the lines of ``text`` that belong to the article."""
    m = markers()
    kept: list[tuple[int, int]] = []
    seen_title = False
    for match in _LINE.finditer(text):
        start, _end = match.span()
        raw = match.group()
        line = raw.strip()
        if not line:
            continue
        key = line.casefold()
        if key in m.cut or any(key.startswith(p) for p in m.cut_prefix):
            if kept and _is_byline(text[kept[-1][0] : kept[-1][1]].strip()):
                kept.pop()
            break
        if key in m.line or any(r.match(line) for r in m.line_regex):
            continue
        if _is_unaccented_duplicate(line):
            continue
        if title and line == title:
            if seen_title:  # the title repeated as a photo caption
                continue
            seen_title = True
        lead = len(raw) - len(raw.lstrip())
        kept.append((start + lead, start + lead + len(line)))
    return tuple(kept)
