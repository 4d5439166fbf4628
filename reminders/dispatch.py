"""Delivery of due nudges to each owner's linked chat: never doubled, never dropped.

A row is claimed before it is sent (an UPDATE that only one instance can win), so a second instance never
sends it twice; a failed send puts it back with a growing back-off. A claim is a lease: if the delivery is
not recorded before ``next_attempt_at`` (the instance was killed mid-send), any instance claims it again and
sends it marked "(resent)", since the first send may or may not have reached the chat; where the platform can
say (Slack: the nudge's key in a message's metadata), the chat is asked first, and a first copy found there is
recorded as the delivery instead. Quiet hours in the owner's time zone only delay. Rows the catch-up window
has left behind without ever being tried are not sent (a long downtime is caught up once, by the sweep, not
replayed).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select

from bot.delivery import Declined, Delivery, DeliveryError, NotSent
from bot.texts import t
from bot.types import Button, Reply
from config.settings import Settings
from reminders.attempt import Attempt, Recorder, failed
from reminders.rules import order as delivery_order
from reminders.slots import hh_mm, zone
from storage.models import Nudge, Staff, StaffIdentity

log = logging.getLogger(__name__)
BATCH = 200
# How long before the first attempt's claim the chat's history is read from: the instances' clocks and the
# platform's may disagree a little.
RECHECK_MARGIN = timedelta(minutes=2)
DONE, SNOOZE_DAY, SNOOZE_WEEK, LOG, DISMISS = (
    "crm:nudge.done",
    "crm:nudge.snooze1d",
    "crm:nudge.snooze1w",
    "crm:nudge.log",
    "crm:nudge.dismiss",
)


def deliverable(at: datetime, window: timedelta) -> ColumnElement[bool]:
    """Due now: pending within the catch-up window (or already being retried), or a snooze that ran out."""
    pending = and_(
        Nudge.status == "pending",
        col(Nudge.due_at) <= at,
        or_(col(Nudge.due_at) > at - window, col(Nudge.attempts) > 0),
        or_(col(Nudge.next_attempt_at).is_(None), col(Nudge.next_attempt_at) <= at),
    )
    woke = and_(
        Nudge.status == "snoozed",
        col(Nudge.due_at) <= at,
        col(Nudge.due_at) > col(Nudge.acted_at),  # a follow-up snooze moves the follow-up instead
        or_(col(Nudge.next_attempt_at).is_(None), col(Nudge.next_attempt_at) <= at),
    )
    return or_(pending, woke, lease_expired(at))


def lease_expired(at: datetime) -> ColumnElement[bool]:
    """Claimed for sending, the delivery never recorded, and the claim's lease is over: to send again."""
    return and_(
        Nudge.status == "sent",
        col(Nudge.sent_platform).is_(None),
        col(Nudge.next_attempt_at).is_not(None),
        col(Nudge.next_attempt_at) <= at,
    )


def in_flight(at: datetime) -> ColumnElement[bool]:
    """Claimed and being sent right now (its lease still running)."""
    return and_(Nudge.status == "sent", col(Nudge.sent_platform).is_(None), col(Nudge.next_attempt_at) > at)


def quiet_window(text: str) -> tuple[time, time] | None:
    if not text:
        return None
    start, _, end = text.partition("-")
    return hh_mm(start, "21:00"), hh_mm(end, "08:00")


def is_quiet(at: datetime, tz_name: str | None, quiet: str) -> bool:
    window = quiet_window(quiet)
    if window is None:
        return False
    start, end = window
    local = at.astimezone(zone(tz_name)).time()
    return (start <= local or local < end) if start > end else (start <= local < end)


def buttons(nudge: Nudge, lang: str) -> tuple[Button, ...]:
    value = str(nudge.id)
    out = [
        Button(t(lang, "button.done"), DONE, value, style="primary"),
        Button(t(lang, "button.snooze_day"), SNOOZE_DAY, value),
        Button(t(lang, "button.snooze_week"), SNOOZE_WEEK, value),
    ]
    if nudge.contact_id is not None:
        out.append(Button(t(lang, "button.log"), LOG, value))
    out.append(Button(t(lang, "button.dismiss"), DISMISS, value, style="danger"))
    return tuple(out)


def nudge_reply(nudge: Nudge, lang: str = "en", *, resent: bool = False) -> Reply:
    text = t(lang, "nudge.resent", text=nudge.text) if resent else nudge.text
    return Reply(
        text, buttons=buttons(nudge, lang), nudge_id=nudge.id, intent=f"nudge.{nudge.kind}", dedupe_key=nudge.dedupe_key
    )


def due_rows(*, session: Any, at: datetime, settings: Settings, limit: int | None = BATCH) -> list[tuple[Nudge, Staff]]:
    """Deliverable rows whose owner is outside quiet hours, in delivery order."""
    window = timedelta(hours=settings.catch_up_hours)
    # Owners in their quiet hours are left out in SQL, before the batch limit: otherwise a batch full of
    # their nudges would hold back everybody else's until morning.
    quiet = [sid for sid, tz in session.exec(select(Staff.id, Staff.tz)) if is_quiet(at, tz, settings.quiet_hours)]
    statement = (
        select(Nudge, Staff)
        .join(Staff, col(Staff.id) == col(Nudge.owner_id))
        .where(deliverable(at, window))
        .order_by(col(Nudge.due_at), col(Nudge.id))
    )
    if quiet:
        statement = statement.where(col(Nudge.owner_id).not_in(quiet))
    if limit:
        statement = statement.limit(limit)
    rows = list(session.exec(statement))
    order = delivery_order()
    return sorted(rows, key=lambda r: (r[0].due_at, order.get(r[0].kind, 99), r[0].id))


