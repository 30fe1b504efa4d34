"""Build kg/data/localities.tsv: the gazetteer of foreign localities.

Curated rows (Vietnamese press forms and variants) come from the tables below;
every other first-level subdivision of ISO 3166-2 is added from pycountry with
strict=1.  Run from the repository root:  python tools/data_localities.py
The output is deterministic.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "localities.tsv"
SOURCE = ("# source: ISO 3166-2 via pycountry (LGPL-2.1, data from the iso-codes project); "
          "Vietnamese transliterations curated for kg (CC0-1.0)")
HEADER = "id\tcountry\tname\tkind\tiso\taliases\tstrict"

# Country/territories that are not foreign localities here: Vietnam itself;
# Hong Kong, Macao, Taiwan are in the countries file.
SKIP_CODES = {"CN-HK", "CN-MO", "CN-TW"}
SKIP_COUNTRIES = {"VN"}

# Each row: (id, name, kind, "alias|alias|...", strict).  The country is the id's prefix.
# ---------------------------------------------------------------- Laos
LA = [
    ("la-at", "Attapeu", "province", "Attapư|Atapư|Át-tạ-pư|Attapu|Attopeu|Atapeu|A-tạ-pư", 0),
    ("la-bk", "Bò Kẹo", "province", "Bokeo|Bokèo|Bò Keo|Bo Keo", 0),
    ("la-bl", "Bô-ly-khăm-xay", "province",
     "Bolikhămxay|Bolikhamxay|Bolikhamsai|Bolikhamxai|Borikhamxay|Borikhamsai|Bô-li-khăm-xay|Bô Ly Khăm Xay|"
     "Bôlikhămxay|Bolykhamxay", 0),
    ("la-ch", "Champasak", "province", "Champasack|Champassak|Chăm-pa-xắc|Chămpasắc|Chăm Pa Xắc|Champasắc|Chămpasak", 0),
    ("la-ho", "Hủa Phăn", "province", "Houaphanh|Houaphan|Huaphan|Hua Phan|Houa Phan|Hủa-phăn", 0),
    ("la-kh", "Khăm Muồn", "province", "Khăm Muộn|Khammouane|Khammuane|Khammouan|Khammuan|Khăm-muồn|Khămmuồn", 0),
    ("la-lm", "Luông Nặm Thà", "province",
     "Luang Namtha|Luang Nam Tha|Louang Namtha|Luổng Nặm Thà|Luông Năm Tha|Luang Namthà", 0),
    ("la-lp", "Luông Pha Băng", "province",
     "Luang Prabang|Luông Prabang|Luangprabang|Louangphabang|Luang Phabang|Louang Prabang|Luông-pha-băng|Luông Phạ Băng", 0),
    ("la-ou", "U-đôm-xay", "province", "Oudomxay|Udomxay|Oudomxai|Oudômxai|U Đôm Xay|Udomxai|Ou-đôm-xay|Uđômxay", 0),
    ("la-ph", "Phông-xa-lỳ", "province", "Phongsaly|Phongsali|Phông Xa Lỳ|Phôngsali|Phông-sa-lỳ|Phôngxalỳ|Phong Sa Ly", 0),
    ("la-sl", "Salavan", "province", "Saravane|Saravan|Xalavan|Xả-la-văn|Sa-la-văn|Xa-la-văn|Salavane|Xalavanh", 0),
    ("la-sv", "Savannakhet", "province",
     "Savanakhet|Xavannakhet|Xa-vẳn-na-khệt|Savẳnnakhệt|Savannakhét|Xavẳnnakhệt|Sa-vẳn-na-khệt|Savănnakhệt|Xa-van-na-khet", 0),
    ("la-vi", "Viêng Chăn", "province", "Vientiane Province|Viangchan Province|tỉnh Viêng Chăn|tỉnh Vientiane", 1),
    ("la-vt", "Thủ đô Viêng Chăn", "municipality",
     "Vientiane Capital|Vientiane|Viêng Chăn|Viengchan|Viangchan|Thủ đô Vientiane|Nakhone Vientiane|Vientiane Prefecture", 0),
    ("la-xa", "Xay-nha-bu-ly", "province",
     "Sayaboury|Xayabury|Xaignabouli|Xay Nha Bu Ly|Sainyabuli|Xayaboury|Sayabouly|Xainyabuli|Xaynhabuly|Xay-nhạ-bu-ly|Xaignabury", 0),
    ("la-xe", "Sê Kông", "province", "Sekong|Xê Kông|Xekong|Xékong|Sê-kông|Xê-kông", 0),
    ("la-xi", "Xiêng Khoảng", "province",
     "Xiengkhouang|Xieng Khouang|Xiêng Khouảng|Xiangkhouang|Xiêng-khoảng|Xieng Khuang|Xiengkhuang", 0),
    ("la-xs", "Xay-xổm-bun", "province", "Xaisomboun|Xaysomboun|Xaisômboun|Xaysomboune|Xay Xổm Bun|Saysomboun|Xaixomboun", 0),
]

# ---------------------------------------------------------------- China
CN = [
    ("cn-ah", "An Huy", "province", "Anhui|Anhwei", 0),
    ("cn-bj", "Bắc Kinh", "municipality", "Beijing|Peking|Pekin", 0),
    ("cn-cq", "Trùng Khánh", "municipality", "Chongqing|Chungking", 0),
    ("cn-fj", "Phúc Kiến", "province", "Fujian|Fukien", 0),
    ("cn-gd", "Quảng Đông", "province", "Guangdong|Kwangtung|Canton", 0),
    ("cn-gs", "Cam Túc", "province", "Gansu|Kansu", 0),
    ("cn-gx", "Quảng Tây", "region", "Guangxi|Kwangsi|Quảng Tây Choang|Khu tự trị dân tộc Choang Quảng Tây|Guangxi Zhuang", 0),
    ("cn-gz", "Quý Châu", "province", "Guizhou|Kweichow", 0),
    ("cn-ha", "Hà Nam", "province", "Henan|Honan", 1),
    ("cn-hb", "Hồ Bắc", "province", "Hubei|Hupeh", 0),
    ("cn-he", "Hà Bắc", "province", "Hebei|Hopeh", 0),
    ("cn-hi", "Hải Nam", "province", "Hainan|đảo Hải Nam", 0),
    ("cn-hl", "Hắc Long Giang", "province", "Heilongjiang|Heilungkiang", 0),
    ("cn-hn", "Hồ Nam", "province", "Hunan", 0),
    ("cn-jl", "Cát Lâm", "province", "Jilin|Kirin", 0),
    ("cn-js", "Giang Tô", "province", "Jiangsu|Kiangsu", 0),
    ("cn-jx", "Giang Tây", "province", "Jiangxi|Kiangsi", 0),
    ("cn-ln", "Liêu Ninh", "province", "Liaoning", 0),
    ("cn-nm", "Nội Mông", "region", "Nội Mông Cổ|Inner Mongolia|Nei Mongol|Neimenggu", 0),
    ("cn-nx", "Ninh Hạ", "region", "Ningxia|Ninh Hạ Hồi", 0),
    ("cn-qh", "Thanh Hải", "province", "Qinghai|Tsinghai", 1),
    ("cn-sc", "Tứ Xuyên", "province", "Sichuan|Szechuan|Szechwan", 0),
    ("cn-sd", "Sơn Đông", "province", "Shandong|Shantung", 0),
    ("cn-sh", "Thượng Hải", "municipality", "Shanghai", 0),
    ("cn-sn", "Thiểm Tây", "province", "Shaanxi|Shensi", 0),
    ("cn-sx", "Sơn Tây", "province", "Shanxi|Shansi", 1),
    ("cn-tj", "Thiên Tân", "municipality", "Tianjin|Tientsin", 0),
    ("cn-xj", "Tân Cương", "region", "Xinjiang|Sinkiang", 0),
    ("cn-xz", "Tây Tạng", "region", "Tibet|Xizang|Tibết", 0),
    ("cn-yn", "Vân Nam", "province", "Yunnan", 0),
    ("cn-zj", "Triết Giang", "province", "Chiết Giang|Zhejiang|Chekiang", 0),
]

# ---------------------------------------------------------------- South Korea
KR = [
    ("kr-11", "Seoul", "city", "Xơ-un|Xê-un|Xơ un|Seoul-teukbyeolsi", 0),
    ("kr-26", "Busan", "city", "Bu-san|Pusan|Busan-gwangyeoksi", 0),
    ("kr-27", "Daegu", "city", "Tê-gu|Taegu|Daegu-gwangyeoksi", 0),
    ("kr-28", "Incheon", "city", "In-chơn|Inchon|Incheon-gwangyeoksi", 0),
    ("kr-29", "Gwangju", "city", "Kwangju|Gwangju-gwangyeoksi", 0),
    ("kr-30", "Daejeon", "city", "Tê-chơn|Taejon|Daejeon-gwangyeoksi", 0),
    ("kr-31", "Ulsan", "city", "Un-san|Ulsan-gwangyeoksi", 0),
    ("kr-41", "Gyeonggi", "province", "Gyeonggi-do|Kyonggi|Kyeonggi|Kyunggi|Kyonggi-do", 0),
    ("kr-42", "Gangwon", "province", "Gangwon-do|Kangwon|Gangwon-teukbyeoljachido|Kang-won", 0),
    ("kr-43", "Chungcheongbuk-do", "province", "North Chungcheong|Chungcheong Bắc|Chungbuk|Chungcheongbuk|Bắc Chungcheong", 0),
    ("kr-44", "Chungcheongnam-do", "province", "South Chungcheong|Chungcheong Nam|Chungnam|Chungcheongnam|Nam Chungcheong", 0),
    ("kr-45", "Jeollabuk-do", "province",
     "North Jeolla|Jeolla Bắc|Jeonbuk|Jeollabuk|Chollabuk|Bắc Jeolla|Jeonbuk State|Jeonbuk-do", 0),
    ("kr-46", "Jeollanam-do", "province", "South Jeolla|Jeolla Nam|Jeonnam|Chonnam|Jeollanam|Chollanam|Nam Jeolla", 0),
    ("kr-47", "Gyeongsangbuk-do", "province",
     "North Gyeongsang|Gyeongsang Bắc|Gyeongbuk|Gyeongsangbuk|Kyongsangbuk|Bắc Gyeongsang", 0),
    ("kr-48", "Gyeongsangnam-do", "province",
     "South Gyeongsang|Gyeongsang Nam|Gyeongnam|Gyeongsangnam|Kyongsangnam|Nam Gyeongsang", 0),
    ("kr-49", "Jeju", "province", "Jeju-do|Che-ju|Cheju|Jeju-teukbyeoljachido|đảo Jeju|Tế Châu", 0),
    ("kr-50", "Sejong", "city", "Sejong City|thành phố Sejong", 1),
]
# Korean cities (c) and counties (g) without an ISO code: (slug-name, strict, extra aliases)
KR_LOCAL = [
    ("Seongnam", "c", 0, ""), ("Gyeongju", "c", 0, "Kyongju|Khánh Châu"), ("Namyangju", "c", 0, ""),
    ("Wando", "g", 0, ""), ("Suwon", "c", 0, "Su-won"), ("Goyang", "c", 0, "Koyang"), ("Yongin", "c", 0, ""),
    ("Changwon", "c", 0, ""), ("Pohang", "c", 0, "Po-hang"), ("Gimhae", "c", 0, "Kimhae"),
    ("Cheongju", "c", 0, "Chongju"), ("Jeonju", "c", 0, "Chonju"), ("Andong", "c", 0, ""), ("Gumi", "c", 1, "Kumi"),
    ("Ansan", "c", 0, ""), ("Hwaseong", "c", 0, ""), ("Gimpo", "c", 0, "Kimpo"), ("Uijeongbu", "c", 0, ""),
    ("Chuncheon", "c", 0, "Chunchon"), ("Gangneung", "c", 0, "Kangnung"), ("Yeosu", "c", 0, "Yosu"),
    ("Suncheon", "c", 0, ""), ("Mokpo", "c", 0, ""), ("Tongyeong", "c", 0, ""), ("Geoje", "c", 0, "Koje"),
    ("Gunsan", "c", 0, "Kunsan"), ("Cheonan", "c", 0, "Chonan"), ("Asan", "c", 1, ""), ("Paju", "c", 1, ""),
    ("Bucheon", "c", 0, "Puchon"), ("Anyang", "c", 1, ""), ("Siheung", "c", 0, ""), ("Pyeongtaek", "c", 0, ""),
    ("Iksan", "c", 0, ""), ("Jinju", "c", 0, "Chinju"), ("Yangsan", "c", 0, ""), ("Miryang", "c", 0, ""),
    ("Sokcho", "c", 0, ""), ("Wonju", "c", 0, ""), ("Jecheon", "c", 0, ""), ("Chungju", "c", 0, ""),
    ("Gwangmyeong", "c", 0, ""), ("Hanam", "c", 1, ""), ("Guri", "c", 1, ""), ("Osan", "c", 1, ""),
    ("Icheon", "c", 0, "Ichon"), ("Yeongcheon", "c", 0, ""), ("Gyeongsan", "c", 0, ""), ("Sangju", "c", 0, ""),
    ("Mungyeong", "c", 0, ""), ("Gimcheon", "c", 0, ""), ("Yeongju", "c", 0, ""), ("Damyang", "g", 0, ""),
    ("Boseong", "g", 0, ""), ("Haenam", "g", 0, ""), ("Jindo", "g", 1, ""), ("Goheung", "g", 0, ""),
    ("Hadong", "g", 1, ""), ("Namhae", "g", 0, ""), ("Sancheong", "g", 0, ""), ("Geochang", "g", 0, ""),
    ("Hapcheon", "g", 0, ""), ("Uljin", "g", 0, ""), ("Yeongdeok", "g", 0, ""), ("Cheongdo", "g", 0, ""),
    ("Seocheon", "g", 0, ""), ("Buyeo", "g", 0, ""), ("Gongju", "c", 0, ""), ("Nonsan", "c", 0, ""),
    ("Boryeong", "c", 0, ""), ("Taean", "g", 0, ""), ("Dangjin", "c", 0, ""), ("Seosan", "c", 0, ""),
    ("Hongseong", "g", 0, ""), ("Yesan", "g", 0, ""),
]

# ---------------------------------------------------------------- Japan
JP = [
    ("jp-01", "Hokkaido", "prefecture", "Hốc-cai-đô|Hokkaidō|Hốc Cai Đô", 0),
    ("jp-02", "Aomori", "prefecture", "", 0), ("jp-03", "Iwate", "prefecture", "", 0),
    ("jp-04", "Miyagi", "prefecture", "", 0), ("jp-05", "Akita", "prefecture", "", 0),
    ("jp-06", "Yamagata", "prefecture", "", 0), ("jp-07", "Fukushima", "prefecture", "Phu-cư-si-ma", 0),
    ("jp-08", "Ibaraki", "prefecture", "", 0), ("jp-09", "Tochigi", "prefecture", "", 0),
    ("jp-10", "Gunma", "prefecture", "", 0), ("jp-11", "Saitama", "prefecture", "", 0),
    ("jp-12", "Chiba", "prefecture", "", 0), ("jp-13", "Tokyo", "prefecture", "Tô-ky-ô|Tokio|Tōkyō|Đông Kinh", 0),
    ("jp-14", "Kanagawa", "prefecture", "Ca-na-ga-oa", 0), ("jp-15", "Niigata", "prefecture", "", 0),
    ("jp-16", "Toyama", "prefecture", "", 0), ("jp-17", "Ishikawa", "prefecture", "", 0),
    ("jp-18", "Fukui", "prefecture", "", 0), ("jp-19", "Yamanashi", "prefecture", "", 0),
    ("jp-20", "Nagano", "prefecture", "", 0), ("jp-21", "Gifu", "prefecture", "", 0),
    ("jp-22", "Shizuoka", "prefecture", "", 0), ("jp-23", "Aichi", "prefecture", "", 0),
    ("jp-24", "Mie", "prefecture", "", 1), ("jp-25", "Shiga", "prefecture", "", 0),
    ("jp-26", "Kyoto", "prefecture", "Kyōto|Ky-ô-tô|Kiôtô", 0), ("jp-27", "Osaka", "prefecture", "Ô-sa-ka|Ōsaka|Osaca", 0),
    ("jp-28", "Hyogo", "prefecture", "Hyōgo", 0), ("jp-29", "Nara", "prefecture", "", 0),
    ("jp-30", "Wakayama", "prefecture", "", 0), ("jp-31", "Tottori", "prefecture", "", 0),
    ("jp-32", "Shimane", "prefecture", "", 0), ("jp-33", "Okayama", "prefecture", "", 0),
    ("jp-34", "Hiroshima", "prefecture", "Hi-rô-si-ma", 0), ("jp-35", "Yamaguchi", "prefecture", "", 0),
    ("jp-36", "Tokushima", "prefecture", "", 0), ("jp-37", "Kagawa", "prefecture", "", 0),
    ("jp-38", "Ehime", "prefecture", "", 0), ("jp-39", "Kochi", "prefecture", "Kōchi", 0),
    ("jp-40", "Fukuoka", "prefecture", "Fu-cư-ô-ca", 0), ("jp-41", "Saga", "prefecture", "", 1),
    ("jp-42", "Nagasaki", "prefecture", "Na-ga-xa-ki", 0), ("jp-43", "Kumamoto", "prefecture", "", 0),
    ("jp-44", "Oita", "prefecture", "Ōita", 0), ("jp-45", "Miyazaki", "prefecture", "", 0),
    ("jp-46", "Kagoshima", "prefecture", "", 0), ("jp-47", "Okinawa", "prefecture", "Ô-ki-na-oa", 0),
]
JP_LOCAL = [
    ("Yokohama", "c", 0, "Y-ô-cô-ha-ma"), ("Kobe", "c", 0, "Kōbe|Cô-bê"), ("Sapporo", "c", 0, ""),
    ("Sendai", "c", 0, ""), ("Kitakyushu", "c", 0, "Kitakyūshū"), ("Sakai", "c", 1, ""),
    ("Hamamatsu", "c", 0, ""), ("Nagoya", "c", 0, "Na-gô-ya"), ("Kanazawa", "c", 0, ""), ("Kawasaki", "c", 1, ""),
    ("Fukuyama", "c", 0, ""), ("Kurashiki", "c", 0, ""), ("Himeji", "c", 0, ""), ("Matsue", "c", 0, ""),
    ("Tsukuba", "c", 0, ""), ("Hakodate", "c", 0, ""), ("Hirosaki", "c", 0, ""), ("Sakata", "c", 0, ""),
    ("Imabari", "c", 0, ""), ("Beppu", "c", 0, ""), ("Nikko", "c", 0, "Nikkō"), ("Kamakura", "c", 0, ""),
    ("Hino", "c", 1, ""), ("Matsumoto", "c", 0, ""),
]


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


def slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


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
}


def kind_of(sub_type: str) -> str:
    t = sub_type.lower()
    return _TYPE_KIND.get(t, re.sub(r"[^a-z]+", "_", t).strip("_"))


def iso_of(row_id: str) -> str:
    code = row_id.upper()
    sub = pycountry.subdivisions.get(code=code)
    return code if sub is not None and sub.parent_code is None else ""


def local_rows(country: str, table, kinds=None) -> list[tuple]:
    kinds = kinds or {"c": "city", "g": "county", "d": "district", "s": "state", "p": "province"}
    return [(f"{country}-{slug(name)}", name, kinds[k], aliases, strict) for name, k, strict, aliases in table]


def curated() -> list[tuple]:
    rows: list[tuple] = []
    for table in (LA, CN, KR, JP):
        rows += table
    rows += local_rows("kr", KR_LOCAL)
    rows += local_rows("jp", JP_LOCAL)
    return rows


def build() -> list[str]:
    out: dict[str, tuple] = {}
    for row_id, name, kind, aliases, strict in curated():
        assert row_id not in out, f"duplicate id {row_id}"
        country = row_id.split("-")[0].upper()
        name = old_style(name)
        alias_list = [old_style(a.strip()) for a in aliases.split("|") if a.strip()]
        seen = {name}
        alias_list = [a for a in alias_list if not (a in seen or seen.add(a))]
        out[row_id] = (row_id, country, name, kind, iso_of(row_id), "|".join(alias_list), str(strict))
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.code in SKIP_CODES or sub.country_code in SKIP_COUNTRIES:
            continue
        row_id = sub.code.lower()
        if row_id in out:
            continue
        name = unicodedata.normalize("NFC", sub.name)
        out[row_id] = (row_id, sub.country_code, name, kind_of(sub.type), sub.code, "", "1")
    for row in out.values():
        for cell in row:
            assert "\t" not in cell and "\n" not in cell, row
    return ["\t".join(out[k]) for k in sorted(out)]


def main() -> int:
    lines = build()
    OUT.write_text("\n".join([SOURCE, HEADER, *lines]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
