"""Foreign bodies that no gazetteer holds, named by a head word, a description and a Latin-script name.

"Tổ chức Du lịch Golf thế giới IAGTO", "Hiệp hội INTERKULTUR (CHLB Đức)", "Tập đoàn Tài chính Canada
MorFund", "Tổ chức C40": a head word ("Tổ chức", "Hiệp hội", "Quỹ", "Tập đoàn" ...), up to six words
describing the body, then a name that is no Vietnamese word: an acronym in capitals, letters and digits,
a word with a capital inside, or, right after the head, a capitalised word that no Vietnamese syllable
spells ("Đại học Cambridge (Anh)").  The body must show that it is foreign: the description says "thế giới"
or "quốc tế", or names a country ("Tài chính Canada"), or a country follows in brackets.  Vietnamese
acronyms ("UBND", "KCN", "TNHH") are never names.
"""

from __future__ import annotations

import re

from ..model import Entity
from ..text import slug
from . import cues
from .firms import country_after, vietnamese_syllable
from .gazetteer import Gazetteer, Match

_NAME = r"(?:[A-Z][A-Z0-9&]{2,11}|[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z][0-9]{2,3})"
_LOWER_NEXT = re.compile(r" [a-zđà-ỹ]")
_SCHOOL_KIND = r"(?:Quốc gia|Quốc tế|Tổng hợp|Bách khoa|Kỹ thuật|Y khoa|Y|Ngoại ngữ|Nữ|Công nghệ)"
_SCHOOL_WORD = re.compile(r"^[Tt]rường\s+")
_GLOSS = re.compile(r"\s*\([^()]{0,160}\)")
_UPPER_WORD = r"[A-ZĐÀ-ỸÂĂÊÔƠƯ][^\s,.;:()“”\"]*"
# what opens an event's or a place's name, not a body's: "Hội chợ ... (Trung Quốc)", "Hội nghị ...", "Hội An"
_EVENT_WORDS = r"chợ|Chợ|nghị|Nghị|thảo|Thảo|thi|Thi|diễn|Diễn|đồng|Đồng|trại|Trại|báo|Báo|sách|Sách|An"
# a word that joins two names, never inside a body's: "Hội An với thành phố Sainte-Maxime (Pháp)"
_JOINS = r"với|và|cùng|tại|của|cho|ở|từ"
_WORLD = re.compile(r"(?<!\w)(?:thế giới|Thế giới|quốc tế|Quốc tế|toàn cầu|Toàn cầu|châu Á|Châu Á)(?!\w)")


