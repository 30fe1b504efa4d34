"""Who the article is about and who acts in each sentence: a province, the nation, or nobody.

Each sentence gets a scope: the provinces that act in it (named, or "tỉnh"/"UBND tỉnh"
meaning the article's province), the nation ("Đảng và Nhà nước", "Thủ tướng", "cả
nước"), or nobody; a sentence with none takes its paragraph's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Article
from . import cues
from .document import Sentence
from .recognise import Found

_IN_FIRM_NAME = re.compile(r"(?:Công ty|công ty|Tập đoàn|tập đoàn|Cty|Tổng công ty)[^,.;:()“”]{0,50}$")

if TYPE_CHECKING:  # pragma: no cover
    from .extractor import Extractor

# "Chính phủ nước này", "Chính phủ nước bạn": the foreign side's government, not Vietnam's
_OTHER_NATION = re.compile(r"\s+(?:nước này|nước bạn|bạn|sở tại|nhân dân)(?!\w)")


# "các tỉnh, thành phố đã ...", "63 tỉnh": provinces in general, not the article's
_MANY_PROVINCES = re.compile(r"(?<!\w)(?:các|những|nhiều|mọi|\d+|tỉnh,?|và|hoặc)\s*$")


def drop_vietnamese_namesakes(ex: Extractor, text: str, founds: list[Found]) -> None:
    """A foreign place's name that the article also gives to a commune, ward or hamlet, units only Vietnam
    has ("xã Tân Cương" beside "vùng chè Tân Cương"), is that Vietnamese place wherever the article names it."""
    names = {text[s:e] for f in founds for s, e, k in f.partners if k.startswith("place/")}
    local = {n for n in names if re.search(rf"(?<!\w)(?:xã|phường|thôn|ấp|khu phố)\s+{re.escape(n)}(?!\w)(?!\s*\()", text)}
    if local:
        for f in founds:
            f.partners = [m for m in f.partners if text[m[0] : m[1]] not in local]


def about_relations(ex: Extractor, article: Article, raw: list[tuple[int, int, int, Found]]) -> bool:
    """The title or lead names a foreign partner, or speaks of cooperation, investment, visits, aid ...:
    a lottery, a court case or a school's enrolment that mentions a foreign name deep in its body is not."""
    if any(found.partners or found.markers for _s, _e, p, found in raw if p <= 1):
        return True
    head = article.body[: 2]
    return any(ex.topic.search(article.text, s, e) for s, e in head)


def subject_of(ex: Extractor, article: Article, raw: list[tuple[int, int, int, Found]]) -> str | None:
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


def scope_sentences(ex: Extractor, text: str, raw: list[tuple[int, int, int, Found]], subject: str | None) -> list[Sentence]:
    """Who acts in each sentence: named provinces, else "tỉnh" (the subject), else the paragraph's scope."""
    decided: list[tuple[tuple[str, ...], str] | None] = []  # (actors, scope) of each sentence
    para_scopes: dict[int, set[str]] = {}
    para_actors: dict[int, set[str]] = {}  # the provinces that act somewhere in each paragraph
    # a province named once in passing deep in the text ("ĐB Đỗ Thị Lan (Quảng Bình)") is not one the
    # article is about; the article's provinces are named in its title or lead, or more than once
    lead_end = raw[min(len(raw), 3) - 1][1] if raw else 0
    counts: dict[str, int] = {}
    for _s, _e, _p, found in raw:
        for ps, _pe, k in found.provinces:
            counts[k] = counts.get(k, 0) + (2 if ps < lead_end else 1)
    named: list[tuple[str, ...]] = []
    for s, e, p, found in raw:
        chunk = text[s:e]
        # a province named once is still an actor when its authorities are named: "UBND tỉnh Bình Định"
        eligible = [m for m in found.provinces if counts[m[2]] >= 2 or ex.authority.search(text, max(0, m[0] - 25), m[1])]
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
        strong = vietnamese_national(ex, text, s, e, found)
        d: tuple[tuple[str, ...], str] | None
        if provinces and strong and not any(ex.actor_verb.match(text, e) for _s, e, _k in found.provinces):
            d = ((), "national")  # "Thủ tướng ... gặp Bí thư Thành ủy TP.HCM": the nation acts
        elif provinces:
            d = (provinces, "province")
        elif strong:
            d = ((), "national")
        elif subject and any(not any(0 <= v[0] - (s + m.end()) <= 2 for v in found.venues)
                             for m in ex.actor.finditer(chunk)):
            # "Tỉnh đã ...", "UBND tỉnh": the article's province; not "tại tỉnh Quảng Ninh", which names another
            d = ((subject,), "province")
        elif subject and any(not _MANY_PROVINCES.search(chunk, 0, m.start()) for m in ex.pairing.bare_province.finditer(chunk)):
            d = ((subject,), "province")  # "Năm 2025, tỉnh vận động được 47 chương trình ...", "tỉnh đón hơn ..."
        elif found.venues and not national(ex, text, s, e, found):
            d = (tuple(dict.fromkeys(k for _s, _e, k in found.venues)), "province")
        elif national(ex, text, s, e, found):
            d = ((), "national")
        else:
            d = None
        decided.append(d)
        if d:
            para_scopes.setdefault(p, set()).add(d[1])
            para_actors.setdefault(p, set()).update(d[0])
    out = []
    for (s, e, p, found), decision, here in zip(raw, decided, named):
        if decision is None:
            scopes = para_scopes.get(p, set())
            if "province" in scopes and subject is not None and subject in para_actors.get(p, ()):
                decision = ((subject,), "province")  # "Đồng thời, ký kết ...": the province goes on
            elif "national" in scopes:
                decision = ((), "national")
            else:
                decision = ((), "none")  # no province acts in this paragraph: nothing to attribute
        out.append(Sentence(s, e, p, found, decision[0], decision[1], here))
    return out


def vietnamese_national(ex: Extractor, text: str, start: int, end: int, found: Found) -> bool:
    """A national actor of Vietnam: "Thủ tướng", "Quốc hội" not followed by a foreign country's name
    ("Thủ tướng Campuchia", "Chủ tịch Quốc hội Myanmar" are the partner)."""
    return bool(national_spans(ex, text, start, end, found))


def national(ex: Extractor, text: str, start: int, end: int, found: Found) -> bool:
    chunk = text[start:end]
    if vietnamese_national(ex, text, start, end, found) or ex.national_weak.search(chunk):
        return True
    vietnam_context = cues.pattern("vietnam_context")
    # "Công ty TNHH Korea Tech & Art Việt Nam": a subsidiary's name, not the nation
    nation = [vs for vs, _ve in found.vietnam if not _IN_FIRM_NAME.search(text, max(start, vs - 60), vs)]
    return bool(nation) and not vietnam_context.search(chunk)


def national_spans(ex: Extractor, text: str, start: int, end: int, found: Found) -> list[tuple[int, int]]:
    foreign = [(s, e) for s, e, k in found.partners + found.markers if k.startswith(("country/", "org/", "mission/"))]
    return [m.span() for m in ex.national.finditer(text, start, end)
            if not any(0 <= s - m.end() <= 12 and re.fullmatch(r"[\s\w]*", text[m.end() : s]) for s, _e in foreign)
            and not any(m.start() < e and s < m.end() for s, e in foreign)  # "Quốc hội Mông Cổ": a foreign body's name
            and not _OTHER_NATION.match(text, m.end())]
