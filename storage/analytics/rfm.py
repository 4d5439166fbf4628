"""RFM segments: recency, frequency and monetary scores (1-5) from each customer's purchases."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func
from sqlmodel import Session, col, select

from storage.analytics import freshness
from storage.analytics._sql import owned_by, quintile
from storage.models import Contact, ContactRevenue, ContactRfm, Purchase

SEGMENTS = ("champions", "loyal", "promising", "at risk", "hibernating")


@dataclass(frozen=True)
class RfmSegment:
    name: str
    customers: int
    examples: list[str] = field(default_factory=list)


def segments(
    *, session: Session, now: datetime, examples: int = 3, owner_ids: Collection[int] | None = None
) -> list[RfmSegment]:
    """Customers (anyone with a purchase up to now) per RFM segment, in the order of SEGMENTS.

    Scores rank every customer (a segment means the same for everyone); ``owner_ids`` then keeps only
    those owners' customers in the counts and examples.
    """
    if freshness.window(session, since=now - freshness.YEAR, until=now) == "12m":
        return _from_snapshot(session, examples, owner_ids)
    labelled = scored(session=session, now=now, from_rollup=freshness.window(session, since=None, until=now) == "all")
    # One pass: the size of each segment rides along with its first few members.
    ranked_q = select(
        labelled.c.contact_id,
        labelled.c.segment,
        func.row_number()
        .over(partition_by=labelled.c.segment, order_by=(labelled.c.score.desc(), labelled.c.contact_id))
        .label("rank"),
        func.count().over(partition_by=labelled.c.segment).label("size"),
    )
    if owner_ids is not None:
        ranked_q = ranked_q.where(owned_by(session, labelled.c.contact_id, owner_ids))
    ranked = ranked_q.subquery()
    rows = session.exec(
        select(ranked.c.segment, ranked.c.size, Contact.full_name)
        .join(Contact, col(Contact.id) == ranked.c.contact_id)
        .where(ranked.c.rank <= max(examples, 1))
        .order_by(ranked.c.segment, ranked.c.rank)
    ).all()
    sizes: dict[str, int] = {}
    names: dict[str, list[str]] = {}
    for name, size, person in rows:
        sizes[name] = int(size)
        if len(names.setdefault(name, [])) < examples:
            names[name].append(person)
    return [RfmSegment(name, sizes.get(name, 0), names.get(name, [])) for name in SEGMENTS]


def _from_snapshot(session: Session, examples: int, owner_ids: Collection[int] | None) -> list[RfmSegment]:
    """The scores of the last rebuild (quintiles move with everyone's purchases, so they are not kept per write)."""
    r = ContactRfm
    counted = select(r.segment, func.count()).group_by(r.segment)
    if owner_ids is not None:
        counted = counted.where(owned_by(session, r.contact_id, owner_ids))
    sizes = dict(session.exec(counted).all())  # type: ignore[arg-type]
    out = []
    for name in SEGMENTS:
        statement = select(Contact.full_name).join(r, col(r.contact_id) == Contact.id).where(r.segment == name)
        if owner_ids is not None:
            statement = statement.where(col(Contact.owner_id).in_(sorted(owner_ids)))
        people = session.exec(statement.order_by(col(r.score).desc(), col(r.contact_id)).limit(examples)).all()
        out.append(RfmSegment(name, int(sizes.get(name, 0)), list(people)))
    return out


def scored(*, session: Session, now: datetime, from_rollup: bool) -> Any:
    """(contact_id, segment, score = R + F + M) for every customer, as a subquery."""
    if from_rollup:
        # Everything up to now is the all-time rollup: one row per customer and currency instead of every purchase.
        r = ContactRevenue
        base = (
            select(r.contact_id, func.max(r.last_at).label("last_at"), func.sum(r.purchases).label("n"))
            .group_by(r.contact_id)
            .subquery()
        )
        per_currency = select(r.contact_id, r.currency, r.revenue_minor.label("m")).subquery()  # type: ignore[attr-defined]
    else:
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
    scores = (
        select(
            base.c.contact_id,
            quintile(func.cume_dist().over(order_by=base.c.last_at)).label("r"),
            quintile(func.cume_dist().over(order_by=base.c.n)).label("f"),
            m_best.c.ms.label("m"),
        )
        .join(m_best, m_best.c.contact_id == base.c.contact_id)
        .subquery()
    )
    fm = (scores.c.f + scores.c.m + 1) / 2
    segment = case(
        (and_(scores.c.r >= 4, fm >= 4), "champions"),
        (and_(scores.c.r >= 3, fm >= 3), "loyal"),
        (scores.c.r >= 3, "promising"),
        (fm >= 3, "at risk"),
        else_="hibernating",
    ).label("segment")
    return select(scores.c.contact_id, segment, (scores.c.r + scores.c.f + scores.c.m).label("score")).subquery()
