"""The report page in headless Chromium (Debian's, driven by Playwright): offline, no script error, payloads inert.

Every request that is not ``file:`` is refused and recorded. Skipped without the playwright
package or a chromium binary. ``KG_SCREENSHOT=docs/report.png`` saves the screenshot in docs/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.graph.queries import open_dataset
from kg.page.report import render_html
from kg.page.report_data import gather

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")
CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("no chromium binary (apt-get install chromium)", allow_module_level=True)

TIMELINE = Path(__file__).parent / "fixtures" / "timeline.jsonl"


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    build([TIMELINE], folder / "b", jobs=1)
    page = folder / "thanh-hoa.html"
    page.write_text(render_html(gather(open_dataset(folder / "b"), "Thanh Hóa", as_of="2020-12-31")), encoding="utf-8")
    return page


def test_report_browser_opens_offline_without_errors_and_payloads_inert(page_file):
    refused, errors, dialogs = [], [], []
    with sync_api.sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                                         "--disable-background-networking"])
        except Exception as e:  # a chromium that cannot start here
            pytest.skip(f"chromium did not start: {e}")
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else (refused.append(r.request.url), r.abort()))
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(page_file.resolve().as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('svg.timeline rect').length") == 2  # 2019 and 2020, Laos
        sources = page.locator("ol.sources").inner_text()
        assert '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>' in sources  # shown as text
        assert page.locator("#agreements + table").inner_text().count("còn hiệu lực / in_force") == 1
        page.click("#agreements + table a[href='#ev-1']")
        assert page.evaluate("location.hash") == "#ev-1"
        assert "Ngày 11/3/2019, tỉnh Thanh Hóa đã ký kết" in page.locator("#ev-1").inner_text()
        shot = os.environ.get("KG_SCREENSHOT")
        if shot:
            page.goto(page_file.resolve().as_uri())
            page.screenshot(path=shot, full_page=True)
        context.close()
        browser.close()
    assert (refused, errors, dialogs) == ([], [], [])
