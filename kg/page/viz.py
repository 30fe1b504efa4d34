"""The network page: provinces and their foreign partners as one offline HTML file.

The page reads the build's Oxigraph store itself (an rdflib graph, in tests,
is copied into an in-memory store first):

* :data:`QUERY_ALL`, a SPARQL SELECT of one row per ``kg:Partnership`` (its
  province and partner), or :data:`QUERY`, the same for one province, whose
  name is the literal ``?provinceName`` bound as a substitution (never query
  text);
* :data:`FACT_PATTERNS`, everything else the page shows (labels, partner
  classes and countries, relation kinds, source articles, evidence sentences,
  agreements, events, indicators), each one triple pattern with a constant
  predicate read straight from the store's index (``quads_for_pattern``: no
  query to evaluate, no solution objects to build), and Python joins the rows.

The rows become a :mod:`networkx` multigraph (one edge per partnership), laid
out here in Python (:func:`_layout`: a deterministic packing of the provinces,
each with its partners around it, no two labels overlapping), so the page
draws at once with vis-network's physics off, even with thousands of nodes.

The page is ``viz_template.html`` + ``viz_app.js`` (next to this module), with
vis-network's JavaScript read from the copy bundled in the pyvis package and
inlined, so the page opens offline from a file.  The page's script builds the
vis-network items, the filters, the search box and the side panel from the
JSON data.

Every string that comes from an article (labels, sentences, titles, URLs) is
treated as hostile:

* the data travel as JSON in a ``<script type="application/json">`` block in
  which ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and
  ``\\u0026``, so no text can close the element; the page reads it with
  ``JSON.parse``;
* the page's script puts text into the page with ``textContent`` and DOM
  properties only, never ``innerHTML``; a link gets an ``href`` only for an
  ``http:``/``https:`` URL (checked here and again in the page);
* tooltips are plain strings: vis-network 9.1.2 puts a string ``title`` into
  its popup with ``innerText`` (``Popup.setText``), and node labels are drawn
  on a canvas, so neither is parsed as HTML;
* the only text written straight into the HTML (page title, legend, counts)
  goes through :func:`html.escape`;
* a Content-Security-Policy allows only the two inline scripts of the page
  (by their SHA-256 hashes) and no network access at all, so even an injected
  element could neither run script nor fetch anything.

The output is deterministic: the same graph gives a byte-identical page.
"""


from __future__ import annotations

import base64
import contextlib
import gc
import hashlib
import html
import importlib.util
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib

from ..resources import page_asset
from .network import FACT_PATTERNS, QUERY, QUERY_ALL, NetworkStats, _clean, _Facts, _partnerships, _to_networkx, dataset
from .payload import _build
from .style import (
    DEFAULT_TITLE,
    EDGE_COLOURS,
    EDGE_KINDS,
    EDGE_NAMES,
    MAX_LABEL,
    PARTNER_TYPES,
    TOP_N,
    TYPE_COLOURS,
    TYPE_NAMES,
)

__all__ = [
    "EDGE_COLOURS",
    "EDGE_KINDS",
    "EDGE_NAMES",
    "FACT_PATTERNS",
    "MAX_LABEL",
    "PARTNER_TYPES",
    "QUERY",
    "QUERY_ALL",
    "TOP_N",
    "TYPE_COLOURS",
    "TYPE_NAMES",
    "NetworkStats",
    "network_html",
    "write_network",
]


_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "nodes": {
        "shape": "dot",
        "borderWidth": 1,
        "font": {"face": "system-ui, sans-serif", "color": "#1a1a1a", "strokeWidth": 4, "strokeColor": "#ffffff"},
        "scaling": {"label": {"drawThreshold": 7}},
    },
    "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1},
    "layout": {"improvedLayout": False},
    "physics": {"enabled": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "multiselect": False},
}


def _asset(name: str) -> str:
    text = page_asset(name).read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _app_js() -> str:
    text = _asset("viz_app.js")
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered or "<script" in lowered:
        raise RuntimeError("viz_app.js cannot be inlined safely")
    return text


