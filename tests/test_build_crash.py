"""Builds commit atomically: killed or failed at any phase, the folder keeps a complete build and the next build repairs it."""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from conftest import SEEDS

import kg.build as kb
from kg.errors import BuildLocked, DiskFull
from kg.graph.queries import open_dataset, run_query

PHASES = ("read", "extract", "store", "default", "turtle", "page", "commit")
THANH_HOA = "003_c03bc3c54d892530.txt"  # the only seed naming Tula


def partners(out):
    store = open_dataset(out)
    rows = run_query(store, "partners").rows
    del store
    return sorted(rows)


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """An older build (four seeds), the full input, and a clean build of it."""
    base = tmp_path_factory.mktemp("crash")
    src = base / "in"
    shutil.copytree(SEEDS, src)
    held = base / THANH_HOA
    shutil.move(src / THANH_HOA, held)
    older = base / "older"
    kb.build([src], older, jobs=1)
    shutil.move(held, src / THANH_HOA)
    clean = base / "clean"
    kb.build([src], clean, jobs=1)
    return {"src": src, "older": older, "clean": clean,
            "old_rows": partners(older), "new_rows": partners(clean),
            "old_ttl": (older / "graph.ttl").read_bytes(), "new_ttl": (clean / "graph.ttl").read_bytes()}


def _assert_complete(out, states):
    """The folder holds the older build or the new one, its store and graph.ttl agreeing."""
    rows, ttl = partners(out), (out / "graph.ttl").read_bytes()
    assert (rows, ttl) in ((states["old_rows"], states["old_ttl"]), (states["new_rows"], states["new_ttl"]))
    assert (out / "graph.html").is_file()


def _assert_repaired(out, states):
    report = kb.build([states["src"]], out, jobs=1)
    assert partners(out) == states["new_rows"]
    assert (out / "graph.ttl").read_bytes() == states["new_ttl"]
    assert not [p.name for p in out.iterdir() if p.name not in ("store", "graph.ttl", "graph.html", "reads.json")]
    return report


KILLER = textwrap.dedent("""
    import os, signal, sys
    import kg.build as kb
    import kg.page.viz
    where, src, out = sys.argv[1:4]
    def kill(*args, **kw):
        os.kill(os.getpid(), signal.SIGKILL)
    if where == "write_network":
        kg.page.viz.write_network = kill
    else:
        kb._phase = lambda name: kill() if name == where else None
    kb.build([src], out, jobs=1)
    """)


def _killed_build(states, tmp_path, where):
    out = tmp_path / "out"
    shutil.copytree(states["older"], out)
    r = subprocess.run([sys.executable, "-c", KILLER, where, str(states["src"]), str(out)], capture_output=True, text=True)
    assert r.returncode == -9, r.stderr
    return out


def test_build_crash_killed_while_writing_the_page_is_rebuilt_fully(states, tmp_path):
    out = _killed_build(states, tmp_path, "write_network")  # the store is written, the outputs not yet
    _assert_complete(out, states)
    report = _assert_repaired(out, states)
    assert report.extracted >= 1


@pytest.mark.parametrize("phase", PHASES)
def test_build_crash_killed_at_each_phase_keeps_a_complete_build_and_reruns_clean(states, tmp_path, phase):
    out = _killed_build(states, tmp_path, phase)
    _assert_complete(out, states)
    _assert_repaired(out, states)


@pytest.mark.parametrize("phase", ("extract", "default", "commit"))  # the others: killed, above
def test_build_crash_disk_full_at_each_phase_keeps_the_previous_build(states, tmp_path, monkeypatch, phase):
    out = tmp_path / "out"
    shutil.copytree(states["older"], out)

    def full(name):
        if name == phase:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(kb, "_phase", full)
    if phase == "commit":  # the journal is written: the build is complete, it goes in at the next build
        with pytest.raises(DiskFull):
            kb.build([states["src"]], out, jobs=1)
        _assert_complete(out, states)
    else:
        with pytest.raises(DiskFull, match="no space left"):
            kb.build([states["src"]], out, jobs=1)
        assert partners(out) == states["old_rows"] and (out / "graph.ttl").read_bytes() == states["old_ttl"]
    monkeypatch.setattr(kb, "_phase", lambda name: None)
    _assert_repaired(out, states)


def test_build_crash_disk_full_while_writing_turtle_keeps_the_query_graph(states, tmp_path, monkeypatch):
    import kg.graph.store as st

    out = tmp_path / "out"
    shutil.copytree(states["older"], out)

    def full(store):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(st, "merged_turtle", full)
    with pytest.raises(DiskFull):
        kb.build([states["src"]], out, jobs=1)
    assert partners(out) == states["old_rows"]
    monkeypatch.undo()
    _assert_repaired(out, states)


def test_build_crash_second_build_into_a_locked_folder_is_one_line_exit_3(states, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(states["older"], out)
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(BuildLocked):
            kb.build([states["src"]], out, jobs=1)
        r = subprocess.run([sys.executable, "-m", "kg", "build", str(states["src"]), "--out", str(out)],
                           capture_output=True, text=True)
    finally:
        os.close(fd)
    assert r.returncode == 3, r.stderr
    assert r.stderr.count("\n") == 1 and "another kg build" in r.stderr and "Traceback" not in r.stderr
    assert partners(out) == states["old_rows"]


@pytest.mark.parametrize("error, code, words", [
    (OSError(errno.ENOSPC, "No space left on device"), 4, "no space left"),
    (PermissionError(errno.EACCES, "Permission denied"), 5, "permission denied"),
])
def test_build_crash_disk_full_and_permission_have_their_exit_codes(states, tmp_path, monkeypatch, capsys, error, code, words):
    from kg.cli import main

    out = tmp_path / "out"
    shutil.copytree(states["older"], out)

    def fail(name):
        if name == "store":
            raise error

    monkeypatch.setattr(kb, "_phase", fail)
    with pytest.raises(SystemExit) as exit_:
        main(["build", str(states["src"]), "--out", str(out), "-j", "1"])
    err = capsys.readouterr().err
    assert exit_.value.code == code
    assert err.count("\n") == 1 and words in err and str(out) in err and "Traceback" not in err
    assert partners(out) == states["old_rows"]
