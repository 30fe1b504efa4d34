"""Where a name stands: the tests that tell a province acting from a province named as a place.

"tại Hà Nội" is where something happens, "nông dân Lâm Đồng" are its people, "Đại học
Quốc gia Hà Nội" and "cao tốc Hà Nội - Viêng Chăn" are other names, "Chủ tịch Hồ Chí
Minh" is a person and "Washington và Hà Nội" are two states.  The word lists live in
``kg/data/cues.tsv``.
"""

from __future__ import annotations

import re

from . import cues
from .gazetteer import Gazetteer


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


# the province opens its clause and acts, alone or with a partner: "tỉnh X đã trao", "tỉnh X và tỉnh Y (Lào) đã ký kết"
_ACTS_AFTER = re.compile(r"\s+(?:(?:và|cùng)\s+[^,;.]{0,60}?\s+)?(?:đã|sẽ|đang|vừa|cũng|tiếp tục)\s")


def acts_after(text: str, end: int) -> bool:
    """The province named just before ``end`` opens its clause and acts ("tỉnh X đã trao", "tỉnh X và tỉnh Y đã ký")."""
    return bool(_ACTS_AFTER.match(text, end))


class PlaceContext:
    """Context tests on a name at ``text[start:end]``."""

    def __init__(self, gaz: Gazetteer, company_head: re.Pattern[str]) -> None:
        self.gaz = gaz
        self.company_head = company_head
        self.place_before = re.compile(rf"(?<!\w)(?:{cues.pattern('place_before').pattern})\s+(?:TP\.?\s*|thành phố\s+|tỉnh\s+)?$")
        self.facility_address = re.compile(
            rf"(?<!\w)(?:{cues.pattern('facility_head').pattern})\s[^,;.()]{{2,40}},\s*(?:TP\.?\s*|thành phố\s+|tỉnh\s+)?$")
        self.institution_head = cues.pattern("institution_head")
        capitals = cues.patterns("capital_metonym")
        self.vn_capital = capitals["vn"]
        self.capital_before = re.compile(rf"(?:{capitals['foreign'].pattern})\s*(?:và|với|[-–])\s*$")
        self.capital_after = re.compile(rf"\s*(?:và|với|[-–])\s*(?:{capitals['foreign'].pattern})(?!\w)")
        self.route_before = re.compile(rf"(?<!\w)(?:{cues.pattern('route_word').pattern})\s+$")
        self.route_end = re.compile(
            rf"(?<!\w)(?:{cues.pattern('route_word').pattern})\s+[^\s,;.]+(?:\s+[^\s,;.]+){{0,3}}?\s*[-–]\s*$")
        # "kéo dài tuyến metro số 1 đến Bình Dương, Đồng Nai": where a line is extended to, neither actor nor venue
        self.route_to = re.compile(rf"(?<!\w)(?:kéo dài|nối dài|mở rộng|nối)\s+(?:(?:{cues.pattern('route_word').pattern})"
                                   rf"[^,;.]{{0,30}}?\s+)?(?:đến|tới|lên|về|sang)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?"
                                   rf"(?:[^\s,;.]+(?:\s+[^\s,;.]+){{0,3}}\s*,\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?)?$")
        self.person_before = re.compile(rf"(?<!\w)(?:{cues.pattern('person_before').pattern})\s+$")
        self.title_rx = re.compile(rf"(?:{cues.pattern('foreign_title').pattern})\s+(?:nước\s+|Vương quốc\s+|Cộng hòa\s+)?$")

    def locative(self, text: str, start: int, end: int) -> bool:
        """"tại Hà Nội", "Văn phòng UNESCO Hà Nội", "(Cao Bằng, Việt Nam)", "Lạng Sơn - Hà Nội - Hải Phòng":
        the province is where, not who."""
        before = text[max(0, start - 25) : start]
        if re.search(r"(?<!\w)(tại|ở|qua|đến|từ|ngụ|ngụ tại|trú|trú tại|quê|thường trú|tạm trú|rời|rời khỏi|về tới|về đến|tới)\s+(TP\.?\s*|thành phố\s+|tỉnh\s+)?$",
                     before) or before.endswith("(") or re.search(r"(?<!\w)(?:rời|về tới|về đến|tới|tại|ở)\s+[Tt]hủ đô\s+$", before):
            return True
        if re.search(r"(?<!\w)(?:tại|ở|ngụ|trú|quê|về đến|về tới|đến|tới|rời)\s+[^,;.()\d]{2,30},\s*(?:TP\.?\s*|thành phố\s+|tỉnh\s+)?$",
                     text[max(0, start - 45) : start]) and not acts_after(text, end):
            return True  # an address: "ở Hà Đông, Hà Nội", "tại huyện Phú Tân, tỉnh An Giang"; not "Tại hội nghị ở
            # Seoul ngày 12/9, tỉnh Thái Nguyên đã trao ...", where the province opens its clause and acts
        if self.facility_address.search(text, max(0, start - 60), start):
            return True  # "Cảng quốc tế Cam Ranh, tỉnh Khánh Hòa đã đón ...": the port acts, the province is its address
        if self.place_before.search(before):
            return True  # "bờ biển Đà Nẵng", "nông dân Lâm Đồng": the place or its people, not its authorities
        if re.search(r"[-–]\s*$", before) and re.match(r"\s*[-–]", text[end : end + 3]):
            return True  # the middle of a route: "Lạng Sơn - Hà Nội - Hải Phòng"
        prev = re.search(r"(\w+) $", before)
        return bool(prev and (prev.group(1).isupper() or is_cap(prev.group(1)))
                    and prev.group(1) not in ("TP", "Tỉnh", "UBND", "HĐND", "MTTQ", "TAND", "VKSND", "CA"))

    def name_part(self, text: str, start: int, end: int) -> bool:
        """A province's name inside another name: a road or an institution, neither actor nor venue."""
        before = text[max(0, start - 25) : start]
        if self.route_before.search(before) and re.match(r"\s*[-–]\s*\w", text[end : end + 4]):
            return True  # the start of a route: "cao tốc Hà Nội - Viêng Chăn"
        if self.route_to.search(text, max(0, start - 90), start):
            return True  # the end of a line being extended: "kéo dài tuyến metro số 1 đến Bình Dương"
        if self.route_end.search(text, max(0, start - 50), start):
            return True  # the end of a route: "cao tốc Đà Nẵng- Quảng Ngãi"
        # "Đại học Quốc gia Hà Nội", "Bệnh viện Đa khoa tỉnh Quảng Nam": a body named after the place
        return self.in_institution_name(text, start)

    def state_by_capital(self, text: str, start: int, end: int) -> bool:
        """"Washington và Hà Nội", "Hà Nội - Bắc Kinh": a bare capital beside a foreign one stands for the state."""
        if not self.vn_capital.fullmatch(text, start, end) or re.search(
                r"(?:TP|Tp|[Tt]hành phố|[Tt]hủ đô|UBND|Thành ủy)\.?\s*$", text[max(0, start - 14) : start]):
            return False
        return bool(self.capital_before.search(text, max(0, start - 30), start) or self.capital_after.match(text, end))

    def personal_name(self, text: str, start: int) -> bool:
        """A province's name used as (part of) a person's name: after a title, a kinship word or a surname."""
        before = text[max(0, start - 40) : start]
        return bool(self.person_before.search(before) or self.title_rx.search(before))

    def vietnamese_address(self, text: str, end: int) -> bool:
        after = re.match(r"\s*,\s*(?:tỉnh|thành phố|TP\.?)\s*([^\s,.;()]+(?:\s[^\s,.;()]+){0,3})", text[end : end + 40])
        return bool(after and any(self.gaz.province_at([a.key for a in m.aliases], None)
                                  for m in self.gaz.find(after.group(1)) if m.start == 0))

    def in_company_name(self, text: str, start: int) -> bool:
        """The words since "Công ty"/"Tập đoàn" run on, unbroken by punctuation or a preposition, up to the name."""
        before = text[max(0, start - 80) : start]
        heads = list(self.company_head.finditer(before))
        if not heads:
            return False
        words = before[heads[-1].end() :].split()
        return len(words) <= 12 and not re.search(r"[,;()\[\]\-–:]", before[heads[-1].end() :]) and not any(
            w in ("với", "của", "tại", "ở", "cho", "từ", "thuộc", "nước") for w in words)

    def in_institution_name(self, text: str, start: int) -> bool:
        """The words since "Đại học", "Viện", "Bệnh viện", "Khách sạn" run on, unbroken, up to the name: the
        name is part of the institution's ("ĐH Quốc gia Seoul", "Khách sạn JW Marriott")."""
        before = text[max(0, start - 70) : start]
        heads = [h for h in self.institution_head.finditer(before) if not before.startswith(" trợ", h.end())]
        if not heads:
            return False
        rest = before[heads[-1].end() :]
        words = rest.split()
        return len(words) <= 10 and not re.search(r"[,;()\[\]:“”\"]", rest) and not any(
            w in ("với", "của", "tại", "ở", "cho", "từ", "thuộc", "và", "cùng", "giữa", "đến", "tới", "sang", "nước")
            for w in words)
