"""The JSON data the network page's script draws: nodes, edges and the side panel's facts, with article text clipped and URLs checked."""


from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from .layout import _layout
from .network import _clip, _Facts, _fold, _tail
from .style import (
    EDGE_COLOURS,
    EDGE_KINDS,
    EDGE_NAMES,
    MAX_LABEL,
    MAX_SENTENCE,
    STATUS_NAMES,
    TOP_N,
    TYPE_COLOURS,
    TYPE_NAMES,
    _edge_width,
    _font_size,
    _node_size,
)

_YEAR = re.compile(r"\s*(\d{4})")
_UNSAFE_URL = re.compile(r"[\s<>\"'`\\]")
_OFFSET = re.compile(r"-(\d+)-\d+$")


def _year(value: str) -> int | None:
    m = _YEAR.match(value)
    return int(m.group(1)) if m else None


def _http_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL, else ""."""
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not _UNSAFE_URL.search(value):
        return value
    return ""


def _number(value: str) -> str:
    try:
        d = Decimal(value)
    except (InvalidOperation, ValueError):
        return value
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.normalize():,f}"


def _offset(iri: str) -> int:
    """The start offset written in an evidence IRI (``.../<article>-<start>-<end>``), else 0."""
    m = _OFFSET.search(iri)
    return int(m.group(1)) if m else 0


class _Payload:
    """The tables of the page's JSON: articles, evidence, agreements, events, indicators."""

    def __init__(self, facts: _Facts) -> None:
        self.f = facts
        self.articles: list[dict[str, str]] = []
        self.years: list[int | None] = []  # each article's year
        self.evidence: list[dict[str, Any]] = []
        self._article_ids: dict[str, int] = {}
        self._evidence_ids: dict[str, int | None] = {}
        self._evidence_keys: list[tuple] = []

    def article(self, iri: str) -> int:
        found = self._article_ids.get(iri)
        if found is not None:
            return found
        f = self.f
        item = {
            "t": f.one(iri, "title"),
            "u": _http_url(f.one(iri, "url")),
            "f": f.one(iri, "file"),
            "d": f.one(iri, "adate"),
            "s": f.one(iri, "source"),
        }
        if not (item["t"] or item["f"] or item["u"]):
            item["f"] = _tail(iri)
        self._article_ids[iri] = len(self.articles)
        self.articles.append({k: v for k, v in item.items() if v})
        self.years.append(_year(item["d"]))
        return self._article_ids[iri]

    def year(self, article: int) -> int | None:
        return self.years[article]

    def evidence_ids(self, iris: list[str] | tuple[str, ...]) -> list[int]:
        """Indexes of the evidence nodes that have a sentence: dated first, by date and offset;
        the same sentence of the same article once."""
        found = set()
        for iri in iris:
            if iri not in self._evidence_ids:
                sentence = self.f.one(iri, "sentence")
                if not sentence:
                    self._evidence_ids[iri] = None
                    continue
                item: dict[str, Any] = {"s": _clip(sentence, MAX_SENTENCE)}
                arts = self.f.iris(iri, "article")
                if arts:
                    item["a"] = self.article(arts[0])
                date = self.articles[item["a"]].get("d", "") if "a" in item else ""
                self._evidence_ids[iri] = len(self.evidence)
                self.evidence.append(item)
                self._evidence_keys.append((date or "9999", item.get("a", -1), _offset(iri), sentence))
            i = self._evidence_ids[iri]
            if i is not None:
                found.add(i)
        seen: set[tuple[str, int]] = set()
        unique = []
        for i in sorted(found, key=lambda i: self._evidence_keys[i]):
            key = (self.evidence[i]["s"], self.evidence[i].get("a", -1))
            if key not in seen:
                seen.add(key)
                unique.append(i)
        return unique


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` without its empty values (the page treats a missing key as empty)."""
    return {k: v for k, v in row.items() if v not in ("", [], 0)}


def _edge_kind(kinds: tuple[str, ...], signed: bool) -> str:
    if "agreement" in kinds or signed:
        return "agreement"
    if "visit" in kinds:
        return "visit"
    if "aid_investment" in kinds:
        return "aid_investment"
    return "other"


def _build(g: nx.MultiGraph, facts: _Facts) -> dict[str, Any]:
    """The JSON payload of the page (without the vis-network options)."""
    pay = _Payload(facts)
    order = sorted(g.nodes, key=lambda n: (g.nodes[n]["kind"] != "Province", _fold(g.nodes[n]["label"]), n))
    ids = {node: i for i, node in enumerate(order)}

    def name(iri: str) -> str:
        return g.nodes[iri]["label"] if iri in g else (facts.label(iri) or _tail(iri))

    def touching(members: set[str]) -> tuple[list[str], list[tuple[str, str]]]:
        """The drawn nodes among ``members`` and the drawn (province, partner) pairs they make."""
        drawn = sorted(m for m in members if m in g)
        provs = [m for m in drawn if g.nodes[m]["kind"] == "Province"]
        return drawn, [(p, q) for p in provs for q in drawn if q != p and g.has_edge(p, q)]

    node_facts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    pair_facts: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    signed: set[tuple[str, str]] = set()

    agreements, events, indicators = [], [], []
    for ag in facts.subjects_with("party"):
        members = set(facts.iris(ag, "party")) | set(facts.iris(ag, "province"))
        drawn, pairs = touching(members)
        if drawn:
            date = facts.one(ag, "date") or facts.one(ag, "pstart") or "9999"
            agreements.append((date, ag, members, drawn, pairs))
    for ev in facts.subjects_with("ekind"):
        members = {x for k in ("province", "participant", "place") for x in facts.iris(ev, k)}
        drawn, pairs = touching(members)
        if drawn:
            events.append((facts.one(ev, "date") or "9999", ev, members, drawn, pairs))
    for ind in facts.subjects_with("itype"):
        scopes = sorted(x for x in facts.iris(ind, "scope") if x in g)
        if scopes:
            indicators.append((scopes, facts.one(ind, "itype"), facts.one(ind, "period"), ind))

    agreement_rows: list[dict[str, Any]] = []
    for _, ag, members, drawn, pairs in sorted(agreements):
        status = _tail(facts.one(ag, "status")) if facts.get(ag, "status") else ""
        i = len(agreement_rows)
        agreement_rows.append(
            _compact({
                "l": facts.label(ag) or facts.one(ag, "atype") or _tail(ag),
                "st": STATUS_NAMES.get(status, status),
                "ps": facts.one(ag, "pstart"),
                "pe": facts.one(ag, "pend"),
                "d": facts.one(ag, "date"),
                "p": sorted({name(x) for x in members}, key=_fold),
                "e": pay.evidence_ids(facts.iris(ag, "evidence")),
            })
        )
        for x in drawn:
            node_facts[x]["a"].append(i)
        for pair in pairs:
            pair_facts[pair]["a"].append(i)
            if status == "signed":
                signed.add(pair)

    event_rows: list[dict[str, Any]] = []
    for _, ev, members, drawn, pairs in sorted(events):
        kind = facts.iris(ev, "ekind")[0]
        key, label = _tail(kind), facts.label(kind)
        i = len(event_rows)
        event_rows.append(
            _compact({
                "l": facts.label(ev),
                "k": f"{label} ({key})" if label and label != key else key,
                "d": facts.one(ev, "date"),
                "i": 1 if facts.one(ev, "inferred").lower() in ("true", "1") else 0,
                "p": sorted({name(x) for x in members}, key=_fold),
                "e": pay.evidence_ids(facts.iris(ev, "evidence")),
            })
        )
        for x in drawn:
            node_facts[x]["v"].append(i)
        for pair in pairs:
            pair_facts[pair]["v"].append(i)

    indicator_rows: list[dict[str, Any]] = []
    for scopes, _, _, ind in sorted(indicators):
        i = len(indicator_rows)
        indicator_rows.append(
            _compact({
                "t": facts.one(ind, "itype").replace("_", " "),
                "v": _number(facts.one(ind, "value")),
                "u": facts.one(ind, "unit"),
                "p": facts.one(ind, "period"),
                "q": facts.one(ind, "qualifier").replace("_", " "),
                "c": 1 if facts.one(ind, "cumulative").lower() in ("true", "1") else 0,
                "z": facts.one(ind, "zone"),
                "e": pay.evidence_ids(facts.iris(ind, "evidence")),
            })
        )
        for x in scopes:
            node_facts[x]["i"].append(i)

    countries = sorted({g.nodes[n]["country"] for n in g.nodes if g.nodes[n]["country"]}, key=_fold)
    country_ids = {c: i for i, c in enumerate(countries)}
    positions = _layout(g)
    nodes = []
    for node in order:
        data = g.nodes[node]
        degree = len(set(g.neighbors(node)))
        px, py = positions[node]
        item: dict[str, Any] = {
            "l": data["label"],
            "k": data["kind"],
            "g": degree,
            "s": _node_size(data["kind"], degree),
            "x": px,
            "y": py,
            "iri": node,
        }
        if data["country"]:
            item["c"] = country_ids[data["country"]]
        item.update(node_facts.get(node, {}))
        nodes.append(item)

    edges = []
    for p in sorted((p for _, _, p in g.edges(data="partnership")), key=lambda p: (ids[p.province], ids[p.partner], p.iri)):
        pair = (p.province, p.partner)
        evidence = pay.evidence_ids(p.evidence_iris)
        years = {pay.year(pay.article(a)) for a in p.article_iris}
        years |= {pay.year(pay.evidence[e]["a"]) for e in evidence if "a" in pay.evidence[e]}
        years |= {_year(event_rows[e].get("d", "")) for e in pair_facts.get(pair, {}).get("v", ())}
        item = {
            "f": ids[p.province],
            "t": ids[p.partner],
            "k": _edge_kind(p.kinds, pair in signed),
            "r": list(p.kinds),
            "n": p.articles,
            "w": _edge_width(p.articles),
            "e": evidence,
        }
        if years - {None}:
            item["y"] = sorted(years - {None})
        item.update(pair_facts.get(pair, {}))
        edges.append(item)

    return {
        "nodes": nodes,
        "edges": edges,
        "rank": sorted(range(len(nodes)), key=lambda i: (-nodes[i]["g"], i)),
        "countries": countries,
        "years": sorted({y for e in edges for y in e.get("y", ())}),
        "articles": pay.articles,
        "evidence": pay.evidence,
        "agreements": agreement_rows,
        "events": event_rows,
        "indicators": indicator_rows,
        "types": {k: {"name": TYPE_NAMES[k], "colour": TYPE_COLOURS[k], "font": _font_size(k)} for k in TYPE_COLOURS},
        "edgeKinds": {k: {"name": EDGE_NAMES[k], "colour": EDGE_COLOURS[k]} for k in EDGE_KINDS},
        "topN": TOP_N,
        "maxLabel": MAX_LABEL,
    }

