"""tools/data_*.py: the kg/data TSVs are the source; each script checks them
(read-only by default) and refuses to overwrite a hand edit with --write."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
# script -> (packages it fetches from, row to edit, fetched cell as written, hand edit)
CASES = {
    "provinces": (("vietnamadminunits", "pycountry"), "vn-02\t", "\tVN-03\t", "\tVN-99\t"),
    "countries": (("pycountry", "babel"), "AD\t", "AD\tAND\t", "AD\tANX\t"),
    "localities": (("pycountry",), "ad-02\t", "\tAD-02\t", "\tAD-99\t"),
    "companies": ((), None, None, None),
    "organisations": ((), None, None, None),
}


def run(name: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "tools" / f"data_{name}.py"), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def missing(packages: tuple[str, ...]) -> list[str]:
    return [p for p in packages if importlib.util.find_spec(p) is None]


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_mode_passes_and_writes_nothing(name):
    before = (DATA / f"{name}.tsv").read_bytes()
    r = run(name)
    assert r.returncode == 0, r.stderr
    assert "ok" in r.stderr
    for p in missing(CASES[name][0]):
        assert "not installed" in r.stderr and p in r.stderr
    assert (DATA / f"{name}.tsv").read_bytes() == before


@pytest.mark.parametrize("name", sorted(CASES))
def test_hand_edit_is_reported_not_overwritten(name, tmp_path):
    packages, row, cell, edit = CASES[name]
    if not packages:
        pytest.skip(f"data_{name}.py fetches nothing: every column is curated, --write never changes it")
    if missing(packages):
        pytest.skip(f"needs {', '.join(missing(packages))} (the fetched values to compare with)")
    lines = (DATA / f"{name}.tsv").read_text(encoding="utf-8").split("\n")
    i = next(i for i, ln in enumerate(lines) if ln.startswith(row))
    assert cell in lines[i]
    lines[i] = lines[i].replace(cell, edit, 1)
    copy = tmp_path / f"{name}.tsv"
    copy.write_text("\n".join(lines), encoding="utf-8")
    before = copy.read_bytes()
    r = run(name, "--write", "--file", str(copy))
    assert r.returncode == 1
    assert row.strip() in r.stderr and "differ" in r.stderr
    assert copy.read_bytes() == before


@pytest.mark.parametrize("name", ["companies", "organisations"])
def test_curated_edit_is_kept_and_a_broken_one_reported(name, tmp_path):
    copy = tmp_path / f"{name}.tsv"
    shutil.copy(DATA / f"{name}.tsv", copy)
    lines = copy.read_text(encoding="utf-8").split("\n")
    cells = lines[2].split("\t")
    cells[-1 if name == "organisations" else 3] = "Edited By Hand"  # the aliases cell
    lines[2] = "\t".join(cells)
    copy.write_text("\n".join(lines), encoding="utf-8")
    before = copy.read_bytes()
    assert run(name, "--write", "--file", str(copy)).returncode == 0
    assert copy.read_bytes() == before
    lines[2], lines[3] = lines[3], lines[2]  # out of order
    copy.write_text("\n".join(lines), encoding="utf-8")
    r = run(name, "--file", str(copy))
    assert r.returncode == 1 and "out of order" in r.stderr
