"""At-risk rule: each customer's own cadence, value at risk, churned and thin histories left out."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from reminders.clock import FrozenClock
from tests.reminders.helpers import contact, due, interaction, purchase, staff


def _history(app: App, cid: int, *, every: int, count: int, silent: int, value_minor: int = 0) -> None:
    now = app.services.clock.now()
    last = now - timedelta(days=silent)
    for n in range(count):
        interaction(app, cid, last - timedelta(days=every * n), summary=f"call {n}")
    if value_minor:
        purchase(app, cid, None, last - timedelta(days=every), amount_minor=value_minor)


def test_flags_silence_well_past_the_own_cadence(app: App, clock: FrozenClock) -> None:
    owner = staff(app, "ana")
    acme = contact(app, "Maria Silva", owner, org="Acme")
    _history(app, acme, every=12, count=6, silent=41, value_minor=1_800_000)
    quiet = contact(app, "Chen Wei", owner)
    _history(app, quiet, every=10, count=2, silent=40)  # two data points: one gap, cadence 10
    found = due(app, kind="at_risk")
    assert [c.contact_id for c in found] == [acme, quiet], "ranked by value at risk"
    assert found[0].text.startswith(
        "At risk: Maria Silva (Acme) usually hears from us every 12 days; 41 days silent; €18k a year."
    )
    assert "Last: call 30 Jan — call 0." in found[0].text
    assert "every 10 days; 40 days silent; no purchases in the last year" in found[1].text


def test_not_flagged_within_cadence_floor_or_without_history(app: App, clock: FrozenClock) -> None:
    owner = staff(app, "ana")
    _history(app, contact(app, "Regular", owner), every=30, count=5, silent=45)  # 45 < 2 x 30
    _history(app, contact(app, "Chatty", owner), every=2, count=9, silent=15)  # past 2x cadence, under the floor
    _history(app, contact(app, "Once", owner), every=10, count=1, silent=90)  # one data point: no cadence
    contact(app, "Never", owner)  # no data points at all
    _history(app, contact(app, "Gone", owner, stage="churned"), every=12, count=6, silent=41, value_minor=10_000)
    assert due(app, kind="at_risk") == []


def test_one_nudge_per_silence_and_a_touch_starts_over(app: App, clock: FrozenClock) -> None:
    from reminders.sweep import insert_candidates

    owner = staff(app, "ana")
    cid = contact(app, "Maria Silva", owner)
    _history(app, cid, every=12, count=6, silent=41)
    first = due(app, kind="at_risk")
    with app.services.session() as session:
        insert_candidates(session=session, candidates=first, now=clock.now())
    assert [c.dedupe_key for c in due(app, kind="at_risk")] == [first[0].dedupe_key], "same day: same answer"
    clock.advance(days=1)
    assert due(app, kind="at_risk") == [], "already nudged during this silence"
    interaction(app, cid, clock.now())  # a touch: a new silence begins
    clock.advance(days=30)
    assert [c.contact_id for c in due(app, kind="at_risk")] == [cid]
