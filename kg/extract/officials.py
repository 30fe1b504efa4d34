"""Provincial leaders named in an article, so that a later "ông Phong" acts for the city.

News introduces a leader once with his office ("ông Nguyễn Thành Phong, Chủ tịch UBND
TP.HCM", "Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân") and then names him alone ("ông
Phong tiếp ...", "Bí thư Nguyễn Thiện Nhân cho biết ..."). Only provincial offices count:
the chair or party secretary of a province's People's Committee, Council or Party
committee, or the director of one of its departments, never a district's or commune's.
"""

from __future__ import annotations

import re

from . import cues
from .firms import _UPPER

_NAME = rf"((?:[{_UPPER}][\w]+\s){{1,3}}[{_UPPER}][\w]+)"  # two to four capitalised syllables

Span = tuple[int, int, str]


class Officials:
    def __init__(self) -> None:
        office = cues.pattern("provincial_office").pattern
        self.office_before = re.compile(rf"(?:{office})\s*(?:tỉnh|thành phố|TP\.?)?\s*$")
        self.name_before = re.compile(rf"(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s+{_NAME}\s*[,–-]\s*$")
        self.name_after = re.compile(rf"\s+{_NAME}(?!\w)")
        # "ông X, Chủ tịch UBND tỉnh" with no name after: the article's own province
        self.anaphoric = re.compile(rf"(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s+{_NAME}\s*[,–-]\s*(?:{office})\s*"
                                    rf"(?:tỉnh|thành phố|TP)(?![\w.]|\s*\.?\s*[{_UPPER}])")

    def find(self, text: str, provinces: list[Span], subject: str | None) -> dict[str, str]:
        """Leader's full name -> province key."""
        names: dict[str, str] = {}
        for start, end, key in provinces:
            before = text[max(0, start - 70) : start]
            office = self.office_before.search(before)
            if not office:
                continue
            named = self.name_before.search(before[: office.start()])
            if named:
                names.setdefault(named.group(1), key)
            after = self.name_after.match(text, end)
            if after:
                names.setdefault(after.group(1), key)
        if subject:
            for m in self.anaphoric.finditer(text):
                names.setdefault(m.group(1), subject)
        return names

    def patterns(self, names: dict[str, str]) -> list[tuple[re.Pattern[str], str]]:
        """One pattern per leader, built once per article: his full name, or "ông"/"bà"/a title and his given name."""
        return [(re.compile(rf"(?<!\w)(?:{re.escape(name)}|(?:ông|bà|Ông|Bà|Bí thư|Chủ tịch)\s+{re.escape(name.split()[-1])})(?!\w)"),
                 key) for name, key in names.items()]

    def mentions(self, text: str, start: int, end: int, patterns: list[tuple[re.Pattern[str], str]]) -> list[Span]:
        """Where the leaders act in a sentence."""
        out: list[Span] = []
        for rx, key in patterns:
            for m in rx.finditer(text, start, end):
                if re.search(r"[”\"–-]\s*$", text[max(start, m.start() - 4) : m.start()]):
                    continue  # "... đều muốn nâng quy mô đầu tư” – ông Phong chia sẻ": he quotes, he does not act
                out.append((m.start(), m.end(), key))
        return out
