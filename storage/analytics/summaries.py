"""Per-owner summaries of the portfolio as of the nightly rebuild, for the answers that add up every customer.

Revenue and margin by segment or owner over the trailing year, lifetime value, the channel mix per segment and
cohort retention each total several hundred thousand customers at scale; looked up through the contact and its
organization, that is a second or more on SQLite. The rebuild stores those totals per owner (and segment, currency,
kind or cohort) in a few hundred rows: everyone's answer adds up every owner's rows, a rep's or manager's only
their owners' (each contact has one owner or none, so the counts add up). The rows are as of the rebuild, owners
and segments included; the answers say so, and read the ledger again once the rebuild is older than
rollups.MAX_AGE. Erasing a person drops them (rollups.drop_summaries) until the next rebuild.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, insert, literal
from sqlmodel import Session, col, select

from storage.analytics import retention
from storage.models import (
    INTERACTION_KINDS,
    CohortRollup,
    Contact,
    ContactActivity,
    ContactRevenue,
    Organization,
    RollupChurn,
    SegmentActivity,
    SegmentRevenue,
)

# Channel preferences count the interactions with these stages' contacts.
CUSTOMER_STAGES = ("customer", "advocate")


def segment_key() -> Any:
    return func.coalesce(Organization.segment, literal("(no segment)"))


def store(session: Session, *, now: datetime, churn_window_days: int) -> None:
    """Replace every summary with the figures as of ``now``; rebuild_rollups calls it once contact_revenue and
    contact_activity are rebuilt at ``now``, in the same transaction, and then marks them current."""
    for table in (SegmentRevenue, RollupChurn, SegmentActivity, CohortRollup):
        session.exec(delete(table))  # type: ignore[call-overload]
    _store_revenue(session)
    _store_churn(session, now, churn_window_days)
    _store_activity(session)
    session.add_all(
        CohortRollup(owner_id=owner, cohort=cohort, month=month, customers=n)
        for owner, cohort, month, n in retention.cohort_counts(session, now, retention.COHORT_MONTHS, by_owner=True)
    )
    session.flush()


def _store_revenue(session: Session) -> None:
    r = ContactRevenue
    key = segment_key()

    def recent(value: Any) -> Any:
        return func.sum(case((r.purchases_12m > 0, value), else_=0))

    per_owner = (
        select(
            Contact.owner_id,
            key,
            r.currency,
            func.sum(r.revenue_minor),
            func.sum(r.costed_minor),
            func.sum(r.cost_minor),
            func.count(),
            func.sum(r.purchases),
            func.sum(r.revenue_12m),
            func.sum(r.costed_12m),
            func.sum(r.cost_12m),
            recent(1),
            func.sum(r.purchases_12m),
        )
        .select_from(r)
        .join(Contact, col(Contact.id) == r.contact_id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .group_by(Contact.owner_id, key, r.currency)
    )
    columns = [
        "owner_id",
        "segment",
        "currency",
        "revenue_minor",
        "costed_minor",
        "cost_minor",
        "customers",
        "purchases",
        "revenue_12m",
        "costed_12m",
        "cost_12m",
        "customers_12m",
        "purchases_12m",
    ]
    session.exec(insert(SegmentRevenue).from_select(columns, per_owner))  # type: ignore[call-overload]


def _store_churn(session: Session, now: datetime, window_days: int) -> None:
    """The 90-day churn behind projected lifetime value, per owner; the row of contacts without an owner is
    always written, so a store without purchases still shows which churn window the rebuild used."""
    start = now - retention.QUARTER
    found = retention.churn_by_owner(session=session, start=start, end=now, window_days=window_days)
    found.setdefault(None, retention.Churn(start, now, window_days, 0, 0))
    session.add_all(
        RollupChurn(window_days=window_days, owner_id=owner, as_of=now, active=c.active_at_start, churned=c.churned)
        for owner, c in found.items()
    )


def _store_activity(session: Session) -> None:
    a = ContactActivity
    key = segment_key()
    statement = (
        select(Contact.owner_id, key, *(func.sum(getattr(a, f"n_{kind}")) for kind in INTERACTION_KINDS))
        .select_from(a)
        .join(Contact, col(Contact.id) == a.contact_id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .where(col(Contact.stage).in_(CUSTOMER_STAGES))
        .group_by(Contact.owner_id, key)
    )
    session.add_all(
        SegmentActivity(owner_id=owner, segment=str(segment), kind=kind, interactions=int(n))
        for owner, segment, *per_kind in session.exec(statement).all()
        for kind, n in zip(INTERACTION_KINDS, per_kind, strict=True)
        if n
    )
