"""Turn extractions into RDF: one named graph per article, written as N-Quads lines.

One IRI per real-world entity across articles: an entity's key is its IRI
path; partnerships are keyed by their two ends; agreements, events and
indicators by a hash of everything that identifies them, so the same fact
read in two articles is one node with two pieces of evidence, and every
value of a fact node is the same in every article graph that holds it.
Descriptions of gazetteer entities go to one graph of their own
(``id:graph/entities``), so an article's graph holds only what it said.

Serialising straight to N-Quads keeps rdflib off the hot path; rdflib and
pyoxigraph both parse the lines.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from .. import vocab as V
from ..extract.gazetteer import Gazetteer
from ..model import Entity, Evidence, Extraction

ENTITIES_GRAPH = str(V.ID["graph/entities"])
VOCABULARY_GRAPH = str(V.ID["graph/vocabulary"])

_KIND_CLASS = {"province": V.Province, "vietnam": V.Country, **V.PARTNER_CLASS}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RX = re.compile(r'[\\"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')
_SAFE_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\\x00-\x20]*$")


def _event_word(kind: str) -> str:
    """The event kind's name as the ontology labels it, capitalised: "Bàn giao viện trợ"."""
    word = V.label(V.event_kind(kind)) or kind
    return word[:1].upper() + word[1:]


def iri(key: str) -> str:
    return f"<{V.ID}{key}>"


def _u(term) -> str:
    return f"<{term}>"


def lit(value: object, datatype: str | None = None, lang: str | None = None) -> str:
    text = str(value)
    text = _ESCAPE_RX.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)
    if lang:
        return f'"{text}"@{lang}'
    if datatype:
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


def _date(value: str) -> str:
    datatype = {4: V.XSD.gYear, 7: V.XSD.gYearMonth}.get(len(value), V.XSD.date)
    return lit(value, datatype)


def _decimal(value: Decimal) -> str:
    return lit(format(value.normalize(), "f"), V.XSD.decimal)


def _bool(value: bool) -> str:
    return lit("true" if value else "false", V.XSD.boolean)


def _int(value: int) -> str:
    return lit(value, V.XSD.integer)


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


RDF_TYPE, LABEL, ALT = _u(V.RDF.type), _u(V.RDFS.label), _u(V.SKOS.altLabel)
DERIVED = _u(V.PROV.wasDerivedFrom)


class _Quads:
    """Collects unique quads of one graph."""

    def __init__(self, graph: str) -> None:
        self.g = f"<{graph}>"
        self.lines: dict[str, None] = {}

    def add(self, s: str, p, o: str) -> None:
        p = p if isinstance(p, str) and p.startswith("<") else _u(p)
        self.lines[f"{s} {p} {o} {self.g} .\n"] = None

    def sorted(self) -> list[str]:
        return sorted(self.lines)


def describe_entity(q: _Quads, e: Entity) -> None:
    """The triples that describe an entity: class, labels, codes, country."""
    node = iri(e.key)
    q.add(node, RDF_TYPE, _u(_KIND_CLASS[e.kind]))
    if e.kind == "country":
        q.add(node, RDF_TYPE, _u(V.Country))
    q.add(node, LABEL, lit(e.label, lang="vi"))
    if e.label_en and e.label_en != e.label:
        q.add(node, LABEL, lit(e.label_en, lang="en"))
    for alt in e.alt_labels:
        if alt not in (e.label, e.label_en):
            q.add(node, ALT, lit(alt))
    if e.kind == "province":
        q.add(node, V.gsoCode, lit(e.gso))
        if e.valid_from:
            q.add(node, V.validFrom, lit(e.valid_from, V.XSD.date))
        if e.valid_until:
            q.add(node, V.validUntil, lit(e.valid_until, V.XSD.date))
        if e.successor:
            q.add(node, V.successor, iri(e.successor))
    if e.iso:
        q.add(node, V.isoCode, lit(e.iso))
    if e.acronym:
        q.add(node, V.acronym, lit(e.acronym))
    if e.locality_type and e.kind == "locality":
        q.add(node, V.localityType, lit(e.locality_type))
    if e.country and e.kind not in ("country", "vietnam", "province"):
        q.add(node, V.country, iri(f"country/{e.country.lower()}"))


