"""What ``kg report`` says about one province: its ties, agreements, events and figures, with their sources.

A province of 2025-07-01 is reported with the units merged into it (each row
names its predecessor in ``via``); a dissolved province is reported alone,
with what it became.  Every row carries the numbers of its evidence sentences
in :attr:`Report.sources`.  Agreement status comes from the saved query
``agreement_status`` itself, so the report and the query cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import QueryError
from ..graph import queries
from ..graph.sparql import select, term_cell
from ..resources import sparql

_UNITS = sparql("report_units")
_PREDECESSORS = sparql("report_predecessors")
_TIES = sparql("report_ties")
_EVENTS = sparql("report_events")
_INDICATORS = sparql("report_indicators")
_EVIDENCE = sparql("report_evidence")


@dataclass(frozen=True)
class Source:
    """One evidence sentence and its article."""

    sentence: str
    title: str
    file: str
    start: int
    end: int
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Tie:
    partner: str
    partner_type: str
    country: str
    via: str | None
    articles: int
    first: str | None
    last: str | None
    kinds: str
    sources: tuple[int, ...]


@dataclass(frozen=True)
class AgreementRow:
    partners: str
    agreement_type: str
    via: str | None
    reported: str
    since: str | None
    period: str | None
    last_activity: str | None
    status: str
    sources: tuple[int, ...]


@dataclass(frozen=True)
class EventRow:
    date: str | None
    kind: str
    partners: str
    countries: tuple[str, ...]
    via: str | None
    sources: tuple[int, ...]


@dataclass(frozen=True)
class IndicatorRow:
    indicator: str
    value: str
    unit: str
    qualifier: str | None
    period: str | None
    zone: str | None
    via: str | None
    sources: tuple[int, ...]


@dataclass(frozen=True)
class Report:
    province: str
    became: str | None  # what a dissolved province became
    predecessors: tuple[str, ...]  # units merged into the province, reported with it
    as_of: str
    year_from: int | None
    year_to: int | None
    ties: tuple[Tie, ...]
    agreements: tuple[AgreementRow, ...]
    events: tuple[EventRow, ...]
    indicators: tuple[IndicatorRow, ...]
    sources: tuple[Source, ...]  # numbered from 1 in the rows' ``sources``
    undated_left_out: int = 0  # rows with no date, left out because a range of years was asked


def _rows(store: ox.Store, query: str, unit: str) -> list[dict[str, str | None]]:
    solutions = select(store, query, substitutions={ox.Variable("unit"): ox.NamedNode(unit)})
    names = [v.value for v in solutions.variables]
    return [{n: term_cell(s[n]) for n in names} for s in solutions]


def _units(store: ox.Store, name: str) -> tuple[list[tuple[str, str]], str, str | None]:
    """The units reported (IRI, and the predecessor's label or "" for the unit itself), its label, what it became."""
    found = []
    for lit in (ox.Literal(name), ox.Literal(name, language="vi"), ox.Literal(name, language="en")):
        for s in select(store, _UNITS, substitutions={ox.Variable("name"): lit}):
            found.append((s["unit"].value, s["label"].value, term_cell(s["until"]), term_cell(s["next_label"])))
    if not found:
        raise QueryError(f"no province named '{name}' in the graph: give its name as kg query partners lists it")
    current = sorted({f for f in found if f[2] is None})
    asked = current[0] if current else sorted(set(found))[0]
    units = [(asked[0], "")]
    for s in select(store, _PREDECESSORS, substitutions={ox.Variable("asked"): ox.NamedNode(asked[0])}):
        units.append((s["unit"].value, s["label"].value))
    return sorted(units, key=lambda u: (u[1] != "", u[1])), asked[1], asked[3]


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def gather(store: ox.Store, province: str, year_from: int | None = None, year_to: int | None = None,
           as_of: str | None = None, dormant_years: int = 2) -> Report:
    """Everything the report of ``province`` shows, read from a dataset (see :func:`kg.queries.open_dataset`)."""
    if as_of is None:
        today = dt.date.today()
        as_of = min(today, dt.date(year_to, 12, 31)).isoformat() if year_to else today.isoformat()
    units, label, became = _units(store, province)
    ranged = year_from is not None or year_to is not None
    lo, hi = year_from or 0, year_to or 9999
    left_out = 0

    def keep(first: str | None, last: str | None = None) -> bool:
        nonlocal left_out
        if not ranged:
            return True
        a, b = _year(first), _year(last or first)
        if a is None or b is None:
            left_out += 1
            return False
        return a <= hi and b >= lo

    evidence: dict[str, list[Source]] = defaultdict(list)
    for unit, _via in units:
        for r in _rows(store, _EVIDENCE, unit):
            evidence[str(r["fact"])].append(Source(str(r["sentence"]), str(r["title"]), str(r["file"]), int(str(r["start"])),
                                                   int(str(r["end"])), r["date"], r["source"], r["url"]))
    numbered = sorted({s for ss in evidence.values() for s in ss},
                      key=lambda s: (s.date or "~", s.title, s.file, s.start, s.end))
    number = {s: i for i, s in enumerate(numbered, 1)}

    def refs(fact: str) -> tuple[int, ...]:
        return tuple(sorted({number[s] for s in evidence.get(fact, ())}))

    ties, events, indicators = [], [], []
    for unit, via in units:
        for r in _rows(store, _TIES, unit):
            if keep(r["first"], r["last"]):
                ties.append(Tie(str(r["partner"]), str(r["type"]), r["country"] or "", via or None, int(str(r["articles"])),
                                r["first"], r["last"], " ".join(sorted(str(r["kinds"]).split())), refs(str(r["fact"]))))
        grouped: dict[str, list[dict]] = defaultdict(list)
        for r in _rows(store, _EVENTS, unit):
            grouped[str(r["fact"])].append(r)
        for fact, rs in grouped.items():
            date = rs[0]["date"]
            if keep(date):
                who = ", ".join(sorted({str(r["who"]) for r in rs if r["who"]}))
                countries = tuple(sorted({str(r["country"]) for r in rs if r["country"]}))
                events.append(EventRow(date, str(rs[0]["kind"]), who, countries, via or None, refs(fact)))
        for r in _rows(store, _INDICATORS, unit):
            if keep(r["start"], r["end"]):
                indicators.append(IndicatorRow(str(r["indicator"]), str(r["value"]), str(r["unit_name"]), r["qualifier"],
                                               r["period"], r["zone"], via or None, refs(str(r["fact"]))))
    agreements = []
    for a in _agreements(store, label, as_of, dormant_years, refs):
        if ranged and (a.since is None or int(a.since[:4]) > hi):  # signed after the range, or when is unknown
            left_out += a.since is None
            continue
        agreements.append(a)
    return Report(
        province=label, became=became, predecessors=tuple(v for _u, v in units if v), as_of=as_of,
        year_from=year_from, year_to=year_to,
        ties=tuple(sorted(ties, key=lambda t: (t.country, t.partner_type, t.partner, t.via or ""))),
        agreements=tuple(agreements),
        events=tuple(sorted(events, key=lambda e: (e.date or "~", e.kind, e.partners))),
        indicators=tuple(sorted(indicators, key=lambda i: (i.indicator, i.period or "", i.zone or "", i.value))),
        sources=tuple(numbered), undated_left_out=left_out,
    )


def _agreements(store: ox.Store, province: str, as_of: str, years: int, refs) -> list[AgreementRow]:
    """The rows of the saved query ``agreement_status``, with each agreement's IRI for its sources."""
    saved = queries.find_query("agreement_status")
    params = queries.bindings(saved, {"province": province, "as_of": as_of, "dormant_years": str(years)})
    text = saved.text.replace("SELECT ?province ?via", "SELECT ?agreement ?province ?via", 1)
    out = []
    for s in select(store, queries.with_values(text, params)):
        period = f"{term_cell(s['period_start'])}–{term_cell(s['period_end'])}" if s["period_start"] is not None else None
        out.append(AgreementRow(str(term_cell(s["partners"])), str(term_cell(s["agreement_type"])), term_cell(s["via"]), str(term_cell(s["reported"])),
                                term_cell(s["since"]), period, term_cell(s["last_activity"]), str(term_cell(s["status"])),
                                refs(str(term_cell(s["agreement"])))))
    return sorted(out, key=lambda a: (a.via or "", a.partners, a.since or "~"))
