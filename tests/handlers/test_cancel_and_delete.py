"""Cancelling is never undoing, and "delete <person>" is the erasure that asks first: the wrong writes a tester
found (an undo of an unrelated change picked from a question, the Cancel label typed as an undo)."""

from __future__ import annotations

from sqlmodel import select

from bot.app import App
from reminders.clock import FrozenClock
from storage.models import Contact, ContactPhone
from tests.support import Chat


async def _phone_of(chat: Chat, name: str) -> list[str]:
    with chat.app.services.session() as session:
        contact = session.exec(select(Contact).where(Contact.full_name == name)).one()
        return [p.e164 for p in session.exec(select(ContactPhone).where(ContactPhone.contact_id == contact.id))]


async def test_delete_a_person_is_an_erasure_that_asks_first_in_every_language(app: App, clock: FrozenClock) -> None:
    boss = Chat(app, clock, handle="boss")
    await boss.say("add Jessica Wilson, works at Initech")
    await boss.say("add Giulia Ferrari, works at Trattoria Romano")
    for text, name in (
        ("delete jessica wilson", "Jessica Wilson"),
        ("remove jessica wilson from the crm", "Jessica Wilson"),
        ("elimina il contatto Giulia Ferrari", "Giulia Ferrari"),
        ("supprime Giulia Ferrari", "Giulia Ferrari"),
        ("apaga o contacto Jessica Wilson", "Jessica Wilson"),
    ):
        asked = (await boss.say(text))[0]
        assert asked.text.startswith(f"Erase {name} and everything stored about them"), text
        assert (await boss.say("no"))[0].text.startswith("OK, cancelled")
    with app.services.session() as session:
        assert len(session.exec(select(Contact)).all()) == 2


async def test_cancel_closes_a_question_and_a_bare_cancel_word_never_undoes_blindly(chat: Chat) -> None:
    await chat.say("add John Miller, works at Globex, +1 202 555 0199")
    await chat.say("change john miller phone to +1 202 555 0100")
    for no in ("cancel", "no", "annuler"):
        asked = (await chat.say("john miller sso"))[0]
        assert asked.text.startswith('I\'m not sure what you mean by "john miller sso"')  # its readings, as buttons
        assert (await chat.say(no))[0].text.startswith("OK, cancelled")
    assert await _phone_of(chat, "John Miller") == ["+12025550100"]
    # "annuler" is French for both undo and cancel: what it would undo is asked, with a button
    confirm = (await chat.say("annuler"))[0]
    assert confirm.text.startswith("Undo the change to contact John Miller")
    assert await _phone_of(chat, "John Miller") == ["+12025550100"]
    done = await chat.click(next(b for b in confirm.buttons if b.action == "crm:undo"))
    assert done[0].text.startswith("Undone: the change to contact John Miller")
    assert await _phone_of(chat, "John Miller") == ["+12025550199"]
    # a stale confirmation does nothing
    assert (await chat.click(next(b for b in confirm.buttons if b.action == "crm:undo")))[0].text.startswith(
        "That question has expired"
    )


async def test_the_answer_to_which_contact_completes_the_request(chat: Chat) -> None:
    """ "Which contact?" then "rui almeida" logs the call (the answer was read as a new look-up and the call lost);
    "which Maria?" is answered by the company, in the sender's words ("the one at Acme", "a da Acme")."""
    await chat.say("add Rui Almeida, works at Acme")
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("add Maria Santos, works at Globex")
    asked = (await chat.say("called this morning"))[0]
    assert asked.text.startswith("Which contact?")
    done = (await chat.say("rui almeida"))[0]
    assert done.text.startswith("Logged call with Rui Almeida (Acme)")
    # alternating, since the same person chosen twice becomes the sender's "maria"
    for answer, meant in (
        ("the one at Globex", "Santos (Globex)"),
        ("a da Acme", "Silva (Acme)"),
        ("quella di Globex", "Santos (Globex)"),
    ):
        await chat.say("rui almeida?")  # the focus elsewhere, so "maria" is asked about again
        which = (await chat.say("call with maria yesterday"))[0]
        assert "1. " in which.text and "2. " in which.text
        logged = (await chat.say(answer))[0]
        assert logged.text.startswith(f"Logged call with Maria {meant}"), answer


async def test_a_reading_is_picked_by_its_place_in_words(chat: Chat) -> None:
    """ "the second one", "a primeira", "la deuxième" pick a reading as "2" does (they were read as new messages)."""
    await chat.say("add Rui Almeida, works at Acme")
    for answer, expected in (("the first one", 0), ("a segunda", 1), ("la première", 0)):
        asked = (await chat.say("call with Rui Almeida monday 9:30"))[0]
        picks = [b.value for b in asked.buttons if b.action == "crm:clarify.pick"]
        assert len(picks) == 2
        reply = (await chat.say(answer))[0]
        assert reply.intent == picks[expected], answer
