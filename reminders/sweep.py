"""Sweep: rules -> nudge rows (unique dedupe key) -> delivery to each owner's linked chat."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.delivery import Delivery, DeliveryError
from bot.types import Button, Reply
from reminders.candidates import NudgeCandidate
from reminders.rules import follow_up
from storage.models import Nudge, StaffIdentity

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=6)


def insert_candidates(*, session: Session, candidates: list[NudgeCandidate], now: datetime) -> list[Nudge]:
    """Store new nudges; one whose dedupe key exists (a replay, another instance) is skipped."""
    keys = [c.dedupe_key for c in candidates]
    existing = set(session.exec(select(Nudge.dedupe_key).where(col(Nudge.dedupe_key).in_(keys)))) if keys else set()
    created = []
    for c in candidates:
        if c.dedupe_key in existing:
            continue
        nudge = Nudge(
            kind=c.kind,
            dedupe_key=c.dedupe_key,
            owner_id=c.owner_id,
            contact_id=c.contact_id,
            follow_up_id=c.follow_up_id,
            due_at=c.due_at,
            text=c.text,
            status="pending",
            created_at=now,
        )
        try:
            with session.begin_nested():
                session.add(nudge)
                session.flush()
        except IntegrityError:
            continue  # another instance inserted it between our read and write
        created.append(nudge)
    return created


def sweep(*, session: Session, now: datetime, window: timedelta) -> list[Nudge]:
    return insert_candidates(session=session, candidates=follow_up.due(session=session, at=now, window=window), now=now)


def nudge_reply(nudge: Nudge) -> Reply:
    buttons: tuple[Button, ...] = ()
    if nudge.follow_up_id is not None:
        buttons = (
            Button("Done", "crm:followup.done", str(nudge.follow_up_id), style="primary"),
            Button("Snooze 1 day", "crm:followup.snooze1d", str(nudge.follow_up_id)),
            Button("Snooze 1 week", "crm:followup.snooze1w", str(nudge.follow_up_id)),
        )
    return Reply(nudge.text, buttons=buttons, nudge_id=nudge.id)


async def deliver_pending(*, session_factory: Any, delivery: Delivery, now: datetime) -> int:
    """Send due pending nudges; a failure stays pending with a growing back-off, never lost."""
    sent = 0
    with session_factory() as session:
        due = list(
            session.exec(
                select(Nudge)
                .where(Nudge.status == "pending", Nudge.due_at <= now)
                .where((col(Nudge.next_attempt_at).is_(None)) | (col(Nudge.next_attempt_at) <= now))
                .order_by(col(Nudge.due_at))
                .limit(200)
            )
        )
        targets: dict[int, list[StaffIdentity]] = {}
        for identity in session.exec(
            select(StaffIdentity).where(col(StaffIdentity.staff_id).in_({n.owner_id for n in due}))
        ):
            targets.setdefault(identity.staff_id, []).append(identity)
    for nudge in due:
        reachable = [
            i
            for i in targets.get(nudge.owner_id, [])
            if i.chat_id and not i.unreachable and delivery.can_reach(i.platform)
        ]
        if not reachable:
            continue
        identity = reachable[0]
        try:
            ref = await delivery.send(identity.platform, identity.chat_id or "", nudge_reply(nudge))
        except DeliveryError as exc:
            with session_factory() as session:
                row = session.get(Nudge, nudge.id)
                assert row is not None
                row.attempts += 1
                row.last_error = str(exc)[:500]
                wait = (
                    timedelta(seconds=exc.retry_after)
                    if exc.retry_after
                    else min(MAX_BACKOFF, timedelta(minutes=2 ** min(row.attempts, 8)))
                )
                row.next_attempt_at = now + wait
                session.add(row)
                if exc.permanent:
                    ident = session.get(StaffIdentity, identity.id)
                    if ident is not None:
                        ident.unreachable = True
                        session.add(ident)
            continue
        with session_factory() as session:
            row = session.get(Nudge, nudge.id)
            assert row is not None
            row.status, row.sent_at = "sent", now
            row.sent_platform, row.sent_chat_id, row.sent_message_id = (
                ref.platform,
                ref.chat_id,
                ref.message_id,
            )
            session.add(row)
        sent += 1
    return sent


async def sweep_and_deliver(app: Any) -> None:
    now = app.services.clock.now()
    try:
        with app.services.session() as session:
            sweep(session=session, now=now, window=timedelta(hours=app.settings.catch_up_hours))
        await deliver_pending(session_factory=app.services.session, delivery=app.delivery, now=now)
    except Exception:
        log.exception("reminder sweep failed")
