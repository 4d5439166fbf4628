"""Thousands of generated updates of every type through both real adapters (PTB and Bolt against the fakes):
no traceback, every callback answered and every Slack request acknowledged, no customer data to strangers.

``CRM_FUZZ_UPDATES`` sets how many per adapter (the soak runs 10,000); the default keeps CI well under a
minute. ``CRM_FUZZ_SEED`` replays a run.
"""

from __future__ import annotations

import logging
import os
import random

import pytest

from bot.adapters import telegram_render
from storage import contacts
from tests.adapters.fuzz_inputs import group_of, slack_body, telegram_update
from tests.adapters.slack_harness import USER, slack_harness
from tests.adapters.telegram_rig import ADMIN, telegram_rig
from tests.fakes import FakeSlackAPI, FakeTelegramAPI
from tests.fakes import slack_signing as slack

COUNT = int(os.environ.get("CRM_FUZZ_UPDATES", "1500"))
SEED = int(os.environ.get("CRM_FUZZ_SEED", "17"))
STRANGER = 9000
SECRETS = ("Joana", "Ferreira", "Zeta", "joana@zeta.example")


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


async def test_fuzzed_telegram_updates(
    telegram_api: FakeTelegramAPI, db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    rng = random.Random(SEED)
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Joana Ferreira", company="Zeta Corp", emails=["joana@zeta.example"])
        [card] = await rig.say(ADMIN, "Joana Ferreira?")
        known = rig.last_bot_message(ADMIN)["message_id"]
        pushed = [telegram_api.push_raw(telegram_update(rng, staff=ADMIN, stranger=STRANGER, known_message=known))]
        for _ in range(COUNT - 1):
            if len(telegram_api.updates) >= 100:
                await rig.handled_update(pushed[-1])  # keep the fake's queue short, as Telegram batches
            pushed.append(
                telegram_api.push_raw(telegram_update(rng, staff=ADMIN, stranger=STRANGER, known_message=known))
            )
        for update in pushed:
            await rig.handled_update(update)

    assert "Joana" in card["text"]
    assert tracebacks(caplog) == []
    queries = {u["callback_query"]["id"] for u in pushed if "callback_query" in u}
    answered = {c["callback_query_id"] for c in telegram_api.calls_to("answerCallbackQuery")}
    assert len(queries) > COUNT // 10 and queries <= answered
    stranger_chats = {str(group_of(STRANGER, ADMIN)), str(group_of(STRANGER, ADMIN) - 1)}
    to_strangers = [
        m["text"]
        for m in telegram_api.sent_messages()
        if int(m["chat_id"]) >= STRANGER or m["chat_id"] in stranger_chats
    ]
    assert to_strangers
    assert not [text for text in to_strangers if any(secret in text for secret in SECRETS)]
    assert all(len(telegram_render.neutralise(m["text"])) <= 4096 for m in telegram_api.sent_messages())


async def test_fuzzed_slack_requests(slack_api: FakeSlackAPI, db_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    rng = random.Random(SEED)
    async with slack_harness(slack_api, db_url) as bot:
        alice = bot.link(USER, "alice")
        with bot.app.services.session() as session:
            contacts.create(
                session=session, full_name="Joana Ferreira", owner_id=alice.id, now=bot.clock.now(), emails=SECRETS[3:]
            )
        actions = sorted(bot.app.router.actions)
        statuses: dict[str, set[int]] = {}
        for _ in range(COUNT):
            kind, body = slack_body(rng, staff=USER, stranger="U0STRANGER", action_ids=actions)
            status, _ = await bot.post(body)
            statuses.setdefault(kind, set()).add(status)
        # A real request after the storm is still served.
        status, _ = await bot.post(slack.slash_command_body("help"))

    assert status == 200
    assert tracebacks(caplog) == []
    # Every interaction is acknowledged; an event body Slack could never send (a numeric user) is refused.
    assert {kind: codes for kind, codes in statuses.items() if codes != {200}} == {
        "message": {200, 400},
        "mention": {200, 400},
        "home": {200, 400},
    }
    to_strangers = [
        c for c in slack_api.calls_to("chat.postMessage") if c.get("channel") in ("C0STRANGERS", "DU0STRANGER")
    ]
    assert to_strangers
    assert not [c for c in to_strangers if any(secret in str(c) for secret in SECRETS)]


async def test_a_forged_button_is_answered_politely(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        await rig.press(ADMIN, "pg:tok:²", message_id=1)  # "²".isdigit() is True, int("²") raises
        await rig.press(ADMIN, "a:nd:²", message_id=1)
        await rig.press(ADMIN, "a:nd:99999999999999999999999", message_id=1)

    page, nudge, huge = telegram_api.calls_to("answerCallbackQuery")
    assert "out of date" in page["text"] and "out of date" in nudge["text"]  # not even our data format
    assert "text" not in huge  # our format: answered at once, and the reply says the value is not ours
    replies = [m["text"] for m in telegram_api.sent_messages(ADMIN)]
    assert replies == ["That button is out of date or not one of mine, so nothing was changed."]


async def test_a_forged_modal_date_is_shown_in_the_form(slack_api: FakeSlackAPI, db_url: str) -> None:
    values = {
        "record": {"record": {"type": "external_select", "selected_option": {"value": "1"}}},
        "kind": {"kind": {"type": "static_select", "selected_option": {"value": "call"}}},
        "date": {"date": {"type": "datepicker", "selected_date": "2026-02-30"}},
    }
    async with slack_harness(slack_api, db_url) as bot:
        bot.link(USER, "alice")
        status, text = await bot.post(slack.view_submission_body("log_form", values))

    assert status == 200
    assert '"response_action": "errors"' in text and '"date": "That value is not one this form offers' in text
