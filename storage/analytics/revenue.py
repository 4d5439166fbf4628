"""Revenue and margin by segment, tag, organization or owner; customers ranked by revenue or profit."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, literal
from sqlmodel import Session, col, select

from storage.analytics import freshness, summaries
from storage.analytics._sql import owned_by, owner_in, owner_scanned
from storage.models import (
    Contact,
    ContactRevenue,
    ContactTag,
    Organization,
    PortfolioSummary,
    Product,
    Purchase,
    Staff,
)

DIMENSIONS = ("segment", "tag", "organization", "owner")


@dataclass(frozen=True)
class RevenueRow:
    key: str
    currency: str
    revenue_minor: int
    # The part of the revenue whose product carries a unit cost in the purchase's currency, and that cost.
    costed_minor: int
    cost_minor: int
    customers: int
    purchases: int

    @property
    def margin_minor(self) -> int | None:
        return self.costed_minor - self.cost_minor if self.costed_minor else None


@dataclass(frozen=True)
class CustomerFigure:
    contact_id: int
    name: str
    organization: str | None
    currency: str
    revenue_minor: int
    costed_minor: int
    cost_minor: int
    purchases: int

    @property
    def margin_minor(self) -> int | None:
        return self.costed_minor - self.cost_minor if self.costed_minor else None


def _costed() -> tuple[Any, Any]:
    known = and_(col(Product.unit_cost_minor).is_not(None), Product.currency == Purchase.currency)
    costed = func.sum(case((known, Purchase.amount_minor), else_=0))
    cost = func.sum(case((known, Purchase.quantity * Product.unit_cost_minor), else_=0))
    return costed, cost


def _window(statement: Any, since: datetime | None, until: datetime) -> Any:
    if since is None:
        # "All time" is everything up to now, the instant included (as RFM and cohorts count it), so a purchase
        # recorded this very second counts, and the all-time rollup gives the same figure.
        return statement.where(Purchase.purchased_at <= until)
    return statement.where(Purchase.purchased_at >= since, Purchase.purchased_at < until)


def revenue_by(
    *,
    session: Session,
    dimension: str,
    since: datetime | None,
    until: datetime,
    owner_ids: Collection[int] | None = None,
    now: datetime | None = None,
) -> list[RevenueRow]:
    """Revenue per dimension value and currency, largest first. A contact with two tags counts under both.
    ``owner_ids`` limits it to those owners' contacts (None: everyone's). ``now``, the asking instant, lets a
    closed period be read from the nightly summary while it is recent (without it, only a window ending now)."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"unknown dimension {dimension!r}")
    rolled = freshness.window(session, since=since, until=until)
    summarised = rolled not in (None, "all") and dimension != "organization"
    if summarised and freshness.summaries_current(session, now=until if now is None else now):
        return _revenue_summarised(session, dimension, str(rolled), owner_ids)
    if rolled is not None:
        return _revenue_rolled_up(session, dimension, rolled, owner_ids)
    costed, cost = _costed()
    statement = select().select_from(Purchase).join(Contact, col(Contact.id) == Purchase.contact_id)
    statement = statement.outerjoin(Product, col(Product.id) == Purchase.product_id)
    statement, key = _by(statement, dimension)
    statement = statement.add_columns(
        key.label("key"),
        Purchase.currency,
        func.sum(Purchase.amount_minor),
        costed,
        cost,
        func.count(func.distinct(Purchase.contact_id)),
        func.count(),
    ).group_by(key, Purchase.currency)
    if owner_ids is not None:
        statement = statement.where(owner_in(owner_ids))
    return _revenue_rows(session.exec(_window(statement, since, until)).all())


