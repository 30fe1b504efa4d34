"""A killed build leaves no pool worker behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from conftest import SEEDS

SCRIPT = textwrap.dedent("""
    import sys, time
    import kg.build as kb
    import kg.buildworkers as kw
    kw.PARALLEL_FROM = 0
    real = kw._extract_one
    def slow(raw):
        time.sleep(30)
        return real(raw)
    kw._extract_one = slow
    kb.build([sys.argv[1]], sys.argv[2], jobs=2)
    """)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="needs Linux /proc")
def test_build_workers_die_with_a_killed_build(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(SEEDS), str(tmp_path / "out")])
    workers = []
    for _ in range(100):
        workers = _children(proc.pid)
        if len(workers) >= 2:
            break
        time.sleep(0.1)
    assert len(workers) >= 2
    time.sleep(0.5)  # the workers have run their initialiser
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    deadline = time.monotonic() + 5
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [w for w in alive if os.path.exists(f"/proc/{w}") and "Z" not in open(f"/proc/{w}/stat").read().split()[2]]
        time.sleep(0.1)
    for w in alive:
        os.kill(w, signal.SIGKILL)
    assert alive == []
