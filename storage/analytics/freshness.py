"""How fresh the stored figures are, and which stored columns answer a window: read by every analytics query.

The rebuild itself (``storage.analytics.rollups``) writes what this module reads; keeping the two apart keeps
the queries (revenue, retention, rfm, summaries, offer) from importing the code that calls them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, text
from sqlmodel import Session, col, select

from storage.models import CohortRollup, PortfolioSummary, RollupChurn, RollupPeriod, RollupState, SegmentActivity

STATE = "insights"
SUMMARIES = "summaries"  # the per-owner summaries: written by the same rebuild, absent until one has run
YEAR = timedelta(days=365)
# How long after a rebuild trailing-year questions are still answered from it (the job runs nightly).
MAX_AGE = timedelta(hours=26)
# Settings.churn_window_days' default: the churn stored for lifetime value when the caller does not say otherwise.
CHURN_WINDOW_DAYS = 180

# "all", "12m", or a calendar period's name (periods.CALENDAR): which contact_revenue columns answer a window.
Window = str


def as_of(session: Session) -> datetime | None:
    state = session.get(RollupState, STATE)
    return state.as_of if state is not None else None


def summaries_current(session: Session, *, now: datetime) -> datetime | None:
    """The instant of the rebuild that stored the per-owner summaries (storage.analytics.summaries), when it is
    the last rebuild (a store migrated since has none yet; an erasure drops them) and at most MAX_AGE before
    ``now``: owners, segments and back-dated purchases move on, and a closed period too must not be answered from
    an old snapshot (the per-contact rollup, refreshed on every write, answers it then); else None."""
    state = session.get(RollupState, SUMMARIES)
    if state is None or state.as_of != as_of(session) or not state.as_of <= now <= state.as_of + MAX_AGE:
        return None
    return state.as_of


def summaries_as_of(session: Session, *, since: datetime | None, until: datetime) -> datetime | None:
    """When the per-owner summaries answer the trailing year [since, until): the rebuild's instant, or None."""
    if window(session, since=since, until=until) != "12m":
        return None
    return summaries_current(session, now=until)


def drop_summaries(session: Session) -> None:
    """Forget the per-owner summaries until the next rebuild (they cannot take one person out of their totals)."""
    serialise(session, shared=True)
    for table in (PortfolioSummary, RollupChurn, SegmentActivity, CohortRollup):
        session.exec(delete(table))  # type: ignore[call-overload]
    session.exec(delete(RollupState).where(col(RollupState.name) == SUMMARIES))  # type: ignore[call-overload]


def window(session: Session, *, since: datetime | None, until: datetime) -> Window | None:
    """Which rollup columns answer purchases in [since, until), or None when only the ledger can.

    All time is exact (every write refreshes its contact's rows). The trailing year and the open calendar
    periods (this month, quarter, year so far) are the rebuild's, asked within MAX_AGE of it; a closed period
    (last month, quarter, year) is the rebuild's when its bounds are those the rebuild counted."""
    at = as_of(session)
    if at is None:
        return None
    if since is None:
        return "all" if until >= at else None  # purchases are never recorded after their "now"
    recent = at <= until <= at + MAX_AGE
    if recent and since == until - YEAR:
        return "12m"
    for period in stored_periods(session):
        if period.since != since:
            continue
        # A running period answers a window that ends within it, soon after the rebuild ("this month" asked
        # today); a closed period only itself. "Last month" asked just after midnight on the 1st is not the
        # running month the rebuild counted up to the evening before: the ledger answers it.
        if (period.open and recent and until < period.until) or (not period.open and period.until == until):
            return period.name
    return None


# PostgreSQL advisory lock: a rebuild (exclusive) and the per-contact refreshes of writes and erasures (shared)
# take turns, so a write made during the nightly rebuild waits for it and then refreshes the rows it committed,
# instead of failing on them or leaving an erased person's row behind. SQLite's single writer does this already.
_LOCK_KEY = 0x5241_5050


def serialise(session: Session, *, shared: bool) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    session.execute(text(f"SELECT {function}(:key)"), {"key": _LOCK_KEY})


def stored_periods(session: Session) -> list[RollupPeriod]:
    """The calendar periods of the last rebuild, remembered for the unit of work (a rebuild replaces them)."""
    memo: dict[datetime | None, list[RollupPeriod]] = session.info.setdefault("rollup_periods", {})
    at = as_of(session)
    if at not in memo:
        memo.clear()
        # populate_existing: a rebuild replaces the rows under the same names; never trust objects held from before.
        memo[at] = list(session.exec(select(RollupPeriod).execution_options(populate_existing=True)).all())
    return memo[at]


# The money columns of contact_revenue, per window.
MEASURES = ("revenue", "costed", "cost", "purchases")
