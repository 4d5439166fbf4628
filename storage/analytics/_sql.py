"""The few expressions that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Float, case, cast, func
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from storage.models import Contact

Money = dict[str, int]  # currency -> minor units


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def month_key(column: Any, dialect_name: str) -> ColumnElement[str]:
    """'YYYY-MM' of a UTC timestamp."""
    if dialect_name == "postgresql":
        return func.to_char(func.timezone("UTC", column), "YYYY-MM")
    return func.strftime("%Y-%m", column)


def day_number(column: Any, dialect_name: str) -> ColumnElement[float]:
    """A timestamp as a fractional day count, for differences in days."""
    if dialect_name == "postgresql":
        return cast(func.extract("epoch", column), Float) / 86400.0
    return func.julianday(column)


def quintile(cume_dist: Any) -> ColumnElement[int]:
    """1-5 from a cumulative share (0, 1]: ties share a score, unlike NTILE."""
    return case(
        (cume_dist > 0.8, 5),
        (cume_dist > 0.6, 4),
        (cume_dist > 0.4, 3),
        (cume_dist > 0.2, 2),
        else_=1,
    )


def owned(owner_ids: Collection[int]) -> Any:
    """The ids of these owners' contacts, as a subquery for ``contact_id IN (...)`` (set-wise, index-served)."""
    return select(Contact.id).where(col(Contact.owner_id).in_(sorted(owner_ids)))


def owner_in(owner_ids: Collection[int]) -> Any:
    """Contact.owner_id among these owners (for statements that already join Contact)."""
    return col(Contact.owner_id).in_(sorted(owner_ids))


def add(money: Money, currency: str, minor: int) -> None:
    money[currency] = money.get(currency, 0) + int(minor or 0)
