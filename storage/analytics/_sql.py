"""The few expressions that differ between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, case, cast, func, literal_column, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from storage.models import Contact, Staff

Money = dict[str, int]  # currency -> minor units


@dataclass(frozen=True)
class GroupFigure:
    """One group's figure in one currency, as a question table row's query returns it (handlers/questions.py):
    the group's name ("Ana Costa", "enterprise"), the amount in minor units and how many records make it."""

    key: str
    currency: str
    value_minor: int
    count: int


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


def owned_by(session: Session, contact_id: Any, owner_ids: Collection[int]) -> ColumnElement[bool]:
    """``contact_id`` is one of these owners' contacts: the same rows as ``contact_id IN owned(owner_ids)``.

    When the owners hold most contacts (a team that is most of the company), listing their ids means building a
    set of up to every contact id before the query starts (about a second at 1M contacts); the few contacts of
    everyone else are excluded instead. Exact either way: every contact has either one owner or none, owners are
    staff (foreign key), and every purchase, interaction and rollup row belongs to an existing contact (erasure
    drops the rollup rows: rollups.forget_contact). SQLite only: PostgreSQL turns ``IN (subquery)`` into a hashed
    semi-join already, while a large ``NOT IN (subquery)`` that outgrows work_mem would be re-scanned per row.
    """
    owners = sorted(owner_ids)
    if dialect(session) != "sqlite" or _owned_share(session, owners) <= 0.5:
        return col(contact_id).in_(owned(owners))
    outside = select(Contact.id).where(
        or_(
            col(Contact.owner_id).is_(None),
            col(Contact.owner_id).in_(select(Staff.id).where(col(Staff.id).not_in(owners))),
        )
    )
    return col(contact_id).not_in(outside)


def _owned_share(session: Session, owners: list[int]) -> float:
    """The share of all contacts these owners hold: two index-only counts, remembered for the unit of work (the
    share only picks the faster of two exact forms, so a contact added since cannot make a figure wrong)."""
    memo: dict[tuple[int, ...], float] = session.info.setdefault("analytics_owned_share", {})
    key = tuple(owners)
    if key not in memo:
        everyone = session.exec(select(func.count()).select_from(Contact)).one()
        theirs = session.exec(select(func.count()).select_from(Contact).where(col(Contact.owner_id).in_(owners))).one()
        memo[key] = theirs / everyone if everyone else 0.0
    return memo[key]


def owner_scanned(session: Session, owner_ids: Collection[int]) -> Any:
    """Contact.owner_id among these owners, for statements that scan a rollup and look each row's contact up.

    Given a plain ``owner_id IN (...)``, SQLite starts from the owner index and fetches each owned contact and its
    rollup rows at random: fine for one rep's share, but 3.3 s for half of 1M contacts against 0.7 s for the scan.
    Past a tenth of the contacts the unary plus keeps the owner index out of the plan (same rows either way)."""
    owners = sorted(owner_ids)
    if dialect(session) == "sqlite" and _owned_share(session, owners) > 0.1:
        return literal_column("+contact.owner_id").in_(owners)
    return owner_in(owners)


def owner_in(owner_ids: Collection[int]) -> Any:
    """Contact.owner_id among these owners (for statements that already join Contact)."""
    return col(Contact.owner_id).in_(sorted(owner_ids))


def add(money: Money, currency: str, minor: int) -> None:
    money[currency] = money.get(currency, 0) + int(minor or 0)
