"""Dates, year periods and publication datelines in Vietnamese news text.

Vietnamese writes day before month ("22/1/2016", "ngày 22 tháng 1 năm
2016"), often drops the year ("Sáng 22/1") and names multi-year periods
("giai đoạn 2016-2020", "nhiệm kỳ 2020 - 2025").  Years that are not
written are taken from a reference date or year and flagged; without one
such a mention is skipped, never guessed.  Offsets are character offsets
into the given string.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

__all__ = [
    "DateMention",
    "PeriodMention",
    "find_dateline",
    "find_dates",
    "find_periods",
    "infer_year",
]


@dataclass(frozen=True)
class DateMention:
    """A date at day, month or year granularity.

    ``value`` is the ISO lexical form at that granularity ("2024-01-06",
    "2016-08", "2024").  The span includes the cue word that makes the
    numbers a date ("Sáng 22/1", "ngày 22/1/2016", "tháng 8/2016",
    "năm 2024"); a bare "10/7/2014" is spanned alone.
    """

    start: int
    end: int
    value: str
    granularity: str
    year_inferred: bool
    text: str


@dataclass(frozen=True)
class PeriodMention:
    """A span of whole years such as "giai đoạn 2016-2020".

    The span includes the cue words ("giai đoạn", "nhiệm kỳ", "thời kỳ",
    "từ năm") when present but not surrounding parentheses.
    """

    start: int
    end: int
    first_year: int
    last_year: int
    text: str


_F = re.IGNORECASE
_CUE = (r"(?:(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s+)?(?:ngày\s+)?"
        r"|ngày\s+)")
_END = r"(?![\w/]|[.,]\d)"  # the last number ends here: not "2016/QĐ", "2016.5"

# "ngày 22 tháng 1 năm 2016"; without a cue word only when the year is written.
_WORDED = re.compile(
    rf"(?<!\w)(?P<cue>{_CUE})?(?:(?P<d0>\d{{1,2}})\s*[-–]\s*)?(?P<d>\d{{1,2}})\s+tháng\s+"
    rf"(?P<m>\d{{1,2}})(?:\s*(?:,\s*)?năm\s+(?P<y>\d{{4}}))?{_END}", _F)
# the part every match of _WORDED holds: a quick test before it
_WORDED_CORE = re.compile(r"\d\s+tháng\s+\d", _F)
# "Sáng 22/1", "ngày 20 - 22/1", "từ ngày 10 đến 15/6", "ngày 22/1/2016", "ngày 15-4-2010".
_CUED_DM = re.compile(
    rf"(?<!\w)(?P<cue>{_CUE})(?:(?P<d0>\d{{1,2}})\s*(?:[-–]|đến(?:\s+ngày)?)\s*)?(?P<d>\d{{1,2}})(?P<sep>[/.-])"
    rf"(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}))?(?![\w/]|[-.,]\d)", _F)
# what follows a dotted day and month without a year ("Ngày 10.2, tại ...", "sáng 8.5 vừa qua", "(ngày 3.7)")
_DOTTED_DAY_END = re.compile(r"\s*(?:,|\)|(?:tại|vừa qua|qua|,)(?!\w))")
# A bare "10/7/2014" is always a date; "-" may follow ("28/8/1945-28/8/2015").
_BARE_DMY = re.compile(rf"(?<![\w/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}}){_END}")
# "sáng nay", "chiều qua", "hôm qua (4-6)": days counted from the publication date; a bare "hôm nay"
# is too often "these days" ("thành tựu ngày hôm nay") to be dated.
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?:rạng\s+)?(?:sáng|chiều|tối|trưa|đêm)\s+(?P<rel>nay|qua)|hôm\s+(?P<rel2>qua))"
    r"(?:\s*\((?P<d>\d{1,2})[/-](?P<m>\d{1,2})\))?(?!\w)", _F)
# "tháng 8/2016", "tháng 8 năm 2016", "tháng 8-2016".
_MONTH = re.compile(
    rf"(?<!\w)tháng\s+(?P<m>\d{{1,2}})\s*(?:[/.-]|,?\s*năm\s+)(?P<y>\d{{4}}){_END}", _F)
# "Tháng 4 vừa qua, ...", "trong tháng 7 vừa qua", "Tháng 11, thành phố ...": a month of the publication's year
_MONTH_BARE = re.compile(r"(?<![\w/.-])(?<!\d\s)tháng\s+(?P<m>\d{1,2})(?![\w/.-])(?=\s*(?:vừa qua|vừa rồi|,))", _F)
# "năm 2024", but not "năm 2016-2020" (a period).
_YEAR = re.compile(rf"(?<!\w)năm\s+(?P<y>\d{{4}}){_END}(?!\s*[-–—]\s*\d{{4}})", _F)

_PERIOD_CUED = re.compile(
    r"(?<!\w)(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|thời\s+gian|kế\s+hoạch|chiến\s+lược)\s+"
    r"(?:từ\s+)?(?:năm\s+)?(?P<a>\d{4})\s*(?:[-–—]|\s(?:đến|tới)\s)\s*(?:năm\s+)?"
    r"(?P<b>\d{4})(?![\w/]|[.,]\d)", _F)
_PERIOD_FROM = re.compile(
    r"(?<!\w)từ\s+(?:năm\s+)?(?P<a>\d{4})\s+(?:đến|tới)\s+(?:năm\s+)?(?P<b>\d{4})"
    r"(?![\w/]|[.,]\d)", _F)
_PERIOD_BARE = re.compile(
    r"(?<![\w/.,:–-])(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})(?![\w/]|[.,]\d|\s*[-–—]\s*\d)")

# the part every match of the three period patterns holds: a quick test before them
_PERIOD_CORE = re.compile(r"\d{4}\s*(?:[-–—]|\s(?:đến|tới)\s)\s*(?:năm\s+)?\d{4}", _F)

# Looking back from a "năm YYYY": the year is a target or a cut-off.
# "đến hết năm 2020" (a cumulative cut-off, usually past) is kept.
_TARGET_BEFORE = re.compile(r"(?<!\w)(?:đến|tới|trước|nhìn|kỳ|đoạn)\s*$", _F)

_WEEKDAY = r"(?:Thứ\s*(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+[Nn]hật|CN)"
_DMY = r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})(?!\d)"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_DATELINES = [
    re.compile(rf"{_WEEKDAY}\s*[,-]?\s*(?:ngày\s+)?{_DMY}", _F),
    re.compile(rf"(?:Cập\s+nhật|Ngày\s+đăng|Đăng\s+ngày|Đăng\s+lúc|Ngày\s+cập\s+nhật|"
               rf"Xuất\s+bản|Thời\s+gian\s+đăng)\s*(?:lúc|ngày)?\s*:?\s*"
               rf"(?:{_TIME}\s*(?:[,|-]|ngày)?\s*)?(?:ngày\s+)?{_DMY}", _F),
    re.compile(rf"(?<![\w/]){_DMY}\s*(?:[,|-]|lúc)?\s*{_TIME}", _F),
    re.compile(rf"{_TIME}\s*(?:[,|-]|ngày)?\s*{_DMY}", _F),
]
_DATELINE_WINDOW = 400


def _make_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _resolve_year(m: int, d: int, reference: datetime.date | None,
                  reference_year: int | None) -> int | None:
    """The year of a day/month written without one, or ``None``.

    With a reference (publication) date: its year, or the year before when
    the date would fall more than 30 days after the reference.  Otherwise
    ``reference_year``.  Otherwise nothing: a year is never invented.
    """
    if reference is not None:
        y = reference.year
        limit = reference + datetime.timedelta(days=30)
        if limit.year == y and (m, d) > (limit.month, limit.day):
            y -= 1  # compared as tuples so that an invalid 29/2 is judged, then dropped
        return y
    return reference_year


def _span_overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def find_dates(text: str, reference: datetime.date | None = None,
               reference_year: int | None = None) -> list[DateMention]:
    """Find day, month and year mentions in ``text``, in text order.

    Day forms need a cue word (ngày, sáng, chiều, tối, trưa, đêm, hôm) or a
    written year, so fractions and document numbers ("22-NQ/TW",
    "274/CTr-UBND") are not dates.  "ngày 20 - 22/1" yields the first day.
    Invalid dates ("31/2") are dropped.  Day/month without a year is
    resolved with ``reference`` or ``reference_year`` (``year_inferred`` is
    then True) and skipped when neither is given.  "sáng nay", "chiều qua"
    and "hôm qua" are counted back from ``reference`` (the publication date)
    and skipped without it; "hôm qua (4-6)" takes the day written.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: str, gran: str, inferred: bool) -> None:
        taken.append((s, e))
        found.append(DateMention(s, e, value, gran, inferred, text[s:e]))

    for pattern, needs_cue in ((_WORDED, True), (_CUED_DM, True), (_BARE_DMY, False)):
        if pattern is _WORDED and not _WORDED_CORE.search(text):
            continue  # no "22 tháng 1" anywhere: the slow pattern (its cue is optional) cannot match
        for mt in pattern.finditer(text):
            s, e = mt.span()
            if _span_overlaps(taken, s, e):
                continue
            y_txt = mt.group("y")
            if needs_cue and not (mt.group("cue") or y_txt):
                continue
            if "sep" in mt.groupdict() and mt.group("sep") == "." and not y_txt and not _DOTTED_DAY_END.match(text, e):
                continue  # "mỗi ngày 1.5 tấn" is no date; "Ngày 10.2, tại Hà Nội", "chiều 8.5 vừa qua" are
            m = int(mt.group("m"))
            d0 = mt.groupdict().get("d0")
            d = int(d0 or mt.group("d"))
            if d0 and d >= int(mt.group("d")):
                continue
            inferred = y_txt is None
            y = int(y_txt) if y_txt else _resolve_year(m, d, reference, reference_year)
            if y is None or _make_date(y, m, d) is None or not 1000 <= y <= 2999:
                continue
            add(s, e, f"{y:04d}-{m:02d}-{d:02d}", "day", inferred)
    for mt in _RELATIVE.finditer(text):
        s, e = mt.span()
        if _span_overlaps(taken, s, e):
            continue
        if mt.group("d"):
            m, d = int(mt.group("m")), int(mt.group("d"))
            y = _resolve_year(m, d, reference, reference_year)
            day = _make_date(y, m, d) if y is not None else None
        elif reference is not None:
            day = reference - datetime.timedelta(days=0 if (mt.group("rel") or "").lower() == "nay" else 1)
        else:
            day = None
        if day is not None:
            add(s, e, day.isoformat(), "day", True)
    for mt in _MONTH.finditer(text):
        s, e = mt.span()
        m, y = int(mt.group("m")), int(mt.group("y"))
        if 1 <= m <= 12 and 1000 <= y <= 2999 and not _span_overlaps(taken, s, e):
            add(s, e, f"{y:04d}-{m:02d}", "month", False)
    for mt in _MONTH_BARE.finditer(text):
        s, e = mt.span()
        m = int(mt.group("m"))
        y_bare = _resolve_year(m, 1, reference, reference_year) if 1 <= m <= 12 else None
        if y_bare is not None and not _span_overlaps(taken, s, e):
            add(s, e, f"{y_bare:04d}-{m:02d}", "month", True)
    for mt in _YEAR.finditer(text):
        s, e = mt.span()
        y = int(mt.group("y"))
        if 1000 <= y <= 2999 and not _span_overlaps(taken, s, e):
            add(s, e, f"{y:04d}", "year", False)
    found.sort(key=lambda x: (x.start, x.end))
    return found


