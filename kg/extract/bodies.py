"""Foreign bodies that no gazetteer holds, named by a head word, a description and a Latin-script name.

"Tổ chức Du lịch Golf thế giới IAGTO", "Hiệp hội INTERKULTUR (CHLB Đức)", "Tập đoàn Tài chính Canada
MorFund", "Tổ chức C40": a head word ("Tổ chức", "Hiệp hội", "Quỹ", "Tập đoàn" ...), up to six words
describing the body, then a name that is no Vietnamese word: an acronym in capitals, letters and digits,
or a word with a capital inside.  The body must show that it is foreign: the description says "thế giới"
or "quốc tế", or names a country ("Tài chính Canada"), or a country follows in brackets.  Vietnamese
acronyms ("UBND", "KCN", "TNHH") are never names.
"""

from __future__ import annotations

import re

from ..model import Entity
from ..text import slug
from . import cues
from .firms import country_after
from .gazetteer import Gazetteer, Match

_NAME = r"(?:[A-Z][A-Z0-9&]{2,11}|[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z][0-9]{2,3})"
_GLOSS = re.compile(r"\s*\([^()]{0,160}\)")
_WORLD = re.compile(r"(?<!\w)(?:thế giới|Thế giới|quốc tế|Quốc tế|toàn cầu|Toàn cầu|châu Á|Châu Á)(?!\w)")


class Bodies:
    """Finds foreign bodies by a head word and a foreign-script name."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        company = cues.pattern("company_head").pattern
        body = cues.pattern("ngo_head").pattern
        self.company_head = re.compile(rf"(?:{company})$")
        self.rx = re.compile(
            rf"(?<!\w)(?P<head>{company}|{body})\s+(?P<desc>(?:[^\s,.;:()“”\"]+\s+){{0,6}}?)\(?(?P<name>{_NAME})(?![\w&-])")
        self.vietnamese = cues.pattern("vietnamese_acronym")

    def find(self, text: str, start: int, end: int, matches: list[Match], consumed: set[int]
             ) -> list[tuple[int, int, Entity]]:
        out: list[tuple[int, int, Entity]] = []
        for hit in self.rx.finditer(text, start, end):
            name = hit.group("name")
            if self.vietnamese.fullmatch(name):
                continue
            s_name, e_name = hit.span("name")
            if any(m.start < e_name and s_name < m.end for m in matches):
                continue  # a known organisation, country or place: the gazetteer's, not ours
            inside = [m for m in matches if hit.start("desc") <= m.start and m.end <= hit.end("desc")]
            countries = [self.gaz.entities[m.aliases[0].key].country for m in inside
                         if self.gaz.entities[m.aliases[0].key].kind == "country"]
            country = countries[0] if countries else country_after(self.gaz, text, e_name, matches)
            gloss = _GLOSS.match(text, e_name)  # "Tổ chức C40 (tổ chức ... các thành phố trên thế giới)"
            if country == "VN" or not (country or _WORLD.search(hit.group("desc")) or (gloss and _WORLD.search(gloss.group()))):
                continue  # no sign that the body is foreign
            is_company = bool(self.company_head.fullmatch(hit.group("head")))
            kind = "company" if is_company else ("ngo" if country else "organisation")
            key = f"{'company' if is_company else 'org'}/{slug(name)}"
            consumed.update(i for i, m in enumerate(matches) if hit.start() <= m.start < e_name)
            out.append((s_name, e_name, Entity(key, kind, name, country=country, acronym=name if name.isupper() else None)))
        return out
