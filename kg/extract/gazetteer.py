"""Gazetteers: the named things kg knows, loaded from ``kg/data/`` and matched in text.

Names are matched on a key without case, spaces or hyphens, so "Bô-ly-khăm-xay"
and "Bôlykhămxay" meet.  Transliterated foreign places of three syllables or more
also meet without tone marks or doubled letters, since the press spells them many
ways ("Xa-vẳn-na-khệt", "Xa-va-na-khẹt", "Át Ta Pư", "Attapư"); short and ambiguous
names ("Mỹ", "Anh", "Lào") and acronyms ("WB") only match their exact
spelling.  The longest match wins, which is how "Lào Cai" (a Vietnamese
province) is never read as Laos.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..data import DATA_DIR, read_table
from ..model import Entity
from ..text import fold, match_key, normalise_text
from .lowered import LoweredSearch

MAX_TOKENS = 12  # the longest names: "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam" has 9 words
_UPPER = re.escape("".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper() and c.isalpha()))
_TOKEN = re.compile(r"\w+")
#: The next word of a name: up to three separators (spaces, hyphens, dots), then the word.
_NEXT = re.compile(r"[ \-‐‑–.]{0,3}+(\w+)")
MERGER_DATE = dt.date(2025, 7, 1)
_STEPS_KEPT = 500_000  # steps of a name's walk remembered (then forgotten, all at once)
#: A remembered step's key: the words of a name so far, each joined to the one before by "-" or " ".
_KEY_PARTS = re.compile(r"([ -])")

# Preference when one name belongs to several entities.
_RANK = {"blocker": -1, "province": 0, "vietnam": 1, "country": 2, "locality": 3, "organisation": 4, "agency": 4, "ngo": 5,
         "company": 6}
_LOCALITY_RANK = {"blocker": -1, "province": 0, "state": 0, "prefecture": 0, "region": 1, "municipality": 1, "special_city": 1}


@dataclass(frozen=True)
class Alias:
    key: str  # entity key
    exact: bool  # match the spelling exactly (case and diacritics)
    strict: bool  # needs a cue in context ("tỉnh X", "X (Country)")
    capital: bool  # the name starts with a capital letter: so must the text
    words_capital: bool = False  # every word is capitalised ("Hòa Bình"): so must they be in the text


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    surface: str
    aliases: tuple[Alias, ...]  # every entity this name may be, best first


@lru_cache(maxsize=200_000)
def _fold_token(token: str) -> str:
    return token.lower()


def loose_key(name: str) -> str:
    """No diacritics, case, separators or doubled letters: "Xa-vẳn-na-khệt" -> "xavanakhet"."""
    return re.sub(r"(.)\1+", r"\1", fold(name))


@lru_cache(maxsize=200_000)
def _cached_loose_key(name: str) -> str:
    """:func:`loose_key`, remembered: matching asks it of the same capitalised words again and again."""
    return loose_key(name)


def _loose_worthy(name: str) -> bool:
    """Long enough that dropping its marks cannot turn it into a Vietnamese word: three syllables, or one
    long foreign word."""
    parts = [p for p in re.split(r"[\s\-‐‑–]+", name) if p]
    return (len(parts) >= 3 and len(fold(name)) >= 7) or (len(parts) == 1 and len(fold(name)) >= 8)


def _split(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


class Gazetteer:
    """Every entity in ``kg/data`` and an index of their names."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._folded: dict[str, list[Alias]] = {}
        self._exact: dict[str, list[Alias]] = {}
        self._prefixes: set[str] = set()
        self._exact_prefixes: set[str] = set()
        self._loose: dict[str, list[Alias]] = {}
        self._loose_prefixes: set[str] = set()
        self._lower_firsts: set[str] = set()
        self._steps: dict[str, tuple[bool, tuple[Alias, ...]]] = {}  # see _step
        self._province_rx: LoweredSearch | None = None
        self._load()
        self._freeze()

    # -- loading ----------------------------------------------------------
    def _add(self, entity: Entity, names: list[str], *, strict: bool = False, exact: Sequence[str] = ()) -> None:
        self.entities[entity.key] = entity
        exact_set = {normalise_text(e) for e in exact}
        for name in dict.fromkeys(normalise_text(n) for n in names if n):
            is_exact = name in exact_set or len(fold(name)) <= 3 or (name.isupper() and len(name) <= 6)
            words = name.split()
            alias = Alias(entity.key, is_exact, strict, name[:1].isupper(),
                          len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in words))
            first = _TOKEN.match(name)
            if not alias.capital and first:
                self._lower_firsts.add(first.group())
            if is_exact:
                surface = " ".join(_TOKEN.findall(name))
                self._exact.setdefault(surface, []).append(alias)
            else:
                self._folded.setdefault(match_key(name), []).append(alias)
                if entity.kind == "locality" and entity.country != "VN" and _loose_worthy(name):
                    self._loose.setdefault(loose_key(name), []).append(alias)

    def _load(self) -> None:
        for row in read_table("provinces.tsv"):
            key = f"province/{row['id']}"
            successor = f"province/{row['successor']}" if row.get("successor") else None
            e = Entity(key, "province", row["name"], label_en=None, alt_labels=tuple(_split(row["aliases"])),
                       iso=row.get("iso") or None, gso=row["gso"], locality_type=row["kind"],
                       valid_from=row.get("valid_from") or None, valid_until=row.get("valid_until") or None,
                       successor=successor)
            self._add(e, [row["name"], *_split(row["aliases"])])
        for row in read_table("countries.tsv"):
            iso2 = row["iso2"].lower()
            kind = "vietnam" if iso2 == "vn" else "country"
            ambiguous = _split(row.get("ambiguous", ""))
            names = [row["name_vi"], row["name_en"], *_split(row["aliases"]), *ambiguous]
            e = Entity(f"country/{iso2}", kind, row["name_vi"], country=row["iso2"], label_en=row["name_en"],
                       alt_labels=tuple(_split(row["aliases"])) + tuple(ambiguous), iso=row["iso2"])
            self._add(e, names, exact=ambiguous)
        for row in read_table("localities.tsv"):
            aliases = _split(row["aliases"])
            e = Entity(f"place/{row['id']}", "locality", row["name"], country=row["country"],
                       alt_labels=tuple(aliases), iso=row.get("iso") or None, locality_type=row["kind"])
            self._add(e, [row["name"], *aliases], strict=row.get("strict") == "1")
        for row in read_table("organisations.tsv"):
            acr = row.get("acronym") or ""
            names = [row["name_vi"], row["name_en"], *_split(row["aliases"])]
            e = Entity(f"org/{row['id']}", row["kind"], row["name_vi"] or row["name_en"],
                       country=row.get("country") or None, label_en=row["name_en"] or None,
                       alt_labels=tuple(_split(row["aliases"])), acronym=acr or None)
            self._add(e, names + ([acr] if acr else []), exact=[acr] if acr else [])
        if (DATA_DIR / "companies.tsv").exists():
            for row in read_table("companies.tsv"):
                aliases = _split(row["aliases"])
                e = Entity(f"company/{row['id']}", "company", row["name"], country=row.get("country") or None,
                           alt_labels=tuple(aliases))
                self._add(e, [row["name"], *aliases], strict=row.get("strict") == "1")
        for row in read_table("blockers.tsv"):
            key = f"blocker/{row['name']}"
            self._add(Entity(key, "blocker", row["name"]), [row["name"]])

    def _freeze(self) -> None:
        def rank(a: Alias) -> tuple:
            e = self.entities[a.key]
            return (a.strict, _RANK.get(e.kind, 9), _LOCALITY_RANK.get(e.locality_type or "", 2), a.key)

        for table in (self._folded, self._exact, self._loose):
            for k, v in table.items():
                table[k] = sorted(set(v), key=rank)
        for k in self._folded:
            self._prefixes.update(k[:i] for i in range(1, len(k) + 1))
        for k in self._loose:
            self._loose_prefixes.update(k[:i] for i in range(1, len(k) + 1))
        # where a name can start: a capitalised word, a number, or the first word of a lower-case name
        lower = "|".join(sorted(map(re.escape, self._lower_firsts), key=len, reverse=True))
        self._start_rx = re.compile(rf"(?<!\w)(?:[{_UPPER}]\w*|\d\w*" + (rf"|(?:{lower})(?!\w)" if lower else "") + ")")
        for k in self._exact:
            words = k.split(" ")
            self._exact_prefixes.update(" ".join(words[:i]) for i in range(1, len(words) + 1))

    # -- matching ---------------------------------------------------------
    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Longest, leftmost matches of known names in ``text[start:end]``.

        A name is walked word by word from a word where one can start; what each step finds depends only on
        the words so far and on which of them are joined by a hyphen, so it is remembered by that key
        (:meth:`_step`): most walks are a lookup for their first word and one for their first two."""
        end = len(text) if end is None else end
        consumed = start
        steps = self._steps
        next_word = _NEXT.match
        for cand in self._start_rx.finditer(text, start, end):
            cand_start = cand.start()
            if cand_start < consumed:
                continue
            key = cand.group()
            go_on, found = steps.get(key) or self._step(key)
            if not go_on:
                continue  # no name begins with this word
            tok_end = cand.end()
            best, best_end = found, tok_end
            for _count in range(1, MAX_TOKENS):
                nxt = next_word(text, tok_end, end)
                if nxt is None:
                    break
                word_start, word_end = nxt.span(1)
                key += ("-" if "-" in text[tok_end:word_start] else " ") + nxt.group(1)
                go_on, found = steps.get(key) or self._step(key)
                if not go_on:
                    break
                tok_end = word_end
                if found:
                    best, best_end = found, tok_end
            if best:
                yield Match(cand_start, best_end, text[cand_start:best_end], best)
                consumed = best_end

    def _step(self, key: str) -> tuple[bool, tuple[Alias, ...]]:
        """The walk of :meth:`find` at the name ``key`` (its words joined by "-" where the text has a hyphen
        between them, else by " "): whether it may go on (the words so far begin a name) and the names they
        are, best first (empty when none).  Remembered for each key (then forgotten, all at once)."""
        steps = self._steps
        if len(steps) >= _STEPS_KEPT:
            steps.clear()
        parts = _KEY_PARTS.split(key)
        words, seps = parts[0::2], parts[1::2]
        first = words[0]
        capital = first[0].isupper() or first[0].isdigit()
        # every word joined by a space (not a hyphen) starts with a capital; some word is joined by a hyphen
        words_capital = all(sep == "-" or w[0].isupper() or w[0].isdigit() for w, sep in zip(words[1:], seps))
        hyphened = "-" in seps
        folded = "".join(map(_fold_token, words))
        exact = " ".join(words)
        plain = "".join(words)
        in_f, in_e = folded in self._prefixes, exact in self._exact_prefixes
        in_l = capital and (words_capital or hyphened) and _cached_loose_key(plain) in self._loose_prefixes
        result: tuple[bool, tuple[Alias, ...]]
        if not in_f and not in_e and not in_l:
            steps[key] = result = (False, ())
            return result
        found = [a for a in self._exact.get(exact, ()) if capital or not a.capital] if in_e else []
        if in_f:
            found += [a for a in self._folded.get(folded, ())
                      if (capital or not a.capital) and (words_capital or not a.words_capital)]
        if not found and in_l:
            loose = _cached_loose_key(plain)
            if len(words) >= 3 or len(loose) >= 8:
                found = list(self._loose.get(loose, ()))
        steps[key] = result = (True, tuple(dict.fromkeys(found)))
        return result

    @property
    def province_pattern(self) -> re.Pattern[str]:
        """Any province name or alias as written: a quick test of whether an article can hold facts."""
        return self._province_names().ignorecase

    def names_province(self, text: str) -> bool:
        """Whether :attr:`province_pattern` finds a name in ``text``, mostly asked of the lowered text
        (:mod:`kg.extract.lowered`), several times faster."""
        return self._province_names().search(text)

    def _province_names(self) -> LoweredSearch:
        if self._province_rx is None:
            names = {n for e in self.entities.values() if e.kind == "province" for n in (e.label, *e.alt_labels)}
            # written as a trie: the same names, scanned several times faster than their alternation
            self._province_rx = LoweredSearch(normalise_text(n) for n in names)
        return self._province_rx

    def province_at(self, keys: list[str], when: dt.date | None) -> str | None:
        """Of several provinces with one name, the unit in force on ``when``; after the 2025 merger, a dissolved
        province's successor."""
        provinces = [k for k in keys if self.entities[k].kind == "province"]
        if not provinces:
            return None
        after = when is not None and when >= MERGER_DATE
        for k in provinces:
            e = self.entities[k]
            if after and (e.valid_until is None or e.valid_until >= str(when)):
                return k
            if not after and (e.valid_from is None or e.valid_from < MERGER_DATE.isoformat()):
                return k
        unit = provinces[0]
        while after:  # "tỉnh Quảng Nam (cũ)" in news after the merger: the province it is part of now
            e = self.entities[unit]
            if e.successor is None or e.successor not in self.entities or (e.valid_until or "9") >= str(when):
                break
            unit = e.successor
        return unit


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