def find_periods(text: str) -> list[PeriodMention]:
    """Find multi-year periods, in text order.

    Forms: "giai đoạn 2016-2020", "giai đoạn 2011 – 2015", "nhiệm kỳ
    2020 - 2025", "thời kỳ 2021 - 2030", "từ năm 2014 đến (năm) 2020" and a
    bare "2005-2015" / "(2016-2021)" / "2021 - 2030".  After a cue word a
    period may last up to 100 years; a bare one needs
    1900 < first < last < 2100 and at most 30 years.
    """
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    if not _PERIOD_CORE.search(text):
        return found  # no "2016-2020" or "2014 đến 2020" anywhere: none of the three patterns can match
    for pattern, max_len in ((_PERIOD_CUED, 100), (_PERIOD_FROM, 100), (_PERIOD_BARE, 30)):
        for mt in pattern.finditer(text):
            s, e = mt.span()
            a, b = int(mt.group("a")), int(mt.group("b"))
            if not (1900 < a < b < 2100 and b - a <= max_len):
                continue
            if _span_overlaps(taken, s, e):
                continue
            taken.append((s, e))
            found.append(PeriodMention(s, e, a, b, text[s:e]))
    found.sort(key=lambda x: (x.start, x.end))
    return found


def find_dateline(text: str) -> datetime.date | None:
    """The publication date from page furniture near the start of ``text``.

    Looks only at the first 400 characters for a weekday dateline
    ("Thứ Ba, 30/04/2024 11:26", also glued as "ClockThứ Ba, ..."), a
    labelled one ("Cập nhật: 22/01/2021 14:30", "Ngày đăng: 22/01/2021")
    or a date next to a clock time ("30/04/2024 11:26", "10:15 06/01/2025").
    Returns the earliest valid one, or ``None``.
    """
    head = text[:_DATELINE_WINDOW]
    best: tuple[int, datetime.date] | None = None
    for pattern in _DATELINES:
        for mt in pattern.finditer(head):
            d = _make_date(int(mt.group("y")), int(mt.group("m")), int(mt.group("d")))
            if d is not None and (best is None or mt.start() < best[0]):
                best = (mt.start(), d)
                break
    return best[1] if best else None


