"""Inputs are bounded: an article beyond the size limit is cut, with a one-line warning, and costs no more."""

from __future__ import annotations

import subprocess
import sys
import time

import kg.build as kb

BODY = "Tỉnh Thanh Hóa hợp tác với tỉnh Hủa Phăn, Lào trong lĩnh vực giáo dục.\n"


def test_build_limits_long_article_is_cut_with_a_warning(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Tin đối ngoại\n\n" + BODY * 20_000, encoding="utf-8")  # 1.5 M characters
    started = time.monotonic()
    report = kb.build([path], tmp_path / "out", jobs=1, max_chars=50_000)
    assert time.monotonic() - started < 20
    assert len(report.warnings) == 1 and "cut to its first" in report.warnings[0] and "huge.txt" in report.warnings[0]
    raws, _, warnings = kb.read_inputs([path], max_chars=50_000)
    assert len(raws[0].text) <= 50_000 and raws[0].text.endswith("giáo dục.") and warnings == list(report.warnings)
    raws, _, warnings = kb.read_inputs([path], max_chars=None)
    assert len(raws[0].text) > 1_000_000 and warnings == []


def test_build_limits_the_cli_warns_in_one_line(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Tin đối ngoại\n\n" + BODY * 400, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "--out", str(tmp_path / "out"),
                        "--max-chars", "5000"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    warnings = [line for line in r.stderr.splitlines() if line.startswith("kg: warning:")]
    assert len(warnings) == 1 and "--max-chars 5000" in warnings[0]
