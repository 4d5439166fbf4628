"""Summary tables behind the insight answers at scale: rebuilt set-wise, refreshed per contact on every write.

``rebuild_rollups`` recomputes everything from the ledger in a few INSERT ... SELECT statements (the demo loader,
bulk imports and the nightly job call it). ``refresh_contact`` recomputes one contact's rows in the caller's
transaction: every purchase or interaction write, and undo, calls it, so the all-time figures are always exact.
The "12m" columns count the year before the rebuild, [as_of - 365 days, as_of): a question about the trailing year
asked within MAX_AGE of the rebuild is answered from them and says "as of <rebuild time>" (refreshing a contact keeps
that same window, so a new purchase joins the trailing-year figures at the next rebuild and the all-time ones at
once); any other window reads the ledger. The per-owner summaries (storage.analytics.summaries: revenue per
segment, lifetime value, channel mix, cohorts) are not refreshed per contact: they stay as of the rebuild (all-time
totals, owners and segments included), and the answers say so; erasing a person drops them until the next rebuild.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from itertools import product as cartesian
from typing import Any

from sqlalchemy import Select, and_, bindparam, case, delete, func, insert, literal, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage.analytics import periods
from storage.analytics.freshness import (
    CHURN_WINDOW_DAYS,
    MEASURES,
    STATE,
    SUMMARIES,
    YEAR,
    as_of,
    drop_summaries,
    serialise,
    stored_periods,
    summaries_current,
)
from storage.models import (
    INTERACTION_KINDS,
    ContactActivity,
    ContactProduct,
    ContactRevenue,
    ContactRfm,
    Interaction,
    Product,
    ProductPair,
    Purchase,
    RollupPeriod,
    RollupState,
)


def rebuild_rollups(
    session: Session, *, now: datetime, churn_window_days: int = CHURN_WINDOW_DAYS, business_tz: tzinfo = UTC
) -> None:
    """Recompute every rollup from the ledger, set-wise; the trailing-year and calendar-period columns are as of
    ``now`` (the periods in ``business_tz``, Settings.default_timezone), and so are the per-owner summaries (with
    churn over ``churn_window_days``, as the settings say)."""
    serialise(session, shared=False)
    for table in (ContactRevenue, ContactActivity, ContactProduct, ProductPair, ContactRfm, RollupPeriod):
        session.exec(delete(table))  # type: ignore[call-overload]
    session.info.pop("rollup_periods", None)
    calendar = periods.calendar(now, business_tz)
    session.add_all(RollupPeriod(name=p.name, since=p.since, until=p.until, open=p.open) for p in calendar)
    session.flush()
    bounds = _bounds(now, calendar)
    session.exec(insert(ContactRevenue).from_select(_REVENUE_COLUMNS, _revenue_rows(bounds)))  # type: ignore[call-overload]
    session.exec(insert(ContactActivity).from_select(_ACTIVITY_COLUMNS, _activity_rows(now)))  # type: ignore[call-overload]
    session.exec(insert(ContactProduct).from_select(["contact_id", "product_id"], _product_rows()))  # type: ignore[call-overload]
    a, b = aliased(ContactProduct), aliased(ContactProduct)
    pairs = (
        select(a.product_id, b.product_id, func.count())
        .join(b, col(b.contact_id) == a.contact_id)
        .group_by(a.product_id, b.product_id)
    )
    session.exec(insert(ProductPair).from_select(["a_id", "b_id", "customers"], pairs))  # type: ignore[call-overload]
    # rfm and summaries read this module's window(); import them here to keep the graph acyclic.
    from storage.analytics import rfm, summaries

    labelled = rfm.scored(session=session, now=now, from_rollup=True)
    session.exec(
        insert(ContactRfm).from_select(  # type: ignore[call-overload]
            ["contact_id", "segment", "score"], select(labelled.c.contact_id, labelled.c.segment, labelled.c.score)
        )
    )
    summaries.store(session, now=now, churn_window_days=churn_window_days)
    from storage.analytics import offer

    offer.rebuild_segment_products(session)
    for name in (STATE, SUMMARIES):
        state = session.get(RollupState, name) or RollupState(name=name)
        state.as_of = now
        state.rebuilt_at = now
        session.add(state)
    session.flush()


def refresh_contact(session: Session, *, contact_id: int) -> None:
    """Recompute one contact's rollup rows after a write; a no-op until the first rebuild."""
    if as_of(session) is None:
        return
    serialise(session, shared=True)
    # A rebuild may have committed while this waited: its instant and periods, not the ones read before.
    state = session.get(RollupState, STATE, populate_existing=True)
    at = state.as_of if state is not None else None
    if at is None:
        return
    session.flush()
    before = _revenue_of(session, contact_id)
    session.exec(delete(ContactRevenue).where(col(ContactRevenue.contact_id) == contact_id))  # type: ignore[call-overload]
    session.exec(delete(ContactActivity).where(col(ContactActivity.contact_id) == contact_id))  # type: ignore[call-overload]
    bounds = _bounds(at, stored_periods(session))
    session.connection().execute(_refresh_revenue(tuple(bounds)), {"refresh_contact_id": contact_id})
    if summaries_current(session, now=at) is not None:
        from storage.analytics.summaries import apply_revenue_change

        apply_revenue_change(session, contact_id=contact_id, before=before, after=_revenue_of(session, contact_id))
    session.connection().execute(_refresh_activity(at), {"refresh_contact_id": contact_id})
    _refresh_products(session, contact_id)


