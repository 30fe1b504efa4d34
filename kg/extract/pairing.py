"""Pair the provinces that act in a sentence with the partners they act with.

Being named in one sentence is not enough.  A province and a partner are
linked only when a relation word stands between them, close by and in the
same clause: "UBND tỉnh Hà Tĩnh *ký kết biên bản ghi nhớ với* tỉnh
Bô-ly-khăm-xay", "Đoàn đại biểu tỉnh Sekong (Lào) *đến thăm và làm việc
tại* tỉnh Thanh Hóa"; or when the two stand side by side after or before a
relation word: "*Lễ ký kết* giữa tỉnh Quảng Ninh và tỉnh Phúc Kiến".
A list of partners ("Saga, Mie, Tottori (Nhật Bản)") is reached through its
first member.

A province is an actor when it is named (not as a place: "tại Hà Nội"), or
through a word that stands for the article's province ("UBND tỉnh", "Tỉnh
ủy", "Tỉnh đã ...").  A province named as a place acts only when the
partner comes to it or funds something there ("WB tài trợ ... tại Lào Cai").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import cues

Span = tuple[int, int, str]  # (start, end, key)

_MAX_GAP = 160  # characters between a province and a partner (or the partner's list)
_SIDE_BY_SIDE = re.compile(
    r"[\s)]*(?:\(\s*)?(?:và|với|cùng|-|–)?\s*(?:(?:các\s+)?(?:tỉnh|thành phố|TP\.?|Quỹ|Tổ chức|Tập đoàn|Công ty|Cơ quan|"
    r"Ngân hàng|Hội|Hiệp hội|Đoàn|đoàn|Đại sứ quán|Tổng Lãnh sự quán|UBND tỉnh|UBND thành phố|UBND TP\.?|UBND|"
    r"Ủy ban nhân dân tỉnh|Ủy ban nhân dân thành phố|Tỉnh ủy|Thành ủy|lãnh đạo tỉnh|lãnh đạo thành phố)\s+)?$"
)
_GIUA = re.compile(r"(?<!\w)giữa\s+[^;]{0,60}$")  # "ký kết giữa UBND thành phố Hà Nội, Tập đoàn BRG và Tập đoàn X"
_WINDOW = 70
_ACTOR_GAP = re.compile(r"\s*(?:,|và|cùng|;)\s*(?:(?:UBND|Ủy ban nhân dân|Ủy ban Nhân dân)\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?")
_BREAKS_LIST = {"giữa", "với", "tại", "ở", "cho", "từ", "sang", "đến", "vào", "trong", "theo", "về", "của"}
_VISIT_AT = re.compile(r"(?<!\w)(?:thăm|làm việc|công tác|khảo sát|xúc tiến|học tập|quảng bá|giới thiệu|hội chợ|triển lãm|tuần lễ)(?!\w)[^;]{0,40}$")
_JOINT = re.compile(r"(?<!\w)(?:phối hợp với|phối hợp tổ chức|đồng tổ chức|cùng tổ chức|ký kết giữa)(?!\w)")
_BY_PARTNER = re.compile(r"[\s\w&.-]{0,12}?(?:\([^()]{0,30}\)\s*)?(?<!\w)(?:tài trợ|viện trợ|hỗ trợ|đầu tư|cho vay|tặng|trao tặng|"
                         r"thực hiện|tổ chức|xây dựng|làm chủ đầu tư)(?!\w)")
_OBJECT_VERB = re.compile(r"(?<!\w)(?:tiếp|đón|gặp|thăm)\s*$")
_LOCAL_GOVERNMENT = re.compile(r"(?<!\w)(?:Chính phủ [Nn]hân dân|Chính quyền)(?!\w)")
_DOMESTIC_OBJECT = re.compile(r"(?<!\w)(?:với|cùng)\s+(?:các\s+)?(?:Bộ|bộ|Sở|sở|UBND|Ủy ban|Chính phủ(?! [Nn]hân dân)|Trung ương|ngành|"
                              r"Tổng cục|Cục|Ban|cơ quan chức năng|các cơ quan)(?!\w)")
_FUNDED_BY = re.compile(r"^[^;]{0,40}?(?<!\w)(?:do|bởi)\s+(?:(?:Công ty|công ty|Tập đoàn|tập đoàn|tổ chức|Tổ chức|Quỹ)\s+)?$")
_TOPIC = re.compile(r"\W*(?:Ngoài|Bên cạnh|Đối với)(?!\w)[^;]*$")
_ROUTE = re.compile(r"(?<!\w)(?:chuyến bay|đường bay|chuyến|tuyến|bay|hành trình|cung đường|xe khách|cao tốc|đường sắt|đường bộ|quốc lộ|hành lang)\s+[^;]{0,25}$")  # how far a relation word may stand from a side-by-side pair


@dataclass(frozen=True)
class Link:
    province: str
    partner: str
    kinds: frozenset[str]


class Pairing:
    """Decides which (province, partner) pairs of a sentence a relation word joins."""

    def __init__(self) -> None:
        self.link = cues.patterns("link")
        self.link_any = cues.any_pattern("link")
        self.venue_link = re.compile(
            rf"(?:{cues.pattern('venue_link').pattern})[^;]{{0,90}}?(?<!\w)(?:tại|ở|cho)\s+[\w ,(]{{0,40}}$"
        )
        # "tỉnh"/"thành phố" itself doing something: "Tháng 11, thành phố đón ...", "Hiện tỉnh còn duy trì ..."
        self.bare_province = re.compile(
            r"(?<!\w)(?:[Tt]ỉnh|[Tt]hành phố)(?=(?:\s+(?:" + cues.pattern("province_adverb").pattern + r"))*\s+(?:"
            + cues.pattern("actor_verb").pattern + "|" + cues.pattern("province_verb").pattern + r"))")
        self.anaphor = re.compile(cues.pattern("anaphor").pattern + "|" + self.bare_province.pattern)
        # the delegation itself acting: "Ngày 22/3, đoàn đã đến thăm và làm việc với ...", "Tại Seoul, Đoàn làm việc với ..."
        self.delegation = re.compile(r"(?<!\w)[Đđ]oàn(?=\s+(?:" + cues.pattern("delegation_verb").pattern + "))")
        self.blocker = cues.pattern("link_blocker")
        self.company_head = cues.pattern("company_head")
        self.off_topic = re.compile(cues.pattern("off_topic").pattern, re.IGNORECASE)

    def kinds(self, text: str) -> frozenset[str]:
        if not self.link_any.search(text):
            return frozenset()
        return frozenset(v for v, rx in self.link.items() if rx.search(text))

    def anaphors(self, text: str, start: int, end: int, subject: str | None,
                 named: list[Span], partners: list[Span], delegation: bool = False) -> list[Span]:
        """Words that stand for the article's province: "UBND tỉnh", "Tỉnh ủy", "Tỉnh đã"; with ``delegation`` (the
        article follows the province's own delegation), a bare "đoàn đã đến thăm ..." too."""
        if subject is None:
            return []
        out = []
        hits = list(self.anaphor.finditer(text, start, end))
        if delegation:
            hits += list(self.delegation.finditer(text, start, end))
        for m in hits:
            if re.search(r"(?:Tổng|Phó Tổng)\s+$", text[max(0, m.start() - 10) : m.start()]) or re.match(
                    r"\s+(?:Trung ương|Đảng ủy Khối|Quân ủy|Đoàn|Khu ủy)", text[m.end() : m.end() + 16]):
                continue  # "Tổng Bí thư", "Bí thư Trung ương Đảng": the nation's, not the province's
            if any(0 <= s - m.end() <= 3 or (s < m.end() and m.start() < e) for s, e, _k in named + partners):
                continue  # "UBND tỉnh Quảng Nam", "Tỉnh ủy Sekong": the name that follows is the actor
            out.append((m.start(), m.end(), subject))
        return out

    def groups(self, text: str, partners: list[Span], markers: list[Span]) -> list[list[Span]]:
        """Partners in runs: "Saga, Mie (Nhật Bản); thành phố Suwon, quận Jindo (Hàn Quốc)" is one run."""
        mentions = sorted(partners + [(s, e, "") for s, e, _k in markers])
        runs: list[list[Span]] = []
        prev_end = -1
        for s, e, k in mentions:
            if runs and self._continues(text[prev_end:s]):
                runs[-1].append((s, e, k))
            else:
                runs.append([(s, e, k)])
            prev_end = e
        return [r for r in runs if any(k for _s, _e, k in r)]

    def _continues(self, gap: str) -> bool:
        """Only punctuation, "và", and lower-case words such as "vùng lãnh thổ", "các tổ chức quốc tế như"."""
        if len(gap) > 45 or self.link_any.search(gap) or re.search(r"[.!?](?:\s|$)(?!\.)", gap.replace("...", "…")):
            return False
        words = re.findall(r"\w+", gap)
        return (len(words) <= 7 and all(w[0].islower() for w in words) and not re.search(r"\d", gap)
                and not any(w in _BREAKS_LIST for w in words))

    def pairs(self, text: str, start: int, end: int, actors: list[Span], venues: list[Span],
              runs: list[list[Span]], blockers: Sequence[tuple[int, int]] = ()) -> list[Link]:
        """Links between the actors (and venues) of a clause and the partner runs that start in it."""
        out: dict[tuple[str, str], set[str]] = {}
        if self.off_topic.search(text, start, end):
            return []  # crime, accidents, sport: a foreign name there is no partner of the province
        sides = [(a, False) for a in actors] + [(v, True) for v in venues]
        listed = self._actor_lists(text, actors)
        for (a_s, a_e, province), is_venue in sides:
            # "Bí thư Tỉnh ủy 4 tỉnh Quảng Ninh, Lạng Sơn, Hà Giang, Cao Bằng và ...": the provinces of one list act
            # together, so the list's edge stands for each of them
            a_s, a_e = listed.get((a_s, a_e), (a_s, a_e))
            for run in runs:
                r_s, r_e = run[0][0], run[-1][1]
                if r_s < a_e and a_s < r_e:
                    continue
                lo, hi = min(a_e, r_e), max(a_s, r_s)
                if any(lo <= b < hi for b, _e in blockers):
                    continue  # "Thủ tướng" between them: the nation acts
                if any(r_e <= b <= r_e + 30 for b, _e in blockers) and re.match(r"\s*của\s", text[r_e : r_e + 8]):
                    continue  # "chuyến thăm cấp Nhà nước tới Trung Quốc của Chủ tịch nước": the nation's visit
                if any(lo <= o_s < hi and other != province and not (a_s <= o_s < a_e) for o_s, _o_e, other in actors):
                    continue  # "Quảng Trị ký với X, còn Nghệ An ký với Y": the nearer province is Y's
                kinds = self._joined(text, start, end, (a_s, a_e), (r_s, r_e), is_venue)
                if not kinds:
                    continue
                for _s, _e, key in run:
                    if key:
                        out.setdefault((province, key), set()).update(kinds)
        return [Link(p, q, frozenset(k)) for (p, q), k in out.items()]

    def _actor_lists(self, text: str, actors: list[Span]) -> dict[tuple[int, int], tuple[int, int]]:
        """Each actor mention -> the span of the list of named provinces it belongs to ("A, B, C và D")."""
        ordered = sorted(a for a in actors if a[1] > a[0])
        groups: list[list[Span]] = []
        for a in ordered:
            if groups and _ACTOR_GAP.fullmatch(text[groups[-1][-1][1] : a[0]]):
                groups[-1].append(a)
            else:
                groups.append([a])
        return {(a[0], a[1]): (g[0][0], g[-1][1]) for g in groups for a in g}

    def _joined_by_and(self, between: str) -> bool:
        """"(cấp tỉnh, ...) và các địa phương của nước (Lào)": two sides of one "A và B" phrase; the other side may
        be named through its government ("và Chính phủ nhân dân thành phố Văn Sơn", "và Chính quyền tỉnh X")."""
        words = re.findall(r"\w+", _LOCAL_GOVERNMENT.sub(" ", between))
        return (len(between) <= 90 and bool(re.search(r"(?<!\w)(?:và|với|giữa)(?!\w)", between))
                and all(w[0].islower() for w in words) and not self.link_any.search(between)
                and not re.search(r"(?<!\w)(?:tại|ở|trong khi|nhưng)(?!\w)|[;:]", between))

    def _joined(self, text: str, start: int, end: int, actor: tuple[int, int], run: tuple[int, int],
                is_venue: bool) -> frozenset[str]:
        partner_first = run[1] <= actor[0]
        lo, hi = (run[1], actor[0]) if partner_first else (actor[1], run[0])
        between = text[lo:hi]
        if is_venue:
            # a place acts only as where the partner comes or what it funds: "X đến thăm và làm việc tại Y"
            # "IFC (thành viên của ..., tập trung hỗ trợ ...) tổ chức tại": the bracket says what IFC is
            plain = re.sub(r"\([^()]*(?<!\w)(?:của|thuộc|là)(?!\w)[^()]*\)", " ", between)
            if not partner_first and _FUNDED_BY.search(between) and _BY_PARTNER.match(text, run[1], end):
                return frozenset({"aid_investment"})  # "hỗ trợ ... cho cư dân ở Hà Tĩnh do Công ty X tài trợ"
            if not partner_first or len(between) > _MAX_GAP or not self.venue_link.search(plain):
                return frozenset()
            return self.kinds(between) or frozenset({"visit"})
        first = min(actor[0], run[0])
        coordinated = _GIUA.search(text, start, first) and len(between) <= 80 and ";" not in between
        listed = re.fullmatch(r"\s*,\s*", between) and _JOINT.search(text, max(start, first - _WINDOW), min(end, max(actor[1], run[1]) + _WINDOW))
        if _SIDE_BY_SIDE.fullmatch(between) or self._joined_by_and(between) or coordinated or listed:
            if _ROUTE.search(text, max(start, first - 40), first):
                return frozenset()  # "chuyến Siem Reap - Hà Nội": a route, not a pair
            last = max(actor[1], run[1])
            around = text[max(start, first - _WINDOW) : first] + " … " + text[last : min(end, last + _WINDOW)]
            return self.kinds(around)
        if len(between) > _MAX_GAP or ";" in between or self.blocker.search(between):
            return frozenset()
        place_word = re.search(r"(?<!\w)(tại|ở|tới|sang|đến)\s+(?:thủ đô\s+|thành phố\s+|tỉnh\s+|nước\s+)?$",
                               text[max(start, run[0] - 20) : run[0]])
        if place_word and (partner_first or (place_word.group(1) in ("tại", "ở") and not _VISIT_AT.search(between))):
            # "tại Tokyo, ... ký kết giữa ...", "chuyến thăm của Thủ tướng tới Nhật Bản, thỏa thuận ... giữa UBND
            # thành phố Hà Nội": where it happened or where someone went; a visit by the province makes it a partner
            return frozenset()
        if not partner_first and _OBJECT_VERB.search(between):
            return self.kinds(between) | {"visit"}  # "lãnh đạo tỉnh tiếp Đại sứ quán Nhật Bản"
        domestic = None if partner_first else _DOMESTIC_OBJECT.search(between)
        if domestic and re.search(r"(?<!\w)(?:và|cùng)\s+(?:[\w.]+\s+){0,2}$", between[domestic.end() :][-60:]):
            domestic = None  # "với Ủy ban Quốc gia UNESCO Việt Nam và Văn phòng UNESCO": objects side by side
        # "phối hợp với Bộ giám sát ... công ty X": the verb's object is the ministry; X needs a verb of its own
        kinds = self.kinds(between[domestic.end() :] if domestic else between)
        agent = not partner_first and re.search(r"(?<!\w)(?:do|bởi)\s+$", between)
        if agent and re.match(r"[^;]{0,40}?(?<!\w)tổ chức\s+(?:tại|ở)(?!\w)", text[run[1] : end]):
            return frozenset()  # "giải 3 cuộc thi quốc tế do Intel tổ chức tại Mỹ": who held a contest, elsewhere
        if not kinds and agent and _BY_PARTNER.match(text, run[1], end):
            kinds = self.kinds(text[run[1] : min(end, run[1] + 40)]) or frozenset({"aid_investment"})
            # "phê duyệt tiếp nhận Chương trình ... do tổ chức X tài trợ": funded by the partner
        if not kinds and partner_first and _TOPIC.match(text, start, run[0]):
            # "Ngoài các nước như Nhật Bản, Hàn Quốc ..., tỉnh đã tăng cường quan hệ hợp tác với ...": the
            # fronted partners share the relation the province's verb states
            kinds = self.kinds(text[actor[1] : min(end, actor[1] + 30)])
        return kinds
