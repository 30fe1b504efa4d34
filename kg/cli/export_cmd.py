"""kg export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .base import cli

FORMATS = ("ttl", "nt", "jsonld", "trig", "nq", "csv")


@cli.command("export")
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), default="ttl", show_default=True)
@click.option("--output", "-o", default="-", show_default=True, help="File to write; - for stdout.")
def export_command(graph: str, fmt: str, output: str) -> None:
    """Export the graph as Turtle, N-Triples, JSON-LD, TriG, or a CSV of triples.

    Example: kg export --format jsonld -o graph.jsonld
    """
    from ..build import write_atomic
    from ..graph.export import export as export_graph

    data = export_graph(graph, fmt)
    if output == "-":
        sys.stdout.buffer.write(data)  # (click.get_binary_stream is deprecated)
    else:
        write_atomic(Path(output), data)
        click.echo(f"kg: {len(data)} bytes -> {output}", err=True)
