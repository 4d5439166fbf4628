"""The fakes speak the platforms' wire protocol well enough for the real PTB, slack_sdk and Bolt.

No test sleeps: waits are on the fakes' call log, and every wait has a short timeout.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import aiohttp
import pytest
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncSay
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import Forbidden, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

from tests.fakes import FakeSlackAPI, FakeTelegramAPI, serve_local
from tests.fakes import slack_signing as slack

TOKEN = "123456:TEST-token"
SLACK_TOKEN = "xoxb-test"
SECRET = "signing-secret"
T = TypeVar("T")


def make_bot(fake: FakeTelegramAPI) -> Bot:
    return Bot(TOKEN, base_url=fake.url + "/bot", base_file_url=fake.url + "/file/bot")


# -- Telegram ------------------------------------------------------------------------------------------


async def test_bot_send_message_is_recorded(telegram_api: FakeTelegramAPI) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="crm:nudge.done")]])
    async with make_bot(telegram_api) as bot:
        first = await bot.send_message(42, "hello <b>Maria</b>", parse_mode="HTML", reply_markup=keyboard)
        second = await bot.send_message(42, "again")

    assert bot.id == 123456  # getMe answered with the id the token starts with
    assert (first.message_id, second.message_id) == (1, 2)
    assert first.reply_markup == keyboard and first.from_user is not None and first.from_user.is_bot
    sent = telegram_api.sent_messages(chat_id=42)
    assert [m["text"] for m in sent] == ["hello <b>Maria</b>", "again"]
    assert sent[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "crm:nudge.done"
    assert [method for method, _ in telegram_api.calls] == ["getMe", "sendMessage", "sendMessage"]


async def test_polling_application_answers_messages_and_buttons(telegram_api: FakeTelegramAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Snooze", callback_data="crm:nudge.snooze")]])
        await update.effective_message.reply_text(f"hi {context.args}", reply_markup=keyboard)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()  # acknowledge first, then work
        await query.edit_message_text(f"snoozed ({query.data})")

    app = make_app(telegram_api)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    async with running(app):
        telegram_api.push_message(7, "/start now", username="maria")
        [reply] = await telegram_api.wait_for("sendMessage", timeout=3)
        telegram_api.push_callback(7, "crm:nudge.snooze", message_id=2)
        [edit] = await telegram_api.wait_for("editMessageText", timeout=3)

    assert reply["chat_id"] == 7 and reply["text"] == "hi ['now']"
    assert telegram_api.calls_to("answerCallbackQuery")
    assert edit == {"chat_id": 7, "message_id": 2, "text": "snoozed (crm:nudge.snooze)"}
    assert telegram_api.messages[(7, 2)]["text"] == "snoozed (crm:nudge.snooze)"
    assert "reply_markup" not in telegram_api.messages[(7, 2)]  # an edit without markup drops the keyboard


PTBApp = Application[Any, Any, Any, Any, Any, Any]


def make_app(fake: FakeTelegramAPI) -> PTBApp:
    return Application.builder().token(TOKEN).base_url(fake.url + "/bot").base_file_url(fake.url + "/file/bot").build()


@asynccontextmanager
async def running(app: PTBApp, webhook_port: int | None = None) -> AsyncIterator[None]:
    """Run PTB (polling, or webhook on `webhook_port`) and always shut it down in order, so nothing hangs."""
    assert app.updater is not None
    await app.initialize()
    try:
        await app.start()
        if webhook_port is None:
            await app.updater.start_polling(poll_interval=0, timeout=dt.timedelta(seconds=1))
        else:
            url = f"http://127.0.0.1:{webhook_port}/telegram"
            await app.updater.start_webhook(
                listen="127.0.0.1",
                port=webhook_port,
                url_path="telegram",
                webhook_url=url,
                secret_token="s3cret",
            )
        yield
    finally:
        await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()


async def test_webhook_application_receives_delivered_updates(telegram_api: FakeTelegramAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("hello via webhook")

    app = make_app(telegram_api)
    app.add_handler(CommandHandler("start", start))
    async with running(app, webhook_port=free_port()):
        assert telegram_api.webhook_secret == "s3cret"  # PTB registered its webhook with the fake
        telegram_api.push_message(7, "/start")
        assert await telegram_api.deliver_webhook() == [200]
        [reply] = await telegram_api.wait_for("sendMessage", timeout=3)

    assert reply["text"] == "hello via webhook"
    [hook] = telegram_api.calls_to("setWebhook")
    assert hook["url"].endswith("/telegram") and hook["secret_token"] == "s3cret"


def free_port() -> int:
    """A loopback port that was free a moment ago (PTB's webhook server cannot bind port 0 and report it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def retry_on_flood(call: Callable[[], Awaitable[T]], wait: Callable[[float], Awaitable[None]]) -> T:
    """Our own small retry loop: honour Telegram's retry_after once, through an injectable wait."""
    try:
        return await call()
    except RetryAfter as exc:
        delay = exc.retry_after
        await wait(delay.total_seconds() if isinstance(delay, dt.timedelta) else float(delay))
        return await call()


async def test_injected_429_surfaces_as_retry_after(
    telegram_api: FakeTelegramAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # opt in to PTB 23's timedelta retry_after, without the warning
    telegram_api.fail_next("sendMessage", status=429, retry_after=1)
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)  # a test never sleeps; the delay is what matters

    async with make_bot(telegram_api) as bot:
        message = await retry_on_flood(lambda: bot.send_message(42, "nudge"), record_wait)

    assert waits == [1.0]
    assert message.text == "nudge"
    assert len(telegram_api.calls_to("sendMessage")) == 2


async def test_injected_403_surfaces_as_forbidden(telegram_api: FakeTelegramAPI) -> None:
    telegram_api.fail_next("sendMessage", status=403)
    async with make_bot(telegram_api) as bot:
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot.send_message(42, "nudge")
        assert (await bot.send_message(42, "nudge")).message_id == 1  # only the next call failed


async def test_long_poll_returns_as_soon_as_an_update_is_pushed(telegram_api: FakeTelegramAPI) -> None:
    async with make_bot(telegram_api) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=dt.timedelta(seconds=30)))
        await telegram_api.wait_for("getUpdates")  # the poll is now held by the fake
        telegram_api.push_message(7, "hello")
        async with asyncio.timeout(2):
            [update] = await poll

    assert update.message is not None and update.message.text == "hello"


