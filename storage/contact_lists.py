"""Contacts by filter, for list questions: lifecycle stage, tags (all of them), organization, and no touch since
an instant; in the reader's visibility."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from storage import models


@dataclass(frozen=True)
class Filters:
    stage: str | None = None
    tags: tuple[str, ...] = ()
    organization_id: int | None = None
    since: datetime | None = None  # only contacts not touched since (never-touched ones included)
    no_purchase_since: datetime | None = None  # only buyers with no purchase since ("who hasn't bought in 90 days?")


def listed(
    *, session: Session, filters: Filters, owner_ids: Collection[int] | None, limit: int = 25
) -> tuple[list[models.Contact], int]:
    """The first ``limit`` contacts matching every filter (stalest first when ``since`` is set, else by name) and
    how many match in all."""
    where: list[Any] = []
    if filters.stage is not None:
        where.append(models.Contact.stage == filters.stage)
    elif filters.since is not None:
        where.append(text(models.STALE_WHERE))  # as the partial index ix_contact_stale writes it
    for tag in filters.tags:
        tagged = select(models.ContactTag.contact_id).where(models.ContactTag.tag == tag)
        where.append(col(models.Contact.id).in_(tagged))
    if filters.organization_id is not None:
        where.append(models.Contact.organization_id == filters.organization_id)
    if filters.no_purchase_since is not None:
        bought = select(models.Purchase.contact_id).where(models.Purchase.contact_id == models.Contact.id)
        recent = bought.where(col(models.Purchase.purchased_at) >= filters.no_purchase_since)
        where += [bought.exists(), ~recent.exists()]  # bought before, not since
    if owner_ids is not None:  # the reader's visibility (storage/permissions.py)
        where.append(col(models.Contact.owner_id).in_(list(owner_ids)))
    if filters.since is not None:
        return _stale(session, where, filters.since, limit)
    rows = list(
        session.exec(select(models.Contact).where(*where).order_by(col(models.Contact.search_key)).limit(limit))
    )
    total = (
        len(rows)
        if len(rows) < limit
        else session.exec(select(func.count()).where(*where).select_from(models.Contact)).one()
    )
    return rows, int(total)


def _stale(session: Session, where: list[Any], since: datetime, limit: int) -> tuple[list[models.Contact], int]:
    """Never touched first (in id order), then the stalest. Two index ranges, each read in order, instead of one
    condition with OR that the index cannot serve in that order: the list reads its first rows, not every match."""
    touched = col(models.Contact.last_touch_at)
    parts = ([touched.is_(None)], [touched < since])
    orders = ([col(models.Contact.id)], [touched, col(models.Contact.id)])
    rows: list[models.Contact] = []
    for part, order in zip(parts, orders, strict=True):
        if len(rows) < limit:
            statement = select(models.Contact).where(*where, *part).order_by(*order).limit(limit - len(rows))
            rows += session.exec(statement).all()
    if len(rows) < limit:
        return rows, len(rows)
    counts = [select(func.count()).select_from(models.Contact).where(*where, *part).scalar_subquery() for part in parts]
    return rows, int(session.exec(select(counts[0] + counts[1])).one())


def organization_named(*, session: Session, name: str) -> int | None:
    """The id of the organization with exactly this stored name (the understanding found it in the store)."""
    return session.exec(select(models.Organization.id).where(models.Organization.name == name)).first()
