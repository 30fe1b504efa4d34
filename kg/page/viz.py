"""The network page: provinces and their foreign partners as one offline HTML file.

Two SPARQL SELECTs read the graph:

* :data:`QUERY_ALL`, one row per ``kg:Partnership`` (its province and
  partner), or :data:`QUERY`, the same for one province, whose name is the
  literal ``?provinceName`` bound with ``initBindings`` (never query text);
* :data:`FACTS_QUERY`, plain ``subject key object`` rows of everything else the
  page shows: labels, partner classes and countries, relation kinds, source
  articles, evidence sentences, agreements, events, indicators.  Every UNION
  branch is one triple pattern with a constant predicate (an index lookup;
  no VALUES, no joins), and Python joins the rows.  rdflib spends ~30 µs per
  result row whatever the query, and a GROUP BY that evaluates a UNION per
  partnership costs ~2 ms per partnership, so flat rows are the fast way.

The rows become a :mod:`networkx` multigraph (one edge per partnership), laid
out here in Python (:func:`_layout`: a deterministic packing of the provinces,
each with its partners around it, no two labels overlapping), so the page
draws at once with vis-network's physics off, even with thousands of nodes.

The page is ``viz_template.html`` + ``viz_app.js`` (next to this module), with
vis-network's JavaScript read from the copy bundled in the pyvis package and
inlined, so the page opens offline from a file.  The page's script builds the
vis-network items, the filters, the search box and the side panel from the
JSON data.

Every string that comes from an article (labels, sentences, titles, URLs) is
treated as hostile:

* the data travel as JSON in a ``<script type="application/json">`` block in
  which ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and
  ``\\u0026``, so no text can close the element; the page reads it with
  ``JSON.parse``;
* the page's script puts text into the page with ``textContent`` and DOM
  properties only, never ``innerHTML``; a link gets an ``href`` only for an
  ``http:``/``https:`` URL (checked here and again in the page);
* tooltips are plain strings: vis-network 9.1.2 puts a string ``title`` into
  its popup with ``innerText`` (``Popup.setText``), and node labels are drawn
  on a canvas, so neither is parsed as HTML;
* the only text written straight into the HTML (page title, legend, counts)
  goes through :func:`html.escape`;
* a Content-Security-Policy allows only the two inline scripts of the page
  (by their SHA-256 hashes) and no network access at all, so even an injected
  element could neither run script nor fetch anything.

The output is deterministic: the same graph gives a byte-identical page.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import math
import os
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import networkx as nx
import rdflib
from rdflib.term import Literal, Node

from ..resources import page_asset

__all__ = [
    "EDGE_COLOURS",
    "EDGE_KINDS",
    "EDGE_NAMES",
    "PARTNER_TYPES",
    "TOP_N",
    "TYPE_COLOURS",
    "TYPE_NAMES",
    "NetworkStats",
    "network_html",
    "write_network",
]

DEFAULT_TITLE = "kg — foreign partners of Vietnam's provinces"

#: Partner classes in order of preference when a partner has several.
PARTNER_TYPES: tuple[str, ...] = (
    "ForeignCountry",
    "ForeignLocality",
    "InternationalOrganisation",
    "GovernmentAgency",
    "DiplomaticMission",
    "Company",
    "NGO",
)

#: Fill colour of each node type (a partner with no known class is "Partner").
TYPE_COLOURS: dict[str, str] = {
    "Province": "#d62728",
    "ForeignCountry": "#1f77b4",
    "ForeignLocality": "#17becf",
    "InternationalOrganisation": "#2ca02c",
    "GovernmentAgency": "#9467bd",
    "DiplomaticMission": "#ff7f0e",
    "Company": "#8c564b",
    "NGO": "#e377c2",
    "Partner": "#7f7f7f",
}

#: Legend text of each node type.
TYPE_NAMES: dict[str, str] = {
    "Province": "Province (tỉnh, thành phố)",
    "ForeignCountry": "Foreign country (quốc gia)",
    "ForeignLocality": "Foreign locality (địa phương)",
    "InternationalOrganisation": "International org. (tổ chức quốc tế)",
    "GovernmentAgency": "Foreign agency (cơ quan chính phủ)",
    "DiplomaticMission": "Diplomatic mission (đại sứ quán…)",
    "Company": "Company (doanh nghiệp)",
    "NGO": "NGO (tổ chức phi chính phủ)",
    "Partner": "Other partner (đối tác khác)",
}

#: Edge categories, in order of precedence: a partnership is drawn in the colour
#: of the first that applies.
EDGE_KINDS: tuple[str, ...] = ("agreement", "visit", "aid_investment", "other")

EDGE_COLOURS: dict[str, str] = {
    "agreement": "#c2255c",
    "visit": "#f08c00",
    "aid_investment": "#2f9e44",
    "other": "#a5adb8",
}

EDGE_NAMES: dict[str, str] = {
    "agreement": "Agreement signed (đã ký thỏa thuận)",
    "visit": "Visit, meeting (thăm, tiếp, hội đàm)",
    "aid_investment": "Aid, investment (viện trợ, đầu tư)",
    "other": "Other cooperation (hợp tác khác)",
}

STATUS_NAMES: dict[str, str] = {
    "signed": "đã ký / signed",
    "in_negotiation": "đang xúc tiến / in negotiation",
    "planned": "dự kiến / planned",
}

TOP_N = 300  # nodes shown by default (by degree); the page has a "show all" switch
MAX_SENTENCE = 1200  # characters of one evidence sentence kept for the page
MAX_LABEL = 40  # characters of a node label drawn on the canvas

_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))

# One row per partnership of the province whose label or altLabel (any case) is
# the literal bound to ?provinceName through initBindings (never query text).
QUERY = """
PREFIX kg: <https://w3id.org/vnkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?ps ?prov ?partner WHERE {
  ?ps a kg:Partnership ; kg:province ?prov ; kg:partner ?partner .
  FILTER EXISTS {
    ?prov rdfs:label|skos:altLabel ?name .
    FILTER (LCASE(STR(?name)) = LCASE(STR(?provinceName)))
  }
}
"""

# Every partnership (rdflib evaluates a FILTER per row even when it cannot
# fail, so the unfiltered page uses a query without one).
QUERY_ALL = """
PREFIX kg: <https://w3id.org/vnkg/def#>

