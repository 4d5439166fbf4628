"""The real TelegramAdapter (real PTB Application) on a throw-away store, talking HTTP to the fake Bot API.

    async with telegram_rig(telegram_api, db_url) as rig:
        sent = await rig.say(ADMIN, "call with Maria Silva")

`say` pushes an update and waits until PTB has finished handling it (a second TypeHandler in a later
group runs after the adapter's), then returns what the bot sent meanwhile. Nothing sleeps on real time:
the adapter's pacer and 429 waits use `FakeTime`.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import TypeHandler

from bot.adapters.settings import TelegramSettings
from bot.adapters.telegram import TelegramAdapter
from bot.app import App
from reminders.clock import FrozenClock
from storage import contacts
from storage import staff as staff_repo
from storage.models import Staff
from tests.fakes import FakeTelegramAPI
from tests.support import make_app

TOKEN = "123456:TEST-token"
ADMIN = 500  # listed in CRM_TELEGRAM_ADMIN_IDS
HANDLED_WITHIN = 30.0  # seconds
JSON = dict[str, Any]


@dataclass
class FakeTime:
    """Monotonic clock and sleep for the adapter: sleeping records the wait and moves the clock on."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@dataclass
class HeldTime(FakeTime):
    """Like FakeTime, but a wait of ``hold`` seconds or more (a 429's retry_after) lasts until ``release()``:
    a test can look at the other chats while one chat is waiting."""

    hold: float = 10.0
    held: list[float] = field(default_factory=list)
    _gate: asyncio.Event = field(default_factory=asyncio.Event)

    async def sleep(self, seconds: float) -> None:
        if seconds >= self.hold:
            self.held.append(seconds)
            await self._gate.wait()
        await super().sleep(seconds)

    def release(self) -> None:
        self._gate.set()


@dataclass
class Rig:
    fake: FakeTelegramAPI
    app: App
    clock: FrozenClock
    adapter: TelegramAdapter
    time: FakeTime
    handled: Counter[int] = field(default_factory=Counter)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def _mark_handled(self, update: Update, _context: object) -> None:
        async with self._changed:
            self.handled[update.update_id] += 1
            self._changed.notify_all()

    async def handled_update(self, update: JSON, times: int = 1) -> None:
        # A batch of a hundred fuzzed updates on a loaded shared machine takes longer than a few seconds.
        async with asyncio.timeout(HANDLED_WITHIN), self._changed:
            await self._changed.wait_for(lambda: self.handled[update["update_id"]] >= times)

    async def push(self, update: JSON, times: int = 1) -> list[JSON]:
        """Wait for a pushed update to be handled; the sendMessage params sent meanwhile."""
        before = len(self.fake.sent_messages())
        await self.handled_update(update, times)
        return self.fake.sent_messages()[before:]

    async def say(self, user_id: int, text: str, **kwargs: Any) -> list[JSON]:
        before = len(self.fake.sent_messages())
        await self.handled_update(self.fake.push_message(user_id, text, **kwargs))
        return self.fake.sent_messages()[before:]

    async def press(self, user_id: int, data: str, message_id: int, chat_id: int | None = None) -> None:
        await self.handled_update(self.fake.push_callback(user_id, data, message_id, chat_id))

    def last_bot_message(self, chat_id: int) -> JSON:
        mine = [m for (chat, _), m in self.fake.messages.items() if chat == chat_id and m["from"]["is_bot"]]
        return max(mine, key=lambda m: m["message_id"])

    def staff(self, handle: str) -> Staff:
        with self.app.services.session() as session:
            member = staff_repo.by_handle(session=session, handle=handle)
            assert member is not None
            return member

    def add_contact(self, name: str, *, company: str | None = None, emails: list[str] | None = None) -> int:
        now = self.clock.now()
        owner = self.staff(f"tg{ADMIN}").id
        with self.app.services.session() as session:
            org_id = None
            if company:
                org, _ = contacts.get_or_create_organization(session=session, name=company, owner_id=owner, now=now)
                org_id = org.id
            contact = contacts.create(
                session=session, full_name=name, owner_id=owner, now=now, organization_id=org_id, emails=emails
            )
            assert contact.id is not None
            return contact.id


def button_data(message: JSON, label_start: str) -> str:
    """The callback data of the button on a (sent or stored) message whose label starts with `label_start`."""
    for row in message["reply_markup"]["inline_keyboard"]:
        for key in row:
            if key["text"].startswith(label_start):
                return str(key["callback_data"])
    raise AssertionError(f"no button {label_start!r} in {message['reply_markup']}")


@asynccontextmanager
async def telegram_rig(
    fake: FakeTelegramAPI, db_url: str, *, fake_time: FakeTime | None = None, **settings: Any
) -> AsyncIterator[Rig]:
    app, clock = make_app(
        db_url,
        telegram_token=TOKEN,
        telegram_api_url=fake.url + "/bot",
        telegram_admin_ids=str(ADMIN),
        **settings,
    )
    fake_time = fake_time or FakeTime()
    adapter = TelegramAdapter(
        app.dispatcher,
        TelegramSettings.from_config(app.settings),
        sleep=fake_time.sleep,
        clock=fake_time.monotonic,
        poll_timeout=1,
        listen="127.0.0.1",
    )
    rig = Rig(fake, app, clock, adapter, fake_time)
    adapter.application.add_handler(TypeHandler(Update, rig._mark_handled), group=1)
    app.delivery.register(adapter)
    await adapter.start()
    try:
        yield rig
    finally:
        await adapter.stop()
        app.engine.dispose()