async def test_confirmed_updates_are_gone_but_a_repushed_update_id_is_redelivered(
    telegram_api: FakeTelegramAPI,
) -> None:
    pushed = telegram_api.push_message(7, "/start")
    async with make_bot(telegram_api) as bot:
        [first] = await bot.get_updates()
        assert await bot.get_updates(offset=first.update_id + 1) == ()
        telegram_api.push_raw(pushed)
        [again] = await bot.get_updates(offset=first.update_id + 1)

    assert again.update_id == first.update_id
    assert first.message is not None and first.message.entities[0].type == "bot_command"


async def test_photo_upload_is_decoded_and_downloadable(telegram_api: FakeTelegramAPI) -> None:
    async with make_bot(telegram_api) as bot:
        sent = await bot.send_photo(42, photo=b"\x89PNG fake", caption="chart", filename="chart.png")
        file = await bot.get_file(sent.photo[-1].file_id)
        data = await file.download_as_bytearray()

    [call] = [c for c in telegram_api.requests if c.method == "sendPhoto"]
    assert call.params == {"chat_id": 42, "caption": "chart"}
    assert call.files["photo"].filename == "chart.png"
    assert bytes(data) == b"\x89PNG fake"


async def test_commands_round_trip(telegram_api: FakeTelegramAPI) -> None:
    async with make_bot(telegram_api) as bot:
        await bot.set_my_commands([("crm", "Open the CRM"), ("help", "Help")])
        commands = await bot.get_my_commands()
    assert [c.command for c in commands] == ["crm", "help"]


# -- Slack Web API ---------------------------------------------------------------------------------------


def slack_client(fake: FakeSlackAPI, retry_handlers: list[AsyncRetryHandler] | None = None) -> AsyncWebClient:
    return AsyncWebClient(token=SLACK_TOKEN, base_url=fake.url + "/", retry_handlers=retry_handlers, timeout=5)


