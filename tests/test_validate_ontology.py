"""ontology/kg.ttl parses, documents every term in Vietnamese and English, and covers kg/vocab.py."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kg import vocab

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"
SHAPES = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
KG = vocab.KG
ONT = URIRef("https://w3id.org/vnkg/def")
ID = vocab.ID


@pytest.fixture(scope="module")
def ont() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def _kg_terms(ont: rdflib.Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {s for k in kinds for s in ont.subjects(RDF.type, k) if isinstance(s, URIRef) and s.startswith(KG)}


def _vocab_constants() -> dict[str, URIRef]:
    return {
        name: value
        for name, value in vars(vocab).items()
        if isinstance(value, URIRef) and value.startswith(str(KG)) and not name.startswith("_")
    }


def test_validate_shapes_file_parses() -> None:
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = set(shapes.objects(None, sh.targetClass))
    assert {KG.Province, KG.ForeignCountry, KG.ForeignLocality, KG.Partner, KG.Partnership, KG.Agreement,
            KG.Event, KG.Indicator, KG.Evidence, KG.Article} <= targets


def test_validate_ontology_header(ont: rdflib.Graph) -> None:
    assert (ONT, RDF.type, OWL.Ontology) in ont
    assert ont.value(ONT, OWL.versionInfo) == Literal("0.1.0")
    assert ont.value(ONT, DCTERMS.created) == Literal("2026-11-22", datatype=rdflib.XSD.date)
    assert ont.value(ONT, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert {t.language for t in ont.objects(ONT, DCTERMS.title)} == {"vi", "en"}
    assert {t.language for t in ont.objects(ONT, DCTERMS.description)} == {"vi", "en"}


def test_validate_every_term_has_vi_and_en_label_and_comment(ont: rdflib.Graph) -> None:
    terms = _kg_terms(ont)
    assert len(terms) == len(_vocab_constants()) == 60
    missing = []
    for term in sorted(terms):
        for prop in (RDFS.label, RDFS.comment):
            langs = sorted(str(v.language) for v in ont.objects(term, prop))
            if langs != ["en", "vi"]:
                missing.append(f"{term} {prop} {langs}")
    assert missing == []


def test_validate_vocab_terms_declared_with_right_kind(ont: rdflib.Graph) -> None:
    classes = {
        "Province", "Country", "Partner", "ForeignCountry", "ForeignLocality", "InternationalOrganisation",
        "GovernmentAgency", "DiplomaticMission", "Company", "NGO", "Partnership", "Agreement", "Event",
        "EventKind", "AgreementStatus", "RelationKind", "Indicator", "Article", "Evidence",
    }
    undeclared = []
    for name, term in sorted(_vocab_constants().items()):
        assert term == KG[name], f"vocab.{name} should be KG.{name}"
        if name in classes:
            ok = (term, RDF.type, OWL.Class) in ont
        else:
            ok = (term, RDF.type, OWL.ObjectProperty) in ont or (term, RDF.type, OWL.DatatypeProperty) in ont
        if not ok:
            undeclared.append(name)
    assert undeclared == []
    assert set(vocab.PARTNER_CLASS.values()) == {c for c in ont.subjects(RDFS.subClassOf, KG.Partner)}


def test_validate_class_hierarchy(ont: rdflib.Graph) -> None:
    schema = rdflib.Namespace("https://schema.org/")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    assert set(ont.objects(KG.ForeignCountry, RDFS.subClassOf)) == {KG.Partner, KG.Country}
    assert (KG.Province, RDFS.subClassOf, schema.AdministrativeArea) in ont
    assert set(ont.objects(KG.Article, RDFS.subClassOf)) == {prov.Entity, schema.NewsArticle}
    assert (KG.Evidence, RDFS.subClassOf, prov.Entity) in ont
    assert (KG.Province, RDFS.label, Literal("Tỉnh, thành phố trực thuộc trung ương", lang="vi")) in ont


def test_validate_every_term_has_domain_and_range(ont: rdflib.Graph) -> None:
    props = [t for t in _kg_terms(ont) if (t, RDF.type, OWL.Class) not in ont]
    assert len(props) == 41  # firstDate, lastDate and mergedInto are derived over the whole graph
    assert [p for p in props if ont.value(p, RDFS.domain) is None or ont.value(p, RDFS.range) is None] == []
    union = ont.value(ont.value(KG.party, RDFS.range), OWL.unionOf)
    assert list(rdflib.collection.Collection(ont, union)) == [KG.Province, KG.Partner]


EVENT_KIND_LABELS = {
    "visit": ("chuyến thăm", "visit"),
    "reception": ("tiếp đón, làm việc", "reception or working meeting"),
    "talks": ("hội đàm", "talks"),
    "signing": ("lễ ký kết", "signing ceremony"),
    "conference": ("hội nghị, hội thảo", "conference"),
    "delegation_abroad": ("đoàn công tác nước ngoài", "delegation abroad"),
    "award": ("trao tặng huân chương", "award"),
    "aid_handover": ("bàn giao viện trợ", "aid handover"),
    "trade_promotion": ("xúc tiến đầu tư, thương mại", "trade and investment promotion"),
}


def test_validate_event_kind_individuals(ont: rdflib.Graph) -> None:
    assert set(EVENT_KIND_LABELS) == set(vocab.EVENT_KINDS)
    assert set(ont.subjects(RDF.type, KG.EventKind)) == {vocab.event_kind(k) for k in vocab.EVENT_KINDS}
    for key, (vi, en) in EVENT_KIND_LABELS.items():
        assert set(ont.objects(vocab.event_kind(key), RDFS.label)) == {Literal(vi, lang="vi"), Literal(en, lang="en")}


def test_validate_status_and_relation_kind_individuals(ont: rdflib.Graph) -> None:
    assert set(ont.subjects(RDF.type, KG.AgreementStatus)) == {vocab.agreement_status(k) for k in vocab.AGREEMENT_STATUSES}
    assert set(ont.subjects(RDF.type, KG.RelationKind)) == {vocab.relation_kind(k) for k in vocab.RELATION_KINDS}
    individuals = list(ont.subjects(RDF.type, KG.AgreementStatus)) + list(ont.subjects(RDF.type, KG.RelationKind))
    for ind in individuals:
        assert sorted(str(v.language) for v in ont.objects(ind, RDFS.label)) == ["en", "vi"]


def test_validate_vocab_enumerations_come_from_the_ontology() -> None:
    from kg.graph import rdf
    from kg.page import style

    assert vocab.EVENT_KINDS == ("visit", "reception", "talks", "signing", "conference", "delegation_abroad", "award",
                                 "aid_handover", "trade_promotion")
    assert vocab.AGREEMENT_STATUSES == ("signed", "in_negotiation", "planned")
    assert vocab.RELATION_KINDS == ("agreement", "visit", "aid_investment", "cooperation")
    assert vocab.PARTNER_TYPES == style.PARTNER_TYPES == ("ForeignCountry", "ForeignLocality", "InternationalOrganisation",
                                                          "GovernmentAgency", "DiplomaticMission", "Company", "NGO")
    assert all(rdf._event_word(k)[:1].isupper() for k in vocab.EVENT_KINDS)  # every kind names its events
    assert set(style.STATUS_NAMES) == set(vocab.AGREEMENT_STATUSES)
    assert {c.rsplit("#", 1)[-1] for c in map(str, vocab.PARTNER_CLASS.values())} == set(vocab.PARTNER_TYPES)
    assert vocab.label(vocab.agreement_status("in_negotiation"), "en") == "under negotiation"


def test_validate_ontology_extraction_vocabularies_are_the_ontology_s():
    # the extraction's cue lists name their event kinds, agreement statuses and relation kinds by the
    # ontology's individuals, so a kind added to one and not the other fails here
    from kg import vocab
    from kg.extract import cues

    assert set(cues.patterns("event")) == set(vocab.EVENT_KINDS)
    assert set(cues.patterns("status")) == set(vocab.AGREEMENT_STATUSES)
    assert set(cues.patterns("relation")) == set(vocab.RELATION_KINDS)
    from kg.graph import rdf
    from kg.page import style

    assert rdf._event_word("aid_handover") == "Bàn giao viện trợ"
    assert style.STATUS_NAMES["in_negotiation"] == "đang đàm phán / under negotiation"
