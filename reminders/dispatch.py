"""Delivery of due nudges to each owner's linked chat: never doubled, never dropped.

A row is claimed before it is sent (an UPDATE that only one instance can win), so a second instance
or a crash mid-send never sends it twice; a failed send puts it back with a growing back-off. Quiet
hours in the owner's time zone only delay. Rows the catch-up window has left behind without ever
being tried are not sent (a long downtime is caught up once, by the sweep, not replayed).
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select

from bot.delivery import Delivery, DeliveryError
from bot.texts import t
from bot.types import Button, Reply
from config.settings import Settings
from reminders.engine import ORDER
from reminders.slots import hh_mm, zone
from storage.models import Nudge, Staff, StaffIdentity

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)
BATCH = 200
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
    return or_(pending, woke)


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


def nudge_reply(nudge: Nudge, lang: str = "en") -> Reply:
    return Reply(nudge.text, buttons=buttons(nudge, lang), nudge_id=nudge.id, intent=f"nudge.{nudge.kind}")


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
    return sorted(rows, key=lambda r: (r[0].due_at, ORDER.get(r[0].kind, 99), r[0].id))


def _claim(session: Any, nudge: Nudge, now: datetime) -> bool:
    result = session.execute(
        update(Nudge)
        .where(col(Nudge.id) == nudge.id, Nudge.status == nudge.status, col(Nudge.attempts) == nudge.attempts)
        .values(status="sent", sent_at=now, sent_message_id=None)
    )
    return bool(result.rowcount)


async def deliver_pending(*, session_factory: Any, delivery: Delivery, now: datetime, settings: Settings) -> int:
    """Send due nudges; a failure stays pending with a growing back-off, never lost."""
    sent = 0
    with session_factory() as session:
        due = due_rows(session=session, at=now, settings=settings)
        owners = {n.owner_id for n, _ in due}
        targets: dict[int, list[StaffIdentity]] = {}
        for identity in session.exec(select(StaffIdentity).where(col(StaffIdentity.staff_id).in_(owners))):
            targets.setdefault(identity.staff_id, []).append(identity)
    for nudge, member in due:
        reachable = [
            i
            for i in targets.get(nudge.owner_id, [])
            if i.chat_id and not i.unreachable and delivery.can_reach(i.platform)
        ]
        if not reachable:
            continue  # stays pending; reminders-health lists the owner as unreachable
        identity = reachable[0]
        with session_factory() as session:
            if not _claim(session, nudge, now):
                continue  # another instance has it
        try:
            ref = await delivery.send(identity.platform, identity.chat_id or "", nudge_reply(nudge, member.language))
        except DeliveryError as exc:
            _failed(session_factory, nudge, identity, exc, now)
            continue
        except Exception as exc:  # an adapter bug must not lose the nudge either
            log.exception("sending nudge %s failed", nudge.id)
            _failed(session_factory, nudge, identity, DeliveryError(str(exc)), now)
            continue
        with session_factory() as session:
            row = session.get(Nudge, nudge.id)
            if row is not None:
                row.sent_platform, row.sent_chat_id, row.sent_message_id = ref.platform, ref.chat_id, ref.message_id
                row.last_error = None
                session.add(row)
        sent += 1
    return sent


def _failed(session_factory: Any, nudge: Nudge, identity: StaffIdentity, exc: DeliveryError, now: datetime) -> None:
    with session_factory() as session:
        row = session.get(Nudge, nudge.id)
        if row is None:
            return
        row.status = nudge.status  # back to what it was: pending (or a snooze that ran out)
        row.sent_at = None
        row.attempts = nudge.attempts + 1
        row.last_error = str(exc)[:500]
        wait = (
            timedelta(seconds=exc.retry_after)
            if exc.retry_after
            else min(MAX_BACKOFF, timedelta(minutes=2 ** min(row.attempts, 9)))
        )
        row.next_attempt_at = now + wait
        session.add(row)
        if exc.permanent:
            ident = session.get(StaffIdentity, identity.id)
            if ident is not None:
                ident.unreachable = True
                session.add(ident)
    log.warning("nudge %s not delivered (attempt %s): %s", nudge.id, nudge.attempts + 1, exc)