async def test_slack_post_message_is_recorded(slack_api: FakeSlackAPI) -> None:
    client = slack_client(slack_api)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Maria*"}}]
    first = await client.chat_postMessage(channel="C1", text="hello", blocks=blocks)
    second = await client.chat_postMessage(channel="C1", text="again", thread_ts=first["ts"])

    assert first["channel"] == "C1" and first["ts"] < second["ts"]
    [call, _] = slack_api.calls_to("chat.postMessage")
    assert call["text"] == "hello" and call["blocks"] == blocks
    assert slack_api.tokens() == [SLACK_TOKEN, SLACK_TOKEN]


async def test_slack_429_surfaces_with_retry_after(slack_api: FakeSlackAPI) -> None:
    slack_api.fail_next("chat.postMessage", status=429, retry_after=3)
    with pytest.raises(SlackApiError) as caught:
        await slack_client(slack_api, retry_handlers=[]).chat_postMessage(channel="C1", text="hi")
    assert caught.value.response.status_code == 429
    assert caught.value.response.headers["Retry-After"] == "3"
    assert caught.value.response["error"] == "ratelimited"


async def test_slack_history_reads_back_posted_messages_and_their_metadata(slack_api: FakeSlackAPI) -> None:
    now = [1_764_770_000.0]
    slack_api.ts_clock = lambda: now[0]
    client = slack_client(slack_api)
    tagged = {"event_type": "rapport_nudge", "event_payload": {"key": "follow_up:7"}}
    early = await client.chat_postMessage(channel="D1", text="before the window")
    now[0] += 60
    first = await client.chat_postMessage(channel="D1", text="a nudge", metadata=tagged)
    await client.chat_postMessage(channel="D1", text="in its thread", thread_ts=first["ts"])
    await client.chat_postMessage(channel="D2", text="another chat")
    now[0] += 60
    second = await client.chat_postMessage(channel="D1", text="later")
    window = {"channel": "D1", "oldest": str(now[0] - 90), "latest": str(now[0] + 1)}

    plain = await client.conversations_history(**window)
    full = await client.conversations_history(**window, include_all_metadata=True)
    one = await client.conversations_history(**window, limit=1)
    rest = await client.conversations_history(**window, limit=1, cursor=one["response_metadata"]["next_cursor"])
    slack_api.scopes = {"chat:write", "channels:history"}
    with pytest.raises(SlackApiError) as refused:
        await client.conversations_history(channel="D1")

    assert float(early["ts"]) < float(first["ts"]) - 59  # a ts is the clock's second, then a counter
    assert [m["text"] for m in plain["messages"]] == ["later", "a nudge"]  # newest first, no thread replies
    assert "metadata" not in plain["messages"][1] and full["messages"][1]["metadata"] == tagged
    assert full["messages"][1]["bot_id"] == slack_api.bot_id and full["messages"][0]["ts"] == second["ts"]
    assert (one["has_more"], [m["text"] for m in one["messages"]]) == (True, ["later"])
    assert (rest["has_more"], [m["text"] for m in rest["messages"]]) == (False, ["a nudge"])
    assert (refused.value.response["error"], refused.value.response["needed"]) == ("missing_scope", "im:history")


