"""The network page: provinces and their foreign partners as one offline HTML file.

Two SPARQL SELECTs read the graph:

* :data:`QUERY`, one row per ``kg:Partnership`` (province, partner, labels, the
  partner's class and country, its source articles, relation kinds and
  evidence), optionally limited to one province through ``?provinceName``
  bound with ``initBindings``;
* :data:`FACTS_QUERY`, the plain ``subject key object`` rows of the facts the
  side panel shows (evidence sentences, articles, agreements, events,
  indicators, labels), each UNION branch a single triple pattern.

The rows become a :mod:`networkx` multigraph (one edge per partnership), laid
out here in Python (a deterministic packing of the provinces with their
partners around them, see :func:`_layout`) so that the page draws at once with
vis-network's physics switched off, even with thousands of nodes.

The page is ``viz_template.html`` + ``viz_app.js`` (next to this module), with
vis-network's JavaScript read from the copy bundled in the pyvis package and
inlined, so the page opens offline from a file.

Every string that comes from an article (labels, sentences, titles, URLs) is
treated as hostile:

* the data travel as JSON in a ``<script type="application/json">`` block in
  which ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and
  ``\\u0026``, so no text can close the element; the page reads it with
  ``JSON.parse``;
* the page's script builds the filters and the side panel with DOM nodes and
  ``textContent``, never ``innerHTML``; a link gets an ``href`` only for an
  ``http:``/``https:`` URL;
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
import hashlib
import html
import json
import math
import os
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
import rdflib
from rdflib.term import Literal, Node

from . import vocab

__all__ = [
    "NetworkStats",
    "network_html",
    "write_network",
    "PARTNER_TYPES",
    "TYPE_COLOURS",
    "TYPE_NAMES",
    "EDGE_KINDS",
    "EDGE_COLOURS",
    "EDGE_NAMES",
    "TOP_N",
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
    "ForeignLocality": "Foreign locality (địa phương nước ngoài)",
    "InternationalOrganisation": "International organisation (tổ chức quốc tế)",
    "GovernmentAgency": "Foreign government agency (cơ quan chính phủ)",
    "DiplomaticMission": "Diplomatic mission (cơ quan đại diện)",
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
MAX_EVIDENCE = 3  # evidence sentences in an edge's tooltip
MAX_SENTENCE = 400  # characters of one sentence in a tooltip
MAX_PANEL_SENTENCE = 1200  # characters of one sentence in the side panel
MAX_LABEL = 40  # characters of a node label drawn on the canvas

# Layout constants (vis-network canvas units, i.e. pixels at zoom 1).
_SPACING = 78.0  # distance between neighbouring single-province partners
_GOLDEN = math.pi * (3.0 - math.sqrt(5.0))

# Separators of the GROUP_CONCAT values (IRIs contain no spaces).
_SEP = " "

# One SELECT, one result row per partnership.  The partnership pattern (and the
# optional province filter, ?provinceName bound through initBindings) comes
# first; each UNION branch then adds one kind of fact, so the aggregates see a
# sum, not a product, of the facts of a partnership.  Aggregates skip the
# variables a branch leaves unbound.  (No VALUES and no nested joins in the
# branches: rdflib then evaluates the UNION once per partnership with its
# variables already bound instead of joining two full result sets.)
QUERY = """
PREFIX kg: <https://w3id.org/vnkg/def#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>

SELECT ?ps ?prov ?partner
       (MIN(?provVi) AS ?provLabelVi) (MIN(?provAny) AS ?provLabelAny)
       (MIN(?partVi) AS ?partnerLabelVi) (MIN(?partAny) AS ?partnerLabelAny)
       (GROUP_CONCAT(DISTINCT STR(?ptype); separator=" ") AS ?types)
       (MIN(STR(?cty)) AS ?country)
       (MIN(?ctyVi) AS ?countryLabelVi) (MIN(?ctyAny) AS ?countryLabelAny)
       (COUNT(DISTINCT ?article) AS ?articles)
       (GROUP_CONCAT(DISTINCT STR(?article); separator=" ") AS ?articleIris)
       (GROUP_CONCAT(DISTINCT STR(?kind); separator=" ") AS ?kinds)
       (GROUP_CONCAT(DISTINCT STR(?evNode); separator=" ") AS ?evidence)
