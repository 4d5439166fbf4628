"""Follow-ups: things a staff member promised to do for a contact, by a due time."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage import models


def schedule(
    *,
    session: Session,
    owner_id: int,
    due_at: datetime,
    text: str,
    now: datetime,
    contact_id: int | None = None,
    organization_id: int | None = None,
    interaction_id: int | None = None,
) -> models.FollowUp:
    follow_up = models.FollowUp(
        owner_id=owner_id,
        contact_id=contact_id,
        organization_id=organization_id,
        interaction_id=interaction_id,
        due_at=due_at,
        text=text,
        status="open",
        created_at=now,
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def open_for_owner(
    *,
    session: Session,
    owner_id: int,
    due_before: datetime | None = None,
    due_after: datetime | None = None,
    contact_id: int | None = None,
    organization_id: int | None = None,
    limit: int = 50,
) -> list[models.FollowUp]:
    statement = select(models.FollowUp).where(
        models.FollowUp.owner_id == owner_id, col(models.FollowUp.status).in_(("open", "snoozed"))
    )
    if contact_id is not None:
        statement = statement.where(models.FollowUp.contact_id == contact_id)
    if organization_id is not None:
        statement = statement.where(models.FollowUp.organization_id == organization_id)
    if due_after is not None:
        statement = statement.where(models.FollowUp.due_at >= due_after)
    if due_before is not None:
        statement = statement.where(models.FollowUp.due_at <= due_before)
    return list(session.exec(statement.order_by(col(models.FollowUp.due_at)).limit(limit)))


def set_status(*, session: Session, follow_up: models.FollowUp, status: str, now: datetime) -> None:
    if status not in models.FOLLOW_UP_STATUSES:
        raise ValueError(f"unknown follow-up status {status!r}")
    follow_up.status = status
    follow_up.done_at = now if status == "done" else None
    session.add(follow_up)


def open_for_contacts(*, session: Session, contact_ids: list[int]) -> list[models.FollowUp]:
    """Open and snoozed follow-ups with any of these contacts, soonest first."""
    statement = (
        select(models.FollowUp)
        .where(col(models.FollowUp.contact_id).in_(contact_ids), col(models.FollowUp.status).in_(("open", "snoozed")))
        .order_by(col(models.FollowUp.due_at))
    )
    return list(session.exec(statement))
