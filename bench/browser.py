"""How long headless Chromium takes to draw a network page: from the start of navigation to vis-network's
first ``afterDrawing`` (the page records it as ``window.kgTiming.drawn``), so it counts parsing the HTML
and the JSON, building the items and the first frame.

Uses Playwright's Python package to drive Debian's Chromium (``/usr/bin/chromium``, or ``KG_CHROMIUM``)
in a fresh profile folder; never a browser that Playwright would download.  :func:`draw_seconds` answers
None, with the reason, when either is missing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def chromium() -> str | None:
    found = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    return found


def draw_seconds(page: Path, runs: int = 3, viewport: tuple[int, int] = (1400, 900)) -> tuple[float | None, str]:
    """Median seconds from navigation to the first drawing of ``page`` over ``runs`` loads, or None and why."""
    binary = chromium()
    if not binary:
        return None, "no Chromium (apt-get install chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None, "the playwright package is not installed (pip install -e '.[test]')"
    times = []
    with sync_playwright() as p, tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=binary, headless=True, args=FLAGS,
            viewport={"width": viewport[0], "height": viewport[1]})
        try:
            tab = context.new_page()
            errors: list[str] = []
            tab.on("pageerror", lambda e: errors.append(str(e)))
            for _ in range(runs):
                tab.goto(page.resolve().as_uri())
                tab.wait_for_function("window.kgTiming && window.kgTiming.drawn > 0", timeout=120_000)
                times.append(tab.evaluate("window.kgTiming.drawn") / 1000)
            if errors:
                return None, f"the page failed: {errors[0]}"
        finally:
            context.close()
    return statistics.median(times), f"median of {runs}"
