"""Agreements: where a province was linked with a partner, the document, its status and period.

"ký kết thỏa thuận hợp tác giai đoạn 2022-2026" is a signed agreement with its period;
"đang xúc tiến thiết lập" one in negotiation; "sẽ ký", or a signing in a visit's
programme, a planned one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import find_dates, find_periods
from ..model import Agreement, Article, Evidence
from . import cues
from .clauses import AT_THE_EVENT, WITH_NEXT, clauses
from .document import LinkGroup, Sentence

if TYPE_CHECKING:  # pragma: no cover
    from .extractor import Extractor

# the partner opens the clause and signs; a bracket after its name ("tỉnh Gyeongsangbuk (Hàn Quốc)"), or around it
# ("Tổ chức Cứu trợ trẻ em (Save the Children)"), is passed over
_SIGNER_AFTER = re.compile(r"(?:[^()]{0,60}\))?(?:\([^()]{0,60}\)|(?!\s(?:để|nhằm)\s)[^;()])*?(?:đã ký kết|đã ký|ký kết|ký|trao đổi|trao)\s+"
                           r"(?:(?:gia hạn|bổ sung|lại|mới)\s+)?(?:thỏa thuận|biên bản|bản ghi nhớ|hiệp định|tuyên bố chung|ý định thư|"
                           r"kế hoạch hợp tác|MOU|MoU)", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:cho|tặng|tới|đến)\s+(?:(?:Công ty|Cty|Tập đoàn|TNHH|CP|tổ chức|Tổ chức|"
                            r"tỉnh|thành phố|TP\.?)\s+)*$")
# a document reviewed or carried out: "triển khai Thỏa thuận", "rà soát tiến độ thực hiện Biên bản thỏa thuận"
_REVIEWED = re.compile(r"(?<!\w)(?:triển khai|thực hiện|tổng kết|sơ kết|rà soát|đánh giá)\s+(?:(?:kết quả|tiến độ|việc|"
                       r"thực hiện|các|hiệu quả|tốt)\s+)*(?:[Bb]ản ghi nhớ|[Bb]iên bản|[Tt]hỏa thuận|[Hh]iệp định)(?!\w)")
_REFERS_BACK = re.compile(r"\W*(?:Trong đó|Theo đó|Cụ thể)(?!\w)")
_DATED_SIGNING = re.compile(r"(?<!\w)(?:đã được ký|ký (?:vào |từ )?(?:năm|ngày|tháng))(?!\w)")
_DONE = re.compile(r"(?<!\w)(?:vừa|đã|mới)\s+(?:được\s+)?$")  # "vừa ký", "đã được ký": a signing told as done
_CLAUSE_END = re.compile(r";|\.\s|,\s+(?:đồng thời|và|còn)\s")
_PLANNED_BEFORE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|theo chương trình|theo kế hoạch|chuẩn bị|trình|tiến tới|hướng tới|đề nghị|đề xuất|mong muốn|hỗ trợ tổ chức|thủ tục|xúc tiến)(?!\w)", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` that holds ``pos`` (:func:`clauses` splits at semicolons outside brackets:
    "(gồm thành phố Seongnam, Hàn Quốc; tỉnh Mittelsachsen, CHLB Đức)" is one clause's list)."""
    return next(((cs, ce) for cs, ce in clauses(text, start, end) if pos <= ce), (start, end))


def _past_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _clause_before_cue(before: str) -> str:
    """The text of the last clause of ``before`` up to its last agreement verb ("ký"); nothing where that verb
    is told as done ("triển khai biên bản ghi nhớ vừa ký với tỉnh X", after "sẽ ưu tiên ký kết ... với Y")."""
    clause = re.split(r";|\.\s", before)[-1]
    cut = [m.start() for m in re.finditer(r"(?<!\w)[Kk]ý(?!\w)", clause)]
    if not cut or _DONE.search(clause, 0, cut[-1]):
        return ""
    return clause[: cut[-1]]


