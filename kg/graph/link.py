"""``kg link``: ``owl:sameAs`` links from countries and subdivisions to Wikidata, by ISO code.

A country's ``kg:isoCode`` ("KR") is matched with Wikidata's P297 (ISO 3166-1
alpha-2), a subdivision's ("LA-HO", "VN-21") with P300 (ISO 3166-2), in one
batched SELECT.  The links go into their own named graph of the build's store,
replaced on every run, and ``graph.ttl`` is rewritten.  Nothing is written
unless the endpoint answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .. import vocab as V
from ..errors import KgError
from . import remote
from .sparql import select

WIKIDATA = "https://query.wikidata.org/sparql"
LINKS_GRAPH = str(V.ID["graph/links"])
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
COUNTRY = re.compile(r"^[A-Z]{2}$")
SUBDIVISION = re.compile(r"^[A-Z]{2}-[0-9A-Z]{1,3}$")
_CODES = f"""
SELECT DISTINCT ?entity ?code WHERE {{
  ?entity <{V.isoCode}> ?code .
}}"""


class LinkError(KgError):
    """The links could not be made; the build was left as it was."""


@dataclass(frozen=True)
class LinkReport:
    out: Path
    codes: int  # ISO codes in the graph
    links: int  # owl:sameAs triples written
    unmatched: tuple[str, ...] = ()  # codes Wikidata does not know
    ambiguous: tuple[str, ...] = ()  # codes of more than one Wikidata item (not linked)
    links_by_entity: dict[str, str] = field(default_factory=dict)


def iso_codes(store: ox.Store) -> dict[str, list[str]]:
    """ISO code -> the IRIs of the entities that carry it (countries and subdivisions only)."""
    codes: dict[str, list[str]] = {}
    for s in select(store, _CODES):
        code = s["code"].value
        if isinstance(s["entity"], ox.NamedNode) and (COUNTRY.match(code) or SUBDIVISION.match(code)):
            codes.setdefault(code, [])
            if s["entity"].value not in codes[code]:
                codes[code].append(s["entity"].value)
    return {k: sorted(v) for k, v in sorted(codes.items())}


def lookup_query(codes: list[str]) -> str:
    """One SELECT for every code: P297 for country codes, P300 for subdivision codes."""
    def values(items: list[str]) -> str:
        return " ".join(str(ox.Literal(c)) for c in items) or "UNDEF"

    countries = [c for c in codes if COUNTRY.match(c)]
    subdivisions = [c for c in codes if SUBDIVISION.match(c)]
    return f"""PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT DISTINCT ?code ?item WHERE {{
  {{ VALUES ?code {{ {values(countries)} }} ?item wdt:P297 ?code . }}
  UNION
  {{ VALUES ?code {{ {values(subdivisions)} }} ?item wdt:P300 ?code . }}
}}"""


def fetch(codes: list[str], endpoint: str = WIKIDATA, *, graph: str | None = None,
          timeout: float = 10) -> dict[str, list[str]]:
    """ISO code -> Wikidata item IRIs, from one request to ``endpoint``."""
    from SPARQLWrapper import JSON

    sparql = remote.wrapper(endpoint, timeout=timeout)
    if graph:
        sparql.addDefaultGraph(graph)
    sparql.setQuery(lookup_query(codes))
    sparql.setReturnFormat(JSON)
    try:
        data = remote.call(sparql, endpoint).convert()
    except remote.EndpointUnreachable as e:
        raise LinkError(f"{endpoint}: {e.reason} (no network? give --endpoint); the build was left as it was") from e
    except remote.RemoteError as e:
        raise LinkError(f"{e}; the build was left as it was") from e
    except Exception as e:  # an answer that is not JSON
        raise LinkError(f"{endpoint}: the answer is not SPARQL JSON results ({e.__class__.__name__})") from e
    found: dict[str, list[str]] = {}
    for b in data.get("results", {}).get("bindings", []) if isinstance(data, dict) else []:
        code, item = b.get("code", {}), b.get("item", {})
        if item.get("type") == "uri" and code.get("value") in codes and _valid_iri(item.get("value", "")):
            found.setdefault(code["value"], [])
            if item["value"] not in found[code["value"]]:
                found[code["value"]].append(item["value"])
    return found


def _valid_iri(text: str) -> bool:
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return text.startswith(("http://", "https://"))


def link(build_dir: str | Path = "build", endpoint: str = WIKIDATA, *, graph: str | None = None,
         timeout: float = 10) -> LinkReport:
    """Add ``owl:sameAs`` Wikidata links to the build in ``build_dir`` (store and graph.ttl)."""
    from ..build import GRAPH_FILE, write_atomic
    from .store import STORE_DIR, merged_turtle, open_store, refresh_default_graph, replace_graph

    out = Path(build_dir)
    if not (out / STORE_DIR).is_dir():
        raise LinkError(f"{out}: no build here (no {STORE_DIR}/): run 'kg build' first")
    try:
        reader = ox.Store.read_only(str(out / STORE_DIR))
    except OSError as e:
        raise LinkError(f"{out / STORE_DIR}: cannot open the store ({e})") from e
    codes = iso_codes(reader)
    del reader
    if not codes:
        raise LinkError(f"{out}: the graph has no countries or subdivisions with a kg:isoCode")
    found = fetch(list(codes), endpoint, graph=graph, timeout=timeout)
    ambiguous = tuple(sorted(c for c, items in found.items() if len(items) > 1))
    pairs = sorted((entity, items[0]) for code, items in found.items() if len(items) == 1 for entity in codes[code])
    same_as, links_graph = ox.NamedNode(SAME_AS), ox.NamedNode(LINKS_GRAPH)
    lines = [f"{ox.Quad(ox.NamedNode(s), same_as, ox.NamedNode(o), links_graph)} .\n" for s, o in pairs]
    store = open_store(out)
    replace_graph(store, LINKS_GRAPH, lines)
    refresh_default_graph(store)
    store.flush()
    write_atomic(out / GRAPH_FILE, merged_turtle(store))
    return LinkReport(
        out=out,
        codes=len(codes),
        links=len(pairs),
        unmatched=tuple(c for c in codes if c not in found),
        ambiguous=ambiguous,
        links_by_entity=dict(pairs),
    )
