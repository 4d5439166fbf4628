"""The chat's "what else could Maria buy?" and the morning's cross-sell nudge come from one miner and agree."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.app import App
from reminders.clock import FrozenClock
from storage.analytics import cross_sell
from tests.reminders.helpers import contact, due, product, purchase, staff
from tests.support import Chat, make_app


@pytest.fixture
def store(any_db_url: str) -> Iterator[tuple[App, FrozenClock]]:
    app, clock = make_app(any_db_url)
    yield app, clock
    app.engine.dispose()


def _seed(app: App, clock: FrozenClock) -> int:
    """Premium -> Onboarding: 80% confidence, lift 1.4 (the old nudge miner wanted 1.5, the chat's 1.0)."""
    owner = staff(app, "alice")
    premium, onboarding, mug = product(app, "Premium"), product(app, "Onboarding"), product(app, "Mug", 1000)
    last_year = clock.now() - timedelta(days=300)
    for n in range(4):
        cid = contact(app, f"Both {n}", owner)
        purchase(app, cid, premium, last_year)
        purchase(app, cid, onboarding, last_year + timedelta(days=3))
    for n in range(2):
        purchase(app, contact(app, f"Mug Buyer {n}", owner), mug, last_year)
    maria = contact(app, "Maria Silva", owner, org="Acme")
    purchase(app, maria, premium, clock.now() - timedelta(days=40))
    return maria


async def test_the_chat_and_the_nudge_suggest_the_same(store: tuple[App, FrozenClock]) -> None:
    app, clock = store
    maria = _seed(app, clock)
    with app.services.session() as session:
        mined = cross_sell.rules(session=session, thresholds=cross_sell.Thresholds.of(app.settings))
    assert [(r.a, r.b) for r in mined] == [("Onboarding", "Premium"), ("Premium", "Onboarding")]
    assert round(mined[1].lift, 2) == 1.4

    answer = (await Chat(app, clock).say("what else could Maria Silva buy?"))[0]
    assert answer.text.splitlines() == [
        "Ideas for Maria Silva:",
        "• Onboarding — 80% of Premium buyers also bought Onboarding (4 of 5)",
    ]

    nudges = due(app, kind="cross_sell")
    assert [n.contact_id for n in nudges] == [maria]
    assert nudges[0].headline.startswith("80% of customers who bought Premium also bought Onboarding; Maria Silva")


async def test_one_setting_moves_both(any_db_url: str) -> None:
    app, clock = make_app(any_db_url, cross_sell_min_lift=1.5)
    try:
        _seed(app, clock)
        answer = (await Chat(app, clock).say("what else could Maria Silva buy?"))[0]
        assert answer.text == "No strong product pattern yet (it needs at least 3 buyers of a product)."
        assert due(app, kind="cross_sell") == []
    finally:
        app.engine.dispose()
