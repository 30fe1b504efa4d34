"""The RDF vocabulary kg writes: namespaces, classes and properties.

Everything that names an RDF term lives here so the extractor, the saved
queries, the SHACL shapes and the network page agree on one spelling.
The ontology itself (labels, comments, domains and ranges) is
``ontology/kg.ttl``.
"""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

#: Ontology terms (classes and properties).
KG = Namespace("https://w3id.org/vnkg/def#")
#: Instance data: one IRI per real-world entity, stable across builds.
ID = Namespace("https://w3id.org/vnkg/id/")

# --- classes -------------------------------------------------------------
Province = KG.Province
Country = KG.Country  # any country; Vietnam is a Country, not a Partner
Partner = KG.Partner
ForeignCountry = KG.ForeignCountry
ForeignLocality = KG.ForeignLocality
InternationalOrganisation = KG.InternationalOrganisation
GovernmentAgency = KG.GovernmentAgency
DiplomaticMission = KG.DiplomaticMission
Company = KG.Company
NGO = KG.NGO
Partnership = KG.Partnership
Agreement = KG.Agreement
Event = KG.Event
EventKind = KG.EventKind
AgreementStatus = KG.AgreementStatus
RelationKind = KG.RelationKind
Indicator = KG.Indicator
Article = KG.Article
Evidence = KG.Evidence

#: Partner subclass for each partner kind used in ``kg.model.Partner.kind``.
PARTNER_CLASS = {
    "country": ForeignCountry,
    "locality": ForeignLocality,
    "organisation": InternationalOrganisation,
    "agency": GovernmentAgency,
    "mission": DiplomaticMission,
    "company": Company,
    "ngo": NGO,
}

# --- properties ----------------------------------------------------------
partnersWith = KG.partnersWith  # Province -> Partner (shortcut of a Partnership)
province = KG.province  # Partnership/Agreement/Event/Indicator -> Province
partner = KG.partner  # Partnership -> Partner
relationKind = KG.relationKind  # Partnership -> RelationKind
country = KG.country  # Partner -> ForeignCountry (the partner's country)
localityType = KG.localityType  # ForeignLocality -> "province" | "city" | ...
isoCode = KG.isoCode  # ISO 3166-1 alpha-2 or ISO 3166-2 code
gsoCode = KG.gsoCode  # Vietnamese GSO province code
acronym = KG.acronym
validFrom = KG.validFrom
validUntil = KG.validUntil
successor = KG.successor
party = KG.party  # Agreement -> Province | Partner
agreementType = KG.agreementType  # literal: "thỏa thuận hợp tác", ...
status = KG.status  # Agreement -> AgreementStatus
periodStart = KG.periodStart  # xsd:gYear
periodEnd = KG.periodEnd  # xsd:gYear
date = KG.date  # xsd:date | xsd:gYearMonth | xsd:gYear
dateInferred = KG.dateInferred  # xsd:boolean: the year was not written
eventKind = KG.eventKind  # Event -> EventKind
participant = KG.participant  # Event -> Province | Partner
place = KG.place  # Event -> Province | Partner (a locality or country)
indicatorType = KG.indicatorType  # literal key, e.g. "export_value"
value = KG.value  # xsd:decimal
unit = KG.unit  # "USD", "VND", "person", "project", ...
period = KG.period  # literal as written normalised: "2016-2020", "2024"
cumulative = KG.cumulative  # xsd:boolean ("lũy kế", "đến nay")
qualifier = KG.qualifier  # "more_than" | "about" | "nearly" | "estimate" | ...
scope = KG.scope  # Indicator -> Province | ForeignCountry (Vietnam) | literal zone
scopeLabel = KG.scopeLabel  # literal: economic zone named as the scope
subject = KG.subject  # Article -> Province the article is about
evidence = KG.evidence  # any fact -> Evidence
sentence = KG.sentence  # Evidence -> the sentence text
startOffset = KG.startOffset  # Evidence -> character offset in the article text
endOffset = KG.endOffset
article = KG.article  # Evidence -> Article
sourceFile = KG.sourceFile  # Article -> the file name it was read from
firstDate = KG.firstDate  # Partnership -> date of its earliest dated evidence (derived)
lastDate = KG.lastDate  # Partnership -> date of its latest dated evidence (derived)
mergedInto = KG.mergedInto  # Event/Agreement -> the node another report of the same event was merged into (derived)
extractorFingerprint = KG.extractorFingerprint  # build graph -> hash of the extractor that made it

__all__ = [name for name in dir() if not name.startswith("_")] + [
    "DCTERMS",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "XSD",
]

# --- the ontology's enumerations, read from ontology/kg.ttl ----------------------------
@cache
def _ontology() -> tuple[ox.Triple, ...]:
    """The triples of ``ontology/kg.ttl``, in the file's order (parsed once, in ~3 ms)."""
    from .resources import ontology_file

    data = ontology_file("kg.ttl").read_bytes()
    return tuple(ox.parse(data, format=ox.RdfFormat.TURTLE))


def _iri(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    return term.value if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal) else str(term)


def members(cls: URIRef) -> tuple[str, ...]:
    """The keys (the IRI's last segment) of the individuals of an enumeration class, in the ontology's order."""
    found = [_iri(t.subject) for t in _ontology() if t.predicate.value == str(RDF.type) and _iri(t.object) == str(cls)]
    return tuple(dict.fromkeys(iri.rsplit("/", 1)[-1] for iri in found))


def subclasses(cls: URIRef) -> tuple[str, ...]:
    """The local names of the direct subclasses of ``cls``, in the ontology's order."""
    found = [_iri(t.subject) for t in _ontology() if t.predicate.value == str(RDFS.subClassOf) and _iri(t.object) == str(cls)]
    return tuple(dict.fromkeys(iri.rsplit("#", 1)[-1] for iri in found))


def label(term: URIRef, lang: str = "vi") -> str | None:
    """The ontology's ``rdfs:label`` of a class, property or individual in ``lang``."""
    for t in _ontology():
        if (_iri(t.subject) == str(term) and t.predicate.value == str(RDFS.label)
                and isinstance(t.object, ox.Literal) and t.object.language == lang):
            return t.object.value
    return None


#: Individuals of the enumeration classes, by the key the extractor uses: the ontology's, in its order.
EVENT_KINDS = members(EventKind)
AGREEMENT_STATUSES = members(AgreementStatus)
RELATION_KINDS = members(RelationKind)
#: The partner classes (subclasses of kg:Partner), in the ontology's order: the page's order of preference.
PARTNER_TYPES = subclasses(Partner)


def event_kind(key: str):
    return ID[f"event-kind/{key}"]


def agreement_status(key: str):
    return ID[f"agreement-status/{key}"]


def relation_kind(key: str):
    return ID[f"relation-kind/{key}"]
