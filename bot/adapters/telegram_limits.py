"""Staying within Telegram's sending limits: the allowances the send queue paces by, and 429 ``retry_after``.

Sends to chats go through bot/adapters/send_queue.py (waits happen in the chat's lane, not in a handler);
``retrying`` is for the few calls that answer a request rather than write to a chat (a callback's toast,
inline results, the command menu). Time is injected so tests check the waits without waiting.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram.error import RetryAfter

from bot.adapters.send_queue import Monotonic, Pacer, SendQueue, Sleep

T = TypeVar("T")

# Telegram's published guidance: about one message a second in one chat (short bursts tolerated),
# twenty a minute in a group, thirty a second overall.
PRIVATE_RATE = 1.0
GROUP_RATE = 20 / 60
GLOBAL_RATE = 30.0
BURST = 3.0


def telegram_pacer(clock: Monotonic = time.monotonic, *, burst: float = BURST) -> Pacer:
    """Telegram's allowances: a group chat is stricter than a private one (a group's id is negative)."""
    return Pacer(
        rate_for=lambda chat_id: GROUP_RATE if chat_id.startswith("-") else PRIVATE_RATE,
        burst=burst,
        global_rate=GLOBAL_RATE,
        clock=clock,
    )


def telegram_queue(*, clock: Monotonic = time.monotonic, sleep: Sleep = asyncio.sleep, attempts: int = 4) -> SendQueue:
    return SendQueue(telegram_pacer(clock), sleep=sleep, retry_after=flood_wait, attempts=attempts)


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 warns that the int form of retry_after is deprecated; both forms are handled.
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def flood_wait(exc: BaseException) -> float | None:
    """The seconds Telegram asks us to wait after a 429, None for any other error."""
    return retry_after_seconds(exc) if isinstance(exc, RetryAfter) else None


async def retrying(call: Callable[[], Awaitable[T]], *, sleep: Sleep, attempts: int = 4) -> T:
    """Run ``call``; on 429 wait the time Telegram asks for and try again, at most ``attempts`` times in all."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await sleep(retry_after_seconds(exc))
    raise AssertionError("unreachable")
