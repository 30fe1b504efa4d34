"""kg build."""

from __future__ import annotations

import click

from .base import Progress, cli, echo_errors, one_line


@cli.command("build")
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--out", "-o", default="build", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the store, graph.ttl and graph.html.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None, help="Worker processes (default: one per core).")
@click.option("--max-chars", type=click.IntRange(0), default=None, metavar="N",
              help="Cut an article after N characters, with a warning (default 200000; 0: no limit).")
def build_command(inputs: tuple[str, ...], out: str, jobs: int | None, max_chars: int | None) -> None:
    """Read articles (.txt, .html, .jsonl, .jsonl.gz files or folders; default seeds/) and
    write the graph as OUT/graph.ttl and the network page as OUT/graph.html.

    OUT/store keeps one graph per article: a rebuild extracts only new or changed
    articles and drops those no longer given. Unreadable files are reported and
    skipped; graph.ttl and graph.html are replaced only when complete.

    Example: kg build seeds/ --out build
    """
    from ..build import DEFAULT_INPUT, DEFAULT_MAX_CHARS, build
    from ..errors import BuildError

    if not inputs and not DEFAULT_INPUT.is_dir():
        raise BuildError(f"nothing to build: give article files or folders (kg build ARTICLES... --out DIR), "
                         f"or run it where a {DEFAULT_INPUT}/ folder holds them")
    progress = Progress()
    limit = DEFAULT_MAX_CHARS if max_chars is None else (max_chars or None)
    try:
        report = build(inputs or (str(DEFAULT_INPUT),), out, progress=progress, jobs=jobs, max_chars=limit)
    except BuildError as e:
        echo_errors(e.errors)  # every input failed: show each, not just the first
        raise
    finally:
        progress.close()
    echo_errors(report.errors)
    for warning in report.warnings:
        click.echo(f"kg: warning: {one_line(warning)}", err=True)
    click.echo(f"kg: {report.summary()} in {report.seconds:.1f}s", err=True)