def _revenue_of(session: Session, contact_id: int) -> dict[str, dict[str, tuple[int, int, int, int]]]:
    """One contact's contact_revenue figures: currency -> period -> (revenue, costed, cost, purchases)."""
    from storage.analytics.summaries import PERIODS

    out: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    for currency, *values in session.connection().execute(_revenue_of_query(), {"contact_id": contact_id}):
        out[currency] = {
            period: tuple(int(v or 0) for v in values[i * 4 : i * 4 + 4])  # type: ignore[misc]
            for i, period in enumerate(PERIODS)
        }
    return out


@lru_cache(maxsize=1)
def _revenue_of_query() -> Any:
    from storage.analytics.summaries import PERIODS, measures

    columns = [m for period in PERIODS for m in measures(period)]
    return select(ContactRevenue.currency, *columns).where(ContactRevenue.contact_id == bindparam("contact_id"))


def forget_contact(session: Session, *, contact_id: int) -> None:
    """Drop an erased contact's rollup rows (its purchases and interactions are gone already), the RFM snapshot's
    included: no summary may still count a person who no longer exists. The per-owner summaries cannot take one
    person out of their totals as of the rebuild, so they are dropped whole: those answers are live until the next
    rebuild (erasures are rare)."""
    refresh_contact(session, contact_id=contact_id)
    session.exec(delete(ContactRfm).where(col(ContactRfm.contact_id) == contact_id))  # type: ignore[call-overload]
    drop_summaries(session)


def _refresh_products(session: Session, contact_id: int) -> None:
    old = set(session.exec(select(ContactProduct.product_id).where(ContactProduct.contact_id == contact_id)).all())
    bought = select(Purchase.product_id).where(Purchase.contact_id == contact_id, col(Purchase.product_id).is_not(None))
    new = {int(p) for p in session.exec(bought.distinct()).all() if p is not None}
    if old == new:
        return
    deltas: dict[tuple[int, int], int] = {}
    for pair in cartesian(old, old):
        deltas[pair] = deltas.get(pair, 0) - 1
    for pair in cartesian(new, new):
        deltas[pair] = deltas.get(pair, 0) + 1
    for (a, b), delta in deltas.items():
        if not delta:
            continue
        changed = session.exec(
            update(ProductPair)  # type: ignore[call-overload]
            .where(col(ProductPair.a_id) == a, col(ProductPair.b_id) == b)
            .values(customers=col(ProductPair.customers) + delta)
        )
        if not changed.rowcount:
            session.add(ProductPair(a_id=a, b_id=b, customers=delta))
    session.flush()
    session.exec(delete(ProductPair).where(col(ProductPair.customers) <= 0))  # type: ignore[call-overload]
    session.exec(delete(ContactProduct).where(col(ContactProduct.contact_id) == contact_id))  # type: ignore[call-overload]
    session.add_all([ContactProduct(contact_id=contact_id, product_id=p) for p in new])
    session.flush()


# The measures contact_revenue keeps per window: columns "<measure>_<window>" (revenue_12m, cost_ytd ...).
_REVENUE_COLUMNS = [
    "contact_id",
    "currency",
    "revenue_minor",
    "costed_minor",
    "cost_minor",
    "purchases",
    "first_at",
    "last_at",
    *(f"{measure}_{period}" for period in ("12m", *periods.CALENDAR) for measure in MEASURES),
]
_ACTIVITY_COLUMNS = ["contact_id", "touches", "first_at", "last_at"] + [f"n_{k}" for k in INTERACTION_KINDS]


