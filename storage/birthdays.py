"""Birthday look-ups by calendar day, set-wise (the (month, day) index serves them)."""

from __future__ import annotations

import calendar
from collections.abc import Collection
from datetime import date, timedelta

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from storage.models import Contact


def days_between(start: date, days: int) -> list[tuple[int, int]]:
    """(month, day) pairs from start for N days; 29 February is celebrated on 28 February in other years."""
    pairs: list[tuple[int, int]] = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        pairs.append((day.month, day.day))
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            pairs.append((2, 29))
    return pairs


def upcoming(
    *, session: Session, start: date, days: int, owner_ids: Collection[int] | None = None, limit: int = 100
) -> list[Contact]:
    """Birthdays celebrated in the N days from ``start`` (of these owners' contacts; None: everyone's)."""
    pairs = days_between(start, days)
    if not pairs:
        return []
    condition = or_(*(and_(col(Contact.birthday_month) == m, col(Contact.birthday_day) == d) for m, d in pairs))
    statement = select(Contact).where(condition, Contact.stage != "churned")
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(list(owner_ids)))
    found = list(session.exec(statement.limit(limit)))
    order = {pair: n for n, pair in enumerate(pairs)}
    return sorted(found, key=lambda c: (order.get((c.birthday_month or 0, c.birthday_day or 0), 99), c.full_name))


def next_occurrence(month: int, day: int, *, today: date) -> date:
    """The next date (today included) on which this birthday is celebrated."""
    for year in (today.year, today.year + 1, today.year + 2):
        celebrated_day = 28 if (month, day) == (2, 29) and not calendar.isleap(year) else day
        when = date(year, month, celebrated_day)
        if when >= today:
            return when
    raise ValueError("unreachable")


def age_on(birth_year: int | None, on: date) -> int | None:
    return on.year - birth_year if birth_year else None
