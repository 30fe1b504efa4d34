"""The extraction model: what kg reads and what it finds, as frozen dataclasses.

Entities are referred to by *keys* such as ``province/vn-38``,
``country/kr``, ``place/la-ho`` or ``org/wb``; a key is the path of the
entity's IRI under :data:`kg.vocab.ID`, so one key is one node in the graph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from .text import Normalised


@dataclass(frozen=True)
class Article:
    """One news article, with its text normalised and its furniture located."""

    id: str  # content hash, the last segment of the article IRI
    identifier: str  # the id as given: file stem or the JSONL "id"
    source_file: str  # the path it was read from, as given
    title: str
    text: str  # normalised text; offsets of facts refer to the raw text
    norm: Normalised
    body: tuple[tuple[int, int], ...]  # spans of ``text`` that are the article proper
    date: dt.date | None = None
    source: str | None = None  # the newspaper, e.g. "Baohatinh.vn"
    url: str | None = None


@dataclass(frozen=True)
class Entity:
    """A province, a country or a partner, as the gazetteers describe it."""

    key: str  # "province/vn-38", "country/kr", "place/la-ho", "org/wb", ...
    kind: str  # province | vietnam | country | locality | organisation | agency | mission | company | ngo
    label: str  # the Vietnamese name
    country: str | None = None  # ISO 3166-1 alpha-2 of the partner's country
    label_en: str | None = None
    alt_labels: tuple[str, ...] = ()
    iso: str | None = None  # ISO 3166-1/-2 code
    gso: str | None = None  # GSO code, provinces only
    locality_type: str | None = None
    acronym: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    successor: str | None = None  # key of the successor province


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from; offsets into the article's raw text."""

    article_id: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Partnership:
    province: str
    partner: str
    kinds: frozenset[str]  # agreement | visit | aid_investment | cooperation
    evidence: Evidence


@dataclass(frozen=True)
class Agreement:
    province: str
    partners: tuple[str, ...]
    agreement_type: str  # "thỏa thuận hợp tác", "biên bản ghi nhớ", "kết nghĩa", ...
    status: str  # signed | in_negotiation | planned
    evidence: Evidence
    period: tuple[int, int] | None = None
    date: str | None = None  # ISO lexical form at its granularity


@dataclass(frozen=True)
class Event:
    province: str
    kind: str  # see kg.vocab.EVENT_KINDS
    label: str
    evidence: Evidence
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    date_inferred: bool = False


@dataclass(frozen=True)
class Indicator:
    scope: str  # key of a province or "country/vn"
    indicator_type: str
    value: Decimal
    unit: str
    label: str
    evidence: Evidence
    qualifier: str | None = None
    high: Decimal | None = None
    period: str | None = None  # "2024", "2016-2020"
    period_start: int | None = None
    period_end: int | None = None
    cumulative: bool = False
    scope_label: str | None = None  # an economic zone inside the province


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article."""

    article: Article
    subject: str | None  # key of the province the article is about
    partnerships: tuple[Partnership, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    events: tuple[Event, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    entities: tuple[str, ...] = field(default=())  # keys of every entity referred to
    new_entities: tuple[Entity, ...] = field(default=())  # partners found by pattern, in no gazetteer
