"""Every insight figure on the hand-made data set (tests/insights/dataset.py), worked out by hand below.

Runs on SQLite and, when configured, PostgreSQL: the queries differ per dialect in a few places.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from storage.analytics import cross_sell, customers, ltv, pipeline, retention, revenue, rfm, rollups, week
from storage.db import make_engine, session_factory
from storage.models import Staff
from tests.insights.dataset import NOW, build

YEAR_AGO = NOW - timedelta(days=365)
PROBABILITIES = {"qualification": 0.1, "proposal": 0.3, "negotiation": 0.6, "won": 1.0, "lost": 0.0}
LIMITS = {"qualification": 14.0, "proposal": 21.0, "negotiation": 30.0}


@pytest.fixture(params=["ledger", "rollups"])
def data(any_db_url: str, request: pytest.FixtureRequest) -> Iterator[tuple[Session, dict[str, int]]]:
    """Every figure twice: straight from the ledger, and from the rollups rebuilt at NOW (same answers)."""
    engine = make_engine(any_db_url)
    with session_factory(engine)() as session:
        ids = build(session)
        if request.param == "rollups":
            rollups.rebuild_rollups(session, now=NOW)
        session.commit()
        yield session, ids
    engine.dispose()


def test_revenue_and_margin_by_segment(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    rows = revenue.revenue_by(session=session, dimension="segment", since=YEAR_AGO, until=NOW)
    got = {(r.key, r.currency): r for r in rows}
    # Alpha (enterprise): A1 600 + 300 (the 400-day-old Support is outside) and A2 300 = 1,200 EUR.
    # Costed: Premium only (Onboarding has no cost): 600 + 300 = 900, cost 2x100 + 1x100 = 300, margin 600.
    ent = got[("enterprise", "EUR")]
    assert (ent.revenue_minor, ent.costed_minor, ent.cost_minor, ent.margin_minor) == (120000, 90000, 30000, 60000)
    assert (ent.customers, ent.purchases) == (2, 3)
    # Beta (SMB): two Support at 50, cost 20 each: margin 60.
    smb = got[("SMB", "EUR")]
    assert (smb.revenue_minor, smb.margin_minor, smb.customers) == (10000, 6000, 1)
    # Cid pays in USD for a product costed in EUR: revenue counted, no margin, never added to EUR.
    usd = got[("(no segment)", "USD")]
    assert (usd.revenue_minor, usd.margin_minor) == (40000, None)
    everything = revenue.revenue_by(session=session, dimension="segment", since=None, until=NOW)
    assert {(r.key, r.currency): r.revenue_minor for r in everything}[("enterprise", "EUR")] == 125000


def test_revenue_by_owner_and_organization(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    by_owner = revenue.revenue_by(session=session, dimension="owner", since=YEAR_AGO, until=NOW)
    assert {(r.key, r.currency): r.revenue_minor for r in by_owner} == {
        ("Rita Rep", "EUR"): 130000,
        ("Rita Rep", "USD"): 40000,
    }
    by_org = revenue.revenue_by(session=session, dimension="organization", since=YEAR_AGO, until=NOW)
    assert [(r.key, r.revenue_minor) for r in by_org if r.currency == "EUR"] == [("Alpha", 120000), ("Beta", 10000)]


def test_top_bottom_and_profit_ranking(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    top = revenue.customers_ranked(session=session, since=YEAR_AGO, until=NOW, limit=2)
    assert [(f.contact_id, f.currency, f.revenue_minor) for f in top] == [
        (ids["A1"], "EUR", 90000),
        (ids["A2"], "EUR", 30000),
        (ids["C"], "USD", 40000),
    ]
    bottom = revenue.customers_ranked(session=session, since=YEAR_AGO, until=NOW, limit=1, bottom=True)
    assert [(f.contact_id, f.revenue_minor) for f in bottom] == [(ids["B1"], 10000), (ids["C"], 40000)]
    # Profit: A1 600 - 200 = 400, A2 300 - 100 = 200, B1 100 - 40 = 60; Cid has no costed purchase.
    profit = revenue.customers_ranked(session=session, since=YEAR_AGO, until=NOW, by="profit", limit=5)
    assert [(f.contact_id, f.margin_minor) for f in profit] == [
        (ids["A1"], 40000),
        (ids["A2"], 20000),
        (ids["B1"], 6000),
    ]


def test_products_bought_and_not(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    bought, never = revenue.products_of(session=session, contact_ids=[ids["B1"]])
    assert [(u.product, u.quantity, u.revenue_minor) for u in bought] == [("Support", 2, 10000)]
    assert never == ["Onboarding", "Premium"]


def test_rfm_segments(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    # Recency (last purchase, days ago): A2 200, B1 40, C 20, A1 9 -> cumulative shares .25 .5 .75 1 -> R 2 3 4 5.
    # Frequency: A2 1, C 1, B1 2, A1 3 -> shares .5 .5 .75 1 -> F 3 3 4 5.
    # Monetary within EUR: B1 100, A2 300, A1 950 -> 1/3 2/3 1 -> M 2 4 5; Cid alone in USD -> M 5.
    # FM = ceil((F+M)/2): A1 5, A2 4, B1 3, C 4. A1 and C champions (R>=4, FM>=4); B1 loyal; A2 at risk (R<=2, FM>=3).
    found = {s.name: s for s in rfm.segments(session=session, now=NOW)}
    assert {name: s.customers for name, s in found.items()} == {
        "champions": 2,
        "loyal": 1,
        "promising": 0,
        "at risk": 1,
        "hibernating": 0,
    }
    assert sorted(found["champions"].examples) == ["Anna One", "Cid Free"]
    assert found["at risk"].examples == ["Abel Two"]


def test_churn_and_lifetime_value(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    # Active at the start (a purchase in the 180 days before now-90d): A2 (200d) and B1 (100d).
    # Active at the end (a purchase in the last 180 days): A1, B1, C. A2 churned: 1 of 2.
    found = retention.churn(session=session, start=NOW - timedelta(days=90), end=NOW, window_days=180)
    assert (found.active_at_start, found.churned, found.rate) == (2, 1, 0.5)
    report = ltv.by_segment(session=session, now=NOW, window_days=180)
    annual_churn = 1 - 0.5 ** (365 / 90)
    assert report.annual_churn == pytest.approx(annual_churn)
    assert report.lifetime_years == pytest.approx(1 / annual_churn)
    ent = next(s for s in report.segments if s.segment == "enterprise" and s.currency == "EUR")
    # Historical: 1,250 EUR over 2 customers; last 12 months: 1,200 over 2 = 600 a year.
    assert (ent.customers, ent.average_minor, ent.annual_minor) == (2, 62500, 60000)
    assert ent.projected_minor == round(60000 / annual_churn)


def test_cohort_retention(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    # A1's first purchase is 400 days old (before the 12 cohorts). A2 first bought 24 Aug 2025, B1 2 Dec 2025
    # and again 31 Jan 2026, Cid 20 Feb 2026.
    found = retention.cohorts(session=session, now=NOW, months=12)
    assert [(c.month, c.size, c.retained) for c in found] == [
        ("2025-08", 1, [1, 0, 0, 0, 0, 0, 0, 0]),
        ("2025-12", 1, [1, 1, 0, 0]),
        ("2026-02", 1, [1, 0]),
    ]
    assert found[1].share(1) == 1.0


def test_pipeline_win_rate_idle_lifecycle(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    rows = {
        r.stage: r
        for r in pipeline.by_stage(session=session, probabilities=PROBABILITIES, closed_since=NOW - timedelta(days=90))
    }
    assert (rows["qualification"].count, rows["qualification"].value, rows["qualification"].weighted) == (
        1,
        {"EUR": 100000},
        {"EUR": 10000},
    )
    assert rows["proposal"].count == 2
    assert rows["proposal"].weighted == {"EUR": 60000, "USD": 90000}
    assert rows["negotiation"].count == 0
    # d6 was won 200 days ago: outside the 90-day closed window here, inside the 365-day win rate below.
    assert (rows["won"].count, rows["won"].value, rows["lost"].count) == (1, {"EUR": 400000}, 1)
    rate = pipeline.win_rate(session=session, since=YEAR_AGO, until=NOW)
    assert (rate.won, rate.lost, rate.won_value) == (2, 1, {"EUR": 450000})
    assert rate.rate == pytest.approx(2 / 3)
    total, idle = pipeline.idle(session=session, limits=LIMITS, now=NOW)
    assert total == 2
    assert [(d.title, d.days_in_stage, d.limit_days) for d in idle] == [("d3", 30, 21), ("d1", 20, 14)]
    assert pipeline.lifecycle(session=session) == [
        ("prospect", 0),
        ("lead", 1),
        ("customer", 4),
        ("advocate", 0),
        ("churned", 0),
    ]


def test_risk_ranking_and_channels(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    # A2: silent 200 days, no rhythm -> 200 / 21 (floor). B1: touches 10 days apart, floor 21 -> 50 / 21.
    # A1: every 30 days, silent 10 -> 10 / 30. Cid was never touched: not ranked.
    rows = customers.risk_ranking(session=session, now=NOW, floor_days=21)
    assert [(r.contact_id, r.silent_days) for r in rows] == [(ids["A2"], 200), (ids["B1"], 50), (ids["A1"], 10)]
    assert [round(r.ratio, 3) for r in rows] == [round(200 / 21, 3), round(50 / 21, 3), round(10 / 30, 3)]
    assert rows[2].cadence_days == pytest.approx(30.0)
    mix = customers.channels(session=session, since=YEAR_AGO, until=NOW, contact_ids=[ids["A1"]])
    assert mix == [("Anna One", "call", 2), ("Anna One", "email", 1), ("Anna One", "meeting", 1)]


def test_cross_sell_rules_and_targets(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    # Premium: A1 A2 C; Onboarding: A1; Support: A1 B1; 4 buyers in all.
    assert cross_sell.rules(session=session, thresholds=cross_sell.Thresholds()) == []  # nothing has 3 buyers
    found = cross_sell.rules(session=session, thresholds=cross_sell.Thresholds(min_customers=1, min_lift=1.0))
    assert [(r.a, r.b, r.both, r.a_customers) for r in found] == [
        ("Onboarding", "Premium", 1, 1),
        ("Onboarding", "Support", 1, 1),
        ("Support", "Onboarding", 1, 2),
    ]
    assert found[0].lift == pytest.approx(1 / (3 / 4))
    targets = cross_sell.bought_a_not_b(session=session, a_id=ids["premium"], b_id=ids["onboarding"])
    assert [name for _, name, _ in targets] == ["Abel Two", "Cid Free"]


def test_week(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    rep = session.exec(select(Staff).where(Staff.id == ids["rep"])).one()
    assert [s.id for s in week.visible_staff(session=session, member=rep)] == [rep.id]
    (row,) = week.week(session=session, staff=[rep], since=NOW - timedelta(days=7), now=NOW)
    assert (row.logged, row.by_kind, row.done, row.overdue, row.coming) == (1, {"call": 1}, 1, 1, 1)
