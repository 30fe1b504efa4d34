"""What a partner named in a sentence is there for, where it is not the province's counterpart.

A country may only say where investors or visitors come from ("nhà đầu tư đến từ Hàn Quốc, Nhật Bản"), whose
localities a sentence lists ("4 tỉnh của Campuchia gồm Takeo, ..."), or a foreign city may only set the scene of a
meeting with someone else ("tại TP Côn Minh, tỉnh Vân Nam, ..."). :func:`kg.extract.relate.relations` drops such
links.
"""

from __future__ import annotations

import re

from .document import Sentence
from .pairing import Link

# where investors, firms or visitors come from, then a list that runs on to the name
_FROM_ORIGIN = re.compile(r"(?<!\w)(?:đến từ|từ các nước|từ các quốc gia|từ nhiều nước|từ nhiều quốc gia|"
                          r"từ \d+ (?:nước|quốc gia))(?!\w)[^.;:]{0,100}$")
_INTO_COUNTRY = re.compile(r"\s+(?:(?:đầu tư|làm ăn|kinh doanh)\s+)?(?:vào|tại|sang) Việt Nam(?!\w)")
_FRIENDS = re.compile(r"(?<!\w)bạn bè\s+(?:(?:các nước|quốc tế|khu vực)\s+)?$")
# the words before a country that classify localities: "các tỉnh của", "4 tỉnh Bắc", "những địa phương nước bạn"
_CLASSIFIES = re.compile(r"(?<!\w)(?:tỉnh|địa phương|thành phố|bang|vùng)(?:\s+(?:giáp biên|biên giới|Bắc|Nam|Đông|Tây|"
                         r"Trung|bạn))?\s+(?:của\s+)?(?:nước\s+(?:bạn\s+)?)?$")
_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,40}")  # "Geelong (bang Victoria, Úc)": the country inside the bracket after it
_AT_VENUE = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:(?:thành phố|TP\.?|thủ đô|Thủ đô)\s+)?$")
_SCENE_END = re.compile(r"\s*[,(]")


def origin_only(text: str, sent: Sentence, partner: str) -> bool:
    """A country named only as where investors or visitors come from: "126 dự án FDI ... từ những nhà đầu tư đến từ
    khắp nơi trên thế giới như Hàn Quốc, Nhật Bản, Singapore ..."."""
    spans = [s for s, _e, k in sent.found.partners if k == partner]
    if spans and all(_FRIENDS.search(text, max(sent.start, s - 20), s) for s in spans):
        return True  # "quảng bá ... đến bạn bè ASEAN và quốc tế": an audience, not a partner
    if not partner.startswith("country/"):
        return False
    # "để các nhà đầu tư Tây Ban Nha vào Việt Nam": investors coming into the country, the nation's concern
    return bool(spans) and all(_FROM_ORIGIN.search(text, max(sent.start, s - 120), s)
                               or _INTO_COUNTRY.match(text, e, sent.end) for s, e in
                               ((s, e) for s, e, k in sent.found.partners if k == partner))


def classifies_localities(text: str, sent: Sentence, partner: str, links: list[Link]) -> bool:
    """A country named only as the one whose localities the sentence links: "với 4 tỉnh của Campuchia gồm Takeo,
    Kandal ...", "4 tỉnh Bắc Lào gồm Luông Pha Băng ...", "thành phố Geelong (bang Victoria, Úc)"."""
    if not partner.startswith("country/"):
        return False
    places = [k for k in (link.partner for link in links) if k.startswith(f"place/{partner[8:]}-")]
    if not places:
        return False
    ends = [e for _s, e, k in sent.found.partners if k in places]
    spans = [s for s, _e, k in sent.found.partners if k == partner]
    return bool(spans) and all(_CLASSIFIES.search(text, max(sent.start, s - 40), s) or any(
        _BRACKET_AFTER.fullmatch(text, e, s) for e in ends if e <= s) for s in spans)


def venue_only(text: str, sent: Sentence, partner: str, links: list[Link]) -> bool:
    """A foreign place that sets the scene of the sentence's meeting with another partner: "tại TP Côn Minh, tỉnh Vân
    Nam (Trung Quốc), ...", "Ngày 25.9, tại Paris, UBND tỉnh phối hợp với Business France ...": where, not with whom."""
    if not partner.startswith("place/") or not any(link.partner != partner and not link.partner.startswith("country/")
                                                   for link in links):
        return False
    spans = [(s, e) for s, e, k in sent.found.partners if k == partner]
    return bool(spans) and all(_AT_VENUE.search(text, max(sent.start, s - 20), s) and _SCENE_END.match(text, e)
                               for s, e in spans)
