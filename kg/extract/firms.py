"""Foreign firms and foundations that no gazetteer holds, found by their head word.

"Tập đoàn Keppel", "Công ty TNHH Kimin Power", "tập đoàn đầu tư ACO Investment Group",
"Quỹ Toyota Mobility Foundation (TMF)": a head word ("Công ty", "Tập đoàn", "Quỹ"), perhaps
a legal form or a few lower-case words, and a name without Vietnamese diacritics.  A firm
must show that it is foreign: a foreign country beside it, a multi-word English name
with a company or foundation word, or, for a body, the words "phi chính phủ" (the press's
term for a foreign NGO: "tổ chức phi chính phủ Habitat"); "Công ty cổ phần TDS" and "Logistics U&I (tỉnh Bình
Dương)" are Vietnamese.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import read_table
from ..model import Entity
from ..text import fold, slug
from . import cues
from .gazetteer import Gazetteer, Match

_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha())
_CAP = rf"[{re.escape(_UPPER)}][\w'’]*"  # a capitalised word
_JOINER = r"(?:for|of|and|the|der|van|von|de|du|des|la|le)"  # "Water for Mekong", "Van der Meulen Cold Chain"
_LOW = rf"(?![{re.escape(_UPPER)}\d])\w+"  # a lower-case word
_LEGAL_FORM = re.compile(r"(?:(?:TNHH|MTV|CP|JSC|Cổ phần|Liên doanh|Liên danh)\s+)*")
_VIET_SYLLABLE = re.compile(
    r"(?i)(b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}(c|ch|m|n|ng|nh|p|t)?"
)


def vietnamese_syllable(word: str) -> bool:
    """The word could be one Vietnamese syllable written without its marks ("Hoa", "Nguyen"); "Cambridge",
    "Novartis" could not."""
    return bool(_VIET_SYLLABLE.fullmatch(word))


_COMPANY_WORDS = {
    "industries", "industry", "electronics", "electric", "energy", "power", "motor", "motors", "display", "data",
    "steel", "chemical", "chemicals", "heavy", "engineering", "construction", "logistics", "shipping", "textile",
    "textiles", "foods", "food", "pharma", "pharmaceutical", "technology", "technologies", "tech", "solar", "wind",
    "oil", "gas", "petroleum", "cement", "paper", "glass", "tire", "tyre", "auto", "automotive", "mobility",
    "semiconductor", "systems", "solutions", "control", "international", "global", "asia", "vina", "win",
}
_NGO_WORDS = {"foundation", "foudation", "institute", "fund", "association", "society", "council", "trust", "charity",
              "international", "mission", "initiative", "network", "alliance", "center", "centre", "partners", "investment"}
_LEGAL = {"corporation", "corp", "co", "ltd", "inc", "group", "holdings", "holding", "limited", "plc", "llc", "jsc", "gmbh", "ag", "sa"}


def _company_words(words: list[str]) -> list[str]:
    """A company's name from the words after "Tập đoàn"/"Công ty": the first word, then only words
    that belong to company names ("Kolon Industries", "NTT DATA"), without legal suffixes."""
    out = words[:1]
    for w in words[1:]:
        if w.lower().strip(".,") in _COMPANY_WORDS or (w.isupper() and len(w) <= 6):
            out.append(w)
        else:
            break
    while out and out[-1].lower().strip(".,") in _LEGAL:
        out.pop()
    return out


@lru_cache(maxsize=1)
def _domestic() -> frozenset[str]:
    return frozenset(fold(r["name"]) for r in read_table("domestic.tsv"))


def country_after(gaz: Gazetteer, text: str, pos: int, matches: list[Match]) -> str | None:
    """The country named right after a name: "X (Hàn Quốc)", "X, Nhật Bản", "X của Anh", "X - Thái Lan"."""
    for m in matches:
        if m.start >= pos and re.fullmatch(r"\s*(\(|,|-|–|của|thuộc|\(nước)?\s*(nước\s+)?", text[pos : m.start]):
            e = gaz.entities[m.aliases[0].key]
            if e.kind == "country":
                return e.country
    return None



# lower-case or marked Vietnamese words describing a firm, then its Latin name and a bracket
_DESCRIBED = re.compile(r"(?:[^\s(),;.]+\s+){1,5}?"
                        r"(?P<name>[A-Z][A-Za-z0-9&-]+(?:\s+[A-Z][A-Za-z0-9&-]+){0,3})(?=\s*\()")
_BRACKET_AFTER = re.compile(r"\s*\(")
_FOREIGN_CAPITAL = re.compile(
    r"[^;]*?(?<!\w)vốn(?!\w)[^;]{0,60}?\d[\d.,]*\s*(?:nghìn\s+|triệu\s+|tỷ\s+)?(?:USD|đô la Mỹ|EUR|euro|yên|Yên)(?!\w)")
# a list of a country's firms: "doanh nghiệp Hàn Quốc ... gồm:", and the country that has the projects: "Nhật Bản có
# 2 dự án của ..."
_FIRMS_OF = re.compile(r"(?<!\w)(?:doanh nghiệp|nhà đầu tư|tập đoàn|công ty)\s+(?:đến từ\s+)?$")
_LIST_OPENS = re.compile(r"(?<!\w)(?:gồm|bao gồm|là|như)(?!\w)\s*:?")
_HAS_PROJECTS = re.compile(r"(?:\s*\([^()]{0,30}\))?\s+có\s+[^;]{0,60}?(?<!\w)dự án(?!\w)")
_ITEM_END = re.compile(r"\s[-–•]\s|;|\.\s")


def _item_end(text: str, pos: int, end: int) -> int:
    """Where a list item that starts at ``pos`` ends: the next bullet, semicolon or full stop."""
    m = _ITEM_END.search(text, pos, end)
    return m.start() if m else end


# a Latin-script name of one to five words, then a foreign legal form
_LEGAL_SUFFIX = (r"(?:Co\.,?\s*Ltd\.?|Company Limited|Pte\.?\s*Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|GmbH|"
                 r"AG|S\.A\.|LLC|PLC|B\.V\.|N\.V\.|K\.K\.|Sdn\.? Bhd\.?)")
_SUFFIXED = re.compile(r"(?<![\w&.-])(?P<name>(?:[A-Z][A-Za-z0-9&.'-]*\s+){0,4}?[A-Z][A-Za-z0-9&'-]*)\s*,?\s+"
                       rf"{_LEGAL_SUFFIX}(?![\w])")
#: A sentence with no legal form anywhere has no match of _SUFFIXED: a quick test first (the name's part is slow).
_ANY_LEGAL_SUFFIX = re.compile(_LEGAL_SUFFIX)


class Firms:
    """Finds foreign firms and foundations by pattern."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.company_head = cues.pattern("company_head")
        # up to three lower-case words may describe the firm before its name
        self.company_rx = re.compile(
            rf"(?<!\w)((?:{self.company_head.pattern})|(?:{cues.pattern('ngo_head').pattern}))\s+(?:{_LOW}\s+){{0,3}}?"
            rf"((?:{_CAP})(?:\s+(?:{_CAP}|&|[A-Z0-9]+|{_JOINER}(?=\s+[A-Z])))*)"
        )
        self.ngo_head = re.compile(rf"(?:{cues.pattern('ngo_head').pattern})$")
        self.heads = cues.starts("company_head", "ngo_head")  # company_rx opens with one of these

    def find(self, text: str, start: int, end: int, matches: list[Match], consumed: set[int]
             ) -> list[tuple[int, int, Entity]]:
        """"Tập đoàn Keppel", "Công ty TNHH Kimin Power", "Quỹ Toyota Mobility Foundation (TMF)": a head word and
        a name with no Vietnamese diacritics.  Gazetteer matches inside a firm's name are added to ``consumed``."""
        out: list[tuple[int, int, Entity]] = []
        # a sentence without a head word has no hit: a quick test first (the pattern's name part is slow)
        for hit in self.company_rx.finditer(text, start, end) if self.heads.search(text, start, end) else ():
            is_ngo = bool(self.ngo_head.fullmatch(hit.group(1)))
            name_start = hit.start(2)
            name = hit.group(2)
            legal = _LEGAL_FORM.match(name)
            if legal and legal.end():
                name, name_start = name[legal.end() :], name_start + legal.end()
            name = re.split(r"\s+(?:tại|của|ở|và|cùng|đã|với)\s", name)[0].strip()
            run = []
            for w in name.split():  # the leading run of words that are not Vietnamese (no diacritics)
                if not w.isascii():
                    break
                run.append(w)
            if not run or all(_VIET_SYLLABLE.fullmatch(w) for w in run):
                # "Công ty TNHH Vật liệu điện tử Zhongli (Trung Quốc)", "Công ty TNHH Linh kiện Tianrun (Trung
                # Quốc)": a Vietnamese description, then the name in foreign spelling, then a bracket
                described = _DESCRIBED.match(text, name_start, min(end, name_start + 90))
                if described is None or all(_VIET_SYLLABLE.fullmatch(w) for w in described.group("name").split()):
                    continue
                name, name_start = described.group("name"), described.start("name")
                run = name.split()
            full_run = run
            bracketed = _BRACKET_AFTER.match(text, name_start + len(" ".join(full_run)))
            if bracketed and not is_ngo and not all(_VIET_SYLLABLE.fullmatch(w) for w in full_run):
                run = list(full_run)  # "Công ty TNHH Dae Kwang Vina (Hàn Quốc)": the bracket ends the whole name
                while run and run[-1].lower().strip(".,") in _LEGAL:
                    run.pop()
            else:
                run = run[:6] if is_ngo else _company_words(run)
            while is_ngo and run and run[-1].lower().strip(".,") in _LEGAL:
                run.pop()
            name = " ".join(run)
            if not run or fold(name) in _domestic() or any(fold(w) in _domestic() for w in run) or len(fold(name)) < 3:
                continue
            if all(_VIET_SYLLABLE.fullmatch(w) for w in run):
                continue  # "Sao Mai", "Vinh Hạnh": Vietnamese syllables written without marks
            if any(m.start < name_start < m.end for m in matches):
                continue  # the gazetteer knows the body with its head word: "Quỹ Rockefeller"
            inner = [i for i, m in enumerate(matches) if name_start <= m.start < name_start + len(name)]
            # "Công ty Jiangsu Huaxin New Energy (Trung Quốc)": a place that opens a longer name in front of its bracket
            places_only = len(run) > 1 and all(self.gaz.entities[matches[i].aliases[0].key].kind in (
                "country", *(("locality",) if bracketed else ())) for i in inner)
            if inner and not (is_ngo and len(run) > 1 and matches[inner[0]].end < name_start + len(name)) and not places_only:
                continue  # already a known organisation or place ("Quỹ Toyota Mobility ..." is not Toyota)
            consumed.update(inner)
            name_end = name_start + len(name)
            country = country_after(self.gaz, text, name_end, matches)
            if country is None and bracketed:  # "BS Heidelberg Solar GmbH (Đức)": the legal form stands between
                country = country_after(self.gaz, text, bracketed.start(), matches)
            # "Công ty TNHH Starflex Việt Nam với dự án ..., tổng vốn đầu tư đăng ký 15 triệu USD": capital
            # registered in a foreign currency is a foreign investor's, whatever the subsidiary is called
            item = _FOREIGN_CAPITAL.match(text, name_end, _item_end(text, name_end, end))
            foreign_capital = bool(item) and not self.company_head.search(text, name_end, item.end() if item else name_end)
            headed = country is None and self._list_country(text, start, hit.start(), matches)
            if headed:
                country = headed
            if country == "VN" or (not foreign_capital and not headed and re.match(
                    r"[\w&.'-]*\s*(?:\(\s*(?:tỉnh|thành phố|TP)|Việt Nam|VN\b)", text[name_end : name_end + 20])):
                continue  # "Công ty CP Logistics U&I (tỉnh Bình Dương)", "Samsung Vina Việt Nam": Vietnamese firms
            english = [w for w in full_run[1:] if w.lower().strip(".,") in _COMPANY_WORDS | _LEGAL | _NGO_WORDS]
            declared = is_ngo and re.search(r"(?<!\w)(?:phi chính phủ|phi lợi nhuận)(?!\w)", text[hit.start() : name_start])
            if country is None and not (len(full_run) >= 2 and english) and not declared and not foreign_capital:
                continue  # "Công ty cổ phần TDS", "Tập đoàn Indevco": no sign that the firm is foreign
            acronym = re.match(r"\s*\(([A-Z][A-Za-z&]{1,9})\)", text[name_end : name_end + 14])
            kind = "ngo" if is_ngo else "company"
            key = f"{'org' if is_ngo else 'company'}/{slug(name)}"
            out.append((hit.start(), name_end, Entity(key, kind, name, country=country,
                                                      alt_labels=(acronym.group(1),) if acronym else ())))
        return out + self._suffixed(text, start, end, matches, consumed, [(s_, e_) for s_, e_, _e in out])

    def _list_country(self, text: str, start: int, pos: int, matches: list[Match]) -> str | None:
        """The country whose firms the clause lists before ``pos``: "cho 6 dự án của doanh nghiệp Nhật Bản ..., gồm:
        Công ty X (linh kiện), Công ty Y ...", "Nhật Bản có 2 dự án của Công ty X và Công ty Y"."""
        opens = max(start, text.rfind(";", start, pos) + 1)
        for m in matches:
            if not opens <= m.start < pos or self.gaz.entities[m.aliases[0].key].kind != "country":
                continue
            head = _FIRMS_OF.search(text, max(opens, m.start - 30), m.start) and _LIST_OPENS.search(text, m.end, pos)
            owner = not text[opens : m.start].strip() and _HAS_PROJECTS.match(text, m.end, pos)
            if head or owner:
                return self.gaz.entities[m.aliases[0].key].country
        return None

    def _suffixed(self, text: str, start: int, end: int, matches: list[Match], consumed: set[int],
                  taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
        """"SIBC International Ltd (Hồng Kông)", "Hansol Technics Co., Ltd.", "BS Heidelberg Solar GmbH": a Latin
        name ended by a foreign legal form, with no head word; the name must not open with a Vietnamese syllable
        ("Hoa Phat Steel Co., Ltd" is Vietnamese) nor be followed by Vietnam."""
        out: list[tuple[int, int, Entity]] = []
        if not _ANY_LEGAL_SUFFIX.search(text, start, end):
            return out
        for hit in _SUFFIXED.finditer(text, start, end):
            s_name = hit.start("name")
            if any(s < hit.end() and s_name < e for s, e in taken):
                continue
            words = hit.group("name").split()
            while words and (self.company_head.fullmatch(words[0]) or words[0] in ("TNHH", "CP", "MTV")):
                s_name = text.index(words[1], s_name + len(words[0])) if len(words) > 1 else hit.end()
                words = words[1:]  # "Cty BS Heidelberg Solar GmbH": the firm is "BS Heidelberg Solar"
            if not words:
                continue
            first = words[0]
            if _VIET_SYLLABLE.fullmatch(first) or fold(hit.group("name")) in _domestic() or cues.pattern(
                    "vietnamese_acronym").fullmatch(first):
                continue
            inner = [i for i, m in enumerate(matches) if s_name <= m.start < hit.end()]
            if any(self.gaz.entities[matches[i].aliases[0].key].kind != "country" for i in inner):
                continue  # a known firm or place: the gazetteer's
            country = country_after(self.gaz, text, hit.end(), matches)
            if country == "VN" or re.match(r"\s*(?:Việt Nam|VN\b|Vietnam)", text[hit.end() : hit.end() + 12]):
                continue
            consumed.update(inner)
            name = " ".join(words)
            out.append((s_name, hit.end(), Entity(f"company/{slug(name)}", "company", name, country=country)))
        return out
