"""Tests of kg.viz, the offline network page, on a small hand-written graph."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import rdflib

from kg import viz

FIXTURE = Path(__file__).parent / "fixtures" / "viz_small.ttl"

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
    (attrs, text), = [s for s in _parse(page).scripts if s[0].get("id") == "kg-data"]
    assert attrs.get("type") == "application/json"
    return json.loads(text)


def _by_label(data: dict) -> dict[str, dict]:
    return {n["label"]: n for n in data["nodes"]}


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
    assert "stabilizationIterationsDone" in vis_js and "t.Network=" in vis_js
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


# --- counts --------------------------------------------------------------------


def test_viz_stats_for_fixture(graph):
    page, stats = viz.network_html(graph)
    assert stats == viz.NetworkStats(nodes=5, edges=3)
    data = _data(page)
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 3
    assert sorted(n["id"] for n in data["nodes"]) == list(range(5))


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


# --- content -----------------------------------------------------------------------


def test_viz_nodes_typed_and_coloured(page):
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
        assert nodes[label]["color"]["background"] == viz.TYPE_COLOURS[kind]
        assert viz.TYPE_NAMES[kind] in nodes[label]["title"]
    assert "Lào" in nodes["Hủa Phăn"]["title"]
    assert len(set(viz.TYPE_COLOURS.values())) == len(viz.TYPE_COLOURS)


def test_viz_legend_lists_every_type(page):
    legend = page[page.index('<aside class="kg-legend">') : page.index("</aside>")]
    for kind in ("Province", *viz.PARTNER_TYPES):
        assert viz.TYPE_COLOURS[kind] in legend
        assert viz.TYPE_NAMES[kind].split(" (")[0] in legend


def test_viz_edges_width_and_tooltips(page):
    data = _data(page)
    nodes = {n["id"]: n["label"] for n in data["nodes"]}
    edges = {(nodes[e["from"]], nodes[e["to"]]): e for e in data["edges"]}
    assert set(edges) == {("Thanh Hóa", "Hủa Phăn"), ("Hà Tĩnh", "Hàn Quốc"), ("Hà Tĩnh", SCRIPT)}
    two = edges[("Thanh Hóa", "Hủa Phăn")]
    assert two["width"] > edges[("Hà Tĩnh", "Hàn Quốc")]["width"]
    assert "articles: 2" in two["title"]
    assert "agreement, visit" in two["title"]
    assert IMG in two["title"]  # shown as text in the tooltip
    assert "Thanh Hóa ký kết với Hủa Phăn" in two["title"]  # article title
    assert "Lào" in two["title"]
    assert "aid_investment" in edges[("Hà Tĩnh", SCRIPT)]["title"]


def test_viz_evidence_limited_to_three(graph):
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    kg, ids = viz.vocab.KG, viz.vocab.ID
    ps = ids["partnership/vn-42--country-kr"]
    for i in range(5):
        ev = ids[f"evidence/extra-{i}"]
        g.add((ps, kg.evidence, ev))
        g.add((ev, kg.sentence, rdflib.Literal(f"Câu thêm số {i}.")))
    data = _data(viz.network_html(g, province="Hà Tĩnh")[0])
    title = next(e["title"] for e in data["edges"] if e["title"].startswith("Hà Tĩnh — Hàn Quốc\n"))
    assert title.count("“") == 3
    assert "+3" in title


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


def test_viz_vis_tooltips_are_plain_text():
    # vis-network puts a string title into its popup with innerText (not innerHTML),
    # which is what makes plain-string tooltips safe.
    vis_js = viz._vis_js()
    assert 'key:"setText",value:function(t){if(t instanceof Element)' in vis_js
    assert "else this.frame.innerText=t" in vis_js


def test_viz_page_exposes_network_and_stops_physics(page):
    data = _data(page)
    assert data["options"]["physics"]["stabilization"]["iterations"] == 200
    assert "window.network = network" in page
    assert "network.setOptions({physics: false})" in page
    assert '"stabilizationIterationsDone"' in page


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_viz_page_script_runs_with_stub_vis(page, tmp_path):
    """Run the page's own script in node against a stub of vis and the DOM."""
    app_js = [text for attrs, text in _parse(page).scripts if "type" not in attrs][1]
    (data_attrs, data_text), = [s for s in _parse(page).scripts if s[0].get("id") == "kg-data"]
    harness = tmp_path / "harness.js"
    harness.write_text(
        "const dataText = " + json.dumps(data_text) + ";\n"
        + """
globalThis.window = globalThis;
const calls = [];
const elements = {"kg-data": {textContent: dataText}, "kg-network": {}, "kg-status": {textContent: ""}};
globalThis.document = {getElementById: (id) => elements[id]};
function DataSet(items) { this.length = items.length; this.items = items; }
function Network(container, data, options) {
  this.body = {data: data}; this.options = options; this.handlers = {};
  this.once = (e, f) => { this.handlers[e] = f; };
  this.on = () => {};
  this.setOptions = (o) => calls.push(o);
}
globalThis.vis = {DataSet: DataSet, Network: Network};
"""
        + app_js
        + """
const n = window.network;
n.handlers.stabilizationIterationsDone();
const labels = n.body.data.nodes.items.map((x) => x.label);
console.log(JSON.stringify({nodes: n.body.data.nodes.length, edges: n.body.data.edges.length,
  calls: calls, labels: labels}));
""",
        encoding="utf-8",
    )
    out = subprocess.run(
        ["node", str(harness)], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    result = json.loads(out)
    assert result["nodes"] == 5 and result["edges"] == 3
    assert result["calls"] == [{"physics": False}]
    assert SCRIPT in result["labels"]  # decoded back to the literal text


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
    assert _data(page)["nodes"] == []
