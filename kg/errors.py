"""The library's exceptions, kept apart so the command line can name them without heavy imports."""

from __future__ import annotations


class KgError(Exception):
    """A problem with the user's input or request, reported in one line (exit code 2)."""


class BuildError(KgError):
    """Nothing could be built (no readable article); the previous build is kept."""


class QueryError(KgError):
    """A query, its parameters or its graph cannot be used."""
