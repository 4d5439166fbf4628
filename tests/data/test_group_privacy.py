"""Where others read along (a group chat, a channel) only minimal cards and name-only replies are given;
everything else points to a direct message, and no chart is ever attached."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from bot.texts import t
from bot.types import Button
from handlers.privacy import ERASE_ACTION
from tests.data.privacy_world import World, build_world
from tests.support import Chat, make_app

DM_ONLY = t("en", "privacy.dm_only")
SECRETS = ("maria@acme.com", "912", "345 678", "20 Mar", "prefers mornings", "€", "4,200")


@pytest.fixture
def world(db_url: str, tmp_path) -> Iterator[World]:  # type: ignore[no-untyped-def]
    app, clock = make_app(db_url, chart_dir=str(tmp_path / "charts"))
    yield build_world(app, clock)
    app.engine.dispose()


@pytest.fixture
def group(world: World) -> Chat:
    return replace(world.ann, private=False, history=[])


@pytest.mark.parametrize(
    "question",
    [
        "birthdays this month",
        "when is Maria Silva's birthday?",
        "who's at risk?",
        "revenue by segment",
        "pipeline",
        "brief me on Acme",
        "cross-sell ideas",
        "Maria Silva bought 2 Premium for €800 today",
        "move the Acme deal to won",
        "who changed Maria Silva's phone?",
        "export Maria Silva",
        "erase Maria Silva",
        "give Maria Silva to bob",
        "contacts not touched in 30 days",
        "/linkcode bob",
        "/reminders",
        "/health",
    ],
)
async def test_details_and_figures_are_for_direct_messages(group: Chat, question: str) -> None:
    [reply] = await group.say(question)
    assert reply.text == DM_ONLY, (question, reply.text)
    assert reply.image_path is None and not reply.cards and not reply.buttons


async def test_the_same_questions_are_answered_in_private(world: World) -> None:
    reply = (await world.ann.say("pipeline"))[0]
    assert reply.text.startswith("Pipeline:") and reply.image_path is not None


async def test_a_lookup_shows_the_minimal_card(group: Chat) -> None:
    [reply] = await group.say("Maria Silva?")
    shown = reply.text + repr(reply.cards)
    assert reply.cards[0].title == "Maria Silva" and "Acme" in shown
    assert not any(secret in shown for secret in SECRETS), shown


async def test_adding_and_updating_in_a_group_does_not_echo_values(group: Chat) -> None:
    added = (await group.say("add Zoe Li, zoe@example.com, +351 911 222 333, works at Zeta"))[0]
    shown = added.text + repr(added.cards)
    assert added.text.startswith("Added Zoe Li") and "zoe@example.com" not in shown and "911" not in shown
    changed = (await group.say("change Maria Silva's phone to +351 912 000 000"))[0]
    assert changed.text == "Updated Maria Silva: phone.", changed.text
    merged = (await group.say("add Maria Silva, maria.silva@acme.com"))[0]
    assert merged.text == "Maria Silva is already in the store; I updated what was new: email."


async def test_logging_and_follow_ups_still_work_in_a_group(group: Chat) -> None:
    assert (await group.say("call with Maria Silva, talked renewal"))[0].text.startswith("Logged call with Maria")
    assert (await group.say("remind me to call Maria Silva tomorrow"))[0].text.startswith("Follow-up")
    assert "Your open follow-ups" in (await group.say("my follow-ups"))[0].text
    assert (await group.say("what did you understand?"))[0].text == DM_ONLY


async def test_buttons_that_reveal_or_erase_are_refused_in_a_group(world: World, group: Chat) -> None:
    erase = Button("Yes, erase", ERASE_ACTION, str(world.ids["maria"]))
    assert (await group.click(erase))[0].text == DM_ONLY
    [card] = await group.click(Button("Maria", "crm:contact.show", str(world.ids["maria"])))
    assert card.cards[0].title == "Maria Silva" and not any(s in repr(card.cards) for s in SECRETS)