def _revenue_rolled_up(
    session: Session, dimension: str, rolled: str, owner_ids: Collection[int] | None
) -> list[RevenueRow]:
    """The same figures from contact_revenue: one row per customer and currency, so count() counts customers."""
    r = ContactRevenue
    revenue_, costed, cost, n = summaries.measures(rolled)
    statement = select().select_from(r).join(Contact, col(Contact.id) == r.contact_id)
    statement, key = _by(statement, dimension)
    statement = (
        statement.add_columns(
            key.label("key"),
            r.currency,
            func.sum(revenue_),
            func.sum(costed),
            func.sum(cost),
            func.count(),
            func.sum(n),
        )
        .where(n > 0)
        .group_by(key, r.currency)
    )
    if owner_ids is not None:
        statement = statement.where(owner_scanned(session, owner_ids))
    return _revenue_rows(session.exec(statement).all())


def _revenue_summarised(
    session: Session, dimension: str, period: str, owner_ids: Collection[int] | None
) -> list[RevenueRow]:
    """A period by segment, tag or owner from the rebuild's per-owner summary (storage.analytics.summaries)."""
    s = PortfolioSummary
    key: Any = s.key
    statement = select().select_from(s)
    if dimension == "owner":
        statement = statement.outerjoin(Staff, col(Staff.id) == s.owner_id)
        key = func.coalesce(Staff.display_name, literal("(unassigned)"))
    statement = (
        statement.add_columns(
            key,
            s.currency,
            func.sum(s.revenue_minor),
            func.sum(s.costed_minor),
            func.sum(s.cost_minor),
            func.sum(s.customers),
            func.sum(s.purchases),
        )
        .where(s.period == period, s.dimension == ("tag" if dimension == "tag" else "segment"))
        .group_by(key, s.currency)
    )
    if owner_ids is not None:
        statement = statement.where(col(s.owner_id).in_(sorted(owner_ids)))
    return _revenue_rows(session.exec(statement).all())


def _revenue_rows(rows: Any) -> list[RevenueRow]:
    out = [
        RevenueRow(str(k), cur, int(r or 0), int(cr or 0), int(c or 0), int(n), int(p))
        for k, cur, r, cr, c, n, p in rows
    ]
    return sorted(out, key=lambda row: (row.currency, -row.revenue_minor, row.key))


def _by(statement: Any, dimension: str) -> tuple[Any, Any]:
    """Join what the dimension needs onto a statement that has Contact; returns it and the key expression."""
    key: Any
    if dimension == "segment":
        statement = statement.outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        key = summaries.segment_key()
    elif dimension == "organization":
        statement = statement.outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        key = func.coalesce(Organization.name, literal("(no organization)"))
    elif dimension == "owner":
        statement = statement.outerjoin(Staff, col(Staff.id) == Contact.owner_id)
        key = func.coalesce(Staff.display_name, literal("(unassigned)"))
    else:
        statement = statement.outerjoin(ContactTag, col(ContactTag.contact_id) == Contact.id)
        key = func.coalesce(ContactTag.tag, literal("(untagged)"))
    return statement, key


