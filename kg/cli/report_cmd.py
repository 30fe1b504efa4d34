"""kg report."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import click

from .base import cli


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise click.BadParameter(f"'{value}' is not a date written YYYY-MM-DD")


@cli.command("report")
@click.argument("province")
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
@click.option("--from", "year_from", type=click.IntRange(1900, 2100), default=None, metavar="YEAR", help="First year to report.")
@click.option("--to", "year_to", type=click.IntRange(1900, 2100), default=None, metavar="YEAR", help="Last year to report.")
@click.option("--as-of", "as_of", callback=_date, default=None, metavar="DATE",
              help="Agreement status on this date, YYYY-MM-DD (default today, or the end of --to).")
@click.option("--dormant-years", type=click.IntRange(0, 100), default=2, show_default=True,
              help="Years without activity that make a signed agreement dormant.")
@click.option("--format", "-f", "fmt", type=click.Choice(("html", "md")), default="html", show_default=True)
@click.option("--out", "-o", default=None, type=click.Path(dir_okay=False), help="Write to FILE (default: stdout).")
def report_command(province: str, graph: str, year_from: int | None, year_to: int | None, as_of: str | None,
                   dormant_years: int, fmt: str, out: str | None) -> None:
    """Write one province's report: headline figures, partners since when, agreements with their
    status, a timeline of events, indicators, and every row's evidence sentence and article.

    The HTML page is self-contained (it opens offline and makes no request); --format md gives
    Markdown to paste into a report. A province of 2025-07-01 includes the units merged into it.

    Example: kg report "Thanh Hóa" --from 2016 --to 2024 -o thanh-hoa.html
    """
    from ..graph.names import resolve_name
    from ..graph.queries import open_dataset
    from ..page.report import write_report
    from ..page.report_data import gather

    if year_from and year_to and year_from > year_to:
        raise click.BadParameter(f"--from {year_from} is after --to {year_to}", param_hint="--from")
    store = open_dataset(graph)
    report = gather(store, resolve_name("province", province, store), year_from, year_to, as_of, dormant_years)
    text = write_report(report, Path(out) if out else None, fmt)
    if out:
        click.echo(f"kg: {report.province}: {len(report.ties)} partners, {len(report.agreements)} agreements, "
                   f"{len(report.events)} events, {len(report.indicators)} indicators -> {out}", err=True)
    else:
        click.echo(text, nl=False)
