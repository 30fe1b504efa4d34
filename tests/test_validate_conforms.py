"""A graph in the shape of GRAPH.md passes the shapes; the ontology's own terms do not trip them."""

from __future__ import annotations

from pathlib import Path

import rdflib

from kg.graph.validate import ValidationResult, validate

FIXTURE = Path(__file__).parent / "fixtures" / "validate_conforms.ttl"


def test_validate_conforming_fixture_passes() -> None:
    result = validate(FIXTURE)
    assert result == ValidationResult(conforms=True, report_text=result.report_text, violations=0)
    assert result.report_text.splitlines()[:2] == ["Validation Report", "Conforms: True"]


def test_validate_accepts_graph_str_and_path_alike() -> None:
    graph = rdflib.Graph().parse(FIXTURE, format="turtle")
    by_graph, by_str, by_path = validate(graph), validate(str(FIXTURE)), validate(FIXTURE)
    assert (by_graph.conforms, by_graph.violations) == (True, 0)
    assert by_graph == by_str == by_path


def test_validate_does_not_modify_the_data_graph() -> None:
    graph = rdflib.Graph().parse(FIXTURE, format="turtle")
    before = set(graph)
    validate(graph)
    assert set(graph) == before


def test_validate_empty_graph_conforms_with_ontology_mixed_in() -> None:
    # The ontology's classes and enumeration individuals are copied into the data graph and
    # RDFS inference is run; none of that may produce a violation on its own.
    result = validate(rdflib.Graph())
    assert (result.conforms, result.violations) == (True, 0)


def test_validate_ontology_file_itself_conforms_as_data() -> None:
    ontology = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"
    result = validate(ontology)
    assert (result.conforms, result.violations) == (True, 0)


def test_validate_partner_subclass_satisfies_sh_class_partner() -> None:
    # The fixture's partner is only typed kg:ForeignLocality; sh:class kg:Partner must accept it.
    graph = rdflib.Graph().parse(FIXTURE, format="turtle")
    kg = rdflib.Namespace("https://w3id.org/vnkg/def#")
    place = rdflib.URIRef("https://w3id.org/vnkg/id/place/la-bk")
    assert set(graph.objects(place, rdflib.RDF.type)) == {kg.ForeignLocality}
    assert validate(graph).conforms is True
