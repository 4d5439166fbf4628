"""Rows -> cleaned records in chunks, in a worker process when the file is big.

Phone and email validation cost tens of microseconds a row; on a million rows that is as much as
the database work, so a second process cleans the next chunk while this one writes the current one.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import queue as queue_mod
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from storage.importer.clean import CleanOptions, Record, clean
from storage.importer.sources import FileInfo, rows

PARALLEL_BYTES = 8 * 1024 * 1024


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while an import runs: a million records are millions of young
    containers, so the collector kept walking them (a third of the time spent unpickling a chunk)
    although the import makes no reference cycles; reference counting frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chunks(info: FileInfo, opts: CleanOptions, size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for row in rows(info):
        chunk.append(clean(row, opts))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _produce(info: FileInfo, opts: CleanOptions, size: int, out: Any) -> None:
    try:
        with paused_gc():
            for chunk in _chunks(info, opts, size):
                out.put(("chunk", chunk))
        out.put(("end", None))
    except Exception as exc:  # the parent re-raises it with the reason
        out.put(("error", f"{type(exc).__name__}: {exc}"))


def chunks(info: FileInfo, opts: CleanOptions, *, size: int, parallel: bool | None = None) -> Iterator[list[Record]]:
    if parallel is None:
        parallel = (os.cpu_count() or 1) > 1 and os.path.getsize(info.path) >= PARALLEL_BYTES
    if not parallel:
        yield from _chunks(info, opts, size)
        return
    ctx = mp.get_context("spawn")
    out = ctx.Queue(maxsize=3)  # bounded: the reader never runs far ahead of the writer
    worker = ctx.Process(target=_produce, args=(info, opts, size, out), daemon=True)
    worker.start()
    try:
        while True:
            try:
                kind, payload = out.get(timeout=5)
            except queue_mod.Empty:
                if not worker.is_alive():
                    raise RuntimeError("the import reader stopped unexpectedly") from None
                continue
            if kind == "end":
                break
            if kind == "error":
                raise ValueError(payload)
            yield payload
    finally:
        if worker.is_alive():
            worker.terminate()
        worker.join(timeout=5)
        out.close()