def entity_closure(keys: Iterable[str], gaz: Gazetteer) -> list[str]:
    """The keys, plus the countries and successors they point to, that the gazetteer knows."""
    todo, seen = list(keys), set()
    while todo:
        key = todo.pop()
        e = gaz.entities.get(key)
        if key in seen or e is None:
            continue
        seen.add(key)
        if e.country and e.kind not in ("country", "vietnam", "province"):
            todo.append(f"country/{e.country.lower()}")
        if e.successor:
            todo.append(e.successor)
    return sorted(seen)


def entity_quads(keys: Iterable[str], gaz: Gazetteer) -> list[str]:
    """Descriptions of gazetteer entities, in the entities graph."""
    q = _Quads(ENTITIES_GRAPH)
    for key in entity_closure(keys, gaz):
        describe_entity(q, gaz.entities[key])
    return q.sorted()


@lru_cache(maxsize=1)
def vocabulary_quads(ontology: Path | None = None) -> tuple[str, ...]:
    """The ontology's individuals (event kinds, statuses, relation kinds), in their own graph."""
    from rdflib import Graph, URIRef

    from ..resources import as_path, ontology_file

    onto = Graph().parse(ontology or as_path(ontology_file("kg.ttl")), format="turtle")
    out = []
    for s, p, o in onto:
        if isinstance(s, URIRef) and str(s).startswith(str(V.ID)):
            out.append(f"{s.n3()} {p.n3()} {o.n3()} <{VOCABULARY_GRAPH}> .\n")
    return tuple(sorted(out))


def article_iri(article_id: str) -> str:
    return str(V.ID[f"article/{article_id}"])


