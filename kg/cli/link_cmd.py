"""kg link."""

from __future__ import annotations

import click

from .base import cli


@cli.command("link")
@click.argument("build_dir", default="build", required=False, type=click.Path(file_okay=False))
@click.option("--endpoint", "-e", default="https://query.wikidata.org/sparql", show_default=True, metavar="URL",
              help="A SPARQL endpoint with Wikidata's data (wdt:P297, wdt:P300).")
@click.option("--graph-iri", default=None, metavar="IRI", help="Query this named graph of the endpoint (default-graph-uri).")
@click.option("--timeout", type=click.FloatRange(1), default=10, show_default=True, help="Seconds to wait for the answer.")
def link_command(build_dir: str, endpoint: str, graph_iri: str | None, timeout: float) -> None:
    """Link countries (ISO 3166-1, Wikidata P297) and subdivisions (ISO 3166-2, P300)
    to Wikidata with owl:sameAs, in one query; rewrites BUILD_DIR/graph.ttl.

    The links are kept in the store's graph <https://w3id.org/vnkg/id/graph/links>,
    replaced on every run; without an answer from the endpoint nothing changes.

    Example: kg link build
    """
    from ..graph.link import link

    report = link(build_dir, endpoint, graph=graph_iri, timeout=timeout)
    extra = f"; {len(report.unmatched)} codes unknown there" if report.unmatched else ""
    if report.ambiguous:
        extra += f"; not linked, more than one item: {', '.join(report.ambiguous)}"
    click.echo(f"kg: {report.links} owl:sameAs links for {report.codes} ISO codes{extra} -> {report.out}", err=True)
