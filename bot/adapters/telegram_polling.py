"""Long polling that confirms an update to Telegram only after it has been handled.

PTB's Updater asks for the next batch (``getUpdates`` with a higher offset, which confirms the last one) as
soon as it has queued the previous batch, before any handler ran: a process killed in between lost those
messages for good. Here a batch is handled first, then confirmed, so a crash means Telegram hands the batch
out again; updates already handled are recognised by their id and their effects are keyed by their source
message, so nothing happens twice.

Within a batch, updates of one conversation run in order and conversations run side by side: one slow chat
(a long answer, a rate-limit wait) does not hold up the others.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.adapters.telegram_limits import retry_after_seconds

log = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[None]]
MAX_BACKOFF = 30.0
STOP_GRACE = 30.0  # seconds a stop waits for the batch in hand before leaving it to the next start


def conversation_key(update: Update) -> str:
    """What must stay in order: one chat (a group's members share it), else one user (inline queries)."""
    if update.effective_chat is not None:
        return f"chat:{update.effective_chat.id}"
    if update.effective_user is not None:
        return f"user:{update.effective_user.id}"
    return f"update:{update.update_id}"


async def handle_batch(application: Application, updates: Sequence[Update]) -> None:  # type: ignore[type-arg]
    """Every update handled (errors go to the application's error handler): in order per conversation."""
    lanes: dict[str, list[Update]] = {}
    for update in updates:
        lanes.setdefault(conversation_key(update), []).append(update)

    async def lane(items: list[Update]) -> None:
        for update in items:
            try:
                await application.process_update(update)
            except Exception:  # process_update re-raises what the error handler saw; the lane goes on
                log.debug("update %s failed (logged by the error handler)", update.update_id)

    await asyncio.gather(*(lane(items) for items in lanes.values()))


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
        self.offset: int | None = None
        self._task: asyncio.Task[None] | None = None
        self._poll: asyncio.Task[tuple[Update, ...]] | None = None
        self._stopping = False

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

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
        self._task = asyncio.create_task(self._run(first), name="telegram:poll")

    async def stop(self) -> None:
        self._stopping = True
        if self._poll is not None and not self._poll.done():
            self._poll.cancel()  # an idle long poll: nothing fetched, nothing to confirm
        if self._task is not None:
            try:
                async with asyncio.timeout(STOP_GRACE):
                    await asyncio.shield(self._task)
            except TimeoutError:
                self._task.cancel()  # unconfirmed: Telegram hands the batch out again at the next start
                log.warning("stopped while a batch was still being handled; it will be handled again")
            except asyncio.CancelledError:
                pass
        await self._confirm()

    async def _confirm(self) -> None:
        """Tell Telegram the handled updates are done (an offset past them), without waiting for new ones."""
        if self.offset is None:
            return
        try:
            await self.application.bot.get_updates(offset=self.offset, limit=1, timeout=0)
        except TelegramError as exc:
            log.info("could not confirm the last updates (they will be skipped as seen): %s", exc)

    async def _run(self, first: Sequence[Update]) -> None:
        if first:
            await self._handle(first)
        failures = 0
        while not self._stopping:
            try:
                self._poll = asyncio.ensure_future(
                    self.application.bot.get_updates(
                        offset=self.offset,
                        timeout=timedelta(seconds=self.timeout),
                        read_timeout=self.timeout + 10,
                        allowed_updates=self.allowed_updates,
                    )
                )
                updates = await self._poll
            except asyncio.CancelledError:
                if self._stopping:
                    return
                raise
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
            if not updates:
                continue
            await self._handle(updates)

    async def _handle(self, updates: Sequence[Update]) -> None:
        await handle_batch(self.application, updates)
        self.offset = updates[-1].update_id + 1  # confirmed by the next getUpdates, after handling
