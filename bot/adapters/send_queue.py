"""Outgoing messages go through a queue per chat: in order within a chat, chats independent.

Every send or edit is a job handed to its chat's lane; one worker task per busy lane paces the jobs (a token
bucket per chat plus one for the bot) and honours the platform's "retry after" by sleeping in that lane, so a
rate limit in one chat never holds up another chat, and no handler sleeps on a rate limit itself. ``run``
still returns the job's result (or raises its error) once the platform has answered: a reply is known to have
gone out before its update is confirmed, and a nudge is recorded as delivered only after the platform
accepted it.

A caller that gives up (a cancelled sweep at shutdown) withdraws its job: one not yet started is never sent,
one in flight is cancelled. ``stop`` lets the lanes finish within a grace period, then fails what is left
with ``NotSent`` (the nudge behind it is put straight back). Time is injected (a monotonic clock and a sleep).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.delivery import NotSent

log = logging.getLogger(__name__)
T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Monotonic = Callable[[], float]
RetryAfter = Callable[[BaseException], float | None]
MAX_IDLE_BUCKETS = 10_000


@dataclass
class Bucket:
    rate: float
    burst: float
    tokens: float
    at: float

    def level(self, now: float) -> float:
        return min(self.burst, self.tokens + (now - self.at) * self.rate)

    def reserve(self, now: float) -> float:
        """Take a token now; the seconds to wait before using it (a debt makes later callers wait longer)."""
        self.tokens = self.level(now)
        self.at = now
        self.tokens -= 1
        return 0.0 if self.tokens >= 0 else -self.tokens / self.rate


class Pacer:
    """A token bucket per chat (its rate chosen by ``rate_for``) plus one for the bot."""

    def __init__(self, *, rate_for: Callable[[str], float], burst: float, global_rate: float, clock: Monotonic) -> None:
        self.rate_for = rate_for
        self.burst = burst
        self.clock = clock
        self._chats: dict[str, Bucket] = {}
        self._global = Bucket(global_rate, global_rate, global_rate, clock())

    def _bucket(self, chat_id: str, now: float) -> Bucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) > MAX_IDLE_BUCKETS:
                # A bucket that has refilled completely carries no information.
                self._chats = {k: b for k, b in self._chats.items() if b.level(now) < b.burst}
            bucket = self._chats[chat_id] = Bucket(self.rate_for(chat_id), self.burst, self.burst, now)
        return bucket

    def try_take(self, chat_id: str) -> bool:
        """Take a send slot only if one is free now (no debt, no waiting); False leaves the buckets as they were."""
        now = self.clock()
        buckets = (self._bucket(chat_id, now), self._global)
        if any(b.level(now) < 1 for b in buckets):
            return False
        for bucket in buckets:
            bucket.reserve(now)
        return True

    def reserve(self, chat_id: str) -> float:
        """Take the next slot in this chat and overall; the seconds until it may be used."""
        now = self.clock()
        return max(self._bucket(chat_id, now).reserve(now), self._global.reserve(now))


@dataclass
class _Job:
    make: Callable[[], Awaitable[Any]]
    result: asyncio.Future[Any]
    pace: bool
    running: asyncio.Future[Any] | None = None


@dataclass
class _Lane:
    jobs: deque[_Job] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None


class SendQueue:
    def __init__(
        self,
        pacer: Pacer,
        *,
        sleep: Sleep = asyncio.sleep,
        retry_after: RetryAfter = lambda exc: None,
        attempts: int = 4,
    ) -> None:
        self.pacer = pacer
        self.sleep = sleep
        self.retry_after = retry_after  # the platform's "wait N seconds" in an error, None for other errors
        self.attempts = attempts
        self._lanes: dict[str, _Lane] = {}
        self._closed = False

    def try_take(self, chat_id: str) -> bool:
        return self.pacer.try_take(chat_id)

    def busy(self) -> int:
        """Jobs waiting or being sent, over all chats."""
        return sum(len(lane.jobs) for lane in self._lanes.values())

    async def run(self, chat_id: str, make: Callable[[], Awaitable[T]], *, pace: bool = True) -> T:
        """Queue one platform call to ``chat_id`` behind the chat's earlier ones; its result once it went out.

        ``pace=False`` when the caller already took the slot (``try_take``)."""
        if self._closed:
            raise NotSent("the adapter is stopping")
        job = _Job(make, asyncio.get_running_loop().create_future(), pace)
        job.result.add_done_callback(lambda f: _withdraw(job, f))
        lane = self._lanes.setdefault(chat_id, _Lane())
        lane.jobs.append(job)
        if lane.worker is None:
            lane.worker = asyncio.create_task(self._work(chat_id, lane), name=f"send:{chat_id}")
        return await job.result  # type: ignore[no-any-return]

    async def _work(self, chat_id: str, lane: _Lane) -> None:
        try:
            while lane.jobs:
                job = lane.jobs[0]
                if not job.result.done():
                    await self._one(chat_id, job)
                lane.jobs.popleft()
        finally:
            lane.worker = None
            if not lane.jobs and self._lanes.get(chat_id) is lane:
                del self._lanes[chat_id]

    async def _one(self, chat_id: str, job: _Job) -> None:
        if job.pace:
            delay = self.pacer.reserve(chat_id)
            if delay > 0:
                await self.sleep(delay)
        for attempt in range(1, self.attempts + 1):
            if job.result.done():
                return  # withdrawn while waiting
            job.running = asyncio.ensure_future(job.make())
            try:
                outcome = await job.running
            except asyncio.CancelledError:
                if job.result.cancelled() and not _being_cancelled():
                    return  # the caller withdrew the job in flight; the lane goes on
                raise
            except Exception as exc:
                wait = self.retry_after(exc)
                if wait is None or attempt == self.attempts:
                    _settle(job, exc=exc)
                    return
                log.info("rate limited in chat %s: retrying in %.0fs", chat_id, wait)
                await self.sleep(wait)  # only this chat's lane waits
                continue
            _settle(job, value=outcome)
            return

    async def stop(self, *, grace: float = 30.0) -> None:
        """Refuse new jobs, let the queued ones go out within ``grace`` seconds, fail the rest with NotSent."""
        self._closed = True
        workers = [lane.worker for lane in self._lanes.values() if lane.worker is not None]
        if not workers:
            return
        _, pending = await asyncio.wait(workers, timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        left = [job for lane in self._lanes.values() for job in lane.jobs]
        for job in left:
            _settle(job, exc=NotSent("the adapter stopped before this was sent"))
        if left:
            log.warning("%d queued sends were not made before the stop", len(left))
        self._lanes.clear()


def _settle(job: _Job, *, value: Any = None, exc: BaseException | None = None) -> None:
    if job.result.done():
        return
    if exc is not None:
        job.result.set_exception(exc)
    else:
        job.result.set_result(value)


def _withdraw(job: _Job, result: asyncio.Future[Any]) -> None:
    """The caller was cancelled: a job in flight is cancelled with it (a queued one is skipped by the lane)."""
    if result.cancelled() and job.running is not None and not job.running.done():
        job.running.cancel()


def _being_cancelled() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0
