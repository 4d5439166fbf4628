"""Contacts by filter, for list questions: lifecycle stage, tags (all of them), organization, and no touch since
an instant; in the reader's visibility."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage import models


@dataclass(frozen=True)
class Filters:
    stage: str | None = None
    tags: tuple[str, ...] = ()
    organization_id: int | None = None
    since: datetime | None = None  # only contacts not touched since (never-touched ones included)


def listed(
    *, session: Session, filters: Filters, owner_ids: Collection[int] | None, limit: int = 25
) -> tuple[list[models.Contact], int]:
    """The first ``limit`` contacts matching every filter (stalest first when ``since`` is set, else by name) and
    how many match in all."""
    where = []
    if filters.stage is not None:
        where.append(models.Contact.stage == filters.stage)
    elif filters.since is not None:
        where.append(models.Contact.stage != "churned")  # a stale list never asks after churned customers
    for tag in filters.tags:
        tagged = select(models.ContactTag.contact_id).where(models.ContactTag.tag == tag)
        where.append(col(models.Contact.id).in_(tagged))
    if filters.organization_id is not None:
        where.append(models.Contact.organization_id == filters.organization_id)
    if filters.since is not None:
        where.append((col(models.Contact.last_touch_at) < filters.since) | col(models.Contact.last_touch_at).is_(None))
    if owner_ids is not None:  # the reader's visibility (storage/permissions.py)
        where.append(col(models.Contact.owner_id).in_(list(owner_ids)))
    order = (
        col(models.Contact.last_touch_at).asc().nulls_first()
        if filters.since is not None
        else col(models.Contact.search_key).asc()
    )
    rows = list(session.exec(select(models.Contact).where(*where).order_by(order).limit(limit)))
    total = (
        len(rows)
        if len(rows) < limit
        else session.exec(select(func.count()).where(*where).select_from(models.Contact)).one()
    )
    return rows, int(total)


def organization_named(*, session: Session, name: str) -> int | None:
    """The id of the organization with exactly this stored name (the understanding found it in the store)."""
    return session.exec(select(models.Organization.id).where(models.Organization.name == name)).first()
