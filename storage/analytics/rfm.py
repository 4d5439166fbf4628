"""RFM segments: recency, frequency and monetary scores (1-5) from each customer's purchases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, case, func
from sqlmodel import Session, col, select

from storage.analytics._sql import quintile
from storage.models import Contact, Purchase

SEGMENTS = ("champions", "loyal", "promising", "at risk", "hibernating")


@dataclass(frozen=True)
class RfmSegment:
    name: str
    customers: int
    examples: list[str] = field(default_factory=list)


def segments(*, session: Session, now: datetime, examples: int = 3) -> list[RfmSegment]:
    """Customers (anyone with a purchase up to now) per RFM segment, in the order of SEGMENTS."""
    p = Purchase
    upto = p.purchased_at <= now
    base = (
        select(p.contact_id, func.max(p.purchased_at).label("last_at"), func.count().label("n"))
        .where(upto)
        .group_by(p.contact_id)
        .subquery()
    )
    per_currency = (
        select(p.contact_id, p.currency, func.sum(p.amount_minor).label("m"))
        .where(upto)
        .group_by(p.contact_id, p.currency)
        .subquery()
    )
    # Monetary is ranked within its own currency; a customer paying in two currencies keeps the better score.
    m_tiles = select(
        per_currency.c.contact_id,
        quintile(func.cume_dist().over(partition_by=per_currency.c.currency, order_by=per_currency.c.m)).label("ms"),
    ).subquery()
    m_best = select(m_tiles.c.contact_id, func.max(m_tiles.c.ms).label("ms")).group_by(m_tiles.c.contact_id).subquery()
    scored = (
        select(
            base.c.contact_id,
            quintile(func.cume_dist().over(order_by=base.c.last_at)).label("r"),
            quintile(func.cume_dist().over(order_by=base.c.n)).label("f"),
            m_best.c.ms.label("m"),
        )
        .join(m_best, m_best.c.contact_id == base.c.contact_id)
        .subquery()
    )
    fm = (scored.c.f + scored.c.m + 1) / 2
    segment = case(
        (and_(scored.c.r >= 4, fm >= 4), "champions"),
        (and_(scored.c.r >= 3, fm >= 3), "loyal"),
        (scored.c.r >= 3, "promising"),
        (fm >= 3, "at risk"),
        else_="hibernating",
    ).label("segment")
    labelled = select(
        scored.c.contact_id,
        segment,
        func.row_number()
        .over(partition_by=segment, order_by=((scored.c.r + scored.c.f + scored.c.m).desc(), scored.c.contact_id))
        .label("rank"),
        func.count().over(partition_by=segment).label("size"),
    ).subquery()
    # One pass: the size of each segment rides along with its first few members.
    rows = session.exec(
        select(labelled.c.segment, labelled.c.size, Contact.full_name)
        .join(Contact, col(Contact.id) == labelled.c.contact_id)
        .where(labelled.c.rank <= max(examples, 1))
        .order_by(labelled.c.segment, labelled.c.rank)
    ).all()
    sizes: dict[str, int] = {}
    names: dict[str, list[str]] = {}
    for name, size, person in rows:
        sizes[name] = int(size)
        if len(names.setdefault(name, [])) < examples:
            names[name].append(person)
    return [RfmSegment(name, sizes.get(name, 0), names.get(name, [])) for name in SEGMENTS]
