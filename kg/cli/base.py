"""Shared base of the ``kg`` commands: the group, error reporting, progress, SIGPIPE."""

from __future__ import annotations

import signal
import sys
import time
import traceback

import click

from ..errors import BuildLocked, DiskFull, KgError, NoPermission

EXIT_OK, EXIT_NONCONFORMING, EXIT_USAGE = 0, 1, 2
EXIT_LOCKED, EXIT_DISK_FULL, EXIT_PERMISSION = 3, 4, 5
#: Errors that are the user's input, reported in one line with exit code 2.
#: Any other exception (a ValueError included) is a bug in kg and ends with its traceback.
INPUT_ERRORS = (KgError, FileNotFoundError, NotADirectoryError, PermissionError, OSError)


def exit_code(e: BaseException) -> int:
    """The exit code of an error reported in one line."""
    import errno

    if isinstance(e, BuildLocked):
        return EXIT_LOCKED
    if isinstance(e, DiskFull) or (isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)):
        return EXIT_DISK_FULL
    if isinstance(e, (NoPermission, PermissionError)) or (isinstance(e, OSError) and e.errno == errno.EROFS):
        return EXIT_PERMISSION
    return EXIT_USAGE


class Progress:
    """Progress of long work on stderr.

    On a terminal, a one-line bar (articles/s and ETA) redrawn at most twice a second.
    Otherwise (a log file, a pipe, a job runner) a plain line every ``every_seconds``
    seconds or ``every_items`` items, whichever comes first, so long work is never silent.
    ``enabled=False`` shows nothing.
    """

    def __init__(self, what: str = "articles", enabled: bool | None = None, *, tty: bool | None = None,
                 every_seconds: float = 10.0, every_items: int = 1000) -> None:
        self.what = what
        self.enabled = True if enabled is None else enabled
        self.tty = sys.stderr.isatty() if tty is None else tty
        self.every_seconds, self.every_items = every_seconds, every_items
        self.start = time.monotonic()
        self.last = 0.0
        self.last_done = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self.tty:
            if now - self.last < 0.5 and done < total:
                return
        elif done >= total or (done - self.last_done < self.every_items
                               and now - max(self.last, self.start) < self.every_seconds):
            return
        self.last, self.last_done = now, done
        rate = done / max(now - self.start, 1e-9)
        eta = (total - done) / rate if rate else 0
        if not self.tty:
            click.echo(f"kg: {done}/{total} {self.what}, {rate:.0f}/s, ETA {eta:.0f}s", err=True)
            return
        width = 24
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        click.echo(f"\r[{bar}] {done}/{total} {self.what}, {rate:.0f}/s, ETA {eta:.0f}s ", err=True, nl=False)

    def close(self) -> None:
        if self.enabled and self.tty and self.last:
            click.echo("\r" + " " * 78 + "\r", err=True, nl=False)


def one_line(text: str) -> str:
    """``text`` with control characters (a newline in a file name) escaped, so a message stays one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def echo_errors(errors, limit: int = 20) -> None:
    for e in errors[:limit]:
        click.echo(f"kg: {getattr(e, 'verb', 'skipped')} {one_line(str(e))}", err=True)
    if len(errors) > limit:
        click.echo(f"kg: ... and {len(errors) - limit} more skipped", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Show the full traceback of an error.")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """kg: the foreign relations of Vietnam's provinces, from Vietnamese news, as an RDF graph.

    Exit codes: 0 ok, 1 the graph does not conform to the shapes, 2 usage or input error,
    3 another build holds the folder, 4 disk full, 5 permission denied.
    """
    ctx.obj = {"verbose": verbose}


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script."""
    from . import commands  # noqa: F401  (registers the commands on the group)

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `kg query ... | head` ends quietly
    args = sys.argv[1:] if argv is None else argv
    ctx: click.Context | None = None
    try:
        # make_context parses the group's own options (kg -v ...); the command's
        # options, `kg eval -v` among them, belong to the command
        with cli.make_context("kg", list(args)) as ctx:
            code = cli.invoke(ctx)
    except click.exceptions.Exit as e:  # --help, --version
        sys.exit(e.exit_code)
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as e:  # usage errors: click's own one-line message
        e.show()
        sys.exit(EXIT_USAGE)
    except INPUT_ERRORS as e:
        if ctx is not None and ctx.params.get("verbose"):
            traceback.print_exc()
        click.echo(f"kg: error: {one_line(str(e))}", err=True)
        sys.exit(exit_code(e))
    sys.exit(code if isinstance(code, int) else EXIT_OK)
