"""Clauses of a sentence, and who acts in each of them.

A sentence is read clause by clause: semicolons outside brackets, and a colon that
opens a new clause (not one that opens a list), end a clause.  A clause with no actor
of its own goes on with one when it opens with a verb ("Đồng thời, ký kết ...", "; tăng
cường hợp tác với ..."), continues a list an earlier clause opened ("như: ...; ..."),
or is the next act of a foreign guest who opened the sentence ("Chủ tịch Quốc hội
Myanmar đã hội đàm ...; gặp Bí thư Thành ủy ...").  In a paragraph about a province, a
foreign investor that opens a clause is the province's partner ("Kolon Industries Inc
đầu tư dự án ...", "Hàn Quốc dẫn đầu với 26,9% tổng vốn đầu tư").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import cues
from .pairing import Link, Pairing
from .recognise import Found

Span = tuple[int, int, str]

_LIST_INTRO = re.compile(r"(?<!\w)(?:như|gồm|bao gồm|gồm có|là|sau|sau đây|cụ thể)\s*$")  # "... như: Các tỉnh ..." goes on
_LIST_WORD = re.compile(r"(?<!\w)(?:như|gồm|bao gồm)(?!\w)")
_GUEST_VISITS = re.compile(r"[\s,;]*(?:(?:đã|sẽ|cũng|đến|tới)\s+)*(?:thăm và làm việc|thăm, làm việc|thăm|làm việc)\s+tại"
                           r"\s+(?:tỉnh|thành phố|Thành phố|TP\.?)?\s*[A-ZĐÀ-Ỹ]")
#: a sentence that opens at the event last told of: "Tại hội nghị, ...", "Dịp này, ...", "Kết thúc hội đàm, ..."
AT_THE_EVENT = re.compile(r"\W*(?:Cũng\s+)?(?:[Tt]ại|[Tt]rong|[Nn]hân)\s+(?:buổi|hội nghị|lễ|sự kiện|diễn đàn|hội thảo|dịp)(?!\w)"
                          r"|\W*(?:[Nn]hân\s+)?[Dd]ịp này(?!\w)"
                          r"|\W*(?:[Kk]ết thúc|[Ss]au|[Bb]ên lề)\s+(?:buổi\s+|cuộc\s+)?(?:hội đàm|làm việc|hội nghị|hội thảo|"
                          r"diễn đàn|tiếp|chuyến thăm|lễ)(?!\w)")
#: a clause that goes on with the act before it: "; với Ngân hàng ...", "; và với tỉnh Toyama"
WITH_NEXT = re.compile(r"\s*(?:và\s+|cùng\s+)?với\s")
_SUBJECT_VERB = re.compile(r"[\s\w]{0,30}?(?<!\w)(?:đã|sẽ|đang|cũng|vừa)(?!\w)")


def clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Clause spans of a sentence: split at semicolons outside brackets, and at a colon that opens a clause
    ("ông Hải cho biết: Dự án ...") rather than a list ("như: Các tỉnh ...")."""
    depth = 0
    cur = start
    for i in range(start, end):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (c == ";" or (c == ":" and re.match(r":\s+[A-ZĐÀ-Ỹ]", text[i : i + 3])
                                               and not _LIST_INTRO.search(text, max(start, i - 20), i))):
            yield cur, i
            cur = i + 1
    yield cur, end


