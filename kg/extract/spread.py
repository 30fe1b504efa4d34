"""Names found once by a pattern, spread to the article's other mentions of them.

A body found by its head word ("Hiệp hội ... Nhật Bản (JIFA)") or a locality found by its cue ("huyện Boeun (tỉnh
Chungcheongbuk-do)") is the same partner wherever the article names it again alone.
"""

from __future__ import annotations

import re

from .recognise import Found


def spread_new_names(text: str, founds: list[tuple[int, int, Found]]) -> None:
    """A body found once by its head word ("Hiệp hội ... Nhật Bản (JIFA)") is the same body wherever the article
    names it again alone ("Số tiền sẽ được JIFA chuyển đến Hà Tĩnh"): its later mentions become partners too."""
    names: dict[str, str] = {}
    for _s, _e, found in founds:
        for key, entity in found.new_entities.items():
            for name in (entity.label, entity.acronym):
                if name and len(name) >= 3 and name.isascii():
                    names.setdefault(name, key)
    if not names:
        return
    rx = re.compile(r"(?<![\w&-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w&-])")
    entities = {k: e for _s, _e, f in founds for k, e in f.new_entities.items()}
    for start, end, found in founds:
        taken = found.partners + found.provinces + found.venues + found.markers
        for m in rx.finditer(text, start, end):
            if not any(s < m.end() and m.start() < e for s, e, _k in taken):
                key = names[m.group()]
                found.partners.append((m.start(), m.end(), key))
                found.new_entities.setdefault(key, entities[key])
        found.partners.sort()
