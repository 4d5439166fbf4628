"""The fake Bot API's pending-update queue with getUpdates' offset and long-polling semantics."""

from __future__ import annotations

import asyncio

from tests.fakes._server import JSON


class UpdateQueue:
    """Updates wait here until a getUpdates call with a higher offset confirms them.

    One relaxation of Telegram: only updates already handed out can be confirmed, so re-pushing an
    old update_id (to test redelivery) is delivered once more instead of being silently dropped.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[JSON, bool]] = []  # (update, handed out at least once)
        self._next_id = 1
        self._pushed = asyncio.Event()
        self._closed = False

    def __len__(self) -> int:
        return len(self._pending)

    def push(self, update: JSON) -> JSON:
        update = dict(update)
        update.setdefault("update_id", self._next_id)
        # Explicit ids (push_raw) move the counter on, so later pushes never collide by accident.
        self._next_id = max(self._next_id, update["update_id"] + 1)
        self._pending.append((update, False))
        self._pushed.set()
        return update

    def drain(self) -> list[JSON]:
        """Hand out and forget every pending update (webhook delivery confirms by HTTP 200)."""
        pending, self._pending = self._pending, []
        return [u for u, _ in pending]

    def clear(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        """Release every held long poll with an empty answer (server shutdown)."""
        self._closed = True
        self._pushed.set()

    async def take(self, *, offset: int | None, limit: int, timeout: float) -> list[JSON]:
        if offset is not None:
            self._pending = [(u, seen) for u, seen in self._pending if not (seen and u["update_id"] < offset)]
        if not self._pending and not self._closed and timeout > 0:
            self._pushed.clear()
            # Long polling: held until a push sets the event or Telegram's own timeout elapses.
            try:
                async with asyncio.timeout(timeout):
                    await self._pushed.wait()
            except TimeoutError:
                return []
        if self._closed:
            return []
        batch = self._pending[:limit]
        self._pending = [(u, True) for u, _ in batch] + self._pending[len(batch) :]
        return [u for u, _ in batch]