SELECT ?ps ?prov ?partner WHERE {
  ?ps a kg:Partnership ; kg:province ?prov ; kg:partner ?partner .
}
"""

# (key, pattern) of the FACTS_QUERY branches; ?o is the object, or the class
# for the "type" branches.
_FACT_BRANCHES: tuple[tuple[str, str], ...] = (
    ("label", "?s rdfs:label ?o"),
    *(("type", f"?s a kg:{t} . BIND (kg:{t} AS ?o)") for t in PARTNER_TYPES),
    ("country", "?s kg:country ?o"),
    ("kind", "?s kg:relationKind ?o"),
    ("derived", "?s prov:wasDerivedFrom ?o"),
    ("evidence", "?s kg:evidence ?o"),
    ("sentence", "?s kg:sentence ?o"),
    ("article", "?s kg:article ?o"),
    ("title", "?s dcterms:title ?o"),
    ("adate", "?s dcterms:date ?o"),
    ("url", "?s schema:url ?o"),
    ("file", "?s kg:sourceFile ?o"),
    ("source", "?s dcterms:source ?o"),
    ("party", "?s kg:party ?o"),
    ("status", "?s kg:status ?o"),
    ("atype", "?s kg:agreementType ?o"),
    ("pstart", "?s kg:periodStart ?o"),
    ("pend", "?s kg:periodEnd ?o"),
    ("date", "?s kg:date ?o"),
    ("inferred", "?s kg:dateInferred ?o"),
    ("ekind", "?s kg:eventKind ?o"),
    ("participant", "?s kg:participant ?o"),
    ("place", "?s kg:place ?o"),
    ("province", "?s kg:province ?o"),
    ("itype", "?s kg:indicatorType ?o"),
    ("value", "?s kg:value ?o"),
    ("unit", "?s kg:unit ?o"),
    ("period", "?s kg:period ?o"),
    ("qualifier", "?s kg:qualifier ?o"),
    ("scope", "?s kg:scope ?o"),
    ("zone", "?s kg:scopeLabel ?o"),
    ("cumulative", "?s kg:cumulative ?o"),
)

FACTS_QUERY = (
    """
