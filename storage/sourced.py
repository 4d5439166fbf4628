"""Rows that come from one platform message (an interaction, a purchase): stored once, however often it arrives."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage import models

Sourced = TypeVar("Sourced", models.Interaction, models.Purchase)


def by_source(*, session: Session, table: type[Sourced], platform: str, message_id: str) -> Sourced | None:
    return session.exec(
        select(table).where(table.source_platform == platform, table.source_message_id == message_id)
    ).first()


def insert_once(*, session: Session, row: Sourced) -> tuple[Sourced, bool]:
    """Insert the row unless its source message was stored already; returns (stored row, created)."""
    platform, message_id = row.source_platform, row.source_message_id
    if platform and message_id:
        existing = by_source(session=session, table=type(row), platform=platform, message_id=message_id)
        if existing is not None:
            return existing, False
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        # Another instance stored the same platform message between our check and our insert.
        existing = by_source(session=session, table=type(row), platform=platform or "", message_id=message_id or "")
        if existing is None:
            raise
        return existing, False
    return row, True
