"""Per-owner summaries of the portfolio as of the nightly rebuild, for the answers that add up every customer.

Revenue and margin by segment, tag or owner (all time, the trailing year, the calendar periods), lifetime value,
the channel mix per segment and cohort retention each total several hundred thousand customers at scale; looked up
through the contact and its organization, that is a second or more on SQLite. The rebuild stores those totals per
owner (and segment or tag, currency, period, kind or cohort) in a few thousand rows: everyone's answer adds up every owner's rows, a rep's or manager's only
their owners' (each contact has one owner or none, so the counts add up). The rows are as of the rebuild, owners
and segments included; the answers say so, and read the ledger again once the rebuild is older than
freshness.MAX_AGE. Erasing a person drops them (freshness.drop_summaries) until the next rebuild.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, literal
from sqlmodel import Session, col, select

from storage.analytics import freshness, periods, retention
from storage.models import (
    INTERACTION_KINDS,
    CohortRollup,
    Contact,
    ContactActivity,
    ContactRevenue,
    ContactTag,
    Organization,
    PortfolioSummary,
    RollupChurn,
    SegmentActivity,
)

PERIODS = ("all", "12m", *periods.CALENDAR)
# Channel preferences count the interactions with these stages' contacts.
CUSTOMER_STAGES = ("customer", "advocate")


def segment_key() -> Any:
    return func.coalesce(Organization.segment, literal("(no segment)"))


def store(session: Session, *, now: datetime, churn_window_days: int) -> None:
    """Replace every summary with the figures as of ``now``; rebuild_rollups calls it once contact_revenue and
    contact_activity are rebuilt at ``now``, in the same transaction, and then marks them current."""
    for table in (PortfolioSummary, RollupChurn, SegmentActivity, CohortRollup):
        session.exec(delete(table))  # type: ignore[call-overload]
    for dimension in ("segment", "tag"):
        _store_revenue(session, dimension)
    _store_churn(session, now, churn_window_days)
    _store_activity(session)
    session.add_all(
        CohortRollup(owner_id=owner, cohort=cohort, month=month, customers=n)
        for owner, cohort, month, n in retention.cohort_counts(session, now, retention.COHORT_MONTHS, by_owner=True)
    )
    session.flush()


def measures(period: str) -> tuple[Any, Any, Any, Any]:
    """contact_revenue's revenue, costed revenue, cost and purchase count columns for a period."""
    r = ContactRevenue
    if period == "all":
        return r.revenue_minor, r.costed_minor, r.cost_minor, r.purchases
    return tuple(getattr(r, f"{m}_{period}") for m in freshness.MEASURES)  # type: ignore[return-value]


def _store_revenue(session: Session, dimension: str) -> None:
    """One pass over contact_revenue per dimension: every period's sums per (owner, key, currency), unpivoted into
    a row per period with purchases in it."""
    r = ContactRevenue
    statement = select().select_from(r).join(Contact, col(Contact.id) == r.contact_id)
    if dimension == "segment":
        statement = statement.outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        key = segment_key()
    else:
        statement = statement.outerjoin(ContactTag, col(ContactTag.contact_id) == Contact.id)
        key = func.coalesce(ContactTag.tag, literal("(untagged)"))
    sums = []
    for period in PERIODS:
        revenue, costed, cost, n = measures(period)
        sums += [func.sum(revenue), func.sum(costed), func.sum(cost), func.sum(case((n > 0, 1), else_=0)), func.sum(n)]
    statement = statement.add_columns(Contact.owner_id, key, r.currency, *sums).group_by(
        Contact.owner_id, key, r.currency
    )
    rows = []
    for owner, name, currency, *figures in session.exec(statement).all():
        for i, period in enumerate(PERIODS):
            revenue, costed, cost, customers, purchases = (int(v or 0) for v in figures[i * 5 : i * 5 + 5])
            if purchases:
                rows.append(
                    PortfolioSummary(
                        owner_id=owner,
                        dimension=dimension,
                        key=str(name),
                        currency=currency,
                        period=period,
                        revenue_minor=revenue,
                        costed_minor=costed,
                        cost_minor=cost,
                        customers=customers,
                        purchases=purchases,
                    )
                )
    session.add_all(rows)


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


Figures = dict[str, dict[str, tuple[int, int, int, int]]]  # currency -> period -> (revenue, costed, cost, purchases)


def apply_revenue_change(session: Session, *, contact_id: int, before: Figures, after: Figures) -> None:
    """Refresh on write: move one contact's change in contact_revenue into the per-owner summaries, so revenue by
    segment, tag or owner, the rankings and lifetime value count a purchase (or its undo) the moment it is written.
    The change is filed under the contact's owner, segment and tags as they are now."""
    changes = []
    for currency in set(before) | set(after):
        for period in PERIODS:
            old = before.get(currency, {}).get(period, (0, 0, 0, 0))
            new = after.get(currency, {}).get(period, (0, 0, 0, 0))
            delta = tuple(n - o for n, o in zip(new, old, strict=True))
            customers = int(new[3] > 0) - int(old[3] > 0)
            if any(delta) or customers:
                changes.append((currency, period, delta, customers))
    if not changes:
        return
    contact = session.get(Contact, contact_id)
    if contact is None:
        return
    org = session.get(Organization, contact.organization_id) if contact.organization_id else None
    tags = list(session.exec(select(ContactTag.tag).where(ContactTag.contact_id == contact_id))) or ["(untagged)"]
    keys = [("segment", (org.segment if org and org.segment else "(no segment)"))] + [("tag", t) for t in tags]
    # One read of every row the change touches, one flush: a write's refresh stays a few milliseconds.
    existing = {
        (row.dimension, row.key, row.currency, row.period): row
        for row in session.exec(
            select(PortfolioSummary).where(
                PortfolioSummary.owner_id == contact.owner_id
                if contact.owner_id is not None
                else col(PortfolioSummary.owner_id).is_(None),
                col(PortfolioSummary.key).in_([k for _, k in keys]),
                col(PortfolioSummary.currency).in_(sorted({c for c, *_ in changes})),
            )
        )
    }
    for currency, period, (revenue, costed, cost, purchases), customers in changes:
        for dimension, key in keys:
            row = existing.get((dimension, key, currency, period))
            if row is None:
                row = PortfolioSummary(
                    owner_id=contact.owner_id, dimension=dimension, key=key, currency=currency, period=period,
                    revenue_minor=0, costed_minor=0, cost_minor=0, customers=0, purchases=0,
                )  # fmt: skip
                existing[(dimension, key, currency, period)] = row
            row.revenue_minor += revenue
            row.costed_minor += costed
            row.cost_minor += cost
            row.purchases += purchases
            row.customers += customers
            if row.purchases <= 0:
                if row.id is not None:
                    session.delete(row)
            else:
                session.add(row)
    session.flush()
