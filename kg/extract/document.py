"""The document the extraction stages fill in, in order, and the sentence they read.

:class:`Doc` holds one article and what each stage found in it; a stage reads what the
stages before it wrote and adds its own part (see :mod:`kg.extract.pipeline`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import infer_year
from ..model import Agreement, Article, Entity, Event, Evidence, Indicator, Partnership
from .recognise import Found


class RefYear:
    """The year day-and-month dates belong to: the article's, else the one its body implies (computed once, on demand)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._value: int | bool | None = False

    def get(self) -> int | None:
        if self._value is False:
            a = self.article
            self._value = a.date.year if a.date else infer_year("\n".join([a.title] + [a.text[s:e] for s, e in a.body]))
        return self._value if isinstance(self._value, int) and not isinstance(self._value, bool) else None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (body span)
    found: Found
    actors: tuple[str, ...]  # province keys acting in this sentence
    scope: str  # "province" | "national" | "none"
    named: tuple[str, ...] = ()  # the article's provinces named here, even when the nation acts


@dataclass(frozen=True)
class LinkGroup:
    """The partners one province was linked with in one sentence: where agreements are looked for."""

    sentence: Sentence
    province: str
    partners: tuple[str, ...]
    evidence: Evidence


@dataclass
class Doc:
    """One article and what the stages found in it so far."""

    article: Article
    ref_year: RefYear
    raw: list[tuple[int, int, int, Found]] = field(default_factory=list)  # segment, recognise
    subject: str | None = None  # scope
    sentences: list[Sentence] = field(default_factory=list)  # scope
    strict: bool = False  # scope: a story not about relations links only where authorities act
    partnerships: list[Partnership] = field(default_factory=list)  # relate
    linked: list[LinkGroup] = field(default_factory=list)  # relate
    agreements: list[Agreement] = field(default_factory=list)  # agreements
    events: list[Event] = field(default_factory=list)  # events
    indicators: list[Indicator] = field(default_factory=list)  # indicators
    entities: dict[str, Entity] = field(default_factory=dict)  # recognise: names no gazetteer holds

    @property
    def text(self) -> str:
        return self.article.text
