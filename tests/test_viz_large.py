"""kg.page.viz on a large synthetic graph: every node drawn, layout quality, data size (its time: bench/run.py).

``synthetic_graph`` is also used by tests/test_viz_browser.py.
"""

from __future__ import annotations

import json
import random
import re

import pytest
import rdflib
from rdflib import Literal, URIRef

from kg.page import layout, network, viz
from kg.vocab import ID, KG

# (rdflib's namespace classes are imported in the function: pytest's collection
# probes module attributes, which makes them warn.)

PARTNER_CLASSES = (
    ("country", KG.ForeignCountry, 1),
    ("place", KG.ForeignLocality, 10),
    ("org", KG.InternationalOrganisation, 2),
    ("agency", KG.GovernmentAgency, 1),
    ("mission", KG.DiplomaticMission, 1),
    ("company", KG.Company, 4),
    ("ngo", KG.NGO, 2),
)
KINDS = ("agreement", "visit", "aid_investment", "cooperation")
SYLLABLES = "an ba cho da giang ha hoa khanh lam long minh nam ninh phu quang son tay thai thanh vinh".split()


def _name(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(SYLLABLES).capitalize() for _ in range(words))


def synthetic_graph(nodes: int = 5000, provinces: int = 63, seed: int = 1) -> rdflib.Graph:
    """A graph of kg's shape with exactly ``nodes`` province and partner nodes.

    Most partners work with one province, a fifth with two to four, a few
    (countries) with many, as in the news; about one partnership in four has
    an article without a date.  One partner's label and one sentence carry
    HTML payloads.
    """
    from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, XSD

    rng = random.Random(seed)
    g = rdflib.Graph()
    prov_iris = []
    for i in range(provinces):
        p = ID[f"province/vn-{i:02d}"]
        prov_iris.append(p)
        g.add((p, RDF.type, KG.Province))
        g.add((p, RDFS.label, Literal(f"Tỉnh {_name(rng, 2)} {i}", lang="vi")))
    countries = []
    weights = [w for _, _, w in PARTNER_CLASSES]
    partners = []
    for i in range(nodes - provinces):
        if i < 60:
            prefix, cls = "country", KG.ForeignCountry
        else:
            prefix, cls, _ = rng.choices(PARTNER_CLASSES, weights)[0]
        q = ID[f"{prefix}/x{i:05d}"]
        g.add((q, RDF.type, cls))
        label = f"{_name(rng, rng.randint(1, 4))} {i}"
        if i == 77:
            label = '<img src=x onerror="window.__pwned=1"> ' + label
        g.add((q, RDFS.label, Literal(label, lang="vi")))
        if prefix == "country":
            countries.append(q)
            g.add((q, RDF.type, KG.Country))
        elif countries:
            g.add((q, KG.country, rng.choice(countries)))
        partners.append((q, prefix))
    articles = []
    for i in range(max(200, nodes // 2)):
        a = ID[f"article/{i:06x}"]
        articles.append(a)
        g.add((a, RDF.type, KG.Article))
        g.add((a, DCTERMS.title, Literal(f"Bài báo {i}: {_name(rng, 5)}", lang="vi")))
        g.add((a, KG.sourceFile, Literal(f"corpus/{i:06d}.txt")))
        if rng.random() < 0.75:
            g.add((a, DCTERMS.date, Literal(f"{rng.randint(2014, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", datatype=XSD.date)))
        if rng.random() < 0.5:
            g.add((a, SDO.url, URIRef(f"https://example.vn/tin/{i}.html")))
    n_ev = 0
    for q, prefix in partners:
        r = rng.random()
        many = prefix == "country" and r < 0.7
        k = rng.randint(10, 40) if many else (1 if r < 0.8 else rng.randint(2, 4))
        for p in rng.sample(prov_iris, k):
            ps = ID[f"partnership/{p.split('/')[-1]}--{q.split('/')[-1]}"]
            g.add((ps, RDF.type, KG.Partnership))
            g.add((ps, KG.province, p))
            g.add((ps, KG.partner, q))
            g.add((p, KG.partnersWith, q))
            for kind in rng.sample(KINDS, rng.randint(1, 2)):
                g.add((ps, KG.relationKind, ID[f"relation-kind/{kind}"]))
            for a in rng.sample(articles, rng.choice((1, 1, 1, 2, 3))):
                g.add((ps, PROV.wasDerivedFrom, a))
                ev = ID[f"evidence/{n_ev}"]
                n_ev += 1
                g.add((ps, KG.evidence, ev))
                g.add((ev, RDF.type, KG.Evidence))
                sentence = f"Câu số {n_ev}: {_name(rng, 12)} hợp tác với đối tác nước ngoài."
                if n_ev == 5:
                    sentence = "<script>window.__pwned=2</script> " + sentence
                g.add((ev, KG.sentence, Literal(sentence)))
                g.add((ev, KG.article, a))
                g.add((ev, KG.startOffset, Literal(n_ev)))
    for i in range(nodes // 20):
        p = rng.choice(prov_iris)
        q, _ = rng.choice(partners)
        ag = ID[f"agreement/{i:05d}"]
        g.add((ag, RDF.type, KG.Agreement))
        g.add((ag, RDFS.label, Literal(f"thỏa thuận hợp tác {i}", lang="vi")))
        g.add((ag, KG.party, p))
        g.add((ag, KG.party, q))
        g.add((ag, KG.province, p))
        g.add((ag, KG.status, ID[f"agreement-status/{rng.choice(('signed', 'planned', 'in_negotiation'))}"]))
        g.add((ag, KG.periodStart, Literal(str(2015 + i % 8), datatype=XSD.gYear)))
    for i in range(nodes // 10):
        p = rng.choice(prov_iris)
        q, _ = rng.choice(partners)
        e = ID[f"event/{i:05d}"]
        g.add((e, RDF.type, KG.Event))
        g.add((e, RDFS.label, Literal(f"Sự kiện {i}", lang="vi")))
        g.add((e, KG.eventKind, ID["event-kind/visit"]))
        g.add((e, KG.province, p))
        g.add((e, KG.participant, q))
        g.add((e, KG.date, Literal(f"{2010 + i % 15}-05", datatype=XSD.gYearMonth)))
    return g


def _data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))


@pytest.fixture(scope="module")
def big():
    graph = synthetic_graph(5000)
    page, stats = viz.network_html(graph)
    return graph, page, stats


def test_viz_large_graph_draws_every_node(big):
    """Every node is on the page (its generation time is a figure of bench/run.py, not a test)."""
    _, page, stats = big
    assert stats.nodes == 5000
    assert len(_data(page)["nodes"]) == 5000


def test_viz_large_graph_layout_is_spread_and_fixed(big):
    _, page, stats = big
    data = _data(page)
    assert data["options"]["physics"]["enabled"] is False
    positions = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(positions) == stats.nodes  # no two nodes on the same spot
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len(data["rank"]) == stats.nodes
    degrees = [data["nodes"][i]["g"] for i in data["rank"]]
    assert degrees == sorted(degrees, reverse=True)


def test_viz_large_graph_labels_do_not_overlap(big):
    _, page, _ = big
    data = _data(page)
    rects = []
    for n in data["nodes"]:
        half, up, down = layout._box(network._clip(n["l"], viz.MAX_LABEL), n["s"], data["types"][n["k"]]["font"])
        rects.append((n["x"] - half + 1, n["y"] - up + 1, n["x"] + half - 1, n["y"] + down - 1))
    grid = layout._Grid()
    overlaps = 0
    for r in rects:
        overlaps += not grid.free(r)
        grid.add(r)
    assert overlaps == 0


def test_viz_large_graph_payloads_are_data(big):
    _, page, _ = big
    assert "<img" not in page and "<script>window" not in page
    data = _data(page)
    assert any(n["l"].startswith('<img src=x onerror="window.__pwned=1">') for n in data["nodes"])
    assert any(e["s"].startswith("<script>window.__pwned=2</script>") for e in data["evidence"])
