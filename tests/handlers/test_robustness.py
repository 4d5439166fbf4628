"""Bad input gets a clear answer and loses nothing; undo leaves the store as it was."""

from __future__ import annotations

from bot.app import App
from storage.models import Contact
from tests.support import Chat


async def test_control_characters_and_surrogates_are_cleaned(chat: Chat) -> None:
    added = await chat.say("add Esc\x1b[31mRed\x00 Name\udcff")
    assert added[0].entities["contact"] == "Esc[31mRed Name\ufffd"


async def test_a_huge_quantity_gets_a_clear_answer(chat: Chat) -> None:
    await chat.say("add Maria Costa")
    replies = await chat.say("maria costa bought 99999999999999999999 Premium for 10 eur")
    assert "typo" in replies[0].text and "Nothing was saved" in replies[0].text


async def test_create_on_the_fly_is_part_of_the_same_unit_of_work(chat: Chat, app: App) -> None:
    offer = await chat.say("ana bought Premium")
    assert "Add them as a new contact?" in offer[0].text
    failed = await chat.say("yes")
    assert "Nothing was saved" in failed[0].text
    with app.services.session() as session:
        assert session.query(Contact).count() == 0, "the contact was not created without the purchase"


async def test_undo_of_a_logged_call_restores_the_last_touch(chat: Chat) -> None:
    await chat.say("add Zed Zulu")
    await chat.say("call with Zed Zulu")
    await chat.say("undo")
    card = (await chat.say("Zed Zulu?"))[0].cards[0]
    assert ("Last touch", "never") in card.fields


async def test_out_of_range_day_count_is_refused(chat: Chat) -> None:
    replies = await chat.say("who haven't we talked to in 0 days?")
    assert "between 1 and 3650" in replies[0].text
