"""The server's query workers: processes that each open the build's store read-only and answer queries,
one at a time; a query past its timeout has its worker killed (Oxigraph cannot interrupt a query, but a
killed process frees its core and its place at once)."""

from __future__ import annotations

import multiprocessing as mp
import threading
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import KgError
from . import queries as Q
from .endpoint import HttpError, evaluate


def _worker_main(conn: Any, source: str) -> None:
    """A query worker: opens the dataset read-only, then answers requests until its pipe closes."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG: die with the server
    except (OSError, AttributeError):
        pass
    try:
        store = Q.open_dataset(source)
    except Exception as e:  # reported to the request that waits
        conn.send(("kg", f"cannot open {source}: {e}"))
        return
    conn.send(("ready",))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", _answer(store, request)))
        except HttpError as e:
            conn.send(("http", e.status, str(e)))
        except KgError as e:
            conn.send(("kg", str(e)))
        except Exception as e:
            conn.send(("error", f"{e.__class__.__name__}: {e}"))


def _answer(store: ox.Store, request: tuple) -> Any:
    if request[0] == "saved":
        _, name, values = request
        return Q.run_query(store, name, values)
    _, text, default, named, max_rows = request
    dataset = {"default": [ox.NamedNode(v) for v in default], "named": [ox.NamedNode(v) for v in named]}
    kind, value, truncated = evaluate(store, text, dataset, max_rows)
    if kind == "ask":
        return kind, bool(value), truncated
    if kind == "graph":
        return kind, ox.serialize(value, format=ox.RdfFormat.N_TRIPLES), truncated
    return kind, value, truncated


class _Worker:
    def __init__(self, ctx: Any, source: Path, generation: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, str(source)), daemon=True, name="kg-query")
        self.process.start()
        child.close()
        self.generation = generation
        self.ready = False

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes that run queries; a query past its timeout has its worker killed, freeing its place."""

    START_TIMEOUT = 60.0

    def __init__(self, source: Path, size: int) -> None:
        self.source, self.size = source, size
        self.idle: list[_Worker] = []
        self.lock = threading.Lock()
        self.slots = threading.BoundedSemaphore(size)
        self.generation = 0
        self.ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")

    def renew(self) -> None:
        """Workers of an older build are retired: idle ones now, busy ones when they finish."""
        with self.lock:
            self.generation += 1
            old, self.idle = self.idle, []
        for worker in old:
            worker.kill()

    def _take(self) -> _Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.generation == self.generation and worker.process.is_alive():
                    return worker
                worker.kill()
            generation = self.generation
        worker = _Worker(self.ctx, self.source, generation)
        if not worker.conn.poll(self.START_TIMEOUT):
            worker.kill()
            raise HttpError(503, "the query worker did not start: try again later\n")
        reply = worker.conn.recv()
        if reply[0] != "ready":
            worker.kill()
            raise HttpError(500, f"{reply[1]}\n")
        return worker

    def run(self, request: tuple, timeout: float | None) -> Any:
        if not self.slots.acquire(blocking=False):
            raise HttpError(503, "too many queries are running: try again later\n")
        try:
            worker = self._take()
            try:
                worker.conn.send(request)
                done = worker.conn.poll(timeout)
                reply = worker.conn.recv() if done else None
            except (EOFError, OSError):
                worker.kill()
                raise HttpError(500, "the query worker ended unexpectedly: try again\n") from None
            if reply is None:
                worker.kill()  # frees the core and the place now
                raise HttpError(503, f"the query took longer than {timeout:g} s and was abandoned (stopped)\n")
            with self.lock:
                keep = worker.generation == self.generation and len(self.idle) < self.size
                if keep:
                    self.idle.append(worker)
            if not keep:
                worker.kill()
        finally:
            self.slots.release()
        if reply[0] == "ok":
            return reply[1]
        if reply[0] == "http":
            raise HttpError(reply[1], reply[2])
        if reply[0] == "kg":
            raise KgError(reply[1])
        raise HttpError(500, f"the query failed: {reply[1]}\n")

    def close(self) -> None:
        with self.lock:
            old, self.idle = self.idle, []
        for worker in old:
            worker.kill()
