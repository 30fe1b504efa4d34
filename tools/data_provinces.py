"""Check kg/data/provinces.tsv, and merge into it Vietnam's provincial-level units
before and after 2025-07-01 as the packages give them.

The TSV is the source: edit it by hand.  Fetched (``--write`` adds missing rows and
fills empty cells, never changing a value): the 63-unit and 34-unit province lists
and the old->new map shipped as JSON inside ``vietnamadminunits`` (MIT; read
directly to avoid its geopy/shapely dependencies), GSO codes (carried by
vietnamadminunits) and ISO 3166-2:VN codes from ``pycountry``.  Curated in the TSV
only: ``kind`` (centrally-run cities) of the pre-2025 units, ISO codes pycountry's
names do not give (Huế), and ``aliases`` (press forms; never a name that is also a
district, city or common word inside another unit; a new row takes the aliases of
the TSV's rows with the same name).

Rows:
  * the 63 units in force until 2025-06-30, id ``vn-{gso}``; those that were merged
    get ``valid_until`` 2025-06-30 and the id of the merged unit as ``successor``;
  * the merged units in force from 2025-07-01, id ``vn-{gso}-2025``;
  * the 11 unchanged units (Huế included) are a single open-ended row each.

When a fetched name, code, date or successor differs from the TSV the script fails
naming the rows.  Without the packages it says so and only checks the TSV.

    python tools/data_provinces.py [--write]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import tsvdata

from kg.text import normalise_text

MERGE_UNTIL = "2025-06-30"
MERGE_FROM = "2025-07-01"
HEADER = ["id", "name", "kind", "gso", "iso", "valid_from", "valid_until", "successor", "aliases"]
SOURCE = "# source: vietnamadminunits "
KINDS = {"city", "province"}

# -- text helpers: kg.text's normalisation ---------------------------------------------------

def norm(s: str) -> str:
    """NFC, old-style tone marks (hòa, thủy), single spaces, no tabs/newlines."""
    s = normalise_text(s)
    return re.sub(r"\s+", " ", s).strip()


def fold(s: str) -> str:
    """Matching key: no diacritics (đ -> d), lower case, no spaces, hyphens, dots, apostrophes."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–.'’`]+", "", s.lower())



def load_units() -> tuple[dict, dict, dict]:
    d = tsvdata.package_dir("vietnamadminunits") / "data"
    legacy = json.loads((d / "parser_legacy.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    new = json.loads((d / "parser_from_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    conv = json.loads((d / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    return legacy, new, conv


def iso_codes(legacy: dict) -> dict[str, str]:
    """GSO code -> ISO 3166-2 code, by folded name (absent when the names differ)."""
    import pycountry

    by_fold = {fold(sub.name): sub.code for sub in pycountry.subdivisions.get(country_code="VN")}
    out = {}
    for v in legacy.values():
        code = by_fold.get(fold(v["provinceShort"]))
        if code:
            out[v["provinceCode"]] = code
    return out


def fetch(t: tsvdata.Table) -> tuple[dict[str, dict[str, str]], str]:
    legacy, new, conv = load_units()
    iso = iso_codes(legacy)
    if len(legacy) != 63 or len(new) != 34:
        sys.exit(f"expected 63 and 34 units, got {len(legacy)} and {len(new)}")
    have = {r["id"]: r for r in t.rows}
    aliases_by_name: dict[str, str] = {}
    for r in t.rows:
        aliases_by_name.setdefault(r["name"], r["aliases"])

    successor_key: dict[str, str] = {}
    for new_key, olds in conv.items():
        for old in olds:
            if old in successor_key:
                sys.exit(f"{old} merged twice")
            successor_key[old] = new_key
    if set(successor_key) != set(legacy) or set(conv) != set(new):
        sys.exit("converter map does not cover both lists")
    unchanged = {nk for nk, olds in conv.items() if olds == [nk]
                 and legacy[nk]["provinceCode"] == new[nk]["provinceCode"]}
    if len(unchanged) != 11:
        sys.exit(f"expected 11 unchanged units, got {len(unchanged)}")

    def new_id(nk: str) -> str:
        return f"vn-{new[nk]['provinceCode']}" if nk in unchanged else f"vn-{new[nk]['provinceCode']}-2025"

    def row(id_: str, name: str, kind: str, gso: str, code: str, frm: str, until: str, succ: str) -> dict:
        old = have.get(id_, {})
        return dict(zip(HEADER, [id_, name, old.get("kind") or kind, gso, code or old.get("iso", ""),
                                 frm, until, succ, aliases_by_name.get(name, "")]))

    rows: dict[str, dict[str, str]] = {}
    for key, v in legacy.items():
        gso, name = v["provinceCode"], norm(v["provinceShort"])
        nk = successor_key[key]
        merged = nk not in unchanged
        rows[f"vn-{gso}"] = row(f"vn-{gso}", name, "province", gso, iso.get(gso, ""), "",
                                MERGE_UNTIL if merged else "", new_id(nk) if merged else "")
    for nk, v in new.items():
        if nk in unchanged:
            continue
        gso, name = v["provinceCode"], norm(v["provinceShort"])
        kind = "city" if v["province"].startswith("Thành phố") else "province"
        rows[new_id(nk)] = row(new_id(nk), name, kind, gso, "", MERGE_FROM, "", "")
    source = (f"# source: vietnamadminunits {version('vietnamadminunits')} (MIT) 63- and 34-unit lists, GSO codes "
              f"and old-to-new map, ISO 3166-2:VN codes from pycountry {version('pycountry')} (LGPL-2.1), "
              "aliases curated for kg; licence: CC0-1.0")
    return rows, source


def check(t: tsvdata.Table) -> list[str]:
    problems: list[str] = []
    ids = {r["id"] for r in t.rows}
    owner: dict[str, set[str]] = {}
    for r in t.rows:
        id_ = r["id"]
        if not re.fullmatch(r"vn-\d{2}(-2025)?", id_) or not id_.startswith(f"vn-{r['gso']}"):
            problems.append(f"{id_}: bad id or gso")
        if r["kind"] not in KINDS:
            problems.append(f"{id_}: bad kind {r['kind']!r}")
        if r["successor"] and r["successor"] not in ids:
            problems.append(f"{id_}: unknown successor {r['successor']!r}")
        if bool(r["successor"]) != bool(r["valid_until"]):
            problems.append(f"{id_}: valid_until and successor go together")
        if r["name"] in r["aliases"].split("|"):
            problems.append(f"{id_}: alias equal to the name")
        for n in [r["name"], *filter(None, r["aliases"].split("|"))]:
            owner.setdefault(fold(n), set()).add(r["name"])
    for k, names in sorted(owner.items()):
        if len(names) > 1:
            problems.append(f"folded {k!r} names {sorted(names)}")
    isos = [r["iso"] for r in t.rows if r["iso"]]
    if len(set(isos)) != len(isos):
        problems.append("ISO 3166-2 codes are not one-to-one")
    return problems


def summary(t: tsvdata.Table) -> str:
    old = sum(1 for r in t.rows if not r["valid_from"])
    return f"{len(t.rows)} rows ({old} before the merger, {len(t.rows) - old} new in 2025)"


SCRIPT = tsvdata.Script("provinces", HEADER, SOURCE, norm, check, fetch=fetch,
                        fetch_columns=["name", "gso", "iso", "valid_from", "valid_until", "successor"],
                        packages=("vietnamadminunits", "pycountry"), summary=summary)

if __name__ == "__main__":
    raise SystemExit(tsvdata.run(SCRIPT))
