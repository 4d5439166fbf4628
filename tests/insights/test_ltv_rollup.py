"""The stored lifetime-value summary (portfolio_summary, rollup_churn) equals a live computation after a rebuild,
stays as of that rebuild afterwards, serves everyone's figures and each scope's (its owners' rows); both backends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete
from sqlmodel import Session, select

from storage.analytics import freshness, ltv, rollups
from storage.analytics.revenue import revenue_by
from storage.models import Contact, Organization, PortfolioSummary, RollupChurn, Staff
from storage.privacy import person
from tests.insights.dataset import NOW, buy_premium
from tests.support import Chat

LATER = NOW + timedelta(hours=2)


def figures(report: ltv.LtvReport) -> tuple[object, ...]:
    return report.lifetime_years, report.annual_churn, report.segments


def test_stored_figures_equal_a_live_computation_after_a_rebuild(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    ledger = ltv.by_segment(session=session, now=NOW, window_days=180)
    rollups.rebuild_rollups(session, now=NOW)
    stored = ltv.by_segment(session=session, now=NOW, window_days=180)
    live = ltv.by_segment(session=session, now=NOW, window_days=180, from_rollup=False)
    assert (stored.as_of, live.as_of, ledger.as_of) == (NOW, None, None)
    assert figures(stored) == figures(live) == figures(ledger)
    assert stored.annual_churn == pytest.approx(1 - 0.5 ** (365 / 90))  # A2 of A2, B1 churned (test_figures)

    # Changes since: a purchase, a contact's company now in a segment, and a later rebuild with another window.
    buy_premium(session, ids, "D", NOW)
    gamma = Organization(name="Gamma", name_key="gamma", segment="mid-market", created_at=NOW, updated_at=NOW)
    session.add(gamma)
    session.flush()
    cid = session.get(Contact, ids["C"])
    assert cid is not None
    cid.organization_id = gamma.id  # Cid's USD now counts under mid-market
    session.add(cid)
    session.flush()
    rollups.rebuild_rollups(session, now=LATER, churn_window_days=90)
    stored = ltv.by_segment(session=session, now=LATER, window_days=90)
    live = ltv.by_segment(session=session, now=LATER, window_days=90, from_rollup=False)
    assert stored.as_of == LATER
    assert figures(stored) == figures(live)
    assert {(s.segment, s.currency) for s in stored.segments} >= {("mid-market", "USD"), ("(no segment)", "EUR")}


def test_later_writes_count_at_once_for_everyone_and_for_a_scope(
    data: tuple[Session, dict[str, int]],
) -> None:
    """Refresh on write (issue 13): a purchase written after the rebuild is in the stored figures at once."""
    session, ids = data
    rollups.rebuild_rollups(session, now=NOW)
    before = ltv.by_segment(session=session, now=NOW, window_days=180)
    buy_premium(session, ids, "D", NOW + timedelta(hours=1), recorded=NOW + timedelta(hours=1))
    everyone = ltv.by_segment(session=session, now=LATER, window_days=180)
    assert everyone.as_of == NOW and figures(everyone) != figures(before)  # still the fast path, with the write
    scoped = ltv.by_segment(session=session, now=LATER, window_days=180, owner_ids={ids["rep"]})
    live = ltv.by_segment(session=session, now=LATER, window_days=180, owner_ids={ids["rep"]}, from_rollup=False)
    for report in (scoped, live):
        no_segment = {s.currency: s for s in report.segments if s.segment == "(no segment)"}
        assert (no_segment["EUR"].customers, no_segment["EUR"].average_minor) == (1, 30000)  # Dan's purchase

    assert ltv.by_segment(session=session, now=LATER, window_days=90).as_of is None  # another churn window: live
    stale = ltv.by_segment(session=session, now=NOW + freshness.MAX_AGE + timedelta(hours=1), window_days=180)
    assert stale.as_of is None  # too long after the rebuild: the ledger answers


def test_each_scope_reads_only_its_owners_rows_and_the_rows_add_up_to_everyone(
    data: tuple[Session, dict[str, int]],
) -> None:
    """Bea goes to a second rep and Cid to nobody: three owner groups whose summary rows add up to everyone's."""
    session, ids = data
    otto = Staff(handle="otto", display_name="Otto Other", role="rep", created_at=NOW)
    session.add(otto)
    session.flush()
    assert otto.id is not None
    for key, owner in (("B1", otto.id), ("C", None)):
        contact = session.get(Contact, ids[key])
        assert contact is not None
        contact.owner_id = owner
        session.add(contact)
    session.flush()
    rollups.rebuild_rollups(session, now=NOW)
    assert {r.owner_id for r in session.exec(select(RollupChurn)).all()} >= {None, ids["rep"], otto.id}
    for owners in ({ids["rep"]}, {otto.id}, {ids["rep"], otto.id}, set()):
        stored = ltv.by_segment(session=session, now=NOW, window_days=180, owner_ids=owners)
        live = ltv.by_segment(session=session, now=NOW, window_days=180, owner_ids=owners, from_rollup=False)
        assert stored.as_of == NOW and figures(stored) == figures(live), owners
    otto_only = ltv.by_segment(session=session, now=NOW, window_days=180, owner_ids={otto.id})
    assert [(s.segment, s.currency, s.customers) for s in otto_only.segments] == [("SMB", "EUR", 1)]

    totals: dict[str, int] = {}
    all_time = select(PortfolioSummary).where(PortfolioSummary.dimension == "segment", PortfolioSummary.period == "all")
    for row in session.exec(all_time).all():
        totals[row.currency] = totals.get(row.currency, 0) + row.revenue_minor
    ledger = revenue_by(session=session, dimension="segment", since=None, until=NOW)
    assert totals == {c: sum(r.revenue_minor for r in ledger if r.currency == c) for c in {r.currency for r in ledger}}


def test_erasing_a_person_drops_the_summary_until_the_next_rebuild(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    rollups.rebuild_rollups(session, now=NOW)
    bea = session.get(Contact, ids["B1"])
    assert bea is not None
    person.erase(session=session, contact=bea, anonymize=False, now=NOW)
    session.flush()
    for owners in (None, {ids["rep"]}):
        report = ltv.by_segment(session=session, now=LATER, window_days=180, owner_ids=owners)
        assert report.as_of is None  # live: Bea's revenue is in no figure any more
        assert "SMB" not in {s.segment for s in report.segments}
    rollups.rebuild_rollups(session, now=LATER)
    assert ltv.by_segment(session=session, now=LATER, window_days=180).as_of == LATER


def test_a_store_migrated_since_its_last_rebuild_answers_live(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    rollups.rebuild_rollups(session, now=NOW)
    session.exec(delete(RollupChurn))  # type: ignore[call-overload]
    report = ltv.by_segment(session=session, now=NOW, window_days=180)
    assert report.as_of is None
    assert figures(report) == figures(ltv.by_segment(session=session, now=NOW, window_days=180, from_rollup=False))


async def test_the_answer_says_as_of_when_it_reads_the_summary(chat: Chat) -> None:
    await chat.say("add Ana Ferreira, works at Padaria Lisboa")
    await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    with chat.app.services.session() as s:
        rollups.rebuild_rollups(s, now=chat.clock.now())
    fresh = (await chat.say("what's the lifetime value by segment?"))[0].text
    assert "as of" not in fresh and "Ana Ferreira: €1,200" in fresh
    chat.clock.advance(hours=2)
    later = (await chat.say("what's the lifetime value by segment?"))[0].text
    assert "Segment figures and churn as of" in later
    assert later.replace(later.splitlines()[-1], "").strip() == fresh.strip()