PREFIX kg: <https://w3id.org/vnkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>

SELECT ?s ?k ?o WHERE {
"""
    + "\n  UNION\n".join(f'  {{ {pattern} . BIND ("{key}" AS ?k) }}' for key, pattern in _FACT_BRANCHES)
    + "\n}\n"
)


@dataclass(frozen=True)
class NetworkStats:
    """Size of the drawn network."""

    nodes: int
    edges: int


@dataclass(frozen=True)
class _Partnership:
    iri: str
    province: str
    province_label: str
    partner: str
    partner_label: str
    partner_type: str
    country_label: str
    articles: int
    article_iris: tuple[str, ...]
    kinds: tuple[str, ...]
    evidence_iris: tuple[str, ...]


# --- reading the graph ---------------------------------------------------


def _tail(iri: str) -> str:
    """Last path segment of an IRI, a readable fallback label."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _clean(text: str) -> str:
    """Normalise a string for display: NFC, no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fold(text: str) -> str:
    """A sort key that ignores case and diacritics (đ = d)."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class _Facts:
    """The rows of :data:`FACTS_QUERY`, by subject and key."""

    def __init__(self, graph: rdflib.Graph | None) -> None:
        self.raw: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
        if graph is not None:
            for s, k, o in cast(Iterable[tuple[Node, Node, Node]], graph.query(FACTS_QUERY)):
                self.raw[str(s)][str(k)].append(o)

    def get(self, subject: str, key: str) -> list[Node]:
        """The distinct values, in a fixed order."""
        props = self.raw.get(subject)
        values = props.get(key) if props else None
        if not values:
            return []
        return sorted(set(values), key=lambda n: (str(n), getattr(n, "language", None) or ""))

    def iris(self, subject: str, key: str) -> list[str]:
        return [str(v) for v in self.get(subject, key)]

    def one(self, subject: str, key: str) -> str:
        values = self.get(subject, key)
        return _clean(str(values[0])) if values else ""

    def label(self, subject: str) -> str:
        """The subject's Vietnamese label, else any label, else ""."""
        labels = self.get(subject, "label")
        for lab in labels:
            if isinstance(lab, Literal) and (lab.language or "").lower().startswith("vi"):
                return _clean(str(lab))
        return _clean(str(labels[0])) if labels else ""

    def subjects_with(self, key: str) -> list[str]:
        return sorted(s for s, props in self.raw.items() if key in props)


def _partner_type(facts: _Facts, partner: str) -> str:
    found = {_tail(t) for t in facts.iris(partner, "type")}
    for name in PARTNER_TYPES:
        if name in found:
            return name
    return "Partner"


def _partnerships(graph: rdflib.Graph, province: str | None, facts: _Facts) -> list[_Partnership]:
    rows: Iterable[Any] = (graph.query(QUERY_ALL) if province is None
                           else graph.query(QUERY, initBindings={"provinceName": Literal(_clean(province))}))
    result = []
    for row in rows:
        ps, prov, partner = (str(row[k]) for k in ("ps", "prov", "partner"))
        ptype = _partner_type(facts, partner)
        partner_label = facts.label(partner) or _tail(partner)
        countries = facts.iris(partner, "country")
        country = (facts.label(countries[0]) or _tail(countries[0]).upper()) if countries else ""
        if not country and ptype == "ForeignCountry":
            country = partner_label
        derived = facts.iris(ps, "derived")
        result.append(
            _Partnership(
                iri=ps,
                province=prov,
                province_label=facts.label(prov) or _tail(prov),
                partner=partner,
                partner_label=partner_label,
                partner_type=ptype,
                country_label=country,
                articles=len(derived),
                article_iris=tuple(derived),
                kinds=tuple(sorted({_tail(k) for k in facts.iris(ps, "kind")})),
                evidence_iris=tuple(facts.iris(ps, "evidence")),
            )
        )
    result.sort(key=lambda p: p.iri)
    return result


# --- the network ----------------------------------------------------------


def _to_networkx(partnerships: list[_Partnership]) -> nx.MultiGraph:
    """Provinces and partners as nodes (keyed by IRI), one edge per partnership."""
    g = nx.MultiGraph()
    for p in partnerships:
        g.add_node(p.province, kind="Province", label=p.province_label, country="")
        if not g.has_node(p.partner) or g.nodes[p.partner].get("kind") != "Province":
            g.add_node(
                p.partner, kind=p.partner_type, label=p.partner_label, country=p.country_label
            )
        g.add_edge(p.province, p.partner, key=p.iri, partnership=p)
    return g


def _edge_width(articles: int) -> float:
    return round(min(12.0, 1.0 + 2.0 * math.log2(max(articles, 1))), 2)


def _font_size(kind: str) -> int:
    return 22 if kind == "Province" else 15


def _node_size(kind: str, degree: int) -> float:
    base = 12.0 if kind == "Province" else 7.0
    return round(min(60.0, base + 4.0 * math.sqrt(max(degree, 1))), 1)


def _year(value: str) -> int | None:
    m = re.match(r"\s*(\d{4})", value)
    return int(m.group(1)) if m else None


def _http_url(value: str) -> str:
    """``value`` if it is an absolute http(s) URL, else ""."""
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not re.search(r"[\s<>\"'`\\]", value):
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
    m = re.search(r"-(\d+)-\d+$", iri)
    return int(m.group(1)) if m else 0


class _Payload:
    """The tables of the page's JSON: articles, evidence, agreements, events, indicators."""

    def __init__(self, facts: _Facts) -> None:
        self.f = facts
        self.articles: list[dict[str, str]] = []
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
        return self._article_ids[iri]

    def year(self, article: int) -> int | None:
        return _year(self.articles[article].get("d", ""))

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


# --- layout -----------------------------------------------------------------


def _box(label: str, size: float, font: float) -> tuple[float, float, float]:
    """Half width, height above and height below the centre of a node drawn with its label.

    vis-network draws a dot's label centred below it; the width is an estimate
    (0.56 em per character, about right for a sans-serif Vietnamese label).
    """
    half = max(size, 0.56 * font * len(label) / 2) + 5.0
    return half, size + 4.0, size + 1.3 * font + 4.0


class _Grid:
    """A spatial hash of placed rectangles (a node and its label)."""

    def __init__(self, cell: float = 160.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def _span(self, x0: float, y0: float, x1: float, y1: float):
        c = self.cell
        for i in range(math.floor(x0 / c), math.floor(x1 / c) + 1):
            for j in range(math.floor(y0 / c), math.floor(y1 / c) + 1):
                yield (i, j)

    def add(self, rect: tuple[float, float, float, float]) -> None:
        for key in self._span(*rect):
            self.cells[key].append(rect)

    def free(self, rect: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = rect
        cells = self.cells
        for key in self._span(x0, y0, x1, y1):
            for a0, b0, a1, b1 in cells.get(key, ()):
                if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1:
                    return False
        return True


def _pack_hubs(radii: list[float], links: dict[tuple[int, int], float], gap: float) -> list[list[float]]:
    """Centres of discs of ``radii`` packed around the origin, linked discs close together.

    A small position-based simulation (gravity to the centre, springs along the
    links, hard collisions), deterministic and O(n²) per step: fine for the
    hundred or so provinces.  ``links[(i, j)]`` is the extra distance the pair
    wants between its discs (room for the partners they share).
    """
    n = len(radii)
    if n == 0:
        return []
    if n == 1:
        return [[0.0, 0.0]]
    mean = sum(radii) / n
    pos = [[2.0 * mean * math.sqrt(k + 0.5) * math.cos(k * _GOLDEN),
            2.0 * mean * math.sqrt(k + 0.5) * math.sin(k * _GOLDEN)] for k in range(n)]
    springs = [(i, j, radii[i] + radii[j] + gap + extra) for (i, j), extra in sorted(links.items())]
    steps = 300 if n <= 120 else max(40, int(300 * (120 / n) ** 2))
    for step in range(steps):
        alpha = 1.0 - step / steps
        for p in pos:  # gravity
            p[0] -= p[0] * 0.04 * alpha
            p[1] -= p[1] * 0.04 * alpha
        for i, j, want in springs:
            dx = pos[j][0] - pos[i][0]
            dy = pos[j][1] - pos[i][1]
            d = math.hypot(dx, dy) or 1e-6
            s = (d - want) / d * 0.15 * alpha
            pos[i][0] += dx * s
            pos[i][1] += dy * s
            pos[j][0] -= dx * s
            pos[j][1] -= dy * s
        for _ in range(2 if step < steps - 1 else 50):  # collisions
            moved = False
            for i in range(n):
                pi, ri = pos[i], radii[i]
                for j in range(i + 1, n):
                    pj = pos[j]
                    dx = pj[0] - pi[0]
                    dy = pj[1] - pi[1]
                    want = ri + radii[j] + gap
                    d2 = dx * dx + dy * dy
                    if d2 >= want * want:
                        continue
                    d = math.sqrt(d2)
                    if d < 1e-6:
                        dx, dy, d = math.cos(i + j), math.sin(i + j), 1.0
                    push = (want - d) / d * 1.001
                    wi = radii[j] ** 2 / (ri**2 + radii[j] ** 2)
                    pi[0] -= dx * push * wi
                    pi[1] -= dy * push * wi
                    pj[0] += dx * push * (1 - wi)
                    pj[1] += dy * push * (1 - wi)
                    moved = True
            if not moved:
                break
    return pos


def _layout(g: nx.MultiGraph) -> dict[str, tuple[int, int]]:
    """Deterministic positions for every node of ``g``, labels kept apart.

    Each province gets a disc sized for its own partners (those that work with
    no other drawn province); the discs are packed around the centre, those of
    provinces sharing partners pulled together with room left between them.
    Then every partner, most connected first, takes the first free spot on a
    spiral from its target (the centre of its provinces, or its province),
    where free means that the dot and its label overlap no other dot and
    label.  Roughly linear in the number of nodes beyond the packing of the
    (few) provinces: 5,000 nodes take a few seconds.
    """
    if g.number_of_nodes() == 0:
        return {}
    kind = {n: g.nodes[n]["kind"] for n in g.nodes}
    folded = {n: _fold(g.nodes[n]["label"]) for n in g.nodes}
    neighbours = {n: sorted(set(g.neighbors(n))) for n in g.nodes}
    degree = {n: len(neighbours[n]) for n in g.nodes}
    box = {
        n: _box(_clip(g.nodes[n]["label"], MAX_LABEL), _node_size(kind[n], degree[n]), _font_size(kind[n]))
        for n in g.nodes
    }
    area = {n: 2 * box[n][0] * (box[n][1] + box[n][2]) for n in g.nodes}
    articles: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, p in g.edges(data="partnership"):
        articles[(u, v)] += p.articles
        articles[(v, u)] += p.articles

    hubs = sorted((n for n in g.nodes if kind[n] == "Province"), key=lambda n: (-degree[n], folded[n], n))
    hub_set = set(hubs)
    index = {h: i for i, h in enumerate(hubs)}
    own: dict[str, list[str]] = {h: [] for h in hubs}
    shared: list[str] = []
    for n in sorted(g.nodes, key=lambda n: (folded[n], n)):
        if n not in hub_set:
            hs = [h for h in neighbours[n] if h in hub_set]
            (own[hs[0]] if len(hs) == 1 else shared).append(n)

    density = 0.5  # share of a disc that labels fill
    radii = [
        max(box[h][0], box[h][2]) + math.sqrt(sum(area[n] for n in own[h]) / (math.pi * density))
        for h in hubs
    ]
    room: dict[tuple[int, int], float] = defaultdict(float)
    for n in shared:
        hs = [index[h] for h in neighbours[n] if h in hub_set]
        for a in range(len(hs)):
            for b in range(a + 1, len(hs)):
                room[(min(hs[a], hs[b]), max(hs[a], hs[b]))] += area[n] / (len(hs) - 1)
    for h in hubs:
        for n in neighbours[h]:
            if n in hub_set and index[n] > index[h]:
                room[(index[h], index[n])] += area[n]
    extra = {pair: math.sqrt(a / density) * 0.6 for pair, a in room.items()}
    centres = _pack_hubs(radii, extra, gap=24.0)

    grid = _Grid()
    pos: dict[str, tuple[float, float]] = {}

    def rect(n: str, x: float, y: float) -> tuple[float, float, float, float]:
        half, up, down = box[n]
        return (x - half, y - up, x + half, y + down)

    def place(n: str, tx: float, ty: float, start: int) -> int:
        step = 9.0
        k = start
        for k in range(start, start + 400_000):
            r = step * math.sqrt(k)
            x, y = tx + r * math.cos(k * _GOLDEN), ty + r * math.sin(k * _GOLDEN)
            if grid.free(rect(n, x, y)):
                break
        pos[n] = (x, y)
        grid.add(rect(n, x, y))
        return k

    for h, (cx, cy) in zip(hubs, centres):
        pos[h] = (cx, cy)
        grid.add(rect(h, cx, cy))
    # partners of several provinces, most connected first, between their provinces
    shared.sort(key=lambda n: (-degree[n], folded[n], n))
    last: dict[tuple[str, ...], int] = {}
    for n in shared:
        hs = [h for h in neighbours[n] if h in pos]
        w = [articles[(h, n)] or 1 for h in hs]
        tx = sum(pos[h][0] * wi for h, wi in zip(hs, w)) / sum(w) if hs else 0.0
        ty = sum(pos[h][1] * wi for h, wi in zip(hs, w)) / sum(w) if hs else 0.0
        key = tuple(hs)
        last[key] = place(n, tx, ty, int(last.get(key, 0) * 0.8))
    # each province's own partners around it, the best documented closest
    for h in hubs:
        own[h].sort(key=lambda n: (-articles[(h, n)], folded[n], n))
        k = 0
        for n in own[h]:  # the spiral fills outwards: start a little before the last spot
            k = place(n, pos[h][0], pos[h][1], max(0, k - 80))

    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: (round(x - mx), round(y - my)) for n, (x, y) in pos.items()}


# --- the page -------------------------------------------------------------

_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {
        "shape": "dot",
        "borderWidth": 1,
        "font": {"face": "system-ui, sans-serif", "color": "#1a1a1a", "strokeWidth": 4, "strokeColor": "#ffffff"},
        "scaling": {"label": {"drawThreshold": 7}},
    },
    "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1},
    "layout": {"improvedLayout": False},
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "multiselect": False},
}