def sentence_agreements(ex: Extractor, article: Article, sent: Sentence, province: str, partners: list[str], ev: Evidence
                ) -> list[Agreement]:
    text = article.text
    chunk = text[sent.start : sent.end]
    doc_type = cues.first_value("agreement_type", chunk)
    if doc_type is None and _REFERS_BACK.match(chunk):
        # "9 biên bản ghi nhớ đã được trao đổi. Trong đó, UBND thành phố ký với JETRO ...": the sentence before
        previous = re.split(r"[.!?]\s", text[max(0, sent.start - 300) : sent.start].rstrip())[-1]
        doc_type = cues.last_value("agreement_type", previous)
    positions = {k: s for s, _e, k in sent.found.partners}  # the last mention: "... tại Phúc Kiến, ... ký ... với Phúc Kiến"
    periods = find_periods(chunk)
    period = (periods[0].first_year, periods[0].last_year) if periods else None
    out = []
    whole = bool(ex.pair.search(chunk))  # "giữa hai tỉnh": the cue may follow the names
    # a side the sentence does not name signs where the document is named ("đồng chí A và đồng chí B đã ký Biên bản
    # hội đàm năm 2023, thống nhất ...; ...")
    doc_at = cues.any_pattern("agreement_type").search(text, sent.start, sent.end)
    unnamed_at = doc_at.end() if doc_at else sent.end
    for partner in partners:
        if partner.startswith("country/") and any(p.startswith("place/") for p in partners):
            continue  # the localities are the parties, not their country
        pos = positions.get(partner, unnamed_at)
        # the partner's own clause: "X và Hà Nội đã ký kết ...; Kitakyushu và Hải Phòng đang cùng triển khai ..."
        opens, closes = _clause_around(text, sent.start, sent.end, pos)
        if opens > sent.start and WITH_NEXT.match(text, opens + 1):
            opens = sent.start  # "UBND thành phố ký với JETRO ...; với JBIC về ...": the act of the clause before
        at = closes if whole else pos
        before = text[opens : at]
        status = cues.last_act("status", before)
        if status is None and whole and closes < sent.end and ex.pair.match(text, _past_spaces(text, closes + 1)):
            # "... làm việc với lãnh đạo Quảng Tây; hai bên thống nhất dự kiến ký kết thỏa thuận ...": the next clause
            # speaks of the two sides
            _o, at = _clause_around(text, sent.start, sent.end, closes + 1)
            before = text[opens : at]
            status = cues.last_act("status", before)
        if status is None and at < sent.end and not _OBJECT_BEFORE.search(text, max(sent.start, at - 30), at):
            # the partner opens the clause: "Tập đoàn Hyosung ... đã ký kết biên bản ghi nhớ với tỉnh"; not the object
            # of another act ("trao giấy chứng nhận đầu tư cho Công ty X và ký biên bản ghi nhớ với Y")
            after = _SIGNER_AFTER.match(text, at, sent.end)
            status = cues.leftmost_value("status", after.group()) if after else None
        if status is None and at < sent.end:
            # what is still to come with the partner: "đang trao đổi với tỉnh X để tiến tới ký kết thỏa thuận",
            # "sẽ phối hợp với tỉnh X xây dựng bản ghi nhớ"
            rest = _CLAUSE_END.search(text, at, sent.end)
            tail = text[at : rest.start() if rest else sent.end]
            later = cues.leftmost_value("status", tail)
            # or a document signed on a date: "và thành phố Gimhae, trên cơ sở thỏa thuận hợp tác ký năm 2018"
            dated = later == "signed" and _DATED_SIGNING.search(tail)
            status = later if later in ("planned", "in_negotiation") or dated else None
        if status is None and period and _REVIEWED.search(text, opens, closes) and (
                article.date is None or period[0] <= article.date.year):
            # "triển khai Thỏa thuận hợp tác giai đoạn 2021–2025 giữa hai tỉnh": a document in force is signed
            status = "signed"
        if status is None or (doc_type is None and status == "signed"):
            continue
        if status == "signed" and _PLANNED_BEFORE.search(_clause_before_cue(before)):
            status = "planned"  # "Theo chương trình, Chủ tịch nước sẽ ... chứng kiến lễ ký ..."
        doc_type = cues.last_value("agreement_type", before) or doc_type
        if status != "signed" and doc_type is None:
            doc_type = "thỏa thuận hợp tác"
        date = None
        if status == "signed":
            dates = [d for d in find_dates(chunk, reference=article.date) if d.granularity != "year"]
            date = dates[0].value if dates else None
        out.append(Agreement(
            province=province,
            partners=(partner,),
            agreement_type=doc_type or "thỏa thuận hợp tác",
            status=status,
            evidence=ev,
            period=period,
            date=date,
        ))
    return out


