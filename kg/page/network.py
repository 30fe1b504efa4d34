"""The network page's data read from the graph: its partnerships, the facts around them, a networkx graph of provinces and partners."""


from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox
import rdflib

from ..graph.sparql import select, text
from .style import PARTNER_TYPES

# One row per partnership of the province whose label or altLabel (any case) is
# the literal bound to ?provinceName as a substitution (never query text; Oxigraph
# substitutes only a projected variable).
QUERY = """
PREFIX kg: <https://w3id.org/vnkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

SELECT ?ps ?prov ?partner ?provinceName WHERE {
  ?ps a kg:Partnership ; kg:province ?prov ; kg:partner ?partner .
  FILTER EXISTS {
    ?prov rdfs:label|skos:altLabel ?name .
    FILTER (LCASE(STR(?name)) = LCASE(STR(?provinceName)))
  }
}
"""

# Every partnership (a FILTER is evaluated per row even when it cannot
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


#: A term of the graph as the page reads it.
Term = ox.NamedNode | ox.BlankNode | ox.Literal


def dataset(graph: rdflib.Graph | ox.Store) -> ox.Store:
    """The store the page reads: a build's Oxigraph store as it is (its default graph is the merged
    graph), or an rdflib graph (small graphs, tests) copied into an in-memory store."""
    if isinstance(graph, ox.Store):
        return graph
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


class _Facts:
    """The rows of :data:`FACTS_QUERY`, by subject and key."""

    def __init__(self, store: ox.Store | None) -> None:
        self.raw: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        if store is not None:
            for row in select(store, FACTS_QUERY):
                s, k, o = row["s"], row["k"], row["o"]
                if s is not None and k is not None and isinstance(o, Term):
                    self.raw[s.value][k.value].append(o)

    def get(self, subject: str, key: str) -> list[Term]:
        """The distinct values, in a fixed order."""
        props = self.raw.get(subject)
        values = props.get(key) if props else None
        if not values:
            return []
        return sorted(set(values), key=lambda n: (n.value, getattr(n, "language", None) or ""))

    def iris(self, subject: str, key: str) -> list[str]:
        return [v.value for v in self.get(subject, key)]

    def one(self, subject: str, key: str) -> str:
        values = self.get(subject, key)
        return _clean(values[0].value) if values else ""

    def label(self, subject: str) -> str:
        """The subject's Vietnamese label, else any label, else ""."""
        labels = self.get(subject, "label")
        for lab in labels:
            if isinstance(lab, ox.Literal) and (lab.language or "").lower().startswith("vi"):
                return _clean(lab.value)
        return _clean(labels[0].value) if labels else ""

    def subjects_with(self, key: str) -> list[str]:
        return sorted(s for s, props in self.raw.items() if key in props)


def _partner_type(facts: _Facts, partner: str) -> str:
    found = {_tail(t) for t in facts.iris(partner, "type")}
    for name in PARTNER_TYPES:
        if name in found:
            return name
    return "Partner"


def _partnerships(store: ox.Store, province: str | None, facts: _Facts) -> list[_Partnership]:
    rows = (select(store, QUERY_ALL) if province is None
            else select(store, QUERY, substitutions={ox.Variable("provinceName"): ox.Literal(_clean(province))}))
    result = []
    for row in rows:
        ps, prov, partner = (str(text(row[k])) for k in ("ps", "prov", "partner"))
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

