"""Hostile text in chat: bidi overrides never stored, lengths bounded the same on SQLite and PostgreSQL with a
clear answer, and a phone or e-mail that cannot be read is named back instead of silently dropped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import select

from bot.app import App
from storage.models import Contact, Interaction, Organization
from tests.support import Chat, make_app


@pytest.fixture
def both(any_db_url: str) -> Iterator[tuple[App, Chat]]:
    app, clock = make_app(any_db_url)
    yield app, Chat(app, clock)
    app.engine.dispose()


async def test_a_company_name_past_the_limit_gets_a_clear_answer(both: tuple[App, Chat]) -> None:
    app, chat = both
    [reply] = await chat.say(f"add Ana Lopes, works at {'Z' * 240}")

    assert reply.text == "Too long for the company name: 240 characters, and the limit is 200. Nothing was saved."
    with app.services.session() as session:
        assert session.exec(select(Contact)).all() == [] and session.exec(select(Organization)).all() == []


async def test_bidi_overrides_never_reach_the_store(both: tuple[App, Chat]) -> None:
    app, chat = both
    await chat.say("add Maria\u202e Silva")
    await chat.say("call with Maria Silva about the \u202erenewal\u2066 and \u200fprices")

    with app.services.session() as session:
        [maria] = session.exec(select(Contact))
        [call] = session.exec(select(Interaction))
    assert maria.full_name == "Maria Silva"
    assert not any(ch in call.summary for ch in "\u202e\u2066\u200f") and "renewal" in call.summary


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("add Ingrid Berg 020 7946 0321", '"020 7946 0321" as a phone number'),
        ("add Ingrid Berg, ingrid@@bad", '"ingrid@@bad" as an e-mail address'),
    ],
)
async def test_an_unreadable_phone_or_email_is_named_and_nothing_is_stored(
    chat: Chat, app: App, text: str, named: str
) -> None:
    [reply] = await chat.say(text)

    assert named in reply.text and "nothing was saved" in reply.text
    with app.services.session() as session:
        assert session.exec(select(Contact)).all() == []
    [added] = await chat.say("add Ingrid Berg, +44 20 7946 0321, ingrid@berg.example")
    assert "Ingrid Berg" in added.text