def _asset(name: str) -> str:
    text = page_asset(name).read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _app_js() -> str:
    text = _asset("viz_app.js")
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "<script" in lowered:
        raise RuntimeError("viz_app.js cannot be inlined safely")
    return text


def _vis_js_path() -> Path:
    return Path(str(resources.files("pyvis"))) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's JavaScript, ready to sit inside an inline <script> element."""
    text = _vis_js_path().read_bytes().decode("utf-8")
    # The HTML parser turns CR and CRLF into LF before scripts run and before CSP
    # hashes are taken; do it here so the hash we compute is the browser's.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Drop the source-map comment: nothing should ask for another file.
    lines = text.rstrip("\n").split("\n")
    if lines and lines[-1].startswith("//# sourceMappingURL="):
        lines.pop()
    text = "\n".join(lines) + "\n"
    # core-js writes "<script>" inside a string literal; spell it with an escape so
    # the HTML tokenizer never sees a tag-like sequence in the inline script.
    text = text.replace('"<script>"', '"\\x3cscript>"')
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "<script" in lowered or "\x00" in text:
        raise RuntimeError(f"{_vis_js_path()} cannot be inlined safely")
    return text


def _json_for_html(value: Any) -> str:
    """JSON that cannot end or confuse the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _legend(g: nx.MultiGraph) -> str:
    """Node types (with the partner-type filter checkboxes), then edge kinds."""
    counts: dict[str, int] = defaultdict(int)
    for _, kind in g.nodes(data="kind"):
        counts[kind] += 1
    kinds = ["Province", *PARTNER_TYPES]
    if counts.get("Partner"):
        kinds.append("Partner")
    rows = []
    for k in kinds:
        box = (
            '<span class="kg-box"></span>'
            if k == "Province"
            else f'<input type="checkbox" class="kg-type" value="{k}" checked>'
        )
        rows.append(
            f'<li><label>{box}<span class="kg-swatch" style="background:{TYPE_COLOURS[k]}"></span>'
            f'<span class="kg-name">{html.escape(TYPE_NAMES[k])}</span>'
            f'<span class="kg-count">{counts.get(k, 0)}</span></label></li>'
        )
    return "\n".join(rows)


def _edge_legend(data: dict[str, Any]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for e in data["edges"]:
        counts[e["k"]] += 1
    return "\n".join(
        f'<li><span class="kg-line" style="background:{EDGE_COLOURS[k]}"></span>'
        f'<span class="kg-name">{html.escape(EDGE_NAMES[k])}</span>'
        f'<span class="kg-count">{counts.get(k, 0)}</span></li>'
        for k in EDGE_KINDS
    )


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace every ``{{name}}`` of ``template`` in one pass (values are never rescanned)."""

    def sub(m: re.Match[str]) -> str:
        return values[m.group(1)]

    return re.sub(r"\{\{([a-z_]+)\}\}", sub, template)