def customers_ranked(
    *,
    session: Session,
    since: datetime | None,
    until: datetime,
    by: str = "revenue",
    bottom: bool = False,
    limit: int = 5,
    owner_ids: Collection[int] | None = None,
    contact_ids: list[int] | None = None,
) -> list[CustomerFigure]:
    """The top (or bottom) customers per currency by revenue or by profit (margin on costed products)."""
    rolled = freshness.window(session, since=since, until=until)
    if rolled is not None and contact_ids is None:
        return _ranked_rolled_up(session, rolled, by, bottom, limit, owner_ids)
    costed, cost = _costed()
    revenue = func.sum(Purchase.amount_minor)
    measure = revenue if by == "revenue" else costed - cost
    ordering = measure.asc() if bottom else measure.desc()
    rank = func.row_number().over(partition_by=Purchase.currency, order_by=(ordering, Purchase.contact_id))
    inner = (
        select(
            Purchase.contact_id,
            Purchase.currency,
            revenue.label("revenue"),
            costed.label("costed"),
            cost.label("cost"),
            func.count().label("n"),
            rank.label("rank"),
        )
        .select_from(Purchase)
        .outerjoin(Product, col(Product.id) == Purchase.product_id)
        .group_by(Purchase.contact_id, Purchase.currency)
    )
    if by == "profit":
        # Profit only exists where a cost is known: customers without costed purchases are not ranked at 0.
        inner = inner.having(costed > 0)
    if owner_ids is not None:
        inner = inner.where(owned_by(session, Purchase.contact_id, owner_ids))
    if contact_ids is not None:
        inner = inner.where(col(Purchase.contact_id).in_(contact_ids))
    ranked = _window(inner, since, until).subquery()
    statement = (
        select(
            ranked.c.contact_id,
            Contact.full_name,
            Organization.name,
            ranked.c.currency,
            ranked.c.revenue,
            ranked.c.costed,
            ranked.c.cost,
            ranked.c.n,
        )
        .join(Contact, col(Contact.id) == ranked.c.contact_id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .where(ranked.c.rank <= limit)
        .order_by(ranked.c.currency, ranked.c.rank)
    )
    return [
        CustomerFigure(cid, name, org, cur, int(r or 0), int(cr or 0), int(c or 0), int(n))
        for cid, name, org, cur, r, cr, c, n in session.exec(statement).all()
    ]


def _ranked_rolled_up(
    session: Session, rolled: str, by: str, bottom: bool, limit: int, owner_ids: Collection[int] | None
) -> list[CustomerFigure]:
    """One ORDER BY ... LIMIT per currency over contact_revenue: a scan with a bounded sort. (An index on the
    measure was tried: its random row lookups cost more than the scan.)"""
    r = ContactRevenue
    revenue_, costed, cost, n = summaries.measures(rolled)
    measure = revenue_ if by == "revenue" else costed - cost
    out: list[CustomerFigure] = []
    for currency in session.exec(select(r.currency).distinct().order_by(r.currency)).all():
        # Rank on the rollup alone, then name the few winners: joining first would look up every customer.
        ranked = (
            select(r.contact_id, revenue_, costed, cost, n)
            .where(r.currency == currency, n > 0)
            .order_by(measure.asc() if bottom else measure.desc(), r.contact_id)
            .limit(limit)
        )
        if by == "profit":
            ranked = ranked.where(costed > 0)
        if owner_ids is not None:
            ranked = ranked.where(owned_by(session, r.contact_id, owner_ids))
        rows = session.exec(ranked).all()
        names = {
            cid: (name, org)
            for cid, name, org in session.exec(
                select(Contact.id, Contact.full_name, Organization.name)
                .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
                .where(col(Contact.id).in_([row[0] for row in rows]))
            ).all()
        }
        out += [
            CustomerFigure(cid, *names[cid], currency, int(rv), int(cr), int(c), int(k)) for cid, rv, cr, c, k in rows
        ]
    return out


@dataclass(frozen=True)
class ProductUse:
    product: str
    currency: str
    quantity: int
    revenue_minor: int
    last_at: datetime


def products_of(*, session: Session, contact_ids: list[int]) -> tuple[list[ProductUse], list[str]]:
    """What these contacts bought (per product and currency) and the catalogue products they never bought."""
    rows = session.exec(
        select(
            Product.name,
            Purchase.currency,
            func.sum(Purchase.quantity),
            func.sum(Purchase.amount_minor),
            func.max(Purchase.purchased_at),
        )
        .join(Product, col(Product.id) == Purchase.product_id)
        .where(col(Purchase.contact_id).in_(contact_ids))
        .group_by(Product.name, Purchase.currency)
    ).all()
    used = [ProductUse(name, cur, int(q), int(r), last) for name, cur, q, r, last in rows]
    bought = {u.product for u in used}
    catalogue = session.exec(select(Product.name).order_by(Product.name)).all()
    return sorted(used, key=lambda u: -u.revenue_minor), [p for p in catalogue if p not in bought]
