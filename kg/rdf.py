"""Turn extractions into an RDF graph with stable IRIs (see ``ontology/GRAPH.md``).

One IRI per real-world entity across articles: the key of an entity is its
IRI path; partnerships are keyed by their two ends; agreements, events and
indicators by a hash of what identifies them, so the same fact read in two
articles is one node with two pieces of evidence.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from . import vocab as V
from .gazetteer import Gazetteer, gazetteer
from .model import Entity, Evidence, Extraction

_KIND_CLASS = {
    "province": V.Province,
    "vietnam": V.Country,
    "country": V.ForeignCountry,
    "locality": V.ForeignLocality,
    "organisation": V.InternationalOrganisation,
    "agency": V.GovernmentAgency,
    "mission": V.DiplomaticMission,
    "company": V.Company,
    "ngo": V.NGO,
}


def iri(key: str) -> URIRef:
    return V.ID[key]


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _date_literal(value: str) -> Literal:
    datatype = {4: V.XSD.gYear, 7: V.XSD.gYearMonth}.get(len(value), V.XSD.date)
    return Literal(value, datatype=datatype)


def _decimal(value: Decimal) -> Literal:
    text = format(value.normalize(), "f")
    return Literal(text, datatype=V.XSD.decimal)


def bind_prefixes(g: Graph) -> None:
    g.bind("kg", V.KG)
    g.bind("id", V.ID)
    for prefix, ns in (("prov", V.PROV), ("dcterms", V.DCTERMS), ("skos", V.SKOS), ("schema", V.SDO), ("owl", V.OWL)):
        g.bind(prefix, ns, replace=True)


def enumerations(ontology: Path | None = None) -> Graph:
    """The individuals of the ontology (event kinds, statuses, relation kinds)."""
    from .validate import ontology_dir

    onto = Graph().parse(ontology or ontology_dir() / "kg.ttl", format="turtle")
    g = Graph()
    for s, p, o in onto:
        if isinstance(s, URIRef) and str(s).startswith(str(V.ID)):
            g.add((s, p, o))
    return g


class GraphBuilder:
    """Accumulates extractions into one graph."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.g = Graph()
        bind_prefixes(self.g)
        self.g += enumerations()
        self._described: set[str] = set()
        self._extra: dict[str, Entity] = {}

    # -- entities -------------------------------------------------------------
    def entity(self, key: str, extra: dict[str, Entity] | None = None) -> URIRef:
        node = iri(key)
        if key in self._described:
            return node
        e = self.gaz.entities.get(key) or (extra or {}).get(key)
        if e is None:
            return node
        self._described.add(key)
        g = self.g
        g.add((node, V.RDF.type, _KIND_CLASS[e.kind]))
        if e.kind == "country":
            g.add((node, V.RDF.type, V.Country))
        g.add((node, V.RDFS.label, Literal(e.label, lang="vi")))
        if e.label_en and e.label_en != e.label:
            g.add((node, V.RDFS.label, Literal(e.label_en, lang="en")))
        for alt in e.alt_labels:
            if alt not in (e.label, e.label_en):
                g.add((node, V.SKOS.altLabel, Literal(alt)))
        if e.kind == "province":
            g.add((node, V.gsoCode, Literal(e.gso)))
            if e.valid_from:
                g.add((node, V.validFrom, Literal(e.valid_from, datatype=V.XSD.date)))
            if e.valid_until:
                g.add((node, V.validUntil, Literal(e.valid_until, datatype=V.XSD.date)))
            if e.successor:
                g.add((node, V.successor, self.entity(e.successor)))
        if e.iso:
            g.add((node, V.isoCode, Literal(e.iso)))
        if e.acronym:
            g.add((node, V.acronym, Literal(e.acronym)))
        if e.locality_type and e.kind == "locality":
            g.add((node, V.localityType, Literal(e.locality_type)))
        if e.country and e.kind not in ("country", "vietnam", "province"):
            g.add((node, V.country, self.entity(f"country/{e.country.lower()}")))
        return node

    def evidence(self, ev: Evidence) -> URIRef:
        node = iri(f"evidence/{ev.article_id}-{ev.start}-{ev.end}")
        g = self.g
        g.add((node, V.RDF.type, V.Evidence))
        g.add((node, V.RDF.type, V.PROV.Entity))
        g.add((node, V.sentence, Literal(ev.sentence)))
        g.add((node, V.startOffset, Literal(ev.start)))
        g.add((node, V.endOffset, Literal(ev.end)))
        g.add((node, V.article, iri(f"article/{ev.article_id}")))
        return node

    def _provenance(self, node: URIRef, ev: Evidence) -> None:
        self.g.add((node, V.evidence, self.evidence(ev)))
        self.g.add((node, V.PROV.wasDerivedFrom, iri(f"article/{ev.article_id}")))

    # -- facts ------------------------------------------------------------------
    def add(self, ex: Extraction) -> None:
        g = self.g
        extra = {e.key: e for e in ex.new_entities}
        self._extra.update(extra)
        for key in ex.entities:
            self.entity(key, extra)
        a = ex.article
        art = iri(f"article/{a.id}")
        g.add((art, V.RDF.type, V.Article))
        g.add((art, V.RDF.type, V.PROV.Entity))
        g.add((art, V.DCTERMS.title, Literal(a.title, lang="vi")))
        g.add((art, V.DCTERMS.identifier, Literal(a.identifier)))
        g.add((art, V.sourceFile, Literal(a.source_file)))
        if a.date:
            g.add((art, V.DCTERMS.date, Literal(a.date.isoformat(), datatype=V.XSD.date)))
        if a.source:
            g.add((art, V.DCTERMS.source, Literal(a.source)))
        if a.url:
            g.add((art, V.SDO.url, URIRef(a.url)))
        if ex.subject:
            g.add((art, V.subject, iri(ex.subject)))

        for p in ex.partnerships:
            node = iri(f"partnership/{p.province.split('/', 1)[1]}--{p.partner.replace('/', '-')}")
            g.add((node, V.RDF.type, V.Partnership))
            g.add((node, V.province, iri(p.province)))
            g.add((node, V.partner, iri(p.partner)))
            g.add((iri(p.province), V.partnersWith, iri(p.partner)))
            for kind in sorted(p.kinds):
                g.add((node, V.relationKind, V.relation_kind(kind)))
            self._provenance(node, p.evidence)

        for ag in ex.agreements:
            ident = ag.period or ag.date or ag.agreement_type
            node = iri(f"agreement/{_hash(ag.province, *ag.partners, ident)}")
            g.add((node, V.RDF.type, V.Agreement))
            names = [self._label(k) for k in (ag.province, *ag.partners)]
            label = f"{ag.agreement_type} {' – '.join(names)}"
            if ag.period:
                label += f" {ag.period[0]}–{ag.period[1]}"
            if (node, V.RDFS.label, None) not in g:
                g.add((node, V.RDFS.label, Literal(label, lang="vi")))
                g.add((node, V.agreementType, Literal(ag.agreement_type)))
                g.add((node, V.status, V.agreement_status(ag.status)))
            g.add((node, V.province, iri(ag.province)))
            for k in (ag.province, *ag.partners):
                g.add((node, V.party, iri(k)))
            if ag.period:
                g.add((node, V.periodStart, Literal(str(ag.period[0]), datatype=V.XSD.gYear)))
                g.add((node, V.periodEnd, Literal(str(ag.period[1]), datatype=V.XSD.gYear)))
            if ag.date and (node, V.date, None) not in g:
                g.add((node, V.date, _date_literal(ag.date)))
            self._provenance(node, ag.evidence)

        for ev in ex.events:
            ident = (ev.province, ev.kind, ev.date, *sorted(ev.participants)) if ev.date else (ev.evidence.article_id, ev.evidence.start)
            node = iri(f"event/{_hash(*ident)}")
            if (node, V.RDF.type, V.Event) not in g:
                g.add((node, V.RDF.type, V.Event))
                g.add((node, V.RDFS.label, Literal(ev.label, lang="vi")))
                g.add((node, V.eventKind, V.event_kind(ev.kind)))
                g.add((node, V.province, iri(ev.province)))
                if ev.date:
                    g.add((node, V.date, _date_literal(ev.date)))
                    g.add((node, V.dateInferred, Literal(ev.date_inferred)))
                if ev.place:
                    g.add((node, V.place, iri(ev.place)))
            for k in ev.participants:
                g.add((node, V.participant, iri(k)))
            self._provenance(node, ev.evidence)

        for ind in ex.indicators:
            node = iri(f"indicator/{_hash(ind.scope, ind.scope_label, ind.indicator_type, ind.period, ind.value, ind.unit)}")
            if (node, V.RDF.type, V.Indicator) not in g:
                g.add((node, V.RDF.type, V.Indicator))
                label = f"{ind.indicator_type} {self._label(ind.scope)}"
                if ind.scope_label:
                    label += f" ({ind.scope_label})"
                if ind.period:
                    label += f" {ind.period}"
                g.add((node, V.RDFS.label, Literal(label, lang="vi")))
                g.add((node, V.indicatorType, Literal(ind.indicator_type)))
                g.add((node, V.value, _decimal(ind.value)))
                g.add((node, V.unit, Literal(ind.unit)))
                g.add((node, V.cumulative, Literal(ind.cumulative)))
                g.add((node, V.scope, iri(ind.scope)))
                if ind.qualifier:
                    g.add((node, V.qualifier, Literal(ind.qualifier)))
                if ind.scope_label:
                    g.add((node, V.scopeLabel, Literal(ind.scope_label)))
                if ind.period:
                    g.add((node, V.period, Literal(ind.period)))
                    g.add((node, V.periodStart, Literal(str(ind.period_start), datatype=V.XSD.gYear)))
                    g.add((node, V.periodEnd, Literal(str(ind.period_end), datatype=V.XSD.gYear)))
            self._provenance(node, ind.evidence)

    def _label(self, key: str) -> str:
        e = self.gaz.entities.get(key) or self._extra.get(key)
        if e:
            return e.label
        return key.rsplit("/", 1)[-1]


def to_graph(extractions: Iterable[Extraction], gaz: Gazetteer | None = None) -> Graph:
    """The graph of a set of extractions."""
    builder = GraphBuilder(gaz)
    for ex in extractions:
        builder.add(ex)
    return builder.g
