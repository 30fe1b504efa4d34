"""Check kg/data/localities.tsv (the gazetteer of foreign localities), and merge into
it the first-level subdivisions of ISO 3166-2.

The TSV is the source: edit it by hand (Vietnamese press forms and variants,
transliterations, ``strict``).  Fetched from ``pycountry`` (``--write`` adds the
rows the TSV lacks and never changes a value in it): every first-level ISO 3166-2
subdivision not yet in the TSV, with strict=1, and the ``iso`` column of every row
whose id is an ISO 3166-2 code.  When that code differs from the TSV's the script
fails naming the rows.  Checked: sorting, NFC, old-style tone marks, strict,
country = the id's prefix, no folded name on two strict=0 rows or equal to a
Vietnamese province (Vietnamese district names are warnings, read from
vietnamadminunits when it is installed).  Without pycountry the script says so
and only checks the TSV.

    python tools/data_localities.py [--write]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tsvdata

SOURCE = "# source: ISO 3166-2 via pycountry (LGPL-2.1, data from the iso-codes project); "
HEADER = ["id", "country", "name", "kind", "iso", "aliases", "strict"]

# Not foreign localities here: Vietnam itself, and subdivisions that are also
# ISO 3166-1 countries/territories (Hong Kong, Macao, Taiwan, overseas France, ...):
# those are in the countries file.
SKIP_CODES = {
    "CN-HK", "CN-MO", "CN-TW",
    "FR-971", "FR-972", "FR-973", "FR-974", "FR-976",
    "FR-BL", "FR-MF", "FR-NC", "FR-PF", "FR-PM", "FR-TF", "FR-WF",
    "US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI",
    "NL-AW", "NL-CW", "NL-SX", "NO-21", "NO-22",
}
SKIP_COUNTRIES = {"VN"}

# ------------------------------------------------------------------- machinery
_OLD_STYLE = {  # new-style tone placement -> old style, open syllables only
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_OLD_RE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_STYLE) + r")(?!\w)", re.IGNORECASE)


def old_style(s: str) -> str:
    s = unicodedata.normalize("NFC", s)

    def repl(m: re.Match) -> str:
        t = m.group(0)
        r = _OLD_STYLE[t.lower()]
        return r.upper() if t.isupper() else (r[0].upper() + r[1:] if t[0].isupper() else r)

    return _OLD_RE.sub(repl, s)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[\s\-‐‑–.'’ʼ‘`]", "", s)


_TYPE_KIND = {
    "province": "province", "autonomous province": "province", "special self-governing province": "province",
    "state": "state", "land": "state", "regional state": "state", "federal entity": "state",
    "prefecture": "prefecture", "economic prefecture": "prefecture",
    "region": "region", "administrative region": "region", "autonomous region": "region",
    "metropolitan region": "region", "geographical region": "region", "autonomous community": "region",
    "municipality": "municipality", "special municipality": "municipality", "autonomous municipality": "municipality",
    "urban municipality": "municipality",
    "city": "city", "capital city": "city", "metropolitan city": "city", "special city": "city",
    "special self-governing city": "city", "special administrative city": "city", "autonomous city": "city",
    "state city": "city", "capital": "city",
    "county": "county", "district": "district", "capital district": "district", "federal district": "district",
    "governorate": "governorate",
    "voivodship": "province", "oblast": "region", "republic": "region", "autonomous republic": "region",
    "administrative territory": "region", "autonomous district": "region", "territory": "region",
    "union territory": "region", "federal territory": "region", "capital territory": "region",
    "federal capital territory": "region", "rayon": "district", "city with county rights": "city",
    "city corporation": "city", "district with special status": "district",
}


def kind_of(sub_type: str) -> str:
    t = sub_type.lower()
    return _TYPE_KIND.get(t, re.sub(r"[^a-z]+", "_", t).strip("_"))


_INVERT = re.compile(r"\b(Respublika|Comunidad|Región|Région|Principado|Hlavní|U\.S\.|unitatea|Unitatea)\b")


def clean_iso_name(raw: str) -> tuple[str, list[str]]:
    """An ISO 3166-2 name made readable: "[local]" and "(note)" parts become aliases
    or are dropped, and inverted names ("Madrid, Comunidad de") are put right."""
    raw = unicodedata.normalize("NFC", raw)
    aliases: list[str] = []
    for inner in re.findall(r"\[([^\]]*)\]", raw):
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", inner).strip()
        if inner and inner.lower() not in {"city"}:
            aliases.append(inner)
    name = re.sub(r"\s*\[[^\]]*\]", "", raw)
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        if _INVERT.search(tail):
            aliases.insert(0, head)
            name = f"{tail} {head}"
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    return name, aliases


def fetch(t: tsvdata.Table) -> tuple[dict[str, dict[str, str]], str]:
    import pycountry

    rows: dict[str, dict[str, str]] = {}
    for r in t.rows:  # curated rows: only the ISO code is fetched
        sub = pycountry.subdivisions.get(code=r["id"].upper())
        rows[r["id"]] = {**r, "iso": sub.code if sub is not None else ""}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.code in SKIP_CODES or sub.country_code in SKIP_COUNTRIES:
            continue
        row_id = sub.code.lower()
        if row_id in rows:
            continue
        name, aliases = clean_iso_name(sub.name)
        rows[row_id] = dict(zip(HEADER, [row_id, sub.country_code, name, kind_of(sub.type), sub.code,
                                         "|".join(aliases), "1"]))
    return rows, t.source


# Vietnamese place names no foreign alias may take without strict=1.
VN_NAMES = ["Hà Nam", "Hà Nội", "Lào Cai", "Nam Định", "Thái Bình", "Thái Nguyên", "Sơn La", "Quảng Nam", "Quảng Ninh", "Bắc Ninh", "Hòa Bình", "Tây Ninh", "Long An", "Phú Yên", "Gia Lai", "Kon Tum", "Lâm Đồng", "Cao Bằng", "Lạng Sơn", "Hà Giang", "Bắc Giang", "Hải Dương", "Hưng Yên", "An Giang", "Kiên Giang", "Cà Mau", "Bạc Liêu", "Vĩnh Long", "Bến Tre", "Trà Vinh", "Sóc Trăng", "Cần Thơ", "Đồng Tháp", "Tiền Giang", "Bình Dương", "Bình Phước", "Đồng Nai", "Bình Thuận", "Ninh Thuận", "Khánh Hòa", "Bình Định", "Quảng Ngãi", "Quảng Trị", "Quảng Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Ninh Bình", "Phú Thọ", "Vĩnh Phúc", "Tuyên Quang", "Yên Bái", "Bắc Kạn", "Điện Biên", "Lai Châu", "Đắk Lắk", "Đắk Nông", "Hậu Giang", "Đà Nẵng", "Hải Phòng", "Huế", "Thừa Thiên Huế", "Sơn Tây", "Hà Đông", "Sa Pa", "Hạ Long", "Vinh", "Đà Lạt", "Hồ Chí Minh", "Sài Gòn", "Bà Rịa", "Vũng Tàu", "Việt Nam"]


def _vietnamese_names() -> tuple[set[str], set[str]]:
    """Folded Vietnamese province names, and district names (from vietnamadminunits if installed)."""
    import importlib.util
    import json

    provinces = {fold(n) for n in VN_NAMES}
    districts: set[str] = set()
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec and spec.submodule_search_locations:
        data = Path(list(spec.submodule_search_locations)[0]) / "data" / "parser_legacy.json"
        if data.exists():
            d = json.loads(data.read_text(encoding="utf-8"))
            provinces |= {fold(v["provinceShort"]) for v in d["DICT_PROVINCE"].values()}
            for dists in d["DICT_PROVINCE_DISTRICT"].values():
                districts |= {fold(v["districtShort"]) for v in dists.values()}
    return provinces, districts - provinces


def check(t: tsvdata.Table) -> list[str]:
    """Errors: a folded name on two strict=0 rows, or a strict=0 name that is a
    Vietnamese province.  Warnings (prefixed "warn"): strict=0 names that are
    Vietnamese district names."""
    provinces, districts = _vietnamese_names()
    owners: dict[str, set[str]] = {}
    problems: list[str] = []
    for r in t.rows:
        row_id, country, name, aliases, strict = r["id"], r["country"], r["name"], r["aliases"], r["strict"]
        if strict not in ("0", "1") or country != row_id.split("-")[0].upper() or not r["kind"]:
            problems.append(f"{row_id}: bad strict, kind or country (the id's prefix)")
        if strict == "0" or not r["iso"]:  # curated forms; ISO names stay as ISO 3166-2 spells them
            for n in [name, *filter(None, aliases.split("|"))]:
                if old_style(n) != n:
                    problems.append(f"{row_id}: {n!r} should be {old_style(n)!r} (old-style tone marks)")
        for n in [name, *filter(None, aliases.split("|"))]:
            key = fold(n)
            if strict == "0":
                owners.setdefault(key, set()).add(row_id)
                if key in provinces:
                    problems.append(f"{row_id}: {n!r} is a Vietnamese province and strict=0")
                elif key in districts:
                    problems.append(f"warn: {row_id}: {n!r} is a Vietnamese district name")
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(f"{key!r} on strict=0 rows {sorted(ids)}")
    return problems


SCRIPT = tsvdata.Script("localities", HEADER, SOURCE, lambda s: s, check, fetch=fetch, fetch_columns=["iso"],
                        packages=("pycountry",))

if __name__ == "__main__":
    raise SystemExit(tsvdata.run(SCRIPT))
