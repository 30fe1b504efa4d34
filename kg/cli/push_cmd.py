"""kg push."""

from __future__ import annotations

import click

from .base import Progress, cli


@cli.command("push")
@click.argument("build_dir", default="build", required=False, type=click.Path())
@click.option("--endpoint", "-e", required=True, metavar="UPDATE_URL",
              help="The store's SPARQL 1.1 Update URL, e.g. http://127.0.0.1:8890/sparql-auth (Virtuoso).")
@click.option("--graph", "-g", "graph", default="urn:kg:graph", show_default=True, metavar="IRI",
              help="The named graph to replace.")
@click.option("--user", "-u", default=None, help="User name for HTTP authentication.")
@click.option("--password", default=None, help="Password for HTTP authentication.")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
              help="HTTP authentication scheme (with --user).")
@click.option("--chunk", type=click.IntRange(1), default=5000, show_default=True,
              help="Triples per INSERT DATA request (halved automatically if the server finds it too large).")
@click.option("--timeout", type=click.FloatRange(1), default=120, show_default=True, help="Seconds to wait for each request.")
def push_command(build_dir: str, endpoint: str, graph: str, user: str | None, password: str | None,
                 auth: str, chunk: int, timeout: float) -> None:
    """Load the build's merged graph into a remote store with SPARQL 1.1 Update:
    DROP SILENT GRAPH <IRI>, then INSERT DATA in chunks, so a second push replaces the first.

    BUILD_DIR is a build folder (default build/) or an RDF file.

    Example: kg push build --endpoint http://127.0.0.1:8890/sparql-auth --user dba --password dba --graph urn:kg:graph
    """
    from ..graph.remote import push

    progress = Progress("chunks")
    try:
        report = push(build_dir, endpoint, graph=graph, chunk=chunk, user=user, password=password, auth=auth,
                      progress=progress, timeout=timeout)
    finally:
        progress.close()
    click.echo(f"kg: {report.triples} triples -> <{report.graph}> at {report.endpoint} "
               f"({report.requests} requests, {report.seconds:.1f}s)", err=True)
