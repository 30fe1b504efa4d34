"""kg build."""

from __future__ import annotations

import click

from ..build import DEFAULT_INPUT, DEFAULT_OUT, build
from .base import Progress, cli, echo_errors


@cli.command("build")
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--out", "-o", default=str(DEFAULT_OUT), show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl and graph.html.")
def build_command(inputs: tuple[str, ...], out: str) -> None:
    """Read articles (.txt, .html, .jsonl, .jsonl.gz files or folders; default seeds/) and
    write the graph as OUT/graph.ttl and the network page as OUT/graph.html.

    Unreadable files are reported and skipped; the previous build is replaced only
    when the new one is complete.

    Example: kg build seeds/ --out build
    """
    progress = Progress()
    try:
        report = build(inputs or (str(DEFAULT_INPUT),), out, progress=progress)
    finally:
        progress.close()
    echo_errors(report.errors)
    click.echo(f"kg: {report.summary()}", err=True)
