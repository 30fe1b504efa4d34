"""kg eval."""

from __future__ import annotations

import click

from .base import cli


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false find.")
def eval_command(gold: str, graph: str, verbose: bool) -> None:
    """Score the graph against a hand annotation: precision, recall and F1 for
    partnerships, agreements, events and indicators (format: tests/dev/README.md).

    Example: kg eval tests/dev/gold.jsonl --graph build-dev -v
    """
    from ..evaluate import evaluate
    from ..graph.queries import open_dataset

    report = evaluate(gold, open_dataset(graph))
    click.echo(report.table(), nl=False)
    if report.empty:
        click.echo(f"kg: the graph holds nothing for {len(report.empty)} annotated articles: {', '.join(report.empty[:10])}", err=True)
    if verbose:
        for kind, score in report.scores.items():
            for line in score.misses:
                click.echo(f"miss   {kind:13} {line}")
            for line in score.false_finds:
                click.echo(f"false  {kind:13} {line}")
