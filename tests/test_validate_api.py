"""The small public API of kg.graph.validate."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import rdflib

import kg.graph.validate as kv

FIXTURE = Path(__file__).parent / "fixtures" / "validate_conforms.ttl"


def test_validate_ontology_dir_is_repository_ontology_folder() -> None:
    folder = kv.ontology_dir()
    assert folder == Path(__file__).resolve().parent.parent / "ontology"
    assert {"kg.ttl", "shapes.ttl", "GRAPH.md"} <= {p.name for p in folder.iterdir()}


def test_validate_ontology_dir_missing_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kg import resources

    (tmp_path / "kg").mkdir()
    monkeypatch.setattr(resources, "_package", lambda: tmp_path / "kg")
    with pytest.raises(FileNotFoundError, match="ontology/ folder is missing"):
        kv.ontology_dir()


def test_validate_result_is_frozen() -> None:
    result = kv.ValidationResult(conforms=True, report_text="x", violations=0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.conforms = False  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(result)] == ["conforms", "report_text", "violations"]


def test_validate_explicit_shapes_and_ontology_paths(tmp_path: Path) -> None:
    folder = kv.ontology_dir()
    result = kv.validate(FIXTURE, shapes=folder / "shapes.ttl", ontology=folder / "kg.ttl")
    assert (result.conforms, result.violations) == (True, 0)


def test_validate_guesses_format_from_suffix(tmp_path: Path) -> None:
    nt = tmp_path / "graph.nt"
    rdflib.Graph().parse(FIXTURE, format="turtle").serialize(nt, format="nt", encoding="utf-8")
    result = kv.validate(nt)
    assert (result.conforms, result.violations) == (True, 0)
