"""Check kg/data/organisations.tsv: international organisations, foreign agencies, INGOs.

The TSV is the source: edit it by hand (columns ``id, kind, acronym, name_vi,
name_en, country, aliases``; ``aliases`` is one ``|``-separated cell).  Nothing is
fetched from a package, so ``--write`` changes nothing; the script checks the rows
(sorted by id, NFC, old-style tone marks, slug ids, kinds, countries, no forbidden
acronym or alias, no alias equal to a main name) and reports the names the
gazetteer cannot match whole (kept as labels).

Usage: python tools/data_organisations.py [--write]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import tsvdata

from kg.text import normalise_text

SOURCE = "# source: curated for kg from the organisations' own published names (CC0-1.0)"
HEADER = ["id", "kind", "acronym", "name_vi", "name_en", "country", "aliases"]
KINDS = {"organisation", "agency", "ngo"}

# Abbreviations and words that must never be an organisation's acronym or alias:
# Vietnamese administrative abbreviations, generic terms, and acronyms that
# collide with ordinary words or Vietnamese bodies.
FORBIDDEN = {
    "UBND", "HĐND", "HDND", "KT-XH", "KTXH", "ODA", "FDI", "NGO", "INGO", "NGOs", "MTTQ", "TW", "TƯ",
    "VCCI", "VUFO", "CDC", "SOS", "EXIM", "Eximbank", "CIF", "ESG", "KF", "IF", "SIDA", "Sida", "ISO",
    "Quỹ Phát triển", "Ngân hàng Xuất nhập khẩu", "Ngân hàng Phát triển", "Liên hiệp quốc tế",
    "Làng trẻ em SOS", "Viện Pháp", "Caritas Việt Nam", "Rồng Xanh", "Quỹ Toyota",
}


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO2 = re.compile(r"^[A-Z]{2}$")
MAX_TOKENS = 8  # kg.extract.gazetteer matches names of at most this many \w+ tokens
_CANT_CROSS = re.compile(r"[^\w \-‐‑–.]")  # kg.extract.gazetteer cannot match across these (",", "&", "'", "/", "(")


def check(t: tsvdata.Table) -> list[str]:
    problems: list[str] = []
    for r in t.rows:
        id_, kind, acr, vi, en, cc, aliases = (r[h] for h in HEADER)
        if not _SLUG.match(id_):
            problems.append(f"{id_}: bad id")
        if kind not in KINDS:
            problems.append(f"{id_}: bad kind {kind!r}")
        if cc and not _ISO2.match(cc):
            problems.append(f"{id_}: bad country {cc!r}")
        if kind == "agency" and not cc:
            problems.append(f"{id_}: an agency needs a country")
        if not (vi or en):
            problems.append(f"{id_}: no name")
        al = aliases.split("|") if aliases else []
        for n in [n for n in (acr, vi, en) if n] + al:
            if n in FORBIDDEN:
                problems.append(f"{id_}: forbidden name {n!r}")
        if {acr, vi, en} & set(al):
            problems.append(f"{id_}: alias equal to a main name")
    return problems


def summary(t: tsvdata.Table) -> str:
    kinds: dict[str, int] = {}
    unmatchable = 0
    for r in t.rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        for n in [r["name_vi"], r["name_en"], *r["aliases"].split("|")]:
            if n and (len(re.findall(r"\w+", n)) > MAX_TOKENS or _CANT_CROSS.search(n)):
                unmatchable += 1
    return (f"{len(t.rows)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            + f"; {unmatchable} names longer than {MAX_TOKENS} tokens or with punctuation the matcher "
            "cannot cross (kept as labels)")


SCRIPT = tsvdata.Script("organisations", HEADER, SOURCE, normalise_text, check, summary=summary)

if __name__ == "__main__":
    raise SystemExit(tsvdata.run(SCRIPT))
