"""Tests of kg.page.viz, the offline network page, on small hand-written graphs (no browser)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib

from kg import vocab
from kg.page import layout, network, payload, viz

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = FIXTURES / "viz_small.ttl"
BROWSER_FIXTURE = FIXTURES / "viz_browser.ttl"

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(1)</script>"


def _json_escaped(text: str) -> str:
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(FIXTURE, format="turtle")


@pytest.fixture(scope="module")
def page(graph) -> str:
    return viz.network_html(graph)[0]


@pytest.fixture(scope="module")
def rich() -> dict:
    """The payload of the richer fixture (agreements, events, indicators, dates)."""
    return _data(viz.network_html(rdflib.Graph().parse(BROWSER_FIXTURE, format="turtle"))[0])


class _Scripts(HTMLParser):
    """Collects <script> elements (attributes and text) and every src/href value."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.urls: list[str] = []
        self.tags: list[str] = []
        self.metas: list[dict[str, str | None]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        self.urls += [v or "" for k, v in attrs.items() if k in ("src", "href", "action", "data")]
        if tag == "meta":
            self.metas.append(attrs)
        if tag == "script":
            self.scripts.append((attrs, ""))
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _parse(page: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(page)
    parser.close()
    return parser


def _data(page: str) -> dict:
    ((attrs, text),) = [s for s in _parse(page).scripts if s[0].get("id") == "kg-data"]
    assert attrs.get("type") == "application/json"
    return json.loads(text)


def _by_label(data: dict) -> dict[str, dict]:
    return {n["l"]: n for n in data["nodes"]}


def _edges(data: dict) -> dict[tuple[str, str], dict]:
    labels = [n["l"] for n in data["nodes"]]
    return {(labels[e["f"]], labels[e["t"]]): e for e in data["edges"]}


# --- self-contained ----------------------------------------------------------


def test_viz_no_remote_resources(page):
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "cdn" not in page.lower()
    parsed = _parse(page)
    assert all(not url for url in parsed.urls)
    assert "link" not in parsed.tags and "iframe" not in parsed.tags and "img" not in parsed.tags
    assert parsed.scripts and all("src" not in attrs for attrs, _ in parsed.scripts)
    assert "sourceMappingURL" not in page


def test_viz_inlines_vis_network(page):
    scripts = [text for attrs, text in _parse(page).scripts if "type" not in attrs]
    vis_js = scripts[0]
    assert "@version 9.1.2" in vis_js and "vis-network" in vis_js
    assert "t.DataView=" in vis_js and "t.Network=" in vis_js
    bundled = viz._vis_js_path().read_bytes().decode("utf-8").replace("\r\n", "\n")
    middle = bundled[len(bundled) // 2 : len(bundled) // 2 + 2000]
    assert middle in vis_js


def test_viz_csp_allows_only_the_page_scripts(page):
    parsed = _parse(page)
    (csp,) = [m["content"] for m in parsed.metas if m.get("http-equiv") == "Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    allowed = set(directives["script-src"].split())
    executable = [text for attrs, text in parsed.scripts if "type" not in attrs]
    assert len(executable) == 2
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(t.encode("utf-8")).digest()).decode() + "'"
        for t in executable
    }
    assert hashes == allowed
    assert all("\r" not in t and "\x00" not in t for t in executable)
    assert "unsafe-inline" not in directives["script-src"]
    assert "connect-src" not in directives  # falls back to default-src 'none'


def test_viz_page_script_uses_no_html_sinks():
    app = viz._app_js()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert sink not in app
    assert "textContent" in app
    assert "/^https?:\\/\\//i.test(art.u)" in app  # links only to http(s)


def test_viz_assets_are_package_data():
    from kg.resources import page_asset

    for name in ("viz_template.html", "viz_app.js"):
        assert page_asset(name).is_file()


# --- queries ---------------------------------------------------------------------


def test_viz_queries_are_flat():
    """Two SELECTs without VALUES, GROUP BY or OPTIONAL; every other fact is one triple pattern with a constant predicate."""
    for query in (viz.QUERY, viz.QUERY_ALL):
        assert "VALUES" not in query.upper()
        assert "GROUP BY" not in query.upper()
        assert "OPTIONAL" not in query.upper()
    keys = {key for key, _, _ in viz.FACT_PATTERNS}
    assert {"label", "type", "sentence", "evidence", "party", "ekind", "itype"} <= keys
    for _key, predicate, value in viz.FACT_PATTERNS:
        assert predicate.startswith(("http://", "https://"))
        assert value is None or value.startswith(str(vocab.KG))


def test_network_facts_are_the_patterns_sparql_rows(graph):
    """_Facts reads the store's index; a SPARQL SELECT of each pattern gives the same values."""
    store = network.dataset(rdflib.Graph().parse(BROWSER_FIXTURE, format="turtle"))
    facts = network._Facts(store)
    expected: dict[tuple[str, str], set] = {}
    for key, predicate, value in network.FACT_PATTERNS:
        pattern = f"?s <{predicate}> <{value}> . BIND(<{value}> AS ?o)" if value else f"?s <{predicate}> ?o"
        for s, o in store.query(f"SELECT ?s ?o WHERE {{ {pattern} }}"):
            expected.setdefault((s.value, key), set()).add(o)
    got = {(s, key): set(values) for key, found in facts.by_key.items() for s, values in found.items()}
    assert got == expected
    assert len(got) > 50
    for (s, key), values in got.items():
        listed = facts.get(s, key)
        assert len(listed) == len(values)  # each value once
        assert list(listed) == sorted(listed, key=lambda n: (n.value, getattr(n, "language", None) or ""))


# --- counts --------------------------------------------------------------------


def test_viz_stats_for_fixture(graph):
    page, stats = viz.network_html(graph)
    assert stats == viz.NetworkStats(nodes=5, edges=3)
    data = _data(page)
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 3
    assert sorted(data["rank"]) == list(range(5))


@pytest.mark.parametrize(
    ("province", "nodes", "edges"),
    [
        ("Hà Tĩnh", 3, 2),
        ("Thanh Hóa", 2, 1),
        ("ha tinh", 3, 2),  # skos:altLabel, any case
        ("  Thanh Hóa ", 2, 1),
        ("Nghệ An", 0, 0),
    ],
)
def test_viz_stats_with_province_filter(graph, province, nodes, edges):
    page, stats = viz.network_html(graph, province=province)
    assert stats == viz.NetworkStats(nodes=nodes, edges=edges)
    data = _data(page)
    assert (len(data["nodes"]), len(data["edges"])) == (nodes, edges)


def test_viz_province_filter_is_a_binding_not_query_text(graph):
    hostile = 'x")) } UNION { ?ps ?p ?o } # <script>alert(1)</script>'
    page, stats = viz.network_html(graph, province=hostile)
    assert stats == viz.NetworkStats(nodes=0, edges=0)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the heading, escaped
    assert "provinceName" in viz.QUERY and "Hà" not in viz.QUERY


def test_viz_province_filter_keeps_other_provinces_facts_out():
    g = rdflib.Graph().parse(BROWSER_FIXTURE, format="turtle")
    page, stats = viz.network_html(g, province="Nghệ An")
    assert stats == viz.NetworkStats(nodes=5, edges=4)
    assert "Hủa Phăn" not in page and "KOICA" not in page and "export_value" not in page


# --- content -----------------------------------------------------------------------


def test_viz_nodes_typed_and_sized(page):
    nodes = _by_label(_data(page))
    assert set(nodes) == {"Thanh Hóa", "Hà Tĩnh", "Hủa Phăn", "Hàn Quốc", SCRIPT}
    expected = {
        "Thanh Hóa": "Province",
        "Hà Tĩnh": "Province",
        "Hủa Phăn": "ForeignLocality",
        "Hàn Quốc": "ForeignCountry",  # @vi label preferred over "South Korea"@en
        SCRIPT: "InternationalOrganisation",
    }
    for label, kind in expected.items():
        assert nodes[label]["k"] == kind
    assert nodes["Hà Tĩnh"]["g"] == 2 and nodes["Thanh Hóa"]["g"] == 1
    assert nodes["Hà Tĩnh"]["s"] > nodes["Thanh Hóa"]["s"] > nodes["Hủa Phăn"]["s"]  # size by degree
    countries = _data(page)["countries"]
    assert countries[nodes["Hủa Phăn"]["c"]] == "Lào"
    assert len(set(viz.TYPE_COLOURS.values())) == len(viz.TYPE_COLOURS)
    assert len(set(viz.EDGE_COLOURS.values())) == len(viz.EDGE_COLOURS)


def test_viz_legend_lists_every_type_and_edge_kind(page):
    legend = page[page.index('<section class="kg-legend">') : page.index("</section>")]
    for kind in ("Province", *viz.PARTNER_TYPES):
        assert viz.TYPE_COLOURS[kind] in legend
        assert viz.TYPE_NAMES[kind].split(" (")[0] in legend
    for kind in viz.EDGE_KINDS:
        assert viz.EDGE_COLOURS[kind] in legend
        assert viz.EDGE_NAMES[kind].split(" (")[0] in legend
    # one checkbox per partner type, none for provinces
    assert re.findall(r'class="kg-type" value="(\w+)"', legend) == list(viz.PARTNER_TYPES)


def test_viz_edges_width_kind_and_evidence(page):
    data = _data(page)
    edges = _edges(data)
    assert set(edges) == {("Thanh Hóa", "Hủa Phăn"), ("Hà Tĩnh", "Hàn Quốc"), ("Hà Tĩnh", SCRIPT)}
    two = edges[("Thanh Hóa", "Hủa Phăn")]
    assert two["n"] == 2 and two["w"] > edges[("Hà Tĩnh", "Hàn Quốc")]["w"]
    assert two["r"] == ["agreement", "visit"] and two["k"] == "agreement"
    assert edges[("Hà Tĩnh", "Hàn Quốc")]["k"] == "visit"
    assert edges[("Hà Tĩnh", SCRIPT)]["k"] == "aid_investment"
    sentences = [data["evidence"][i]["s"] for i in two["e"]]
    assert any(IMG in s for s in sentences)  # kept as text
    titles = {data["articles"][data["evidence"][i]["a"]]["t"] for i in two["e"]}
    assert "Thanh Hóa ký kết với Hủa Phăn" in titles
    assert two["y"] == [2024]  # only one of its two articles is dated
    assert "y" not in edges[("Hà Tĩnh", "Hàn Quốc")]


def test_viz_edge_kind_from_signed_agreement_and_precedence(rich):
    edges = _edges(rich)
    assert edges[("Hà Tĩnh", "KOICA")]["r"] == ["cooperation"]
    assert edges[("Hà Tĩnh", "KOICA")]["k"] == "agreement"  # a signed kg:Agreement between them
    assert edges[("Nghệ An", "Seongnam")]["k"] == "other"
    assert edges[("Nghệ An", "Nhật Bản")]["k"] == "visit"
    assert payload._edge_kind(("aid_investment", "visit"), False) == "visit"
    assert payload._edge_kind(("aid_investment",), True) == "agreement"


def test_viz_years_from_articles_and_events(rich):
    edges = _edges(rich)
    assert edges[("Thanh Hóa", "Hủa Phăn")]["y"] == [2016, 2021, 2023]  # 2016: the visit event
    assert "y" not in edges[("Thanh Hóa", "Lào")]  # undated article
    assert rich["years"] == [2016, 2018, 2019, 2021, 2022, 2023, 2024]


def test_viz_panel_facts(rich):
    nodes = _by_label(rich)
    th, ht = nodes["Thanh Hóa"], nodes["Hà Tĩnh"]
    (agreement,) = [rich["agreements"][i] for i in ht["a"]]
    assert agreement["st"] == "đã ký kết / signed" and (agreement["ps"], agreement["pe"]) == ("2020", "2025")
    assert agreement["p"] == ["Hà Tĩnh", "KOICA"]
    (event,) = [rich["events"][i] for i in th["v"]]
    assert event["d"] == "2016-08" and event["k"] == "chuyến thăm (visit)"
    (indicator,) = [rich["indicators"][i] for i in th["i"]]
    assert indicator == {
        "t": "export value", "v": "2,400,000,000", "u": "USD", "p": "2023", "q": "more than", "e": indicator["e"]
    }
    assert "i" not in ht
    edge = _edges(rich)[("Thanh Hóa", "Hủa Phăn")]
    assert [rich["agreements"][i]["st"] for i in edge["a"]] == ["đang đàm phán / under negotiation"]
    assert [rich["events"][i]["l"] for i in edge["v"]] == ["Đoàn Hủa Phăn thăm Thanh Hóa"]


def test_viz_article_links_only_http(rich):
    by_file = {a["f"]: a for a in rich["articles"]}
    assert by_file["seeds/a.txt"]["u"] == "https://example.vn/tin/a.html"
    assert "u" not in by_file["seeds/b.txt"]  # javascript: URL dropped
    assert payload._http_url("javascript:alert(1)") == ""
    assert payload._http_url(" JAVASCRIPT:alert(1)") == ""
    assert payload._http_url("data:text/html,<script>") == ""
    assert payload._http_url('https://x.vn/"><img') == ""
    assert payload._http_url("http://x.vn/a?b=1") == "http://x.vn/a?b=1"


def test_viz_evidence_order_and_dedup(graph):
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    kg, ids = vocab.KG, vocab.ID
    ps = ids["partnership/vn-42--country-kr"]
    art = ids["article/cccc"]
    for i in range(5):
        ev = ids[f"evidence/cccc-{100 - i}-{200 - i}"]
        g.add((ps, kg.evidence, ev))
        g.add((ev, kg.sentence, rdflib.Literal(f"Câu thêm số {i}." if i < 4 else "Câu thêm số 0.")))
        g.add((ev, kg.article, art))
    data = _data(viz.network_html(g, province="Hà Tĩnh")[0])
    edge = _edges(data)[("Hà Tĩnh", "Hàn Quốc")]
    sentences = [data["evidence"][i]["s"] for i in edge["e"]]
    assert sentences == [
        "Hà Tĩnh tiếp đoàn doanh nghiệp Hàn Quốc.",  # offset 0
        "Câu thêm số 0.",  # offset 96 (and again at 100: shown once)
        "Câu thêm số 3.",
        "Câu thêm số 2.",
        "Câu thêm số 1.",
    ]


# --- hostile text -------------------------------------------------------------------


def test_viz_hostile_strings_not_raw(page):
    assert "<img src=x onerror" not in page
    assert "<img" not in page.lower()
    assert "</script><script>alert" not in page
    assert "onerror=alert(1)" in page  # still there, as escaped JSON text
    assert _json_escaped(IMG) in page
    assert _json_escaped(SCRIPT) in page
    # exactly the three script elements of the template
    assert page.lower().count("<script") == 3
    assert page.lower().count("</script") == 3
    assert 'Thanh Hóa \\u0026 \\"hợp tác\\"' in page  # "&" in an article title


def test_viz_hostile_title_escaped(graph):
    page, _ = viz.network_html(graph, title='<b onmouseover="alert(1)">kg</b> & co')
    assert "<b onmouseover" not in page
    assert "&lt;b onmouseover=&quot;alert(1)&quot;&gt;kg&lt;/b&gt; &amp; co" in page


def test_viz_template_placeholders_filled_once(graph):
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    g.remove((vocab.ID["place/la-ho"], vocab.RDFS.label, None))
    g.add((vocab.ID["place/la-ho"], vocab.RDFS.label, rdflib.Literal("{{data}} {{app_js}}", lang="vi")))
    page, _ = viz.network_html(g, title="{{csp}}")
    assert page.count("Content-Security-Policy") == 1
    assert page.lower().count("<script") == 3
    assert "{{data}} {{app_js}}" in page  # a label, not a placeholder


def test_viz_vis_tooltips_are_plain_text():
    # vis-network puts a string title into its popup with innerText (not innerHTML),
    # which is what makes plain-string tooltips safe.
    vis_js = viz._vis_js()
    assert 'key:"setText",value:function(t){if(t instanceof Element)' in vis_js
    assert "else this.frame.innerText=t" in vis_js


def test_viz_physics_off_positions_given(page):
    data = _data(page)
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])
    assert "window.network = network" in viz._app_js()


