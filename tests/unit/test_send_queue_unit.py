"""The send queue on its own (the adapters' use of it is tested in tests/adapters/test_send_queue.py): the
overall allowance holds across chats, and a caller that gives up withdraws a job that has not started."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from bot.adapters.send_queue import SendQueue
from bot.adapters.telegram_limits import GLOBAL_RATE, telegram_pacer
from tests.adapters.telegram_rig import FakeTime, HeldTime


async def test_the_overall_rate_holds_across_many_chats() -> None:
    time = FakeTime()
    waits: list[float] = []

    async def standing_still(seconds: float) -> None:
        waits.append(seconds)  # the clock does not move: each wait shows the slot the chat was given

    queue = SendQueue(telegram_pacer(time.monotonic), sleep=standing_still)
    sent: list[str] = []

    def record(chat: str) -> Callable[[], Awaitable[None]]:
        async def send() -> None:
            sent.append(chat)

        return send

    chats = int(GLOBAL_RATE) + 10  # one message each: every chat has a slot, the bot as a whole does not
    await asyncio.gather(*(queue.run(str(n), record(str(n))) for n in range(chats)))

    assert sorted(sent) == sorted(str(n) for n in range(chats))
    # The burst of thirty at once, then one every 1/30 s: the tenth extra chat waits a third of a second.
    assert sorted(waits) == pytest.approx([n / GLOBAL_RATE for n in range(1, 11)])


async def test_a_withdrawn_job_is_never_sent_and_the_chat_goes_on() -> None:
    time = HeldTime(hold=5.0)

    class Flood(Exception):
        pass

    calls: list[str] = []

    async def refused() -> str:
        calls.append("first")
        if len(calls) == 1:
            raise Flood
        return "first"

    async def second() -> str:
        calls.append("second")
        return "second"

    async def third() -> str:
        calls.append("third")
        return "third"

    queue = SendQueue(telegram_pacer(time.monotonic), sleep=time.sleep, retry_after=lambda e: 9.0)
    first = asyncio.create_task(queue.run("42", refused))
    withdrawn = asyncio.create_task(queue.run("42", second))
    last = asyncio.create_task(queue.run("42", third))
    while not time.held:
        await asyncio.sleep(0)
    withdrawn.cancel()  # the caller gave up (a cancelled sweep) while the chat waited out its 429
    time.release()

    assert await first == "first" and await last == "third"
    assert withdrawn.cancelled() and calls == ["first", "first", "third"]
    assert time.held == [9.0]
