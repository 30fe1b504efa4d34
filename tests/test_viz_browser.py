"""The network page in a real browser: Playwright driving Debian's headless Chromium.

Every request that is not ``file:`` is refused (and recorded), so the tests also
prove the page is self-contained.  The fixture's HTML payloads set
``window.__pwned`` if they ever run.  Skipped when the ``playwright`` package or a
Chromium binary is missing (never run ``playwright install``: it downloads
browsers).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import rdflib

from kg.page import viz

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="the playwright package is not installed (pip install playwright)"
)

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM and Path("/usr/bin/chromium").exists():
    CHROMIUM = "/usr/bin/chromium"
if not CHROMIUM:
    pytest.skip("no chromium binary (apt-get install chromium)", allow_module_level=True)

FIXTURE = Path(__file__).parent / "fixtures" / "viz_browser.ttl"
NODES, EDGES = 12, 10
SENTENCE = 'Đoàn tỉnh Hủa Phăn <img src=x onerror="window.__pwned=3"> thăm Thanh Hóa <script>window.__pwned=4</script>.'


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
        except Exception as e:  # a chromium that cannot start here
            pytest.skip(f"chromium did not start: {e}")
        yield b
        b.close()


class Page:
    """A page opened from a file, with its errors, console errors, dialogs and refused requests."""

    def __init__(self, browser, path: Path, viewport=(1400, 900)) -> None:
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.refused: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                self.refused.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.kgTiming && window.kgTiming.drawn > 0", timeout=30_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def visible(self) -> tuple[int, int]:
        return tuple(self.js("[network.body.data.nodes.length, network.body.data.edges.length]"))

    def node_id(self, label: str) -> int:
        return self.js("(l) => window.kg.findNode(l)", label)

    def clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        assert self.refused == []
        assert self.js("typeof window.__pwned") == "undefined"

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "graph.html"
    stats = viz.write_network(rdflib.Graph().parse(FIXTURE, format="turtle"), out)
    assert stats == viz.NetworkStats(nodes=NODES, edges=EDGES)
    return out


@pytest.fixture
def opened(browser, page_file):
    p = Page(browser, page_file)
    yield p
    p.close()


def test_browser_page_opens_offline_without_errors(opened):
    assert opened.visible() == (NODES, EDGES)
    assert opened.js("document.querySelectorAll('img').length") == 0
    assert opened.js("document.querySelectorAll('script').length") == 3
    # the province select and the datalist carry the hostile labels as text
    options = opened.js("Array.from(document.querySelectorAll('#kg-labels option')).map(o => o.value)")
    assert '<img src=x onerror="window.__pwned=1">Ngân hàng Thế giới' in options
    assert "<script>window.__pwned=2</script>Quỹ Hữu nghị" in options
    assert opened.js("document.querySelector('#kg-province').options.length") == 4
    opened.clean()


FILTERS = {
    "province": (lambda pg: pg.select_option("#kg-province", label="Nghệ An (4)"), (5, 4)),
    "year from": (lambda pg: pg.select_option("#kg-year-from", "2023"), (5, 3)),
    "year to": (lambda pg: pg.select_option("#kg-year-to", "2018"), (5, 3)),  # 2016: an event's date
    "partner type": (lambda pg: pg.uncheck("input.kg-type[value=ForeignCountry]"), (9, 6)),
    "country": (lambda pg: pg.select_option("#kg-country", label="Hàn Quốc"), (5, 4)),
}


@pytest.mark.parametrize("name", FILTERS)
def test_browser_filters_change_visible_nodes(opened, name):
    action, expected = FILTERS[name]
    assert opened.visible() == (NODES, EDGES)
    action(opened.page)
    assert opened.visible() == expected
    assert f"{expected[0]} nút" in opened.js("document.getElementById('kg-shown').textContent")
    opened.page.click("#kg-reset")
    assert opened.visible() == (NODES, EDGES)
    opened.clean()


def test_browser_click_node_shows_evidence_literally(opened):
    node = opened.node_id("Hủa Phăn")
    x, y = opened.js(
        """(id) => {
          const p = network.canvasToDOM(network.getPosition(id));
          const r = document.getElementById('kg-network').getBoundingClientRect();
          return [r.left + p.x, r.top + p.y];
        }""",
        node,
    )
    opened.page.mouse.click(x, y)
    assert opened.js("network.getSelectedNodes()") == [node]
    panel = opened.page.locator("#kg-panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert SENTENCE in text  # the payload shown as text
    assert "Thanh Hóa ký kết với Hủa Phăn" in text  # source article title
    assert "đang đàm phán / under negotiation" in text  # agreement status
    assert "2016-08" in text and "visit" in text  # event date and kind
    assert opened.js("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
    hrefs = opened.js("Array.from(document.querySelectorAll('#kg-panel a')).map(a => a.getAttribute('href'))")
    assert "https://example.vn/tin/a.html" in hrefs
    assert all(h.startswith("https://") for h in hrefs)  # the javascript: URL is no link
    assert "seeds/b.txt" in text  # ...its article is named by its file instead
    opened.clean()


def test_browser_select_edge_and_province_panel(opened):
    th = opened.node_id("Thanh Hóa")
    opened.js("(id) => { network.selectNodes([id]); window.kg.showNode(id); }", th)
    text = opened.page.locator("#kg-panel").inner_text()
    assert "export value: more than 2,400,000,000 USD" in text  # indicators of a province
    assert "Hủa Phăn" in text and "JICA" in text and "Lào" in text
    edge = opened.js(
        "(a) => window.kg.data.edges.findIndex(e => e.f === a[0] && e.t === a[1])",
        [opened.node_id("Hà Tĩnh"), opened.node_id("KOICA")],
    )
    opened.js("(id) => window.kg.showEdge(id)", edge)
    text = opened.page.locator("#kg-panel").inner_text()
    assert "Hà Tĩnh — KOICA" in text
    assert "đã ký kết / signed" in text and "2020–2025" in text
    assert "KOICA và JICA tài trợ cho Hà Tĩnh và Thanh Hóa." in text
    opened.page.click("#kg-panel-close")
    assert not opened.page.locator("#kg-panel").is_visible()
    opened.clean()


def test_browser_search_focuses_node(opened):
    scale = opened.js("network.getScale()")
    opened.page.fill("#kg-search", "koica")
    opened.page.press("#kg-search", "Enter")
    koica = opened.node_id("KOICA")
    assert opened.js("network.getSelectedNodes()") == [koica]
    opened.page.wait_for_timeout(600)  # the zoom animation
    assert opened.js("network.getScale()") != scale
    assert opened.page.locator("#kg-panel h2").inner_text().strip() == "KOICA"
    opened.page.fill("#kg-search", "không có nút này")
    opened.page.press("#kg-search", "Enter")
    assert "not found" in opened.page.locator("#kg-search-msg").inner_text()
    # a hostile label is found and shown as text too
    opened.page.fill("#kg-search", "Quỹ Hữu nghị")
    opened.page.press("#kg-search", "Enter")
    assert opened.page.locator("#kg-panel h2").inner_text().strip() == "<script>window.__pwned=2</script>Quỹ Hữu nghị"
    opened.clean()


def test_browser_tooltip_is_text(opened):
    wb = opened.node_id("Ngân hàng Thế giới")
    x, y = opened.js(
        """(id) => {
          const p = network.canvasToDOM(network.getPosition(id));
          const r = document.getElementById('kg-network').getBoundingClientRect();
          return [r.left + p.x, r.top + p.y];
        }""",
        wb,
    )
    opened.page.mouse.move(x, y)
    opened.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tip = opened.page.locator("div.vis-tooltip")
    assert '<img src=x onerror="window.__pwned=1">Ngân hàng Thế giới' in tip.inner_text()
    assert opened.js("document.querySelectorAll('div.vis-tooltip *:not(br)').length") == 0  # innerText: lines become <br>
    opened.clean()


def test_browser_large_graph_settles_within_5_seconds(browser, tmp_path):
    from test_viz_large import synthetic_graph

    out = tmp_path / "big.html"
    stats = viz.write_network(synthetic_graph(5000), out)
    assert stats.nodes == 5000
    p = Page(browser, out)
    try:
        drawn = p.js("window.kgTiming.drawn")  # performance.now() at the first drawing
        print(f"\n5,000-node page: drawn {drawn:.0f} ms after navigation start")
        assert drawn < 5000
        assert p.visible()[0] == viz.TOP_N
        assert p.js("network.physics.options.enabled") is False
        ms = p.js(
            """() => new Promise((resolve) => {
              const t0 = performance.now();
              network.once('afterDrawing', () => resolve(performance.now() - t0));
              document.getElementById('kg-show-all').click();
            })"""
        )
        print(f"show all 5,000 nodes: drawn in {ms:.0f} ms")
        assert ms < 5000
        assert p.visible() == (5000, stats.edges)
        p.clean()
    finally:
        p.close()
