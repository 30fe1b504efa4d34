"""Foreign localities that no list holds, found by the cue before them and the country after them.

"tỉnh Kaluga, Liên bang Nga", "Chính phủ nhân dân thành phố Sùng Tả", "huyện Yeongam, tỉnh Jeollanam
(Hàn Quốc)": a locality cue ("tỉnh", "thành phố", "quận" ...), a capitalised name the gazetteer does not
match, and a foreign country after it, or a known foreign province of the first level that locates it.
:class:`kg.extract.recognise.Recogniser` adds what :meth:`UnknownLocalities.find` yields to a sentence's
partners.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Entity
from ..text import slug
from . import cues
from .firms import _CAP, country_after, vietnamese_syllable
from .gazetteer import Gazetteer, Match

# a continent after "châu": "châu Âu" is Europe, not a prefecture named Âu
_CONTINENT = re.compile(r"(?:Âu|Á|Phi|Mỹ|Úc|Đại Dương|Nam Cực|Bắc Cực|Á-Âu|Mỹ La-tinh|Mỹ Latinh)(?!\w)")
_ADDRESS_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
# what locates it: "huyện Yeongam, tỉnh Jeollanam", "huyện Boeun (tỉnh Chungcheongbuk-do, Hàn Quốc)", "thành phố Regina
# (tỉnh bang Saskatchewan)", "thành phố Saumur thuộc vùng Pays de la Loire"
_WITHIN = re.compile(r"\s*(?:,|\(|thuộc|,\s*thuộc)\s*(?P<cue>(?:tỉnh bang|tỉnh|bang|vùng|khu tự trị|Khu tự trị|thành phố)\s+)")
# "Chính phủ nhân dân thành phố ...": a Chinese local government
_PEOPLES_GOVERNMENT = re.compile(r"(?<!\w)[Cc]hính (?:phủ|quyền) [Nn]hân dân\s+$")
# an administrative unit's word right before the name (not a title: "Thống đốc", "Thị trưởng")
_UNIT_CUE = re.compile(r"(?<!\w)(?:huyện|quận|thành phố|TP\.?|tỉnh|bang|hạt)\s+$")
_LATIN = re.compile(r"[A-Za-z]+")  # a word in plain Latin letters: no Vietnamese mark
_KIND = {"tỉnh": "province", "bang": "state", "quận": "county", "hạt": "county"}


class UnknownLocalities:
    """Finds the foreign localities named after a locality cue that the gazetteer does not know."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.rx = re.compile(
            rf"(?:{cues.pattern('locality_cue').pattern})\s+((?:{_CAP})(?:-\w+){{0,5}}(?:[ -](?:{_CAP})){{0,3}})"
        )

    def find(self, text: str, start: int, end: int, matches: list[Match],
             consumed: set[int]) -> Iterator[tuple[int, int, Entity]]:
        """The unknown localities of ``text[start:end]`` as (start, end, new entity); ``matches`` are the
        sentence's gazetteer matches, and the index of one that only says where a locality is goes into
        ``consumed``."""
        known = [(m.start, m.end) for m in matches]
        for hit in self.rx.finditer(text, start, end):
            s, e = hit.span(1)
            if any(ms < e and s < me for ms, me in known):
                continue
            country = country_after(self.gaz, text, e, matches)
            if country is None and _PEOPLES_GOVERNMENT.search(text, max(0, hit.start() - 25), hit.start()):
                country = "CN"  # "Chính phủ nhân dân thành phố Sùng Tả": only China's local governments are named so
            address = _ADDRESS_BEFORE.search(text, max(0, hit.start() - 8), hit.start())
            if country is None and not address:
                # "huyện Yeongam, tỉnh Jeollanam (Hàn Quốc)": the known foreign province that locates it; not an
                # address ("trường học tại huyện Xê-pôn, tỉnh Sa-van-na-khệt"), where the province is the partner
                within = _WITHIN.match(text, e)
                parent = next((i for i, m in enumerate(matches) if within and m.start in (within.start("cue"), within.end())
                               and self.gaz.entities[m.aliases[0].key].kind == "locality"
                               and self.gaz.entities[m.aliases[0].key].country not in (None, "VN")), None)
                if parent is not None:
                    country = self.gaz.entities[matches[parent].aliases[0].key].country
                    consumed.add(parent)  # it only says where the place is
            if country is None and _UNIT_CUE.search(text, max(0, hit.start() - 12), hit.start(1)) and all(
                    _LATIN.fullmatch(w) and not vietnamese_syllable(w) for w in re.split(r"[ -]", hit.group(1))) \
                    and not address:
                # "với huyện Hongcheon vào ngày 15/1 và với huyện Yanggu ...": a name no Vietnamese syllable spells, in a
                # sentence that names one foreign country (or foreign places of one country)
                countries = {self.gaz.entities[m.aliases[0].key].country for m in matches
                             if self.gaz.entities[m.aliases[0].key].kind in ("country", "locality")}
                countries.discard(None)
                country = countries.pop() if len(countries) == 1 else None
            if country is None or country == "VN":
                continue
            name = hit.group(1)
            cue = hit.group(0)[: hit.start(1) - hit.start()].strip().split()[-1]
            if cue == "châu" and _CONTINENT.match(name):
                continue  # "doanh nghiệp châu Âu, Hàn Quốc": Europe, not a Korean prefecture
            key = f"place/{country.lower()}-{slug(name)}"
            yield s, e, Entity(key, "locality", name, country=country, locality_type=_KIND.get(cue, "city"))
