"""Knowledge the extractor needs, kept as data: gazetteers, trigger words, furniture.

Every file here is a UTF-8 TSV whose first line is a comment naming its
source and licence, and whose second line names the columns.
"""

from __future__ import annotations

from functools import cache

from ..resources import as_path, data_dir

#: The folder of the TSVs (found through :mod:`kg.resources`).
DATA_DIR = as_path(data_dir())


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``kg/data/NAME`` as dicts keyed by the header's column names."""
    path = DATA_DIR / name
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as f:
        header: list[str] | None = None
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise ValueError(f"{path}:{number}: {len(cells)} cells for {len(header)} columns")
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return tuple(rows)
