"""``run_bot.py run`` with each nudge's stored delivery timed, for tests/bench/bench_nudge_window.py only.

``Attempt.record`` (the one UPDATE that stores a delivery) is wrapped here, not in the bot: once it returned
(committed), ``<chat id> <message id> <read> <called> <committed>`` is appended to $RAPPORT_WINDOW_LOG: the
``time.monotonic()`` when the HTTP answer's bytes were in (PTB's ``do_request`` returned, also wrapped here),
when the record was called and when it returned. Each garbage collection's pause goes to gc.log beside it. The monotonic
clock is the machine's, shared with the bench process that timed the fake Bot API's answer.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from contextvars import ContextVar
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from telegram.request import HTTPXRequest

import run_bot
from bot.types import MessageRef
from reminders.attempt import Attempt

_record = Attempt.record
_read_at: ContextVar[float] = ContextVar("read_at", default=0.0)
_do_request = HTTPXRequest.do_request


async def _timed_request(self: HTTPXRequest, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
    answer = await _do_request(self, *args, **kwargs)
    _read_at.set(time.monotonic())  # the answer's bytes are in: what follows is PTB's parsing, then ours
    return answer


_LOG = Path(os.environ["RAPPORT_WINDOW_LOG"])


def _timed(self: Attempt, ref: MessageRef) -> None:
    called = time.monotonic()
    _record(self, ref)
    committed = time.monotonic()
    with _LOG.open("a") as log:  # after the commit: outside the window it measures
        log.write(f"{ref.chat_id} {ref.message_id} {_read_at.get():.6f} {called:.6f} {committed:.6f}\n")


_GC = _LOG.with_name("gc.log")
_gc_started = 0.0


def _collection(phase: str, info: dict[str, int]) -> None:
    """Every garbage collection's pause, so the bench can tell how many windows one fell into."""
    global _gc_started
    if phase == "start":
        _gc_started = time.monotonic()
        return
    with _GC.open("a") as log:
        log.write(f"{info['generation']} {_gc_started:.6f} {time.monotonic():.6f}\n")


gc.callbacks.append(_collection)
Attempt.record = _timed  # type: ignore[method-assign]
HTTPXRequest.do_request = _timed_request  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(run_bot.main(["run"]))
