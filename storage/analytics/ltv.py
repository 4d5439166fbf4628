"""Lifetime value: historical per customer, and average plus projected per segment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from storage.analytics import retention
from storage.analytics.revenue import revenue_by

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


def by_segment(*, session: Session, now: datetime, window_days: int) -> LtvReport:
    year_ago = now - timedelta(days=365)
    quarter = retention.churn(session=session, start=now - timedelta(days=90), end=now, window_days=window_days).rate
    lost = None if quarter is None else 1.0 - (1.0 - quarter) ** (365 / 90)
    years = MAX_LIFETIME_YEARS if not lost else min(MAX_LIFETIME_YEARS, 1.0 / lost)
    recent = {
        (r.key, r.currency): r for r in revenue_by(session=session, dimension="segment", since=year_ago, until=now)
    }
    rows = []
    for row in revenue_by(session=session, dimension="segment", since=None, until=now):
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
