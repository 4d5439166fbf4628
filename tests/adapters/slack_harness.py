"""The real SlackAdapter (Bolt AsyncApp, HTTP mode on 127.0.0.1) wired to FakeSlackAPI and a throw-away store."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.adapters.settings import SlackSettings
from bot.adapters.slack import SlackAdapter
from bot.app import App
from reminders.clock import FrozenClock
from storage import staff as staff_repo
from storage.models import Staff
from tests.fakes import FakeSlackAPI
from tests.fakes import slack_signing as slack
from tests.support import make_app

SECRET = "signing-secret"
TOKEN = "xoxb-test"
USER = "U0USER"  # the payload builders' default user
DM = "D" + USER  # the fake's conversations.open answer for USER


@dataclass
class SlackHarness:
    app: App
    clock: FrozenClock
    adapter: SlackAdapter
    api: FakeSlackAPI
    http: aiohttp.ClientSession
    waits: list[float] = field(default_factory=list)

    @property
    def url(self) -> str:
        assert self.adapter.url is not None
        return self.adapter.url

    async def post(self, body: str, *, headers: dict[str, str] | None = None, secret: str = SECRET) -> tuple[int, str]:
        """Deliver one signed request and wait for the work it started, like Slack then waiting for replies."""
        sent = slack.signed_headers(body, secret) | (headers or {})
        async with self.http.post(self.url, data=body, headers=sent) as resp:
            status, text = resp.status, await resp.text()
        await self.adapter.drain()
        return status, text

    async def event(self, event: dict[str, Any], **envelope: Any) -> int:
        return (await self.post(slack.event_callback_body(event, **envelope)))[0]

    def link(self, user_id: str, handle: str, *, role: str = "rep", email: str | None = None) -> Staff:
        now = self.clock.now()
        with self.app.services.session() as session:
            member = staff_repo.by_handle(session=session, handle=handle) or staff_repo.create(
                session=session, handle=handle, display_name=handle.capitalize(), role=role, now=now, email=email
            )
            staff_repo.link_identity(
                session=session, staff=member, platform="slack", external_id=user_id, chat_id=None, now=now
            )
            return member

    def posted(self) -> list[dict[str, Any]]:
        return self.api.calls_to("chat.postMessage")

    def posted_texts(self) -> list[str]:
        return [call["text"] for call in self.posted()]


def blocks_text(call: dict[str, Any]) -> str:
    """Everything a message shows, as one string (for "is this detail visible" assertions)."""
    return json.dumps(call.get("blocks") or [], ensure_ascii=False)


@asynccontextmanager
async def slack_harness(
    api: FakeSlackAPI, db_url: str, *, sleep: Callable[[float], Awaitable[None]] | None = None, **settings: Any
) -> AsyncIterator[SlackHarness]:
    options: dict[str, Any] = {
        "slack_bot_token": TOKEN,
        "slack_signing_secret": SECRET,
        "slack_api_url": api.url + "/",
        "slack_port": 0,  # the OS picks a free loopback port
        "slack_team_id": slack.TEAM_ID,
    } | settings
    app, clock = make_app(db_url, **options)
    waits: list[float] = []

    async def no_sleep(seconds: float) -> None:
        waits.append(seconds)

    settings_ = SlackSettings.from_config(app.settings)
    adapter = SlackAdapter(app.dispatcher, settings_, sleep=sleep or no_sleep, host="127.0.0.1")
    try:
        await adapter.start()
        async with aiohttp.ClientSession() as http:
            yield SlackHarness(app, clock, adapter, api, http, waits)
    finally:
        await adapter.stop()
        app.engine.dispose()