class NoWaitRateLimitRetryHandler(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's handler decides *whether* to retry; its real-time wait is only recorded here."""

    def __init__(self) -> None:
        super().__init__(max_retry_count=1)
        self.retry_after: list[str] = []

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        assert response is not None
        [value] = [v[0] for k, v in response.headers.items() if k.lower() == "retry-after"]
        self.retry_after.append(value)
        state.next_attempt_requested = True
        state.increment_current_attempt()


async def test_slack_rate_limit_handler_retries_after_one_429(slack_api: FakeSlackAPI) -> None:
    slack_api.fail_next("chat.postMessage", status=429, retry_after=1)
    handler = NoWaitRateLimitRetryHandler()
    client = slack_client(slack_api, retry_handlers=[handler])
    response = await client.chat_postMessage(channel="C1", text="hi")

    assert response["ok"] and handler.retry_after == ["1"]
    assert len(slack_api.calls_to("chat.postMessage")) == 2


async def test_slack_users_dm_views_and_files(slack_api: FakeSlackAPI) -> None:
    slack_api.set_user("U1", email="maria@example.com", real_name="Maria Silva", tz="Europe/Lisbon")
    client = slack_client(slack_api)

    user = (await client.users_info(user="U1"))["user"]
    dm = (await client.conversations_open(users="U1"))["channel"]["id"]
    modal = {"type": "modal", "callback_id": "crm:log"}
    view = (await client.views_open(trigger_id="1.T.x", view=modal))["view"]
    csv = b"a,b\n1,2\n"
    upload = await client.files_upload_v2(channel=dm, content=csv, filename="export.csv", title="Export")
    await client.reactions_add(channel=dm, name="white_check_mark", timestamp="1.2")
    unknown = await client.api_call("team.info")

    assert user["profile"]["email"] == "maria@example.com" and user["tz"] == "Europe/Lisbon"
    assert dm == "DU1"
    assert view["callback_id"] == "crm:log" and view["id"].startswith("V")
    assert upload["file"]["title"] == "Export" and list(slack_api.uploads.values()) == [csv]
    assert slack_api.calls_to("reactions.add")[0]["name"] == "white_check_mark"
    assert unknown["ok"]


# -- Bolt in HTTP mode, driven by signed payloads ------------------------------------------------------


def bolt_app(fake: FakeSlackAPI) -> AsyncApp:
    app = AsyncApp(client=slack_client(fake), signing_secret=SECRET)

    @app.command("/crm")
    async def crm(ack: AsyncAck, command: dict[str, Any], say: AsyncSay) -> None:
        await ack("working on it")
        await say(f"you said {command['text']}")

    @app.event("message")
    async def dm(event: dict[str, Any], say: AsyncSay) -> None:
        await say(f"echo {event['text']}")

    @app.action("crm:nudge.done")
    async def done(ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        await client.chat_update(channel=body["channel"]["id"], ts=body["message"]["ts"], text="done")

    @app.options("crm:contact")
    async def contacts(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack(options=[{"text": {"type": "plain_text", "text": body["value"].title()}, "value": "c1"}])

    @app.view("crm:log")
    async def submitted(ack: AsyncAck, view: dict[str, Any]) -> None:
        note = view["state"]["values"]["note"]["note"]["value"]
        await ack(response_action="errors", errors={"note": f"got {note}"})

    return app


async def post_signed(http: aiohttp.ClientSession, url: str, body: str) -> tuple[int, str]:
    async with http.post(url, data=body, headers=slack.signed_headers(body, SECRET)) as resp:
        return resp.status, await resp.text()


async def test_bolt_http_mode_handles_signed_payloads(slack_api: FakeSlackAPI) -> None:
    async with serve_local(bolt_app(slack_api).web_app()) as base, aiohttp.ClientSession() as http:
        url = base + "/slack/events"
        status, text = await post_signed(http, url, slack.slash_command_body("call maria", user_id="U1"))
        assert (status, text) == (200, "working on it")
        await slack_api.wait_for("chat.postMessage")

        event = slack.message_im_event("U1", "hello")
        assert (await post_signed(http, url, slack.event_callback_body(event)))[0] == 200
        await slack_api.wait_for("chat.postMessage", count=2)

        assert (await post_signed(http, url, slack.block_actions_body("crm:nudge.done", "n1")))[0] == 200
        [update] = await slack_api.wait_for("chat.update")

        status, options = await post_signed(http, url, slack.block_suggestion_body("crm:contact", "mar"))
        assert status == 200 and '"text": "Mar"' in options

        values = slack.text_input_values({"note": "renewal"})
        status, errors = await post_signed(http, url, slack.view_submission_body("crm:log", values))
        assert status == 200 and "got renewal" in errors

        async with http.post(url, data="{}", headers=slack.signed_headers("{}", "wrong-secret")) as resp:
            assert resp.status == 401

    posted = [call["text"] for call in slack_api.calls_to("chat.postMessage")]
    assert posted == ["you said call maria", "echo hello"]
    assert update["channel"] == "D0USER" and update["text"] == "done"
    assert slack_api.calls_to("auth.test")  # Bolt's single-team authorization asked the fake who it is
