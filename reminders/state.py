"""Scheduler facts kept in the store (so every instance sees them): last sweep, daily passes done."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from storage.db import upsert_insert
from storage.models import ReminderState

LAST_SWEEP = "last_sweep"
DAILY_DONE = "daily_done"


def get(*, session: Session, key: str) -> ReminderState | None:
    return session.get(ReminderState, key)


def put(*, session: Session, key: str, at: datetime | None = None, value: dict[str, Any] | None = None) -> None:
    """Upsert: two instances writing the same key at once must not fail either sweep."""
    insert = upsert_insert(session.get_bind().dialect.name)
    row: dict[str, Any] = {"key": key}
    if at is not None:
        row["at"] = at
    if value is not None:
        row["value"] = value
    statement = insert(ReminderState).values(**row)
    changes = {name: statement.excluded[name] for name in row if name != "key"}
    session.execute(
        statement.on_conflict_do_update(index_elements=["key"], set_=changes)
        if changes
        else statement.on_conflict_do_nothing(index_elements=["key"])
    )
    existing = session.get(ReminderState, key)
    if existing is not None:
        session.refresh(existing)