WHERE {
  {
    ?ps a kg:Partnership ; kg:province ?prov ; kg:partner ?partner .
    FILTER (!BOUND(?provinceName) || EXISTS {
      ?prov rdfs:label|skos:altLabel ?name .
      FILTER (LCASE(STR(?name)) = LCASE(STR(?provinceName)))
    })
  }
  {
    ?prov rdfs:label ?provVi . FILTER (LANGMATCHES(LANG(?provVi), "vi"))
  } UNION {
    ?prov rdfs:label ?provAny .
  } UNION {
    ?partner rdfs:label ?partVi . FILTER (LANGMATCHES(LANG(?partVi), "vi"))
  } UNION {
    ?partner rdfs:label ?partAny .
  } UNION {
    ?partner rdf:type ?ptype .
    FILTER (?ptype IN (kg:ForeignCountry, kg:ForeignLocality, kg:InternationalOrganisation,
                       kg:GovernmentAgency, kg:DiplomaticMission, kg:Company, kg:NGO))
  } UNION {
    ?partner kg:country ?cty .
  } UNION {
    ?partner kg:country/rdfs:label ?ctyVi . FILTER (LANGMATCHES(LANG(?ctyVi), "vi"))
  } UNION {
    ?partner kg:country/rdfs:label ?ctyAny .
  } UNION {
    ?ps prov:wasDerivedFrom ?article .
  } UNION {
    ?ps kg:relationKind ?kind .
  } UNION {
    ?ps kg:evidence ?evNode .
  }
}
GROUP BY ?ps ?prov ?partner
"""

# The facts behind the side panel, as (subject, key, object) rows: every branch
# is one triple pattern with a constant predicate (an index lookup), and BIND
# names the branch.  Python joins the rows.
_FACT_PREDICATES: tuple[tuple[str, str], ...] = (
    ("sentence", "kg:sentence"),
    ("article", "kg:article"),
    ("start", "kg:startOffset"),
    ("title", "dcterms:title"),
    ("adate", "dcterms:date"),
    ("url", "schema:url"),
    ("file", "kg:sourceFile"),
    ("source", "dcterms:source"),
    ("label", "rdfs:label"),
    ("evidence", "kg:evidence"),
    ("party", "kg:party"),
    ("status", "kg:status"),
    ("atype", "kg:agreementType"),
    ("pstart", "kg:periodStart"),
    ("pend", "kg:periodEnd"),
    ("date", "kg:date"),
    ("inferred", "kg:dateInferred"),
    ("ekind", "kg:eventKind"),
    ("participant", "kg:participant"),
    ("place", "kg:place"),
    ("province", "kg:province"),
    ("itype", "kg:indicatorType"),
    ("value", "kg:value"),
    ("unit", "kg:unit"),
    ("period", "kg:period"),
    ("qualifier", "kg:qualifier"),
    ("scope", "kg:scope"),
    ("zone", "kg:scopeLabel"),
    ("cumulative", "kg:cumulative"),
)

FACTS_QUERY = (
    """
PREFIX kg: <https://w3id.org/vnkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>

