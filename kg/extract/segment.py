"""The first stage: an article's body cut into sentences.

A sentence ends at ".", "!", "?" or "…" before a capital or a digit, unless the dot ends an
abbreviation ("TP.", "ông.", "1."); a photo caption's " * " also ends one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREV = re.compile(r"(?:\b(?:TP|Q|TS|ThS|PGS|GS|Tp|St|Mr|Mrs|Dr|ông|bà|P|TX|H|Co|Ltd|Inc|Corp|Pte|Bhd)\.|(?<![\w.,/-])\d{1,2}\.)$")
#: How far back :data:`_ABBREV` can reach from a break (its lookbehind and "\\b" see before that anyway).
_ABBREV_REACH = 8
_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?:\*\s+)?(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|\s+\*\s+(?=[A-ZĐÀ-Ỹ])")


def sentences(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """Sentence spans inside one paragraph span."""
    start, end = span
    cur = start
    for m in _SPLIT.finditer(text, start, end):
        # an abbreviation is at most four characters and ends at the break: look at the last few only
        if _ABBREV.search(text, max(cur, m.start() - _ABBREV_REACH), m.start()):
            continue
        yield cur, m.start()
        cur = m.end()
    if cur < end:
        yield cur, end
