"""The extraction's stages, registered by name and run in one order.

    segment → recognise → scope → relate → agreements → events → indicators

Each stage is a function ``stage(ex, doc)`` that reads what the stages before it wrote
into the :class:`~kg.extract.document.Doc` and adds its own part; ``ex`` is the
:class:`~kg.extract.extractor.Extractor` holding the gazetteer and the compiled cue
patterns.  A stage can be run alone on a ``Doc`` the earlier stages filled, which is how
each is tested.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Agreement, Article, Event, Extraction
from .agreements import sentence_agreements, two_sides_agreements
from .document import Doc, RefYear
from .facts import article_events, article_indicators
from .relate import relations
from .scope import about_relations, drop_vietnamese_namesakes, scope_sentences, subject_of
from .segment import sentences
from .spread import spread_new_names

if TYPE_CHECKING:  # pragma: no cover
    from .extractor import Extractor

Stage = Callable[["Extractor", Doc], None]

#: The order the stages run in; every name is registered in :data:`STAGES`.
ORDER = ("segment", "recognise", "scope", "relate", "agreements", "events", "indicators")
STAGES: dict[str, Stage] = {}


def stage(name: str) -> Callable[[Stage], Stage]:
    """Register a stage under ``name``."""

    def register(fn: Stage) -> Stage:
        STAGES[name] = fn
        return fn

    return register


@stage("segment")
def segment(ex: Extractor, doc: Doc) -> None:
    """Cut each paragraph of the body into sentences (their recognition comes next)."""
    from .recognise import Found

    doc.raw = [(s, e, p, Found()) for p, span in enumerate(doc.article.body) for s, e in sentences(doc.text, span)]


@stage("recognise")
def recognise(ex: Extractor, doc: Doc) -> None:
    """Name the provinces, venues, partners and markers of each sentence; drop Vietnamese namesakes."""
    recognise_partners(ex, doc)
    recognise_provinces(ex, doc)


def recognise_partners(ex: Extractor, doc: Doc) -> None:
    """The first part of :func:`recognise`: each sentence's partners, markers and Việt Nam; its provinces are
    found but left untested (``found.pending``)."""
    text, when = doc.text, doc.article.date
    cues_at = ex.rec.prefilter(text) if doc.raw else None  # the finders' phrases in the article, found once
    doc.raw = [(s, e, p, ex.rec.recognise(text, s, e, when, provinces=False, cues_at=cues_at)) for s, e, p, _found in doc.raw]


def recognise_provinces(ex: Extractor, doc: Doc) -> None:
    """The rest of :func:`recognise`: provinces and venues, then the steps that read the whole article."""
    text = doc.text
    for _s, _e, _p, found in doc.raw:
        ex.rec.place_provinces(text, found)
    drop_vietnamese_namesakes(ex, text, [found for _s, _e, _p, found in doc.raw])
    spread_new_names(text, [(s, e, found) for s, e, _p, found in doc.raw])


@stage("scope")
def scope(ex: Extractor, doc: Doc) -> None:
    """The article's subject, and who acts in each sentence."""
    doc.subject = subject_of(ex, doc.article, doc.raw)
    doc.sentences = scope_sentences(ex, doc.text, doc.raw, doc.subject)
    for sent in doc.sentences:
        doc.entities.update(sent.found.new_entities)
    # a story whose title and lead name no foreign side and speak of no relation (an enrolment notice, a
    # court case) links a province only where its authorities or leaders themselves act
    doc.strict = not about_relations(ex, doc.article, doc.raw)


@stage("relate")
def relate(ex: Extractor, doc: Doc) -> None:
    """Partnerships, and the partners each province was linked with in each sentence."""
    if ex.off_topic_title.search(doc.article.title):
        return  # an arrest, a trial, a fire, a car or a price: no relation story
    doc.partnerships, doc.linked = relations(ex, doc.article, doc.sentences, doc.subject, doc.strict)