class ClauseLinker:
    """Links the actors of each clause with the partners the clause names."""

    def __init__(self, pairing: Pairing) -> None:
        self.pairing = pairing
        self.investor_rank = cues.pattern("investor_rank")
        self.investment_topic = cues.pattern("investment_topic")
        self.partner_verb = cues.pattern("partner_verb")
        self.zero_subject = re.compile(
            rf"[\s,;:(\-–]*(?:(?:{cues.pattern('clause_connective').pattern})[\s,]*)*(?=(?:{cues.pattern('clause_verb').pattern}))"
        )

    def links(self, text: str, found: Found, start: int, end: int, sentence_actors: tuple[str, ...],
              actors: list[Span], blockers: list[tuple[int, int]], carry: bool, ranks: bool = True) -> list[Link]:
        """Pairs inside each clause (split at ";" outside brackets).  A clause with no actor of its own that
        opens with a verb ("Đồng thời, ký kết ...", "; tăng cường hợp tác với ...") or with "Dự án" goes on
        with the actor before it, or with the paragraph's province when the sentence names none."""
        links: list[Link] = []
        carried: tuple[str, ...] = () if actors or not carry else sentence_actors
        named_here = bool(actors)  # an actor of the sentence itself, not one taken from its paragraph
        runs = self.pairing.groups(text, found.partners, found.markers)
        subject_run: list[Span] | None = None
        previous: list[Link] = []  # the links of the clause before
        listing = False  # the clauses go on with a list that an earlier clause opened with "như", "gồm"
        list_kinds: frozenset[str] = frozenset()  # the relation the list-opening clause states
        for index, (cs, ce) in enumerate(clauses(text, start, end)):
            inside = [r for r in runs if cs <= r[0][0] < ce]
            own = [a for a in actors if cs <= a[0] < ce]
            if own:
                carried = tuple(dict.fromkeys(k for _s, _e, k in own))
            opening = self.zero_subject.match(text, cs, ce)
            if index == 0 and inside:
                # "Chủ tịch Quốc hội Myanmar đã hội đàm ...; gặp Bí thư Thành ủy ...", "Chủ tịch Quốc hội Cuba cùng
                # Đoàn đại biểu Quốc hội Cuba đã thăm ...": the guests named before the first verb
                verb_after = next((j for j, r in enumerate(inside[:2])
                                   if _SUBJECT_VERB.match(text, r[-1][1], min(ce, r[-1][1] + 40))), None)
                if verb_after is not None:
                    subject_run = [m for r in inside[: verb_after + 1] for m in r]
            elif index and not inside and opening and own and subject_run:
                inside = [[(opening.end(), opening.end(), k) for _s, _e, k in subject_run]]
            elif index and not inside and not own and subject_run and _GUEST_VISITS.match(text, cs, ce):
                # "Chủ tịch Quốc hội Cuba đã thăm Học viện ...; thăm và làm việc tại Thành phố Hồ Chí Minh, tỉnh
                # Bến Tre": the guest who opened the sentence visits the provinces this clause names
                hosts = dict.fromkeys(k for vs, _ve, k in found.venues if cs <= vs < ce)
                links.extend(Link(p, k, frozenset({"visit"})) for p in hosts for _s, _e, k in subject_run if k)
            opens_list = bool(_LIST_WORD.search(text, cs, ce))
            if opens_list and not listing and own:
                list_kinds = self.pairing.kinds(text[cs:ce])
            if not inside:
                listing = listing or opens_list
                continue
            if listing and carried and carry and named_here and not own and list_kinds:
                # "UBND tỉnh trao Giấy chứng nhận đầu tư cho 8 dự án, bao gồm: ...; Công ty X với dự án ...":
                # an item that heads its clause shares the relation the list opened with
                head = inside[0]
                if re.fullmatch(r"[\s,:;\-–+•]*(?:(?:\w+\s+){0,8}?)", text[cs : head[0][0]]) and \
                        self.pairing.company_head.search(text, cs, head[0][0]):
                    links.extend(Link(p, k, list_kinds) for p in carried for _s, _e, k in head if k)
                    inside = inside[1:]
            if index and carry and not own and previous and WITH_NEXT.match(text, cs, ce):
                # "UBND thành phố ký với JETRO về ...; với Ngân hàng ... (JBIC) về ...; và với tỉnh Toyama về ...":
                # the clause goes on with the act and the actor of the one before
                kinds = frozenset(k for link in previous for k in link.kinds)
                actors_before = tuple(dict.fromkeys(link.province for link in previous))
                previous = [Link(p, k, kinds) for p in actors_before for _s, _e, k in inside[0] if k]
                links.extend(previous)
                continue
            if not carry:
                opening = None
            if opening and carried:
                own = own + [(opening.end(), opening.end(), k) for k in carried]
            elif listing and carried and carry and named_here:
                own = own + [(cs, cs, k) for k in carried]  # "... tổ chức nhiều sự kiện như A; B; C tại Nhật Bản"
            elif carried and not own and carry and not all(
                    any(k == p and vs >= ce for vs, _ve, k in found.venues) for p in carried):
                # not a province that the sentence names only as a later clause's place ("...; Ngân hàng Thế giới
                # cho vay ...; một thương hiệu ... ra mắt sản phẩm tại TP Hồ Chí Minh")
                links.extend(self._partner_subject(text, cs, ce, carried, inside, ranks))
            venues = [v for v in found.venues if cs <= v[0] < ce] if carry else []
            previous = self.pairing.pairs(text, cs, ce, own, venues, inside, blockers)
            links.extend(previous)
            listing = listing or opens_list
        merged: dict[tuple[str, str], set[str]] = {}
        for link in links:
            merged.setdefault((link.province, link.partner), set()).update(link.kinds)
        return [Link(p, q, frozenset(k)) for (p, q), k in merged.items()]

    def _partner_subject(self, text: str, cs: int, ce: int, provinces: tuple[str, ...],
                         runs: list[list[Span]], ranks: bool = True) -> list[Link]:
        """In a paragraph about the province, a partner that opens its clause as the one who invests or funds
        ("Kolon Industries Inc đầu tư dự án ...", "Hàn Quốc dẫn đầu với 26,9% tổng vốn đầu tư")."""
        out: list[Link] = []
        for run in runs:
            after = text[run[-1][1] : min(ce, run[-1][1] + 30)]
            before = text[max(cs, run[0][0] - 20) : run[0][0]]
            invests = re.match(rf"\s*(?:(?:của|thuộc|-|–|\()\s*[^,;]{{0,25}}?)?[\s,)(\w.]{{0,16}}?(?<!\w)(?:{self.partner_verb.pattern})",
                               text[run[-1][1] : min(ce, run[-1][1] + 60)])
            # a ranking counts only in a paragraph about one province: beside others it is the nation's table
            ranked = ranks and self.investment_topic.search(text, cs, ce) and (
                re.match(rf"[\s,)]*(?:{self.investor_rank.pattern})", after)
                or re.search(rf"(?:{self.investor_rank.pattern})\s*$", before))
            opens = not re.search(r"\w", text[cs : run[0][0]].split(",")[-1]) or ranked
            if invests and (re.search(r"(?<!\w)là(?!\w)", invests.group()) or re.match(
                    r"[^,;.]{0,25}?(?:vào|tại|ở|cho)\s+Việt Nam", text[run[-1][1] + invests.end() : ce])):
                invests = None  # "New York là thị trường đầu tư", "Séc có 35 dự án đầu tư vào Việt Nam": not here
            if (invests or ranked) and opens:
                out.extend(Link(p, k, frozenset({"aid_investment"})) for p in provinces for _s, _e, k in run if k)
        return out
