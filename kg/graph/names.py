"""Province and partner names as people type them: without diacritics or case, or a common form.

``--param province="thanh hoa"``, ``partner="hua phan"`` or ``province="TP HCM"`` name
"Thanh Hóa", "Sekong" and "Hồ Chí Minh": a typed name is matched on its
:func:`kg.text.fold` key (no diacritics, case, spaces, hyphens or dots) against every
name and alias the gazetteers and the graph know, and becomes the entity's Vietnamese
label, which every saved query accepts. A name that matches nothing is an error that
lists the closest known names.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial

import pyoxigraph as ox

from ..errors import QueryError
from ..resources import sparql
from ..text import fold, normalise_text
from .sparql import select

#: The query parameters that hold a name, and what they name.
NAME_PARAMS = ("province", "partner")

_PARTNER_KINDS = ("country", "locality", "organisation", "agency", "mission", "company", "ngo")

_GRAPH_NAMES = sparql("names")


@dataclass
class Names:
    """Every known name of one kind (provinces or partners), by folded key, with the labels it stands for."""

    what: str
    #: the gazetteers' names (built once per process, when first needed): a name the graph does
    #: not know is looked up there, so a name the graph knows costs no gazetteer
    base: Callable[[], Names] | None = None
    folded: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    exact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    in_graph: set[str] = field(default_factory=set)

    def _labels(self, table: str, key: str, *, everywhere: bool = False) -> set[str]:
        own = set(getattr(self, table).get(key, set()))
        return own | self.base()._labels(table, key) if self.base and everywhere else own

    def _keys(self) -> list[str]:
        return list(dict.fromkeys([*(self.base()._keys() if self.base else ()), *self.folded]))

    def add(self, name: str | None, label: str, *, in_graph: bool = False) -> None:
        if not name:
            return
        name, label = normalise_text(name), normalise_text(label)
        self.folded[fold(name)].add(label)
        self.exact[name.casefold()].add(label)
        if in_graph:
            self.in_graph.add(label)

    def resolve(self, value: str, *, strict: bool = True) -> str:
        """The label ``value`` names; ``value`` itself when it is a known name of several entities.

        Raises :class:`QueryError` naming the closest known names when ``value`` matches none
        (unless not ``strict``: then ``value`` is kept as typed).
        """
        typed = normalise_text(value.strip())
        # the graph's names first (no gazetteer to load), then every name the gazetteers know
        for everywhere in (False, True) if self.base else (False,):
            exact = self._labels("exact", typed.casefold(), everywhere=everywhere)
            if exact:
                return next(iter(exact)) if len(exact) == 1 else value
            labels = self._labels("folded", fold(typed), everywhere=everywhere)
            if labels:
                break
        if len(labels) > 1:
            labels = (labels & self.in_graph) or labels
        if len(labels) == 1:
            return next(iter(labels))
        if labels:
            if not strict:
                return value
            raise QueryError(f"{self.what} '{value}' may be {_listed(sorted(labels))}: write it with its diacritics")
        if not strict:
            return value
        close = difflib.get_close_matches(fold(typed), self._keys(), n=5, cutoff=0.6)
        nearest = list(dict.fromkeys(label for key in close for label in sorted(self._labels("folded", key, everywhere=True))))[:3]
        hint = f"closest known: {_listed(nearest)}" if nearest else "no known name is close"
        raise QueryError(f"no {self.what} named '{value}' ({hint})")


def _listed(names: list[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


@cache
def _gazetteer_names() -> dict[str, Names]:
    from ..extract.gazetteer import gazetteer

    names = {"province": Names("province"), "partner": Names("partner")}  # no base: they are the base
    for e in gazetteer().entities.values():
        kind = "province" if e.kind == "province" else "partner" if e.kind in _PARTNER_KINDS else None
        if kind:
            for name in (e.label, e.label_en, e.acronym, *e.alt_labels):
                names[kind].add(name, e.label)
    return names


def _base(kind: str) -> Names:
    return _gazetteer_names()[kind]


def known_names(store: ox.Store | None = None) -> dict[str, Names]:
    """The provinces' and the partners' names: the gazetteers', and those of the graph in ``store``."""
    names = {kind: Names(kind, base=partial(_base, kind)) for kind in ("province", "partner")}
    if store is not None:
        for s in select(store, _GRAPH_NAMES):
            kind = "province" if s["cls"].value.endswith("#Province") else "partner"
            names[kind].add(s["name"].value, s["label"].value, in_graph=True)
    return names


def resolve_params(params: dict[str, str], store: ox.Store | None = None, *, strict: bool = True) -> dict[str, str]:
    """``params`` with each province and partner name replaced by the label it names (see :class:`Names`).

    Without a ``store`` (a remote endpoint), names are those of the gazetteers; pass
    ``strict=False`` to keep a name they do not know as typed.
    """
    if not any(k in params for k in NAME_PARAMS):
        return params
    names = known_names(store)
    return {k: names[k].resolve(v, strict=strict) if k in NAME_PARAMS else v for k, v in params.items()}


def resolve_name(kind: str, value: str, store: ox.Store | None = None) -> str:
    """One province's or partner's label from the name as typed."""
    return known_names(store)[kind].resolve(value)
