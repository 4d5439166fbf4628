"""Bot-side timestamps of each nudge's delivery, for the kill harness only (tests/reliability/nudge_trace.py).

Installed into the real process by tests/reliability/warm_bot.py when $RAPPORT_NUDGE_TRACE names a file; the
product is not changed. Each event is one line appended with a single ``os.write`` on an ``O_APPEND``
descriptor, so it is in the kernel the moment it is written and survives the process's kill -9 (a buffered
file would lose the last lines, the very ones a kill explains). Times are ``time.monotonic()``, the machine's
clock the harness (and the fake Bot API in it) reads too. The lines, by their first letter:

    C pid nudge claimed_at           the claim's UPDATE returned (this process has the row)
    W pid nudge started written      one of the request's writes (httpcore's: the headers, then the body): when
                                     it was called and when asyncio's transport handed its bytes to the kernel
                                     (anyio yields to the loop before that); once the last is in the kernel, the
                                     platform gets the nudge whatever happens to the bot
    D pid nudge at                   PTB's HTTP client called (the request built, not yet written)
    B pid nudge at                   the answer's bytes are in (PTB's HTTP client returned them)
    R pid nudge message called done  the delivery's UPDATE called and returned (committed)

What the tracing costs the bot: one small write per event (a few microseconds), the W line's inside the window
it measures.
"""

from __future__ import annotations

import os
import time
from contextvars import ContextVar
from typing import Any

_NUDGE: ContextVar[int | None] = ContextVar("rapport_traced_nudge", default=None)  # the nudge being sent
_fd = -1


def _line(*fields: object) -> None:
    os.write(_fd, (" ".join(str(f) for f in fields) + "\n").encode())


def _t() -> str:
    return f"{time.monotonic():.6f}"


def install(path: str) -> None:
    """Wrap the claim, the socket write, the answer's read and the record with timestamps (this process only)."""
    global _fd
    from asyncio.selector_events import _SelectorSocketTransport

    from httpcore._backends.anyio import AnyIOStream
    from telegram.request import HTTPXRequest

    from bot.types import MessageRef
    from reminders.attempt import Attempt

    _fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    pid = os.getpid()
    claim, record, write, do_request = Attempt.claim, Attempt.record, AnyIOStream.write, HTTPXRequest.do_request
    transport_write = _SelectorSocketTransport.write
    handed: ContextVar[float] = ContextVar("rapport_handed", default=0.0)

    def traced_claim(self: Attempt) -> bool:
        first = not self._tried
        won = claim(self)
        if first and won:
            _line("C", pid, self.nudge.id, _t())
            _NUDGE.set(self.nudge.id)  # the job's own task: its request's writes and read see it
        return won

    def traced_transport_write(self: Any, data: Any) -> None:
        transport_write(self, data)
        handed.set(time.monotonic())  # the bytes are with the kernel (or asyncio's buffer, on a full socket)

    async def traced_write(self: AnyIOStream, buffer: bytes, timeout: float | None = None) -> None:
        nudge = _NUDGE.get()
        started = _t()
        await write(self, buffer, timeout)
        if nudge is not None and buffer:  # h11 ends a request with an empty write: nothing goes out there
            _line("W", pid, nudge, started, f"{handed.get():.6f}")

    async def traced_request(self: HTTPXRequest, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        nudge = _NUDGE.get()
        if nudge is not None:
            _line("D", pid, nudge, _t())
        answer = await do_request(self, *args, **kwargs)
        if nudge is not None:
            _line("B", pid, nudge, _t())
        return answer

    def traced_record(self: Attempt, ref: MessageRef, *, found: bool = False) -> None:
        called = _t()
        record(self, ref, found=found)
        _line("R", pid, self.nudge.id, ref.message_id, called, _t())

    Attempt.claim = traced_claim  # type: ignore[method-assign]
    Attempt.record = traced_record  # type: ignore[method-assign]
    AnyIOStream.write = traced_write  # type: ignore[method-assign]
    HTTPXRequest.do_request = traced_request  # type: ignore[method-assign]
    _SelectorSocketTransport.write = traced_transport_write  # type: ignore[method-assign]
