"""Shared machinery of the tools/data_*.py scripts: the kg/data/*.tsv files are the
source people edit; a script only fetches what third-party packages give, merges it
into the TSV and checks the TSV.

A TSV is a ``# source: ...`` line, a header line and tab-separated rows sorted by
their first column (the id).  ``run`` gives every script the same command line:

    python tools/data_X.py            # check the TSV (read-only, the default)
    python tools/data_X.py --write    # merge fetched rows into the TSV, then check it

Merging never changes a value already in the TSV: it adds the rows the packages
have and the TSV lacks, and fills empty fetched columns.  When a non-empty fetched
column of the TSV differs from what the package gives (a hand edit, or a package
update), the script fails with one line naming the rows, in both modes, and writes
nothing; settle the difference in the TSV by hand.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"


class Missing(Exception):
    """A third-party package a script fetches from is not installed."""


def require(*modules: str) -> None:
    """Raise Missing naming the modules that are not installed (without importing them)."""
    absent = [m for m in modules if importlib.util.find_spec(m) is None]
    if absent:
        raise Missing(", ".join(absent))


def package_dir(module: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise Missing(module)
    return Path(list(spec.submodule_search_locations)[0])


@dataclass
class Table:
    path: Path
    source: str
    header: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.header[0]

    def text(self) -> str:
        lines = [self.source, "\t".join(self.header)]
        lines += ["\t".join(r[h] for h in self.header) for r in self.rows]
        return "\n".join(lines) + "\n"


def read(path: Path) -> Table:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    source, header = lines[0], lines[1].split("\t")
    rows = [dict(zip(header, ln.split("\t"))) for ln in lines[2:]]
    t = Table(path, source, header, rows)
    t._widths = [len(ln.split("\t")) for ln in lines[2:]]  # type: ignore[attr-defined]
    return t


def check_format(t: Table, header: list[str], source_prefix: str,
                 normal: Callable[[str], str]) -> list[str]:
    """The checks every data file shares: source line, header, row width, ids unique
    and sorted, cells NFC and already in ``normal`` form (old-style tone marks), no
    doubled alias, the file ending in one newline."""
    problems: list[str] = []
    if not t.source.startswith(source_prefix):
        problems.append(f"first line must start {source_prefix!r}")
    if t.header != header:
        problems.append(f"header must be {chr(9).join(header)!r}")
        return problems
    raw = t.path.read_bytes()
    if not raw.endswith(b"\n") or raw.endswith(b"\n\n") or b"\r" in raw:
        problems.append("file must end in exactly one newline, with no CR")
    bad_width = [r.get(t.key, "?") for r, w in zip(t.rows, t._widths) if w != len(header)]  # type: ignore[attr-defined]
    if bad_width:
        problems.append(f"rows without {len(header)} columns: {_ids(bad_width)}")
    keys = [r[t.key] for r in t.rows]
    dup = sorted({k for k in keys if keys.count(k) > 1}) if len(set(keys)) != len(keys) else []
    if dup:
        problems.append(f"duplicate {t.key}: {_ids(dup)}")
    unsorted = [b for a, b in zip(keys, keys[1:]) if b < a]
    if unsorted:
        problems.append(f"rows out of order (sort by {t.key}): {_ids(unsorted)}")
    not_nfc, not_normal, doubled = [], [], []
    for r in t.rows:
        for h in header:
            c = r.get(h, "")
            if unicodedata.normalize("NFC", c) != c:
                not_nfc.append(f"{r[t.key]}.{h}")
            elif normal(c) != c:
                not_normal.append(f"{r[t.key]}.{h} {c!r} -> {normal(c)!r}")
            if "|" in c:
                parts = c.split("|")
                if "" in parts or len(set(parts)) != len(parts):
                    doubled.append(f"{r[t.key]}.{h}")
    if not_nfc:
        problems.append(f"cells not in NFC: {_ids(not_nfc)}")
    if not_normal:
        problems.append(f"cells not normalised (spaces, old-style tone marks): {_ids(not_normal)}")
    if doubled:
        problems.append(f"empty or repeated '|' items: {_ids(doubled)}")
    return problems


def merge(t: Table, fetched: dict[str, dict[str, str]], columns: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Merge fetched rows into ``t`` in place.

    ``fetched`` maps an id to a full row (every header column) as the package gives
    it; ``columns`` are the fetched columns compared on rows already in the TSV.
    Returns (conflicts, added ids, filled cells).  A conflict is a non-empty TSV
    cell of a fetched column that differs from the fetched value: never overwritten.
    """
    have = {r[t.key]: r for r in t.rows}
    conflicts, added, filled = [], [], []
    for k, new in fetched.items():
        row = have.get(k)
        if row is None:
            t.rows.append(dict(new))
            added.append(k)
            continue
        for c in columns:
            if new[c] == row[c]:
                continue
            if row[c] == "":
                row[c] = new[c]
                filled.append(f"{k}.{c}")
            else:
                conflicts.append(f"{k}.{c} {row[c]!r} (fetched {new[c]!r})")
    t.rows.sort(key=lambda r: r[t.key])
    return conflicts, added, filled


