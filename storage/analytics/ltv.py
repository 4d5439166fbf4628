"""Lifetime value: historical per customer, and average plus projected per segment."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, literal
from sqlmodel import Session, col, select

from storage.analytics import retention, rollups
from storage.analytics._sql import owner_scanned
from storage.analytics.revenue import RevenueRow, revenue_by
from storage.models import Contact, ContactRevenue, Organization, RollupChurn, SegmentRevenue

MAX_LIFETIME_YEARS = 10.0
QUARTER = timedelta(days=90)
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
    as_of: datetime | None = None  # set when every figure is the nightly summary's (segment_revenue), not live


def by_segment(
    *,
    session: Session,
    now: datetime,
    window_days: int,
    owner_ids: Collection[int] | None = None,
    from_rollup: bool = True,
) -> LtvReport:
    """Per segment and currency; over these owners' customers only when ``owner_ids`` is given.

    Everyone's figures for the trailing year up to now, asked soon after a rebuild, come from the summary it
    stored (as of the rebuild, all-time totals included); a scoped asker or any other moment gets them live."""
    year_ago = now - rollups.YEAR
    rolled = rollups.window(session, since=year_ago, until=now)
    if rolled == "12m" and owner_ids is None and from_rollup:
        stored = _stored(session, window_days)
        if stored is not None:
            return stored
    quarter = retention.churn(
        session=session, start=now - QUARTER, end=now, window_days=window_days, owner_ids=owner_ids
    ).rate
    if rolled == "12m":
        both = _both_windows(session, owner_ids)
        everything, last = [b[0] for b in both], [b[1] for b in both if b[1].customers]
    else:
        everything = revenue_by(session=session, dimension="segment", since=None, until=now, owner_ids=owner_ids)
        last = revenue_by(session=session, dimension="segment", since=year_ago, until=now, owner_ids=owner_ids)
    return _report(quarter, everything, last)


def store_rollup(session: Session, *, now: datetime, window_days: int) -> None:
    """Store everyone's per-segment figures and churn as of ``now``; rebuild_rollups calls it once
    contact_revenue is rebuilt at ``now``, in the same transaction."""
    session.exec(delete(SegmentRevenue))  # type: ignore[call-overload]
    session.exec(delete(RollupChurn))  # type: ignore[call-overload]
    found = retention.churn(session=session, start=now - QUARTER, end=now, window_days=window_days)
    session.add(RollupChurn(window_days=window_days, as_of=now, active=found.active_at_start, churned=found.churned))
    session.add_all(
        SegmentRevenue(
            segment=total.key,
            currency=total.currency,
            revenue_minor=total.revenue_minor,
            customers=total.customers,
            revenue_12m=year.revenue_minor,
            customers_12m=year.customers,
        )
        for total, year in _both_windows(session, None)
    )
    session.flush()


def _stored(session: Session, window_days: int) -> LtvReport | None:
    """The report from the last rebuild's summary, or None when that rebuild did not store one for this window."""
    churn = session.get(RollupChurn, window_days)
    if churn is None or churn.as_of != rollups.as_of(session):
        return None  # before the first rebuild since the table exists, or another churn window configured
    rows = session.exec(select(SegmentRevenue)).all()
    both = sorted(
        (
            (
                RevenueRow(r.segment, r.currency, r.revenue_minor, 0, 0, r.customers, 0),
                RevenueRow(r.segment, r.currency, r.revenue_12m, 0, 0, r.customers_12m, 0),
            )
            for r in rows
        ),
        key=lambda pair: (pair[0].currency, -pair[0].revenue_minor, pair[0].key),
    )
    quarter = churn.churned / churn.active if churn.active else None
    report = _report(quarter, [b[0] for b in both], [b[1] for b in both if b[1].customers])
    return LtvReport(report.lifetime_years, report.annual_churn, report.segments, as_of=churn.as_of)


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
    key = func.coalesce(Organization.segment, literal("(no segment)"))
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
