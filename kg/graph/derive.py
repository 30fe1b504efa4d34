"""What only the whole graph knows: when each tie was seen, and one node per real event.

Each article's graph depends on that article alone, so two facts need a
look across articles, written after every build to a graph of their own
(``id:graph/derived``):

* **Time on every tie**: a partnership's ``kg:firstDate`` and ``kg:lastDate``
  are the earliest and latest dates of its dated evidence: the publication
  dates of its articles, and the dates of the events and agreements between
  its province and partner. Undated evidence counts (in ``articles``) but
  never dates a tie. Dates keep their granularity (``2016``, ``2016-08``,
  ``2016-08-12``) and compare as ISO strings.
* **The same event once**: events of one province and kind, sharing a
  partner, dated to the day within :data:`MERGE_DAYS` of the first of them,
  are one event; likewise agreements of one province, type, status and
  partners signed within those days (or undated with the same period).
  The earliest (then the smallest IRI) is kept; the others get
  ``kg:mergedInto`` it, and it gains their evidence, articles and
  participants (and a period it lacked).  Saved queries skip merged nodes.

The result is a function of the article graphs only, whatever the order
they were built in: the same articles give the same derived graph.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from .. import vocab as V
from ..resources import sparql
from .sparql import select, serialize

DERIVED_GRAPH = str(V.ID["graph/derived"])
#: Reports of one event or signing within this many days of the first are one event.
MERGE_DAYS = 3

_G = ox.NamedNode(DERIVED_GRAPH)
_KG, _PROV = str(V.KG), str(V.PROV)
_TIE_DATES = sparql("derive_tie_dates")
_EVENTS = sparql("derive_events")
_AGREEMENTS = sparql("derive_agreements")
_SOURCES = sparql("derive_sources")


@dataclass(frozen=True)
class Fact:
    """An event or an agreement as the merge sees it."""

    iri: str
    group: tuple[str, ...]  # province, kind (and status): only facts of one group merge
    partners: frozenset[str]
    date: dt.date | None
    period: tuple[str, str] | None = None


def _day(value: str | None) -> dt.date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _union(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    """The graphs to read: every named graph but the derived one (not the default graph, the previous union)."""
    return [g for g in store.named_graphs() if g != _G]


def _union_view(store: ox.Store) -> ox.Store:
    """The union of the graphs to read, as the default graph of a store in memory.

    The same triples as the list of graphs from :func:`_union`, read once: a query given thousands of named
    graphs as its default graph looks each pattern up in every one of them (minutes for the corpus).
    """
    view = ox.Store()
    view.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store
                if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != _G)
    return view


def tie_dates(store: ox.Store, graphs: list | None = None) -> dict[str, tuple[ox.Literal, ox.Literal]]:
    """Each partnership's first and last dated evidence (as typed literals), by partnership IRI."""
    found: dict[str, list[ox.Literal]] = defaultdict(list)
    for s in select(store, _TIE_DATES, default_graph=graphs if graphs is not None else _union(store)):
        date = s["date"]
        if isinstance(date, ox.Literal) and date.value:
            found[s["link"].value].append(date)
    return {link: (min(ds, key=lambda d: d.value), max(ds, key=lambda d: d.value)) for link, ds in found.items()}


def _facts(store: ox.Store, query: str, agreements: bool, graphs: list) -> list[Fact]:
    rows: dict[str, dict] = {}
    for s in select(store, query, default_graph=graphs):
        iri = s["fact"].value
        row = rows.setdefault(iri, {"partners": set()})
        row["partners"].add(s["partner"].value)
        row["group"] = (s["province"].value, s["kind"].value) + ((s["status"].value,) if agreements else ())
        row["date"] = _day(s["date"].value) if s["date"] is not None else None
        if agreements and s["start"] is not None and s["end"] is not None:
            row["period"] = (s["start"].value, s["end"].value)
    return [Fact(iri, r["group"], frozenset(r["partners"]), r["date"], r.get("period")) for iri, r in sorted(rows.items())]


