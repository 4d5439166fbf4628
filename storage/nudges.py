"""Nudges as history and as things to act on: done, snoozed, dismissed."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage import models
from storage.errors import UserError

ACTIVE = ("pending", "sent", "snoozed")


def owned(*, session: Session, nudge_id: str | int, owner_id: int) -> models.Nudge:
    text = str(nudge_id)
    # ASCII digits only: str.isdigit() accepts "²", which int() rejects; 18 digits stay within BIGINT.
    nudge = session.get(models.Nudge, int(text)) if text.isascii() and text.isdigit() and len(text) <= 18 else None
    if nudge is None or nudge.owner_id != owner_id:
        raise UserError("error.nudge_gone")
    return nudge


def set_status(
    *, session: Session, nudge: models.Nudge, status: str, now: datetime, due_at: datetime | None = None
) -> None:
    if status not in models.NUDGE_STATUSES:
        raise ValueError(f"unknown nudge status {status!r}")
    nudge.status = status
    nudge.acted_at = now
    nudge.next_attempt_at = None
    if due_at is not None:
        nudge.due_at = due_at
    session.add(nudge)


def active_for_contact(*, session: Session, owner_id: int, contact_id: int) -> list[models.Nudge]:
    return list(
        session.exec(
            select(models.Nudge).where(
                models.Nudge.owner_id == owner_id,
                models.Nudge.contact_id == contact_id,
                col(models.Nudge.status).in_(ACTIVE),
            )
        )
    )


def last_sent(*, session: Session, owner_id: int) -> models.Nudge | None:
    return session.exec(
        select(models.Nudge)
        .where(models.Nudge.owner_id == owner_id, col(models.Nudge.sent_at).is_not(None))
        .where(col(models.Nudge.status).in_(("sent", "pending")))
        .order_by(col(models.Nudge.sent_at).desc(), col(models.Nudge.id).desc())
        .limit(1)
    ).first()


def history(*, session: Session, owner_id: int, start: datetime, end: datetime, limit: int = 50) -> list[models.Nudge]:
    """Nudges sent (or acted on) in [start, end), newest first."""
    return list(
        session.exec(
            select(models.Nudge)
            .where(models.Nudge.owner_id == owner_id, col(models.Nudge.sent_at).is_not(None))
            .where(col(models.Nudge.sent_at) >= start, col(models.Nudge.sent_at) < end)
            .order_by(col(models.Nudge.sent_at).desc(), col(models.Nudge.id).desc())
            .limit(limit)
        )
    )


def due_between(*, session: Session, owner_id: int, start: datetime, end: datetime, limit: int) -> list[models.Nudge]:
    """The owner's active nudges due in [start, end), soonest first."""
    statement = (
        select(models.Nudge)
        .where(models.Nudge.owner_id == owner_id, models.Nudge.due_at >= start, models.Nudge.due_at < end)
        .where(col(models.Nudge.status).in_(ACTIVE))
        .order_by(col(models.Nudge.due_at))
        .limit(limit)
    )
    return list(session.exec(statement))
