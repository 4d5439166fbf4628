"""Transcript tests of the first handlers: add, log, find, follow-up, undo, refusals."""

from __future__ import annotations

from bot.app import App
from reminders.clock import FrozenClock
from tests.support import Chat


async def test_add_log_find_by_misspelt_name(chat: Chat) -> None:
    added = await chat.say("add Maria Silva, maria@acme.com, +351 912 345 678, works at Acme")
    assert added[0].intent == "add_contact"
    assert added[0].entities["contact"] == "Maria Silva"
    assert added[0].entities["phone"] == "+351912345678"

    logged = await chat.say("call w/ maria silva re renewal, she wants premium. f/u next tue 3pm")
    assert logged[0].text.startswith("Logged call with Maria Silva (Acme), today 10:40.")
    assert "Follow-up Tue 17 Mar 15:00" in logged[0].text

    found = await chat.say("maira silv")
    assert found[0].intent == "find_contact"
    card = found[0].cards[0]
    assert card.title == "Maria Silva"
    assert any("renewal" in line for line in card.lines)


async def test_ambiguous_name_asks_and_remembers_choice(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("add Maria Santos, works at Globex")
    question = await chat.say("call with maria about pricing")
    assert "Which" in question[0].text
    assert len([b for b in question[0].buttons if b.action == "crm:contact.pick"]) == 2

    answer = await chat.say("the one at Globex")
    assert answer[0].text.startswith("Logged call with Maria Santos")

    again = await chat.say("call with maria about the contract")
    assert "Which" in again[0].text, "one answer is not a habit: the next bare 'maria' is asked again"
    answer = await chat.say("the one at Globex")
    assert answer[0].text.startswith("Logged call with Maria Santos")

    third = await chat.say("call with maria about the invoice")
    assert third[0].text.startswith("Logged call with Maria Santos"), "the same choice twice is remembered"


async def test_unknown_name_offers_to_create(chat: Chat) -> None:
    offer = await chat.say("met Zoltan Kovacs yesterday at the fair")
    assert "Zoltan Kovacs" in offer[0].text
    create = next(b for b in offer[0].buttons if b.action == "crm:contact.create")
    replies = await chat.click(create)
    assert replies[0].text.startswith("Added Zoltan Kovacs")
    assert replies[1].text.startswith("Logged meeting with Zoltan Kovacs, yesterday")


async def test_undo_reverts_the_last_change(chat: Chat) -> None:
    await chat.say("add Ana Costa")
    await chat.say("call with Ana Costa")
    undone = await chat.say("undo")
    assert undone[0].text == "Undone: the new interaction Ana Costa."
    card = (await chat.say("Ana Costa?"))[0].cards[0]
    assert not any("call" in line for line in card.lines)


async def test_stranger_is_refused(app: App, clock: FrozenClock) -> None:
    from bot.types import ConversationRef, IncomingMessage, UserRef

    msg = IncomingMessage(UserRef("telegram", "999"), ConversationRef("telegram", "999"), "maria?")
    replies = await app.dispatcher.dispatch(msg)
    assert replies[0].text.startswith("Sorry, I only work with the team's staff")


async def test_too_long_message_is_refused_and_nothing_stored(chat: Chat) -> None:
    replies = await chat.say("add " + "x" * 5000)
    assert "limit is 4000" in replies[0].text
    assert (await chat.say("xxxx?"))[0].text.startswith("I couldn't find")


async def test_markup_and_rtl_names_are_stored_as_text(chat: Chat) -> None:
    added = await chat.say("add <b>x</b> & y")
    assert added[0].entities["contact"] == "<b>x</b> & y"
    rtl = await chat.say("add محمد علي")
    assert rtl[0].entities["contact"] == "محمد علي"


async def test_redelivered_message_is_logged_once(chat: Chat) -> None:
    await chat.say("add Ana Costa")
    first = await chat.say("call with Ana Costa", message_id="42")
    second = await chat.say("call with Ana Costa", message_id="42")
    assert first[0].text.startswith("Logged call")
    assert second[0].text.startswith("Already logged")


async def test_birthdays_this_week_and_29_february(chat: Chat, clock: FrozenClock) -> None:
    from datetime import UTC, datetime

    clock.set(datetime(2027, 2, 25, 10, 0, tzinfo=UTC))
    await chat.say("add Chen Wei, birthday 29 Feb 1988")
    await chat.say("add Ana Costa, bday 14 March")
    week = await chat.say("birthdays this week")
    assert week[0].intent == "birthdays"
    assert "Sun 28 Feb — Chen Wei, turns 39" in week[0].text
    assert "Ana Costa" not in week[0].text
    one = await chat.say("when is Chen's birthday?")
    assert one[0].entities == {"contact": "Chen Wei", "birthday": "1988-02-29"}
    impossible = await chat.say("add Bo Li, birthday 29 Feb 1990")
    assert "Nothing was saved" in impossible[0].text
