"""Telegram sends: nudge buttons editing in place, 429 and 403, pacing, long and paged replies, webhook mode."""

from __future__ import annotations

import inspect
import socket
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlmodel import select

from bot.delivery import DeliveryError
from bot.types import Button, MessageRef, Reply
from reminders import dispatch, sweep
from storage import followups
from storage.models import FollowUp, Nudge, StaffIdentity
from tests.adapters.telegram_rig import ADMIN, Rig, button_data, telegram_rig
from tests.fakes import FakeTelegramAPI


def follow_up(rig: Rig, text: str, *, due_in: timedelta = timedelta(hours=1)) -> int:
    owner = rig.staff(f"tg{ADMIN}").id
    assert owner is not None
    with rig.app.services.session() as session:
        row = followups.schedule(
            session=session, owner_id=owner, due_at=rig.clock.now() + due_in, text=text, now=rig.clock.now()
        )
        assert row.id is not None
        return row.id


def nudge(follow_up_id: int, text: str) -> Reply:
    value = str(follow_up_id)
    buttons = (
        Button("Done", "crm:followup.done", value, style="primary"),
        Button("Snooze 1 day", "crm:followup.snooze1d", value),
        Button("Snooze 1 week", "crm:followup.snooze1w", value),
    )
    return Reply(text, buttons=buttons)


def status_of(rig: Rig, follow_up_id: int) -> FollowUp:
    with rig.app.services.session() as session:
        row = session.get(FollowUp, follow_up_id)
        assert row is not None
        return row


