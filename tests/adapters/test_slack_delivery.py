"""Slack nudges through the real slack-bolt / slack_sdk against the fake Web API: each is claimed when its turn in
the channel's queue comes and its delivery stored the moment Slack's answer is read; a nudge whose delivery
was never stored (its instance died after Slack accepted it) is looked for in the DM's history once its lease
runs out, by the key its message metadata carries: found, it is recorded and not sent again; when Slack cannot
say (no history scope, rate limited, an error), it is sent again, once, marked "(resent)"."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass

import pytest
from sqlmodel import select

from bot.types import Button, Card, MessageRef, Reply
from reminders.attempt import FOUND_NOTE, RESENT_NOTE
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


@dataclass
class Crash:
    """What Slack and the store show after an instance died between Slack accepting a nudge and storing it."""

    row: Nudge
    running: str  # reminders-health while the first instance's lease ran
    after: str  # reminders-health once the survivor dealt with it
    waits: list[float]  # what the survivor's Slack client waited out


async def crash_mid_send(slack_api: FakeSlackAPI, db_url: str, *, answers: int = 0) -> Crash:
    """A follow-up Slack posts, its instance never hearing back (dead for good); the survivor sweeps when the
    lease still runs and when it has run out, having posted ``answers`` other messages to the DM meanwhile."""
    gate = slack_api.hold_next("chat.postMessage")  # Slack posts it; the first instance never hears back
    async with instances(slack_api, db_url, 2) as [first, second]:
        slack_api.ts_clock = lambda: second.clock.now().timestamp()  # Slack's clock and the bots' agree
        follow_up_due(first, "send Chen the deck")
        stalled = asyncio.create_task(run_once(first.app))
        await slack_api.wait_for("chat.postMessage")
        lease = first.app.settings.nudge_lease_seconds
        second.clock.advance(seconds=lease - 1)
        await run_once(second.app)
        running = health(second)  # the first instance may yet record it: not looked for while its lease runs
        for n in range(answers):
            await second.adapter.post(DM, Reply(f"an answer {n}"))
        second.clock.advance(seconds=1)
        await run_once(second.app)
        await run_once(second.app)
        stalled.cancel()  # the first instance is gone for good: nothing of it is recorded
        with pytest.raises(asyncio.CancelledError):
            await stalled
        gate.set()
        return Crash(the_nudge(second), running, health(second), list(second.waits))


def ts_of(slack_api: FakeSlackAPI, text: str) -> str:
    return next(ts for (_channel, ts), m in slack_api.messages.items() if m["text"] == text)


async def test_a_nudge_slack_accepted_but_never_recorded_is_found_in_the_dm_not_sent_again(
    slack_api: FakeSlackAPI, any_db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    crash = await crash_mid_send(slack_api, any_db_url)

    [posted] = slack_api.calls_to("chat.postMessage")  # one copy in the chat, none after the lease
    [looked] = slack_api.calls_to("conversations.history")  # once, after the lease, by the survivor
    row = crash.row
    assert posted["metadata"] == {"event_type": "rapport_nudge", "event_payload": {"key": row.dedupe_key}}
    assert looked["channel"] == DM and looked["include_all_metadata"] in ("1", "true")
    assert int(looked["limit"]) <= 15 and float(looked["oldest"]) < float(ts_of(slack_api, posted["text"]))
    assert (row.sent_platform, row.sent_chat_id, row.sent_message_id) == ("slack", DM, ts_of(slack_api, posted["text"]))
    assert (row.status, row.last_error, row.next_attempt_at, row.attempts) == ("sent", FOUND_NOTE, None, 1)
    assert "being sent (lease running): 1" in crash.running
    assert "lease expired, to be resent: 0; resent after a crash: 0" in crash.after
    assert "Found already delivered after a crash (not sent again): 1." in crash.after
    assert not [r for r in caplog.records if r.exc_info]


async def test_the_first_copy_is_found_behind_a_page_of_later_messages(slack_api: FakeSlackAPI, db_url: str) -> None:
    crash = await crash_mid_send(slack_api, db_url, answers=20)  # Slack's history: newest first, 15 a page

    first, second = slack_api.calls_to("conversations.history")
    [nudge] = [c for c in slack_api.calls_to("chat.postMessage") if "Chen" in c["text"]]
    assert (first.get("cursor"), second["cursor"]) == (None, "15")
    assert crash.row.sent_message_id == ts_of(slack_api, nudge["text"]) and crash.row.last_error == FOUND_NOTE


NO_LOOK = {
    "missing im:history": lambda api: setattr(api, "scopes", {"chat:write", "im:write", "channels:history"}),
    "rate limited": lambda api: api.fail_next("conversations.history", status=429, retry_after=60),
    "server error": lambda api: api.fail_next("conversations.history", status=500),
}


@pytest.mark.parametrize("cannot_look", NO_LOOK.values(), ids=NO_LOOK.keys())
async def test_when_slack_cannot_show_its_history_the_nudge_is_resent_once_marked(
    slack_api: FakeSlackAPI, db_url: str, caplog: pytest.LogCaptureFixture, cannot_look: Callable[[FakeSlackAPI], None]
) -> None:
    cannot_look(slack_api)
    crash = await crash_mid_send(slack_api, db_url)

    first_copy, again = slack_api.calls_to("chat.postMessage")
    assert len(slack_api.calls_to("conversations.history")) == 1 and 60 not in crash.waits  # asked once, no wait
    assert "being sent (lease running): 1" in crash.running
    assert first_copy["text"].startswith("Follow up: send Chen the deck")
    assert again["text"] == "(resent) " + first_copy["text"] and again["metadata"] == first_copy["metadata"]
    row = crash.row
    assert (row.sent_platform, row.sent_chat_id, row.sent_message_id) == ("slack", DM, ts_of(slack_api, again["text"]))
    assert (row.last_error, row.next_attempt_at, row.attempts) == (RESENT_NOTE, None, 1)
    assert "lease expired, to be resent: 0; resent after a crash: 1" in crash.after
    assert "Found already delivered" not in crash.after
    assert "could not read slack history" in caplog.text  # a warning, never a traceback
    assert not [r for r in caplog.records if r.exc_info]
