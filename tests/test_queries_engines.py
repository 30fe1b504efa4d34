"""Saved queries give the same rows whatever engine answers: one cell converter, sorted concatenations."""

from __future__ import annotations

import pytest

from kg.graph import queries as Q
from kg.graph.remote import rows_from_json


@pytest.fixture(scope="module")
def seeds_dataset(tmp_path_factory):
    from conftest import SEEDS

    from kg.build import build

    out = tmp_path_factory.mktemp("seeds")
    build([SEEDS], out, jobs=1)
    return Q.open_dataset(out)


def _as_json(result: Q.QueryResult, reverse_column: str | None = None, sep: str = " ") -> dict:
    """The rows as another engine might send them: SPARQL JSON, one concatenated column in another order."""
    bindings = []
    for row in result.rows:
        b = {}
        for column, value in zip(result.columns, row):
            if value is None:
                continue
            if column == reverse_column:
                value = sep.join(reversed(value.split(sep)))
            b[column] = {"type": "literal", "value": value}
        bindings.append(b)
    return {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}


def test_queries_concatenated_columns_found_in_the_text():
    assert Q.concatenated(Q.find_query("partners").text) == {"relation_kinds": " "}
    assert Q.concatenated(Q.find_query("agreements").text) == {"partners": ", "}
    assert Q.concatenated(Q.find_query("events").text) == {"participants": ", "}
    assert Q.concatenated(Q.find_query("evidence").text) == {}


def test_queries_relation_kinds_cell_is_sorted(seeds_dataset):
    result = Q.run_query(seeds_dataset, "partners")
    kinds = [row[result.columns.index("relation_kinds")] for row in result.rows]
    several = [k for k in kinds if k and " " in k]
    assert several, "the seeds have partnerships of more than one kind"
    for k in kinds:
        assert k.split(" ") == sorted(k.split(" "))


def test_queries_remote_order_of_concatenation_gives_local_rows(seeds_dataset):
    local = Q.run_query(seeds_dataset, "partners")
    remote = rows_from_json(_as_json(local, "relation_kinds"), Q.find_query("partners").text)
    assert remote == local


def test_queries_rows_reordered_when_sorted_on_a_concatenation():
    text = Q.find_query("agreements").text  # ORDER BY ?province ?partners ?period_start
    columns = ("province", "partners", "agreement_type", "status", "period_start", "period_end", "date", "articles")
    rows = [
        ("Huế", "Z, A", "t", "signed", None, None, None, "1"),  # A, Z once sorted: first
        ("Huế", "B", "t", "signed", None, None, None, "1"),
        ("An Giang", "C", "t", "signed", "2020", None, None, "1"),
    ]
    result = Q.result(text, columns, rows)
    assert [r[:2] for r in result.rows] == [("An Giang", "C"), ("Huế", "A, Z"), ("Huế", "B")]


def test_queries_cell_converter_normalises_numbers_and_booleans():
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert Q.cell("14350000000.0", xsd + "decimal") == "14350000000"
    assert Q.cell("1", xsd + "boolean") == "true"
    assert Q.cell("false", xsd + "boolean") == "false"
    assert Q.cell("Hủa Phăn") == "Hủa Phăn"
    assert Q.cell(None) is None


def test_queries_rdflib_graph_gives_the_store_rows(seeds_dataset, seed_graph):
    for name in ("partners", "agreements", "indicators"):
        assert Q.run_query(seed_graph, name) == Q.run_query(seeds_dataset, name)