def _ids(items: list[str], most: int = 12) -> str:
    more = f" and {len(items) - most} more" if len(items) > most else ""
    return ", ".join(items[:most]) + more


@dataclass
class Script:
    """What a data script is: its file, its shape, its checks and its fetch."""
    name: str
    header: list[str]
    source_prefix: str
    normal: Callable[[str], str]
    check: Callable[[Table], list[str]]                  # content checks; "warn: ..." lines do not fail
    fetch: Callable[[Table], tuple[dict[str, dict[str, str]], str]] | None = None  # rows, source line
    fetch_columns: list[str] = field(default_factory=list)
    packages: tuple[str, ...] = ()
    summary: Callable[[Table], str] | None = None


def run(script: Script, argv: list[str] | None = None, path: Path | None = None) -> int:
    ap = argparse.ArgumentParser(description=f"Check (default) or --write kg/data/{script.name}.tsv.")
    ap.add_argument("--write", action="store_true", help="merge fetched rows into the TSV (never changes a value in it)")
    ap.add_argument("--file", type=Path, default=path or DATA / f"{script.name}.tsv", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    p: Path = args.file
    name = p.name
    t = read(p)
    problems = check_format(t, script.header, script.source_prefix, script.normal)
    if problems:
        for x in problems:
            print(f"{name}: error: {x}", file=sys.stderr)
        return 1

    conflicts: list[str] = []
    added: list[str] = []
    filled: list[str] = []
    source = t.source
    if script.fetch is not None:
        try:
            require(*script.packages)
            fetched, source = script.fetch(t)
        except Missing as e:
            print(f"{name}: {e} not installed: nothing fetched, the TSV is only checked", file=sys.stderr)
        else:
            conflicts, added, filled = merge(t, fetched, script.fetch_columns)
    if conflicts:
        print(f"{name}: error: fetched values differ from the TSV (hand edit or package update; "
              f"settle them in the TSV, nothing written): {_ids(conflicts)}", file=sys.stderr)
        return 1

    found = script.check(t)
    errors = [x for x in found if not x.startswith("warn")]
    for x in found:
        print(f"{name}: {x if x.startswith('warn') else 'error: ' + x}", file=sys.stderr)
    if errors:
        return 1

    new_source = source != t.source
    changes = len(added) + len(filled) + new_source
    if args.write and changes:
        t.source = source
        p.write_text(t.text(), encoding="utf-8", newline="\n")
        print(f"{name}: written: {len(added)} rows added, {len(filled)} cells filled"
              + (", source line updated" if new_source else ""), file=sys.stderr)
    elif changes:
        print(f"{name}: --write would add {len(added)} rows ({_ids(added)}), fill {len(filled)} cells"
              + (", update the source line" if source != t.source else ""), file=sys.stderr)
    summary = script.summary(t) if script.summary else f"{len(t.rows)} rows"
    print(f"{name}: ok, {summary}", file=sys.stderr)
    return 0
