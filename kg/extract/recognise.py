"""Recognise provinces and partners in a sentence.

Gazetteer matches are checked against their context (a strict locality
needs "tỉnh X" or its country nearby; "Mỹ" in "Bắc Mỹ" or "Đức" in
"Nguyễn Minh Đức" is no country), and patterns add partners that no list
holds: "tỉnh X (Lào)", "thành phố X, Hàn Quốc", "Đại sứ quán Hàn Quốc",
"Tập đoàn X".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Entity
from . import cues
from .bodies import Bodies
from .firms import Firms
from .gazetteer import Gazetteer, Match
from .missions import Missions
from .places import PlaceContext, acts_after, is_cap
from .prefilter import Prefilter, SentenceCues
from .unknown_localities import UnknownLocalities

_TITLE_NOUN = re.compile(r"(?:chương trình|Chương trình|hội nghị|Hội nghị|hội thảo|Hội thảo|diễn đàn|Diễn đàn|lễ hội|Lễ hội|"
                         r"tuần lễ|Tuần lễ|cuộc thi|giải|tác phẩm|cuốn sách|sách|phim|chủ đề|mang tên|tên gọi)\s*$")


_NEXT_ITEM = re.compile(r"\s*,\s*(?:tỉnh|thành phố|TP|bang|vùng|quận|huyện)\s")
_MARKER_GAP = re.compile(r"(\s+[A-Z][\w&.-]*){0,2}\s*(\(|,|-|–)\s*((nước|của|thuộc)\s+)*(bạn\s+)?")


_BODY_HEAD = re.compile(r"(?<!\w)(?:Ngân hàng|Tập đoàn|Công ty|Quỹ|Tổ chức)\s+$")
# units of the first level: "Thủ đô Vientiane, tỉnh Bô-ly-khăm-xay" lists two partners, not a town and its province
_FIRST_LEVEL = {"province", "state", "prefecture", "region", "municipality", "special_city", "capital"}


@dataclass
class Found:
    """Mentions of one sentence; ``roles`` says how each partner mention is used."""

    provinces: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, key)
    venues: list[tuple[int, int, str]] = field(default_factory=list)  # provinces named as a place: "tại Hà Nội"
    partners: list[tuple[int, int, str]] = field(default_factory=list)  # acting partners
    markers: list[tuple[int, int, str]] = field(default_factory=list)  # countries naming a locality's country
    vietnam: list[tuple[int, int]] = field(default_factory=list)
    new_entities: dict[str, Entity] = field(default_factory=dict)
    # recognised with provinces=False: the sentence's gazetteer matches and its province matches (with the unit
    # each names), not yet tested in their context; Recogniser.place_provinces tests them and empties both
    matches: list[Match] = field(default_factory=list)
    pending: list[tuple[Match, str]] = field(default_factory=list)


_ORGANISER = re.compile(r"(?<!\w)do\s+(?:(?:Tổ chức|tổ chức|Hiệp hội|hiệp hội|Quỹ|Tập đoàn|Công ty|Ủy ban)\s+)?(?:\S+\s+){0,4}$")


class Recogniser:
    """Applies the gazetteer and the context rules to sentences."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.locality_cue = cues.pattern("locality_cue")
        self.region_word = cues.pattern("region_word")
        self.not_after = cues.pattern("not_country_after")
        self.not_before = cues.pattern("not_country_before")
        self.product_rx = re.compile(rf"(?:{cues.pattern('not_company_before').pattern})\s+$")
        self.demonym_rx = re.compile(
            rf"(?:{cues.pattern('not_partner_before').pattern})\s+(?:\([^()]{{1,8}}\)\s+)?(?:(?:các\s+)?(?:nước|quốc gia|vùng lãnh thổ)\s+)?$"
        )
        self.mission_finder = Missions(gaz)
        self.vn_place_before = re.compile(rf"(?<!\w)(?:{cues.pattern('vietnamese_place_before').pattern})\s+$")
        self.event_before = re.compile(rf"(?<!\w)(?:{cues.pattern('event_name_before').pattern})(?:\s+\w+){{0,6}}\s+$")
        self.person_named = set(cues.phrases("person_named_province"))
        self.firms = Firms(gaz)
        self.bodies = Bodies(gaz)
        self.company_head = self.firms.company_head
        self.places = PlaceContext(gaz, self.company_head)
        self.unknown_localities = UnknownLocalities(gaz)
        self.prefilter = Prefilter(self.firms, self.bodies, self.unknown_localities).article

    # -- context tests -----------------------------------------------------
    def _before(self, text: str, start: int, width: int = 40) -> str:
        return text[max(0, start - width) : start]

    def _cue_before(self, text: str, start: int) -> bool:
        before = self._before(text, start, 30).rstrip()
        return any(m.end() == len(before) for m in self.locality_cue.finditer(before))

    def _ambiguous_ok(self, text: str, m: Match) -> bool:
        """Short names ("Mỹ", "Đức", "Anh") only stand alone, never inside a name."""
        before = text[max(0, m.start - 30) : m.start]
        prev = re.search(r"(\w+) $", before)
        if prev and is_cap(prev.group(1)) and not prev.group(1).isupper():
            return False  # "Nguyễn Minh Đức", "Bắc Mỹ"
        tail = " ".join(before.split()[-2:]) if before[-1:].isspace() else ""  # the two whole words before
        if prev and (self.region_word.fullmatch(prev.group(1)) or self.not_before.search(tail[-12:] + " ")):
            return False  # "châu Mỹ", "chị Nga", "PGS.TS Nga", "dân tộc Thái"
        after = re.match(r" (\w+)", text[m.end : m.end + 30])
        opens = not before.strip() or re.search(r"[.!?:“\"]\s*$", before)
        if opens and after and not is_cap(after.group(1)) and after.group(1) not in ("và", "cùng"):
            return False  # "Anh thực sự xúc động": a pronoun opening the sentence
        # "Đức Thọ", "Mỹ Tho", "Ý kiến"
        return not (after and (is_cap(after.group(1)) or self.not_after.fullmatch(after.group(1))))

    def _compound(self, text: str, start: int) -> bool:
        """Part of a "Việt - Lào" or "Việt Nam - Lào - Thái Lan" compound."""
        before = self._before(text, start, 60)
        return bool(re.search(r"(Việt|Việt Nam)(\s*[-–]\s*[\w ]{2,20})*\s*[-–]\s*$", before))

    # -- main -----------------------------------------------------------------
    def recognise(self, text: str, start: int, end: int, when: dt.date | None, provinces: bool = True,
                  cues_at: SentenceCues | None = None) -> Found:
        """The mentions of ``text[start:end]``.  With ``provinces`` False its provinces are left untested in
        ``found.pending`` for :meth:`place_provinces`: no test of a partner reads them, and an article whose
        sentences name no partner needs none of them (:func:`kg.extract.gate.hopeful_before_provinces`).
        ``cues_at``, the article's :mod:`~kg.extract.prefilter`, spares finders that can find nothing here."""
        found = Found()
        matches = list(self.gaz.find(text, start, end))
        countries_here = {
            self.gaz.entities[a.key].country
            for m in matches
            for a in m.aliases
            if self.gaz.entities[a.key].kind == "country"
        }
        consumed: set[int] = set()
        for s_, e_, entity in self.mission_finder.find(text, matches, consumed):
            found.new_entities[entity.key] = entity
            found.partners.append((s_, e_, entity.key))
        if cues_at is None or cues_at.firms(start, end):
            for s_, e_, entity in self.firms.find(text, start, end, matches, consumed):
                found.new_entities[entity.key] = entity
                found.partners.append((s_, e_, entity.key))
        if cues_at is None or cues_at.bodies(start, end):
            for s_, e_, entity in self.bodies.find(text, start, end, matches, consumed):
                if not any(s < e_ and s_ < e for s, e, _k in found.partners):
                    found.new_entities[entity.key] = entity
                    found.partners.append((s_, e_, entity.key))
        if cues_at is None or cues_at.localities(start, end):
            for s_, e_, entity in self.unknown_localities.find(text, start, end, matches, consumed):
                found.new_entities[entity.key] = entity
                found.partners.append((s_, e_, entity.key))
        if not matches and not found.partners:
            return found  # no name and no partner found by pattern (most sentences): the steps below find nothing
        pending: list[tuple[Match, str]] = []
        for i, m in enumerate(matches):
            if i in consumed or self.gaz.entities[m.aliases[0].key].kind == "blocker":
                continue  # "Thái Bình Dương" is an ocean, not Thái Bình
            keys = [a.key for a in m.aliases]
            prov = self.gaz.province_at(keys, when)
            if prov is not None:
                pending.append((m, prov))  # tested in its context by _place_provinces
                continue
            alias = None
            for a in m.aliases:
                e = self.gaz.entities[a.key]
                if a.exact and " " not in m.surface and not (m.surface.isupper() and len(m.surface) > 1) \
                        and not self._ambiguous_ok(text, m):
                    continue  # a short name alone: "Anh", "Nga", "Mỹ" (not "Anh Đào", "chị Nga")
                if a.strict and e.kind == "company":
                    if not re.search(rf"(?:{self.company_head.pattern})\s*$", text[max(0, m.start - 20) : m.start]):
                        continue  # "Total", "Sharp": only after "Tập đoàn", "Công ty"
                elif a.strict and not (self._cue_before(text, m.start) or e.country in countries_here):
                    continue
                alias = a
                break
            if alias is None:
                continue
            entity = self.gaz.entities[alias.key]
            if entity.kind == "vietnam":
                found.vietnam.append((m.start, m.end))
            elif entity.kind == "country" and self._compound(text, m.start):
                continue
            else:
                found.partners.append((m.start, m.end, entity.key))
        # "Heineken Việt Nam", "Samsung Display Việt Nam": the firm's Vietnamese arm, not the nation
        found.vietnam = [(vs, ve) for vs, ve in found.vietnam
                         if not any(re.fullmatch(r"\s?", text[pe:vs]) for _ps, pe, k in found.partners if k.startswith("company/"))]
        self._split_markers(text, found)
        self._drop_demonyms(text, found)
        self._drop_parts_of_bracketed(text, found)
        if pending and provinces:
            self._place_provinces(text, found, matches, pending)
        elif pending:
            found.matches, found.pending = matches, pending
        return found

    def place_provinces(self, text: str, found: Found) -> None:
        """Test the provinces that :meth:`recognise` left in ``found.pending``: as it would have placed them."""
        if found.pending:
            self._place_provinces(text, found, found.matches, found.pending)
            found.matches, found.pending = [], []

    def _place_provinces(self, text: str, found: Found, matches: list[Match], pending: list[tuple[Match, str]]) -> None:
        """Provinces, venues or neither, by their context; asked after the partners are final, for a venue
        that is a partner's address."""
        for m, prov in pending:
            if self._foreign_namesake(text, m, matches):
                continue  # "thành phố Trịnh Châu, tỉnh Hà Nam (Trung Quốc)": China's Henan, not Hà Nam
            if m.surface in self.person_named and not re.search(r"(?:TP|Tp|tp|[Tt]hành phố)\.?\s*$", text[max(0, m.start - 12) : m.start]):
                continue  # bare "Hồ Chí Minh" is the President; the city is "TP.HCM", "Thành phố Hồ Chí Minh"
            if self.places.personal_name(text, m.start):
                continue  # "Chủ tịch Hồ Chí Minh", "Phó Thủ tướng Trương Hòa Bình", "tư tưởng Hồ Chí Minh"
            if self.places.name_part(text, m.start, m.end) or self.places.state_by_capital(text, m.start, m.end):
                continue
            if self.places.locative(text, m.start, m.end) or self.places.in_company_name(text, m.start):
                found.venues.append((m.start, m.end, prov))
            else:
                found.provinces.append((m.start, m.end, prov))
        self._venue_lists(text, found)
        found.venues = [v for v in found.venues if not self._address(text, v[0], found)]

    def _drop_parts_of_bracketed(self, text: str, found: Found) -> None:
        """"Ngân hàng Sumitomo Mitsui (SMBC)": firms named one after another under a head word, then a known body in
        brackets, are the words of that body's name, not firms of their own."""
        drop: set[tuple[int, int, str]] = set()
        for bs, _be, bk in found.partners:
            if bk.startswith("country/") or not text[max(0, bs - 2) : bs].endswith("("):
                continue
            run = []
            pos = bs - 1
            for p in sorted((p for p in found.partners if p[1] <= pos), reverse=True):
                if text[p[1] : pos].strip() or p[2].startswith(("country/", "place/")):
                    break
                run.append(p)
                pos = p[0]
            if len(run) >= 2 and _BODY_HEAD.search(text, max(0, pos - 12), pos):
                drop.update(run)
        if drop:
            found.partners = [p for p in found.partners if p not in drop]

    def _venue_lists(self, text: str, found: Found) -> None:
        """"tại Hải Phòng, Đà Nẵng và Cần Thơ": the provinces listed after a place are places too."""
        venues = sorted(found.venues)
        moved = True
        while moved and venues:
            moved = False
            for p in sorted(found.provinces):
                if acts_after(text, p[1]):
                    continue  # "tại TP Thanh Hóa, tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) đã ký kết": it opens its clause
                if any(re.fullmatch(r"\s*(?:,|và|;)\s*(?:(?:TP\.?|tỉnh|thành phố)\s*)?", text[ve:p[0]]) for _vs, ve, _k in venues):
                    found.provinces.remove(p)
                    found.venues.append(p)
                    venues = sorted(found.venues)
                    moved = True

    def _inside_name(self, text: str, start: int, end: int) -> bool:
        """A country's name inside a longer proper name: a capitalised word right before or after it.
        After a title ("Thủ tướng Campuchia Hun Sen", "Đại sứ Nhật Bản Umeda Kunio") the name that follows is
        the office holder's, and the country stands alone."""
        if self.places.title_rx.search(text[max(0, start - 40) : start]):
            return False
        prev = re.search(r"(\w+) $", text[max(0, start - 30) : start])
        if prev and is_cap(prev.group(1)) and not prev.group(1).isupper() and not self.region_word.fullmatch(prev.group(1)):
            return True
        after = re.match(r" (\w+)", text[end : end + 30])
        return bool(after and is_cap(after.group(1)) and not after.group(1).isupper())

    def _foreign_namesake(self, text: str, here: Match, matches: list[Match]) -> bool:
        """"tỉnh Hà Nam (Trung Quốc)", "khu vực Vân Nam, Hà Nam": a foreign province of the same name, by the country
        after it or, where a foreign locality has the name too, the foreign locality listed before it."""
        start, end = here.start, here.end
        twin = any(self.gaz.entities[a.key].kind == "locality" and self.gaz.entities[a.key].country not in (None, "VN")
                   for a in here.aliases)
        for m in matches:
            if twin and m.end <= start and re.fullmatch(r"\s*(?:,|và)\s*", text[m.end : start]) and all(
                    self.gaz.entities[a.key].kind == "locality" and self.gaz.entities[a.key].country not in (None, "VN")
                    for a in m.aliases):
                return True
            if m.start >= end and re.fullmatch(r"\s*[,(]\s*(?:nước\s+)?", text[end : m.start]):
                e = self.gaz.entities[m.aliases[0].key]
                return e.kind == "country"
        return False

    def _event_name(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 40) : start]
        if _ORGANISER.search(before):
            return False  # "sự kiện do Hiệp hội INTERKULTUR ... tổ chức": the organiser, not the event's name
        return bool(self.event_before.search(before)
                    or re.match(r"(?:\s+[A-Z][\w-]*){0,2}\s*(?:19|20)\d\d(?!\d)", text[end : end + 24]))

    def _quoted_name(self, text: str, start: int) -> bool:
        """Inside a quoted title that opened with a capitalised word: “Gặp gỡ Hoa Kỳ”, “Tuần lễ hàng Việt Nam tại Nhật Bản”."""
        before = text[max(0, start - 50) : start]
        opened = before.rfind("“")
        return (opened >= 0 and "”" not in before[opened:] and before[opened + 1 : opened + 2].isupper()
                and bool(_TITLE_NOUN.search(before[:opened])))

    def _nationality(self, text: str, start: int, end: int) -> bool:
        """A country in brackets right after a capitalised name says where that person or body is from."""
        before = text[max(0, start - 40) : start]
        m = re.search(r"(\w+)\s*\(\s*(?:nước\s+)?$", before)
        return bool(m and is_cap(m.group(1)) and re.match(r"\s*\)", text[end : end + 3]))

    def _parent_in_brackets(self, text: str, start: int) -> bool:
        """Inside brackets that describe another body ("đại diện của", "thành viên của", "thuộc"): the body's
        parent or owner.  "(vốn vay của Pháp)" names a lender and stays."""
        before = text[max(0, start - 120) : start]
        opened = before.rfind("(")
        return opened >= 0 and ")" not in before[opened:] and bool(
            re.search(r"(?<!\w)(?:(?:thành viên|đại diện|đơn vị|chi nhánh|công ty con|cơ quan)(?!\w)[^()]*(?<!\w)của|thuộc|trực thuộc)(?!\w)",
                      before[opened:]))

    def _address(self, text: str, start: int, found: Found) -> bool:
        """"Đại sứ quán Australia tại Hà Nội": the province is the partner's address."""
        return any(re.fullmatch(r"\s*(tại|ở)\s+(TP\.?\s*|thành phố\s+)?", text[e:start]) for _s, e, _k in found.partners)

    def _drop_demonyms(self, text: str, found: Found) -> None:
        """"du khách Nga", "thị trường các nước Nhật, Nga", "đến từ các quốc gia Hoa Kỳ, Anh": no partner."""
        mentions = sorted(found.partners)
        keep = []
        head = 0
        for i, (s, e, key) in enumerate(mentions):
            if i and re.fullmatch(r"\s*(,|và|;|cùng)\s*", text[mentions[i - 1][1] : s]):
                pass  # continues the list started at mentions[head]
            else:
                head = i
            hs = mentions[head][0]
            before = text[max(0, hs - 40) : hs]
            entity = self._entity(key, found)
            if entity.kind in ("country", "locality") and self.demonym_rx.search(before):
                continue
            if entity.kind == "locality" and (self.places.vietnamese_address(text, e) or self.vn_place_before.search(text[max(0, s - 20) : s])):
                continue  # "tại huyện Đông Hưng, tỉnh Thái Bình": a Vietnamese district named like a Chinese town
            if entity.kind in ("country", "locality") and self._quoted_name(text, s):
                continue  # chương trình “Gặp gỡ Hoa Kỳ”: the name of an event, not a partner
            if entity.kind == "country" and i and self._entity(mentions[i - 1][2], found).kind == "company" and re.fullmatch(
                    r"\s+(?:của|thuộc)\s+", text[mentions[i - 1][1] : s]):
                continue  # "Tập đoàn Hyosung của Hàn Quốc": the firm's home
            if entity.kind == "country" and self._nationality(text, s, e):
                continue  # "nhà văn Albert Likhanov (Nga)", "Quỹ Alstom Foundation (Pháp)": whose, not who
            if self._parent_in_brackets(text, s):
                continue  # "EMG Education (đại diện của Hiệp hội Olympiad Toán học Thế giới - WMO)": whose, not who
            if entity.kind in ("country", "locality") and self.places.in_company_name(text, s):
                continue  # "Công ty Cổ phần đầu tư xây dựng Thiên Tân": a Vietnamese firm's name
            if entity.kind in ("country", "locality", "company") and self.places.in_institution_name(text, s):
                continue  # "Viện nghiên cứu ... Seoul", "Khách sạn JW Marriott": part of a body's name
            if entity.kind in ("organisation", "agency", "ngo", "company") and self._event_name(text, s, e):
                continue  # "Hội nghị APEC", "sự kiện APEC 2017", "Cuộc thi viết thư UPU": an event, not a partner
            if entity.kind == "company" and self.places.personal_name(text, s):
                continue  # "Đại tá Toyota Chikara": a person
            if entity.kind == "company" and self.product_rx.search(text[max(0, s - 25) : s]) \
                    and not re.search(rf"(?:{self.company_head.pattern})\s+\S+(?:\s+\S+)?\s+$", text[max(0, s - 30) : s]):
                continue  # "điện thoại hiệu Samsung", "xe Toyota": a product, not a partner
            if entity.kind == "country" and self._inside_name(text, s, e):
                continue  # "ông Dương Trung Quốc", "đạo diễn Jordan Vongt Roberts"
            keep.append((s, e, key))
        found.partners = keep

    def _entity(self, key: str, found: Found) -> Entity:
        return self.gaz.entities.get(key) or found.new_entities[key]

    def _split_markers(self, text: str, found: Found) -> None:
        """Countries that only say where a partner is ("Suwon, Hàn Quốc", "Lào (Sekong, ...)")."""
        mentions = sorted(found.partners)
        keep: list[tuple[int, int, str]] = []
        markers: list[tuple[int, int, str]] = []
        for i, (s, e, key) in enumerate(mentions):
            entity = self._entity(key, found)
            marker = False
            if entity.kind == "country":
                if i > 0:
                    _ps, pe, pkey = mentions[i - 1]
                    prev = self._entity(pkey, found)
                    gap = text[pe:s]
                    if prev.kind != "country" and prev.country == entity.country and _MARKER_GAP.fullmatch(gap):
                        marker = True  # "tỉnh Kaluga, Liên bang Nga", "Quỹ Oxfam Novib, Hà Lan"
                    elif prev.kind == "locality" and re.fullmatch(r"\s*\(\s*", gap):
                        marker = True  # "thành phố Suwon, ..., quận Jindo (Hàn Quốc)"
                if i + 1 < len(mentions):
                    ns, _ne, nkey = mentions[i + 1]
                    nxt = self._entity(nkey, found)
                    if nxt.kind == "locality" and nxt.country == entity.country and re.fullmatch(r"\s*\(\s*", text[e:ns]):
                        marker = True  # "nước CHDCND Lào (Sekong, Luang Namtha)"
            elif entity.kind == "locality" and i > 0:
                _ps, pe, pkey = mentions[i - 1]
                prev = self._entity(pkey, found)
                if prev.kind == "locality" and prev.country == entity.country and prev.locality_type not in _FIRST_LEVEL and re.fullmatch(
                    r"\s*\(\s*((tỉnh|bang|vùng|khu tự trị)\s+)?|\s*,\s*(tỉnh|bang|vùng|khu tự trị)\s+", text[pe:s]
                ) and not _NEXT_ITEM.match(text, e):  # not a list's item: "TP Sakai, tỉnh Kochi, tỉnh Shizuoka"
                    marker = True  # "thị trấn Bằng Tường (tỉnh Quảng Tây, Trung Quốc)": where Bằng Tường is
            (markers if marker else keep).append((s, e, key))
        found.partners = keep
        found.markers = markers
