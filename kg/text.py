"""Unicode normalisation that keeps character offsets, and matching keys.

Articles mix decomposed and composed Unicode and two tone-mark conventions
(``hoà``/``hòa``, ``thuỷ``/``thủy``).  :func:`normalise` turns text into NFC
with the old convention used by official names, and returns a map from each
character of the result to its offset in the original, so evidence offsets
always point into the text as it was read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Tone marks in the "new" position (on the second vowel) moved to the old one.
_TONED = {
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
    "o": "òóỏõọ",
    "u": "ùúủũụ",
}
_SWAP: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _tone in range(5):
        for _case in (str.lower, str.upper):
            new = _case(_first) + _case(_TONED[_second][_tone])
            old = _case(_TONED[_first][_tone]) + _case(_second)
            _SWAP[new] = old
        # mixed case such as "Oà" at the start of a capitalised word
        _SWAP[_first.upper() + _TONED[_second][_tone]] = _TONED[_first][_tone].upper() + _second
# Only at the end of a syllable ("hoàn" keeps its mark) and never after "q"
# ("quý" is the same in both conventions).  The pattern is two character classes, which the
# regular-expression engine scans far faster than an alternation of the 60 pairs; :func:`_swap`
# keeps a pair that is not in the table, or that follows "q", as it is.  Nothing is lost by
# consuming such a pair: a pair's second character (a toned a, e or y) never starts another.
_TONE_RE = re.compile(
    "[" + "".join(sorted({k[0] for k in _SWAP})) + "][" + "".join(sorted({k[1] for k in _SWAP})) + r"](?!\w)"
)


def _swap(m: re.Match[str]) -> str:
    pair = m.group()
    start = m.start()
    if start and m.string[start - 1] in "qQ":
        return pair
    return _SWAP.get(pair, pair)


@dataclass(frozen=True)
class Normalised:
    """Normalised text and, when it differs in length, the offset map."""

    text: str
    #: ``origin[i]`` is the offset in the original of ``text[i]``; ``None``
    #: when the two are aligned one to one.
    origin: tuple[int, ...] | None = None

    def original_offset(self, i: int) -> int:
        """Offset in the original text of position ``i`` of the normalised text."""
        if self.origin is None:
            return i
        if i >= len(self.origin):
            return (self.origin[-1] + 1) if self.origin else 0
        return self.origin[i]


def _nfc_with_map(raw: str) -> tuple[str, tuple[int, ...] | None]:
    if unicodedata.is_normalized("NFC", raw):
        return raw, None
    out: list[str] = []
    origin: list[int] = []
    start = 0
    # a base character and the combining marks after it compose together
    for m in re.finditer(r".[\u0300-\u036f\u0323]*", raw, re.S):
        start = m.start()
        composed = unicodedata.normalize("NFC", m.group())
        out.append(composed)
        origin.extend([start] * len(composed))
    text = "".join(out)
    return text, tuple(origin)


def normalise(raw: str) -> Normalised:
    """NFC plus old-style tone marks, with an offset map back to ``raw``."""
    text, origin = _nfc_with_map(raw)
    text = _TONE_RE.sub(_swap, text)  # 2 chars -> 2 chars
    return Normalised(text, origin)


def normalise_text(raw: str) -> str:
    """Just the normalised string (for names and data files)."""
    return normalise(raw).text


_STRIP = str.maketrans({"đ": "d", "Đ": "D"})


def strip_accents(s: str) -> str:
    """Remove Vietnamese diacritics, keeping length (đ -> d)."""
    decomposed = unicodedata.normalize("NFD", s.translate(_STRIP))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(s: str) -> str:
    """Matching key: no diacritics, lower case, no spaces, hyphens, dots or apostrophes."""
    return re.sub(r"[\s\-‐‑–.'’`]+", "", strip_accents(normalise_text(s)).lower())


def match_key(s: str) -> str:
    """Gazetteer matching key: lower case, no spaces, hyphens, dots or apostrophes, diacritics kept.

    "Bô-ly-khăm-xay" and "Bôlykhămxay" meet, but "Diễn biến" never becomes
    "Điện Biên": Vietnamese names are written with their diacritics.
    """
    return re.sub(r"[\s\-‐‑–.'’`]+", "", normalise_text(s)).lower()


def slug(s: str) -> str:
    """ASCII slug for IRIs: ``"Xê Kông"`` -> ``"xe-kong"``."""
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(normalise_text(s)).lower()).strip("-")
