"""Writes naming people the store does not have never land on a look-alike (issue: honest resolution).

A store of look-alike people and companies; 200 writes (logs, reminders, purchases) each naming someone who is
not in it ("Mario Silva" beside Maria Silva, "Anna Costa" beside Ana Costa, "John Millar" beside John Miller).
Every one must be answered with a question (did you mean / create), and no stored person may gain a touch, a
reminder or a purchase.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from sqlmodel import func, select

from storage import models
from tests.support import Chat, make_app

STORED = (
    ("Maria Silva", "Acme"),
    ("Maria Santos", "Globex"),
    ("Marta Silva", "Acme Lda"),
    ("João Santos", "Initech"),
    ("Joana Silva", "Globex Iberia"),
    ("John Miller", "Globex"),
    ("Ana Costa", "Acme"),
    ("Sophie Martin", "Lumière SA"),
    ("Pierre Martin", "Initech"),
    ("Paulo Pereira", "Acme"),
)
FIRST = ("Maria", "Mario", "Marta", "Marina", "João", "Joana", "John", "Jon", "Ana", "Anna", "Sophie", "Sofia",
         "Pierre", "Peter", "Paulo", "Paula")  # fmt: skip
LAST = ("Silva", "Santos", "Miller", "Millar", "Costa", "Martin", "Martins", "Pereira", "Smith", "Souza")
TEMPLATES = (
    "call with {name}",
    "met {name} yesterday, she wants a quote",
    "remind me to call {name} tomorrow",
    "{name} bought 2 Premium for €200",
    "lunch w/ {name} re renewal",
)


def _absent_names() -> list[str]:
    stored = {name for name, _ in STORED}
    names = [f"{first} {last}" for first, last in itertools.product(FIRST, LAST) if f"{first} {last}" not in stored]
    # Interleave so the 40 kept mix every first name with every surname.
    return names[::3][:40]


@pytest.fixture
def chat(any_db_url: str) -> Iterator[Chat]:
    app, clock = make_app(any_db_url)
    yield Chat(app, clock)
    app.engine.dispose()


def _activity(chat: Chat) -> dict[int, tuple[int, int, int]]:
    with chat.app.services.session() as session:
        out = {}
        for contact in session.exec(select(models.Contact)).all():
            cid = contact.id
            out[cid] = (
                session.exec(select(func.count()).where(models.Interaction.contact_id == cid)).one(),
                session.exec(select(func.count()).where(models.FollowUp.contact_id == cid)).one(),
                session.exec(select(func.count()).where(models.Purchase.contact_id == cid)).one(),
            )
        return out


async def test_two_hundred_writes_to_absent_people_never_land_on_a_look_alike(chat: Chat) -> None:
    for name, org in STORED:
        await chat.say(f"add {name}, works at {org}")
    before = _activity(chat)
    assert len(before) == len(STORED)
    names = _absent_names()
    assert len(names) == 40
    landed: list[str] = []
    for template, name in itertools.product(TEMPLATES, names):
        text = template.format(name=name)
        reply = (await chat.say(text))[0]
        await chat.say("cancel")  # answer the question: nothing is created either
        stored_names = [s for s, _ in STORED]
        if any(reply.text.startswith(p) for p in ("Logged", "Follow-up", "Recorded")) and any(
            s in reply.text for s in stored_names
        ):
            landed.append(f"{text!r} -> {reply.text[:80]!r}")
    assert landed == []
    assert _activity(chat) == before, "a write reached a stored person"


ABSENT_COMPANIES = ("Acme Labs", "Acmee", "Globex Iberia Norte", "Initeck", "Lumiere Group", "Globexx")


def _company_activity(chat: Chat) -> tuple[int, int]:
    with chat.app.services.session() as session:
        follow_ups = session.exec(select(func.count()).where(models.FollowUp.organization_id.is_not(None))).one()
        touches = session.exec(select(func.count()).select_from(models.Interaction)).one()
        return follow_ups, touches


async def test_writes_to_absent_companies_never_land_on_a_look_alike(chat: Chat) -> None:
    for name, org in STORED:
        await chat.say(f"add {name}, works at {org}")
    before = _company_activity(chat)
    for company in ABSENT_COMPANIES:
        for text in (f"remind me to send {company} the proposal tomorrow", f"call with {company} about renewal"):
            reply = (await chat.say(text))[0]
            await chat.say("cancel")
            assert not reply.text.startswith(("Logged", "Follow-up")), (text, reply.text)
    assert _company_activity(chat) == before, "a write reached a stored company"


# Typed in lower case, one half of each name is a stored person's ("miller" is John Miller's surname, "sophie"
# Sophie Martin's given name) and the other half is nothing the store has: the whole is someone else.
LOWER_CASE_ABSENT = (
    "spoke w/ wade miller abt pricing",
    "lunch with miles pereira re renewal",
    "did a demo with sophie popescu, loved it",
    "call with paulo kowalski",
    "remind me to call wade miller tomorrow",
)


async def test_lower_case_names_half_stored_are_asked_about_not_written(chat: Chat) -> None:
    for name, org in STORED:
        await chat.say(f"add {name}, works at {org}")
    # A half name that is the stored person's, beside an ordinary word, still reaches them without a question.
    reply = (await chat.say("called miller back yesterday"))[0]
    assert reply.text.startswith("Logged") and "John Miller" in reply.text, reply.text
    reply = (await chat.say("sophie loved the demo, call logged"))[0]
    assert "Sophie Martin" in reply.text, reply.text
    before = _activity(chat)
    for text in LOWER_CASE_ABSENT:
        reply = (await chat.say(text))[0]
        await chat.say("cancel")
        assert not reply.text.startswith(("Logged", "Follow-up", "Recorded")), (text, reply.text)
    assert _activity(chat) == before, "a write reached a stored person"
