"""The ``kg`` command: a thin click layer over the library, one library call per command.

Exit codes: 0 ok, 1 the data does not conform (``kg validate``), 2 usage or input error.
"""

from __future__ import annotations

from .base import main

__all__ = ["main"]
