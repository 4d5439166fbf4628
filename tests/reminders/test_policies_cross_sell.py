"""Stay-in-touch policies (green / yellow / red, Done resets) and cross-sell rules (cited, no purchases)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import App
from config.policies import parse_policies
from reminders.clock import FrozenClock
from reminders.sweep import run_once
from tests.reminders.helpers import RecordingSender, contact, due, interaction, last_touch, product, purchase, staff
from tests.support import Chat


def test_policy_syntax() -> None:
    policies = parse_policies("tier:key=30/45, tag:vip=14/21,org:partner=90")
    assert [(p.selector, p.value, p.ideal_days, p.max_days) for p in policies] == [
        ("tier", "key", 30, 45),
        ("tag", "vip", 14, 21),
        ("org", "partner", 90, 90),
    ]
    with pytest.raises(ValueError):
        parse_policies("colour:red=1/2")


def test_green_yellow_red_and_strictest_policy(app: App, clock: FrozenClock) -> None:
    owner = staff(app, "ana")
    now = clock.now()
    green = contact(app, "Green Key", owner, tier="key")
    interaction(app, green, now - timedelta(days=10))
    yellow = contact(app, "Yellow Key", owner, tier="key")
    interaction(app, yellow, now - timedelta(days=35))
    red = contact(app, "Red Partner", owner, org="Partner Co", org_kind="partner")
    interaction(app, red, now - timedelta(days=130))
    strict = contact(app, "Vip Partner", owner, org="Partner Two", org_kind="partner", tags=["vip"])
    interaction(app, strict, now - timedelta(days=25))
    unmanaged = contact(app, "No Policy", owner)
    interaction(app, unmanaged, now - timedelta(days=400))
    app.settings.stay_in_touch_policies = "tier:key=30/45,org:partner=90/120,tag:vip=14/21"
    found = {c.contact_id: c for c in due(app, kind="stay_in_touch")}
    assert set(found) == {yellow, red, strict}
    assert found[red].text.startswith(
        "Stay in touch (red): Red Partner (Partner Co): 130 days since the last touch "
        "(keep in touch every 90 days, at most 120)."
    )
    assert found[yellow].dedupe_key.startswith("stay_in_touch:yellow:")
    assert found[strict].dedupe_key.startswith("stay_in_touch:red:"), "the vip tag (21 days) is stricter"


async def test_done_resets_the_clock(app: App, chat: Chat, sender: RecordingSender) -> None:
    owner = chat.app.ensure_local_user("alice", platform="test").id
    assert owner is not None
    key = contact(app, "Key Account", owner, tier="key")
    interaction(app, key, chat.clock.now() - timedelta(days=50))
    await run_once(app)
    reply = next(r for _, r in sender.sent if r.intent == "nudge.stay_in_touch")
    await chat.click(next(b for b in reply.buttons if b.action == "crm:nudge.done"))
    assert last_touch(app, key) == chat.clock.now()
    chat.clock.advance(days=1)
    assert due(app, kind="stay_in_touch") == []
    chat.clock.advance(days=30)
    assert [c.contact_id for c in due(app, kind="stay_in_touch")] == [key]


def test_cross_sell_cites_the_rule(app: App, clock: FrozenClock) -> None:
    owner = staff(app, "ana")
    premium, onboarding, other = product(app, "Premium"), product(app, "Onboarding"), product(app, "Mug", 1000)
    may = clock.now().replace(month=5, day=10) - timedelta(days=365)  # May last year
    both = [contact(app, f"Both {n}", owner) for n in range(5)]
    for cid in both:
        purchase(app, cid, premium, may)
        purchase(app, cid, onboarding, may + timedelta(days=3))
    only = [contact(app, f"Mug Buyer {n}", owner) for n in range(4)]
    for cid in only:
        purchase(app, cid, other, may)
    acme = contact(app, "Maria Silva", owner, org="Acme")
    purchase(app, acme, premium, clock.now().replace(month=1, day=20))
    gone = contact(app, "Gone Ltd", owner, stage="churned")
    purchase(app, gone, premium, may)
    contact(app, "Never Bought", owner)
    found = due(app, kind="cross_sell")
    assert [c.contact_id for c in found] == [acme]
    assert found[0].text.startswith(
        "Cross-sell: 71% of customers who bought Premium also bought Onboarding; "
        "Maria Silva (Acme) has Premium since January."
    )


def test_no_purchases_at_all_means_no_cross_sell(app: App, clock: FrozenClock) -> None:
    owner = staff(app, "ana")
    contact(app, "Maria Silva", owner)
    assert due(app, kind="cross_sell") == []
    assert due(app, kind="at_risk") == []