def clusters(facts: Iterable[Fact], days: int = MERGE_DAYS, same_partners: bool = False) -> list[list[Fact]]:
    """Facts that are one: same group, a shared partner (or, with ``same_partners``, the same partners),
    dated within ``days`` of the cluster's first; or, for agreements, undated with the cluster's period.

    Each cluster starts at its earliest fact (facts are taken by date, then IRI), so the result does
    not depend on the order the facts come in, and a chain of reports cannot stretch a cluster.
    """
    by_group: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for f in facts:
        by_group[f.group].append(f)
    out: list[list[Fact]] = []
    for group in sorted(by_group):
        open_: list[list[Fact]] = []
        dated = sorted((f for f in by_group[group] if f.date), key=lambda f: (f.date, f.iri))
        undated = sorted((f for f in by_group[group] if not f.date and f.period), key=lambda f: f.iri)
        for f in [*dated, *undated]:
            for cluster in open_:
                first = cluster[0]
                partners = frozenset().union(*(c.partners for c in cluster))
                if (f.partners == first.partners) if same_partners else bool(f.partners & partners):
                    periods = {c.period for c in cluster if c.period}
                    if f.period and periods and f.period not in periods:
                        continue
                    if f.date and first.date and (f.date - first.date).days <= days:
                        cluster.append(f)
                        break
                    if not f.date and f.period and f.period in periods:
                        cluster.append(f)
                        break
            else:
                open_.append([f])
        out.extend(c for c in open_ if len(c) > 1)
    return out


def derived_quads(store: ox.Store) -> list[ox.Quad]:
    """The derived graph of the article graphs in ``store`` (read as the union of its named graphs), sorted."""
    kg = V.KG
    store, graphs = _union_view(store), [ox.DefaultGraph()]
    quads: set[ox.Quad] = set()

    def add(s: str, p: str, o: ox.NamedNode | ox.Literal) -> None:
        quads.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, _G))

    for link, (first, last) in tie_dates(store, graphs).items():
        add(link, str(kg.firstDate), first)
        add(link, str(kg.lastDate), last)

    events, agreements = _facts(store, _EVENTS, False, graphs), _facts(store, _AGREEMENTS, True, graphs)
    merged = [*clusters(events), *clusters(agreements, same_partners=True)]
    if merged:
        values: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for s in select(store, _SOURCES, default_graph=graphs):
            values[s["fact"].value][s["p"].value].add(s["o"])
        copied = (str(kg.evidence), f"{_PROV}wasDerivedFrom", str(kg.participant))
        for cluster in merged:
            keep = cluster[0].iri
            for dup in cluster[1:]:
                add(dup.iri, str(kg.mergedInto), ox.NamedNode(keep))
                for p in copied:
                    for o in values[dup.iri].get(p, ()):
                        add(keep, p, o)
            if not cluster[0].period and cluster[0].iri.startswith(str(V.ID["agreement/"])):
                dated = next((f for f in cluster if f.period), None)
                if dated:
                    add(keep, str(kg.periodStart), values[dated.iri][str(kg.periodStart)].copy().pop())
                    add(keep, str(kg.periodEnd), values[dated.iri][str(kg.periodEnd)].copy().pop())
    return sorted(quads, key=str)


def refresh(store: ox.Store) -> bool:
    """Recompute the derived graph from the store's article graphs; True when it changed."""
    old = set(store.quads_for_pattern(None, None, None, _G))
    if old:
        store.remove_graph(_G)
    new = derived_quads(store)
    store.extend(new)
    return old != set(new)


def derived_nquads(lines: Iterable[str]) -> str:
    """The derived graph of article graphs given as N-Quads lines, as N-Quads (small graphs in memory)."""
    store = ox.Store()
    store.load("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return serialize(derived_quads(store), ox.RdfFormat.N_QUADS).decode("utf-8")