def two_sides_agreements(ex: Extractor, article: Article, sents: list[Sentence], linked: list[LinkGroup]
                         ) -> list[Agreement]:
    """Agreements of "hai bên" or "hai tỉnh" in a sentence that names neither side: the province and the foreign
    locality it was last linked with ("... tiếp đoàn tỉnh Atapư. ... Hai bên thống nhất chuẩn bị Biên bản thỏa
    thuận hợp tác giai đoạn 2026–2030, dự kiến ký kết ..."), or the one the sentence before names ("Hà Tĩnh có 164
    km đường biên giới tiếp giáp tỉnh Bô-ly-khăm-xay. Trên cơ sở thỏa thuận ... đã ký kết, hai tỉnh ...")."""
    text = article.text
    grouped = {g.sentence.start for g in linked}
    out: list[Agreement] = []
    previous: Sentence | None = None
    # the foreign localities of the title: the article's own counterpart
    titled = {k for sent in sents if sent.paragraph == 0 for _s, _e, k in sent.found.partners if k.startswith("place/")}
    for sent in sents:
        prior, previous = previous, sent
        if sent.start in grouped or sent.found.partners:
            continue
        chunk = text[sent.start : sent.end]
        # "hai bên", or the two sides at the end of their talks: "Kết thúc hội đàm, đồng chí A và đồng chí B đã ký ..."
        if not (ex.pair.search(chunk) or AT_THE_EVENT.match(chunk)) or cues.first_value("agreement_type", chunk) is None:
            continue
        sides = _two_sides(sent, prior, [g for g in linked if g.sentence.start < sent.start], titled)
        if sides is not None:
            out.extend(sentence_agreements(ex, article, sent, sides[0], [sides[1]],
                                           ex.evidence(article, sent.start, sent.end)))
    return out


def _two_sides(sent: Sentence, prior: Sentence | None, earlier: list[LinkGroup], titled: set[str]
               ) -> tuple[str, str] | None:
    """The province and the foreign locality that "hai bên" stands for in ``sent``, or None where that is not said."""
    if prior is not None and prior.paragraph == sent.paragraph and prior.scope == "province" and prior.actors:
        named = {k for _s, _e, k in prior.found.partners if k.startswith("place/")}
        if len(named) == 1 and (not sent.actors or sent.actors[0] == prior.actors[0]):
            return prior.actors[0], named.pop()  # the locality the sentence before has just named
    # in this paragraph or the one before it: further back, another side may have come in unnamed
    near = [g for g in earlier if g.sentence.paragraph >= sent.paragraph - 1]
    if near:
        last = max(near, key=lambda g: g.sentence.start)
        sides = list(dict.fromkeys(k for g in near if g.sentence.start == last.sentence.start
                                   and g.province == last.province for k in g.partners if k.startswith("place/")))
        # "hai bên" is two: with several localities before, which one is not said
        return (last.province, sides[0]) if len(sides) == 1 else None
    # further back only where the article has linked one province with one foreign locality so far, the one its
    # title names ("Kon Tum – Atapư: ..."): else a side the gazetteers do not know may have come in since
    provinces = {g.province for g in earlier}
    places = {k for g in earlier for k in g.partners if k.startswith("place/")}
    if len(provinces) == 1 and len(places) == 1 and places <= titled:
        return provinces.pop(), places.pop()
    return None
