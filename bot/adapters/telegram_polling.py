"""Long polling that confirms an update to Telegram only after it has been handled, without waiting per batch.

PTB's Updater asks for the next batch (``getUpdates`` with a higher offset, which confirms the last one) as
soon as it has queued the previous batch, before any handler ran: a process killed in between lost those
messages for good. Here the offset only ever moves up to the oldest update still in hand, so a crash means
Telegram hands every unhandled update out again; updates already handled are recognised by their id and
their effects are keyed by their source message, so nothing happens twice.

Polling does not wait for the updates in hand: each goes to its conversation's lane (in order within one
chat, chats side by side) and the next ``getUpdates`` is asked for at once, so a chat waiting out a 429 or
a slow answer delays neither the fetching nor any other chat. While an old update is still being handled,
Telegram answers every poll at once with it (it is not confirmed), so such polls are spaced out: the next
one waits until something in hand finishes or ``REPOLL`` seconds pass. One limit remains: Telegram hands out
at most 100 updates from the offset, so while one update is stuck, only the next 99 can be fetched past it;
beyond that, new updates wait for it as they did per batch (an inbox in the store would lift this).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.adapters.telegram_limits import retry_after_seconds

log = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[None]]
MAX_BACKOFF = 30.0
STOP_GRACE = 30.0  # seconds a stop waits for the updates in hand before leaving them to the next start
REPOLL = 0.5  # seconds between polls that bring back only updates already in hand
MAX_IN_HAND = 1000  # beyond this many unhandled updates, fetch no more until some are done


def conversation_key(update: Update) -> str:
    """What must stay in order: one chat (a group's members share it), else one user (inline queries)."""
    if update.effective_chat is not None:
        return f"chat:{update.effective_chat.id}"
    if update.effective_user is not None:
        return f"user:{update.effective_user.id}"
    return f"update:{update.update_id}"


class Lanes:
    """Updates in hand, one lane per conversation; each lane handles its updates in order in its own task."""

    def __init__(self, application: Application) -> None:  # type: ignore[type-arg]
        self.application = application
        self.in_hand: set[int] = set()
        self.progress = asyncio.Event()  # set whenever an update is done
        self._lanes: dict[str, deque[Update]] = {}
        self._workers: dict[str, asyncio.Task[None]] = {}

    def take(self, update: Update) -> None:
        self.in_hand.add(update.update_id)
        key = conversation_key(update)
        self._lanes.setdefault(key, deque()).append(update)
        if key not in self._workers:
            self._workers[key] = asyncio.create_task(self._work(key), name=f"telegram:{key}")

    async def _work(self, key: str) -> None:
        lane = self._lanes[key]
        try:
            while lane:
                update = lane[0]
                try:
                    await self.application.process_update(update)
                except Exception:  # process_update re-raises what the error handler saw; the lane goes on
                    log.debug("update %s failed (logged by the error handler)", update.update_id)
                lane.popleft()
                self.in_hand.discard(update.update_id)
                self.progress.set()
        finally:
            del self._workers[key]
            if not lane:
                del self._lanes[key]

    async def finish(self, grace: float) -> None:
        """Let the lanes run for ``grace`` seconds, then cancel what is left (it stays unconfirmed)."""
        workers = list(self._workers.values())
        if not workers:
            return
        _, late = await asyncio.wait(workers, timeout=grace)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
        if late:
            log.warning("stopped while %d updates were still being handled; they will be handled again", len(late))


class ConfirmingPoller:
    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        *,
        timeout: float,
        allowed_updates: list[str],
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.application = application
        self.timeout = timeout
        self.allowed_updates = allowed_updates
        self.sleep = sleep
        self.lanes = Lanes(application)
        self.newest: int | None = None  # the highest update id taken
        self._known: set[int] = set()  # taken and not yet confirmed: Telegram may hand them out again
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def offset(self) -> int | None:
        """The next getUpdates offset: the oldest update still in hand, else past the newest taken."""
        if self.lanes.in_hand:
            return min(self.lanes.in_hand)
        return None if self.newest is None else self.newest + 1

    async def start(self) -> None:
        # getUpdates is refused while a webhook is set (a previous deployment's): remove it, keep its updates.
        bot = self.application.bot
        await bot.delete_webhook(drop_pending_updates=False)
        self._stopping = False
        try:
            # A first, immediate poll: start() returns with polling known to work (or its error logged).
            first = await bot.get_updates(timeout=0, allowed_updates=self.allowed_updates)
        except TelegramError as exc:
            log.warning("first getUpdates failed (%s); polling retries", exc)
            first = ()
        self._take(first)
        self._task = asyncio.create_task(self._run(), name="telegram:poll")

    async def stop(self) -> None:
        self._stopping = True
        if self._task is not None:
            # Polling stops at once: what a poll in flight would bring stays unconfirmed at Telegram.
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.lanes.finish(STOP_GRACE)
        await self._confirm()

    async def _confirm(self) -> None:
        """Tell Telegram the handled updates are done (an offset up to the oldest unhandled), without waiting."""
        if self.offset is None:
            return
        try:
            await self.application.bot.get_updates(offset=self.offset, limit=1, timeout=0)
        except TelegramError as exc:
            log.info("could not confirm the last updates (they will be skipped as seen): %s", exc)

    def _take(self, updates: Sequence[Update]) -> bool:
        """Hand the updates not already known to their lanes; True when there was any."""
        fresh = [u for u in updates if u.update_id not in self._known]
        for update in fresh:
            self._known.add(update.update_id)
            self.newest = max(self.newest or update.update_id, update.update_id)
            self.lanes.take(update)
        return bool(fresh)

    async def _run(self) -> None:
        failures = 0
        while not self._stopping:
            if len(self.lanes.in_hand) >= MAX_IN_HAND:
                await self._wait_for_progress(None)
                continue
            offset = self.offset
            try:
                updates = await self._fetch(offset)
            except RetryAfter as exc:
                await self.sleep(retry_after_seconds(exc))
                continue
            except (InvalidToken, Conflict) as exc:
                log.error("telegram refused polling: %s", exc)
                failures += 1
                await self.sleep(min(MAX_BACKOFF, 2.0**failures))
                continue
            except (NetworkError, TimedOut, TelegramError) as exc:
                failures += 1
                log.warning("getUpdates failed (%s); retrying", exc)
                await self.sleep(min(MAX_BACKOFF, 0.5 * 2.0**failures))
                continue
            failures = 0
            if offset is not None:  # Telegram forgets what is below the offset it was just given
                self._known = {i for i in self._known if i >= offset}
            if not self._take(updates) and updates:
                await self._wait_for_progress(REPOLL)  # only updates in hand came back

    async def _fetch(self, offset: int | None) -> tuple[Update, ...]:
        return await self.application.bot.get_updates(  # type: ignore[no-any-return]
            offset=offset,
            timeout=timedelta(seconds=self.timeout),
            read_timeout=self.timeout + 10,
            allowed_updates=self.allowed_updates,
        )

    async def _wait_for_progress(self, seconds: float | None) -> None:
        """Until an update in hand is done (a bounded wait: this reads no clock, it only spaces out polls)."""
        self.lanes.progress.clear()
        try:
            async with asyncio.timeout(seconds):
                await self.lanes.progress.wait()
        except TimeoutError:
            pass
