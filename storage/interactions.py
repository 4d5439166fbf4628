"""Interactions (calls, meetings, ...) and the purchases that also count as a touch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage import contacts, models
from storage.analytics import rollups


def find_by_source(*, session: Session, platform: str, message_id: str) -> models.Interaction | None:
    return session.exec(
        select(models.Interaction).where(
            models.Interaction.source_platform == platform, models.Interaction.source_message_id == message_id
        )
    ).first()


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
    if source_platform and source_message_id:
        existing = find_by_source(session=session, platform=source_platform, message_id=source_message_id)
        if existing is not None:
            return existing, False
    entry = models.Interaction(
        contact_id=contact_id,
        author_id=author_id,
        kind=kind,
        occurred_at=occurred_at,
        summary=summary,
        source_platform=source_platform,
        source_message_id=source_message_id,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(entry)
            session.flush()
    except IntegrityError:
        # Another instance stored the same platform message between our check and insert.
        existing = find_by_source(session=session, platform=source_platform or "", message_id=source_message_id or "")
        if existing is None:
            raise
        return existing, False
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


def recent_for_contact(*, session: Session, contact_id: int, limit: int = 5) -> list[models.Interaction]:
    return list(
        session.exec(
            select(models.Interaction)
            .where(models.Interaction.contact_id == contact_id)
            .order_by(col(models.Interaction.occurred_at).desc())
            .limit(limit)
        )
    )
