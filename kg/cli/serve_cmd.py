"""kg serve."""

from __future__ import annotations

import logging

import click

from .base import cli


@cli.command("serve")
@click.option("--graph", "-g", default="build", show_default=True, type=click.Path(), help="A build folder or an RDF file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", type=click.FloatRange(0.1), default=10, show_default=True,
              help="Seconds a query may run before the answer is 503.")
@click.option("--max-rows", type=click.IntRange(1), default=10000, show_default=True,
              help="SELECT rows sent at most (the answer then carries X-KG-Truncated: true).")
@click.option("--quiet", "-q", is_flag=True, help="Do not log every request.")
def serve_command(graph: str, host: str, port: int, timeout: float, max_rows: int, quiet: bool) -> None:
    """Serve the graph read-only: a SPARQL 1.1 Protocol endpoint at /sparql, the saved
    queries as forms at /, and the network page at /graph.html. Ctrl-C stops it.

    Example: kg serve --graph build --port 8000
    """
    import signal

    from ..graph.serve import make_server

    if hasattr(signal, "SIGPIPE"):  # a client that leaves early is a BrokenPipeError to handle, not the server's end
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, format="kg: %(message)s")
    server = make_server(graph, host, port, timeout, max_rows)
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    click.echo(f"kg: serving {graph} at http://{bound_host}:{bound_port}/ (SPARQL: /sparql); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kg: stopped", err=True)
    finally:
        server.server_close()
