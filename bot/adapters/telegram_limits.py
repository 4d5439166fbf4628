"""Staying within Telegram's sending limits: per-chat pacing and honouring 429 ``retry_after``.

Time is injected (a monotonic clock and a sleep function) so tests can check the waits without waiting.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from telegram.error import RetryAfter

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Monotonic = Callable[[], float]

# Telegram's published guidance: about one message a second in one chat (short bursts tolerated),
# twenty a minute in a group, thirty a second overall.
PRIVATE_RATE = 1.0
GROUP_RATE = 20 / 60
GLOBAL_RATE = 30.0
BURST = 3.0


@dataclass
class _Bucket:
    rate: float
    burst: float
    tokens: float
    at: float

    def reserve(self, now: float) -> float:
        """Take a token now; the seconds to wait before using it (a debt makes later callers wait longer)."""
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class ChatPacer:
    """A token bucket per chat plus one for the bot; ``await pacer.wait(chat_id)`` before each send or edit."""

    def __init__(
        self, *, clock: Monotonic = time.monotonic, sleep: Sleep = asyncio.sleep, burst: float = BURST
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        self.burst = burst
        self._chats: dict[str, _Bucket] = {}
        self._global = _Bucket(GLOBAL_RATE, GLOBAL_RATE, GLOBAL_RATE, clock())

    def _bucket(self, chat_id: str, now: float) -> _Bucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) > 10_000:
                self._forget_idle(now)
            rate = GROUP_RATE if chat_id.startswith("-") else PRIVATE_RATE
            bucket = self._chats[chat_id] = _Bucket(rate, self.burst, self.burst, now)
        return bucket

    def _forget_idle(self, now: float) -> None:
        # A bucket that has refilled completely carries no information.
        for key, bucket in list(self._chats.items()):
            if bucket.tokens + (now - bucket.at) * bucket.rate >= bucket.burst:
                del self._chats[key]

    def try_take(self, chat_id: str) -> bool:
        """Take a send slot only if one is free now (no debt, no waiting); False leaves the buckets as they were."""
        now = self.clock()
        buckets = (self._bucket(chat_id, now), self._global)
        if any(min(b.burst, b.tokens + (now - b.at) * b.rate) < 1 for b in buckets):
            return False
        for bucket in buckets:
            bucket.reserve(now)
        return True

    async def wait(self, chat_id: str) -> float:
        now = self.clock()
        delay = max(self._bucket(chat_id, now).reserve(now), self._global.reserve(now))
        if delay > 0:
            await self.sleep(delay)
        return delay


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 warns that the int form of retry_after is deprecated; both forms are handled.
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


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