async def test_nudge_buttons_edit_the_nudge_in_place(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        call_ana = follow_up(rig, "call Ana about the renewal")
        send_deck = follow_up(rig, "send Chen the deck")
        first = await rig.adapter.send(str(ADMIN), nudge(call_ana, "Follow up: call Ana about the renewal"))
        second = await rig.adapter.send(str(ADMIN), nudge(send_deck, "Follow up: send Chen the deck"))
        one, two = (telegram_api.messages[(ADMIN, int(ref.message_id))] for ref in (first, second))

        await rig.press(ADMIN, button_data(one, "Done"), int(first.message_id))
        await rig.press(ADMIN, button_data(two, "Snooze 1 week"), int(second.message_id))
        done, snoozed = telegram_api.calls_to("editMessageText")
        due = status_of(rig, send_deck).due_at

    sent = telegram_api.sent_messages()
    assert [row["text"] for k in sent for row in k["reply_markup"]["inline_keyboard"][0]][:2] == [
        "Done",
        "Snooze 1 day",
    ]
    assert (done["message_id"], done["text"]) == (int(first.message_id), "Marked done: call Ana about the renewal.")
    assert snoozed["message_id"] == int(second.message_id) and snoozed["text"].startswith("Snoozed until")
    assert "reply_markup" not in telegram_api.messages[(ADMIN, int(first.message_id))]  # no second press
    assert status_of(rig, call_ana).status == "done"
    assert due == rig.clock.now() + timedelta(hours=1, days=7)
    assert len(sent) == 2  # edits, not new messages


async def test_a_429_is_retried_after_the_time_telegram_asks_for(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        telegram_api.fail_next("sendMessage", status=429, retry_after=3)
        refused, helped = await rig.say(ADMIN, "help")  # an answer: the fake records the refused call too
        telegram_api.fail_next("sendMessage", status=429, retry_after=2, times=2)
        ref = await rig.adapter.send(str(ADMIN), Reply("Follow up: call Ana"))  # a nudge
        attempts = len(telegram_api.calls_to("sendMessage"))

    assert refused == helped and helped["text"].startswith("What I understand")
    assert ref.message_id and telegram_api.messages[(ADMIN, int(ref.message_id))]["text"] == "Follow up: call Ana"
    assert attempts == 5  # 1 refused + 1 delivered, 2 refused + 1 delivered
    assert [s for s in rig.time.sleeps if s >= 2] == [3.0, 2.0, 2.0]


async def test_persistent_flood_control_gives_up_with_retry_after(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        telegram_api.fail_next("sendMessage", status=429, retry_after=5, times=10)
        with pytest.raises(DeliveryError) as caught:
            await rig.adapter.send(str(ADMIN), Reply("Follow up"))

    assert not caught.value.permanent and caught.value.retry_after == 5.0
    assert len(telegram_api.calls_to("sendMessage")) == 4  # bounded


async def test_a_user_who_blocked_the_bot_is_unreachable_and_the_nudge_stays_pending(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        telegram_api.fail_next("sendMessage", status=403)
        with pytest.raises(DeliveryError) as caught:
            await rig.adapter.send(str(ADMIN), Reply("Follow up"))

        follow_up(rig, "call Ana", due_in=timedelta(minutes=-5))
        # Every nudge due now (the follow-up, and the morning digest if it is due) meets the block.
        telegram_api.fail_next("sendMessage", status=403, times=5)
        with rig.app.services.session() as session:
            sweep.sweep(session=session, now=rig.clock.now(), settings=rig.app.settings)
        sent = await dispatch.deliver_pending(
            session_factory=rig.app.services.session,
            delivery=rig.app.delivery,
            now=rig.clock.now(),
            settings=rig.app.settings,
        )
        with rig.app.services.session() as session:
            [pending] = session.exec(select(Nudge).where(Nudge.kind == "follow_up"))
            [identity] = session.exec(select(StaffIdentity).where(StaffIdentity.platform == "telegram"))

    assert caught.value.permanent and "blocked" in str(caught.value)
    assert sent == 0 and pending.status == "pending" and pending.attempts == 1
    assert identity.unreachable


async def test_sends_to_one_chat_are_paced(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        for n in range(5):
            await rig.adapter.send(str(ADMIN), Reply(f"note {n}"))
        await rig.adapter.send("-100200", Reply("to a group"))  # another chat has its own allowance

    # A burst of three, then about one a second in a private chat.
    assert rig.time.sleeps == pytest.approx([1.0, 1.0])
    assert len(telegram_api.sent_messages()) == 6


async def test_a_long_reply_is_split_on_line_boundaries(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    lines = [f"{n:03d}. Contact number {n} <at> Company & Co, last touch long ago" for n in range(300)]
    async with telegram_rig(telegram_api, db_url) as rig:
        await rig.adapter.send(str(ADMIN), Reply("\n".join(lines), buttons=(Button("More", "crm:contact.show", "1"),)))

    parts = telegram_api.sent_messages()
    assert len(parts) >= 5 and all(len(p["text"]) <= 4096 for p in parts)
    joined = "\n".join(p["text"] for p in parts)
    assert joined.split("\n") == [
        line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for line in lines
    ]
    assert [("reply_markup" in p) for p in parts] == [False] * (len(parts) - 1) + [True]


async def test_a_long_list_of_buttons_turns_pages(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    buttons = tuple(Button(f"{n}. Contact {n}", "crm:contact.show", str(n)) for n in range(1, 21))
    async with telegram_rig(telegram_api, db_url) as rig:
        ref = await rig.adapter.send(str(ADMIN), Reply("20 contacts match:", buttons=buttons))
        message = telegram_api.messages[(ADMIN, int(ref.message_id))]
        await rig.press(ADMIN, button_data(message, "›"), int(ref.message_id))
        [turned] = telegram_api.calls_to("editMessageReplyMarkup")

    first = [k["text"] for row in message["reply_markup"]["inline_keyboard"] for k in row]
    second = [k["text"] for row in turned["reply_markup"]["inline_keyboard"] for k in row]
    assert first == [f"{n}. Contact {n}" for n in range(1, 9)] + ["1/3", "›"]
    assert second == [f"{n}. Contact {n}" for n in range(9, 17)] + ["‹", "2/3", "›"]


async def test_a_chart_is_sent_as_a_photo(telegram_api: FakeTelegramAPI, db_url: str, tmp_path: Path) -> None:
    chart = tmp_path / "chart.png"
    chart.write_bytes(b"\x89PNG fake")
    async with telegram_rig(telegram_api, db_url) as rig:
        await rig.adapter.send(str(ADMIN), Reply("Pipeline by stage", image_path=str(chart)))

    [photo] = [c for c in telegram_api.requests if c.method == "sendPhoto"]
    assert photo.files["photo"].data == b"\x89PNG fake"
    assert telegram_api.sent_messages()[0]["text"] == "Pipeline by stage"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_webhook_mode_with_a_secret_token(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    settings = {"telegram_webhook_url": url, "telegram_webhook_port": port, "telegram_webhook_secret": "s3cret"}
    async with telegram_rig(telegram_api, db_url, **settings) as rig:
        assert (telegram_api.webhook_url, telegram_api.webhook_secret) == (url, "s3cret")
        update = telegram_api.push_message(ADMIN, "help")
        assert await telegram_api.deliver_webhook() == [200]  # answered only once handled: the reply is out
        [helped] = telegram_api.sent_messages()
        await rig.handled_update(update)
        async with aiohttp.ClientSession() as http:
            forged = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            async with http.post(url, json={"update_id": 99, "message": {}}, headers=forged) as resp:
                assert resp.status == 403

    assert helped["text"].startswith("What I understand")
    assert not telegram_api.calls_to("getUpdates")


async def test_an_edit_of_a_vanished_message_is_sent_anew(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        ref = await rig.adapter.send(str(ADMIN), Reply("Follow up: call Ana"))
        telegram_api.fail_next("editMessageText", status=400)  # "message to edit not found"
        await rig.adapter.edit(ref, Reply("Marked done: call Ana."))
        telegram_api.fail_next("editMessageText", status=400, description="Bad Request: message is not modified")
        await rig.adapter.edit(ref, Reply("Follow up: call Ana"))

    assert [m["text"] for m in telegram_api.sent_messages()] == ["Follow up: call Ana", "Marked done: call Ana."]


async def test_a_nudge_is_recorded_inside_the_send_as_soon_as_telegram_accepted_it(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    seen: list[tuple[str, int, bool, bool]] = []
    returned = False

    def on_sent(ref: MessageRef) -> None:
        # Told from inside PTB's HTTP client (AnsweredRequest.do_request), before PTB parsed the answer.
        in_client = any(frame.function == "do_request" for frame in inspect.stack())
        seen.append((ref.message_id, len(telegram_api.sent_messages(ADMIN)), returned, in_client))

    async with telegram_rig(telegram_api, db_url) as rig:
        rig.app.delivery.register(rig.adapter)
        long = Reply("\n".join(f"line {n} " + "x" * 60 for n in range(120)), buttons=nudge(1, "x").buttons)
        ref = await rig.app.delivery.send("telegram", str(ADMIN), long, on_sent=on_sent)
        returned = True

    parts = telegram_api.sent_messages(ADMIN)
    assert len(parts) >= 2 and "reply_markup" in parts[-1]  # the buttons ride on the last part
    assert seen == [(ref.message_id, len(parts), False, True)]  # once, for the last part, as its answer arrived
