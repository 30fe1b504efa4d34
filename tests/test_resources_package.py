"""kg finds what it ships through kg.resources, and the wheel carries all of it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from kg import resources


def test_resources_checkout_reads_top_level_folders():
    assert resources.as_path(resources.ontology_dir()) == ROOT / "ontology"
    assert resources.as_path(resources.queries_dir()) == ROOT / "queries"
    assert "kg:Partnership" in resources.ontology_file("kg.ttl").read_text(encoding="utf-8")
    assert "sh:NodeShape" in resources.ontology_file("shapes.ttl").read_text(encoding="utf-8")


def test_resources_installed_layout_wins(monkeypatch, tmp_path):
    """Inside an installed wheel the folders sit in the package itself."""
    package = tmp_path / "site" / "kg"
    (package / "queries").mkdir(parents=True)
    (package / "queries" / "only.rq").write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    (tmp_path / "site" / "queries").mkdir()  # a stray folder beside the package is not read
    monkeypatch.setattr(resources, "_package", lambda: package)
    assert [p.name for p in resources.queries_dir().iterdir()] == ["only.rq"]


def test_resources_data_tables_are_found():
    from kg.data import DATA_DIR, read_table

    assert DATA_DIR == resources.as_path(resources.data_dir())
    assert any(row for row in read_table("provinces.tsv"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the sources (the clone gets no build/ folder)."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("kg", "ontology", "queries"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp / "dist"), str(src)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {r.stderr.strip().splitlines()[-1:]}")
    return next((tmp / "dist").glob("kg-*.whl"))


def test_resources_wheel_ships_ontology_queries_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (("ontology", "*.ttl"), ("queries", "*.rq")):
        for path in (ROOT / folder).glob(pattern):
            assert f"kg/{folder}/{path.name}" in names
    for path in (ROOT / "kg" / "data").glob("*.tsv"):
        assert f"kg/data/{path.name}" in names
    for path in (ROOT / "kg").rglob("*"):
        if path.suffix in (".html", ".js", ".rq", ".typed") and "__pycache__" not in path.parts:
            assert path.relative_to(ROOT).as_posix() in names
    assert "kg/py.typed" in names


def test_resources_wheel_ships_every_module(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "kg").rglob("*.py"):
        assert path.relative_to(ROOT).as_posix() in names
