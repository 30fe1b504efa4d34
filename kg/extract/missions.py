"""A country's missions and bodies named by a head word before the country: "Đại sứ quán Hàn Quốc", "Tổng Lãnh sự
quán Nhật Bản tại Đà Nẵng", "Hải quân Hoàng gia Australia", "Quốc hội Mông Cổ"; and lists headed by such a word:
"các Đại sứ quán ... của một số nước tại Việt Nam như Úc, Phần Lan, Na Uy" are the embassies of those
countries.
"""

from __future__ import annotations

import re

from ..model import Entity
from ..text import slug
from . import cues
from .gazetteer import Gazetteer, Match

_PREFIX = {"embassy": "Đại sứ quán ", "consulate": "Tổng Lãnh sự quán "}
_BETWEEN = re.compile(r"\s*((nước|của|Hoàng gia|Vương quốc|Cộng hòa)\s+)?")
# "các Đại sứ quán, cơ quan hợp tác phát triển của một số nước tại Việt Nam như ...": a list of countries follows
_LIST_HEAD = re.compile(r"(?<!\w)các\s+(?P<head>Đại sứ quán|đại sứ quán|Tổng Lãnh sự quán|Tổng lãnh sự quán|Lãnh sự quán)"
                        r"(?!\w)[^.;:]{0,80}?(?<!\w)(?:như|gồm|bao gồm)(?!\w)\s*:?\s*")
_ITEM_GAP = re.compile(r"\s*(?:,|và|cùng)\s*")


def mission_key(kind: str, cc: str, prefix: str) -> tuple[str, str]:
    """Embassies and consulates are missions; a country's navy, parliament or party is one of its organisations."""
    if kind in _PREFIX:
        return f"mission/{cc}-{kind}", "mission"
    return f"org/{cc}-{slug(prefix)}", "agency" if kind == "military" else "organisation"


class Missions:
    """Finds a country's missions and bodies by the head word before the country's name."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.heads = cues.patterns("mission")

    def _country(self, m: Match) -> Entity | None:
        return next((self.gaz.entities[a.key] for a in m.aliases if self.gaz.entities[a.key].kind == "country"), None)

    def _entity(self, kind: str, country: Entity, head: str, royal: bool) -> Entity:
        cc = (country.country or "").lower()
        prefix = _PREFIX.get(kind) or (head.strip() + " ")
        key, entity_kind = mission_key(kind, cc, prefix)
        names = [n for n in dict.fromkeys((country.label_en or "", *country.alt_labels)) if n]
        if royal:  # "Hải quân Hoàng gia Australia"
            names += ["Hoàng gia " + n for n in (country.label, *names)]
        return Entity(key, entity_kind, prefix + country.label, country=country.country,
                      alt_labels=tuple(prefix + n for n in names))

    def find(self, text: str, matches: list[Match], consumed: set[int]) -> list[tuple[int, int, Entity]]:
        out: list[tuple[int, int, Entity]] = []
        for i, m in enumerate(matches):
            country = self._country(m)
            if country is None:
                continue
            before = text[max(0, m.start - 50) : m.start]
            for kind, rx in self.heads.items():
                hit = [h for h in rx.finditer(before) if _BETWEEN.fullmatch(before[h.end():])]
                if hit:
                    entity = self._entity(kind, country, hit[-1].group(), "Hoàng gia" in before[hit[-1].end() :])
                    out.append((m.start - len(before) + hit[-1].start(), m.end, entity))
                    consumed.add(i)
                    break
        out += self._listed(text, matches, consumed)
        return out

    def _listed(self, text: str, matches: list[Match], consumed: set[int]) -> list[tuple[int, int, Entity]]:
        """The countries listed after "các Đại sứ quán ... như": each one's embassy (or consulate)."""
        out: list[tuple[int, int, Entity]] = []
        if not matches:
            return out
        lo, hi = matches[0].start, matches[-1].end
        for head in _LIST_HEAD.finditer(text, max(0, lo - 200), hi):
            kind = "embassy" if "Đại sứ" in head.group("head") or "đại sứ" in head.group("head") else "consulate"
            pos = head.end()
            for i, m in enumerate(matches):
                if m.start < pos or i in consumed:
                    continue
                country = self._country(m)
                if m.start != pos or country is None:
                    break
                out.append((m.start, m.end, self._entity(kind, country, _PREFIX[kind], False)))
                consumed.add(i)
                gap = _ITEM_GAP.match(text, m.end)
                if gap is None:
                    break
                pos = gap.end()
        return out