def network_html(
    graph: rdflib.Graph,
    *,
    province: str | None = None,
    title: str = DEFAULT_TITLE,
) -> tuple[str, NetworkStats]:
    """The network page of ``graph`` as an HTML string, and its size.

    ``province`` keeps one province and its partners; it is matched against the
    province's ``rdfs:label`` and ``skos:altLabel`` (any language, ignoring
    case).  An unknown name gives an empty network.
    """
    facts = _Facts(graph)
    g = _to_networkx(_partnerships(graph, province, facts))
    stats = NetworkStats(nodes=g.number_of_nodes(), edges=g.number_of_edges())
    data = _build(g, facts)
    data["options"] = _OPTIONS
    vis_js, app_js = _vis_js(), _app_js()
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(app_js)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    heading = title if province is None else f"{title} — {_clean(province)}"
    page = _fill(
        _asset("viz_template.html"),
        {
            "csp": html.escape(csp),
            "title": html.escape(heading),
            "stats": html.escape(f"{stats.nodes} nút / nodes, {stats.edges} quan hệ / partnerships"),
            "total": str(stats.nodes),
            "top_n": str(TOP_N),
            "legend": _legend(g),
            "edge_legend": _edge_legend(data),
            "data": _json_for_html(data),
            "vis_js": vis_js,
            "app_js": app_js,
        },
    )
    return page, stats


def write_network(graph: rdflib.Graph, path: Path, **kw: Any) -> NetworkStats:
    """Write the network page to ``path`` (UTF-8), atomically; keywords as :func:`network_html`."""
    page, stats = network_html(graph, **kw)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(page.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return stats
