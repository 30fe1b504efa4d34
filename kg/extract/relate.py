"""Partnerships: which province is linked with which partner, sentence by sentence.

Inside a sentence the links are decided clause by clause (:mod:`kg.extract.clauses`) and
pair by pair (:mod:`kg.extract.pairing`); around them, a mission at the province's own
ceremony and a firm on the province's licence list are its partners too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Article, Partnership
from .bullets import Bullets
from .document import LinkGroup, Sentence
from .pairing import Link
from .roles import classifies_localities, origin_only, venue_only
from .scope import national_spans

if TYPE_CHECKING:  # pragma: no cover
    from .extractor import Extractor

_OPENING = re.compile(r"[\W]*(?:(?:Ngoài ra|Đồng thời|Bên cạnh đó|Theo đó|Hiện nay|Trong thời gian tới|Sắp tới)[\s,]*)?"
                      r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)?\s*")

_LICENCE_PROJECT = re.compile(r"(?<!\w)(?:dự án|vốn đầu tư|nhà máy)(?!\w)")  # a sentence about a project
# a licence list's item: "Công ty TNHH X Việt Nam với dự án ...", "Tập đoàn Y được cấp giấy chứng nhận ..."
_WITH_PROJECT = re.compile(r"[^,;.]{0,40}?(?<!\w)(?:với [Dd]ự án|với (?:tổng )?vốn|đầu tư [Dd]ự án|được cấp|nhận [Gg]iấy|tăng vốn|"
                           r"làm chủ đầu tư|\(vốn đầu tư)(?!\w)")
# "dự án mở rộng nhà máy bia Heineken Việt Nam", "Dự án của Công ty ...": the project named before its investor
_PROJECT_OF = re.compile(r"(?<!\w)[Dd]ự án(?: của)?(?:\s+[^\s,;.]+){0,5}\s+$")
# "do Hiệp hội INTERKULTUR (CHLB Đức) phối hợp với UBND TP Hội An tổ chức": a co-organiser
_CO_ORGANISER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?phối hợp (?:với|cùng)(?!\w)")
# "do Công ty ô tô Toyota Việt Nam trao tặng": the agent before a firm's or body's name, the gift after it
_AGENT = re.compile(r"(?<!\w)do\s+(?:(?:Công ty|công ty|Tập đoàn|tập đoàn|tổ chức|Tổ chức|Quỹ|quỹ)\s+)?(?:[\w&.-]+\s+){0,3}$")
_GIVES = re.compile(r"[\s\w&.-]{0,25}?(?:\([^()]{0,30}\)\s*)?(?<!\w)(?:tài trợ|viện trợ|trao tặng|tặng|hỗ trợ|tài trợ vốn)(?!\w)")
_AID = re.compile(r"(?<!\w)(?:vốn vay|cho vay|vốn ODA|ODA|tài trợ|viện trợ|viện trợ không hoàn lại|khoản vay)(?!\w)")
_MANY = re.compile(r"(?<!\w)(?:các|những)\s+(?:nước|quốc gia|thành phố|địa phương|tỉnh|nền kinh tế)(?!\w)")
_PROJECT = re.compile(r"(?<!\w)(?:dự án|Dự án|công trình|chương trình|Chương trình|bệnh viện|Bệnh viện|tuyến)(?!\w)")
_GOVERNMENT = re.compile(r"(?<!\w)(?:Chính phủ|chính phủ)\s+$")
# "5 nhà đầu tư ... đăng ký đầu tư các dự án ... gồm Tập đoàn X, Công ty Y (Liên Bang Nga)": the investors listed
_INVESTOR_LIST = re.compile(r"(?<!\w)(?:nhà đầu tư|dự án)(?!\w)[^.;]{0,160}?(?<!\w)(?:bao gồm|gồm|là)(?!\w)")
_REPRESENTATIVE = re.compile(r"(?<!\w)(?:đại diện|Đại diện|ông|bà|ngài|Ngài|Giám đốc|Trưởng đại diện|Trưởng|Chủ tịch|Phó Chủ tịch)(?!\w)")
_ITEM_END = re.compile(r"\s[-–•]\s|;")
# the province's own delegation, not one of a foreign province ("Đoàn đại biểu tỉnh Hủa Phăn (Lào)")
_OWN_DELEGATION = re.compile(r"(?<!\w)[Đđ]oàn (?:công tác|đại biểu|cán bộ)(?: cấp cao)?(?: của)? (tỉnh|thành phố|TP)\.?\s*")
# what the province's authorities do to hold a ceremony
_HOST_VERB = re.compile(r"(?<!\w)(?:tổ chức|chủ trì|đăng cai|phối hợp tổ chức|khởi công|khởi động|khánh thành|tiếp đón|"
                        r"đón tiếp|đã tiếp|tiếp)(?!\w)")
# who holds it for the province: its authorities (the extractor's "office" cue) or one of its project boards
_HOST_BODY = re.compile(r"(?<!\w)(?:UBND|Ủy ban nhân dân|Ủy ban Nhân dân|HĐND|Tỉnh ủy|Thành ủy|Sở|Ban [Qq]uản lý|BQL|"
                        r"[Ll]ãnh đạo (?:tỉnh|thành phố|TP))(?!\w)")
_EVENT_NOUN = re.compile(r"\s+(?:(?:các|những|một)\s+)?(?:buổi\s+|cuộc\s+)?(?:[Ll]ễ|[Hh]ội nghị|[Hh]ội thảo|[Dd]iễn đàn|"
                         r"[Cc]hương trình|[Ss]ự kiện|[Hh]ội chợ|[Tt]riển lãm|[Gg]iao lưu|[Tt]ọa đàm|[Ll]ễ hội|[Tt]uần|"
                         r"[Nn]gày|[Hh]ội|[Đđ]êm|[Hh]ọp|[Gg]ặp mặt|[Đđ]ón|[Tt]iệc|[Kk]ỷ niệm|[Tt]iếp)(?!\w)")
_PURPOSE = re.compile(r"(?<!\w)để\s+$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_CEREMONY_OF = re.compile(r"(?<!\w)(?:lễ|hội nghị|hội thảo|diễn đàn|chương trình|sự kiện)(?!\w)[^.;]{0,30}?\bcủa\s+"
                          r"(?:(?:UBND|tỉnh|thành phố|TP\.?)\s*)?$")
# the words that open a list after its head: "..., như:", "gồm", "trong đó có"
_LIST_OPENS = r"(?!\w)[^.;]{0,120}?(?<!\w)(?:như|gồm|bao gồm|điển hình là|tiêu biểu là|trong đó có)(?!\w)\s*:?"
# a roster's head: the kind of foreign body, then the words that open its list
_ROSTER = re.compile(r"(?<!\w)(?:tổ chức phi chính phủ|tổ chức PCPNN|tổ chức quốc tế|nhà tài trợ|doanh nghiệp FDI|"
                     r"doanh nghiệp nước ngoài|doanh nghiệp có vốn đầu tư nước ngoài|nhà đầu tư nước ngoài|"
                     r"nhà đầu tư FDI)" + _LIST_OPENS)
# a list of donors or foreign NGOs, which a story about the province gives as its own
_DONORS = re.compile(r"(?<!\w)(?:nhà tài trợ|tổ chức phi chính phủ|tổ chức PCPNN|tổ chức quốc tế|một số tổ chức)" + _LIST_OPENS)
# the bodies are the province's: at work or investing in it
_IN_PROVINCE = re.compile(r"(?<!\w)(?:hoạt động|đầu tư|làm việc|có mặt|tài trợ|viện trợ)\s+(?:tại|trên địa bàn|vào|cho)(?!\w)")
_INVESTOR_IS = re.compile(r"(?<!\w)[Cc]hủ đầu tư(?!\w)[^.;]{0,100}?(?<!\w)là\s+(?:(?:Công ty|Cty|Tập đoàn|TNHH|CP)\s+)*$")
# "Với tỉnh Bô-ly-khăm-xay – địa phương có chung 160 km biên giới, ...": the topic, up to the comma that closes it
_FRONTED = re.compile(r"\W*(?:Riêng\s+|Đối\s+)?[Vv]ới\s+(?!(?:các|những|nhiều)\s)([^,;.]{2,80}?),\s")
_DONG = re.compile(r"\d\s*(?:nghìn\s+|triệu\s+|tỷ\s+|tỉ\s+)?(?:đồng|VND|VNĐ)(?!\w)")
_FOREIGN_MONEY = re.compile(r"\d\s*(?:nghìn\s+|triệu\s+|tỷ\s+|tỉ\s+)?(?:USD|đô la|EUR|euro|yên|Yên)(?!\w)")


def relations(ex: Extractor, article: Article, sents: list[Sentence], subject: str | None, strict: bool = False
              ) -> tuple[list[Partnership], list[LinkGroup]]:
    text = article.text
    mentioned = [m for sent in sents for m in sent.found.provinces + sent.found.venues]
    leaders = ex.officials.patterns(ex.officials.find(text, mentioned, subject))
    partnerships: list[Partnership] = []
    linked: list[LinkGroup] = []
    last_locality: dict[int, tuple[str, str]] = {}  # paragraph -> the last (province, locality) linked
    para_named: dict[int, set[str]] = {}  # paragraph -> the provinces it names
    for sent in sents:
        para_named.setdefault(sent.paragraph, set()).update(k for _s, _e, k in sent.found.provinces)
    # the province licenses investors in this article: "trao giấy chứng nhận đăng ký đầu tư cho 8 dự án"
    licensing = any(s.scope == "province" and ex.licence.search(text, s.start, s.end) for s in sents)
    hosting: dict[str, bool] = {}

    def held(province: str) -> bool:
        if province not in hosting:
            hosting[province] = hosts(ex, text, sents, province)
        return hosting[province]
    bullets = Bullets()
    # the article follows the province's own delegation ("đoàn đại biểu cấp cao tỉnh Nghệ An", "Đoàn công tác của
    # tỉnh"), so a bare "đoàn" acting is the province's
    delegation = own_delegation(text, {start for start, _e, _k in mentioned})

    def record(sent: Sentence, links: list[Link]) -> None:
        """The sentence's links as partnerships, and per province the partners it was linked with."""
        if not links:
            return
        ev = ex.evidence(article, sent.start, sent.end)
        partnerships.extend(Partnership(link.province, link.partner, link.kinds, ev) for link in links)
        by_province: dict[str, list[str]] = {}
        for link in links:
            by_province.setdefault(link.province, []).append(link.partner)
        linked.extend(LinkGroup(sent, province, tuple(partners), ev) for province, partners in by_province.items())
    for sent in sents:
        chunk = text[sent.start : sent.end]
        found = sent.found
        previous_locality = last_locality.get(sent.paragraph)
        items = [] if strict else bullets.step(text, sent, sent.actors[0] if sent.actors else subject, ex.pairing.kinds)
        if items:  # "- Tổ chức Đông Tây Hội ngộ (EMW, Hoa Kỳ): ...", under "Một số tổ chức ... gồm:"
            record(sent, items)
            continue
        national_here = national_spans(ex, text, sent.start, sent.end, found) if sent.scope == "national" else []
        early = early_anaphors(ex, text, sent, subject, national_here) if national_here and not strict else []
        if sent.scope == "none" and licensing and not strict and subject and not found.provinces:
            # "Các dự án cấp mới tiêu biểu gồm: Công ty TNHH X (Trung Quốc) ...": a paragraph of the licence list
            # that names no province is still the licensing province's list
            record(sent, licensed(ex, text, replace(sent, actors=(subject,)), [], subject))
            continue
        if sent.scope != "national" and subject and not strict and not found.provinces and _DONORS.search(chunk):
            # "Các nhà tài trợ chính gồm Tổ chức Plan International, ... (UNICEF) ...": in the province's story, a list
            # of donors or foreign NGOs that names no province is the province's
            record(sent, roster(text, replace(sent, actors=(subject,)), [(sent.start, sent.start, subject)], subject,
                                _DONORS))
            continue
        if sent.scope == "none" and delegation and subject and not strict and ex.pairing.delegation.search(
                text, sent.start, sent.end):
            sent = replace(sent, actors=(subject,), scope="province")  # "Ngày 22/3, đoàn đã đến thăm ...": its own
        if sent.scope == "none" or (sent.scope == "national" and not sent.named and not early):
            continue
        if strict:
            actors = [m for m in found.provinces if m[2] in (sent.actors or sent.named)
                      and (ex.office.search(text, max(0, m[0] - 30), m[0]) or sole_subject(ex, text, sent.start, m))]
            actors += [a for a in ex.pairing.anaphors(text, sent.start, sent.end, subject,
                                                        found.provinces + found.venues, found.partners)
                       if ex.office.search(text, a[0], a[1])]
            actors += leader_mentions(ex, text, sent, leaders, actors)
            blockers = national_spans(ex, text, sent.start, sent.end, found)
            links = clause_links(ex, text, sent, actors, blockers, carry=False)
        elif sent.scope == "national":
            # "Thủ tướng dự lễ do UBND Thành phố Hà Nội và Tập đoàn AEON phối hợp tổ chức": a named province
            # may still act, but never across one of the nation's own actors
            actors = [m for m in found.provinces if m[2] in sent.named]
            actors += leader_mentions(ex, text, sent, leaders, actors)
            actors += early
            links = clause_links(ex, text, sent, actors, national_here, carry=False)
        else:
            named = [m for m in found.provinces if m[2] in sent.actors]
            # "UBND TP Hà Nội đề nghị Sở GD&ĐT ...": words for a province stand for the one the sentence names
            own = {m[2] for m in named}
            here = own.pop() if len(own) == 1 else subject
            actors = named + [(a_s, a_e, here or k) for a_s, a_e, k in ex.pairing.anaphors(
                text, sent.start, sent.end, subject, found.provinces + found.venues, found.partners, delegation)]
            actors += leader_mentions(ex, text, sent, leaders, actors)
            links = clause_links(ex, text, sent, actors, [], carry=True,
                                       ranks=len(para_named.get(sent.paragraph, ())) <= 1)
        if not found.partners and previous_locality and ex.pair.search(chunk) and sent.scope == "province" \
                and not strict:
            # "Hai tỉnh đã ký ...": the locality the province was just linked with, in this paragraph
            kinds = ex.pairing.kinds(chunk)
            if kinds and previous_locality[0] in sent.actors:
                links = [Link(previous_locality[0], previous_locality[1], kinds)]
        if not links and not strict and sent.scope == "province":
            links = fronted(ex, text, sent, actors, subject)
        if not links and not strict and sent.scope == "province":
            links = (attendance(ex, text, sent, actors, subject, held) or funded_by(text, sent, actors, subject)
                     or donors(text, sent, actors, subject) or roster(text, sent, actors, subject)
                     or project_investor(text, sent, actors, subject))
        if licensing and not strict and sent.scope == "province":
            already = {link.partner for link in links}
            links = links + [x for x in licensed(ex, text, sent, actors, subject) if x.partner not in already]
        links = [link for link in links if not origin_only(text, sent, link.partner)
                 and not classifies_localities(text, sent, link.partner, links)
                 and not venue_only(text, sent, link.partner, links)]
        for link in links:
            if link.partner.startswith("place/"):
                last_locality[sent.paragraph] = (link.province, link.partner)
        record(sent, links)
    return partnerships, linked


