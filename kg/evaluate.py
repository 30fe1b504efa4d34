"""``kg eval``: compare a built graph with a hand annotation (gold), fact by fact.

The gold file is JSONL, one article per line (format in ``tests/dev/README.md``)::

    {"id": "21474023", "kind": "relations" | "trap", "province": ...,
     "partnerships": [{"province": "Bà Rịa - Vũng Tàu", "partner": "Hyosung", ...}],
     "agreements":   [{"province": ..., "partner": ..., "status": "signed", "period": null}],
     "events":       [{"province": ..., "kind": "signing", "date": "2017-02-06", "partners": [...]}],
     "indicators":   [{"scope": ..., "type": "fdi_capital", "value": 26700000000, "unit": "USD"}]}

Articles are matched on their identifier (``dcterms:identifier``), names on
a folded key (no diacritics, case or spacing) against every label, other
name and acronym of the graph's node, so "WB" meets "Ngân hàng Thế giới".
Scores are micro-averaged over the articles of the gold file.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .graph.sparql import select
from .resources import sparql
from .text import fold

KINDS = ("partnerships", "agreements", "events", "indicators")
_FACTS = {kind: sparql(f"eval_{kind}") for kind in KINDS}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_finds: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class EvalReport:
    articles: int
    empty: tuple[str, ...]  # gold articles with facts of which the graph holds nothing
    scores: dict[str, Score]
    trap_articles: int
    trap_false_finds: int  # partnerships found in trap articles

    def table(self) -> str:
        lines = [f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
        for kind, s in self.scores.items():
            lines.append(f"{kind:14}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:6}{s.fn:6}")
        lines.append(f"{self.articles} articles, {self.trap_articles} traps with {self.trap_false_finds} false partnerships")
        return "\n".join(lines) + "\n"


def read_gold(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise KgError(f"{path}:{number}: not valid JSON ({e.msg}): one object per line") from e
            if "id" not in row:
                raise KgError(f"{path}:{number}: no \"id\": each line names the article it annotates")
            rows.append(row)
    return rows


def _key(name: object) -> str:
    return fold(str(name or ""))


def _value_key(value: str | None) -> str:
    try:
        return f"{float(value or ''):.4g}"
    except ValueError:
        return str(value)


def evaluate(gold_path: str | Path, store: ox.Store) -> EvalReport:
    """Precision, recall and F1 of the graph in ``store`` against the gold file."""
    gold = read_gold(Path(gold_path))
    names: dict[str, set[str]] = defaultdict(set)
    for row in select(store, sparql("eval_names")):
        names[row["n"].value].add(_key(row["name"].value))
    found: dict[str, dict[str, set[tuple]]] = {k: defaultdict(set) for k in KINDS}
    for kind, query in _FACTS.items():
        for row in select(store, query):
            values = [row[i] for i in range(len(row))]
            article = values[0].value
            rest = tuple(v.value if v is not None else None for v in values[1:])
            found[kind][article].add(rest)
    held = {a for k in KINDS for a in found[k]}
    held |= {row["id"].value for row in select(store, sparql("eval_articles"))}

    def exact(node: str | None, name: object) -> bool:
        return node is not None and _key(name) in names.get(node, {_key(node.rsplit("/", 1)[-1])})

    def same(node: str | None, name: object) -> bool:
        if node is None:
            return False
        key, known = _key(name), names.get(node, {_key(node.rsplit("/", 1)[-1])})
        if key in known:
            return True
        if _key(re.sub(r"\s+(?:tại|ở)\s.*$", "", str(name))) in known:
            return True  # "Hiệp hội Doanh nghiệp Nhật Bản tại Đà Nẵng": the body, wherever its office is
        # a company or organisation named with or without its suffix: "Hyosung" / "Hyosung Corporation"
        # "Rotary International D-3600" / "Rotary": a chapter or district named after its body
        return ("/company/" in node or "/org/" in node) and any(
            len(k) >= 4 and (key.startswith(k) or k.startswith(key)) for k in known)

    scores = {k: Score() for k in KINDS}
    traps = trap_false = 0
    for g in gold:
        gid = str(g["id"])
        if g.get("kind") == "trap":
            traps += 1
            trap_false += len(found["partnerships"].get(gid, ()))
        for kind in KINDS:
            sys_facts = set(found[kind].get(gid, ()))
            for item in g.get(kind, []):
                match = next((f for f in sorted(sys_facts, key=str) if _matches(kind, f, item, exact)), None) or next(
                    (f for f in sorted(sys_facts, key=str) if _matches(kind, f, item, same)), None)
                if match is None:
                    scores[kind].fn += 1
                    scores[kind].misses.append(f"{gid}: {_describe(kind, item)}")
                else:
                    scores[kind].tp += 1
                    sys_facts.discard(match)
            for f in sorted(sys_facts, key=str):
                scores[kind].fp += 1
                scores[kind].false_finds.append(f"{gid}: {' | '.join(str(x) for x in f)}")
    empty = tuple(str(g["id"]) for g in gold if str(g["id"]) not in held and any(g.get(k) for k in KINDS))
    return EvalReport(len(gold), empty, scores, traps, trap_false)


def _matches(kind: str, fact: tuple, item: dict, same) -> bool:
    if kind == "partnerships":
        return same(fact[0], item.get("province")) and same(fact[1], item.get("partner"))
    if kind == "agreements":
        return same(fact[0], item.get("province")) and same(fact[1], item.get("partner")) and fact[2] == item.get("status")
    if kind == "events":
        date = item.get("date")
        # an event is the province's on a day: annotators name the same reception "visit" or "reception"
        return same(fact[0], item.get("province")) and (not date or fact[2] == date)
    return (same(fact[0], item.get("scope")) and fact[1] == item.get("type")
            and _value_key(fact[2]) == _value_key(item.get("value")))


def _describe(kind: str, item: dict) -> str:
    keys = {"partnerships": ("province", "partner"), "agreements": ("province", "partner", "status"),
            "events": ("province", "kind", "date"), "indicators": ("scope", "type", "value")}[kind]
    return " | ".join(str(item.get(k)) for k in keys)
