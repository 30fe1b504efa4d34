"""Extract partnerships, agreements, events and indicators from one article.

The unit of reading is the sentence.  A province–partner link needs three
things in one sentence: a province that acts (named, or "tỉnh"/"Tỉnh"
meaning the article's province), a relation cue (cooperates, signs,
receives, visits, funds ...) and a foreign partner.  Sentences about the
nation ("Đảng và Nhà nước", "Thủ tướng", "cả nước") with no province named
give no link, and their figures are scoped to Vietnam.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from . import cues
from .dates import find_dates, find_periods, infer_year
from .facts import article_events, article_indicators
from .gazetteer import Gazetteer, gazetteer
from .model import Agreement, Article, Entity, Evidence, Extraction, Partnership
from .recognise import Found, Recogniser

_ABBREV = re.compile(r"(?:\b(?:TP|Q|TS|ThS|PGS|GS|Tp|St|Mr|Mrs|Dr|ông|bà|P|TX|H)\.|\d\.)$")
_SPLIT = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")


class _RefYear:
    """The year day-and-month dates belong to: the article's, else the one its body implies (computed once, on demand)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._value: int | None | bool = False

    def get(self) -> int | None:
        if self._value is False:
            a = self.article
            self._value = a.date.year if a.date else infer_year("\n".join(a.text[s:e] for s, e in a.body))
        return self._value  # type: ignore[return-value]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (body span)
    found: Found
    actors: tuple[str, ...]  # province keys acting in this sentence
    scope: str  # "province" | "national" | "none"


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
        self.actor_verb = re.compile(rf"\s*,?\s*(?:{cues.pattern('actor_verb').pattern})")

    def evidence(self, article: Article, start: int, end: int) -> Evidence:
        norm = article.norm
        raw_start = norm.original_offset(start)
        raw_end = norm.original_offset(end - 1) + 1 if end > start else raw_start
        return Evidence(article.id, raw_start, raw_end, article.text[start:end].strip())

    def extract(self, article: Article) -> Extraction:
        text = article.text
        if not self.gaz.province_pattern.search(text):
            return Extraction(article=article, subject=None)  # no province named: nothing can act
        ref_year = _RefYear(article)
        when = article.date
        raw: list[tuple[int, int, int, Found]] = []
        for p, span in enumerate(article.body):
            for s, e in sentences(text, span):
                raw.append((s, e, p, self.rec.recognise(text, s, e, when)))
        subject = self._subject(article, raw)
        sents = self._scope(text, raw, subject)
        entities: dict[str, Entity] = {}
        for s in sents:
            entities.update(s.found.new_entities)
        partnerships, agreements = self._relations(article, sents)
        events = article_events(self, article, sents, subject, ref_year)
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
        # a province named once in passing deep in the text ("ĐB Đỗ Thị Lan (Quảng Bình)") is not one the
        # article is about; the article's provinces are named in its title or lead, or more than once
        lead_end = raw[min(len(raw), 3) - 1][1] if raw else 0
        counts: dict[str, int] = {}
        for s, _e, _p, found in raw:
            for ps, _pe, k in found.provinces:
                counts[k] = counts.get(k, 0) + (2 if ps < lead_end else 1)
        for s, e, p, found in raw:
            chunk = text[s:e]
            provinces = tuple(dict.fromkeys(k for _s, _e, k in found.provinces if counts[k] >= 2))
            strong = self.national.search(chunk)
            if provinces and strong and not any(self.actor_verb.match(text, e) for _s, e, _k in found.provinces):
                d = ((), "national")  # "Thủ tướng ... gặp Bí thư Thành ủy TP.HCM": the nation acts
            elif provinces:
                d = (provinces, "province")
            elif strong:
                d = ((), "national")
            elif subject and self.actor.search(chunk):
                d = ((subject,), "province")
            elif found.venues and not self._national(chunk, found):
                d = (tuple(dict.fromkeys(k for _s, _e, k in found.venues)), "province")
            elif self._national(chunk, found):
                d = ((), "national")
            else:
                d = None
            decided.append(d)
            if d:
                para_scopes.setdefault(p, set()).add(d[1])
        out = []
        for (s, e, p, found), d in zip(raw, decided):
            if d is None:
                scopes = para_scopes.get(p, set())
                if "province" in scopes and subject:
                    d = ((subject,), "province")  # "Đồng thời, ký kết ...": the province goes on
                elif "national" in scopes:
                    d = ((), "national")
                else:
                    d = ((), "none")  # no province acts in this paragraph: nothing to attribute
            out.append(Sentence(s, e, p, found, d[0], d[1]))
        return out

    def _national(self, chunk: str, found: Found) -> bool:
        if self.national.search(chunk) or self.national_weak.search(chunk):
            return True
        vietnam_context = cues.pattern("vietnam_context")
        return bool(found.vietnam) and not vietnam_context.search(chunk)

    # -- partnerships and agreements --------------------------------------------
    def _relations(self, article: Article, sents: list[Sentence]) -> tuple[list[Partnership], list[Agreement]]:
        text = article.text
        partnerships: list[Partnership] = []
        agreements: list[Agreement] = []
        last_locality: dict[int, str] = {}
        for sent in sents:
            chunk = text[sent.start : sent.end]
            partners = list(dict.fromkeys(k for _s, _e, k in sent.found.partners))
            if not partners and self.pair.search(chunk) and sent.paragraph in last_locality:
                partners = [last_locality[sent.paragraph]]  # "Hai tỉnh đã ký ..."
            for _s, _e, k in sent.found.partners:
                if k.startswith("place/"):
                    last_locality[sent.paragraph] = k
            if not sent.actors or not partners:
                continue
            kinds = frozenset(cues.values_in("relation", chunk))
            if not kinds:
                continue
            ev = self.evidence(article, sent.start, sent.end)
            for province in sent.actors:
                for partner in partners:
                    partnerships.append(Partnership(province, partner, kinds, ev))
            agreements.extend(self._agreements(article, sent, partners, ev))
        return partnerships, agreements

    def _agreements(self, article: Article, sent: Sentence, partners: list[str], ev: Evidence) -> list[Agreement]:
        text = article.text
        chunk = text[sent.start : sent.end]
        doc_type = cues.first_value("agreement_type", chunk)
        positions = {k: s for s, _e, k in reversed(sent.found.partners)}
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
            if status is None or (doc_type is None and status == "signed"):
                continue
            doc_type = cues.last_value("agreement_type", before) or doc_type
            if status != "signed" and doc_type is None:
                doc_type = "thỏa thuận hợp tác"
            date = None
            if status == "signed":
                dates = [d for d in find_dates(chunk) if d.granularity != "year"]
                date = dates[0].value if dates else None
            out.append(Agreement(
                province=sent.actors[0],
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
