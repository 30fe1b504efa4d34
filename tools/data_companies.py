"""Check kg/data/companies.tsv: foreign companies that invest in, trade with or
sign agreements with Vietnamese provinces.

The TSV is the source: edit it by hand (columns ``id, name, country, aliases,
strict``; ``aliases`` is one ``|``-separated cell, ``strict`` is 1 when the name is
also an ordinary word, a Vietnamese word/name/place or very short).  Names are bare
(heads such as "Tập đoàn", "Công ty" are handled by code).  Vietnamese companies and
Vietnamese-foreign joint ventures are excluded.  Nothing is fetched from a package,
so ``--write`` changes nothing; the script checks the rows (sorted by id, NFC,
old-style tone marks, slug ids, ISO 3166-1 alpha-2 countries, no alias equal to the
name) and that no folded name is on two companies or equals a province's, a
country's or a domestic company's name.

Usage: python tools/data_companies.py [--write]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import tsvdata

from kg.text import fold, normalise_text

SOURCE = "# source: curated for kg from the companies' own published names (CC0-1.0)"
HEADER = ["id", "name", "country", "aliases", "strict"]
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")


def reserved() -> dict[str, str]:
    """Folded province, country and domestic-company names -> what they are."""
    out: dict[str, str] = {}
    for r in tsvdata.read(tsvdata.DATA / "provinces.tsv").rows:
        for n in [r["name"], *r["aliases"].split("|")]:
            if n:
                out[fold(n)] = f"province {r['name']}"
    for r in tsvdata.read(tsvdata.DATA / "countries.tsv").rows:
        for n in [r["name_vi"], r["name_en"], *r["aliases"].split("|")]:
            if n:
                out[fold(n)] = f"country {r['iso2']}"
    for r in tsvdata.read(tsvdata.DATA / "domestic.tsv").rows:
        out[fold(r["name"])] = f"domestic {r['name']}"
    return out


def check(t: tsvdata.Table) -> list[str]:
    problems: list[str] = []
    names: dict[str, str] = {}
    for r in t.rows:
        id_, name, aliases = r["id"], r["name"], r["aliases"]
        if not _SLUG.match(id_):
            problems.append(f"{id_}: bad id")
        if not _ISO2.match(r["country"]):
            problems.append(f"{id_}: bad country {r['country']!r}")
        if r["strict"] not in ("0", "1"):
            problems.append(f"{id_}: bad strict {r['strict']!r}")
        al = aliases.split("|") if aliases else []
        if name in al:
            problems.append(f"{id_}: alias equal to the name")
        for n in [name, *al]:
            k = fold(n)
            if k in names and names[k] != id_:
                problems.append(f"{id_}: {n!r} also names {names[k]}")
            names[k] = id_
    res = reserved()
    for k, id_ in names.items():
        if k in res:
            problems.append(f"{id_}: folded {k!r} equals {res[k]}")
    return problems


def summary(t: tsvdata.Table) -> str:
    by_cc: dict[str, int] = {}
    for r in t.rows:
        by_cc[r["country"]] = by_cc.get(r["country"], 0) + 1
    return (f"{len(t.rows)} rows; strict {sum(r['strict'] == '1' for r in t.rows)}; "
            + ", ".join(f"{k} {v}" for k, v in sorted(by_cc.items(), key=lambda x: -x[1])[:8]))


SCRIPT = tsvdata.Script("companies", HEADER, SOURCE, normalise_text, check, summary=summary)

if __name__ == "__main__":
    raise SystemExit(tsvdata.run(SCRIPT))