def infer_year(text: str) -> int | None:
    """The year an undated article was most probably written, or ``None``.

    The largest year in 1990..2035 written as "năm YYYY", "tháng M/YYYY" or
    a full date, leaving out years inside periods ("giai đoạn 2021-2025",
    "nhiệm kỳ ...") and targets ("đến năm 2030", "tới năm", "trước năm",
    "tầm nhìn đến năm 2050"); "đến hết năm 2020" still counts.  A bare year in
    the first 300 characters (title and lead: "APEC 2017") counts too.
    """
    found_periods = find_periods(text)
    periods = [(p.start, p.end) for p in found_periods]
    years: list[int] = []
    mentions = find_dates(text)
    for dm in mentions:
        if _span_overlaps(periods, dm.start, dm.end):
            continue
        if _TARGET_BEFORE.search(text, max(0, dm.start - 20), dm.start) or _future_clause(text, dm.start, dm.end):
            continue
        y = int(dm.value[:4])
        if 1990 <= y <= 2035:
            years.append(y)
    # a span already lived through: a season or school year ("mùa khô năm 2016-2017"), or a count "từ năm 1999
    # đến 2016" that no plan word opens; a plan's period ("giai đoạn 2016-2020") says nothing of the present
    for p in found_periods:
        if (p.last_year - p.first_year == 1 or _PERIOD_FROM.match(p.text)) and not _future_clause(text, p.start, p.end) \
                and 1990 <= p.last_year <= 2035:
            years.append(p.last_year)
    # a title's or lead's bare year names the current edition: "APEC 2017", "Festival Huế 2016"
    for mt in _HEAD_YEAR.finditer(text, 0, min(len(text), _HEAD_CHARS)):
        if not _span_overlaps(periods + [(d.start, d.end) for d in mentions], mt.start(), mt.end()) \
                and not _TARGET_BEFORE.search(text, max(0, mt.start() - 20), mt.start()):
            y = int(mt.group(1))
            if 1990 <= y <= 2035:
                years.append(y)
    return max(years) if years else None


_HEAD_CHARS = 300
# a clause about what is still to come: "sẽ bắt đầu hoạt động vào năm 2021", "Năm 2018, hội sẽ phối hợp ..."
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|phấn đấu|hướng tới|tầm nhìn)(?!\w)", _F)
_CLAUSE_EDGE = re.compile(r"[,;.!?\n]")
_LONE_YEAR_END = re.compile(r"\s*,")


def _future_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of the future."""
    lo = max(0, start - 80)
    edge = max(text.rfind(c, lo, start) for c in ",;.!?\n")
    opens = edge + 1 if edge >= 0 else lo
    # "Năm 2018, hội sẽ ...": a year that opens its clause alone belongs to the clause after its comma
    alone = text[opens:start].strip(" -–(").lower() in ("", "năm", "trong năm", "sang năm")
    lone = _LONE_YEAR_END.match(text, end) if alone else None
    after = _CLAUSE_EDGE.search(text, lone.end() if lone else end, min(len(text), end + 80))
    return bool(_FUTURE.search(text, opens, after.start() if after else min(len(text), end + 80)))


_HEAD_YEAR = re.compile(r"(?<![\w/.,:–-])((?:19|20)\d\d)(?![\w/]|[.,]\d|\s*[-–]\s*\d)")