def _vis_js_path() -> Path:
    """The copy of vis-network in the pyvis package, found without importing pyvis (and its imports)."""
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        raise RuntimeError("the pyvis package is missing: reinstall kg")
    return Path(folders[0]) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


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
    """Node types (with the partner-type filter checkboxes), then edge kinds."""
    counts: dict[str, int] = defaultdict(int)
    for _, kind in g.nodes(data="kind"):
        counts[kind] += 1
    kinds = ["Province", *PARTNER_TYPES]
    if counts.get("Partner"):
        kinds.append("Partner")
    rows = []
    for k in kinds:
        box = (
            '<span class="kg-box"></span>'
            if k == "Province"
            else f'<input type="checkbox" class="kg-type" value="{k}" checked>'
        )
        rows.append(
            f'<li><label>{box}<span class="kg-swatch" style="background:{TYPE_COLOURS[k]}"></span>'
            f'<span class="kg-name">{html.escape(TYPE_NAMES[k])}</span>'
            f'<span class="kg-count">{counts.get(k, 0)}</span></label></li>'
        )
    return "\n".join(rows)


def _edge_legend(data: dict[str, Any]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for e in data["edges"]:
        counts[e["k"]] += 1
    return "\n".join(
        f'<li><span class="kg-line" style="background:{EDGE_COLOURS[k]}"></span>'
        f'<span class="kg-name">{html.escape(EDGE_NAMES[k])}</span>'
        f'<span class="kg-count">{counts.get(k, 0)}</span></li>'
        for k in EDGE_KINDS
    )


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace every ``{{name}}`` of ``template`` in one pass (values are never rescanned)."""

    def sub(m: re.Match[str]) -> str:
        return values[m.group(1)]

    return re.sub(r"\{\{([a-z_]+)\}\}", sub, template)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the page is made: it makes some hundred thousand objects and
    no cycles worth collecting, and every collection walks all the objects the process holds."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def network_html(
    graph: rdflib.Graph | ox.Store,
    *,
    province: str | None = None,
    title: str = DEFAULT_TITLE,
) -> tuple[str, NetworkStats]:
    """The network page of ``graph`` as an HTML string, and its size.

    ``province`` keeps one province and its partners; it is matched against the
    province's ``rdfs:label`` and ``skos:altLabel`` (any language, ignoring
    case).  An unknown name gives an empty network.
    """
    store = dataset(graph)
    with _collector_paused():  # all the page, so that what it made is freed before the collector runs again
        facts = _Facts(store)
        g = _to_networkx(_partnerships(store, province, facts))
        stats = NetworkStats(nodes=g.number_of_nodes(), edges=g.number_of_edges())
        data = _build(g, facts)
        del facts
        data["options"] = _OPTIONS
        vis_js, app_js = _vis_js(), _app_js()
        csp = "; ".join(
            [
                "default-src 'none'",
                f"script-src {_sha256(vis_js)} {_sha256(app_js)}",
                "style-src 'unsafe-inline'",
                "img-src data:",
                "base-uri 'none'",
                "form-action 'none'",
            ]
        )
        heading = title if province is None else f"{title} — {_clean(province)}"
        legend, edge_legend, payload = _legend(g), _edge_legend(data), _json_for_html(data)
        del g, data
        page = _fill(
            _asset("viz_template.html"),
            {
                "csp": html.escape(csp),
                "title": html.escape(heading),
                "stats": html.escape(f"{stats.nodes} nút / nodes, {stats.edges} quan hệ / partnerships"),
                "total": str(stats.nodes),
                "top_n": str(TOP_N),
                "legend": legend,
                "edge_legend": edge_legend,
                "data": payload,
                "vis_js": vis_js,
                "app_js": app_js,
            },
        )
    return page, stats


def write_network(graph: rdflib.Graph | ox.Store, path: Path, **kw: Any) -> NetworkStats:
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
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return stats