SELECT ?s ?k ?o WHERE {
"""
    + "\n  UNION\n".join(
        f'  {{ ?s {pred} ?o . BIND ("{key}" AS ?k) }}' for key, pred in _FACT_PREDICATES
    )
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


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


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


def _partner_type(types: str) -> str:
    found = {_tail(t) for t in types.split()}
    for name in PARTNER_TYPES:
        if name in found:
            return name
    return "Partner"


def _partnerships(graph: rdflib.Graph, province: str | None) -> list[_Partnership]:
    bindings: dict[str, Node] = {}
    if province is not None:
        bindings["provinceName"] = Literal(_clean(province))
    result = []
    for row in graph.query(QUERY, initBindings=bindings):
        ps, prov, partner = (_text(row[k]) for k in ("ps", "prov", "partner"))
        ptype = _partner_type(_text(row["types"]))
        partner_label = _clean(_text(row["partnerLabelVi"]) or _text(row["partnerLabelAny"]))
        partner_label = partner_label or _tail(partner)
        country = _clean(_text(row["countryLabelVi"]) or _text(row["countryLabelAny"]))
        if not country and row["country"] is not None:
            country = _tail(_text(row["country"])).upper()
        if not country and ptype == "ForeignCountry":
            country = partner_label
        result.append(
            _Partnership(
                iri=ps,
                province=prov,
                province_label=_clean(_text(row["provLabelVi"]) or _text(row["provLabelAny"]))
                or _tail(prov),
                partner=partner,
                partner_label=partner_label,
                partner_type=ptype,
                country_label=country,
                articles=int(row["articles"].toPython()) if row["articles"] is not None else 0,
                article_iris=tuple(sorted(set(_text(row["articleIris"]).split()))),
                kinds=tuple(sorted({_tail(k) for k in _text(row["kinds"]).split()})),
                evidence_iris=tuple(sorted(set(_text(row["evidence"]).split()))),
            )
        )
    result.sort(key=lambda p: p.iri)
    return result


class _Facts:
    """The rows of :data:`FACTS_QUERY`: ``facts[subject][key]`` is a sorted list of objects."""

    def __init__(self, graph: rdflib.Graph) -> None:
        raw: dict[str, dict[str, set[Node]]] = defaultdict(lambda: defaultdict(set))
        for s, k, o in graph.query(FACTS_QUERY):
            raw[str(s)][str(k)].add(o)
        self.by_subject: dict[str, dict[str, list[Node]]] = {
            s: {k: sorted(v, key=lambda n: (str(n), getattr(n, "language", None) or ""))
                for k, v in props.items()}
            for s, props in raw.items()
        }

    def get(self, subject: str, key: str) -> list[Node]:
        return self.by_subject.get(subject, {}).get(key, [])

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
        return sorted(s for s, props in self.by_subject.items() if key in props)


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
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not re.search(r"[\s<>\"']", value):
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


@dataclass
class _Model:
    """Everything the page shows, indexed for the JSON payload."""

    articles: list[dict[str, str]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    _article_ids: dict[str, int] = field(default_factory=dict)
    _evidence_ids: dict[str, int] = field(default_factory=dict)


class _Builder:
    def __init__(self, g: nx.MultiGraph, facts: _Facts) -> None:
        self.g = g
        self.f = facts
        self.m = _Model()

    def article(self, iri: str) -> int:
        if iri in self.m._article_ids:
            return self.m._article_ids[iri]
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
        self.m._article_ids[iri] = len(self.m.articles)
        self.m.articles.append({k: v for k, v in item.items() if v})
        return self.m._article_ids[iri]

    def evidence(self, iris: list[str] | tuple[str, ...]) -> list[int]:
        """Indexes of the evidence nodes that have a sentence, ordered by article and offset."""
        found = []
        for iri in iris:
            if iri not in self.m._evidence_ids:
                sentence = self.f.one(iri, "sentence")
                if not sentence:
                    continue
                art = self.f.get(iri, "article")
                start = self.f.one(iri, "start")
                item: dict[str, Any] = {"s": _clip(sentence, MAX_PANEL_SENTENCE)}
                if art:
                    item["a"] = self.article(str(art[0]))
                self.m._evidence_ids[iri] = len(self.m.evidence)
                self.m.evidence.append(item)
                self.m.evidence[-1]["_key"] = (
                    self.m.articles[item["a"]].get("d", "") if "a" in item else "",
                    item.get("a", -1),
                    int(start) if start.isdigit() else 0,
                    sentence,
                )
            found.append(self.m._evidence_ids[iri])
        # one sentence read twice (two evidence nodes, same text and article) is shown once
        seen: set[tuple[str, int]] = set()
        unique = []
        for i in sorted(set(found), key=lambda i: self.m.evidence[i]["_key"]):
            key = (self.m.evidence[i]["s"], self.m.evidence[i].get("a", -1))
            if key not in seen:
                seen.add(key)
                unique.append(i)
        return unique


def _ordered_nodes(g: nx.MultiGraph) -> list[str]:
    return sorted(g.nodes, key=lambda n: (g.nodes[n]["kind"] != "Province", _fold(g.nodes[n]["label"]), n))


def _build(g: nx.MultiGraph, facts: _Facts) -> dict[str, Any]:
    """The JSON payload of the page: vis-network items plus the side panel's facts."""
    b = _Builder(g, facts)
    order = _ordered_nodes(g)
    ids = {node: i for i, node in enumerate(order)}
    label_of = {n: g.nodes[n]["label"] for n in g.nodes}

    def name(iri: str) -> str:
        return label_of.get(iri) or facts.label(iri) or _tail(iri)

    # agreements, events and indicators that touch a drawn node
    node_agreements: dict[str, list[int]] = defaultdict(list)
    node_events: dict[str, list[int]] = defaultdict(list)
    node_indicators: dict[str, list[int]] = defaultdict(list)
    pair_agreements: dict[tuple[str, str], list[int]] = defaultdict(list)
    pair_events: dict[tuple[str, str], list[int]] = defaultdict(list)
    signed_pairs: set[tuple[str, str]] = set()

    def pairs(members: set[str]) -> list[tuple[str, str]]:
        provs = sorted(m for m in members if m in g and g.nodes[m]["kind"] == "Province")
        return [(p, q) for p in provs for q in sorted(members) if q != p and g.has_edge(p, q)]

    agreements = []
    for ag in facts.subjects_with("party"):
        parties = {str(x) for x in facts.get(ag, "party")} | {str(x) for x in facts.get(ag, "province")}
        drawn = sorted(x for x in parties if x in g)
        if not drawn:
            continue
        agreements.append((ag, parties, drawn))
    agreements.sort(key=lambda a: (facts.one(a[0], "date") or facts.one(a[0], "pstart") or "9999", a[0]))
    for ag, parties, drawn in agreements:
        status = _tail(facts.one(ag, "status")) if facts.get(ag, "status") else ""
        i = len(b.m.agreements)
        b.m.agreements.append(
            {
                "l": facts.label(ag) or facts.one(ag, "atype") or _tail(ag),
                "t": facts.one(ag, "atype"),
                "st": status,
                "sn": STATUS_NAMES.get(status, status),
                "ps": facts.one(ag, "pstart"),
                "pe": facts.one(ag, "pend"),
                "d": facts.one(ag, "date"),
                "p": sorted({name(x) for x in parties}, key=_fold),
                "e": b.evidence(tuple(str(x) for x in facts.get(ag, "evidence"))),
            }
        )
        for x in drawn:
            node_agreements[x].append(i)
        for pair in pairs(parties):
            pair_agreements[pair].append(i)
            if status == "signed":
                signed_pairs.add(pair)

    events = []
    for ev in facts.subjects_with("ekind"):
        members = {str(x) for k in ("province", "participant", "place") for x in facts.get(ev, k)}
        drawn = sorted(x for x in members if x in g)
        if drawn:
            events.append((ev, members, drawn))
    events.sort(key=lambda e: (facts.one(e[0], "date") or "9999", e[0]))
    for ev, members, drawn in events:
        kind = str(facts.get(ev, "ekind")[0])
        kind_label = facts.label(kind)
        kind_key = _tail(kind)
        i = len(b.m.events)
        inferred = facts.one(ev, "inferred").lower() in ("true", "1")
        b.m.events.append(
            {
                "l": facts.label(ev),
                "k": kind_key if not kind_label or kind_label == kind_key else f"{kind_label} ({kind_key})",
                "d": facts.one(ev, "date"),
                "i": 1 if inferred else 0,
                "p": sorted({name(x) for x in members}, key=_fold),
                "e": b.evidence(tuple(str(x) for x in facts.get(ev, "evidence"))),
            }
        )
        for x in drawn:
            node_events[x].append(i)
        for pair in pairs(members):
            pair_events[pair].append(i)

    indicators = []
    for ind in facts.subjects_with("itype"):
        scopes = sorted(str(x) for x in facts.get(ind, "scope") if str(x) in g)
        if scopes:
            indicators.append((ind, scopes))
    indicators.sort(key=lambda x: (x[1], facts.one(x[0], "itype"), facts.one(x[0], "period"), x[0]))
    for ind, scopes in indicators:
        i = len(b.m.indicators)
        b.m.indicators.append(
            {
                "t": facts.one(ind, "itype").replace("_", " "),
                "v": _number(facts.one(ind, "value")),
                "u": facts.one(ind, "unit"),
                "p": facts.one(ind, "period"),
                "q": facts.one(ind, "qualifier").replace("_", " "),
                "c": 1 if facts.one(ind, "cumulative").lower() in ("true", "1") else 0,
                "z": facts.one(ind, "zone"),
                "e": b.evidence(tuple(str(x) for x in facts.get(ind, "evidence"))),
            }
        )
        for x in scopes:
            node_indicators[x].append(i)

    # edges: always province -> partner, in a fixed order
    raw_edges = []
    for _, _, p in g.edges(data="partnership"):
        raw_edges.append((ids[p.province], ids[p.partner], p.iri, p))
    raw_edges.sort(key=lambda e: e[:3])

    countries = sorted({g.nodes[n]["country"] for n in g.nodes if g.nodes[n]["country"]}, key=_fold)
    country_ids = {c: i for i, c in enumerate(countries)}

    positions = _layout(g)
    vis_nodes, node_info = [], []
    for node in order:
        data = g.nodes[node]
        kind = data["kind"]
        degree = len(set(g.neighbors(node)))
        province = kind == "Province"
        x, y = positions[node]
        vis_nodes.append(
            {
                "id": ids[node],
                "label": _clip(data["label"], MAX_LABEL),
                "title": _node_title(g, node),
                "x": x,
                "y": y,
                "size": _node_size(kind, degree),
                "color": {
                    "background": TYPE_COLOURS[kind],
                    "border": "#333333",
                    "highlight": {"background": TYPE_COLOURS[kind], "border": "#000000"},
                    "hover": {"background": TYPE_COLOURS[kind], "border": "#000000"},
                },
                "font": {"size": 22 if province else 15, "bold": province},
                "borderWidth": 2 if province else 1,
            }
        )
        info: dict[str, Any] = {"k": kind, "n": data["label"], "g": degree, "iri": node}
        if data["country"]:
            info["c"] = country_ids[data["country"]]
        for key, table in (("a", node_agreements), ("v", node_events), ("i", node_indicators)):
            if table.get(node):
                info[key] = table[node]
        node_info.append(info)

    vis_edges, edge_info = [], []
    for i, (a, c, _, p) in enumerate(raw_edges):
        pair = (p.province, p.partner)
        if "agreement" in p.kinds or pair in signed_pairs:
            category = "agreement"
        elif "visit" in p.kinds:
            category = "visit"
        elif "aid_investment" in p.kinds:
            category = "aid_investment"
        else:
            category = "other"
        evidence = b.evidence(p.evidence_iris)
        years = {_year(b.m.articles[b.article(art)].get("d", "")) for art in p.article_iris}
        years |= {_year(b.m.articles[b.m.evidence[e]["a"]].get("d", "")) for e in evidence if "a" in b.m.evidence[e]}
        years |= {_year(b.m.events[e]["d"]) for e in pair_events.get(pair, [])}
        colour = EDGE_COLOURS[category]
        vis_edges.append(
            {
                "id": i,
                "from": a,
                "to": c,
                "width": _edge_width(p.articles),
                "color": {"color": colour, "highlight": "#000000", "hover": "#000000", "opacity": 0.85},
                "title": _edge_title(p, category, [b.m.evidence[e] for e in evidence], b.m.articles),
            }
        )
        info = {"k": category, "r": list(p.kinds), "n": p.articles, "e": evidence}
        y = sorted(y for y in years if y is not None)
        if y:
            info["y"] = y
        if pair_agreements.get(pair):
            info["a"] = pair_agreements[pair]
        if pair_events.get(pair):
            info["v"] = pair_events[pair]
        edge_info.append(info)

    for item in b.m.evidence:
        item.pop("_key", None)
    rank = sorted(range(len(order)), key=lambda i: (-node_info[i]["g"], i))
    all_years = sorted({y for e in edge_info for y in e.get("y", ())})
    return {
        "nodes": vis_nodes,
        "edges": vis_edges,
        "info": {
            "nodes": node_info,
            "edges": edge_info,
            "rank": rank,
            "countries": countries,
            "years": all_years,
            "articles": b.m.articles,
            "evidence": b.m.evidence,
            "agreements": b.m.agreements,
            "events": b.m.events,
            "indicators": b.m.indicators,
            "types": {k: {"name": TYPE_NAMES[k], "colour": TYPE_COLOURS[k]} for k in TYPE_COLOURS},
            "edgeKinds": {k: {"name": EDGE_NAMES[k], "colour": EDGE_COLOURS[k]} for k in EDGE_KINDS},
            "topN": TOP_N,
        },
    }


def _node_title(g: nx.MultiGraph, node: str) -> str:
    data = g.nodes[node]
    lines = [data["label"], TYPE_NAMES[data["kind"]]]
    if data["country"] and data["kind"] != "ForeignCountry":
        lines.append(f"Quốc gia / country: {data['country']}")
    others = sorted({g.nodes[n]["label"] for n in g.neighbors(node)}, key=_fold)
    noun = "đối tác / partners" if data["kind"] == "Province" else "tỉnh / provinces"
    lines.append(f"{len(others)} {noun}: " + _clip(", ".join(others), 300))
    lines.append("(bấm để xem chi tiết / click for details)")
    return "\n".join(lines)


def _edge_title(p: _Partnership, category: str, evidence: list[dict], articles: list[dict]) -> str:
    lines = [f"{p.province_label} — {p.partner_label}"]
    partner = TYPE_NAMES[p.partner_type]
    if p.country_label and p.partner_type != "ForeignCountry":
        partner += f", {p.country_label}"
    lines.append(partner)
    lines.append(EDGE_NAMES[category])
    if p.kinds:
        lines.append("Quan hệ / relation: " + ", ".join(p.kinds))
    lines.append(f"Bài báo / articles: {p.articles}")
    for ev in evidence[:MAX_EVIDENCE]:
        lines.append("")
        lines.append("“" + _clip(ev["s"], MAX_SENTENCE) + "”")
        title = articles[ev["a"]].get("t", "") if "a" in ev else ""
        if title:
            lines.append("   — " + _clip(title, 200))
    if len(evidence) > MAX_EVIDENCE:
        lines.append("")
        lines.append(f"(+{len(evidence) - MAX_EVIDENCE} câu khác / more sentences)")
    return "\n".join(lines)


# --- layout -----------------------------------------------------------------


def _sunflower(n: int, spacing: float, inner: float) -> list[tuple[float, float]]:
    """``n`` points of a Vogel spiral with neighbours ``spacing`` apart, outside radius ``inner``."""
    c = spacing / 1.75
    k0 = (inner / c) ** 2
    out = []
    for k in range(n):
        r = c * math.sqrt(k + k0 + 0.5)
        a = (k + k0) * _GOLDEN
        out.append((r * math.cos(a), r * math.sin(a)))
    return out


def _pack_hubs(radii: list[float], links: dict[tuple[int, int], float]) -> list[list[float]]:
    """Centres of discs of ``radii`` packed around the origin, linked discs close together.

    A small position-based simulation (gravity to the centre, springs along the
    links, hard collisions), deterministic and O(n²) per step: fine for the
    hundred or so provinces.
    """
    n = len(radii)
    if n == 0:
        return []
    if n == 1:
        return [[0.0, 0.0]]
    mean = sum(radii) / n
    pos = [[2.0 * mean * math.sqrt(k + 0.5) * math.cos(k * _GOLDEN),
            2.0 * mean * math.sqrt(k + 0.5) * math.sin(k * _GOLDEN)] for k in range(n)]
    gap = 0.6 * _SPACING
    link_list = [
        (i, j, radii[i] + radii[j] + gap + 0.5 * _SPACING * math.sqrt(w), min(0.5, 0.15 * math.log1p(w) + 0.05))
        for (i, j), w in sorted(links.items())
    ]
    steps = 300 if n <= 120 else max(40, int(300 * (120 / n) ** 2))
    for step in range(steps):
        alpha = 1.0 - step / steps
        for p in pos:  # gravity
            p[0] -= p[0] * 0.04 * alpha
            p[1] -= p[1] * 0.04 * alpha
        for i, j, want, strength in link_list:  # springs
            dx = pos[j][0] - pos[i][0]
            dy = pos[j][1] - pos[i][1]
            d = math.hypot(dx, dy) or 1e-6
            s = (d - want) / d * strength * alpha * 0.5
            pos[i][0] += dx * s
            pos[i][1] += dy * s
            pos[j][0] -= dx * s
            pos[j][1] -= dy * s
        for _ in range(2 if step < steps - 1 else 30):  # collisions
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
                    push = (want - d) / d
                    wi = radii[j] ** 2 / (ri**2 + radii[j] ** 2)
                    pi[0] -= dx * push * wi
                    pi[1] -= dy * push * wi
                    pj[0] += dx * push * (1 - wi)
                    pj[1] += dy * push * (1 - wi)
                    moved = True
            if not moved:
                break
    return pos


class _Grid:
    """A spatial hash of placed discs, to find a free spot near a target."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, float, float]]] = defaultdict(list)
        self.max_r = 0.0

    def add(self, x: float, y: float, r: float) -> None:
        self.cells[(math.floor(x / self.cell), math.floor(y / self.cell))].append((x, y, r))
        self.max_r = max(self.max_r, r)

    def free(self, x: float, y: float, r: float) -> bool:
        reach = math.ceil((r + self.max_r) / self.cell)
        cx, cy = math.floor(x / self.cell), math.floor(y / self.cell)
        for i in range(cx - reach, cx + reach + 1):
            for j in range(cy - reach, cy + reach + 1):
                for ox, oy, orad in self.cells.get((i, j), ()):
                    lim = r + orad
                    if (ox - x) ** 2 + (oy - y) ** 2 < lim * lim:
                        return False
        return True


def _layout(g: nx.MultiGraph) -> dict[str, tuple[int, int]]:
    """Deterministic positions for every node of ``g``.

    Each province gets a disc: its partners that work with no other drawn
    province sit around it on a sunflower spiral (the most documented ones
    closest).  The discs are packed around the centre, those of provinces
    sharing partners pulled together; a partner of several provinces is then
    put at the free spot nearest to the centre of its provinces.  About O(n)
    apart from the packing of the (few) provinces, so 5,000 nodes take well
    under a second.
    """
    if g.number_of_nodes() == 0:
        return {}
    kind = {n: g.nodes[n]["kind"] for n in g.nodes}
    label = {n: _fold(g.nodes[n]["label"]) for n in g.nodes}
    neighbours = {n: sorted(set(g.neighbors(n))) for n in g.nodes}
    degree = {n: len(neighbours[n]) for n in g.nodes}
    size = {n: _node_size(kind[n], degree[n]) for n in g.nodes}
    articles: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, p in g.edges(data="partnership"):
        articles[(u, v)] += p.articles
        articles[(v, u)] += p.articles

    hubs = sorted((n for n in g.nodes if kind[n] == "Province"), key=lambda n: (-degree[n], label[n], n))
    hub_set = set(hubs)
    own: dict[str, list[str]] = {h: [] for h in hubs}
    shared: list[str] = []
    for n in sorted(g.nodes, key=lambda n: (label[n], n)):
        if n in hub_set:
            continue
        hs = [h for h in neighbours[n] if h in hub_set]
        if len(hs) == 1:
            own[hs[0]].append(n)
        else:
            shared.append(n)
    small = _node_size("Partner", 1)
    spirals: dict[str, list[tuple[float, float]]] = {}
    radii = []
    for h in hubs:
        own[h].sort(key=lambda n: (-articles[(h, n)], PARTNER_TYPES.index(kind[n]) if kind[n] in PARTNER_TYPES else 99, label[n], n))
        spirals[h] = _sunflower(len(own[h]), _SPACING, size[h] + 0.8 * _SPACING)
        reach = max((math.hypot(x, y) for x, y in spirals[h]), default=size[h])
        radii.append(reach + small)
    index = {h: i for i, h in enumerate(hubs)}
    links: dict[tuple[int, int], float] = defaultdict(float)
    for n in shared:
        hs = [index[h] for h in neighbours[n] if h in hub_set]
        for a in range(len(hs)):
            for b in range(a + 1, len(hs)):
                links[(min(hs[a], hs[b]), max(hs[a], hs[b]))] += 1.0 / (len(hs) - 1)
    for h in hubs:
        for n in neighbours[h]:
            if n in hub_set and index[n] > index[h]:
                links[(index[h], index[n])] += 1.0
    centres = _pack_hubs(radii, links)

    pos: dict[str, tuple[float, float]] = {}
    pad = max(2.0, (_SPACING - 2 * small) / 2 - 6.0)
    grid = _Grid(cell=2 * (60.0 + pad))
    for h, (cx, cy) in zip(hubs, centres):
        pos[h] = (cx, cy)
        grid.add(cx, cy, size[h] + pad)
        for n, (dx, dy) in zip(own[h], spirals[h]):
            pos[n] = (cx + dx, cy + dy)
            grid.add(cx + dx, cy + dy, size[n] + pad)

    shared.sort(key=lambda n: (-degree[n], label[n], n))
    step = 0.45 * _SPACING
    for n in shared:
        hs = [h for h in neighbours[n] if h in pos]
        if hs:
            w = [articles[(h, n)] or 1 for h in hs]
            tx = sum(pos[h][0] * wi for h, wi in zip(hs, w)) / sum(w)
            ty = sum(pos[h][1] * wi for h, wi in zip(hs, w)) / sum(w)
        else:  # a partner of nothing drawn (cannot happen today): park it at the centre
            tx = ty = 0.0
        r = size[n] + pad
        x, y = tx, ty
        for k in range(20000):
            rad = step * math.sqrt(k)
            x, y = tx + rad * math.cos(k * _GOLDEN), ty + rad * math.sin(k * _GOLDEN)
            if grid.free(x, y, r):
                break
        pos[n] = (x, y)
        grid.add(x, y, r)

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
    text = (Path(__file__).parent / name).read_bytes().decode("utf-8")
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
    for e in data["info"]["edges"]:
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
    g = _to_networkx(_partnerships(graph, province))
    stats = NetworkStats(nodes=g.number_of_nodes(), edges=g.number_of_edges())
    data = _build(g, _Facts(graph) if stats.edges else _Facts(rdflib.Graph()))
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
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return stats