# Where the windows that run up to "now" stop counting: never. The trailing year and the running periods count
# every purchase from their start on, so a purchase written after the rebuild is in its contact's row as soon as
# refresh_contact runs (refresh on write), and an answer read from the rollups counts it.
OPEN_END = datetime(9999, 1, 1, tzinfo=UTC)


def _bounds(at: datetime, stored: Any) -> list[tuple[datetime, datetime]]:
    """[since, until) of the trailing year and of each calendar period (CALENDAR's order), as of ``at``: the
    trailing year and the running periods open-ended (see OPEN_END), the closed periods to their end."""
    by_name = {p.name: p for p in stored}
    out = [(at - YEAR, OPEN_END)]
    for name in periods.CALENDAR:
        period = by_name.get(name)
        if period is None:  # a store rebuilt before the periods existed: count nothing until its next rebuild
            out.append((at, at))
        else:
            out.append((period.since, OPEN_END if period.open else period.until))
    return out


@lru_cache(maxsize=8)
def _refresh_revenue(bounds: tuple[tuple[datetime, datetime], ...]) -> Any:
    """The per-contact INSERT ... SELECT of a write's refresh, built once per rebuild's bounds: building the
    expression (thirty-odd CASE sums) cost more than running it."""
    rows = _revenue_rows(list(bounds)).where(Purchase.contact_id == bindparam("refresh_contact_id"))
    return insert(ContactRevenue).from_select(_REVENUE_COLUMNS, rows)


@lru_cache(maxsize=8)
def _refresh_activity(at: datetime) -> Any:
    rows = _activity_rows(at).where(Interaction.contact_id == bindparam("refresh_contact_id"))
    return insert(ContactActivity).from_select(_ACTIVITY_COLUMNS, rows)


def _revenue_rows(bounds: list[tuple[datetime, datetime]], contact_id: int | None = None) -> Select[Any]:
    # The same rule as revenue._costed(): a cost counts only when the product is costed in the purchase's currency.
    known = and_(col(Product.unit_cost_minor).is_not(None), Product.currency == Purchase.currency)
    costed = case((known, Purchase.amount_minor), else_=0)
    cost = case((known, Purchase.quantity * Product.unit_cost_minor), else_=0)

    def within(since: datetime, until: datetime, value: Any) -> Any:
        return func.sum(case((and_(Purchase.purchased_at >= since, Purchase.purchased_at < until), value), else_=0))

    statement = (
        select(
            Purchase.contact_id,
            Purchase.currency,
            func.sum(Purchase.amount_minor),
            func.sum(costed),
            func.sum(cost),
            func.count(),
            func.min(Purchase.purchased_at),
            func.max(Purchase.purchased_at),
            *(
                within(since, until, value)
                for since, until in bounds
                for value in (Purchase.amount_minor, costed, cost, literal(1))
            ),
        )
        .select_from(Purchase)
        .outerjoin(Product, col(Product.id) == Purchase.product_id)
        .group_by(Purchase.contact_id, Purchase.currency)
    )
    return statement if contact_id is None else statement.where(Purchase.contact_id == contact_id)


def _activity_rows(at: datetime, contact_id: int | None = None) -> Select[Any]:
    # As the ledger queries count them: the rhythm over [at - 365 d, at], the channels over [at - 365 d, at).
    before = Interaction.occurred_at < at
    per_kind = [func.sum(case((and_(Interaction.kind == kind, before), 1), else_=0)) for kind in INTERACTION_KINDS]
    statement = (
        select(
            Interaction.contact_id,
            func.count(),
            func.min(Interaction.occurred_at),
            func.max(Interaction.occurred_at),
            *per_kind,
        )
        .where(Interaction.occurred_at >= at - YEAR, Interaction.occurred_at <= at)
        .group_by(Interaction.contact_id)
    )
    return statement if contact_id is None else statement.where(Interaction.contact_id == contact_id)


def _product_rows(contact_id: int | None = None) -> Select[Any]:
    statement = select(Purchase.contact_id, Purchase.product_id).where(col(Purchase.product_id).is_not(None)).distinct()
    return statement if contact_id is None else statement.where(Purchase.contact_id == contact_id)
