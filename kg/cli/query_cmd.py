"""kg query."""

from __future__ import annotations

import click

from ..graph.queries import FORMATS, format_result, open_dataset, run_query, saved_queries
from .base import cli


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"'{v}' is not KEY=VALUE", param_hint="--param")
        key = key.strip()
        if key in params:
            raise click.BadParameter(f"'{key}' is given twice: give each parameter once", param_hint="--param")
        params[key] = value
    return params


@cli.command("query")
@click.argument("name", required=False)
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(),
              help="A build folder or an RDF file (with --endpoint: the IRI of the graph to query).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the saved queries and their parameters.")
@click.option("--endpoint", "-e", default=None, metavar="QUERY_URL",
              help="Run the query on a remote SPARQL endpoint instead (then --graph is a graph IRI).")
@click.option("--graph-iri", default=None, metavar="IRI", help="With --endpoint: query this named graph (default-graph-uri).")
@click.pass_context
def query_command(ctx: click.Context, name: str | None, graph: str, params: tuple[str, ...], fmt: str, list_: bool,
                  endpoint: str | None, graph_iri: str | None) -> None:
    """Run a saved query (NAME) or a SPARQL file (FILE.rq) on the graph and print the rows.

    Parameters are bound as RDF literals, never pasted into the query text.
    With --endpoint URL the query runs on a remote SPARQL endpoint (--graph IRI
    names the graph to query there) and prints the same rows as a local run.

    Example: kg query partners_of --param province="Thanh Hóa" --format csv
    """
    if list_ or not name:
        for q in saved_queries().values():
            ps = ", ".join(f"{p.name}{' (optional)' if p.optional else ''}" for p in q.params) or "no parameters"
            click.echo(f"{q.name}: {q.question} [{ps}]")
        return
    if endpoint:
        from ..graph.remote import remote_query

        given = ctx.get_parameter_source("graph") != click.core.ParameterSource.DEFAULT
        iri = graph_iri or (graph if given else None)
        result = remote_query(endpoint, name, _params(params), graph=iri)
    elif graph_iri:
        raise click.UsageError("--graph-iri needs --endpoint")
    else:
        result = run_query(open_dataset(graph), name, _params(params))
    click.echo(format_result(result, fmt), nl=False)
