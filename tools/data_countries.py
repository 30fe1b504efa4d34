"""Check kg/data/countries.tsv, and merge into it every ISO 3166-1 entry the packages give.

The TSV is the source: edit it by hand.  Fetched (``--write`` adds the countries
the TSV lacks, never changing a value in it): ISO 3166-1 codes and English names
from ``pycountry``; Vietnamese names from CLDR through ``babel``
(``Locale("vi").territories``).  A new row takes CLDR's Vietnamese name, pycountry's
common name and its other names as aliases; press forms, transliterations and
ambiguous short forms are curated in the TSV only.  When pycountry's alpha-3 code
differs from the TSV's the script fails naming the rows.

Columns:
  iso2, iso3   ISO 3166-1 alpha-2 / alpha-3
  name_vi      the form Vietnamese news uses ("Hàn Quốc", "Hoa Kỳ", "Lào")
  name_en      short English name ("South Korea", "Laos")
  aliases      other names, matched on a folded key (no diacritics, case, spaces,
               hyphens or dots)
  ambiguous    short forms that are also common words, given names or parts of
               Vietnamese place names ("Lào" in "Lào Cai", "Mỹ" in "Mỹ Tho", "Đức",
               "Anh", "Ý"): they must match only with exact spelling and case. When
               name_vi itself is ambiguous it is listed here too.

Checked: every alias against the names and aliases of kg/data/provinces.tsv and of
the other countries (a collision is an error; a name that folds like a province must
be listed as ambiguous), and no alias folding like the row's ambiguous forms.
Without the packages the script says so and only checks the TSV.

    python tools/data_countries.py [--write]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import tsvdata

from kg.text import normalise_text

PROVINCES = tsvdata.DATA / "provinces.tsv"
HEADER = ["iso2", "iso3", "name_vi", "name_en", "aliases", "ambiguous"]
SOURCE = "# source: ISO 3166-1 from pycountry "
# Names that would be wrong for an entry (pycountry's bare "Congo" is both CG and CD).
DROP = {"CG": ["Congo"]}

# -- text helpers: kg.text's normalisation ---------------------------------------------------

def norm(s: str) -> str:
    """NFC, old-style tone marks (hòa, thủy), straight apostrophe, single spaces."""
    s = normalise_text(s).replace("’", "'")
    return re.sub(r"\s+", " ", s).strip()


def fold(s: str) -> str:
    """Matching key: no diacritics (đ -> d), lower case, no spaces, hyphens, dots, apostrophes."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–.'’`]+", "", s.lower())


def clean(values: list[str], drop: set[str] = frozenset()) -> list[str]:
    out: list[str] = []
    for v in values:
        v = norm(v)
        if not v or v in out or v in drop:
            continue
        if "|" in v or "\t" in v or "(" in v or "," in v:
            continue  # not a name the matcher can see whole
        out.append(v)
    return out


def province_keys() -> dict[str, str]:
    """Folded name/alias -> province id, from provinces.tsv."""
    keys: dict[str, str] = {}
    with PROVINCES.open(encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if not ln.startswith("#")]
    header = lines[0].split("\t")
    for ln in lines[1:]:
        row = dict(zip(header, ln.split("\t")))
        for n in [row["name"], *row["aliases"].split("|")]:
            if n:
                keys.setdefault(fold(n), row["id"])
    return keys


def fetch(t: tsvdata.Table) -> tuple[dict[str, dict[str, str]], str]:
    import pycountry
    from babel import Locale

    vi = Locale("vi").territories
    have = {r["iso2"]: r for r in t.rows}
    rows: dict[str, dict[str, str]] = {}
    for c in pycountry.countries:
        old = have.get(c.alpha_2)
        if old is not None:  # only the code is fetched for a row already curated
            rows[c.alpha_2] = {**old, "iso3": c.alpha_3}
            continue
        babel_vi = norm(vi.get(c.alpha_2, "") or "")
        name_vi = babel_vi or norm(c.name)
        name_en = norm(getattr(c, "common_name", None) or c.name)
        english = [c.name, getattr(c, "official_name", "") or ""]
        aliases = clean([babel_vi, *english], drop={name_vi, name_en, *DROP.get(c.alpha_2, [])})
        rows[c.alpha_2] = dict(zip(HEADER, [c.alpha_2, c.alpha_3, name_vi, name_en, "|".join(aliases), ""]))
    source = (f"# source: ISO 3166-1 from pycountry {version('pycountry')} (LGPL-2.1, codes and names are facts), "
              f"Vietnamese names from CLDR via babel {version('babel')} (Unicode-3.0), "
              "press forms and ambiguous short forms curated for kg; licence: CC0-1.0")
    return rows, source


def check(t: tsvdata.Table) -> list[str]:
    prov = province_keys()
    problems: list[str] = []
    owner: dict[str, set[str]] = {}
    for r in t.rows:
        iso2 = r["iso2"]
        if not re.fullmatch(r"[A-Z]{2}", iso2) or not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
            problems.append(f"{iso2}: bad ISO 3166-1 codes")
        aliases = [a for a in r["aliases"].split("|") if a]
        ambiguous = [a for a in r["ambiguous"].split("|") if a]
        amb_keys = {fold(a) for a in ambiguous}
        for a in aliases:
            if clean([a], set(DROP.get(iso2, []))) != [a]:
                problems.append(f"{iso2}: alias {a!r} cannot be matched or is wrong for this entry")
            k = fold(a)
            if k in amb_keys or (k == fold(r["name_vi"]) and r["name_vi"] in ambiguous):
                problems.append(f"{iso2}: alias {a!r} folds like an ambiguous form")
            if k in prov:
                problems.append(f"{iso2}: alias {a!r} collides with province {prov[k]}")
            if a in (r["name_vi"], r["name_en"]):
                problems.append(f"{iso2}: alias {a!r} equal to a name")
        for n in (r["name_vi"], r["name_en"]):
            if fold(n) in prov and n not in ambiguous:
                problems.append(f"{iso2}: name {n!r} collides with province {prov[fold(n)]}: list it as ambiguous")
        for n in [r["name_vi"], r["name_en"], *aliases, *ambiguous]:
            owner.setdefault(fold(n), set()).add(iso2)
    clashes = {k: v for k, v in owner.items() if len(v) > 1}
    for r in t.rows:
        for a in filter(None, r["aliases"].split("|")):
            if fold(a) in clashes:
                problems.append(f"{r['iso2']}: alias {a!r} shared by {sorted(clashes[fold(a)])}")
    for k, v in sorted(clashes.items()):
        for r in t.rows:
            if r["iso2"] in v and (fold(r["name_vi"]) == k or fold(r["name_en"]) == k):
                problems.append(f"warn: {r['iso2']}: name folds like another country's ({sorted(v)}) - check")
    if len(t.rows) != 249:
        problems.append(f"warn: {len(t.rows)} rows, ISO 3166-1 had 249 entries")
    return problems


SCRIPT = tsvdata.Script("countries", HEADER, SOURCE, norm, check, fetch=fetch, fetch_columns=["iso3"],
                        packages=("pycountry", "babel"))

if __name__ == "__main__":
    raise SystemExit(tsvdata.run(SCRIPT))
