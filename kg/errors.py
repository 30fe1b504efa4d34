"""The library's exceptions, kept apart so the command line can name them without heavy imports."""

from __future__ import annotations


class KgError(Exception):
    """A problem with the user's input or request, reported in one line (exit code 2)."""


class BuildError(KgError):
    """Nothing could be built (no readable article); the previous build is kept.

    ``errors`` holds every read problem, so that all of them can be shown,
    not just the first.
    """

    def __init__(self, message: str, errors: tuple = ()) -> None:
        super().__init__(message)
        self.errors = tuple(errors)


class BuildLocked(KgError):
    """Another build is writing to the same folder (exit code 3)."""


class DiskFull(KgError):
    """An output could not be written for lack of space; the previous build is kept (exit code 4)."""


class NoPermission(KgError):
    """An output folder or file may not be written; the previous build is kept (exit code 5)."""


class QueryError(KgError):
    """A query, its parameters or its graph cannot be used."""
