"""Conversations that exercise understanding end to end: tricky names, nicknames, initials, ambiguity,
corrections, the debug question, garbage input, and staff who write in Portuguese (or English anyway)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import App
from storage.models import AuditLog, Interaction
from tests.support import Chat, make_app, sqlite_url


def _count(app: App, table: type) -> int:
    with app.services.session() as session:
        return len(session.exec(select(table)).all())


async def test_names_that_look_like_dates_or_verbs(chat: Chat) -> None:
    for line in ("add May Chen", "add April Ludgate, works at Pawnee", "add Will Smith", "add Sat Singh", "add Bill"):
        await chat.say(line)
    met = await chat.say("met May Chen yesterday")
    assert met[0].text.startswith("Logged meeting with May Chen, yesterday")
    call = await chat.say("call Will Smith tomorrow")
    assert call[0].intent == "schedule_followup"
    assert call[0].entities["contact"] == "Will Smith"
    assert call[0].entities["follow_up"].startswith("2026-03-13T09:00")
    lunch = await chat.say("lunch w/ Sat Singh")
    assert lunch[0].text.startswith("Logged meeting with Sat Singh, today")
    april = await chat.say("had a quick call with April Ludgate")
    assert april[0].text.startswith("Logged call with April Ludgate (Pawnee)")
    bill = await chat.say("Bill called about the renewal")
    assert bill[0].text.startswith("Logged call with Bill, today")


async def test_nicknames_and_initials(chat: Chat) -> None:
    await chat.say("add Robert Smith, works at Acme")
    await chat.say("add José Costa")
    await chat.say("add Joana Silva")
    await chat.say("add Maria Silva")
    bob = await chat.say("call with Bob Smith")
    assert bob[0].text.startswith("Logged call with Robert Smith (Acme)")
    ze = await chat.say("Zé Costa?")
    assert ze[0].cards[0].title == "José Costa"
    initial = await chat.say("J. Silva?")
    assert initial[0].cards[0].title == "Joana Silva"
    typo = await chat.say("cll mraia abt the thing")
    assert typo[0].text.startswith('I don\'t have "mraia". Did you mean'), "a typo is confirmed before a write"
    pick = next(b for b in typo[0].buttons if b.action == "crm:contact.pick" and "Maria Silva" in b.label)
    logged = await chat.click(pick)
    assert logged[0].text.startswith("Logged call with Maria Silva")


async def test_ambiguity_answered_by_number_and_by_button(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("add Maria Santos, works at Globex")
    question = await chat.say("call with maria about pricing")
    assert question[0].text.startswith('Which "maria" do you mean?')
    labels = [b.label for b in question[0].buttons if b.action == "crm:contact.pick"]
    second = labels[1].split(". ", 1)[1].split(" (")[0]
    answer = await chat.say("2")
    assert answer[0].text.startswith(f"Logged call with {second}")

    again = await chat.say("meeting with maria santos and maria silva")
    assert again[0].text.startswith("Logged meeting with Maria Santos")
    question = await chat.say("email to Maria S")
    pick = next(b for b in question[0].buttons if b.action == "crm:contact.pick" and "Silva" in b.label)
    clicked = await chat.click(pick)
    assert clicked[0].text.startswith("Logged email with Maria Silva (Acme)")


async def test_correction_edits_the_last_logged_interaction_and_undo_restores(chat: Chat) -> None:
    await chat.say("add Ana Costa, works at Acme")
    nothing = await chat.say("no, it was a meeting")
    assert "nothing to correct" in nothing[0].text

    await chat.say("call with Ana Costa re onboarding")
    kind = await chat.say("no, it was a meeting")
    assert kind[0].text == "Corrected: meeting with Ana Costa, today 10:40."
    assert kind[0].intent == "log_interaction"
    assert kind[0].entities["kind"] == "meeting"
    date = await chat.say("change the date to Monday")
    assert date[0].text.startswith("Corrected: meeting with Ana Costa, Mon 9 Mar")
    assert date[0].entities["date"].startswith("2026-03-09")
    undone = await chat.say("undo")
    assert undone[0].text.startswith("Undone: the change to interaction")
    with chat.app.services.session() as session:
        entry = session.exec(select(Interaction)).one()
        assert entry.kind == "meeting"
        assert entry.occurred_at.date().isoformat() == "2026-03-12"


async def test_what_did_you_understand(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("call w/ maria re renewal, f/u next tue 3pm")
    debug = await chat.say("what did you understand?")
    shown = json.loads(debug[0].text.split("\n", 1)[1])
    assert shown["intent"] == "log_interaction"
    assert shown["entities"]["contact"] == "Maria Silva"
    assert shown["entities"]["follow_up"].startswith("2026-03-17T15:00")
    explained = await chat.say("/debug remind me to call maria tomorrow")
    shown = json.loads(explained[0].text.split("\n", 1)[1])
    assert shown["intent"] == "schedule_followup"
    assert shown["candidates"][0].startswith("Maria Silva")


async def test_garbage_gets_close_examples_and_writes_nothing(chat: Chat) -> None:
    before = _count(chat.app, AuditLog)
    for text in ("asdfgh", "🤷", "qwerty uiop", "the weather is nice today isn't it"):
        replies = await chat.say(text)
        assert replies[0].intent == "unknown"
        assert replies[0].text.count("\n•") == 3
    close = await chat.say("brthday list plz")
    assert "birthdays this week" in close[0].text or close[0].intent == "birthdays"
    assert _count(chat.app, AuditLog) == before


def test_every_intent_has_a_handler() -> None:
    """The fallback only ever answers what was not understood: every intent reaches its own handler."""
    from bot.nlu.intents import Intent
    from bot.router import Router
    from handlers import register_all

    router = register_all(Router())
    assert set(Intent) - {Intent.UNKNOWN} <= set(router.intents)


@pytest.fixture
def pt_chat(tmp_path: Path) -> Iterator[Chat]:
    app, clock = make_app(sqlite_url(tmp_path), default_language="pt", default_timezone="Europe/Lisbon")
    yield Chat(app, clock, handle="rui")
    app.engine.dispose()


async def test_portuguese_staff(pt_chat: Chat) -> None:
    await pt_chat.say("adiciona Maria Silva, trabalha na Acme")
    await pt_chat.say("adiciona Francisco Lopes, trabalha na Acme")
    await pt_chat.say("adiciona Francisco Mendes, trabalha na Globex")
    logged = await pt_chat.say("liguei para a Maria ontem")
    assert logged[0].text.startswith("Registado: chamada com Maria Silva (Acme), ontem")
    follow = await pt_chat.say("lembra-me de ligar à Maria daqui a 2 semanas")
    assert follow[0].text.startswith("Follow-up qui 26 mar 09:00")
    english = await pt_chat.say("call with maria silva, f/u next tue 3pm")
    assert english[0].text.startswith(
        "Registado: chamada com Maria Silva (Acme), hoje 10:40. Follow-up ter 17 mar 15:00"
    )
    chico = await pt_chat.say("reunião com o Chico da Acme")
    assert chico[0].text.startswith("Registado: reunião com Francisco Lopes (Acme)")
    fixed = await pt_chat.say("não, foi uma chamada")
    assert fixed[0].text.startswith("Corrigido: chamada com Francisco Lopes")
    risk = await pt_chat.say("quem está em risco?")
    assert risk[0].intent == "at_risk"
    unknown = await pt_chat.say("xkcd zzqq")
    assert unknown[0].text.startswith("Desculpe, não percebi")
