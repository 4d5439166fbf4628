""" "Who's at risk?" in chat: the nudge rule's test, listed by value at risk."""

from __future__ import annotations

from datetime import timedelta

from bot.app import App
from reminders.clock import FrozenClock
from storage import contacts, interactions
from tests.support import Chat


def _customer_with_rhythm(
    app: App, clock: FrozenClock, name: str, *, every: int, silent: int, tags: tuple[str, ...] = ()
) -> None:
    now = clock.now()
    with app.services.session() as session:
        contact = contacts.create(
            session=session, full_name=name, owner_id=1, now=now, stage="customer", tags=list(tags)
        )
        assert contact.id is not None
        for n in range(6):
            at = now - timedelta(days=silent + n * every)
            interactions.log(
                session=session,
                contact_id=contact.id,
                author_id=1,
                kind="call",
                occurred_at=at,
                summary="check-in",
                now=now,
            )


async def test_silence_well_past_own_cadence_is_at_risk(chat: Chat, app: App, clock: FrozenClock) -> None:
    _customer_with_rhythm(app, clock, "Zsófia Nagy", every=10, silent=45)  # 4.5× its rhythm: at risk
    _customer_with_rhythm(app, clock, "Pierre Lefèvre", every=30, silent=45)  # 1.5×: fine
    _customer_with_rhythm(app, clock, "Ana Costa", every=5, silent=15)  # 3× but under the 21-day floor
    replies = await chat.say("who's at risk?")
    assert replies[0].intent == "at_risk"
    text = replies[0].text
    assert "Zsófia Nagy: usually every 10 days, 45 days silent" in text
    assert "Pierre" not in text and "Ana Costa" not in text
    await chat.say("call with Zsófia Nagy, all good")
    assert "Nobody is at risk" in (await chat.say("/atrisk"))[0].text


async def test_at_risk_filtered_by_tag_or_company_says_the_filter(chat: Chat, app: App, clock: FrozenClock) -> None:
    _customer_with_rhythm(app, clock, "Zsófia Nagy", every=10, silent=45)
    _customer_with_rhythm(app, clock, "Harry Taylor", every=10, silent=60, tags=("vip",))
    everyone = (await chat.say("who's at risk?"))[0].text
    assert "Zsófia Nagy" in everyone and "Harry Taylor" in everyone
    vip = (await chat.say("which vip customers are at risk?"))[0]
    assert vip.intent == "at_risk"
    assert vip.text.startswith("At risk, tag vip (1)")
    assert "Harry Taylor" in vip.text and "Zsófia" not in vip.text
    # A filter nobody matches is said back, never answered with everyone at risk.
    none = (await chat.say("at risk customers tagged export"))[0].text
    assert none.startswith("Nobody is at risk (tag export)")


async def test_a_number_after_the_list_opens_that_customer_and_her_follow_up_is_hers(
    chat: Chat, app: App, clock: FrozenClock
) -> None:
    """ "who's at risk" / "2" / "call her tomorrow": the follow-up was saved for nobody; now "2" opens the second
    customer, who becomes the one "her" means."""
    _customer_with_rhythm(app, clock, "Zsófia Nagy", every=10, silent=45, tags=("vip",))
    _customer_with_rhythm(app, clock, "Harry Taylor", every=10, silent=60)
    listed = (await chat.say("who's at risk?"))[0].text
    second = listed.splitlines()[2].split(". ", 1)[1].split(":")[0]
    opened = (await chat.say("2"))[0]
    assert opened.cards and opened.cards[0].title == second
    follow = (await chat.say("call her tomorrow"))[0]
    assert follow.entities["contact"] == second