def article_quads(ex: Extraction, gaz: Gazetteer) -> list[str]:
    """Everything read from one article, in the article's own named graph."""
    a = ex.article
    art = iri(f"article/{a.id}")
    q = _Quads(article_iri(a.id))
    labels = {e.key: e.label for e in ex.new_entities}

    def label(key: str) -> str:
        e = gaz.entities.get(key)
        return e.label if e else labels.get(key, key.rsplit("/", 1)[-1])

    def provenance(node: str, ev: Evidence) -> None:
        evn = iri(f"evidence/{ev.article_id}-{ev.start}-{ev.end}")
        q.add(evn, RDF_TYPE, _u(V.Evidence))
        q.add(evn, RDF_TYPE, _u(V.PROV.Entity))
        q.add(evn, V.sentence, lit(ev.sentence))
        q.add(evn, V.startOffset, _int(ev.start))
        q.add(evn, V.endOffset, _int(ev.end))
        q.add(evn, V.article, art)
        q.add(node, V.evidence, evn)
        q.add(node, DERIVED, art)

    for e in ex.new_entities:
        describe_entity(q, e)
    q.add(art, RDF_TYPE, _u(V.Article))
    q.add(art, RDF_TYPE, _u(V.PROV.Entity))
    q.add(art, V.DCTERMS.title, lit(a.title, lang="vi"))
    q.add(art, V.DCTERMS.identifier, lit(a.identifier))
    q.add(art, V.sourceFile, lit(a.source_file))
    if a.date:
        q.add(art, V.DCTERMS.date, lit(a.date.isoformat(), V.XSD.date))
    if a.source:
        q.add(art, V.DCTERMS.source, lit(a.source))
    if a.url and _SAFE_IRI.match(a.url):
        q.add(art, V.SDO.url, f"<{a.url}>")
    if ex.subject:
        q.add(art, V.subject, iri(ex.subject))

    for p in ex.partnerships:
        node = iri(f"partnership/{p.province.split('/', 1)[1]}--{p.partner.replace('/', '-')}")
        q.add(node, RDF_TYPE, _u(V.Partnership))
        q.add(node, LABEL, lit(f"{label(p.province)} – {label(p.partner)}", lang="vi"))
        q.add(node, V.province, iri(p.province))
        q.add(node, V.partner, iri(p.partner))
        q.add(iri(p.province), V.partnersWith, iri(p.partner))
        for kind in sorted(p.kinds):
            q.add(node, V.relationKind, _u(V.relation_kind(kind)))
        provenance(node, p.evidence)

    for ag in ex.agreements:
        node = iri(f"agreement/{_hash(ag.province, *ag.partners, ag.agreement_type, ag.status, ag.period, ag.date)}")
        name = f"{ag.agreement_type} {' – '.join(label(k) for k in (ag.province, *ag.partners))}"
        if ag.period:
            name += f" {ag.period[0]}–{ag.period[1]}"
        q.add(node, RDF_TYPE, _u(V.Agreement))
        q.add(node, LABEL, lit(name, lang="vi"))
        q.add(node, V.agreementType, lit(ag.agreement_type))
        q.add(node, V.status, _u(V.agreement_status(ag.status)))
        q.add(node, V.province, iri(ag.province))
        for k in (ag.province, *ag.partners):
            q.add(node, V.party, iri(k))
        if ag.period:
            q.add(node, V.periodStart, lit(ag.period[0], V.XSD.gYear))
            q.add(node, V.periodEnd, lit(ag.period[1], V.XSD.gYear))
        if ag.date:
            q.add(node, V.date, _date(ag.date))
        provenance(node, ag.evidence)

    for ev in ex.events:
        if ev.date:
            ident = (ev.province, ev.kind, ev.date, ev.date_inferred, *sorted(ev.participants))
            who = ", ".join(label(k) for k in sorted(ev.participants))
            name = f"{_event_word(ev.kind)}: {label(ev.province)}" + (f" – {who}" if who else "") + f" ({ev.date})"
        else:
            ident = (ev.evidence.article_id, ev.evidence.start)
            name = ev.label
        node = iri(f"event/{_hash(*ident)}")
        q.add(node, RDF_TYPE, _u(V.Event))
        q.add(node, LABEL, lit(name, lang="vi"))
        q.add(node, V.eventKind, _u(V.event_kind(ev.kind)))
        q.add(node, V.province, iri(ev.province))
        if ev.date:
            q.add(node, V.date, _date(ev.date))
            q.add(node, V.dateInferred, _bool(ev.date_inferred))
        if ev.place:
            q.add(node, V.place, iri(ev.place))
        for k in ev.participants:
            q.add(node, V.participant, iri(k))
        provenance(node, ev.evidence)

    for ind in ex.indicators:
        ident = (ind.scope, ind.scope_label, ind.indicator_type, ind.period, ind.value, ind.unit, ind.qualifier, ind.cumulative)
        node = iri(f"indicator/{_hash(*ident)}")
        name = f"{ind.indicator_type} {label(ind.scope)}" + (f" ({ind.scope_label})" if ind.scope_label else "")
        if ind.period:
            name += f" {ind.period}"
        q.add(node, RDF_TYPE, _u(V.Indicator))
        q.add(node, LABEL, lit(name, lang="vi"))
        q.add(node, V.indicatorType, lit(ind.indicator_type))
        q.add(node, V.value, _decimal(ind.value))
        q.add(node, V.unit, lit(ind.unit))
        q.add(node, V.cumulative, _bool(ind.cumulative))
        q.add(node, V.scope, iri(ind.scope))
        if ind.qualifier:
            q.add(node, V.qualifier, lit(ind.qualifier))
        if ind.scope_label:
            q.add(node, V.scopeLabel, lit(ind.scope_label))
        if ind.period:
            q.add(node, V.period, lit(ind.period))
            q.add(node, V.periodStart, lit(ind.period_start, V.XSD.gYear))
            q.add(node, V.periodEnd, lit(ind.period_end, V.XSD.gYear))
        provenance(node, ind.evidence)
    return q.sorted()


def has_facts(ex: Extraction) -> bool:
    return bool(ex.partnerships or ex.agreements or ex.events or ex.indicators)
