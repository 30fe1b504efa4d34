"""Extract partnerships, agreements, events and indicators from one article.

The unit of reading is the sentence.  Each sentence gets a scope: the
provinces that act in it (named, or "tỉnh"/"UBND tỉnh" meaning the article's
province), the nation ("Đảng và Nhà nước", "Thủ tướng", "cả nước"), or
nobody; figures in national sentences are scoped to Vietnam.  Who is linked
with whom inside a sentence is decided clause by clause (:mod:`kg.clauses`)
and pair by pair (:mod:`kg.pairing`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..dates import find_dates, find_periods, infer_year
from ..model import Agreement, Article, Entity, Evidence, Extraction, Partnership
from . import cues
from .clauses import ClauseLinker
from .facts import article_events, article_indicators
from .gazetteer import Gazetteer, gazetteer
from .officials import Officials
from .pairing import Link, Pairing
from .recognise import Found, Recogniser

_ABBREV = re.compile(r"(?:\b(?:TP|Q|TS|ThS|PGS|GS|Tp|St|Mr|Mrs|Dr|ông|bà|P|TX|H)\.|(?<![\w.,/-])\d{1,2}\.)$")
_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?:\*\s+)?(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|\s+\*\s+(?=[A-ZĐÀ-Ỹ])")




class _RefYear:
    """The year day-and-month dates belong to: the article's, else the one its body implies (computed once, on demand)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._value: int | bool | None = False

    def get(self) -> int | None:
        if self._value is False:
            a = self.article
            self._value = a.date.year if a.date else infer_year("\n".join([a.title] + [a.text[s:e] for s, e in a.body]))
        return self._value  # type: ignore[return-value]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (body span)
    found: Found
    actors: tuple[str, ...]  # province keys acting in this sentence
    scope: str  # "province" | "national" | "none"
    named: tuple[str, ...] = ()  # the article's provinces named here, even when the nation acts


# the partner then, within its clause and without "để"/"nhằm" (a purpose, not an act), the agreement's verb
_SIGNER_AFTER = re.compile(r"(?:(?!\s(?:để|nhằm)\s)[^;()])*?(?:đã ký kết|đã ký|ký kết|ký)\s+(?:thỏa thuận|biên bản|bản ghi nhớ|hiệp định|MOU|MoU)", re.IGNORECASE)
_PLANNED_BEFORE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|theo chương trình|theo kế hoạch|chuẩn bị)(?!\w)", re.IGNORECASE)


def _clause_before_cue(before: str) -> str:
    """The text of the last clause of ``before`` up to its last agreement verb ("ký")."""
    clause = re.split(r";|\.\s", before)[-1]
    cut = [m.start() for m in re.finditer(r"(?<!\w)[Kk]ý(?!\w)", clause)]
    return clause[: cut[-1]] if cut else ""


# a licence list's item: "Công ty TNHH X Việt Nam với dự án ...", "Tập đoàn Y được cấp giấy chứng nhận ..."
_WITH_PROJECT = re.compile(r"[^,;.]{0,40}?(?<!\w)(?:với [Dd]ự án|đầu tư dự án|được cấp|nhận [Gg]iấy|làm chủ đầu tư)(?!\w)")
# "do Hiệp hội INTERKULTUR (CHLB Đức) phối hợp với UBND TP Hội An tổ chức": a co-organiser
_CO_ORGANISER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?phối hợp (?:với|cùng)(?!\w)")
_REPRESENTATIVE = re.compile(r"(?<!\w)(?:đại diện|Đại diện|ông|bà|ngài|Ngài|Giám đốc|Trưởng đại diện|Trưởng|Chủ tịch|Phó Chủ tịch)(?!\w)")
_ITEM_END = re.compile(r"\s[-–•]\s|;")
_DONG = re.compile(r"\d\s*(?:nghìn\s+|triệu\s+|tỷ\s+|tỉ\s+)?(?:đồng|VND|VNĐ)(?!\w)")
_FOREIGN_MONEY = re.compile(r"\d\s*(?:nghìn\s+|triệu\s+|tỷ\s+|tỉ\s+)?(?:USD|đô la|EUR|euro|yên|Yên)(?!\w)")
# "Chính phủ nước này", "Chính phủ nước bạn": the foreign side's government, not Vietnam's
_OTHER_NATION = re.compile(r"\s+(?:nước này|nước bạn|bạn|sở tại)(?!\w)")
_OPENING = re.compile(r"[\W]*(?:(?:Ngoài ra|Đồng thời|Bên cạnh đó|Theo đó|Hiện nay|Trong thời gian tới|Sắp tới)[\s,]*)?"
                      r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)?\s*")


