"""Money amounts, counts and percentages in Vietnamese news text.

Vietnamese writes "." to group thousands and "," as the decimal mark
("10.206,452 tỷ đồng"), puts the scale word after the number
("2,4 tỷ USD") and often prefixes a qualifier ("ước đạt", "trên", "gần").
:func:`find_quantities` returns only numbers that are followed by a known
scale word, currency or counting word; bare numbers, years, dates, legal
document numbers ("22-NQ/TW", "274/CTr-UBND"), road numbers and ordinals
are not quantities.  Offsets are character offsets into the given string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Quantity", "find_quantities", "parse_number"]


@dataclass(frozen=True)
class Quantity:
    """One quantity expression found in a text.

    ``start``/``end`` span the whole expression: qualifier word, number(s),
    scale word and unit.  ``value`` is in base units (``"2,4 tỷ USD"`` ->
    ``Decimal("2400000000")``); for a range it is the low end and ``high``
    the high end, otherwise ``high`` is ``None``.  ``unit`` is a currency
    code (USD, VND, EUR, JPY, KRW, CNY, LAK, THB), a count noun (person,
    project, delegation, visit, agreement, organisation), ``km``,
    ``percent``, or ``""`` for a number that has only a scale word.
    """

    start: int
    end: int
    value: Decimal
    high: Decimal | None
    unit: str
    qualifier: str | None
    text: str


# --- numbers ---------------------------------------------------------------

_VI_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_EN_DECIMAL = re.compile(r"\d+\.\d{1,2}")
_PLAIN = re.compile(r"\d+(?:,\d+)?")


def parse_number(s: str) -> Decimal | None:
    """Parse one Vietnamese-formatted number; ``None`` if it is not one.

    "10.206,452" -> 10206.452, "3.009.681" -> 3009681, "2,4" -> 2.4,
    "02" -> 2.  A single "." followed by one or two digits is read as an
    English decimal point ("2.5" -> 2.5); "1,234,567" (two or more comma
    groups) as English thousands grouping.
    """
    s = s.strip()
    if _VI_GROUPED.fullmatch(s) or _PLAIN.fullmatch(s):
        canon = s.replace(".", "").replace(",", ".")
    elif _EN_GROUPED.fullmatch(s):
        canon = s.replace(",", "")
    elif _EN_DECIMAL.fullmatch(s):
        canon = s
    else:
        return None
    try:
        return Decimal(canon)
    except InvalidOperation:  # pragma: no cover - the patterns above prevent it
        return None


# A number token.  It may not touch a letter, digit or "." "," ":" on the
# left, nor a letter + "-" ("NQ-22"), nor a digit + "/" ("10/7/2014"); on the
# right it may not touch a letter or digit, nor continue as ".5", "/2014",
# "/CTr", ":26" or "-NQ".
_NUM = re.compile(
    r"(?<![\w.,:])(?<!\d/)(?<![^\W\d_][-–])"
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+\.\d{1,2}|\d+(?:,\d+)?)"
    r"(?!(?!km(?!\w))\w|[.,]\d|[/:]\S|[-–][^\W\d_])"
)

_SCALE = re.compile(
    r"\s*(?P<scale>(?:nghìn|ngàn)\s+t[ỷỉ]|nghìn|ngàn|triệu|t[ỷỉ])"
    r"(?!\w)(?!\s+(?:lệ|trọng)\b)",
    re.IGNORECASE,
)
_SCALE_VALUES = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}

# (pattern, unit), ordered so that longer forms win.
_UNIT_SPECS: list[tuple[str, str]] = [
    (r"đô[\s-]?la(?:\s+Mỹ)?|USD|US\$", "USD"),
    (r"VNĐ|VND|(?-i:đồng)(?!\s+(?:chí|bào|thời|ý|hành|minh|nghiệp|bộ|đều|loạt"
     r"|tâm|lòng|chủ|sở|cảm|tình|hương|nghĩa|bằng|ruộng|dạng|phục|ca|diễn"
     r"|thuận|môn|khởi|niên|đội|nhất|vọng|tổ|hồ|xanh|quê)\b)", "VND"),
    (r"EUR|euro|Ơ-rô", "EUR"),
    (r"(?-i:[yY]ên\s+Nhật|yên)(?!\s+(?:tâm|ổn|bình|lặng|vui|ả)\b)", "JPY"),
    (r"won", "KRW"),
    (r"nhân\s+dân\s+tệ|NDT", "CNY"),
    (r"kíp", "LAK"),
    (r"baht|bạt", "THB"),
    (r"lượt(?:\s+(?:người|khách(?!\s+(?:quốc\s+tế|nước\s+ngoài))))?", "visit"),
    (r"người(?:\s+lao\s+động)?|lao\s+động|thực\s+tập\s+sinh|tu\s+nghiệp\s+sinh", "person"),
    (r"(?:chương\s+trình,?\s+)?dự\s+án", "project"),
    (r"đoàn(?!\s+(?:viên|thể|kết)\b)", "delegation"),
    (r"th[ỏo][aả]\s+thuận", "agreement"),
    (r"tổ\s+chức", "organisation"),
    (r"km(?!²)|ki-?lô-?mét", "km"),
    (r"%|phần\s+trăm", "percent"),
]
_UNIT = re.compile(
    r"\s*(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(_UNIT_SPECS)) + r")(?![\w²])",
    re.IGNORECASE,
)

_QUALIFIERS: list[tuple[str, str]] = [
    ("ước đạt", "estimate"), ("ước tính", "estimate"), ("ước", "estimate"),
    ("lên tới", "up_to"), ("lên đến", "up_to"),
    ("dự kiến", "planned"), ("kế hoạch", "planned"), ("mục tiêu", "planned"),
    ("ít nhất", "at_least"), ("tối thiểu", "at_least"),
    ("xấp xỉ", "about"), ("khoảng", "about"), ("chừng", "about"),
    ("trên", "more_than"), ("hơn", "more_than"), ("gần", "nearly"),
]
_QUAL = re.compile(
    r"(?<!\w)(?P<q>" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q, _ in _QUALIFIERS)
    + r")\s+(?P<tu>từ\s+)?$",
    re.IGNORECASE,
)
_QUAL_KIND = dict(_QUALIFIERS)
_FROM = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)

_RANGE_SEP = re.compile(r"\s*[-–—]\s*|\s+(?:đến|tới)\s+", re.IGNORECASE)

# Words that, right before a number, make it a date, year, ordinal, road,
# document or article number rather than an amount.
_BLOCKING_WORDS = frozenset(
    ["năm", "tháng", "ngày", "đường", "lộ", "thứ", "khóa", "khoá", "điều", "kỳ", "quý", "đoạn", "kỷ", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "lúc", "khoản", "chương", "phiên", "quyết", "thị", "định", "pháp", "mã", "phòng", "tầng", "hạng"]
)
_PREV_WORD = re.compile(r"(\w+)\W{0,2}$")
_PREV_TWO = re.compile(r"(\w+)\s+(\w+)\s*$")


@dataclass(frozen=True)
class _Tail:
    end: int
    exponent: int
    has_scale: bool
    unit: str | None


def _read_tail(text: str, pos: int) -> _Tail | None:
    """Read an optional scale word and optional unit starting at ``pos``."""
    exponent, has_scale, end, unit = 0, False, pos, None
    m = _SCALE.match(text, pos)
    if m:
        words = m.group("scale").lower().split()
        exponent = sum(_SCALE_VALUES[w] for w in words)
        has_scale, end = True, m.end()
    u = _UNIT.match(text, end)
    if u:
        idx = int((u.lastgroup or "u0")[1:])
        unit, end = _UNIT_SPECS[idx][1], u.end()
    if not has_scale and unit is None:
        return None
    return _Tail(end, exponent, has_scale, unit)


def _is_blocked(text: str, start: int) -> bool:
    """True when the word before ``start`` marks a non-quantity number."""
    before = text[max(0, start - 40):start]
    m = _PREV_WORD.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _BLOCKING_WORDS:
        two = _PREV_TWO.search(before)  # "Hoa Kỳ 2 tỷ USD" is not "nhiệm kỳ 2020"
        return not (word == "kỳ" and two and two.group(1).lower() == "hoa")
    if word == "số":  # "số 41-CT/TW", but "tổng số 64 dự án" is a count
        two = _PREV_TWO.search(before)
        return not (two and two.group(1).lower() == "tổng")
    return False


def _scaled(v: Decimal, exponent: int) -> Decimal:
    return (v.scaleb(exponent)).normalize() if exponent else v


def _plain_decimal(v: Decimal) -> Decimal:
    """Drop exponent notation so that 2.4E+9 compares and prints as 2400000000."""
    v = v.normalize()
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v


def find_quantities(text: str) -> list[Quantity]:
    """Find quantities (money, counts, km, percentages) in ``text``.

    Handles Vietnamese number formats, scale words (nghìn/ngàn, triệu,
    tỷ/tỉ, nghìn tỷ), currencies, counting words, qualifiers in front
    ("trên", "gần", "ước đạt", ...) and ranges ("150 đến 180 triệu USD",
    "2-3 tỷ USD", "từ 2 đến 3 tỷ USD"), where the scale and unit after the
    second number also apply to the first.  Results are in text order.
    """
    tokens = list(_NUM.finditer(text))
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _is_blocked(text, tok.start()):
            i += 1
            # "giai đoạn 2016-2020": the second year is blocked with the first
            sep = _RANGE_SEP.match(text, tok.end())
            if i < len(tokens) and sep and sep.end() == tokens[i].start():
                i += 1
            continue
        low = parse_number(tok.group())
        if low is None:
            i += 1
            continue
        found = None
        # A range: NUM [scale] SEP NUM tail
        if i + 1 < len(tokens):
            nxt = tokens[i + 1]
            own = _SCALE.match(text, tok.end())
            sep_at = own.end() if own else tok.end()
            sep = _RANGE_SEP.match(text, sep_at)
            high = parse_number(nxt.group())
            if sep and sep.end() == nxt.start() and high is not None:
                tail = _read_tail(text, nxt.end())
                if tail is not None:
                    low_exp = tail.exponent
                    if own:
                        low_exp = sum(_SCALE_VALUES[w] for w in own.group("scale").lower().split())
                    lo, hi = _scaled(low, low_exp), _scaled(high, tail.exponent)
                    if lo < hi:
                        found = (lo, hi, tail, True)
                        i += 1
        if found is None:
            tail = _read_tail(text, tok.end())
            if tail is not None:
                found = (_scaled(low, tail.exponent), None, tail, False)  # type: ignore[assignment]
        i += 1
        if found is None:
            continue
        value, high_v, tail, is_range = found
        if tail.unit == "VND" and not tail.has_scale and value < 1000 and high_v is None:
            continue  # "24 đồng" without a scale is almost never money here
        start = tok.start()
        qualifier = None
        q = _QUAL.search(text, max(0, start - 30), start)
        if q:
            qualifier = _QUAL_KIND[" ".join(q.group("q").lower().split())]
            start = q.start()
        elif is_range:
            f = _FROM.search(text, max(0, start - 10), start)
            if f:
                start = f.start()
        out.append(
            Quantity(
                start=start,
                end=tail.end,
                value=_plain_decimal(value),
                high=_plain_decimal(high_v) if high_v is not None else None,
                unit=tail.unit or "",
                qualifier=qualifier,
                text=text[start:tail.end],
            )
        )
    return out