async def deliver_pending(
    *,
    session_factory: Any,
    delivery: Delivery,
    now: datetime,
    settings: Settings,
    clock: Callable[[], datetime] | None = None,
) -> int:
    """Send due nudges; a failure stays pending with a growing back-off, never lost.

    Each chat's nudges go in order, chats side by side: a rate limit in one chat does not hold up the others
    (the adapter's send queue does the waiting, per chat). ``clock`` times each claim (its lease runs from
    there): a chat's last nudges of a round are claimed minutes after ``now``, at one a second."""
    with session_factory() as session:
        engine = session.get_bind()
        due = due_rows(session=session, at=now, settings=settings)
        owners = {n.owner_id for n, _ in due}
        targets: dict[int, list[StaffIdentity]] = {}
        for identity in session.exec(select(StaffIdentity).where(col(StaffIdentity.staff_id).in_(owners))):
            targets.setdefault(identity.staff_id, []).append(identity)
    chats: dict[tuple[str, str], list[tuple[Nudge, Staff, StaffIdentity]]] = {}
    for nudge, member in due:
        reachable = [
            i
            for i in targets.get(nudge.owner_id, [])
            if i.chat_id and not i.unreachable and delivery.can_reach(i.platform)
        ]
        if reachable:  # else it stays pending; reminders-health lists the owner as unreachable
            identity = reachable[0]
            chats.setdefault((identity.platform, identity.chat_id or ""), []).append((nudge, member, identity))
    lease = timedelta(seconds=settings.nudge_lease_seconds)
    recorder = Recorder(engine)

    async def one_chat(items: list[tuple[Nudge, Staff, StaffIdentity]]) -> int:
        sent = 0
        for nudge, member, identity in items:
            attempt = Attempt(session_factory, recorder, nudge, now=now, lease=lease, clock=clock)
            sent += await _deliver_one(session_factory, delivery, attempt, member, identity)
        return sent

    try:
        outcomes = await asyncio.gather(*(one_chat(items) for items in chats.values()), return_exceptions=True)
    finally:
        recorder.close()
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return sum(o for o in outcomes if isinstance(o, int))


async def _deliver_one(
    session_factory: Any, delivery: Delivery, attempt: Attempt, member: Staff, identity: StaffIdentity
) -> bool:
    """Claim, send, record: True once the platform accepted it and the delivery is stored. The claim is made
    when the nudge's turn in its chat's send queue comes, right before the platform call, so its lease does
    not run while it waits; a nudge that waited is not claimed, and a crash then leaves it simply pending (a
    resend the adapter can look for first is claimed before the look: ``_found_delivered``)."""
    nudge, now = attempt.nudge, attempt.now
    if attempt.resent and delivery.can_find(identity.platform):
        if not attempt.claim():
            return False  # another instance has it
        if await _found_delivered(delivery, attempt, identity):
            return True
    reply = nudge_reply(nudge, member.language, resent=attempt.resent)
    try:
        ref = await delivery.send(
            identity.platform, identity.chat_id or "", reply, claim=attempt.claim, on_sent=attempt.record
        )
    except Declined:
        return False  # another instance has it
    except asyncio.CancelledError:
        attempt.release()  # a graceful stop mid-wait: back to the queue at once
        raise
    except NotSent:
        attempt.release()  # the adapter stopped before sending it
        return False
    except DeliveryError as exc:
        if attempt.recorded:  # the platform had accepted it (the error came after): delivered
            return True
        if attempt.claimed:
            failed(session_factory, nudge, identity, exc, now)
        return False
    except Exception as exc:  # an adapter bug must not lose the nudge either
        log.exception("sending nudge %s failed", nudge.id)
        if attempt.recorded:
            return True
        if attempt.claimed:
            failed(session_factory, nudge, identity, DeliveryError(str(exc)), now)
        return False
    if not attempt.recorded:  # a sender that cannot call back returned without it
        attempt.record(ref)
    return True


async def _found_delivered(delivery: Delivery, attempt: Attempt, identity: StaffIdentity) -> bool:
    """Before a nudge whose lease expired is sent again: does the chat already have the first copy? Where the
    adapter can tell (Slack, by the key in the message's metadata), a copy posted since the first attempt's
    claim is recorded as the delivery and nothing is sent. Claimed first, so the look and the resend are this
    instance's alone; the lease then runs from before the chat's queue, which only a resend waits in."""
    nudge = attempt.nudge
    since = (nudge.sent_at or attempt.now - attempt.lease) - RECHECK_MARGIN
    try:
        ref = await delivery.find_delivered(identity.platform, identity.chat_id or "", nudge.dedupe_key, since=since)
    except asyncio.CancelledError:
        attempt.release()  # a graceful stop mid-look: back to the queue at once
        raise
    if ref is None:
        return False
    attempt.record(ref, found=True)
    log.info("nudge %s was already delivered (%s); not sent again", nudge.id, ref.message_id)
    return True
