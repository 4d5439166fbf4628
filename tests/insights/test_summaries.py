"""The per-owner portfolio summaries (storage.analytics.summaries): the answers they serve equal the ledger right
after a rebuild, stay as of it afterwards (owners included) and say so, and give way to the ledger once the rebuild
is too old, the summaries are missing (a store migrated since), or someone was erased; both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import delete
from sqlmodel import Session, col, select

from reminders.scheduler import CATCH_UP_ID, ReminderScheduler, rebuild_insight_rollups
from storage.analytics import customers, freshness, periods, retention, revenue, rollups
from storage.models import (
    CohortRollup,
    Contact,
    PortfolioSummary,
    RollupChurn,
    RollupState,
    SegmentActivity,
    Staff,
)
from storage.privacy import person
from tests.insights.dataset import NOW, buy_premium
from tests.support import Chat, make_app, sqlite_url

LATER = NOW + timedelta(hours=2)


def answers(session: Session, now: object, owners: set[int] | None) -> tuple[object, ...]:
    since = now - freshness.YEAR  # type: ignore[operator]
    return (
        revenue.revenue_by(session=session, dimension="segment", since=since, until=now, owner_ids=owners),  # type: ignore[arg-type]
        revenue.revenue_by(session=session, dimension="owner", since=since, until=now, owner_ids=owners),  # type: ignore[arg-type]
        customers.channels(session=session, since=since, until=now, owner_ids=owners),  # type: ignore[arg-type]
        retention.cohorts(session=session, now=now, months=12, owner_ids=owners),  # type: ignore[arg-type]
    )


def test_summaries_hold_the_rebuilds_figures_until_the_next_one(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    rollups.rebuild_rollups(session, now=NOW)
    assert session.exec(select(PortfolioSummary)).all() and session.exec(select(SegmentActivity)).all()
    assert session.exec(select(CohortRollup)).all()
    at_rebuild = {who: answers(session, NOW, owners) for who, owners in (("all", None), ("rep", {ids["rep"]}))}

    # After the rebuild: a new purchase, and Bea given to another rep.
    otto = Staff(handle="otto", display_name="Otto Other", role="rep", created_at=NOW)
    session.add(otto)
    session.flush()
    assert otto.id is not None
    buy_premium(session, ids, "D", NOW + timedelta(hours=1), recorded=NOW + timedelta(hours=1))
    bea = session.get(Contact, ids["B1"])
    assert bea is not None
    bea.owner_id = otto.id
    session.add(bea)
    session.flush()

    # Two hours on, the summaries still answer; the purchase is in them at once (refresh on write, issue 13), and
    # the rest is the rebuild's for everyone and for the rep (Bea still counted as hers until the next rebuild).
    assert freshness.summaries_as_of(session, since=LATER - freshness.YEAR, until=LATER) == NOW
    for who, owners in (("all", None), ("rep", {ids["rep"]})):
        now_figures = answers(session, LATER, owners)
        dan = ("(no segment)", "EUR", 30000, 1)
        assert dan in [(r.key, r.currency, r.revenue_minor, r.customers) for r in now_figures[0]]
        assert dan not in [(r.key, r.currency, r.revenue_minor, r.customers) for r in at_rebuild[who][0]]
        assert now_figures[2:] == at_rebuild[who][2:]  # channels and cohorts: the rebuild's
    assert answers(session, LATER, {otto.id}) == ([], [], [], [])  # he had no customer at the rebuild

    # Past MAX_AGE the ledger answers: Bea is Otto's now, and in his figures.
    late = NOW + freshness.MAX_AGE + timedelta(hours=1)
    assert freshness.summaries_as_of(session, since=late - freshness.YEAR, until=late) is None
    by_segment = revenue.revenue_by(
        session=session, dimension="segment", since=late - freshness.YEAR, until=late, owner_ids={otto.id}
    )
    assert [(r.key, r.customers) for r in by_segment] == [("SMB", 1)]


def test_without_current_summaries_the_ledger_answers(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    ledger = answers(session, NOW, {ids["rep"]})
    rollups.rebuild_rollups(session, now=NOW)
    # A store migrated since its last rebuild has the contact rollups but no summaries yet.
    session.exec(delete(RollupState).where(col(RollupState.name) == freshness.SUMMARIES))  # type: ignore[call-overload]
    session.flush()
    assert freshness.summaries_as_of(session, since=NOW - freshness.YEAR, until=NOW) is None
    assert answers(session, NOW, {ids["rep"]}) == ledger
    # Erasing a person drops the summaries whole: nobody's totals may still count her.
    rollups.rebuild_rollups(session, now=NOW)
    bea = session.get(Contact, ids["B1"])
    assert bea is not None
    person.erase(session=session, contact=bea, anonymize=False, now=NOW)
    session.flush()
    assert freshness.summaries_as_of(session, since=NOW - freshness.YEAR, until=NOW) is None
    assert not session.exec(select(PortfolioSummary)).all()
    by_segment = revenue.revenue_by(session=session, dimension="segment", since=NOW - freshness.YEAR, until=NOW)
    assert "SMB" not in {r.key for r in by_segment}


async def test_answers_from_the_summaries_say_as_of_when(chat: Chat) -> None:
    await chat.say("add Ana Ferreira, works at Padaria Lisboa")
    await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    await chat.say("call with Ana about the renewal", message_id="m2")
    chat.clock.advance(minutes=5)  # the trailing year ends before the rebuild's instant: [as_of - 365 d, as_of)
    with chat.app.services.session() as s:
        rollups.rebuild_rollups(s, now=chat.clock.now())
    questions = ("revenue by segment", "retention by cohort", "channel preferences")
    fresh = [(await chat.say(q))[0].text for q in questions]
    assert not any("as of" in text for text in fresh)
    chat.clock.advance(hours=2)
    later = [(await chat.say(q))[0].text for q in questions]
    assert "From the nightly summary of" in later[0] and "€1,200" in later[0]
    assert "Cohorts as of" in later[1] and "1 new" in later[1]
    assert "From the nightly summary of" in later[2] and "call" in later[2].lower()


def test_calendar_periods_are_the_rebuilds_in_the_business_time_zone(data: tuple[Session, dict[str, int]]) -> None:
    session, _ = data
    tz = ZoneInfo("Europe/Budapest")
    ytd, last_month = periods.named(NOW, tz, "ytd"), periods.named(NOW, tz, "lm")
    ledger = {
        dimension: revenue.revenue_by(session=session, dimension=dimension, since=ytd.since, until=NOW)
        for dimension in ("segment", "owner", "tag", "organization")
    }
    rollups.rebuild_rollups(session, now=NOW, business_tz=tz)
    assert freshness.window(session, since=ytd.since, until=LATER) in ("qtd", "ytd")  # the same in a first quarter
    assert freshness.window(session, since=last_month.since, until=last_month.until or NOW) == "lm"
    utc_year = periods.named(NOW, UTC, "ytd")
    assert freshness.window(session, since=utc_year.since, until=NOW) is None  # another zone's year: the ledger
    late = NOW + freshness.MAX_AGE + timedelta(hours=1)
    assert freshness.window(session, since=ytd.since, until=late) is None  # an open period moves on: the ledger
    for dimension, expected in ledger.items():
        assert revenue.revenue_by(session=session, dimension=dimension, since=ytd.since, until=NOW) == expected
    assert {r.key for r in ledger["segment"]} == {"enterprise", "SMB", "(no segment)"}


async def test_a_calendar_question_reads_the_summary_and_says_so(chat: Chat) -> None:
    await chat.say("add Ana Ferreira, works at Padaria Lisboa")
    await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    chat.clock.advance(minutes=5)
    with chat.app.services.session() as s:
        rollups.rebuild_rollups(s, now=chat.clock.now())
    chat.clock.advance(hours=2)
    text = (await chat.say("revenue by owner this year"))[0].text
    assert "2026 so far" in text and "€1,200" in text and "From the nightly summary of" in text


async def test_the_nightly_job_rebuilds_off_the_event_loop_with_the_settings(tmp_path: Path) -> None:
    app, clock = make_app(sqlite_url(tmp_path), default_timezone="America/New_York", churn_window_days=90)
    await rebuild_insight_rollups(app)
    with app.services.session() as session:
        assert freshness.as_of(session) == clock.now() == freshness.summaries_current(session, now=clock.now())
        ytd = periods.named(clock.now(), ZoneInfo("America/New_York"), "ytd")
        assert freshness.window(session, since=ytd.since, until=clock.now()) in ("qtd", "ytd")
        assert session.exec(select(RollupChurn.window_days)).first() == 90
    app.engine.dispose()


def test_last_month_asked_after_midnight_is_not_the_running_month_the_rebuild_counted(
    data: tuple[Session, dict[str, int]],
) -> None:
    """New York: the rebuild runs at 02:15 UTC on 1 March, still 28 February there; "last month" asked later
    that day (local time: March) is February whole, which that rebuild only counted up to its evening."""
    session, ids = data
    tz = ZoneInfo("America/New_York")
    rebuilt = datetime(2026, 3, 1, 2, 15, tzinfo=UTC)
    rollups.rebuild_rollups(session, now=rebuilt, business_tz=tz)
    buy_premium(
        session, ids, "D", datetime(2026, 3, 1, 3, 0, tzinfo=UTC), recorded=datetime(2026, 3, 1, 3, 0, tzinfo=UTC)
    )
    asked = datetime(2026, 3, 1, 14, 0, tzinfo=UTC)
    february = periods.named(asked, tz, "lm")
    assert (february.since, february.until) == (
        datetime(2026, 2, 1, tzinfo=tz),
        datetime(2026, 3, 1, tzinfo=tz),
    )
    assert freshness.window(session, since=february.since, until=february.until) is None
    figures = revenue.revenue_by(
        session=session, dimension="segment", since=february.since, until=february.until, now=asked
    )
    assert ("(no segment)", 30000) in {(r.key, r.revenue_minor) for r in figures if r.currency == "EUR"}


def test_a_closed_period_reads_the_summary_only_while_it_is_recent(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    rollups.rebuild_rollups(session, now=NOW)
    last_month = periods.named(NOW, UTC, "lm")
    assert freshness.window(session, since=last_month.since, until=last_month.until) == "lm"
    cid = session.get(Contact, ids["C"])  # Cid bought in February (USD)
    assert cid is not None
    otto = Staff(handle="otto", display_name="Otto Other", role="rep", created_at=NOW)
    session.add(otto)
    session.flush()
    cid.owner_id = otto.id
    session.add(cid)
    session.flush()

    def ask(now: object) -> list[object]:
        return revenue.revenue_by(  # type: ignore[return-value]
            session=session, dimension="owner", since=last_month.since, until=last_month.until, now=now
        )

    assert {r.key for r in ask(NOW + timedelta(hours=2))} == {"Rita Rep"}  # the summary: owners as of the rebuild
    week_later = ask(NOW + timedelta(days=7))  # too old: the per-contact rollup, with today's owners
    assert {r.key for r in week_later} == {"Otto Other"}


async def test_a_bot_started_after_a_missed_night_rebuilds_at_once(tmp_path: Path) -> None:
    app, clock = make_app(sqlite_url(tmp_path))
    with app.services.session() as session:
        rollups.rebuild_rollups(session, now=clock.now())
    fresh = ReminderScheduler(app)
    fresh.start()
    assert fresh.scheduler.get_job(CATCH_UP_ID) is None  # rebuilt last night: nothing to catch up
    fresh.shutdown()
    clock.advance(hours=30)
    late = ReminderScheduler(app)
    late.start()
    assert late.scheduler.get_job(CATCH_UP_ID) is not None
    late.shutdown()
    app.engine.dispose()
