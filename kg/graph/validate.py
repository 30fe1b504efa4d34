"""Validate a kg graph against the SHACL shapes in ``ontology/shapes.ttl``.

The ontology (``ontology/kg.ttl``) is given to pySHACL as ``ont_graph`` with
RDFS inference, so that ``sh:class kg:Partner`` accepts a ``kg:ForeignLocality``
and the enumeration individuals are available even if the data graph lacks
them. Nothing here prints or exits; callers decide what to do with the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib
from pyshacl import validate as _shacl_validate
from rdflib.namespace import SH
from rdflib.util import guess_format

from .. import resources

__all__ = ["ValidationResult", "ontology_dir", "validate"]


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of one SHACL validation run."""

    conforms: bool
    #: pySHACL's human-readable report (lists each failing focus node and message).
    report_text: str
    #: Number of ``sh:ValidationResult`` nodes in the report graph.
    violations: int


def ontology_dir() -> Path:
    """The ``ontology/`` folder kg ships (inside the installed package, or the checkout's).

    Raises:
        FileNotFoundError: if the installation lost it.
    """
    return resources.as_path(resources.ontology_dir())


def _load(source: rdflib.Graph | str | Path) -> rdflib.Graph:
    """Return ``source`` as a graph; a path is parsed by suffix, defaulting to Turtle."""
    if isinstance(source, rdflib.Graph):
        return source
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"RDF file not found: {path}")
    graph = rdflib.Graph()
    graph.parse(path, format=guess_format(str(path)) or "turtle")
    return graph


def validate(
    data: rdflib.Graph | str | Path,
    shapes: Path | None = None,
    ontology: Path | None = None,
) -> ValidationResult:
    """Validate ``data`` against kg's SHACL shapes.

    Args:
        data: the graph to check, or the path of an RDF file (format guessed
            from the suffix, Turtle otherwise). A string is always a path.
        shapes: SHACL shapes file; defaults to ``ontology/shapes.ttl``.
        ontology: OWL ontology file; defaults to ``ontology/kg.ttl``.

    Returns:
        A :class:`ValidationResult`. ``data`` itself is never modified: pySHACL
        validates a copy with the ontology mixed in and RDFS inference applied.

    Raises:
        FileNotFoundError: if a file (or the default ontology folder) is missing.
    """
    if shapes is None or ontology is None:
        folder = ontology_dir()
        shapes = shapes if shapes is not None else folder / "shapes.ttl"
        ontology = ontology if ontology is not None else folder / "kg.ttl"
    data_graph = _load(data)
    shapes_graph = _load(shapes)
    ont_graph = _load(ontology)

    conforms, report_graph, report_text = _shacl_validate(
        data_graph,
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference="rdfs",
        abort_on_first=False,
        allow_warnings=False,
        inplace=False,
    )
    violations = sum(1 for _ in report_graph.subjects(rdflib.RDF.type, SH.ValidationResult))
    return ValidationResult(conforms=bool(conforms), report_text=str(report_text), violations=violations)
