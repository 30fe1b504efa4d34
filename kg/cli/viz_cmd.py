"""kg viz."""

from __future__ import annotations

from pathlib import Path

import click

from .base import cli


@cli.command("viz")
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
@click.option("--province", default=None, help="Draw only this province's neighbourhood.")
@click.option("--out", "-o", default="build/graph.html", show_default=True, type=click.Path(dir_okay=False))
def viz_command(graph: str, province: str | None, out: str) -> None:
    """Write the self-contained network page of provinces and partners (opens offline).

    Example: kg viz --province "Thanh Hóa" -o thanh-hoa.html
    """
    from ..queries import load_graph
    from ..viz import write_network

    stats = write_network(load_graph(graph), Path(out), province=province)
    click.echo(f"kg: {stats.nodes} nodes, {stats.edges} edges -> {out}", err=True)
