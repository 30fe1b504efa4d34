"""The network page's data read from the graph: its partnerships, the facts around them, a networkx graph of provinces and partners."""


from __future__ import annotations

import re
import unicodedata
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

_KG, _RDF = "https://w3id.org/vnkg/def#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DCTERMS, _PROV = "http://purl.org/dc/terms/", "http://www.w3.org/ns/prov#"

#: What the page reads besides the partnerships, each an index lookup of one triple pattern in the
#: merged (default) graph: (key, predicate, object), the object None for any.  ``type`` rows read the
#: partner classes (the class is the value).  Python joins the rows (:class:`_Facts`).
FACT_PATTERNS: tuple[tuple[str, str, str | None], ...] = (
    ("label", "http://www.w3.org/2000/01/rdf-schema#label", None),
    *(("type", f"{_RDF}type", f"{_KG}{t}") for t in PARTNER_TYPES),
    ("country", f"{_KG}country", None),
    ("kind", f"{_KG}relationKind", None),
    ("derived", f"{_PROV}wasDerivedFrom", None),
    ("evidence", f"{_KG}evidence", None),
    ("sentence", f"{_KG}sentence", None),
    ("article", f"{_KG}article", None),
    ("title", f"{_DCTERMS}title", None),
    ("adate", f"{_DCTERMS}date", None),
    ("url", "https://schema.org/url", None),
    ("file", f"{_KG}sourceFile", None),
    ("source", f"{_DCTERMS}source", None),
    ("party", f"{_KG}party", None),
    ("status", f"{_KG}status", None),
    ("atype", f"{_KG}agreementType", None),
    ("pstart", f"{_KG}periodStart", None),
    ("pend", f"{_KG}periodEnd", None),
    ("date", f"{_KG}date", None),
    ("inferred", f"{_KG}dateInferred", None),
    ("ekind", f"{_KG}eventKind", None),
    ("participant", f"{_KG}participant", None),
    ("place", f"{_KG}place", None),
    ("province", f"{_KG}province", None),
    ("itype", f"{_KG}indicatorType", None),
    ("value", f"{_KG}value", None),
    ("unit", f"{_KG}unit", None),
    ("period", f"{_KG}period", None),
    ("qualifier", f"{_KG}qualifier", None),
    ("scope", f"{_KG}scope", None),
    ("zone", f"{_KG}scopeLabel", None),
    ("cumulative", f"{_KG}cumulative", None),
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


#: The characters of Unicode's categories Cc, Zl and Zp (controls, line and paragraph separators).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _clean(text: str) -> str:
    """Normalise a string for display: NFC, no control characters, single spaces."""
    return " ".join(_CONTROLS.sub(" ", unicodedata.normalize("NFC", text)).split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _fold(text: str) -> str:
    """A sort key that ignores case and diacritics (đ = d)."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


#: A term of the graph as the page reads it.
Term = ox.NamedNode | ox.BlankNode | ox.Literal
_VALUED = (ox.NamedNode, ox.BlankNode, ox.Literal)  # the terms whose text is their value (sparql.text)


def _order(term: Term) -> tuple[str, str]:
    return term.value, getattr(term, "language", None) or ""


def dataset(graph: rdflib.Graph | ox.Store) -> ox.Store:
    """The store the page reads: a build's Oxigraph store as it is (its default graph is the merged
    graph), or an rdflib graph (small graphs, tests) copied into an in-memory store."""
    if isinstance(graph, ox.Store):
        return graph
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


class _Facts:
    """The values of :data:`FACT_PATTERNS` in the merged graph, by subject and key, each distinct
    value once in a fixed order (by value, then language)."""

    def __init__(self, store: ox.Store | None) -> None:
        self.by_key: dict[str, dict[str, tuple[Term, ...]]] = {key: {} for key, _, _ in FACT_PATTERNS}
        several: list[tuple[dict[str, tuple[Term, ...]], str]] = []
        if store is not None:
            default = ox.DefaultGraph()
            for key, predicate, value in FACT_PATTERNS:
                found = self.by_key[key]
                obj = ox.NamedNode(value) if value else None
                for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), obj, default):
                    o, subject = quad.object, quad.subject
                    if isinstance(o, Term) and not isinstance(subject, ox.Triple):
                        s = subject.value
                        values = found.get(s)
                        if values is None:
                            found[s] = (o,)
                        else:
                            found[s] = (*values, o)
                            several.append((found, s))
        for found, s in several:
            found[s] = tuple(sorted(set(found[s]), key=_order))

    def get(self, subject: str, key: str) -> tuple[Term, ...]:
        """The distinct values, in a fixed order."""
        return self.by_key[key].get(subject, ())

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
        return sorted(self.by_key[key])


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
    partners: dict[str, tuple[str, str, str]] = {}  # partner -> type, label, country: one partner, many rows
    provinces: dict[str, str] = {}
    derived_of, kinds_of, evidence_of = facts.by_key["derived"], facts.by_key["kind"], facts.by_key["evidence"]
    for row in rows:  # ?ps ?prov ?partner, by position (faster)
        ps, prov, partner = (t.value if isinstance(t, _VALUED) else str(text(t)) for t in (row[0], row[1], row[2]))
        if partner not in partners:
            ptype = _partner_type(facts, partner)
            partner_label = facts.label(partner) or _tail(partner)
            countries = facts.iris(partner, "country")
            country = (facts.label(countries[0]) or _tail(countries[0]).upper()) if countries else ""
            if not country and ptype == "ForeignCountry":
                country = partner_label
            partners[partner] = (ptype, partner_label, country)
        province_label = provinces.get(prov)
        if province_label is None:
            province_label = provinces[prov] = facts.label(prov) or _tail(prov)
        ptype, partner_label, country = partners[partner]
        derived = tuple(v.value for v in derived_of.get(ps, ()))
        result.append(
            _Partnership(
                iri=ps,
                province=prov,
                province_label=province_label,
                partner=partner,
                partner_label=partner_label,
                partner_type=ptype,
                country_label=country,
                articles=len(derived),
                article_iris=derived,
                kinds=tuple(sorted({_tail(k.value) for k in kinds_of.get(ps, ())})),
                evidence_iris=tuple(v.value for v in evidence_of.get(ps, ())),
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

