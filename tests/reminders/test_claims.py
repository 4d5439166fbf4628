"""A nudge's claim: its lease runs from the claim itself, and a row whose delivery got recorded is never claimed
again by a round that read it while its send was in flight (that would send it twice with no crash at all)."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.app import App
from bot.types import MessageRef
from reminders.attempt import Attempt, Recorder
from reminders.clock import FrozenClock
from reminders.sweep import sweep
from storage import followups
from storage.models import Nudge
from tests.reminders.helpers import contact, staff

LEASE = timedelta(seconds=300)


def _nudge(app: App, clock: FrozenClock) -> Nudge:
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
        sweep(session=session, now=clock.now(), settings=app.settings)
    return _row(app)


def _row(app: App) -> Nudge:
    with app.services.session() as session:
        [row] = session.exec(select(Nudge).where(Nudge.kind == "follow_up"))
        session.expunge(row)
        return row


def test_the_lease_runs_from_the_claim_not_from_the_start_of_the_round(app: App, clock: FrozenClock) -> None:
    nudge = _nudge(app, clock)
    round_start = clock.now()
    clock.advance(minutes=7)  # the chat's earlier nudges went first, at one a second
    recorder = Recorder(app.engine)
    attempt = Attempt(app.services.session, recorder, nudge, now=round_start, lease=LEASE, clock=clock.now)

    assert attempt.claim()
    recorder.close()
    row = _row(app)
    assert row.status == "sent" and row.sent_at == clock.now() and row.next_attempt_at == clock.now() + LEASE


def test_a_delivery_recorded_after_another_round_read_it_as_expired_is_not_claimed_again(
    app: App, clock: FrozenClock
) -> None:
    recorder = Recorder(app.engine)
    first = Attempt(app.services.session, recorder, _nudge(app, clock), now=clock.now(), lease=LEASE)
    assert first.claim()
    clock.advance(seconds=LEASE.total_seconds() + 1)  # a slow send: its lease ran out while it was in flight
    seen = _row(app)  # another round reads the row now: claimed, not recorded, lease over
    first.record(MessageRef("telegram", "500", "41"))  # the first send's answer arrives and is stored
    second = Attempt(app.services.session, recorder, seen, now=clock.now(), lease=LEASE, clock=clock.now)

    assert second.resent and not second.claim()
    recorder.close()
    row = _row(app)
    assert (row.sent_platform, row.sent_message_id, row.attempts) == ("telegram", "41", 0)


def test_an_expired_lease_with_no_delivery_is_claimed_again_once(app: App, clock: FrozenClock) -> None:
    recorder = Recorder(app.engine)
    assert Attempt(app.services.session, recorder, _nudge(app, clock), now=clock.now(), lease=LEASE).claim()
    clock.advance(seconds=LEASE.total_seconds())
    seen = _row(app)
    one, two = (Attempt(app.services.session, recorder, seen, now=clock.now(), lease=LEASE) for _ in range(2))

    assert one.claim() and not two.claim()
    recorder.close()
    assert _row(app).attempts == 1
