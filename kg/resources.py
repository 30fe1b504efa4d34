"""Where kg finds the files it ships: the one place that knows the package's layout.

Every packaged resource is read through here with :mod:`importlib.resources`:

* ``ontology/`` (``kg.ttl``, ``shapes.ttl``) and ``queries/`` (the saved ``.rq``
  queries) live at the top of the repository, where people read and edit them.
  The wheel ships the same folders inside the package as ``kg/ontology/`` and
  ``kg/queries/`` (``pyproject.toml`` maps them there); a source checkout or an
  editable install reads them from the repository's top level.
* ``kg/data/*.tsv``: the extractor's gazetteers and cue words;
* ``kg/sparql/*.rq``: the SPARQL that kg's own code runs;
* the network page's template and script.

Nothing here reads a path relative to the current folder, so an installed kg
works from any folder.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

__all__ = [
    "data_dir",
    "data_file",
    "ontology_dir",
    "ontology_file",
    "page_asset",
    "queries_dir",
    "sparql",
]

#: The shipped folders that the repository keeps at its top level.
SHIPPED_FOLDERS = ("ontology", "queries")


def _package() -> Traversable:
    return resources.files("kg")


def _shipped(folder: str) -> Traversable:
    """``kg/FOLDER`` inside an installed wheel, else the checkout's top-level ``FOLDER``."""
    inside = _package() / folder
    if inside.is_dir():
        return inside
    outside = Path(str(_package())).parent / folder
    if outside.is_dir():
        return outside
    raise FileNotFoundError(
        f"kg's {folder}/ folder is missing (looked in {inside} and {outside}): reinstall kg with 'pip install .'"
    )


def ontology_dir() -> Traversable:
    """The folder of ``kg.ttl`` (the ontology) and ``shapes.ttl`` (the SHACL shapes)."""
    return _shipped("ontology")


def ontology_file(name: str) -> Traversable:
    """``kg.ttl`` or ``shapes.ttl``."""
    return ontology_dir() / name


def queries_dir() -> Traversable:
    """The folder of the saved queries (``NAME.rq``)."""
    return _shipped("queries")


def data_dir() -> Traversable:
    """``kg/data/``: the curated TSVs."""
    return _package() / "data"


def data_file(name: str) -> Traversable:
    return data_dir() / name


def page_asset(name: str) -> Traversable:
    """A file of the pages (``viz_template.html``, ``viz_app.js``, ``report_template.html``) in ``kg/page/``."""
    return _package() / "page" / name


@cache
def sparql(name: str) -> str:
    """The text of ``kg/sparql/NAME.rq``, a query that kg's own code runs."""
    return (_package() / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


def as_path(resource: Traversable) -> Path:
    """A resource as a file system path (kg is installed as files, never zipped)."""
    return Path(str(resource))
