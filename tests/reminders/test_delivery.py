"""Delivery: once only (replays, two instances), catch-up after downtime, retries, quiet hours."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.app import App
from bot.delivery import DeliveryError
from reminders.clock import FrozenClock
from reminders.sweep import run_once, sweep
from storage import followups
from storage.models import Nudge
from tests.reminders.helpers import RecordingSender, contact, staff
from tests.support import make_app


def _follow_up(app: App, owner: int, due: datetime, text: str = "send the proposal", cid: int | None = None) -> int:
    with app.services.session() as session:
        row = followups.schedule(
            session=session, owner_id=owner, due_at=due, text=text, now=app.services.clock.now(), contact_id=cid
        )
        assert row.id is not None
        return row.id


def _nudges(app: App) -> list[Nudge]:
    with app.services.session() as session:
        return list(session.exec(select(Nudge).order_by(Nudge.id)))  # type: ignore[arg-type]


async def test_due_follow_up_is_sent_once_with_buttons(app: App, clock: FrozenClock, sender: RecordingSender) -> None:
    owner = staff(app, "alice")
    cid = contact(app, "Maria Silva", owner, org="Acme")
    _follow_up(app, owner, clock.now() + timedelta(minutes=5), cid=cid)
    await run_once(app)
    assert [k for k in sender.kinds() if k == "follow_up"] == []
    clock.advance(minutes=5)
    await run_once(app)
    await run_once(app)
    follow = [r for _, r in sender.sent if r.intent == "nudge.follow_up"]
    assert len(follow) == 1
    assert follow[0].text.startswith("Follow up with Maria Silva (Acme): send the proposal.")
    assert [b.action for b in follow[0].buttons] == [
        "crm:nudge.done",
        "crm:nudge.snooze1d",
        "crm:nudge.snooze1w",
        "crm:nudge.log",
        "crm:nudge.dismiss",
    ]
    assert sender.sent[0][0] == "test:alice"


def _run_in_thread(app: App) -> None:
    asyncio.run(run_once(app))


async def test_two_instances_on_one_database_never_double(any_db_url: str) -> None:
    first, clock = make_app(any_db_url)
    second, _ = make_app(any_db_url)
    senders = [RecordingSender(), RecordingSender()]
    first.delivery.register(senders[0])
    second.delivery.register(senders[1])
    owner = staff(first, "alice")
    for n in range(12):
        cid = contact(first, f"Person {n}", owner, birthday=(3, 12, 1980 + n))
        _follow_up(first, owner, clock.now() - timedelta(minutes=n), text=f"task {n}", cid=cid)
    for _ in range(2):  # two rounds, each with both instances sweeping at the same moment
        threads = [threading.Thread(target=_run_in_thread, args=(a,)) for a in (first, second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    delivered = senders[0].texts() + senders[1].texts()
    rows = _nudges(first)
    assert len(delivered) == len(rows) == len({r.dedupe_key for r in rows})
    assert sorted(r.kind for r in rows).count("follow_up") == 12
    assert sorted(r.kind for r in rows).count("birthday") == 12
    assert all(r.status == "sent" and r.sent_message_id for r in rows)
    first.engine.dispose()
    second.engine.dispose()


async def test_restart_after_a_day_of_downtime_catches_up_once(
    app: App, clock: FrozenClock, sender: RecordingSender
) -> None:
    owner = staff(app, "alice")
    cid = contact(app, "Maria Silva", owner, birthday=(3, 13, 1986))
    contact(app, "Yesterday Person", owner, birthday=(3, 12, 1970))
    await run_once(app)  # 12 Mar 10:40: today's digest and birthday
    assert sorted(sender.kinds()) == ["birthday", "digest"]
    sender.sent.clear()
    # Down from here for two days; meanwhile follow-ups fell due, some long ago, some recently.
    _follow_up(app, owner, clock.now() + timedelta(hours=2), text="old task", cid=cid)
    _follow_up(app, owner, clock.now() + timedelta(days=1, hours=12), text="recent task", cid=cid)
    clock.advance(days=2)  # 14 Mar 10:40
    await run_once(app)
    kinds = sorted(sender.kinds())
    # One digest (today's), not one per missed morning; the 13 March birthday is beyond the window.
    assert kinds == ["digest", "follow_up"], kinds
    assert "recent task" in sender.texts()[1]
    assert "old task" in sender.texts()[0], "the old follow-up is listed as overdue in the digest"
    sender.sent.clear()
    await run_once(app)
    clock.advance(minutes=1)
    await run_once(app)
    assert sender.sent == []


async def test_failed_send_stays_pending_and_is_retried_with_backoff(
    app: App, clock: FrozenClock, sender: RecordingSender
) -> None:
    from reminders.health import report

    app.settings.digest_enabled = False
    owner = staff(app, "alice")
    _follow_up(app, owner, clock.now(), text="call back")
    sender.fail = DeliveryError("network down")
    await run_once(app)
    (row,) = _nudges(app)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "network down")
    assert row.next_attempt_at == clock.now() + timedelta(minutes=2)
    with app.services.session() as session:
        assert len(report(session=session, now=clock.now(), settings=app.settings).failing) == 1
    sender.fail = None
    await run_once(app)
    assert sender.sent == [], "backing off"
    clock.advance(minutes=2)
    await run_once(app)
    await run_once(app)
    assert len(sender.sent) == 1
    (row,) = _nudges(app)
    assert row.status == "sent" and row.attempts == 1 and row.last_error is None


async def test_permanent_failure_marks_the_chat_unreachable(
    app: App, clock: FrozenClock, sender: RecordingSender
) -> None:
    from reminders.health import report

    app.settings.digest_enabled = False
    owner = staff(app, "alice")
    _follow_up(app, owner, clock.now(), text="call back")
    sender.fail = DeliveryError("bot was blocked by the user", permanent=True)
    await run_once(app)
    with app.services.session() as session:
        health = report(session=session, now=clock.now(), settings=app.settings)
    assert health.unreachable == ["alice"]
    assert _nudges(app)[0].status == "pending"


async def test_quiet_hours_delay_delivery(db_url: str) -> None:
    app, clock = make_app(db_url, now=datetime(2026, 3, 12, 21, 30, tzinfo=UTC), digest_enabled=False)
    sender = RecordingSender()
    app.delivery.register(sender)
    owner = staff(app, "alice", tz="Europe/Lisbon")
    _follow_up(app, owner, clock.now(), text="late idea")
    await run_once(app)
    assert sender.sent == []
    clock.set(datetime(2026, 3, 13, 7, 59, tzinfo=UTC))
    await run_once(app)
    assert sender.sent == []
    clock.set(datetime(2026, 3, 13, 8, 0, tzinfo=UTC))
    await run_once(app)
    assert [r.intent for _, r in sender.sent] == ["nudge.follow_up"]
    app.engine.dispose()


def test_insert_counts_only_new_rows(any_db_url: str) -> None:
    from reminders.candidates import NudgeCandidate
    from reminders.sweep import insert_candidates

    app, clock = make_app(any_db_url)
    owner = staff(app, "alice")
    batch = [NudgeCandidate("digest", f"digest:{owner}:{n}", owner, clock.now(), "hello") for n in range(3)]
    with app.services.session() as session:
        assert insert_candidates(session=session, candidates=batch, now=clock.now()) == 3
    with app.services.session() as session:
        assert insert_candidates(session=session, candidates=batch, now=clock.now()) == 0
    app.engine.dispose()


async def test_owners_in_quiet_hours_do_not_hold_back_the_others(db_url: str) -> None:
    from reminders import dispatch

    app, clock = make_app(db_url, now=datetime(2026, 3, 12, 22, 30, tzinfo=UTC), digest_enabled=False)
    sender = RecordingSender()
    app.delivery.register(sender)
    sleeper = staff(app, "alice", tz="Europe/Lisbon")  # 22:30 there: quiet
    awake = staff(app, "bruno", tz="America/Sao_Paulo")  # 19:30 there
    for n in range(3):
        _follow_up(app, sleeper, clock.now(), text=f"late idea {n}")
    _follow_up(app, awake, clock.now(), text="call the client")
    with app.services.session() as session:
        sweep(session=session, now=clock.now(), settings=app.settings)
        rows = dispatch.due_rows(session=session, at=clock.now(), settings=app.settings, limit=2)
    assert [s.handle for _, s in rows] == ["bruno"]
    app.engine.dispose()
