"""Interactions (calls, meetings, ...) and the purchases that also count as a touch."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from storage import contacts, models, sourced
from storage.analytics import rollups


def log(
    *,
    session: Session,
    contact_id: int,
    author_id: int | None,
    kind: str,
    occurred_at: datetime,
    summary: str,
    now: datetime,
    source_platform: str | None = None,
    source_message_id: str | None = None,
) -> tuple[models.Interaction, bool]:
    """Store an interaction once per source message; returns (row, created)."""
    if kind not in models.INTERACTION_KINDS:
        raise ValueError(f"unknown interaction kind {kind!r}")
    entry, created = sourced.insert_once(
        session=session,
        row=models.Interaction(
            contact_id=contact_id,
            author_id=author_id,
            kind=kind,
            occurred_at=occurred_at,
            summary=summary,
            source_platform=source_platform,
            source_message_id=source_message_id,
            created_at=now,
        ),
    )
    if not created:
        return entry, False
    contacts.touch(session=session, contact_id=contact_id, at=min(occurred_at, now))
    rollups.refresh_contact(session, contact_id=contact_id)
    return entry, True


def last_by_author(*, session: Session, author_id: int) -> models.Interaction | None:
    return session.exec(
        select(models.Interaction)
        .where(models.Interaction.author_id == author_id)
        .order_by(col(models.Interaction.created_at).desc(), col(models.Interaction.id).desc())
        .limit(1)
    ).first()


def recent_with(*, session: Session, contact_ids: list[int], limit: int = 3) -> list[models.Interaction]:
    """The latest touches with any of these contacts, newest first."""
    statement = (
        select(models.Interaction)
        .where(col(models.Interaction.contact_id).in_(contact_ids))
        .order_by(col(models.Interaction.occurred_at).desc())
        .limit(limit)
    )
    return list(session.exec(statement))
