"""kg validate."""

from __future__ import annotations

import sys

import click

from .base import EXIT_NONCONFORMING, cli


@cli.command("validate")
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
def validate_command(graph: str) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl (exit 1 when it does not conform).

    Example: kg validate --graph build
    """
    from ..graph.queries import load_graph
    from ..graph.validate import validate

    result = validate(load_graph(graph))
    if result.conforms:
        click.echo("kg: the graph conforms to ontology/shapes.ttl", err=True)
        return
    click.echo(result.report_text)
    click.echo(f"kg: {result.violations} violations", err=True)
    sys.exit(EXIT_NONCONFORMING)
