"""Whether any of some phrases occurs in a text, case-insensitively, asked of the lower-cased text.

``re.IGNORECASE`` makes Python's engine fold case at every position it tries: the article-level test for a
province name (:meth:`kg.extract.gazetteer.Gazetteer.names_province`) scanned several times slower than a
case-sensitive pattern.  :class:`LoweredSearch` gives the same yes or no from the text lowered by
``str.lower`` and a case-sensitive pattern of the lowered phrases, wherever lowering agrees with the engine's
own comparison of characters:

* the engine compares a cased character of a phrase by its simple lower case (``_sre.unicode_tolower``), and
  an uncased one as it is.  For every character but "İ" (U+0130, lowered to two characters) ``str.lower`` of
  that one character is its simple lower case, no character lowers to an uncased one it is not, and lowering
  keeps whether a character is a word character (read by the boundary tests ``(?<!\\w)``, ``(?!\\w)``):
  ``tests/test_lowered_search.py`` checks these over all of Unicode;
* the engine also equates a few characters whose lower cases differ ("ı" with "i", "ſ" with "s", Greek and
  Cyrillic variants: ``re._casefix``), and ``str.lower`` lowers "Σ" by its neighbours (a final sigma).

So a text whose lowering keeps its length (no "İ") and holds none of those variants' lower cases but the
phrases' own is asked with the lowered pattern; any other text with the ``re.IGNORECASE`` one.  Lowering keeps
every character's place and word-ness, each phrase matches where its lower case does, and a regular
expression without atomic groups finds a match wherever one exists, so the answer is the same (which phrase
is found first may differ: only the yes or no is given).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable

from .trie import trie_source

_EQUATED: dict[int, tuple[int, ...]] | None  # the characters the engine equates beyond their simple lower case
try:  # CPython 3.11+
    _EQUATED = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - another Python: every text is asked with re.IGNORECASE
    _EQUATED = None


class LoweredSearch:
    """``bool(re.compile(r"(?<!\\w)(?:phrases)(?!\\w)", re.IGNORECASE).search(text))``, mostly faster."""

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = sorted(set(phrases))
        #: the pattern asked of a text the lowered one cannot answer for (and the definition of the answer)
        self.ignorecase = re.compile("(?<!\\w)" + trie_source(phrases) + "(?!\\w)", re.IGNORECASE)
        lowered = [p.lower() for p in phrases]
        own = {c for p in lowered for c in p}
        variants = {chr(c) for key, values in (_EQUATED or {}).items() for c in (key, *values)}
        usable = _EQUATED is not None and all(len(p) == len(q) for p, q in zip(phrases, lowered)) \
            and not any(chr(v) in own for c in own for v in (_EQUATED or {}).get(ord(c), ()))
        self._lowered = re.compile("(?<!\\w)" + trie_source(lowered) + "(?!\\w)") if usable else None
        foreign = sorted(variants - own)
        self._variants = re.compile("[" + "".join(map(re.escape, foreign)) + "]") if foreign else re.compile("(?!)")

    def search(self, text: str) -> bool:
        """Whether a phrase occurs in ``text`` as a whole word (or words), whatever its case."""
        if self._lowered is not None:
            low = text.lower()
            if len(low) == len(text) and not self._variants.search(low):
                return bool(self._lowered.search(low))
        return bool(self.ignorecase.search(text))