def sentences(text: str, span: tuple[int, int]) -> Iterator[tuple[int, int]]:
    """Sentence spans inside one paragraph span."""
    start, end = span
    cur = start
    for m in _SPLIT.finditer(text, start, end):
        if _ABBREV.search(text, cur, m.start()):
            continue
        yield cur, m.start()
        cur = m.end()
    if cur < end:
        yield cur, end


class Extractor:
    """Reads articles into :class:`kg.model.Extraction` records."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.rec = Recogniser(self.gaz)
        self.national = cues.pattern("national")  # the nation's own actors: Thủ tướng, Quốc hội ...
        self.national_weak = cues.pattern("national_weak")  # the nation as a topic: "cả nước", "đất nước"
        self.actor = cues.pattern("actor")
        self.pair = cues.pattern("pair")
        self.pairing = Pairing()
        self.officials = Officials()
        self.off_topic_title = re.compile(cues.pattern("off_topic_title").pattern, re.IGNORECASE)
        self.office = cues.pattern("office")  # a province's authorities: "UBND", "Tỉnh ủy", "Sở" ...
        # the province is the subject of a relation verb: "TP HCM cũng sẽ hợp tác với thành phố Osaka"
        self.subject_of_link = re.compile(
            rf"\s+(?:(?:đã|sẽ|cũng|đang|tiếp tục|luôn|vừa|mới)\s+){{0,3}}(?:{cues.any_pattern('link').pattern})\s+(?:với|cùng)(?!\w)")
        self.topic = re.compile(cues.pattern("relations_topic").pattern, re.IGNORECASE)
        self.authority = re.compile(rf"(?:{cues.pattern('office').pattern}|đoàn|Đoàn|Ban|tỉnh|Tỉnh|thành phố|Thành phố|TP)"
                                    rf"\s*(?:tỉnh|thành phố|TP\.?)?\s*\S*\s*\S*$|^(?:tỉnh|Tỉnh|thành phố|Thành phố|TP)")
        self.clause_linker = ClauseLinker(self.pairing)
        # an article naming no province may still give Vietnam's own figures ("thương mại hai chiều Việt Nam – Đức")
        self.national_figures = re.compile(r"(?<!\w)(?:Việt Nam|nước ta|hai nước|song phương)(?!\w)")
        self.attend = cues.pattern("attendance")
        self.licence = cues.pattern("licence")
        self.project = re.compile(r"(?<!\w)(?:dự án|vốn đầu tư|nhà máy)(?!\w)")
        self.actor_verb = re.compile(rf"\s*,?\s*(?:{cues.pattern('actor_verb').pattern})")

    def evidence(self, article: Article, start: int, end: int) -> Evidence:
        norm = article.norm
        raw_start = norm.original_offset(start)
        raw_end = norm.original_offset(end - 1) + 1 if end > start else raw_start
        return Evidence(article.id, raw_start, raw_end, article.text[start:end].strip())

    def extract(self, article: Article) -> Extraction:
        text = article.text
        if not self.gaz.province_pattern.search(text) and not (
                self.national_figures.search(text) and (cues.any_pattern("indicator").search(text) or "đầu tư" in text)):
            return Extraction(article=article, subject=None)  # no province named and no national figure
        ref_year = _RefYear(article)
        when = article.date
        raw: list[tuple[int, int, int, Found]] = []
        for p, span in enumerate(article.body):
            for s, e in sentences(text, span):
                raw.append((s, e, p, self.rec.recognise(text, s, e, when)))
        self._drop_vietnamese_namesakes(text, [found for _s, _e, _p, found in raw])
        subject = self._subject(article, raw)
        sents = self._scope(text, raw, subject)
        entities: dict[str, Entity] = {}
        for s in sents:
            entities.update(s.found.new_entities)
        # a story whose title and lead name no foreign side and speak of no relation (an enrolment notice, a
        # court case) links a province only where its authorities or leaders themselves act
        strict = not self._about_relations(article, raw)
        partnerships, agreements = self._relations(article, sents, subject, strict)
        if self.off_topic_title.search(article.title):
            partnerships, agreements = [], []  # an arrest, a trial, a fire, a car or a price: no relation story
        events = article_events(self, article, sents, subject, ref_year, partnerships)
        indicators = article_indicators(self, article, sents, subject, ref_year)
        used = {p.province for p in partnerships} | {p.partner for p in partnerships}
        for a in agreements:
            used.update(a.partners)
            used.add(a.province)
        for ev in events:
            used.update(ev.participants)
            used.add(ev.province)
        for ind in indicators:
            used.add(ind.scope)
        if subject:
            used.add(subject)
        return Extraction(
            article=article,
            subject=subject,
            partnerships=tuple(partnerships),
            agreements=tuple(agreements),
            events=tuple(events),
            indicators=tuple(indicators),
            entities=tuple(sorted(used)),
            new_entities=tuple(entities[k] for k in sorted(entities) if k in used),
        )

    def _drop_vietnamese_namesakes(self, text: str, founds: list[Found]) -> None:
        """A foreign place's name that the article also gives to a commune, ward or hamlet, units only Vietnam
        has ("xã Tân Cương" beside "vùng chè Tân Cương"), is that Vietnamese place wherever the article names it."""
        names = {text[s:e] for f in founds for s, e, k in f.partners if k.startswith("place/")}
        local = {n for n in names if re.search(rf"(?<!\w)(?:xã|phường|thôn|ấp|khu phố)\s+{re.escape(n)}(?!\w)(?!\s*\()", text)}
        if local:
            for f in founds:
                f.partners = [m for m in f.partners if text[m[0] : m[1]] not in local]

    def _about_relations(self, article: Article, raw: list[tuple[int, int, int, Found]]) -> bool:
        """The title or lead names a foreign partner, or speaks of cooperation, investment, visits, aid ...:
        a lottery, a court case or a school's enrolment that mentions a foreign name deep in its body is not."""
        if any(found.partners or found.markers for _s, _e, p, found in raw if p <= 1):
            return True
        head = article.body[: 2]
        return any(self.topic.search(article.text, s, e) for s, e in head)

    # -- who the article is about, who acts in each sentence --------------------
    def _subject(self, article: Article, raw: list[tuple[int, int, int, Found]]) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for s, _e, _p, found in raw:
            for start, _end, key in found.provinces:
                weight = 3 if start < len(article.title) + 200 and s < 400 else 1
                counts[key] += weight
                first.setdefault(key, start)
        if not counts:
            return None
        return max(counts, key=lambda k: (counts[k], -first[k]))

    def _scope(self, text: str, raw: list[tuple[int, int, int, Found]], subject: str | None) -> list[Sentence]:
        """Who acts in each sentence: named provinces, else "tỉnh" (the subject), else the paragraph's scope."""
        decided: list[tuple[tuple[str, ...], str] | None] = []
        para_scopes: dict[int, set[str]] = {}
        para_actors: dict[int, set[str]] = {}  # the provinces that act somewhere in each paragraph
        # a province named once in passing deep in the text ("ĐB Đỗ Thị Lan (Quảng Bình)") is not one the
        # article is about; the article's provinces are named in its title or lead, or more than once
        lead_end = raw[min(len(raw), 3) - 1][1] if raw else 0
        counts: dict[str, int] = {}
        for s, _e, _p, found in raw:
            for ps, _pe, k in found.provinces:
                counts[k] = counts.get(k, 0) + (2 if ps < lead_end else 1)
        named: list[tuple[str, ...]] = []
        for s, e, p, found in raw:
            chunk = text[s:e]
            # a province named once is still an actor when its authorities are named: "UBND tỉnh Bình Định"
            eligible = [m for m in found.provinces if counts[m[2]] >= 2 or self.authority.search(text, max(0, m[0] - 25), m[1])]
            # provinces listed with an eligible one are eligible too: "4 tỉnh Quảng Ninh, Lạng Sơn, Hà Giang, Cao Bằng"
            grew = True
            while grew:
                grew = False
                for m in found.provinces:
                    if m not in eligible and any(re.fullmatch(r"\s*(?:,|và)\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?",
                                                              text[min(m[1], x[1]) : max(m[0], x[0])]) for x in eligible):
                        eligible.append(m)
                        grew = True
            provinces = tuple(dict.fromkeys(k for _ps, _pe, k in sorted(eligible)))
            named.append(provinces)
            strong = self._vietnamese_national(text, s, e, found)
            if provinces and strong and not any(self.actor_verb.match(text, e) for _s, e, _k in found.provinces):
                d = ((), "national")  # "Thủ tướng ... gặp Bí thư Thành ủy TP.HCM": the nation acts
            elif provinces:
                d = (provinces, "province")
            elif strong:
                d = ((), "national")
            elif subject and any(not any(0 <= v[0] - (s + m.end()) <= 2 for v in found.venues)
                                 for m in self.actor.finditer(chunk)):
                # "Tỉnh đã ...", "UBND tỉnh": the article's province; not "tại tỉnh Quảng Ninh", which names another
                d = ((subject,), "province")
            elif found.venues and not self._national(text, s, e, found):
                d = (tuple(dict.fromkeys(k for _s, _e, k in found.venues)), "province")
            elif self._national(text, s, e, found):
                d = ((), "national")
            else:
                d = None
            decided.append(d)
            if d:
                para_scopes.setdefault(p, set()).add(d[1])
                para_actors.setdefault(p, set()).update(d[0])
        out = []
        for (s, e, p, found), d, here in zip(raw, decided, named):
            if d is None:
                scopes = para_scopes.get(p, set())
                if "province" in scopes and subject in para_actors.get(p, ()):
                    d = ((subject,), "province")  # "Đồng thời, ký kết ...": the province goes on
                elif "national" in scopes:
                    d = ((), "national")
                else:
                    d = ((), "none")  # no province acts in this paragraph: nothing to attribute
            out.append(Sentence(s, e, p, found, d[0], d[1], here))
        return out

    def _vietnamese_national(self, text: str, start: int, end: int, found: Found) -> bool:
        """A national actor of Vietnam: "Thủ tướng", "Quốc hội" not followed by a foreign country's name
        ("Thủ tướng Campuchia", "Chủ tịch Quốc hội Myanmar" are the partner)."""
        return bool(self._national_spans(text, start, end, found))

    def _national(self, text: str, start: int, end: int, found: Found) -> bool:
        chunk = text[start:end]
        if self._vietnamese_national(text, start, end, found) or self.national_weak.search(chunk):
            return True
        vietnam_context = cues.pattern("vietnam_context")
        return bool(found.vietnam) and not vietnam_context.search(chunk)

    # -- partnerships and agreements --------------------------------------------
    def _relations(self, article: Article, sents: list[Sentence], subject: str | None, strict: bool = False
                   ) -> tuple[list[Partnership], list[Agreement]]:
        text = article.text
        mentioned = [m for sent in sents for m in sent.found.provinces + sent.found.venues]
        leaders = self.officials.patterns(self.officials.find(text, mentioned, subject))
        partnerships: list[Partnership] = []
        agreements: list[Agreement] = []
        last_locality: dict[int, tuple[str, str]] = {}  # paragraph -> the last (province, locality) linked
        para_named: dict[int, set[str]] = {}  # paragraph -> the provinces it names
        for sent in sents:
            para_named.setdefault(sent.paragraph, set()).update(k for _s, _e, k in sent.found.provinces)
        # the province licenses investors in this article: "trao giấy chứng nhận đăng ký đầu tư cho 8 dự án"
        licensing = any(s.scope == "province" and self.licence.search(text, s.start, s.end) for s in sents)
        for sent in sents:
            chunk = text[sent.start : sent.end]
            found = sent.found
            previous_locality = last_locality.get(sent.paragraph)
            if sent.scope == "none" or (sent.scope == "national" and not sent.named):
                continue
            if strict:
                actors = [m for m in found.provinces if m[2] in (sent.actors or sent.named)
                          and (self.office.search(text, max(0, m[0] - 30), m[0]) or self._sole_subject(text, sent.start, m))]
                actors += [a for a in self.pairing.anaphors(text, sent.start, sent.end, subject,
                                                            found.provinces + found.venues, found.partners)
                           if self.office.search(text, a[0], a[1])]
                actors += self._leaders(text, sent, leaders, actors)
                blockers = self._national_spans(text, sent.start, sent.end, found)
                links = self._clause_links(text, sent, actors, blockers, carry=False)
            elif sent.scope == "national":
                # "Thủ tướng dự lễ do UBND Thành phố Hà Nội và Tập đoàn AEON phối hợp tổ chức": a named province
                # may still act, but never across one of the nation's own actors
                actors = [m for m in found.provinces if m[2] in sent.named]
                actors += self._leaders(text, sent, leaders, actors)
                blockers = self._national_spans(text, sent.start, sent.end, found)
                links = self._clause_links(text, sent, actors, blockers, carry=False)
            else:
                named = [m for m in found.provinces if m[2] in sent.actors]
                actors = named + self.pairing.anaphors(text, sent.start, sent.end, subject,
                                                       found.provinces + found.venues, found.partners)
                actors += self._leaders(text, sent, leaders, actors)
                links = self._clause_links(text, sent, actors, [], carry=True,
                                           ranks=len(para_named.get(sent.paragraph, ())) <= 1)
            if not found.partners and previous_locality and self.pair.search(chunk) and sent.scope == "province" \
                    and not strict:
                # "Hai tỉnh đã ký ...": the locality the province was just linked with, in this paragraph
                kinds = self.pairing.kinds(chunk)
                if kinds and previous_locality[0] in sent.actors:
                    links = [Link(previous_locality[0], previous_locality[1], kinds)]
            if not links and not strict and sent.scope == "province":
                links = self._attendance(text, sent, actors, subject)
            if licensing and not strict and sent.scope == "province":
                linked = {link.partner for link in links}
                links = links + [x for x in self._licensed(text, sent, actors, subject) if x.partner not in linked]
            for link in links:
                if link.partner.startswith("place/"):
                    last_locality[sent.paragraph] = (link.province, link.partner)
            if not links:
                continue
            ev = self.evidence(article, sent.start, sent.end)
            for link in links:
                partnerships.append(Partnership(link.province, link.partner, link.kinds, ev))
            by_province: dict[str, list[str]] = {}
            for link in links:
                by_province.setdefault(link.province, []).append(link.partner)
            for province, partners in by_province.items():
                agreements.extend(self._agreements(article, sent, province, partners, ev))
        return partnerships, agreements

    def _attendance(self, text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None
                    ) -> list[Link]:
        """A foreign mission or organisation at the province's own ceremony: "Tham dự có ông X, Tổng Lãnh sự
        Nhật Bản tại TP.HCM", "Có mặt tại buổi lễ, đại diện JICA cho biết ..."."""
        if not self.attend.search(text, sent.start, sent.end):
            return []
        if actors:
            province = actors[0][2]
        elif subject and subject in sent.actors:
            province = subject  # "... tại Thành phố Hồ Chí Minh cũng tham dự buổi lễ": the article's own ceremony
        else:
            return []
        cues_at = [m.start() for m in self.attend.finditer(text, sent.start, sent.end)]
        partners = dict.fromkeys(
            k for s, e, k in sent.found.partners
            # a mission, or an organisation through the person who represents it ("đại diện JICA", "ông X, Giám
            # đốc UNDP"): not "hội nghị APEC" or "thí sinh các nước ASEAN tham dự"
            if (k.startswith("mission/") or (k.startswith("org/") and (
                _REPRESENTATIVE.search(text, max(sent.start, s - 40), s) or _CO_ORGANISER.match(text, e, sent.end))))
            # the attendance is theirs: "Tham dự có ... X" or "X ... cũng tham dự"
            and any(c < s or 0 <= c - e <= 200 for c in cues_at))
        return [Link(province, k, frozenset({"cooperation"})) for k in partners]

    def _licensed(self, text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None
                  ) -> list[Link]:
        """In a story where the province licenses investors, a foreign firm named with its project in the
        province is the province's investor: "- Công ty TNHH Starflex Việt Nam với dự án nhà máy ... 15 triệu USD"."""
        province = actors[0][2] if actors else (subject if subject in sent.actors else None)
        if province is None or not self.project.search(text, sent.start, sent.end):
            return []
        firms = dict.fromkeys(k for _s, e, k in sent.found.partners if k.startswith("company/")
                              and _WITH_PROJECT.match(text, e, min(sent.end, e + 60))
                              and not self._capital_in_dong(text, e, sent.end))
        return [Link(province, k, frozenset({"aid_investment"})) for k in firms]

    @staticmethod
    def _capital_in_dong(text: str, pos: int, end: int) -> bool:
        """The firm's own list item gives its capital in đồng only: a domestic project ("... 70 tỷ đồng")."""
        item = _ITEM_END.search(text, pos, end)
        chunk = text[pos : item.start() if item else end]
        return bool(_DONG.search(chunk)) and not _FOREIGN_MONEY.search(chunk)

    def _sole_subject(self, text: str, start: int, m: tuple[int, int, str]) -> bool:
        """The sentence opens with the province, whose verb is a relation: "TP HCM cũng sẽ hợp tác với ..."."""
        return bool(_OPENING.fullmatch(text, start, m[0]) and self.subject_of_link.match(text, m[1]))

    def _leaders(self, text: str, sent: Sentence, leaders: list[tuple[re.Pattern[str], str]],
                 actors: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"ông Phong", "Bí thư Nguyễn Thiện Nhân": a leader introduced earlier acts for his province."""
        if not leaders:
            return []
        taken = actors + sent.found.provinces + sent.found.venues
        return [m for m in self.officials.mentions(text, sent.start, sent.end, leaders)
                if not any(s < m[1] and m[0] < e for s, e, _k in taken)]

    def _clause_links(self, text: str, sent: Sentence, actors: list[tuple[int, int, str]],
                      blockers: list[tuple[int, int]], carry: bool, ranks: bool = True) -> list[Link]:
        return self.clause_linker.links(text, sent.found, sent.start, sent.end, sent.actors, actors, blockers, carry, ranks)

    def _national_spans(self, text: str, start: int, end: int, found: Found) -> list[tuple[int, int]]:
        foreign = [s for s, _e, k in found.partners + found.markers if k.startswith(("country/", "org/", "mission/"))]
        return [m.span() for m in self.national.finditer(text, start, end)
                if not any(0 <= s - m.end() <= 12 and re.fullmatch(r"[\s\w]*", text[m.end() : s]) for s in foreign)
                and not _OTHER_NATION.match(text, m.end())]

    def _agreements(self, article: Article, sent: Sentence, province: str, partners: list[str], ev: Evidence
                    ) -> list[Agreement]:
        text = article.text
        chunk = text[sent.start : sent.end]
        doc_type = cues.first_value("agreement_type", chunk)
        positions = {k: s for s, _e, k in sent.found.partners}  # the last mention: "... tại Phúc Kiến, ... ký ... với Phúc Kiến"
        periods = find_periods(chunk)
        period = (periods[0].first_year, periods[0].last_year) if periods else None
        out = []
        whole = bool(self.pair.search(chunk))  # "giữa hai tỉnh": the cue may follow the names
        for partner in partners:
            if partner.startswith("country/") and any(p.startswith("place/") for p in partners):
                continue  # the localities are the parties, not their country
            at = sent.end if whole else positions.get(partner, sent.end)
            before = text[sent.start : at]
            status = cues.last_value("status", before)
            if status is None and at < sent.end:  # the partner opens the clause: "Tập đoàn Hyosung ... đã ký kết biên bản ghi nhớ với tỉnh"
                after = _SIGNER_AFTER.match(text, at, sent.end)
                status = cues.first_value("status", after.group()) if after else None
            if status is None or (doc_type is None and status == "signed"):
                continue
            if status == "signed" and _PLANNED_BEFORE.search(_clause_before_cue(before)):
                status = "planned"  # "Theo chương trình, Chủ tịch nước sẽ ... chứng kiến lễ ký ..."
            doc_type = cues.last_value("agreement_type", before) or doc_type
            if status != "signed" and doc_type is None:
                doc_type = "thỏa thuận hợp tác"
            date = None
            if status == "signed":
                dates = [d for d in find_dates(chunk) if d.granularity != "year"]
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


_DEFAULT: Extractor | None = None


def extract(article: Article) -> Extraction:
    """Extract one article with the default gazetteer."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(article)
