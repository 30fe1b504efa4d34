"""Regenerate kg/data/provinces.tsv: Vietnam's provincial-level units before and after 2025-07-01.

Sources: the 63-unit and 34-unit province lists and the old->new map shipped as JSON
inside ``vietnamadminunits`` (MIT; read directly to avoid its geopy/shapely
dependencies), ISO 3166-2:VN codes from ``pycountry``, GSO codes (carried by
vietnamadminunits), and aliases curated for kg.

Rows:
  * the 63 units in force until 2025-06-30, id ``vn-{gso}``; those that were merged
    get ``valid_until`` 2025-06-30 and the id of the merged unit as ``successor``;
  * the merged units in force from 2025-07-01, id ``vn-{gso}-2025``;
  * the 11 unchanged units (Huế included) are a single open-ended row each.

Deterministic: running it twice gives byte-identical output.

    python tools/data_provinces.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry
import vietnamadminunits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.text import normalise_text  # noqa: E402  (the same rules the extractor applies)
OUT = ROOT / "kg" / "data" / "provinces.tsv"
VAU_DIR = Path(vietnamadminunits.__file__).resolve().parent / "data"
VAU_VERSION = "1.0.4"
try:  # the installed version, for the source line
    from importlib.metadata import version as _version

    VAU_VERSION = _version("vietnamadminunits")
except Exception:  # pragma: no cover
    pass

MERGE_UNTIL = "2025-06-30"
MERGE_FROM = "2025-07-01"
HEADER = ["id", "name", "kind", "gso", "iso", "valid_from", "valid_until", "successor", "aliases"]

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


# -- curated knowledge ------------------------------------------------------------------------
# Centrally-run cities (thành phố trực thuộc trung ương), by GSO code.
CITIES = {"01", "31", "46", "48", "79", "92"}

# ISO 3166-2:VN codes whose pycountry name does not fold to the GSO short name.
ISO_BY_GSO_OVERRIDE = {"46": "VN-26"}  # pycountry: "Thừa Thiên-Huế"

# Press forms of the names (matching folds diacritics, spaces, hyphens and dots, so only
# forms with a different key are listed).  Never list a name that is also a
# district, city or common word inside another unit ("Bà Rịa", "Vũng Tàu", "Huế"
# outside code 46).  Applied to every row with that GSO short name, before and after
# the merger (the gazetteer picks the unit in force by date).
_TP = lambda n: [f"TP {n}", f"TP. {n}", f"Thành phố {n}"]  # noqa: E731
ALIASES: dict[str, list[str]] = {
    "Hà Nội": ["Thủ đô Hà Nội", *_TP("Hà Nội")],
    "Hồ Chí Minh": ["TP.HCM", "TPHCM", "TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh",
                    "Sài Gòn", "Ho Chi Minh City", "HCMC"],
    "Hải Phòng": _TP("Hải Phòng"),
    "Đà Nẵng": _TP("Đà Nẵng"),
    "Cần Thơ": _TP("Cần Thơ"),
    "Huế": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Cố đô Huế", *_TP("Huế")],
    "Bà Rịa - Vũng Tàu": ["BR-VT", "Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu"],
    "Đắk Lắk": ["Đắc Lắc", "Daklak", "Dak Lak"],
    "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
    "Kon Tum": ["Kontum"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Thanh Hóa": ["xứ Thanh"],
}



def load_units() -> tuple[dict, dict, dict]:
    legacy = json.loads((VAU_DIR / "parser_legacy.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    new = json.loads((VAU_DIR / "parser_from_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    conv = json.loads((VAU_DIR / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    return legacy, new, conv


def iso_codes(legacy: dict) -> dict[str, str]:
    """GSO code -> ISO 3166-2 code, by folded name."""
    by_fold = {}
    for sub in pycountry.subdivisions.get(country_code="VN"):
        by_fold[fold(sub.name)] = sub.code
    out = {}
    for v in legacy.values():
        gso = v["provinceCode"]
        code = ISO_BY_GSO_OVERRIDE.get(gso) or by_fold.get(fold(v["provinceShort"]))
        if not code:
            sys.exit(f"no ISO 3166-2 code for {gso} {v['provinceShort']}")
        out[gso] = code
    if len(set(out.values())) != len(out):
        sys.exit("ISO 3166-2 codes are not one-to-one")
    return out


def clean_cell(values: list[str]) -> str:
    out = []
    for v in values:
        v = norm(v)
        if "|" in v or "\t" in v:
            sys.exit(f"bad alias {v!r}")
        if v and v not in out:
            out.append(v)
    return "|".join(out)


def aliases_for(name: str) -> str:
    return clean_cell([a for a in ALIASES.get(name, []) if norm(a) != norm(name)])


def build() -> list[list[str]]:
    legacy, new, conv = load_units()
    iso = iso_codes(legacy)
    if len(legacy) != 63 or len(new) != 34:
        sys.exit(f"expected 63 and 34 units, got {len(legacy)} and {len(new)}")

    # old key -> new key
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

    rows = []
    for key, v in legacy.items():
        gso = v["provinceCode"]
        name = norm(v["provinceShort"])
        nk = successor_key[key]
        merged = nk not in unchanged
        rows.append([
            f"vn-{gso}", name, "city" if gso in CITIES else "province", gso, iso[gso],
            "", MERGE_UNTIL if merged else "", new_id(nk) if merged else "", aliases_for(name),
        ])
    for nk, v in new.items():
        if nk in unchanged:
            continue
        gso = v["provinceCode"]
        name = norm(v["provinceShort"])
        kind = "city" if v["province"].startswith("Thành phố") else "province"
        rows.append([new_id(nk), name, kind, gso, "", MERGE_FROM, "", "", aliases_for(name)])
    rows.sort(key=lambda r: r[0])
    return rows


def main() -> None:
    rows = build()
    lines = [
        f"# source: vietnamadminunits {VAU_VERSION} (MIT) 63- and 34-unit lists, GSO codes and old-to-new map, "
        f"ISO 3166-2:VN codes from pycountry {pycountry_version()} (LGPL-2.1), aliases curated for kg; "
        "licence: CC0-1.0",
        "\t".join(HEADER),
    ]
    for r in rows:
        assert len(r) == len(HEADER) and all("\t" not in c and "\n" not in c for c in r), r
        lines.append("\t".join(r))
    text = unicodedata.normalize("NFC", "\n".join(lines) + "\n")
    OUT.write_text(text, encoding="utf-8")
    old = sum(1 for r in rows if not r[5])
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows ({old} before the merger, {len(rows) - old} new in 2025)")


def pycountry_version() -> str:
    try:
        from importlib.metadata import version

        return version("pycountry")
    except Exception:  # pragma: no cover
        return "?"


if __name__ == "__main__":
    main()
