"""Whether an article can still yield a fact once its sentences are recognised.

Most articles name a province but hold no foreign relation; the build keeps only articles
with facts (partnerships, agreements, events, indicators), so after recognition it asks
:func:`hopeful` and skips scope, relations and figures when the answer is no.  The test
follows from the exact conditions under which each later stage emits anything:

* **partnerships** (:func:`kg.extract.relate.relations`) link partners named in a sentence's
  ``found.partners``: clause runs, attendance, gifts, loans and licences all read them, and the
  "two provinces signed" rule reuses a locality that an earlier link of the paragraph named;
  with no partner anywhere there is no link.  **Agreements** come only from those links and
  **events** only from partnerships.
* **indicators** (:func:`kg.extract.facts.article_indicators`) need a quantity whose kind is
  named: the unit "thỏa thuận" (:data:`_AGREEMENT_UNIT`, as loose as the quantity's), an
  ``indicator`` cue phrase in the sentence, the domain carried from such a figure before it,
  or a foreign country among the sentence's partners or markers (the foreign investor rule), or
  investment into Việt Nam with its investor named between ("đầu tư của Ấn Độ vào Việt Nam").

So an article with no partner and no marker in any sentence, no indicator phrase and no
"thỏa thuận" after a number holds no fact.  The test errs only towards running the stages:
a phrase anywhere in the article counts, whatever its sentence or word boundaries.

A rule that finds facts without these (a new indicator cue kind, partners from another
source) must be added here too; ``tests/test_gate_conservative.py`` compares gated and full
extraction on the seeds and a sample of the corpus.
"""

from __future__ import annotations

import re
from functools import cache

from ..text import normalise_text
from . import cues
from .document import Doc
from .facts import INTO_VIETNAM
from .trie import trie_source

# the unit of _UNIT_SPECS in kg.extract.quantities for "agreement", without its word boundary
_AGREEMENT_UNIT = re.compile(r"th[ỏo][aả]\s+thuận", re.IGNORECASE)


@cache
def _indicator_phrases() -> re.Pattern[str]:
    """Every ``indicator`` cue phrase as the cue patterns match it (normalised), anywhere in a text."""
    return re.compile(trie_source(normalise_text(p) for p in cues.phrases("indicator")))


def may_hold_figures(text: str) -> bool:
    """An indicator phrase, the unit "thỏa thuận" or investment into Việt Nam ("đầu tư của Ấn Độ vào Việt Nam")
    occurs in ``text`` (a necessary condition for an indicator other than a foreign investor's)."""
    return bool(_indicator_phrases().search(text) or _AGREEMENT_UNIT.search(text)
                or ("Việt Nam" in text and INTO_VIETNAM.search(text)))  # a substring test first: the pattern needs it


def hopeful_before_provinces(doc: Doc) -> bool:
    """Within recognition, before the provinces are tested in their context
    (:func:`kg.extract.pipeline.recognise_partners`): False only when :func:`hopeful` after the whole
    recognition would be False too.  No test of a partner reads the provinces; what recognition does after
    them can only drop partners (Vietnamese namesakes) or add one named like a new entity of the article
    (:func:`kg.extract.spread.spread_new_names`)."""
    if any(found.partners or found.markers or found.new_entities for _s, _e, _p, found in doc.raw):
        return True
    return may_hold_figures(doc.text)


def hopeful(doc: Doc) -> bool:
    """After recognition: can the later stages find any fact in ``doc``?  False only when none can."""
    if any(found.partners or found.markers for _s, _e, _p, found in doc.raw):
        return True
    return may_hold_figures(doc.text)
