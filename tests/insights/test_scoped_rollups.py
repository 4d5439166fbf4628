"""A scoped asker (a rep or manager) gets the same figures from the rollup fast paths as from the ledger, with the
scope's owners holding most contacts (the contacts of everyone else are excluded) or few (theirs are listed),
on both backends; and erasing a person leaves no rollup row behind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from typing import Any

import pytest
from sqlalchemy import delete
from sqlmodel import Session, col, select

from storage import models
from storage.analytics import customers, freshness, ltv, periods, retention, revenue, rfm, rollups
from storage.analytics._sql import _owned_share, dialect
from storage.db import make_engine, session_factory
from storage.models import ContactActivity, ContactRevenue, ContactRfm, RollupState
from storage.privacy import person
from tests.insights.dataset import NOW, ago, build

YEAR_AGO = NOW - freshness.YEAR
YTD, LAST_MONTH, QTD, LAST_QUARTER = (periods.named(NOW, UTC, name) for name in ("ytd", "lm", "qtd", "lq"))
Question = Callable[[Session, frozenset[int]], Any]


def ltv_figures(report: ltv.LtvReport) -> tuple[object, ...]:
    return report.lifetime_years, report.annual_churn, report.segments


QUESTIONS: dict[str, Question] = {
    "revenue by segment": lambda s, o: revenue.revenue_by(
        session=s, dimension="segment", since=None, until=NOW, owner_ids=o
    ),
    "revenue by segment, last year": lambda s, o: revenue.revenue_by(
        session=s, dimension="segment", since=YEAR_AGO, until=NOW, owner_ids=o
    ),
    "revenue by owner, last year": lambda s, o: revenue.revenue_by(
        session=s, dimension="owner", since=YEAR_AGO, until=NOW, owner_ids=o
    ),
    "revenue by owner, this year": lambda s, o: revenue.revenue_by(
        session=s, dimension="owner", since=YTD.since, until=NOW, owner_ids=o
    ),
    "revenue by tag, last month": lambda s, o: revenue.revenue_by(
        session=s, dimension="tag", since=LAST_MONTH.since, until=LAST_MONTH.until or NOW, owner_ids=o
    ),
    "revenue by organization, this quarter": lambda s, o: revenue.revenue_by(
        session=s, dimension="organization", since=QTD.since, until=NOW, owner_ids=o
    ),
    "top customers, last quarter": lambda s, o: revenue.customers_ranked(
        session=s, since=LAST_QUARTER.since, until=LAST_QUARTER.until or NOW, owner_ids=o
    ),
    "revenue by tag, last year": lambda s, o: revenue.revenue_by(
        session=s, dimension="tag", since=YEAR_AGO, until=NOW, owner_ids=o
    ),
    "top customers": lambda s, o: revenue.customers_ranked(session=s, since=None, until=NOW, owner_ids=o),
    "top by profit, last year": lambda s, o: revenue.customers_ranked(
        session=s, since=YEAR_AGO, until=NOW, by="profit", owner_ids=o
    ),
    "bottom customers": lambda s, o: revenue.customers_ranked(
        session=s, since=None, until=NOW, bottom=True, owner_ids=o
    ),
    "churn": lambda s, o: retention.churn(
        session=s, start=NOW - timedelta(days=90), end=NOW, window_days=180, owner_ids=o
    ),
    "cohorts": lambda s, o: retention.cohorts(session=s, now=NOW, months=12, owner_ids=o),
    "rfm": lambda s, o: rfm.segments(session=s, now=NOW, owner_ids=o),
    # After a rebuild at NOW the answer reads the per-owner summary and says "as of NOW": its figures must match.
    "lifetime value": lambda s, o: ltv_figures(ltv.by_segment(session=s, now=NOW, window_days=180, owner_ids=o)),
    "channels": lambda s, o: customers.channels(session=s, since=YEAR_AGO, until=NOW, owner_ids=o),
    "risk": lambda s, o: customers.risk_ranking(session=s, now=NOW, floor_days=30, owner_ids=o),
}


@pytest.fixture
def data(any_db_url: str) -> Iterator[tuple[Session, dict[str, frozenset[int]]]]:
    """The hand-made data set, with Bea given to a second rep and Cid to nobody: scopes of most and of few."""
    engine = make_engine(any_db_url)
    with session_factory(engine)() as session:
        ids = build(session)
        other = models.Staff(handle="otto", display_name="Otto Other", role="rep", created_at=ago(500))
        session.add(other)
        session.flush()
        assert other.id is not None
        for key, owner in (("B1", other.id), ("C", None)):
            contact = session.get(models.Contact, ids[key])
            assert contact is not None
            contact.owner_id = owner
            session.add(contact)
        session.flush()
        scopes = {
            "most": frozenset({ids["rep"]}),
            "few": frozenset({other.id}),
            "both": frozenset({ids["rep"], other.id}),
        }
        yield session, scopes
    engine.dispose()


def test_scoped_fast_paths_equal_the_ledger(data: tuple[Session, dict[str, frozenset[int]]]) -> None:
    session, scopes = data
    assert freshness.as_of(session) is None  # no rollups yet: every figure below comes from the ledger
    ledger = {(q, s): ask(session, owners) for q, ask in QUESTIONS.items() for s, owners in scopes.items()}
    rollups.rebuild_rollups(session, now=NOW)
    session.info.clear()  # the choice of filter form is remembered per unit of work; choose afresh
    for (question, scope), expected in ledger.items():
        assert QUESTIONS[question](session, scopes[scope]) == expected, (question, scope)
    # Both filter forms were exercised (on SQLite; PostgreSQL always lists the owners' contacts).
    if dialect(session) == "sqlite":
        assert _owned_share(session, sorted(scopes["most"])) > 0.5 > _owned_share(session, sorted(scopes["few"])) > 0.1
    # The scoped figures really are narrower than everyone's.
    top = revenue.customers_ranked(session=session, since=None, until=NOW, owner_ids=scopes["few"])
    assert [f.name for f in top] == ["Bea One"]


def test_erasure_leaves_no_rollup_rows(data: tuple[Session, dict[str, frozenset[int]]]) -> None:
    session, scopes = data
    rollups.rebuild_rollups(session, now=NOW)
    bea = session.exec(select(models.Contact).where(models.Contact.full_name == "Bea One")).one()
    assert bea.id is not None
    before = QUESTIONS["rfm"](session, scopes["both"])
    person.erase(session=session, contact=bea, anonymize=False, now=NOW)
    session.flush()
    for table in (ContactRevenue, ContactActivity, ContactRfm):
        left = session.exec(select(table).where(col(table.contact_id) == bea.id)).all()  # type: ignore[attr-defined]
        assert not left, table
    session.info.clear()
    after = QUESTIONS["rfm"](session, scopes["both"])
    assert sum(s.customers for s in after) == sum(s.customers for s in before) - 1
    for question, ask in QUESTIONS.items():  # the fast paths still agree with the ledger
        for scope, owners in scopes.items():
            assert ask(session, owners) == _from_the_ledger(session, ask, owners), (question, scope)


def _from_the_ledger(session: Session, ask: Question, owners: frozenset[int]) -> Any:
    """The answer with the rollups out of the way (no rebuild recorded), inside a savepoint rolled back after."""
    with session.begin_nested() as nested:
        session.exec(delete(RollupState))  # type: ignore[call-overload]
        session.flush()
        answer = ask(session, owners)
        nested.rollback()
    return answer
