"""kg viz."""

from __future__ import annotations

from pathlib import Path

import click

from .base import cli


@cli.command("viz")
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
@click.option("--province", default=None,
              help="Draw only this province's neighbourhood (its name with or without diacritics, or a common form).")
@click.option("--out", "-o", default="build/graph.html", show_default=True, type=click.Path(dir_okay=False))
def viz_command(graph: str, province: str | None, out: str) -> None:
    """Write the self-contained network page of provinces and partners (opens offline).

    An unknown province is an error (exit 2) that leaves the page as it was.

    Example: kg viz --province "Thanh Hóa" -o thanh-hoa.html
    """
    from ..graph.names import resolve_name
    from ..graph.queries import open_dataset
    from ..page.viz import write_network

    store = open_dataset(graph)  # the build's store, read as it is
    if province is not None:
        province = resolve_name("province", province, store)
    stats = write_network(store, Path(out), province=province)
    click.echo(f"kg: {stats.nodes} nodes, {stats.edges} edges -> {out}", err=True)
