"""The network page: provinces and their foreign partners as one offline HTML file.

One SPARQL SELECT reads every ``kg:Partnership`` (province, partner, labels, the
partner's class and country, the number of source articles, the relation kinds
and evidence sentences); the rows become a :mod:`networkx` multigraph (one edge
per partnership) and then a single self-contained HTML page drawn with
vis-network.

The page is built from a small template of our own rather than pyvis's, which
links Bootstrap and vis-network from a CDN.  vis-network's JavaScript is read
from the copy bundled in the pyvis package and inlined, so the page opens
offline from a file.

Every string that comes from an article (labels, sentences, titles) is treated
as hostile:

* the data travel as JSON in a ``<script type="application/json">`` block in
  which ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and
  ``\\u0026``, so no text can close the element; the page reads it with
  ``JSON.parse``;
* tooltips are plain strings: vis-network 9.1.2 puts a string ``title`` into
  its popup with ``innerText`` (``Popup.setText``), and node labels are drawn
  on a canvas, so neither is parsed as HTML;
* the only text written straight into the HTML (page title, legend) goes
  through :func:`html.escape`;
* a Content-Security-Policy allows only the two inline scripts of the page
  (by their SHA-256 hashes) and no network access at all, so even an injected
  element could neither run script nor fetch anything.

The output is deterministic: the same graph gives a byte-identical page.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import rdflib
from rdflib.term import Literal, Node

from . import vocab

__all__ = ["NetworkStats", "network_html", "write_network", "PARTNER_TYPES", "TYPE_COLOURS"]

DEFAULT_TITLE = "kg — foreign partners of Vietnam's provinces"

#: Partner classes in order of preference when a partner has several.
PARTNER_TYPES: tuple[str, ...] = (
    "ForeignCountry",
    "ForeignLocality",
    "InternationalOrganisation",
    "GovernmentAgency",
    "DiplomaticMission",
    "Company",
    "NGO",
)

#: Fill colour of each node type (a partner with no known class is "Partner").
TYPE_COLOURS: dict[str, str] = {
    "Province": "#d62728",
    "ForeignCountry": "#1f77b4",
    "ForeignLocality": "#17becf",
    "InternationalOrganisation": "#2ca02c",
    "GovernmentAgency": "#9467bd",
    "DiplomaticMission": "#ff7f0e",
    "Company": "#8c564b",
    "NGO": "#e377c2",
    "Partner": "#7f7f7f",
}

#: Legend text of each node type.
TYPE_NAMES: dict[str, str] = {
    "Province": "Province (tỉnh, thành phố)",
    "ForeignCountry": "Foreign country (quốc gia)",
    "ForeignLocality": "Foreign locality (địa phương nước ngoài)",
    "InternationalOrganisation": "International organisation (tổ chức quốc tế)",
    "GovernmentAgency": "Foreign government agency (cơ quan chính phủ)",
    "DiplomaticMission": "Diplomatic mission (cơ quan đại diện)",
    "Company": "Company (doanh nghiệp)",
    "NGO": "NGO (tổ chức phi chính phủ)",
    "Partner": "Other partner (đối tác khác)",
}

MAX_EVIDENCE = 3  # evidence sentences shown in an edge's tooltip
MAX_SENTENCE = 400  # characters of one sentence in a tooltip
MAX_LABEL = 48  # characters of a node label drawn on the canvas

# Separators of the GROUP_CONCAT values: ASCII record (RS) and unit (US) separators.
_RS = "\x1e"
_US = "\x1f"

# One SELECT, one result row per partnership.  The partnership pattern (and the
# optional province filter, ?provinceName bound through initBindings) comes
# first; each UNION branch then adds one kind of fact, so the aggregates see a
# sum, not a product, of the facts of a partnership.  Aggregates skip the
# variables a branch leaves unbound.  (No VALUES and no nested joins in the
# branches: rdflib then evaluates the UNION once per partnership with its
# variables already bound instead of joining two full result sets.)
QUERY = """
PREFIX kg: <https://w3id.org/vnkg/def#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>

SELECT ?ps ?prov ?partner
       (MIN(?provVi) AS ?provLabelVi) (MIN(?provAny) AS ?provLabelAny)
       (MIN(?partVi) AS ?partnerLabelVi) (MIN(?partAny) AS ?partnerLabelAny)
       (GROUP_CONCAT(DISTINCT STR(?ptype); separator=" ") AS ?types)
       (MIN(?ctyVi) AS ?countryLabelVi) (MIN(?ctyAny) AS ?countryLabelAny)
       (COUNT(DISTINCT ?article) AS ?articles)
       (GROUP_CONCAT(DISTINCT STR(?kind); separator=" ") AS ?kinds)
       (GROUP_CONCAT(DISTINCT STR(?ev); separator="\\u001E") AS ?evidence)
