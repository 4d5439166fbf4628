"""Lifetime value: historical per customer, and average plus projected per segment."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from storage.analytics import freshness, retention, summaries
from storage.analytics._sql import owner_scanned
from storage.analytics.revenue import RevenueRow, revenue_by
from storage.models import Contact, ContactRevenue, Organization, PortfolioSummary, RollupChurn

MAX_LIFETIME_YEARS = 10.0
FORMULA = (
    "LTV (historical) = everything the customer has paid to date. "
    "Projected LTV = revenue per active customer over the last 12 months × expected lifetime, "
    "where expected lifetime (years) = 1 ÷ annual churn rate (capped at 10), and the annual churn rate is the "
    "last 90 days' churn compounded over a year: 1 − (1 − c90)^(365/90)."
)


@dataclass(frozen=True)
class SegmentLtv:
    segment: str
    currency: str
    customers: int
    average_minor: int  # historical LTV, averaged over the segment's paying customers
    annual_minor: int  # revenue per customer active in the last 12 months
    projected_minor: int  # annual_minor × lifetime_years


@dataclass(frozen=True)
class LtvReport:
    lifetime_years: float
    annual_churn: float | None
    segments: list[SegmentLtv]
    as_of: datetime | None = None  # set when every figure is the nightly summary's (portfolio_summary), not live


def by_segment(
    *,
    session: Session,
    now: datetime,
    window_days: int,
    owner_ids: Collection[int] | None = None,
    from_rollup: bool = True,
) -> LtvReport:
    """Per segment and currency; over these owners' customers only when ``owner_ids`` is given.

    Asked for the trailing year up to now soon after a rebuild, the figures come from the summary it stored per
    owner (as of the rebuild, all-time totals included: everyone's add up every owner's rows, a scope its owners');
    any other moment gets them live."""
    year_ago = now - freshness.YEAR
    rolled = freshness.window(session, since=year_ago, until=now)
    if from_rollup:
        stored = _stored(session, now, window_days, owner_ids)
        if stored is not None:
            return stored
    quarter = retention.churn(
        session=session, start=now - retention.QUARTER, end=now, window_days=window_days, owner_ids=owner_ids
    ).rate
    if rolled == "12m":
        both = _both_windows(session, owner_ids)
        everything, last = [b[0] for b in both], [b[1] for b in both if b[1].customers]
    else:
        everything = revenue_by(session=session, dimension="segment", since=None, until=now, owner_ids=owner_ids)
        last = revenue_by(session=session, dimension="segment", since=year_ago, until=now, owner_ids=owner_ids)
    return _report(quarter, everything, last)


def _stored(session: Session, now: datetime, window_days: int, owner_ids: Collection[int] | None) -> LtvReport | None:
    """The report from the last rebuild's summary (these owners' rows, or everyone's), or None when there is no
    current one or it was stored for another churn window."""
    at = freshness.summaries_as_of(session, since=now - freshness.YEAR, until=now)
    stored_window = session.exec(select(RollupChurn.window_days).where(col(RollupChurn.owner_id).is_(None))).first()
    if at is None or stored_window != window_days:
        return None
    s, c = PortfolioSummary, RollupChurn
    churn_q = select(func.coalesce(func.sum(c.active), 0), func.coalesce(func.sum(c.churned), 0)).where(
        c.window_days == window_days
    )
    totals_q = (
        select(s.period, s.key, s.currency, func.sum(s.revenue_minor), func.sum(s.customers))
        .where(s.dimension == "segment", col(s.period).in_(("all", "12m")))
        .group_by(s.period, s.key, s.currency)
    )
    if owner_ids is not None:
        owners = sorted(owner_ids)
        churn_q = churn_q.where(col(c.owner_id).in_(owners))
        totals_q = totals_q.where(col(s.owner_id).in_(owners))
    active, churned = session.exec(churn_q).one()
    rows: dict[str, list[RevenueRow]] = {"all": [], "12m": []}
    for period, segment, currency, total, n in session.exec(totals_q).all():
        rows[period].append(RevenueRow(segment, currency, int(total), 0, 0, int(n), 0))
    everything = sorted(rows["all"], key=lambda row: (row.currency, -row.revenue_minor, row.key))
    quarter = int(churned) / int(active) if active else None  # PostgreSQL sums bigints as numeric
    report = _report(quarter, everything, rows["12m"])
    return LtvReport(report.lifetime_years, report.annual_churn, report.segments, as_of=at)


def _report(quarter: float | None, everything: list[RevenueRow], last: list[RevenueRow]) -> LtvReport:
    lost = None if quarter is None else 1.0 - (1.0 - quarter) ** (365 / 90)
    years = MAX_LIFETIME_YEARS if not lost else min(MAX_LIFETIME_YEARS, 1.0 / lost)
    recent = {(r.key, r.currency): r for r in last}
    rows = []
    for row in everything:
        last_year = recent.get((row.key, row.currency))
        annual = last_year.revenue_minor // last_year.customers if last_year and last_year.customers else 0
        rows.append(
            SegmentLtv(
                segment=row.key,
                currency=row.currency,
                customers=row.customers,
                average_minor=row.revenue_minor // row.customers if row.customers else 0,
                annual_minor=annual,
                projected_minor=round(annual * years),
            )
        )
    return LtvReport(lifetime_years=years, annual_churn=lost, segments=rows)


def _both_windows(session: Session, owner_ids: Collection[int] | None) -> list[tuple[RevenueRow, RevenueRow]]:
    """All-time and trailing-year revenue per segment in one pass over contact_revenue (as revenue_by gives them)."""
    r = ContactRevenue
    key = summaries.segment_key()
    recent = r.purchases_12m > 0
    statement = (
        select(
            key,
            r.currency,
            func.sum(r.revenue_minor),
            func.count(),
            func.sum(r.revenue_12m),
            func.sum(case((recent, 1), else_=0)),
        )
        .select_from(r)
        .join(Contact, col(Contact.id) == r.contact_id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .group_by(key, r.currency)
    )
    if owner_ids is not None:
        statement = statement.where(owner_scanned(session, owner_ids))
    out = [
        (RevenueRow(str(k), cur, int(total), 0, 0, int(n), 0), RevenueRow(str(k), cur, int(year or 0), 0, 0, int(m), 0))
        for k, cur, total, n, year, m in session.exec(statement).all()
    ]
    return sorted(out, key=lambda pair: (pair[0].currency, -pair[0].revenue_minor, pair[0].key))
