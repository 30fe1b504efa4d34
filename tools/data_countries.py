"""Regenerate kg/data/countries.tsv: every ISO 3166-1 entry with its Vietnamese press name.

Sources: ISO 3166-1 codes and English names from ``pycountry``; Vietnamese names from
CLDR through ``babel`` (``Locale("vi").territories``); press forms, transliterations
and ambiguous short forms curated for kg.

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

Every alias is checked against the names and aliases of kg/data/provinces.tsv (and
against the other countries); colliding aliases are reported and dropped.  Run
tools/data_provinces.py first.  Deterministic: running it twice gives byte-identical output.

    python tools/data_countries.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.text import normalise_text  # noqa: E402  (the same rules the extractor applies)
OUT = ROOT / "kg" / "data" / "countries.tsv"
PROVINCES = ROOT / "kg" / "data" / "provinces.tsv"
HEADER = ["iso2", "iso3", "name_vi", "name_en", "aliases", "ambiguous"]

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


# -- curated knowledge ------------------------------------------------------------------------
# name_vi where the press form differs from CLDR's (CLDR's form is kept as an alias).
NAME_VI = {
    "AE": "UAE", "AU": "Úc", "BN": "Brunei", "CD": "CHDC Congo", "CG": "Cộng hòa Congo", "CI": "Bờ Biển Ngà",
    "CN": "Trung Quốc", "CV": "Cabo Verde", "CZ": "Séc", "DE": "Đức", "FR": "Pháp", "GB": "Anh",
    "HK": "Hồng Kông", "IT": "Ý", "JP": "Nhật Bản", "KH": "Campuchia", "KP": "Triều Tiên", "KR": "Hàn Quốc",
    "KW": "Cô-oét", "LA": "Lào", "LB": "Li-băng", "MM": "Myanmar", "MO": "Ma Cao", "PS": "Palestine",
    "RU": "Nga", "TW": "Đài Loan", "UA": "Ukraine", "US": "Hoa Kỳ", "VA": "Vatican", "VN": "Việt Nam",
    "KN": "Saint Kitts và Nevis", "LC": "Saint Lucia", "VC": "Saint Vincent và Grenadines",
    "BL": "Saint Barthélemy", "MF": "Saint Martin", "SH": "Saint Helena",
}

# name_en where pycountry's common_name/name is a long or inverted form.
NAME_EN = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "DR Congo", "CG": "Republic of the Congo", "CV": "Cape Verde",
    "FK": "Falkland Islands", "FM": "Micronesia", "IR": "Iran", "KP": "North Korea", "KR": "South Korea",
    "LA": "Laos", "MD": "Moldova", "MF": "Saint Martin", "PS": "Palestine", "RU": "Russia",
    "SH": "Saint Helena", "SX": "Sint Maarten", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania",
    "VA": "Vatican City", "VE": "Venezuela", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
    "VN": "Vietnam", "US": "United States", "CZ": "Czechia", "TR": "Türkiye",
}

# Press and official forms, Vietnamese transliterations, English forms.  Short forms that
# are also ordinary words go to AMBIGUOUS instead.
ALIASES = {
    # South-East Asia
    "LA": ["Bắc Lào", "Nam Lào", "Trung Lào", "Hạ Lào", "Thượng Lào", "CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào", "nước bạn Lào", "Laos", "Lao PDR"],
    "KH": ["Căm-pu-chia", "Cam-pu-chia", "Vương quốc Campuchia", "Cambodia", "Kampuchia", "Cam-bốt"],
    "TH": ["Vương quốc Thái Lan", "Thailand"],
    "SG": ["Xin-ga-po", "Xinh-ga-po", "Republic of Singapore", "Cộng hòa Singapore", "đảo quốc Sư tử"],
    "MY": ["Ma-lai-xi-a", "Malaixia"],
    "ID": ["In-đô-nê-xi-a", "Inđônêxia", "Cộng hòa Indonesia"],
    "PH": ["Phi-líp-pin", "Philippin", "Phi Luật Tân", "Cộng hòa Philippines"],
    "MM": ["Mi-an-ma", "Myanma", "Miến Điện", "Burma"],
    "BN": ["Bru-nây", "Brunây", "Brunei Darussalam"],
    "TL": ["Đông Timor", "Đông Ti-mo", "Timor Leste", "East Timor"],
    "VN": ["CHXHCN Việt Nam", "Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Vietnam", "Viet Nam"],
    # East Asia
    "CN": ["CHND Trung Hoa", "Cộng hòa Nhân dân Trung Hoa", "China", "PRC"],
    "TW": ["Taiwan", "Trung Hoa Dân Quốc", "Đài Bắc Trung Hoa"],
    "HK": ["Hong Kong", "Hongkong", "Đặc khu Hành chính Hồng Kông"],
    "MO": ["Macau", "Macao", "Áo Môn", "Đặc khu Hành chính Ma Cao"],
    "JP": ["Japan"],
    "KR": ["Đại Hàn Dân Quốc", "South Korea", "Korea", "Republic of Korea", "Nam Hàn"],
    "KP": ["CHDCND Triều Tiên", "Cộng hòa Dân chủ Nhân dân Triều Tiên", "North Korea", "Bắc Triều Tiên",
           "Bắc Hàn", "DPRK"],
    "MN": ["Mông Cổ", "Mongolia"],
    # South and Central Asia
    "IN": ["India", "Cộng hòa Ấn Độ"],
    "BD": ["Băng-la-đét", "Bănglađét"],
    "PK": ["Pa-ki-xtan", "Pakixtan"],
    "LK": ["Xri Lan-ca", "Xri Lanca"],
    "NP": ["Nê-pan", "Nêpan"],
    "KZ": ["Ca-dắc-xtan", "Cadắcxtan", "Kazakstan"],
    "UZ": ["U-dơ-bê-ki-xtan", "Udơbêkixtan"],
    # Europe
    "RU": ["Liên bang Nga", "LB Nga", "Russia", "Russian Federation"],
    "BY": ["Bê-la-rút", "Bêlarút"],
    "UA": ["U-crai-na", "Ucraina", "Ukraina"],
    "GB": ["Vương quốc Anh", "Anh Quốc", "United Kingdom", "UK", "Britain", "Great Britain",
           "Vương quốc Liên hiệp Anh và Bắc Ireland", "Liên hiệp Vương quốc Anh và Bắc Ai-len"],
    "FR": ["France", "Cộng hòa Pháp"],
    "DE": ["CHLB Đức", "Cộng hòa Liên bang Đức", "LB Đức", "Germany"],
    "IT": ["Italy", "Italia", "I-ta-li-a", "Cộng hòa Italy", "Cộng hòa Italia"],
    "ES": ["Spain", "Vương quốc Tây Ban Nha"],
    "PT": ["Portugal"],
    "NL": ["Netherlands", "Holland", "Vương quốc Hà Lan"],
    "BE": ["Belgium", "Vương quốc Bỉ"],
    "LU": ["Lúc-xăm-bua", "Lúcxămbua"],
    "CH": ["Switzerland", "Thụy Sỹ"],
    "SE": ["Sweden", "Vương quốc Thụy Điển"],
    "NO": ["Norway", "Vương quốc Na Uy"],
    "DK": ["Denmark", "Vương quốc Đan Mạch"],
    "FI": ["Finland", "Cộng hòa Phần Lan"],
    "IS": ["Ai-xơ-len", "Aixơlen", "Iceland"],
    "IE": ["Ai-len", "Ai Len", "Ireland"],
    "AT": ["Austria", "Cộng hòa Áo"],
    "PL": ["Poland", "Cộng hòa Ba Lan"],
    "CZ": ["CH Séc", "Cộng hòa Séc", "Czech", "Czech Republic", "Czechia"],
    "SK": ["Xlô-va-ki-a", "Xlôvakia", "Slovakia"],
    "HU": ["Hung-ga-ri", "Hungari"],
    "RO": ["Ru-ma-ni", "Rumani", "Rumania"],
    "BG": ["Bun-ga-ri", "Bungari"],
    "GR": ["Greece"],
    "RS": ["Xéc-bi-a", "Xécbia"],
    "HR": ["Crô-a-ti-a", "Crôatia"],
    "SI": ["Xlô-ve-ni-a", "Xlôvenia"],
    "EE": ["E-xtô-ni-a", "Extônia"],
    "LV": ["Lát-vi-a", "Látvia"],
    "LT": ["Lít-va", "Lithuania"],
    "GE": ["Gru-di-a", "Grudia"],
    "AM": ["Ác-mê-ni-a", "Ácmênia"],
    "AZ": ["A-déc-bai-gian", "Adécbaigian"],
    "TR": ["Turkey", "Türkiye", "Thổ Nhĩ Kì"],
    # Americas
    "US": ["Hợp chúng quốc Hoa Kỳ", "Hoa Kì", "USA", "United States", "United States of America"],
    "CA": ["Ca-na-đa", "Canađa"],
    "MX": ["Mê-hi-cô", "Mêhicô", "Mê-xi-cô", "Mêxicô"],
    "CU": ["Cu Ba", "Cộng hòa Cuba"],
    "BR": ["Bra-xin", "Braxin", "Brasil"],
    "AR": ["Ác-hen-ti-na", "Áchentina"],
    "CL": ["Chi-lê", "Chilê"],
    "VE": ["Vê-nê-xu-ê-la", "Vênêxuêla"],
    "PE": ["Pê-ru", "Pêru"],
    "CO": ["Cô-lôm-bi-a", "Côlômbia"],
    "EC": ["Ê-cu-a-đo", "Êcuađo"],
    "BO": ["Bô-li-vi-a", "Bôlivia"],
    "UY": ["U-ru-goay", "Urugoay"],
    "PY": ["Pa-ra-goay", "Paragoay"],
    "PA": ["Pa-na-ma", "Panamá"],
    "CR": ["Cô-xta Ri-ca", "Côxta Rica"],
    "NI": ["Ni-ca-ra-goa", "Nicaragoa"],
    # Oceania
    "AU": ["Ô-xtrây-li-a", "Ôxtrâylia", "Australia"],
    "NZ": ["Niu Di-lân", "Niu Dilân"],
    # Middle East and Africa
    "IL": ["I-xra-en", "Ixraen"],
    "PS": ["Pa-le-xtin", "Palextin", "Nhà nước Palestine", "Palestin"],
    "EG": ["Egypt"],
    "ET": ["Ê-ti-ô-pi-a", "Êtiôpia"],
    "TZ": ["Tan-da-ni-a", "Tandania"],
    "SA": ["Saudi Arabia", "A-rập Xê-út", "Ả Rập Saudi", "Arab Saudi"],
    "AE": ["United Arab Emirates", "Các Tiểu vương quốc Ả Rập Thống nhất", "Các Tiểu vương quốc A-rập Thống nhất"],
    "QA": ["Ca-ta", "Cata"],
    "KW": ["Cô oét", "Kuwait", "Nhà nước Cô-oét", "Côoét"],
    "IR": ["I-ran", "Iran"],
    "IQ": ["I-rắc", "Irắc"],
    "ZA": ["South Africa", "Cộng hòa Nam Phi"],
    "NG": ["Ni-giê-ri-a", "Nigiêria"],
    "MZ": ["Mô-dăm-bích", "Môdămbích"],
    "AO": ["Ăng-gô-la", "Ănggôla"],
    "DZ": ["An-giê-ri", "Angiêri"],
    "MA": ["Morocco", "Maroc"],
    "CI": ["Côte d'Ivoire", "Ivory Coast"],
    "CD": ["Cộng hòa Dân chủ Congo", "Congo - Kinshasa", "DRC"],
    "CG": ["Congo - Brazzaville"],
}

# Names that would be wrong for this entry (pycountry's bare "Congo" is both CG and CD).
DROP = {"CG": ["Congo"]}

# Short forms matched only with exact spelling (see the module docstring).
AMBIGUOUS = {
    "LA": ["Bắc Lào", "Nam Lào", "Trung Lào", "Hạ Lào", "Thượng Lào", "Lào"],  # inside "Lào Cai"; "lao" folds like "lao động"
    "US": ["Mỹ"],  # Mỹ Tho, thẩm mỹ, Mỹ (given name)
    "JP": ["Nhật"],  # given name; folds like "nhất"
    "DE": ["Đức"],  # given name, Đức Thọ, Đức Trọng
    "GB": ["Anh"],  # pronoun, given name
    "FR": ["Pháp"],  # pháp luật, Phật pháp
    "RU": ["Nga"],  # given name, Nga Sơn
    "IT": ["Ý"],  # ý kiến, ý tưởng
    "AU": ["Úc"],
    "BE": ["Bỉ"],
    "CZ": ["Séc"],  # séc = cheque
    "AT": ["Áo"],  # áo = shirt; folds like "ao" (pond)
    "CY": ["Síp"],
    # "Thái", "Trung", "Ấn", "Thổ" and "Triều" alone are left out: "dân tộc Thái", "Trung ương",
    # "Ấn tượng", "Thổ cẩm" and "triều đại" would read as countries.
    "KR": ["Hàn", "Đại Hàn"],  # "Hàn" folds like "hạn", "hán"; "Đại Hàn" like "đại hạn" (drought)
    "CN": ["Trung Hoa"],  # "Trung Hoa" folds like Trung Hòa (Hà Nội)
    "PL": ["Ba Lan"],  # folds like "ba lần"
    "FI": ["Phần Lan"],  # folds like "phân lân" (fertiliser)
}


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


def build() -> tuple[list[list[str]], list[str]]:
    vi = Locale("vi").territories
    prov = province_keys()
    report: list[str] = []
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso2 = c.alpha_2
        babel_vi = norm(vi.get(iso2, "") or "")
        name_vi = norm(NAME_VI.get(iso2) or babel_vi or c.name)
        name_en = norm(NAME_EN.get(iso2) or getattr(c, "common_name", None) or c.name)
        ambiguous = clean(AMBIGUOUS.get(iso2, []))
        english = [c.name, getattr(c, "common_name", "") or "", getattr(c, "official_name", "") or ""]
        aliases = clean([*ALIASES.get(iso2, []), babel_vi, *english], drop={name_vi, name_en, *ambiguous, *DROP.get(iso2, [])})
        # aliases that fold like a short ambiguous form would defeat it: drop them
        amb_keys = {fold(a) for a in ambiguous}
        kept = []
        for a in aliases:
            k = fold(a)
            if k in amb_keys or k == fold(name_vi) and name_vi in ambiguous:
                report.append(f"{iso2}: alias {a!r} folds like ambiguous form -> dropped")
                continue
            if k in prov:
                report.append(f"{iso2}: alias {a!r} collides with province {prov[k]} -> dropped")
                continue
            kept.append(a)
        for n in (name_vi, name_en):
            if fold(n) in prov and n not in ambiguous:
                report.append(f"{iso2}: name {n!r} collides with province {prov[fold(n)]} -> made ambiguous")
                ambiguous.append(n)
        for a in list(ambiguous):
            if fold(a) in prov:
                report.append(f"{iso2}: ambiguous {a!r} folds like province {prov[fold(a)]} (exact-only, kept)")
        rows.append([iso2, c.alpha_3, name_vi, name_en, "|".join(kept), "|".join(ambiguous)])

    # one folded key, two countries: report (and drop from aliases)
    owner: dict[str, set[str]] = {}
    for r in rows:
        for n in [r[2], r[3], *filter(None, r[4].split("|")), *filter(None, r[5].split("|"))]:
            owner.setdefault(fold(n), set()).add(r[0])
    clashes = {k: v for k, v in owner.items() if len(v) > 1}
    for r in rows:
        kept = []
        for a in filter(None, r[4].split("|")):
            if fold(a) in clashes:
                report.append(f"{r[0]}: alias {a!r} shared by {sorted(clashes[fold(a)])} -> dropped")
                continue
            kept.append(a)
        r[4] = "|".join(kept)
    for k, v in sorted(clashes.items()):
        for r in rows:
            if r[0] in v and (fold(r[2]) == k or fold(r[3]) == k):
                report.append(f"{r[0]}: name folds like another country's ({sorted(v)}) - check")
    return rows, report


def main() -> None:
    rows, report = build()
    lines = [
        f"# source: ISO 3166-1 from pycountry {version('pycountry')} (LGPL-2.1, codes and names are facts), "
        f"Vietnamese names from CLDR via babel {version('babel')} (Unicode-3.0), "
        "press forms and ambiguous short forms curated for kg; licence: CC0-1.0",
        "\t".join(HEADER),
    ]
    for r in rows:
        assert len(r) == len(HEADER) and all("\t" not in c and "\n" not in c for c in r), r
        lines.append("\t".join(r))
    OUT.write_text(unicodedata.normalize("NFC", "\n".join(lines) + "\n"), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows")
    print("collision check:", "none" if not report else "")
    for line in report:
        print("  " + line)
    if len(rows) != 249:
        sys.exit("expected 249 ISO 3166-1 entries")


if __name__ == "__main__":
    main()
