"""The build folder on disk: its lock, its atomic commit and the repair of a build that was killed.

A build writes a new store (``store.new``, a copy of the old one) and new outputs
(``.graph.ttl.new`` ...) beside the old ones; once all are complete it writes the
journal file (``.kg-commit``) and renames them into place.  :func:`recover` finishes
or undoes what a killed build left, so the folder always holds one complete build.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BuildLocked, DiskFull, KgError, NoPermission
from .io.known import READS_FILE

GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"
#: The files a build writes beside its store, renamed into place together at the commit.
OUTPUTS = (GRAPH_FILE, HTML_FILE, READS_FILE)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise



STORE_DIR = "store"
NEW_STORE = "store.new"
OLD_STORE = "store.old"
JOURNAL = ".kg-commit"


def os_error(e: OSError, where: Path) -> KgError:
    """An operating-system error while writing a build, as a one-line error with its own exit code."""
    text = f"{e.strerror or ''} {e}"
    if e.errno in (errno.ENOSPC, errno.EDQUOT) or "No space left" in text or "quota exceeded" in text.lower():
        return DiskFull(f"{where}: no space left on the device: free some space or build elsewhere with --out "
                        "(the previous build is kept)")
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or "Permission denied" in text or "Read-only" in text:
        return NoPermission(f"{where}: permission denied: make the folder writable or choose another --out "
                            "(the previous build is kept)")
    return KgError(f"{where}: cannot write the build ({e.strerror or e}): check the folder (the previous build is kept)")


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold the build folder's lock, or raise :class:`BuildLocked` when another build holds it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_RDONLY)  # the folder itself is locked: no lock file is left behind
    except OSError as e:
        raise os_error(e, out) from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"{out}: another kg build is writing to this folder: wait for it to end "
                              "or choose another --out") from None
        yield
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(path, 0o644)


def recover(out: Path) -> None:
    """Finish the commit a killed build had begun, then remove what an unfinished build left.

    A build writes a new store and new outputs beside the old ones; once all are
    complete it writes the journal file and renames them into place.  With the
    journal present the new build is complete, so the renames are finished;
    without it the new files are incomplete and are removed.
    """
    if (out / JOURNAL).exists():
        if (out / NEW_STORE).is_dir():
            if (out / STORE_DIR).is_dir():
                shutil.rmtree(out / OLD_STORE, ignore_errors=True)
                os.replace(out / STORE_DIR, out / OLD_STORE)
            os.replace(out / NEW_STORE, out / STORE_DIR)
        for name in OUTPUTS:
            if (out / f".{name}.new").exists():
                os.replace(out / f".{name}.new", out / name)
        fsync_dir(out)
        (out / JOURNAL).unlink()
    for leftover in (NEW_STORE, OLD_STORE):
        if (out / leftover).exists():
            shutil.rmtree(out / leftover)
    for name in OUTPUTS:
        for stray in out.glob(f".{name}.*"):
            stray.unlink(missing_ok=True)


def outputs_digest(out: Path) -> str | None:
    """A hash of graph.ttl, graph.html and reads.json as they are on disk (None when one is missing)."""
    h = hashlib.sha256()
    for name in OUTPUTS:
        try:
            h.update(hashlib.sha256((out / name).read_bytes()).digest())
        except OSError:
            return None
    return h.hexdigest()[:32]



def clone_store(source: Path, target: Path) -> None:
    """A copy of a closed store: its immutable table files hard-linked (cheap), the rest copied."""
    target.mkdir()
    for item in source.iterdir():
        if item.name == "LOCK" or not item.is_file():
            continue
        if item.suffix == ".sst":
            try:
                os.link(item, target / item.name)
                continue
            except OSError:
                pass
        shutil.copy2(item, target / item.name)
