"""Graphs that break GRAPH.md fail, and the report names the offending node and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.graph.validate import validate

FIXTURE = Path(__file__).parent / "fixtures" / "validate_conforms.ttl"
KG = rdflib.Namespace("https://w3id.org/vnkg/def#")
ID = rdflib.Namespace("https://w3id.org/vnkg/id/")

PROVINCE = ID["province/vn-42"]
LOCALITY = ID["place/la-bk"]
PARTNERSHIP = ID["partnership/vn-42--place-la-bk"]
AGREEMENT = ID["agreement/a1"]
EVENT = ID["event/e1"]
INDICATOR = ID["indicator/i1"]
EVIDENCE = ID["evidence/3f1b8fe9d9dbc4d6-120-340"]


def _variant(remove=(), add=()) -> rdflib.Graph:
    graph = rdflib.Graph().parse(FIXTURE, format="turtle")
    for pattern in remove:
        assert (pattern in graph) if None not in pattern else any(graph.triples(pattern))
        graph.remove(pattern)
    for triple in add:
        graph.add(triple)
    return graph


CASES = {
    "partnership_without_evidence": (
        _variant(remove=[(PARTNERSHIP, KG.evidence, None)]),
        PARTNERSHIP,
        "A partnership needs at least one kg:evidence",
    ),
    "indicator_value_as_string": (
        _variant(remove=[(INDICATOR, KG.value, None)], add=[(INDICATOR, KG.value, Literal("2400000000"))]),
        INDICATOR,
        "An indicator needs exactly one kg:value typed xsd:decimal",
    ),
    "province_gso_code_not_two_digits": (
        _variant(remove=[(PROVINCE, KG.gsoCode, None)], add=[(PROVINCE, KG.gsoCode, Literal("7"))]),
        PROVINCE,
        "A province needs exactly one kg:gsoCode",
    ),
    "agreement_with_one_party": (
        _variant(remove=[(AGREEMENT, KG.party, LOCALITY)]),
        AGREEMENT,
        "An agreement needs at least two kg:party values",
    ),
    "event_date_untyped": (
        _variant(remove=[(EVENT, KG.date, None)], add=[(EVENT, KG.date, Literal("2021-05"))]),
        EVENT,
        "kg:date of an event is at most one value typed xsd:date, xsd:gYearMonth or xsd:gYear",
    ),
    "evidence_offsets_reversed": (
        _variant(remove=[(EVIDENCE, KG.endOffset, None)], add=[(EVIDENCE, KG.endOffset, Literal(100))]),
        EVIDENCE,
        "smaller than kg:endOffset",
    ),
    "indicator_unit_not_in_list": (
        _variant(remove=[(INDICATOR, KG.unit, None)], add=[(INDICATOR, KG.unit, Literal("usd"))]),
        INDICATOR,
        "An indicator needs exactly one kg:unit from the list",
    ),
    "partnership_without_partners_with_shortcut": (
        _variant(remove=[(PROVINCE, KG.partnersWith, LOCALITY)]),
        PARTNERSHIP,
        "no kg:partnersWith shortcut",
    ),
    "locality_without_label": (
        _variant(remove=[(LOCALITY, RDFS.label, None)]),
        LOCALITY,
        "A partner needs at least one rdfs:label",
    ),
    "misspelt_event_kind": (
        _variant(remove=[(EVENT, KG.eventKind, None)], add=[(EVENT, KG.eventKind, ID["event-kind/vist"])]),
        ID["event-kind/vist"],
        "Unknown event kind",
    ),
    "vietnam_typed_foreign_country": (
        _variant(add=[(ID["country/vn"], RDF.type, KG.ForeignCountry)]),
        ID["country/vn"],
        "Vietnam (isoCode \"VN\") is a kg:Country only",
    ),
    "article_date_not_xsd_date": (
        _variant(
            remove=[(ID["article/3f1b8fe9d9dbc4d6"], rdflib.namespace.DCTERMS.date, None)],
            add=[(ID["article/3f1b8fe9d9dbc4d6"], rdflib.namespace.DCTERMS.date, Literal("2024", datatype=rdflib.XSD.gYear))],
        ),
        ID["article/3f1b8fe9d9dbc4d6"],
        "dcterms:date of an article is at most one xsd:date",
    ),
}


def _focus_nodes(report_text: str) -> list[str]:
    return [line.split("Focus Node:", 1)[1].strip() for line in report_text.splitlines() if "Focus Node:" in line]


@pytest.mark.parametrize("case", sorted(CASES))
def test_validate_rejects_broken_variant(case: str) -> None:
    graph, focus, message = CASES[case]
    result = validate(graph)
    assert result.conforms is False
    assert result.violations == 1
    assert result.report_text.splitlines()[:2] == ["Validation Report", "Conforms: False"]
    focus_nodes = _focus_nodes(result.report_text)
    assert len(focus_nodes) == 1
    # The report prints the node either as <IRI> or, when a bound prefix fits, as prefix:local.
    assert focus_nodes[0] == f"<{focus}>" or focus_nodes[0].split(":", 1)[1] == str(focus).rsplit("/", 1)[1]
    assert message in result.report_text


def test_validate_counts_every_violation() -> None:
    graph = _variant(
        remove=[(PARTNERSHIP, KG.evidence, None), (PROVINCE, KG.gsoCode, None)],
        add=[(PROVINCE, KG.gsoCode, Literal("7"))],
    )
    result = validate(graph)
    assert (result.conforms, result.violations) == (False, 2)
    assert sorted(_focus_nodes(result.report_text)) == sorted([f"<{PARTNERSHIP}>", f"<{PROVINCE}>"])


def test_validate_missing_data_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nope.ttl"):
        validate(tmp_path / "nope.ttl")