@stage("agreements")
def agreements(ex: Extractor, doc: Doc) -> None:
    """The agreements of the sentences where a province was linked with partners, and of "hai bên" after them."""
    for group in doc.linked:
        doc.agreements.extend(sentence_agreements(ex, doc.article, group.sentence, group.province,
                                                  list(group.partners), group.evidence))
    doc.agreements.extend(two_sides_agreements(ex, doc.article, doc.sentences, doc.linked))


@stage("events")
def events(ex: Extractor, doc: Doc) -> None:
    """Dated events of the province's foreign relations: per province and day, its meeting and the acts beside."""
    doc.events = article_events(ex, doc.article, doc.sentences, doc.ref_year, doc.partnerships, doc.agreements)
    doc.agreements = [dated_by_signing(a, doc.events) for a in doc.agreements]


def dated_by_signing(agreement: Agreement, events: list[Event]) -> Agreement:
    """A signed agreement whose own sentence gives no day takes the day of the article's one signing event with
    the same parties: "Chiều 15/3, ... tiếp đoàn tỉnh Sekong. Tại buổi làm việc, hai bên đã ký kết ..."."""
    if agreement.status != "signed" or agreement.date is not None:
        return agreement
    days = {e.date for e in events if e.kind == "signing" and e.province == agreement.province
            and set(agreement.partners) <= set(e.participants)}
    return replace(agreement, date=days.pop()) if len(days) == 1 else agreement


@stage("indicators")
def indicators(ex: Extractor, doc: Doc) -> None:
    """Figures of trade, FDI, ODA, NGO aid ... with their scope."""
    doc.indicators = article_indicators(ex, doc.article, doc.sentences, doc.subject, doc.ref_year)


def run(ex: Extractor, article: Article, order: tuple[str, ...] = ORDER) -> Extraction:
    """Run the stages of ``order`` on one article and gather what they found."""
    doc = Doc(article=article, ref_year=RefYear(article))
    for name in order:
        STAGES[name](ex, doc)
    return extraction(doc)


#: The stages after which :func:`run_gated` asks whether the article can still yield a fact.
GATED_AFTER = "recognise"


def run_gated(ex: Extractor, article: Article, hopeful: Callable[[Doc], bool],
              before_provinces: Callable[[Doc], bool] | None = None) -> Extraction | None:
    """:func:`run`, but None as soon as ``hopeful(doc)``, asked after :data:`GATED_AFTER`, says that the
    stages left can find no fact (the build keeps only articles with facts).  ``before_provinces(doc)``, when
    given, is asked first, inside the stage "recognise" between :func:`recognise_partners` and
    :func:`recognise_provinces`: False must imply that ``hopeful`` would say no after the whole stage."""
    doc = Doc(article=article, ref_year=RefYear(article))
    for name in ORDER:
        if name == "recognise" and before_provinces is not None:
            recognise_partners(ex, doc)
            if not before_provinces(doc):
                return None  # the provinces' context tests, a quarter of recognition, are not needed
            recognise_provinces(ex, doc)
        else:
            STAGES[name](ex, doc)
        if name == GATED_AFTER and not hopeful(doc):
            return None
    return extraction(doc)


def extraction(doc: Doc) -> Extraction:
    """The record of one article: its facts and the entities they use."""
    used = {p.province for p in doc.partnerships} | {p.partner for p in doc.partnerships}
    for a in doc.agreements:
        used.update(a.partners)
        used.add(a.province)
    for ev in doc.events:
        used.update(ev.participants)
        used.add(ev.province)
    for ind in doc.indicators:
        used.add(ind.scope)
    if doc.subject:
        used.add(doc.subject)
    return Extraction(
        article=doc.article,
        subject=doc.subject,
        partnerships=tuple(doc.partnerships),
        agreements=tuple(doc.agreements),
        events=tuple(doc.events),
        indicators=tuple(doc.indicators),
        entities=tuple(sorted(used)),
        new_entities=tuple(doc.entities[k] for k in sorted(doc.entities) if k in used),
    )
