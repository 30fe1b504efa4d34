"""Work done once per article so that recognition skips, sentence by sentence, the finders that find nothing there.

Three finders of :class:`kg.extract.recognise.Recogniser` open with a quick test on the sentence, and return
nothing (touching nothing) when it fails:

* firms (:meth:`kg.extract.firms.Firms.find`): a head word of ``company_head`` or ``ngo_head`` ("Công ty",
  "Quỹ" ...) in the sentence, or a foreign legal form ("Co., Ltd", "GmbH") for its names without a head;
* bodies (:meth:`kg.extract.bodies.Bodies.find`): a head word of ``company_head``, ``ngo_head`` or
  ``foreign_school_head`` for names in Latin script, of ``translated_body_head`` for names in Vietnamese words;
* unknown localities (:class:`kg.extract.unknown_localities.UnknownLocalities`): a ``locality_cue`` phrase
  ("tỉnh", "thành phố" ...), with which its pattern opens.

Each of those patterns matches one of its literal phrases, whole, inside the sentence.  One Aho–Corasick pass
over the article (``ahocorasick_rs``) finds every occurrence of every phrase, overlapping ones too; a sentence
that wholly holds no occurrence of a finder's phrases gets nothing from that finder, so it is not asked.
:class:`Prefilter` checks that the finders' patterns are still built from those phrases, and asks a finder
everywhere when one is not.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ahocorasick_rs import AhoCorasick

from . import cues
from .bodies import Bodies
from .firms import _ANY_LEGAL_SUFFIX, Firms
from .unknown_localities import UnknownLocalities

FIRMS, BODIES, LOCALITIES = 1, 2, 4  # the finders, as bits of a phrase's mask
#: The quick tests each finder asks (attribute -> the cue kinds of its :func:`kg.extract.cues.starts` pattern).
_FIRMS_TESTS: dict[str, tuple[str, ...]] = {"heads": ("company_head", "ngo_head")}
_BODIES_TESTS: dict[str, tuple[str, ...]] = {"heads": ("company_head", "ngo_head", "foreign_school_head"),
                                              "translated_heads": ("translated_body_head",)}
# the cue kinds whose phrases each finder looks for: those of its quick tests
_KINDS = {FIRMS: tuple(k for kinds in _FIRMS_TESTS.values() for k in kinds),
          BODIES: tuple(k for kinds in _BODIES_TESTS.values() for k in kinds),
          LOCALITIES: ("locality_cue",)}


class SentenceCues:
    """The occurrences of the finders' phrases in one article, and whether a sentence holds one."""

    __slots__ = ("_always", "_hits", "_legal", "_starts")

    def __init__(self, hits: list[tuple[int, int, int]], legal: bool, always: int) -> None:
        self._hits = hits  # (start, end, mask), by start
        self._starts = [h[0] for h in hits]
        self._legal = legal  # the article has a foreign legal form somewhere
        self._always = always  # the finders asked in every sentence

    def holds(self, start: int, end: int, finder: int) -> bool:
        """Whether ``text[start:end]`` wholly holds a phrase of ``finder`` (or the finder is asked everywhere)."""
        if self._always & finder:
            return True
        hits = self._hits
        for i in range(bisect_left(self._starts, start), len(hits)):
            s, e, mask = hits[i]
            if s >= end:
                break
            if e <= end and mask & finder:
                return True
        return False

    def firms(self, start: int, end: int) -> bool:
        return self._legal or self.holds(start, end, FIRMS)

    def bodies(self, start: int, end: int) -> bool:
        return self.holds(start, end, BODIES)

    def localities(self, start: int, end: int) -> bool:
        return self.holds(start, end, LOCALITIES)


class Prefilter:
    """The automaton of every phrase the three finders' quick tests look for."""

    def __init__(self, firms: Firms, bodies: Bodies, localities: UnknownLocalities) -> None:
        always = 0  # finders whose quick tests are no longer these phrases: asked in every sentence
        if not _tests_are(firms, _FIRMS_TESTS):
            always |= FIRMS
        if not _tests_are(bodies, _BODIES_TESTS):
            always |= BODIES
        if not localities.rx.pattern.startswith(f"(?:{cues.pattern('locality_cue').pattern})"):
            always |= LOCALITIES
        masks: dict[str, int] = {}
        for finder, kinds in _KINDS.items():
            for phrase in cues.written(*kinds):
                masks[phrase] = masks.get(phrase, 0) | finder
        self._phrases = sorted(masks)
        self._masks = [masks[p] for p in self._phrases]
        self._automaton = AhoCorasick(self._phrases)
        self._always = always

    def article(self, text: str) -> SentenceCues:
        """The phrases' occurrences in ``text``, for :meth:`SentenceCues.holds`."""
        masks = self._masks
        hits = sorted((s, e, masks[i]) for i, s, e in self._automaton.find_matches_as_indexes(text, overlapping=True))
        return SentenceCues(hits, bool(_ANY_LEGAL_SUFFIX.search(text)), self._always)


def _tests_are(finder: object, tests: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``finder`` holds exactly the quick tests ``tests`` (and no other :func:`kg.extract.cues.starts`
    pattern), each built from the phrases of its cue kinds."""
    held = {name for name, value in vars(finder).items() if isinstance(value, re.Pattern) and name.endswith("heads")}
    return held == set(tests) and all(getattr(finder, name).pattern == cues.starts(*kinds).pattern
                                      for name, kinds in tests.items())
