"""A claimed nudge survives its instance: killed mid-send, it is sent again after the lease, once, marked
"(resent)"; a graceful stop mid-wait puts it straight back; reminders-health shows all of it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.app import App
from bot.types import MessageRef, Reply
from reminders.attempt import FOUND_NOTE
from reminders.clock import FrozenClock
from reminders.health import render, report
from reminders.sweep import run_once
from storage import followups
from storage.db import make_engine
from storage.models import Nudge
from tests.reminders.helpers import RecordingSender, contact, staff
from tests.support import make_app


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


class AcceptingThenDying(RecordingSender):
    """The platform accepts the nudge, and the instance dies before it can record it."""

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        ref = await super().send(chat_id, reply)
        if reply.intent == "nudge.follow_up":
            raise Killed
        return ref


@dataclass
class FindingSender(RecordingSender):
    """A platform that can say whether a chat has a message carrying a nudge's key (as Slack's metadata does)."""

    kept: dict[str, MessageRef] = field(default_factory=dict)
    broken: bool = False
    looked: list[tuple[str, datetime]] = field(default_factory=list)

    async def find_delivered(self, chat_id: str, key: str, *, since: datetime) -> MessageRef | None:
        self.looked.append((key, since))
        if self.broken:
            raise RuntimeError("an adapter bug")
        return self.kept.get(key)


async def test_a_copy_the_chat_already_has_is_recorded_not_sent_again(app: App, clock: FrozenClock) -> None:
    _due_follow_up(app, clock)
    dying = AcceptingThenDying()
    app.delivery.register(dying)
    with pytest.raises(Killed):
        await run_once(app)
    [(chat, first)] = [s for s in dying.sent if s[1].intent == "nudge.follow_up"]
    claimed_at = clock.now()
    clock.advance(seconds=app.settings.nudge_lease_seconds)
    survivor = FindingSender(kept={first.dedupe_key or "": MessageRef("test", chat, "1")})
    app.delivery.register(survivor)
    await run_once(app)
    await run_once(app)
    with app.services.session() as session:
        [nudge] = session.exec(select(Nudge).where(Nudge.kind == "follow_up"))

    assert survivor.kinds().count("follow_up") == 0 and first.dedupe_key == nudge.dedupe_key
    [(key, since)] = survivor.looked  # once: the row is delivered after it
    assert key == nudge.dedupe_key and since < claimed_at
    assert (nudge.sent_platform, nudge.sent_chat_id, nudge.sent_message_id) == ("test", chat, "1")
    assert nudge.last_error == FOUND_NOTE and nudge.next_attempt_at is None
    after = _health(app, clock)
    assert "resent after a crash: 0" in after and "Found already delivered after a crash (not sent again): 1." in after


@pytest.mark.parametrize("broken", [False, True], ids=["not in the chat", "the look fails"])
async def test_a_copy_the_chat_does_not_show_is_resent_once_marked(app: App, clock: FrozenClock, broken: bool) -> None:
    _due_follow_up(app, clock)
    app.delivery.register(DyingSender())  # killed before the platform had it
    with pytest.raises(Killed):
        await run_once(app)
    clock.advance(seconds=app.settings.nudge_lease_seconds)
    survivor = FindingSender(broken=broken)
    app.delivery.register(survivor)
    await run_once(app)
    await run_once(app)

    assert len(survivor.looked) == 1
    [(_, reply)] = [s for s in survivor.sent if s[1].intent == "nudge.follow_up"]
    assert reply.text.startswith("(resent) Follow up with Maria Silva (Acme)")
    after = _health(app, clock)
    assert "resent after a crash: 1" in after and "Found already delivered" not in after


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


class CuttingSender(RecordingSender):
    """Sends, and meanwhile the database server drops every connection (a restart): the claim's among them."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        admin = make_engine(self.url)
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": admin.url.database},
            )
        admin.dispose()
        return await super().send(chat_id, reply)


async def test_a_delivery_is_stored_even_when_the_database_dropped_the_claims_connection(any_db_url: str) -> None:
    if not any_db_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL restart")
    app, clock = make_app(any_db_url)
    _due_follow_up(app, clock)
    sender = CuttingSender(any_db_url)
    app.delivery.register(sender)
    await run_once(app)
    with app.services.session() as session:
        [nudge] = session.exec(select(Nudge).where(Nudge.kind == "follow_up"))
    app.engine.dispose()

    assert sender.kinds().count("follow_up") == 1
    assert (nudge.status, nudge.sent_platform, nudge.next_attempt_at) == ("sent", "test", None)
