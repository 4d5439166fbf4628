"""Slack nudges through the real slack-bolt / slack_sdk against the fake Web API: each is claimed when its turn in
the channel's queue comes and its delivery stored the moment Slack's answer is read; a nudge whose delivery
was never stored (its instance died after Slack accepted it) is sent again once its lease runs out, once,
marked "(resent)"."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import pytest
from sqlmodel import select

from bot.types import Button, Card, MessageRef, Reply
from reminders.attempt import RESENT_NOTE
from reminders.health import render, report
from reminders.sweep import run_once
from storage import followups
from storage import staff as staff_repo
from storage.models import Nudge
from tests.adapters.slack_harness import SlackHarness, slack_harness
from tests.fakes import FakeSlackAPI

ADMIN = "U0ADMIN"
DM = "D" + ADMIN  # the fake's conversations.open answer: the admin's chat, linked at start
QUIET = {"slack_admin_ids": ADMIN, "digest_enabled": False, "quiet_hours": ""}  # the follow-up is the only nudge


@asynccontextmanager
async def instances(api: FakeSlackAPI, db_url: str, count: int) -> AsyncIterator[list[SlackHarness]]:
    """``count`` bot instances (app, clock and Slack adapter each) on one store, each delivering through Slack."""
    async with AsyncExitStack() as stack:
        started = [await stack.enter_async_context(slack_harness(api, db_url, **QUIET)) for _ in range(count)]
        for bot in started:
            bot.app.delivery.register(bot.adapter)
        yield started


def follow_up_due(bot: SlackHarness, text: str) -> None:
    with bot.app.services.session() as session:
        admin = staff_repo.by_handle(session=session, handle=f"slack-{ADMIN}")
        assert admin is not None and admin.id is not None
        followups.schedule(session=session, owner_id=admin.id, due_at=bot.clock.now(), text=text, now=bot.clock.now())


def the_nudge(bot: SlackHarness) -> Nudge:
    with bot.app.services.session() as session:
        [row] = session.exec(select(Nudge).where(Nudge.kind == "follow_up"))
        return row


def health(bot: SlackHarness) -> str:
    with bot.app.services.session() as session:
        return render(report(session=session, now=bot.clock.now(), settings=bot.app.settings))


async def test_a_nudge_is_claimed_at_its_turn_and_recorded_as_soon_as_slack_accepted_it(
    slack_api: FakeSlackAPI, db_url: str
) -> None:
    seen: list[tuple[object, ...]] = []
    returned = False

    def claim() -> bool:
        seen.append(("claim", len(slack_api.calls_to("chat.postMessage"))))
        return True

    def on_sent(ref: MessageRef) -> None:
        seen.append(("sent", ref.message_id, len(slack_api.calls_to("chat.postMessage")), returned))

    async with instances(slack_api, db_url, 1) as [bot]:
        gate = slack_api.hold_next("chat.postMessage")
        ahead = asyncio.create_task(bot.adapter.post(DM, Reply("an answer on its way")))
        await slack_api.wait_for("chat.postMessage")
        cards = tuple(Card(f"Contact {n}") for n in range(25))  # ten cards a message: three pages
        long = Reply("Who to call this week", cards=cards, buttons=(Button("Done", "crm:x", "1"),))
        sending = asyncio.create_task(bot.app.delivery.send("slack", DM, long, claim=claim, on_sent=on_sent))
        await asyncio.sleep(0.1)
        waiting = list(seen)
        gate.set()
        await ahead
        ref = await sending
        returned = True
        follow_up_due(bot, "send Chen the deck")
        await run_once(bot.app)
        row = the_nudge(bot)

    posted = [ts for _channel, ts in slack_api.messages]  # in the order Slack accepted them
    pages = len(posted) - 2  # the answer ahead, the long reply's pages, the follow-up's nudge
    assert waiting == []  # not claimed while an earlier message of the chat was on its way
    assert pages == 3 and ref == MessageRef("slack", DM, posted[pages])  # the buttons ride on the last page
    # Claimed once, right before its first page; recorded once, for the last page, inside the send.
    assert seen == [("claim", 1), ("sent", ref.message_id, 1 + pages, False)]
    assert slack_api.messages[(DM, posted[-1])]["text"].startswith("Follow up: send Chen the deck")
    assert (row.status, row.sent_platform, row.sent_chat_id, row.sent_message_id) == ("sent", "slack", DM, posted[-1])
    assert row.next_attempt_at is None and row.last_error is None


async def test_a_nudge_slack_accepted_but_never_recorded_is_resent_once_after_its_lease(
    slack_api: FakeSlackAPI, db_url: str
) -> None:
    gate = slack_api.hold_next("chat.postMessage")  # Slack posts it; the first instance never hears back
    async with instances(slack_api, db_url, 2) as [first, second]:
        follow_up_due(first, "send Chen the deck")
        stalled = asyncio.create_task(run_once(first.app))
        await slack_api.wait_for("chat.postMessage")
        lease = first.app.settings.nudge_lease_seconds
        second.clock.advance(seconds=lease - 1)
        await run_once(second.app)
        running = health(second)  # the first instance may yet record it: not resent while its lease runs
        second.clock.advance(seconds=1)
        await run_once(second.app)
        await run_once(second.app)
        stalled.cancel()  # the first instance is gone for good: nothing of it is recorded
        with pytest.raises(asyncio.CancelledError):
            await stalled
        gate.set()
        row = the_nudge(second)
        after = health(second)

    first_copy, again = slack_api.calls_to("chat.postMessage")
    assert "being sent (lease running): 1" in running
    assert first_copy["text"].startswith("Follow up: send Chen the deck")
    assert again["text"] == "(resent) " + first_copy["text"]
    resent_ts = next(ts for (_channel, ts), m in slack_api.messages.items() if m["text"] == again["text"])
    assert (row.sent_platform, row.sent_chat_id, row.sent_message_id) == ("slack", DM, resent_ts)
    assert (row.last_error, row.next_attempt_at, row.attempts) == (RESENT_NOTE, None, 1)
    assert "lease expired, to be resent: 0; resent after a crash: 1" in after
