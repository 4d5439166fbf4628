"""A claimed nudge survives its instance: killed mid-send, it is sent again after the lease, once, marked
"(resent)"; a graceful stop mid-wait puts it straight back; reminders-health shows all of it."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import App
from bot.types import MessageRef, Reply
from reminders.clock import FrozenClock
from reminders.health import render, report
from reminders.sweep import run_once
from storage import followups
from tests.reminders.helpers import RecordingSender, contact, staff


class Killed(BaseException):
    """Stands for kill -9: nothing after the send runs, not even an except clause for Exception."""


class DyingSender(RecordingSender):
    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        if reply.intent == "nudge.follow_up":
            raise Killed
        return await super().send(chat_id, reply)


class StuckSender(RecordingSender):
    """Waits inside send (a long 429 wait) until the task is cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = asyncio.Event()

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        self.waiting.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


def _due_follow_up(app: App, clock: FrozenClock) -> None:
    owner = staff(app, "alice")
    cid = contact(app, "Maria Silva", owner, org="Acme")
    with app.services.session() as session:
        followups.schedule(
            session=session,
            owner_id=owner,
            due_at=clock.now(),
            text="send the proposal",
            now=clock.now(),
            contact_id=cid,
        )


def _health(app: App, clock: FrozenClock) -> str:
    with app.services.session() as session:
        return render(report(session=session, now=clock.now(), settings=app.settings))


async def test_a_nudge_killed_mid_send_is_resent_once_after_its_lease(app: App, clock: FrozenClock) -> None:
    _due_follow_up(app, clock)
    app.delivery.register(DyingSender())
    with pytest.raises(Killed):
        await run_once(app)
    during = _health(app, clock)

    clock.advance(seconds=app.settings.nudge_lease_seconds - 1)
    survivor = RecordingSender()
    app.delivery.register(survivor)  # another instance (or this one restarted)
    await run_once(app)
    assert survivor.kinds() == []  # the lease still runs: the first instance may yet record its send
    clock.advance(seconds=1)
    expired = _health(app, clock)
    await run_once(app)
    await run_once(app)

    assert "being sent (lease running): 1; lease expired, to be resent: 0" in during
    assert "lease expired, to be resent: 1" in expired and "Oldest undelivered nudge: due" in expired
    [(_, reply)] = [s for s in survivor.sent if s[1].intent == "nudge.follow_up"]
    assert reply.text.startswith("(resent) Follow up with Maria Silva (Acme)")
    after = _health(app, clock)
    assert "lease running): 0; lease expired, to be resent: 0; resent after a crash: 1" in after
    assert "Oldest undelivered" not in after


async def test_a_graceful_stop_mid_send_puts_the_nudge_straight_back(app: App, clock: FrozenClock) -> None:
    _due_follow_up(app, clock)
    stuck = StuckSender()
    app.delivery.register(stuck)
    task = asyncio.create_task(run_once(app))
    await stuck.waiting.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

    fresh = RecordingSender()
    app.delivery.register(fresh)
    await run_once(app)  # no lease to wait for

    [(_, reply)] = [s for s in fresh.sent if s[1].intent == "nudge.follow_up"]
    assert reply.text.startswith("Follow up with Maria Silva")
