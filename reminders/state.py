"""Scheduler facts kept in the store (so every instance sees them): last sweep, daily passes done."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from storage.models import ReminderState

LAST_SWEEP = "last_sweep"
DAILY_DONE = "daily_done"


def get(*, session: Session, key: str) -> ReminderState | None:
    return session.get(ReminderState, key)


def put(*, session: Session, key: str, at: datetime | None = None, value: dict[str, Any] | None = None) -> None:
    row = session.get(ReminderState, key) or ReminderState(key=key)
    if at is not None:
        row.at = at
    if value is not None:
        row.value = value
    session.add(row)
    session.flush()