def early_anaphors(ex: Extractor, text: str, sent: Sentence, subject: str | None,
                   blockers: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """"Theo đó, thành phố đã phối hợp với JICA ...; đồng thời phối hợp Bộ Tài nguyên và Môi trường": words for
    the article's province that open the sentence and act before any of the nation's actors (``blockers``) is named."""
    found = sent.found
    first_national = min((b[0] for b in blockers), default=sent.end)
    return [a for a in ex.pairing.anaphors(text, sent.start, first_national, subject, found.provinces + found.venues,
                                           found.partners) if _OPENING.fullmatch(text, sent.start, a[0])]


def fronted(ex: Extractor, text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None
            ) -> list[Link]:
    """A partner put first as the topic of the province's sentence: "Với châu Hồng Hà, hai bên đã ký Biên bản ghi nhớ
    ...", "Với huyện Inje, thỏa thuận ký năm 2024 vẫn còn hiệu lực"."""
    topic = _FRONTED.match(text, sent.start, sent.end)
    if topic is None:
        return []
    province = acting_province(sent, actors, subject)
    kinds = ex.pairing.kinds(text[topic.end() : sent.end])
    if province is None or not kinds:
        return []
    named = dict.fromkeys(k for s, _e, k in sent.found.partners if topic.start(1) <= s < topic.end())
    return [Link(province, k, kinds) for k in named]


def acting_province(sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None,
                    unnamed_only: bool = False) -> str | None:
    """The province acting in a sentence: the first one named as actor, else the article's own province when
    the sentence is in its scope (with ``unnamed_only``, only where the sentence names no province at all)."""
    if actors:
        return actors[0][2]
    if subject in sent.actors and not (unnamed_only and (sent.found.provinces or sent.found.venues)):
        return subject
    return None


def attendance(ex: Extractor, text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None,
               held: Callable[[str], bool]) -> list[Link]:
    """A foreign mission or organisation at the province's own ceremony: "Tham dự có ông X, Tổng Lãnh sự
    Nhật Bản tại TP.HCM", "Có mặt tại buổi lễ, đại diện JICA cho biết ..."."""
    cues_at = [m.start() for m in ex.attend.finditer(text, sent.start, sent.end) if _attending(text, m)]
    # "... tại Thành phố Hồ Chí Minh cũng tham dự buổi lễ": the article's own ceremony
    province = acting_province(sent, actors, subject)
    if not cues_at or province is None or not held(province):
        return []
    partners = dict.fromkeys(
        k for s, e, k in sent.found.partners
        # a mission, or an organisation through the person who represents it ("đại diện JICA", "ông X, Giám
        # đốc UNDP"): not "hội nghị APEC" or "thí sinh các nước ASEAN tham dự"
        if (k.startswith("mission/") or (k.startswith("org/") and (
            _REPRESENTATIVE.search(text, max(sent.start, s - 40), s) or _CO_ORGANISER.match(text, e, sent.end))))
        # the attendance is theirs: "Tham dự có ... X" or "X ... cũng tham dự"
        and any(c < s or 0 <= c - e <= 200 for c in cues_at))
    return [Link(province, k, frozenset({"cooperation"})) for k in partners]


def _attending(text: str, m: re.Match[str]) -> bool:
    """An attendance cue that is one: "tổ chức" holds an event ("tổ chức lễ", not "tổ chức phỏng vấn"), and a
    purpose ("cấp visa cho em sang Mỹ để tham dự cuộc thi") is someone else's attendance."""
    if m.group() == "tổ chức" and not _EVENT_NOUN.match(text, m.end()):
        return False
    return not _PURPOSE.search(text, max(0, m.start() - 6), m.start())


def own_delegation(text: str, province_starts: set[int]) -> bool:
    """The article follows the province's own delegation: "Đoàn công tác của tỉnh do ...", "đoàn đại biểu cấp
    cao tỉnh Nghệ An", and not "Đoàn đại biểu tỉnh Hủa Phăn": the name after "tỉnh" is a Vietnamese province's
    or there is none."""
    for m in _OWN_DELEGATION.finditer(text):
        named = m.end() in province_starts or m.start(1) in province_starts  # "tỉnh Nghệ An", "TP.HCM"
        if named or m.end() >= len(text) or not text[m.end()].isupper():
            return True
    return False


def hosts(ex: Extractor, text: str, sents: list[Sentence], province: str) -> bool:
    """The article shows the province holding the ceremony: its authorities or project boards organise, chair or
    open it ("UBND Thành phố Hồ Chí Minh tổ chức lễ kỷ niệm", "Ban quản lý đường sắt đô thị TP.HCM đã khởi động
    công đoạn"), or the ceremony is the province's
    ("lễ khởi công của TP.HCM"). An embassy's festival or a scientists' meeting merely held in the province,
    with its leaders among the guests, is not."""
    for m in _HOST_BODY.finditer(text):
        host = _HOST_VERB.search(text, m.end(), min(len(text), m.end() + 70))
        if host and not _SENTENCE_END.search(text, m.end(), host.start()):
            return True
    return any(k == province and _CEREMONY_OF.search(text, max(0, s - 40), s)
               for sent in sents for s, _e, k in sent.found.provinces + sent.found.venues)


def funded_by(text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None) -> list[Link]:
    """In the province's own project, what a foreign body gives: "dự án trang bị 8 xe buýt, trong đó có 2 xe do
    Công ty ô tô Toyota Việt Nam trao tặng", "hạng mục do tổ chức X tài trợ"."""
    province = acting_province(sent, actors, subject)
    if province is None:
        return []
    givers = dict.fromkeys(k for s, e, k in sent.found.partners if not k.startswith(("country/", "place/"))
                           and _AGENT.search(text, max(sent.start, s - 30), s) and _GIVES.match(text, e, sent.end))
    return [Link(province, k, frozenset({"aid_investment"})) for k in givers]


def donors(text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None) -> list[Link]:
    """A sentence of the province's story about a loan or grant names its lenders: "vốn vay ODA 95 triệu USD do
    Chính phủ Hàn Quốc cho vay từ Quỹ ... (EDCF) thông qua Ngân hàng ... (KEXIM)", "Chính phủ Nhật Bản và ADB
    mong muốn tài trợ cho hai dự án này": the organisations, and a country through its government."""
    # the province's own project, named by the province or going on from its paragraph: not a national
    # programme that names provinces only as where it runs, nor aid "cho các nước", "cho các thành phố"
    province = acting_province(sent, actors, subject, unnamed_only=True)
    if province is None or not _AID.search(text, sent.start, sent.end) or _MANY.search(text, sent.start, sent.end) \
            or not _PROJECT.search(text, sent.start, sent.end):
        return []
    lenders = dict.fromkeys(k for s, _e, k in sent.found.partners if k.startswith(("org/", "mission/"))
                            or (k.startswith("country/") and _GOVERNMENT.search(text, max(sent.start, s - 12), s)))
    return [Link(province, k, frozenset({"aid_investment"})) for k in lenders]


def roster(text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None,
           heads: re.Pattern[str] = _ROSTER) -> list[Link]:
    """The province's roster of foreign bodies: "45 tổ chức phi chính phủ nước ngoài đang hoạt động tại tỉnh, như:
    World Vision, Plan International, ChildFund": the bodies listed after the type word and "như", "gồm"."""
    province = acting_province(sent, actors, subject)
    head = heads.search(text, sent.start, sent.end)
    if province is None or head is None:
        return []
    if not actors and not _IN_PROVINCE.search(head.group()):
        return []  # "Tập đoàn Vạn Thịnh Phát ký hợp tác với các nhà đầu tư nước ngoài gồm ...": a firm's partners
    listed = dict.fromkeys(k for s, _e, k in sent.found.partners
                           if s >= head.end() and k.startswith(("org/", "company/", "mission/")))
    return [Link(province, k, frozenset({"aid_investment"})) for k in listed]


def project_investor(text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None) -> list[Link]:
    """"chủ đầu tư của dự án nhà máy điện mặt trời Thanh Hóa 1 là Cty BS Heidelberg Solar GmbH (Đức)": the foreign
    firm that the province's project names as its investor."""
    province = acting_province(sent, actors, subject)
    if province is None:
        return []
    firms = dict.fromkeys(k for s, _e, k in sent.found.partners if k.startswith("company/")
                          and _INVESTOR_IS.search(text, max(sent.start, s - 120), s))
    return [Link(province, k, frozenset({"aid_investment"})) for k in firms]


def licensed(ex: Extractor, text: str, sent: Sentence, actors: list[tuple[int, int, str]], subject: str | None
              ) -> list[Link]:
    """In a story where the province licenses investors, a foreign firm named with its project in the
    province is the province's investor: "- Công ty TNHH Starflex Việt Nam với dự án nhà máy ... 15 triệu USD"."""
    province = acting_province(sent, actors, subject)
    if province is None or not _LICENCE_PROJECT.search(text, sent.start, sent.end):
        return []
    listed = _INVESTOR_LIST.search(text, sent.start, sent.end)
    firms = dict.fromkeys(k for s, e, k in sent.found.partners if k.startswith("company/")
                          and (_WITH_PROJECT.match(text, e, min(sent.end, e + 60)) or (listed and listed.end() <= s)
                               or _PROJECT_OF.search(text, max(sent.start, s - 50), s))
                          and not capital_in_dong(text, e, sent.end))
    return [Link(province, k, frozenset({"aid_investment"})) for k in firms]


def capital_in_dong(text: str, pos: int, end: int) -> bool:
    """The firm's own list item gives its capital in đồng only: a domestic project ("... 70 tỷ đồng")."""
    item = _ITEM_END.search(text, pos, end)
    chunk = text[pos : item.start() if item else end]
    return bool(_DONG.search(chunk)) and not _FOREIGN_MONEY.search(chunk)


def sole_subject(ex: Extractor, text: str, start: int, m: tuple[int, int, str]) -> bool:
    """The sentence opens with the province, whose verb is a relation: "TP HCM cũng sẽ hợp tác với ..."."""
    return bool(_OPENING.fullmatch(text, start, m[0]) and ex.subject_of_link.match(text, m[1]))


def leader_mentions(ex: Extractor, text: str, sent: Sentence, leaders: list[tuple[re.Pattern[str], str]],
             actors: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"ông Phong", "Bí thư Nguyễn Thiện Nhân": a leader introduced earlier acts for his province."""
    if not leaders:
        return []
    taken = actors + sent.found.provinces + sent.found.venues
    return [m for m in ex.officials.mentions(text, sent.start, sent.end, leaders)
            if not any(s < m[1] and m[0] < e for s, e, _k in taken)]


def clause_links(ex: Extractor, text: str, sent: Sentence, actors: list[tuple[int, int, str]],
                  blockers: list[tuple[int, int]], carry: bool, ranks: bool = True) -> list[Link]:
    return ex.clause_linker.links(text, sent.found, sent.start, sent.end, sent.actors, actors, blockers, carry, ranks)
