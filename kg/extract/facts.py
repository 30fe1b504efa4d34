"""Events and indicators of one article (the sentence scoping is in kg.extract).

An event is a sentence that reports something happening (a reception,
talks, a signing, a conference, an award ...) with a date or a foreign
participant.  An indicator is a quantity ("2,4 tỷ USD", "64 dự án") whose
sentence names what it measures (export, FDI, ODA ...); its scope is the
province, an economic zone of it, or Vietnam for national figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..dates import find_dates, find_periods
from ..model import Agreement, Article, Event, Indicator, Partnership
from . import cues
from .clauses import AT_THE_EVENT
from .quantities import find_quantities

if TYPE_CHECKING:  # pragma: no cover
    from .document import RefYear, Sentence
    from .extractor import Extractor

_EVENT_LABEL = 90
_COMPARISON = re.compile(r"(so với|gấp|lần|bằng)\s[^,;]{0,20}$")
_MONEY = {"USD", "VND", "EUR", "JPY", "KRW", "CNY", "LAK", "THB"}
_YEAR = re.compile(r"(?<!\w)[Nn]ăm (\d{4})(?!\d)")
_CUE_AFTER_SUM = re.compile(r"\s*(?:vốn\s+)?(?=\S)")  # "2,15 tỷ USD vốn đầu tư nước ngoài"
_CAPITAL = re.compile(r"(?<!\w)(?:vốn|đạt|trị giá)(?!\w)")  # the figure goes on: "...; 5 tháng đầu năm đạt 3,8 tỷ USD"
_INVESTED = re.compile(r"(?<!\w)(?:vốn đầu tư|đầu tư đăng ký|nhà đầu tư|đối tác đầu tư)(?!\w)")
_RANKING = re.compile(r"(?<!\w)(?:đứng thứ|đứng vị trí|đứng đầu|xếp thứ|dẫn đầu)(?!\w)")
_ZONE_NAME = re.compile(r"\s+((?:[A-ZĐÀ-Ỹ][\w]*\s?){1,3})")


def _dates_outside_ranges(chunk: str, ref, ref_year):
    dates = find_dates(chunk, reference=ref, reference_year=ref_year)
    out = []
    for d in dates:
        after = chunk[d.end : d.end + 3]
        before = chunk[max(0, d.start - 2) : d.start]
        if re.match(r"\s*[-–]\s*\d", after) or re.search(r"[-–]\s*$", before):
            continue  # "28/8/1945-28/8/2015" is an anniversary range, not the day of the event
        out.append(d)
    return out


# "Cùng ngày, ...", "Trong cùng ngày": the sentence's event is on the day the article named last
_SAME_DAY = re.compile(r"[\W]*(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)\s+)?(?:[Cc]ũng\s+)?(?:[Cc]ùng ngày|[Tt]rong (?:cùng )?ngày|[Cc]ũng trong ngày)(?:\s+(?:hôm nay|này))?(?!\s*\d)(?!\w)")
# "từ ngày 18 đến 23/5", "trong 2 ngày 18 và 19/11": a trip's span, whose first day is not a signing's
_SPAN = re.compile(r"(?<!\w)(?:từ(?: ngày)?\s+\d{1,2}(?:/\d{1,2})?\s*(?:đến|tới|-|–)|trong \d+ ngày|\d{1,2} và \d{1,2}/\d)")
_AWARD = cues.patterns("event")["award"]
_SIGNS = cues.patterns("event")["signing"]
# a gift handed over at the day's meeting, not support promised or a project funded
_HANDS_OVER = re.compile(r"(?<!\w)(?:trao tặng|bàn giao|tặng|trao(?! đổi))(?!\w)")
_SINCE = re.compile(r"(?<!\w)(?:kể từ|từ)\s+(?:ngày\s+)?$")
_REPLACES = re.compile(r"(?<!\w)(?:thay thế|thay cho)(?!\w)")
_UNTIL = re.compile(r"\s(?:đến|tới|[-–])\s")  # "từ ngày 15 đến 20/4": a span, whose first day is the event's
_DAY_WORD = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|(?<!\w)(?:ngày|hôm qua|hôm nay|sáng nay|chiều nay|tối nay)(?!\w)")


def _last_day(chunk: str, article: Article, year: int | None):
    """The last full day a sentence names, if any (a sentence that names no event still sets the day)."""
    days = [d for d in _dates_outside_ranges(chunk, article.date, year) if d.granularity == "day"
            and (not year or int(d.value[:4]) >= year - 1)]
    return days[-1] if days else None


def article_events(
    ex: Extractor, article: Article, sents: list[Sentence], ref_year: RefYear, partnerships: Sequence[Partnership] = (),
    agreements: Sequence[Agreement] = (),
) -> list[Event]:
    """The dated events of the article's foreign relations: per province and day, the day's meeting and the acts
    beside it.

    Only a province with a partner in this article has events: a date in a sentence that names an event
    ("tiếp", "ký kết", "hội nghị" ...) and where the province acts or one of its partners is named.  A
    sentence of the same paragraph that names the event again without a date ("Tại buổi lễ, hai bên ký
    ...") adds its participants and, for a signing, its kind to that day's event.  An agreement signed, or an
    award given, in the sentences of a day's talks, reception or visit ("hội đàm và ký kết biên bản ghi nhớ", "Tại
    buổi tiếp, hai bên đã ký ...") is an event of its own beside it.
    """
    text = article.text
    partners_of: dict[str, list[str]] = {}
    for p in partnerships:
        partners_of.setdefault(p.province, [])
        if p.partner not in partners_of[p.province]:
            partners_of[p.province].append(p.partner)
    if not partners_of:
        return []
    signed: dict[tuple[str, str], list[str]] = {}  # (province, sentence) -> the partners it signed with there
    for a in agreements:
        if a.status == "signed":
            signed.setdefault((a.province, a.evidence.sentence), []).extend(a.partners)
    year = ref_year.get()
    found: dict[tuple[str, str, str], dict] = {}  # (province, day, "" or the act beside the day's meeting) -> event
    last: dict[tuple[str, int], tuple[str, str, str]] = {}  # (province, paragraph) -> the day's event last dated there
    latest: dict[str, tuple[str, str, str]] = {}  # province -> its event last dated anywhere
    day_before = None  # the last day the article named, for "Cùng ngày, ..."
    for sent in sents:
        chunk = text[sent.start : sent.end]
        kind = cues.leftmost_value("event", chunk)  # "Chiều 22/6, ông A đã tiếp ... đang thăm" is a reception
        if kind is None:
            if _DAY_WORD.search(chunk):
                day_before = _last_day(chunk, article, year) or day_before
            continue
        here = [k for _s, _e, k in sent.found.partners]
        provinces = [p for p in partners_of if p in sent.actors or p in sent.named or any(k in here for k in partners_of[p])]
        written = _dates_outside_ranges(chunk, article.date, year)
        # "hợp nhất từ ngày 1-7-2025": a day something runs from is no event's day
        dates = [d for d in written if d.granularity != "year" and not (d.granularity == "day" and _SINCE.search(
            chunk, max(0, d.start - 12), d.start) and not _UNTIL.search(chunk, d.start, d.end + 4))]
        if year:  # "ngày 21/6/1925" recalled in a 2017 article is history, not this article's event
            # nor "tháng 3/2019", a plan; but a signing the article ties to its partner keeps its day or month
            # ("từ tháng 6/2022, khi UBND tỉnh và chính quyền huyện Boeun ký biên bản ghi nhớ")
            past = kind == "signing" and any((p, chunk.strip()) in signed for p in partners_of)
            dates = [d for d in dates if year - 1 <= int(d.value[:4]) <= year
                     or (past and year - 10 <= int(d.value[:4]) < year)]
        if not dates and day_before is not None and _SAME_DAY.match(chunk):
            dates = [day_before]  # "Cùng ngày, tại Quảng Ninh đã diễn ra hội đàm ...": the day last named
        day_before = next((d for d in reversed(dates) if d.granularity == "day"), day_before)
        at_event = bool(AT_THE_EVENT.match(chunk))  # "Tại hội nghị, ...", "Kết thúc hội đàm, ..."
        doc_type = cues.first_value("agreement_type", chunk)
        if not provinces and not dates and len(latest) == 1 and at_event:
            provinces = list(latest)  # "Kết thúc hội đàm, đồng chí A và đồng chí B đã ký ...": the one province's day
        if not provinces and dates and kind == "signing" and doc_type:
            # "Chiều 25/9, các trưởng đoàn đã ký Biên bản Hội nghị": each province of the meeting just told of
            provinces = [p for p, key in latest.items() if found[key]["sent"].paragraph >= sent.paragraph - 3]
        if not provinces:
            continue
        # a sentence that names an earlier year ("đã ký kết năm 2019") or a span ("từ ngày 18 đến 23/5") speaks of
        # another time than the day's; the year of the day, or of the article, does not ("Biên bản hội đàm năm 2023")
        # nor does the year of a document the day's replaces ("thay thế văn bản mà tỉnh Bình Thuận (cũ) đã ký năm 2023")
        replaced = _REPLACES.search(chunk)
        other_time = _SPAN.search(chunk) or any(
            d.granularity != "day" and (d.value[:4] < dates[0].value[:4] if dates else d.value[:4] != str(year))
            for d in written if not replaced or d.start < replaced.start())
        awarded = not other_time and _AWARD.search(chunk)
        # "Tại buổi làm việc, hai bên đã ký Biên bản ...": a signing the agreements did not tie to a partner
        signs_here = not other_time and _SIGNS.search(chunk) and cues.last_act("status", chunk) == "signed" and doc_type
        for province in provinces:
            participants = [k for k in dict.fromkeys(here) if k in partners_of[province]]
            signers = [] if other_time else signed.get((province, chunk.strip()), [])
            if (province, sent.paragraph) not in last and province in latest and at_event:
                last[(province, sent.paragraph)] = latest[province]  # "Dịp này, ...", "Tại hội nghị, ...": that day's
            if dates:
                key = (province, dates[0].value, "")
                if key in found and kind != found[key]["kind"] and participants and not set(participants) & set(
                        found[key]["participants"]):
                    key = (province, dates[0].value, kind)  # "Cũng trong chiều 14/3, ... tiếp đoàn tỉnh X": another
                last[(province, sent.paragraph)] = latest[province] = key
                if key not in found:
                    found[key] = {"kind": kind, "participants": [], "label": _label(chunk), "sent": sent,
                                  "date": dates[0]}
            elif (province, sent.paragraph) in last and last[(province, sent.paragraph)] in found:
                key = last[(province, sent.paragraph)]
                if kind == "signing" and not signers and not other_time:
                    found[key]["kind"] = kind
            else:
                continue
            ev = found[key]
            ev["participants"].extend(k for k in participants if k not in ev["participants"])
            if not signers and signs_here:
                signers = participants or ev["participants"][:1]
            handed: list[str] = []
            if kind == "aid_handover" and not other_time and not dates and _HANDS_OVER.search(chunk):
                # "Nhân dịp này, tỉnh trao tặng ...": to the guests
                handed = participants or (ev["participants"][:1] if at_event else [])
            for act, who in (("signing", signers), ("award", participants if awarded else []), ("aid_handover", handed)):
                if who and ev["kind"] != act:
                    beside = found.setdefault((province, key[1], act), {
                        "kind": act, "participants": [], "label": _label(chunk), "sent": sent, "date": ev["date"]})
                    beside["participants"].extend(k for k in who if k not in beside["participants"])
    events = []
    for (province, _day, _act), ev in found.items():
        kept = tuple(ev["participants"]) or tuple(partners_of[province][:3])
        sent, date = ev["sent"], ev["date"]
        place = None
        if kept and kept[0].startswith(("country/", "place/")):
            first = min((s for s, _e, k in sent.found.partners if k == kept[0]), default=None)
            if first is not None and _AT_PLACE.search(text, sent.start, first):
                place = kept[0]
        events.append(Event(
            province=province,
            # the province's visit to a place abroad ("thăm và làm việc tại tỉnh Gyeonggi"): its delegation abroad
            kind="delegation_abroad" if ev["kind"] == "visit" and place else ev["kind"],
            label=ev["label"],
            evidence=ex.evidence(article, sent.start, sent.end),
            participants=kept,
            place=place,
            date=date.value,
            date_inferred=date.year_inferred,
        ))
    return events


def _label(chunk: str) -> str:
    label = re.sub(r"\s+", " ", chunk.strip())
    return label[:_EVENT_LABEL].rsplit(" ", 1)[0] + " …" if len(label) > _EVENT_LABEL else label


# investment from abroad into the country, the investor named between: "vốn đăng ký đầu tư của Ấn Độ vào Việt Nam
# đạt 722 triệu USD", "285 dự án của Đức tại Việt Nam"
_INVESTED_INTO = re.compile(r"(?<!\w)đầu tư(?!\w)[^,;.]{0,40}?(?<!\w)(?:vào|tại) Việt Nam(?!\w)[^,;.]{0,40}$")
#: investment into Việt Nam anywhere in a sentence (the build's gate asks it too)
INTO_VIETNAM = re.compile(r"(?<!\w)(?:đầu tư|dự án)(?!\w)[^,;.]{0,40}?(?<!\w)(?:vào|tại) Việt Nam(?!\w)")
_PROJECTS_IN = re.compile(r"\s*(?:dự án(?!\w))?[^,;.\d]{0,30}?(?<!\w)tại Việt Nam(?!\w)")
# "tại tỉnh Gyeonggi", "sang Nhật Bản": the place abroad where the event is held
_AT_PLACE = re.compile(r"(?<!\w)(?:tại|ở|sang)\s+(?:(?:tỉnh|thành phố|TP\.?|bang|thủ đô|nước|vùng)\s+)?$")
# trade between Việt Nam and another country: "kim ngạch thương mại Việt Nam – Hàn Quốc", "giữa Việt Nam và Lào"
_BILATERAL = re.compile(r"(?<!\w)Việt Nam\s*(?:[-–]|và|với)\s*[A-ZĐÀ-Ỹ]")
_TRADE = {"trade_value", "export_value", "import_value"}
_DELEGATION_MEMBERS = re.compile(r"(?<!\w)đoàn\s+(?:với|gồm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_DOMAIN_OF = {"fdi_projects": "fdi", "fdi_capital": "fdi", "oda_projects": "oda", "oda_capital": "oda",
              "ngo_aid": "ngo", "ngo_count": "ngo"}


def _indicator_type(window: str, after: str, unit: str, carried: str | None = None) -> str | None:
    """What a quantity measures: the cue right after a count ("64 dự án FDI") or right after a sum
    ("2,15 tỷ USD vốn đầu tư nước ngoài"), else the nearest before, else ``carried``: the domain of the
    figure just before in the same clause ("370 dự án FDI với vốn đăng ký 3,49 tỷ USD")."""
    money = unit in _MONEY
    if unit == "agreement":
        return "agreements_signed"  # "ký kết 170 thỏa thuận hợp tác": the unit says what it counts
    domain = None
    tail = re.split(r"[,;]|\d", after, maxsplit=1)[0]
    if money:  # a sum is measured by a cue that follows it at once, not by one further on
        m = _CUE_AFTER_SUM.match(tail)
        tail = tail[m.end() :] if m else ""
        cue = cues.any_pattern("indicator").match(tail)
        tail = cue.group() if cue else ""
    if cues.pattern("indicator_domestic").match(tail.lstrip()):
        return None  # "451 dự án đầu tư trong nước" after "301 dự án đầu tư nước ngoài"
    domain = cues.leftmost_value("indicator", tail) if tail else None
    domain = domain or cues.last_value("indicator", window)
    if domain is None and carried and len(window) <= 60 and _CAPITAL.search(window):
        domain = carried
    if domain is None:
        return None
    if domain in ("fdi", "oda", "ngo"):
        if unit == "project":
            return f"{domain}_projects"
        if money:
            return {"fdi": "fdi_capital", "oda": "oda_capital", "ngo": "ngo_aid"}[domain]
        if unit == "organisation" and domain == "ngo":
            return "ngo_count"
        return None
    if domain in ("trade_value", "export_value", "import_value", "remittances"):
        return domain if money else None
    if domain == "workers_abroad":
        return domain if unit == "person" else None
    if domain == "foreign_visitors":
        return domain if unit in ("visit", "person") else None
    if domain in ("delegations_out", "delegations_in"):
        return domain if unit == "delegation" else None
    if domain == "agreements_signed":
        return domain if unit == "agreement" else None
    return None


_LIFT = re.compile(r"(?<!\w)nâng(?!\w).{0,60}(?<!\w)lên(?:\s+(?:mức|khoảng|gần|hơn|trên))?\s*$")
_FUTURE_AFTER = re.compile(r"\s*(?:vào|đến|tới|trước)\s+(?:năm\s+)?(\d{4})(?!\d)|\s*(?:trong|vào)\s+(?:thời gian|những năm|các năm)\s+tới")


def _is_target(chunk: str, start: int, end: int, ref_year: RefYear) -> bool:
    """A goal: a target word earlier in the clause, "nâng ... lên 10 tỷ USD", or a later year after it (the
    article's year, costly to infer, is asked only then)."""
    clause = re.split(r"[;.]\s", chunk[:start])[-1]
    if cues.pattern("indicator_target").search(clause) or _LIFT.search(clause):
        return True
    m = _FUTURE_AFTER.match(chunk, end)
    return bool(m and (m.group(1) is None or ((year := ref_year.get()) is not None and int(m.group(1)) > year)))


def _period(text: str, chunk_start: int, q_start: int, sents: list[Sentence], index: int) -> tuple[str | None, int | None, int | None]:
    """The period a figure belongs to: in its sentence before it, else the paragraph before."""
    before = text[chunk_start:q_start]
    periods = find_periods(before)
    years = [y for y in _YEAR.finditer(before) if not _COMPARISON.search(before[: y.start()])]
    if periods and (not years or periods[-1].end >= years[-1].end()):
        p = periods[-1]
        return f"{p.first_year}-{p.last_year}", p.first_year, p.last_year
    if years:
        y = int(years[-1].group(1))
        return str(y), y, y
    paragraph = sents[index].paragraph
    for j in range(index - 1, -1, -1):
        if sents[j].paragraph < paragraph - 1:
            break
        prev = text[sents[j].start : sents[j].end]
        years = list(_YEAR.finditer(prev))
        if years:
            y = int(years[-1].group(1))
            return str(y), y, y
    return None, None, None


def article_indicators(
    ex: Extractor, article: Article, sents: list[Sentence], subject: str | None, ref_year: RefYear
) -> list[Indicator]:
    text = article.text
    zone_rx = cues.pattern("zone")
    change_rx = cues.pattern("indicator_change")
    cumulative_rx = cues.pattern("cumulative")
    out = []
    for index, sent in enumerate(sents):
        chunk = text[sent.start : sent.end]
        quantities = find_quantities(chunk)
        if not quantities:
            continue
        scope: str | None = None  # a sentence of nobody's still gives investment into Việt Nam
        if sent.scope == "national":
            scope = "country/vn"
        elif sent.actors:
            scope = sent.actors[0]
        elif not INTO_VIETNAM.search(chunk):
            continue
        previous = text[sents[index - 1].start : sents[index - 1].end] if index and sents[index - 1].paragraph == sent.paragraph else ""
        prev_end = 0
        carried: str | None = None
        # a foreign country as investor: "Đức có 285 dự án", "18 dự án của các nhà đầu tư Ấn Độ"
        # not one firm's project, nor a ranking of investor countries
        firm_named = any(k.startswith("company/") for _s, _e, k in sent.found.partners)
        foreign_investor = any(k.startswith("country/") and k != "country/vn" for _s, _e, k in sent.found.partners + sent.found.markers) \
            and not any(k.startswith("company/") for _s, _e, k in sent.found.partners) \
            and not cues.pattern("indicator_domestic").search(chunk)
        for q in quantities:
            window = chunk[prev_end : q.start]
            after = chunk[q.end : q.end + 45]
            prev_end = q.end
            if change_rx.search(chunk[max(0, q.start - 12) : q.start]):
                continue  # "giảm 49 đoàn", "tăng 88%": a change, not a level
            if _is_target(chunk, q.start, q.end, ref_year):
                continue  # "hướng tới mục tiêu đạt 15 tỷ USD vào năm 2020": a goal, not a level
            kind = _indicator_type(window, after, q.unit, carried) if scope else None
            if kind is None and scope and foreign_investor and (q.unit == "project" or q.unit in _MONEY) \
                    and not _RANKING.search(chunk, 0, q.start) \
                    and _INVESTED.search(chunk[max(0, q.start - 60) : q.end + 60]):
                kind = "fdi_projects" if q.unit == "project" else "fdi_capital"  # "Đức có 285 dự án ... vốn đầu tư"
            here = scope
            if kind is None and not firm_named and ((q.unit in _MONEY and _INVESTED_INTO.search(window[-90:]))
                                                     or (q.unit == "project" and _PROJECTS_IN.match(after))):
                kind = "fdi_projects" if q.unit == "project" else "fdi_capital"
                here = "country/vn"  # investment into Việt Nam is the nation's figure
            if kind in _TRADE and _BILATERAL.search(window[-80:]):
                here = "country/vn"  # "kim ngạch thương mại Việt Nam – Hàn Quốc ... đạt 86,4 tỷ USD": the two nations'
            if kind == "foreign_visitors" and _DELEGATION_MEMBERS.search(chunk, max(0, q.start - 20), q.start):
                kind = None  # "11 đoàn với 101 lượt khách quốc tế": the members of official delegations, not visitors
            if kind == "workers_abroad" and cues.pattern("indicator_incident").search(chunk, q.end, q.end + 160):
                kind = None  # "21 lao động ... không may bị chìm tàu, chết và mất tích": an incident's toll, not a level
            carried = _DOMAIN_OF.get(kind, kind) if kind else None
            if kind is None or here is None:
                continue
            zone = None
            for z in zone_rx.finditer(chunk, 0, q.start):
                name = _ZONE_NAME.match(chunk, z.end())
                zone = (z.group() + " " + name.group(1).strip()) if name else None
            period, first, last = _period(text, sent.start, sent.start + q.start, sents, index)
            cumulative = bool(cumulative_rx.search(chunk[: q.start]) or cumulative_rx.search(previous))
            out.append(Indicator(
                scope=here,
                indicator_type=kind,
                value=q.value,
                high=q.high,
                unit=q.unit,
                qualifier=q.qualifier,
                label=q.text,
                evidence=ex.evidence(article, sent.start, sent.end),
                period=period,
                period_start=first,
                period_end=last,
                cumulative=cumulative,
                scope_label=zone if here != "country/vn" else None,
            ))
    return out