WHERE {
  {
    ?ps a kg:Partnership ; kg:province ?prov ; kg:partner ?partner .
    FILTER (!BOUND(?provinceName) || EXISTS {
      ?prov rdfs:label|skos:altLabel ?name .
      FILTER (LCASE(STR(?name)) = LCASE(STR(?provinceName)))
    })
  }
  {
    ?prov rdfs:label ?provVi . FILTER (LANGMATCHES(LANG(?provVi), "vi"))
  } UNION {
    ?prov rdfs:label ?provAny .
  } UNION {
    ?partner rdfs:label ?partVi . FILTER (LANGMATCHES(LANG(?partVi), "vi"))
  } UNION {
    ?partner rdfs:label ?partAny .
  } UNION {
    ?partner rdf:type ?ptype .
    FILTER (?ptype IN (kg:ForeignCountry, kg:ForeignLocality, kg:InternationalOrganisation,
                       kg:GovernmentAgency, kg:DiplomaticMission, kg:Company, kg:NGO))
  } UNION {
    ?partner kg:country/rdfs:label ?ctyVi . FILTER (LANGMATCHES(LANG(?ctyVi), "vi"))
  } UNION {
    ?partner kg:country/rdfs:label ?ctyAny .
  } UNION {
    ?ps prov:wasDerivedFrom ?article .
  } UNION {
    ?ps kg:relationKind ?kind .
  } UNION {
    ?ps kg:evidence ?evNode .
    ?evNode kg:sentence ?sentence .
    OPTIONAL { ?evNode kg:article/dcterms:title ?title }
    BIND (CONCAT(STR(?sentence), "\\u001F", COALESCE(STR(?title), "")) AS ?ev)
  }
}
GROUP BY ?ps ?prov ?partner
"""


@dataclass(frozen=True)
class NetworkStats:
    """Size of the drawn network."""

    nodes: int
    edges: int


@dataclass(frozen=True)
class _Partnership:
    iri: str
    province: str
    province_label: str
    partner: str
    partner_label: str
    partner_type: str
    country_label: str
    articles: int
    kinds: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]  # (sentence, article title)
    evidence_total: int


# --- reading the graph ---------------------------------------------------


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)


def _tail(iri: str) -> str:
    """Last path segment of an IRI, a readable fallback label."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _clean(text: str) -> str:
    """Normalise a string for display: NFC, no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _partner_type(types: str) -> str:
    found = {_tail(t) for t in types.split()}
    for name in PARTNER_TYPES:
        if name in found:
            return name
    return "Partner"


def _evidence(concat: str) -> tuple[tuple[tuple[str, str], ...], int]:
    pairs: set[tuple[str, str]] = set()
    for item in concat.split(_RS) if concat else ():
        sentence, _, title = item.partition(_US)
        sentence, title = _clean(sentence), _clean(title)
        if sentence:
            pairs.add((sentence, title))
    ordered = sorted(pairs, key=lambda p: (p[1], p[0]))
    return tuple(ordered[:MAX_EVIDENCE]), len(ordered)


def _partnerships(graph: rdflib.Graph, province: str | None) -> list[_Partnership]:
    bindings: dict[str, Node] = {}
    if province is not None:
        bindings["provinceName"] = Literal(_clean(province))
    result = []
    for row in graph.query(QUERY, initBindings=bindings):
        ps, prov, partner = (_text(row[k]) for k in ("ps", "prov", "partner"))
        ptype = _partner_type(_text(row["types"]))
        partner_label = _clean(_text(row["partnerLabelVi"]) or _text(row["partnerLabelAny"]))
        partner_label = partner_label or _tail(partner)
        country = _clean(_text(row["countryLabelVi"]) or _text(row["countryLabelAny"]))
        if not country and ptype == "ForeignCountry":
            country = partner_label
        evidence, total = _evidence(_text(row["evidence"]))
        result.append(
            _Partnership(
                iri=ps,
                province=prov,
                province_label=_clean(_text(row["provLabelVi"]) or _text(row["provLabelAny"]))
                or _tail(prov),
                partner=partner,
                partner_label=partner_label,
                partner_type=ptype,
                country_label=country,
                articles=int(row["articles"].toPython()) if row["articles"] is not None else 0,
                kinds=tuple(sorted({_tail(k) for k in _text(row["kinds"]).split()})),
                evidence=evidence,
                evidence_total=total,
            )
        )
    result.sort(key=lambda p: p.iri)
    return result


# --- the network ----------------------------------------------------------


def _to_networkx(partnerships: list[_Partnership]) -> nx.MultiGraph:
    """Provinces and partners as nodes (keyed by IRI), one edge per partnership."""
    g = nx.MultiGraph()
    for p in partnerships:
        g.add_node(p.province, kind="Province", label=p.province_label, country="")
        if not g.has_node(p.partner) or g.nodes[p.partner].get("kind") != "Province":
            g.add_node(
                p.partner, kind=p.partner_type, label=p.partner_label, country=p.country_label
            )
        g.add_edge(p.province, p.partner, key=p.iri, partnership=p)
    return g


def _edge_width(articles: int) -> float:
    return round(min(12.0, 1.0 + 2.0 * math.log2(max(articles, 1))), 2)


def _node_title(g: nx.MultiGraph, node: str) -> str:
    data = g.nodes[node]
    lines = [data["label"], TYPE_NAMES[data["kind"]]]
    if data["country"] and data["kind"] != "ForeignCountry":
        lines.append(f"Quốc gia / country: {data['country']}")
    others = sorted({g.nodes[n]["label"] for n in g.neighbors(node)})
    noun = "đối tác / partners" if data["kind"] == "Province" else "tỉnh / provinces"
    lines.append(f"{len(others)} {noun}: " + _clip(", ".join(others), 300))
    lines.append(node)
    return "\n".join(lines)


def _edge_title(p: _Partnership) -> str:
    lines = [f"{p.province_label} — {p.partner_label}"]
    partner = TYPE_NAMES[p.partner_type]
    if p.country_label and p.partner_type != "ForeignCountry":
        partner += f", {p.country_label}"
    lines.append(partner)
    if p.kinds:
        lines.append("Quan hệ / relation: " + ", ".join(p.kinds))
    lines.append(f"Bài báo / articles: {p.articles}")
    for sentence, title in p.evidence:
        lines.append("")
        lines.append("“" + _clip(sentence, MAX_SENTENCE) + "”")
        if title:
            lines.append("   — " + _clip(title, 200))
    if p.evidence_total > len(p.evidence):
        lines.append("")
        lines.append(f"(+{p.evidence_total - len(p.evidence)} câu khác / more sentences)")
    return "\n".join(lines)


def _vis_data(g: nx.MultiGraph) -> dict[str, Any]:
    order = sorted(
        g.nodes,
        key=lambda n: (g.nodes[n]["kind"] != "Province", g.nodes[n]["label"], n),
    )
    ids = {node: i for i, node in enumerate(order)}
    nodes = []
    for node in order:
        data = g.nodes[node]
        colour = TYPE_COLOURS[data["kind"]]
        degree = g.degree(node)
        province = data["kind"] == "Province"
        nodes.append(
            {
                "id": ids[node],
                "label": _clip(data["label"], MAX_LABEL),
                "title": _node_title(g, node),
                "shape": "dot",
                "size": (18 if province else 10) + 2 * min(degree, 10),
                "color": {"background": colour, "border": "#333333"},
                "font": {"size": 16 if province else 13},
            }
        )
    edges = []
    for u, v, p in g.edges(data="partnership"):
        a, b = ids[u], ids[v]
        if g.nodes[u]["kind"] != "Province":
            a, b = b, a  # always province -> partner
        edges.append((a, b, p.iri, p))
    edges.sort(key=lambda e: e[:3])
    vis_edges = [
        {
            "id": i,
            "from": a,
            "to": b,
            "width": _edge_width(p.articles),
            "title": _edge_title(p),
        }
        for i, (a, b, _, p) in enumerate(edges)
    ]
    return {"nodes": nodes, "edges": vis_edges}


# --- the page -------------------------------------------------------------

_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {"borderWidth": 1, "font": {"face": "sans-serif", "color": "#222222"}},
    "edges": {
        "color": {"color": "#9aa5b1", "highlight": "#d9480f", "hover": "#d9480f"},
        "smooth": False,
    },
    "layout": {"randomSeed": 7, "improvedLayout": False},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.3},
        "stabilization": {"enabled": True, "iterations": 200, "updateInterval": 25, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
}

# Our script: reads the JSON data block, draws the network, stops the physics
# once it has settled.  No string from the data is ever put into HTML.
_APP_JS = """(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-network");
  var status = document.getElementById("kg-status");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  window.network = network;
  function settle() {
    network.setOptions({physics: false});
    status.textContent = "";
  }
  network.once("stabilizationIterationsDone", settle);
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Đang sắp xếp… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  if (data.nodes.length === 0) { settle(); }
})();
"""

_CSS = """
html, body { margin: 0; height: 100%; font-family: sans-serif; color: #222; background: #fafafa; }
body { display: flex; flex-direction: column; }
header { padding: 8px 14px; border-bottom: 1px solid #ddd; background: #fff; }
h1 { font-size: 18px; margin: 0 0 4px 0; }
.kg-stats { font-size: 13px; color: #555; }
#kg-status { margin-left: 1em; color: #a15c00; }
main { flex: 1; display: flex; min-height: 0; }
#kg-network { flex: 1; min-width: 0; background: #fff; }
.kg-legend { width: 250px; padding: 10px 12px; border-left: 1px solid #ddd; font-size: 13px; overflow: auto; }
.kg-legend h2 { font-size: 14px; margin: 0 0 6px 0; }
.kg-legend ul { list-style: none; margin: 0 0 10px 0; padding: 0; }
.kg-legend li { margin: 3px 0; display: flex; align-items: center; }
.kg-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  border: 1px solid #333; margin-right: 7px; flex: none; }
.kg-count { margin-left: auto; color: #666; padding-left: 6px; }
.kg-legend p { color: #555; margin: 4px 0; }
div.vis-tooltip { position: absolute; visibility: hidden; padding: 6px 8px; white-space: pre-wrap;
  max-width: 460px; font-size: 13px; font-family: sans-serif; color: #000;
  background: #fffdf2; border: 1px solid #888; border-radius: 3px;
  box-shadow: 3px 3px 10px rgba(0,0,0,.2); pointer-events: none; z-index: 5; }
"""

_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<div class="kg-stats">{stats}<span id="kg-status"></span></div>
</header>
<main>
<div id="kg-network"></div>
<aside class="kg-legend">
<h2>Chú giải / legend</h2>
<ul>
{legend}
</ul>
<p>Độ dày cạnh: số bài báo nguồn. / Edge width: number of source articles.</p>
<p>Di chuột lên nút hoặc cạnh để xem chi tiết. / Hover for details.</p>
</aside>
</main>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""


def _vis_js_path() -> Path:
    return Path(str(resources.files("pyvis"))) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's JavaScript, ready to sit inside an inline <script> element."""
    text = _vis_js_path().read_bytes().decode("utf-8")
    # The HTML parser turns CR and CRLF into LF before scripts run and before CSP
    # hashes are taken; do it here so the hash we compute is the browser's.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Drop the source-map comment: nothing should ask for another file.
    lines = text.rstrip("\n").split("\n")
    if lines and lines[-1].startswith("//# sourceMappingURL="):
        lines.pop()
    text = "\n".join(lines) + "\n"
    # core-js writes "<script>" inside a string literal; spell it with an escape so
    # the HTML tokenizer never sees a tag-like sequence in the inline script.
    text = text.replace('"<script>"', '"\\x3cscript>"')
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "<script" in lowered or "\x00" in text:
        raise RuntimeError(f"{_vis_js_path()} cannot be inlined safely")
    return text


def _json_for_html(value: Any) -> str:
    """JSON that cannot end or confuse the <script> element it sits in."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _sha256(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _legend(g: nx.MultiGraph) -> str:
    counts: dict[str, int] = {}
    for _, kind in g.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    kinds = ["Province", *PARTNER_TYPES]
    if counts.get("Partner"):
        kinds.append("Partner")
    return "\n".join(
        f'<li><span class="kg-swatch" style="background:{TYPE_COLOURS[k]}"></span>'
        f"{html.escape(TYPE_NAMES[k])}"
        f'<span class="kg-count">{counts.get(k, 0)}</span></li>'
        for k in kinds
    )


def network_html(
    graph: rdflib.Graph,
    *,
    province: str | None = None,
    title: str = DEFAULT_TITLE,
) -> tuple[str, NetworkStats]:
    """The network page of ``graph`` as an HTML string, and its size.

    ``province`` keeps one province and its partners; it is matched against the
    province's ``rdfs:label`` and ``skos:altLabel`` (any language, ignoring
    case).  An unknown name gives an empty network.
    """
    g = _to_networkx(_partnerships(graph, province))
    stats = NetworkStats(nodes=g.number_of_nodes(), edges=g.number_of_edges())
    data = _vis_data(g)
    data["options"] = _OPTIONS
    vis_js = _vis_js()
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(_APP_JS)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    heading = title if province is None else f"{title} — {_clean(province)}"
    page = _PAGE.format(
        csp=html.escape(csp),
        title=html.escape(heading),
        css=_CSS,
        stats=html.escape(f"{stats.nodes} nút / nodes, {stats.edges} quan hệ / partnerships"),
        legend=_legend(g),
        data=_json_for_html(data),
        vis_js=vis_js,
        app_js=_APP_JS,
    )
    return page, stats


def write_network(graph: rdflib.Graph, path: Path, **kw: Any) -> NetworkStats:
    """Write the network page to ``path`` (UTF-8), atomically; keywords as :func:`network_html`."""
    page, stats = network_html(graph, **kw)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(page.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return stats