class Bodies:
    """Finds foreign bodies by a head word and a foreign-script name."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        company = cues.pattern("company_head").pattern
        body = cues.pattern("ngo_head").pattern + "|" + cues.pattern("foreign_school_head").pattern
        self.company_head = re.compile(rf"(?:{company})$")
        self.school_head = re.compile(rf"(?:{cues.pattern('foreign_school_head').pattern})")
        self.rx = re.compile(
            rf"(?<!\w)(?P<head>{company}|{body})\s+(?P<desc>(?:[^\s,.;:()“”\"]+\s+){{0,6}}?)\(?(?P<name>{_NAME})(?![\w&-])")
        # right after the head, a plain capitalised word in foreign spelling: "Đại học Cambridge (Anh)"
        # a school may name its kind first: "Đại học Quốc gia Kyungpook (Hàn Quốc)"
        self.word_rx = re.compile(rf"(?<!\w)(?P<head>{company}|{body})\s+(?P<desc>(?:{_SCHOOL_KIND}\s+)?)"
                                  rf"(?P<name>[A-Z][a-z]{{3,}})(?![\w&-])")
        # a name written in Vietnamese words, the country in brackets after it: "Quỹ Hạt giống Hy vọng (Hàn Quốc)",
        # "Hội Bạn bè Langbiang (Hà Lan)", "Quỹ Hy vọng Xanh (Green Hope Foundation, Úc)"
        self.translated_heads = cues.starts("translated_body_head")
        self.translated_rx = re.compile(
            rf"(?<!\w)(?P<head>{cues.pattern('translated_body_head').pattern})(?!\s+(?:{_EVENT_WORDS})(?!\w))\s+"
            rf"(?P<desc>{_UPPER_WORD}(?:\s+(?!(?:{_JOINS})(?!\w))[^\s,.;:()“”\"]+){{0,6}}?)\s*\((?P<gloss>[^()]{{0,60}}?)\)")
        self.vietnamese = cues.pattern("vietnamese_acronym")
        self.heads = cues.starts("company_head", "ngo_head", "foreign_school_head")  # both patterns open with one

    def find(self, text: str, start: int, end: int, matches: list[Match], consumed: set[int]
             ) -> list[tuple[int, int, Entity]]:
        out = self._latin(text, start, end, matches, consumed)
        if self.translated_heads.search(text, start, end):
            taken = [(s, e) for s, e, _k in out]
            out += [x for x in self._translated(text, start, end, matches, consumed)
                    if not any(s < x[1] and x[0] < e for s, e in taken)]
        return out

    def _translated(self, text: str, start: int, end: int, matches: list[Match], consumed: set[int]
                    ) -> list[tuple[int, int, Entity]]:
        """Bodies named in Vietnamese words with their foreign country in the bracket after the name."""
        out: list[tuple[int, int, Entity]] = []
        for hit in self.translated_rx.finditer(text, start, end):
            s_name, e_name = hit.start(), hit.end("desc")
            inside = [m for m in matches if s_name <= m.start < e_name]
            if any(self.gaz.entities[m.aliases[0].key].kind != "country" for m in inside):
                continue  # a known body or a place in the name: the gazetteer's, or a Vietnamese body of a place
            last = [m for m in matches if hit.start("gloss") <= m.start and m.end == hit.end("gloss")]
            country = self.gaz.entities[last[0].aliases[0].key].country if last else None
            if country in (None, "VN") or self.gaz.entities[last[0].aliases[0].key].kind != "country":
                continue
            name = text[s_name:e_name]
            # the bracket's country only says where the body is from
            consumed.update(i for i, m in enumerate(matches) if s_name <= m.start < e_name or m is last[0])
            out.append((s_name, e_name, Entity(f"org/{slug(name)}", "ngo", name, country=country)))
        return out

    def _latin(self, text: str, start: int, end: int, matches: list[Match], consumed: set[int]
               ) -> list[tuple[int, int, Entity]]:
        out: list[tuple[int, int, Entity]] = []
        if not self.heads.search(text, start, end):
            return out  # no head word, no hit: a quick test before the two slower patterns
        hits = list(self.rx.finditer(text, start, end))
        hits += [h for h in self.word_rx.finditer(text, start, end) if not vietnamese_syllable(h.group("name"))
                 and not any(o.start() <= h.start() < o.end() for o in hits)]
        hits.sort(key=lambda h: h.start())
        for hit in hits:
            name = hit.group("name")
            word = hit.re is self.word_rx
            if self.vietnamese.fullmatch(name):
                continue
            s_name, e_name = hit.span("name")
            if any(m.start < e_name and s_name < m.end for m in matches):
                continue  # a known organisation, country or place: the gazetteer's, not ours
            inside = [m for m in matches if hit.start("desc") <= m.start and m.end <= hit.end("desc")]
            # a country in the description ("Tài chính Canada"), not a syllable of a Vietnamese word ("Hàn lâm")
            countries = [self.gaz.entities[m.aliases[0].key].country for m in inside
                         if self.gaz.entities[m.aliases[0].key].kind == "country" and not _LOWER_NEXT.match(text, m.end)]
            after = country_after(self.gaz, text, e_name, matches)
            country = "VN" if after == "VN" else (countries[0] if countries else after)
            gloss = _GLOSS.match(text, e_name)  # "Tổ chức C40 (tổ chức ... các thành phố trên thế giới)"
            if country == "VN" or not (country or _WORLD.search(hit.group("desc")) or (gloss and _WORLD.search(gloss.group()))):
                continue  # no sign that the body is foreign
            is_company = bool(self.company_head.fullmatch(hit.group("head")))
            school = self.school_head.fullmatch(hit.group("head"))
            kind = "company" if is_company else ("ngo" if country and not school else "organisation")
            if word and hit.group("desc") and not school:
                continue  # "Quốc gia", "Quốc tế" describe schools only
            if school and word:  # "Trường Đại học Cambridge": the school is "Đại học Cambridge", named from its head
                name = _SCHOOL_WORD.sub("", hit.group("head")) + " " + hit.group("desc") + name
                name = name[0].upper() + name[1:]
                s_name = hit.start()
            key = f"{'company' if is_company else 'org'}/{slug(name)}"
            consumed.update(i for i, m in enumerate(matches) if hit.start() <= m.start < e_name)
            out.append((s_name, e_name, Entity(key, kind, name, country=country, acronym=name if name.isupper() else None)))
        return out