def test_viz_layout_keeps_labels_apart(rich):
    rects = []
    for n in rich["nodes"]:
        half, up, down = layout._box(network._clip(n["l"], viz.MAX_LABEL), n["s"], rich["types"][n["k"]]["font"])
        rects.append((n["x"] - half + 1, n["y"] - up + 1, n["x"] + half - 1, n["y"] + down - 1))
    grid = layout._Grid()
    for r in rects:
        assert grid.free(r)
        grid.add(r)


# --- determinism and writing ----------------------------------------------------------


def test_viz_deterministic(graph):
    first = viz.network_html(graph)
    assert viz.network_html(graph) == first
    shuffled = rdflib.Graph()
    for t in sorted(graph, reverse=True):
        shuffled.add(t)
    assert viz.network_html(shuffled) == first
    reparsed = rdflib.Graph().parse(FIXTURE, format="turtle")
    assert viz.network_html(reparsed, province="Hà Tĩnh") == viz.network_html(
        graph, province="Hà Tĩnh"
    )


def test_viz_write_network_atomic(graph, tmp_path):
    out = tmp_path / "site" / "network.html"
    stats = viz.write_network(graph, out)
    assert stats == viz.NetworkStats(nodes=5, edges=3)
    assert out.read_bytes() == viz.network_html(graph)[0].encode("utf-8")
    assert sorted(p.name for p in out.parent.iterdir()) == ["network.html"]
    stats = viz.write_network(graph, out, province="Thanh Hóa")  # overwrite
    assert stats == viz.NetworkStats(nodes=2, edges=1)
    assert sorted(p.name for p in out.parent.iterdir()) == ["network.html"]
    assert out.read_text(encoding="utf-8").count("</html>") == 1


def test_viz_write_network_failure_leaves_old_file(graph, tmp_path, monkeypatch):
    out = tmp_path / "network.html"
    out.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        viz.write_network(graph, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["network.html"]


def test_viz_empty_graph():
    page, stats = viz.network_html(rdflib.Graph())
    assert stats == viz.NetworkStats(nodes=0, edges=0)
    data = _data(page)
    assert data["nodes"] == [] and data["edges"] == [] and data["rank"] == []
