"""The at-risk bands and the cross-sell walk stop early; they must rank exactly as one full pass would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.app import App
from reminders.rules import at_risk, cross_sell
from tests.reminders.helpers import contact, due, interaction, product, purchase, staff
from tests.support import make_app


@pytest.fixture
def two_per_kind(any_db_url: str) -> Iterator[App]:
    app, _clock = make_app(any_db_url, nudges_per_kind=2)
    yield app
    app.engine.dispose()


def _silent(app: App, cid: int, *, every: int, silent: int, value_minor: int = 0) -> None:
    now = app.services.clock.now()
    last = now - timedelta(days=silent)
    for n in range(4):
        interaction(app, cid, last - timedelta(days=every * n))
    if value_minor:
        purchase(app, cid, None, last - timedelta(days=every), amount_minor=value_minor)


def _picked(app: App, kind: str) -> list[tuple[int, int | None]]:
    return [(c.owner_id, c.contact_id) for c in due(app, kind=kind)]


def test_at_risk_bands_rank_as_one_pass(two_per_kind: App, monkeypatch: pytest.MonkeyPatch) -> None:
    app = two_per_kind
    ana, ben = staff(app, "ana"), staff(app, "ben")
    top = contact(app, "Top", ana)
    _silent(app, top, every=12, silent=41, value_minor=500_000)
    tie_less = contact(app, "Tie Less Overdue", ana)
    _silent(app, tie_less, every=12, silent=30, value_minor=300_000)
    tie_more = contact(app, "Tie More Overdue", ana)
    _silent(app, tie_more, every=12, silent=60, value_minor=300_000)
    _silent(app, contact(app, "Small", ana), every=12, silent=41, value_minor=100_000)
    low = contact(app, "Ben's Only", ben)
    _silent(app, low, every=10, silent=40, value_minor=100)
    expected = [(ana, top), (ana, tie_more), (ben, low)]
    assert _picked(app, "at_risk") == expected
    # Bands of one and two contacts: ties straddle a boundary, an empty band, Ben filled from the rest.
    monkeypatch.setattr(at_risk, "BANDS", (1, 2))
    assert _picked(app, "at_risk") == expected
    monkeypatch.setattr(at_risk, "BANDS", (0,))
    assert _picked(app, "at_risk") == expected


def test_cross_sell_walk_in_small_chunks(two_per_kind: App, monkeypatch: pytest.MonkeyPatch) -> None:
    app = two_per_kind
    ana, ben = staff(app, "ana"), staff(app, "ben")
    premium, onboarding, mug = product(app, "Premium"), product(app, "Onboarding"), product(app, "Mug", 1000)
    may = app.services.clock.now() - timedelta(days=300)
    for n in range(10):  # other customers, so that Premium -> Onboarding has lift
        purchase(app, contact(app, f"Mug Buyer {n}", ben), mug, may)
    for n in range(6):
        cid = contact(app, f"Both {n}", ana if n % 2 else ben)
        purchase(app, cid, premium, may)
        purchase(app, cid, onboarding, may + timedelta(days=3))
    candidates = [contact(app, f"Premium Only {n}", ana if n < 3 else ben) for n in range(4)]
    for cid in candidates:
        purchase(app, cid, premium, may)
        purchase(app, cid, premium, may + timedelta(days=30))  # twice: still one suggestion
    churned = contact(app, "Gone", ben, stage="churned")
    purchase(app, churned, premium, may)
    expected = [(ana, candidates[0]), (ana, candidates[1]), (ben, candidates[3])]
    assert _picked(app, "cross_sell") == expected
    monkeypatch.setattr(cross_sell, "CHUNK", 1)
    assert _picked(app, "cross_sell") == expected
