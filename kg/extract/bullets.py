"""Bulleted lists that a province heads: "Một số tổ chức có đóng góp nổi bật gồm:" and then one paragraph per
body, "- Tổ chức Đông Tây Hội ngộ (EMW, Hoa Kỳ): xây dựng 6 điểm trường".  The items name no province, so the
scope stage gives them nobody; the list's head says whose they are."""

from __future__ import annotations

import re
from collections.abc import Callable

from .document import Sentence
from .pairing import Link

# the head: the kind of body listed, then a colon that ends the sentence
_HEAD = re.compile(r"(?<!\w)(?:tổ chức|nhà tài trợ|doanh nghiệp|nhà đầu tư|đối tác|dự án|địa phương|đơn vị)(?!\w)"
                   r"[^.;]{0,120}:\s*$", re.IGNORECASE)
_BULLET = re.compile(r"\s*[-–+•]\s*")
_ITEM_NAME_END = re.compile(r"[:;]|\s[-–]\s")
_LISTED = ("org/", "company/", "mission/", "place/")


class Bullets:
    """Follows one article's sentences in order and links the items of a list to the province that heads it."""

    def __init__(self) -> None:
        self.owner: str | None = None
        self.kinds: frozenset[str] = frozenset()
        self.paragraph = -1

    def step(self, text: str, sent: Sentence, province: str | None, kinds_of: Callable[[str], frozenset[str]]
             ) -> list[Link]:
        """The links of ``sent`` as an item of the open list; ``province`` is who acts in it, if anyone, and
        ``kinds_of`` reads what relation a list's head states (asked only of a head)."""
        opens_paragraph = sent.paragraph != self.paragraph
        self.paragraph = sent.paragraph
        bullet = _BULLET.match(text, sent.start)
        out: list[Link] = []
        if opens_paragraph and bullet and self.owner and not sent.found.provinces:
            name_end = _ITEM_NAME_END.search(text, bullet.end(), sent.end)
            limit = name_end.start() if name_end else min(sent.end, bullet.end() + 100)
            out = [Link(self.owner, k, self.kinds) for s, _e, k in sent.found.partners
                   if s < limit and k.startswith(_LISTED)]
        elif opens_paragraph and not bullet:
            self.owner = None
        if province and text[sent.start : sent.end].rstrip().endswith(":") and _HEAD.search(text, sent.start, sent.end):
            self.owner, self.kinds = province, kinds_of(text[sent.start : sent.end]) or frozenset({"cooperation"})
        return out
