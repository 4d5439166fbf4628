"""Fresh and consistent figures: every answer counts the writes committed before the question (the brief, the
rankings and revenue by segment read the nightly rollups plus every purchase since), "you own no customers yet" is
said as such, and the digest's at-risk count is the "who's at risk?" list of the same instant; no empty digest."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from reminders.clock import FrozenClock
from reminders.preview import preview
from tests.support import Chat


async def test_the_brief_counts_the_purchase_just_recorded(boss: Chat) -> None:
    await boss.say("add Rita Gomes, works at Acme")
    await boss.say("Rita Gomes bought 10 Pro licences for €2,500")
    brief = (await boss.say("brief me on Rita Gomes"))[0].text
    assert "Bought in the last 12 months: €2,500" in brief
    assert "Bought in the last 12 months: nothing" not in brief


async def test_rankings_and_segments_count_a_purchase_at_once_and_undo_takes_it_back(boss: Chat) -> None:
    before = (await boss.say("revenue by segment"))[0].text
    await boss.say("Rui Almeida bought 2 Premium for €100,000")
    top = (await boss.say("who are the top 5 customers?"))[0].text
    assert "Rui Almeida (Acme): €105,780" in top
    after = (await boss.say("revenue by segment"))[0].text
    assert "mid-market: €137,710" in after and "mid-market: €37,710" in before
    await boss.say("undo")
    assert (await boss.say("revenue by segment"))[0].text == before


async def test_a_rep_without_customers_is_told_so(demo: tuple[App, FrozenClock], boss: Chat) -> None:
    await boss.say("/staff add zoe rep")
    await boss.say("/staff team zoe solo")
    zoe = Chat(demo[0], demo[1], handle="zoe")
    reply = (await zoe.say("who are my most profitable customers?"))[0]
    assert reply.text.startswith("You own no customers yet")


async def test_the_digest_agrees_with_who_is_at_risk_and_is_not_sent_empty(
    demo: tuple[App, FrozenClock], ana: Chat, boss: Chat
) -> None:
    app, clock = demo
    listed = (await ana.say("who's at risk?"))[0].text
    count = int(listed.split("(", 1)[1].split(")", 1)[0])
    await boss.say("/staff add zoe rep")
    await boss.say("/staff team zoe solo")
    items = preview(app.services, at=clock.now() + timedelta(days=1) - timedelta(hours=1, minutes=30))
    digests = {i.owner: i.text for i in items if i.kind == "digest"}
    assert f"em risco {count}." in digests["ana"]
    assert "zoe" not in digests  # nothing to say: no message at all
