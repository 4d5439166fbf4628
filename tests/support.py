"""Test helpers: an App on a throw-away store with a frozen clock, and a chat driver that reads like a conversation.

A day at work reads as one transcript: ``await chat.say(...)``, ``chat.clock.advance(hours=...)``, ``await
chat.sweep()`` (the scheduler's round: the nudges this chat receives), ``await chat.click(button)`` (an edit of
the pressed message shows in ``chat.inbox``, as the platform would show it).
"""

from __future__ import annotations

import atexit
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from weakref import WeakKeyDictionary

from sqlalchemy import text

from bot.app import App, build_app
from bot.delivery import Delivery
from bot.types import ActionEvent, Button, ConversationRef, IncomingMessage, MessageRef, Reply, UserRef
from config.settings import get_settings
from reminders.clock import FrozenClock
from reminders.sweep import run_once
from storage.db import make_engine
from storage.migrate import upgrade

# Thursday 12 March 2026, 10:40 UTC: the reference instant of the test suite.
T0 = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
POSTGRES_URL = os.environ.get("CRM_TEST_POSTGRES_URL")
_TEMPLATE: Path | None = None


def sqlite_url(tmp_path: Path) -> str:
    """A migrated SQLite file, copied from a template migrated once per session (migrations are slow-ish)."""
    global _TEMPLATE
    if _TEMPLATE is None or not _TEMPLATE.exists():
        template = Path(os.environ.get("TMPDIR", "/tmp")) / f"rapport-template-{uuid.uuid4().hex}.db"
        engine = make_engine(f"sqlite:///{template}")
        upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        engine.dispose()
        _TEMPLATE = template
        # One template per test process; it must not outlive the run (a developer's /tmp filled up with them).
        atexit.register(_remove_template, template)
    target = tmp_path / "rapport.db"
    shutil.copy(_TEMPLATE, target)
    return f"sqlite:///{target}"


def _remove_template(template: Path) -> None:
    for path in (template, template.with_name(template.name + "-wal"), template.with_name(template.name + "-shm")):
        path.unlink(missing_ok=True)


def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database on the server named by CRM_TEST_POSTGRES_URL, dropped afterwards."""
    assert POSTGRES_URL, "CRM_TEST_POSTGRES_URL is not set"
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(POSTGRES_URL).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = POSTGRES_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def make_app(url: str, *, now: datetime = T0, **settings: object) -> tuple[App, FrozenClock]:
    clock = FrozenClock(now)
    app = build_app(get_settings(database_url=url, _env_file=None, **settings), clock=clock)
    return app, clock


@dataclass
class Shown:
    """A message the bot posted on its own (a nudge), as the chat shows it now: a button's edit replaces it."""

    ref: MessageRef
    reply: Reply
    edited: bool = False

    def button(self, action: str) -> Button:
        return next(b for b in self.reply.buttons if b.action == action)


class Phone:
    """The test platform's sender (bot/adapters/base.py: Sender): what the bot posts and edits, per chat."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.chats: dict[str, list[Shown]] = {}

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        shown = self.chats.setdefault(chat_id, [])
        ref = MessageRef(self.platform, chat_id, str(len(shown) + 1))
        shown.append(Shown(ref, reply))
        return ref

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        for shown in self.chats.get(message.chat_id, []):
            if shown.ref == message:
                shown.reply, shown.edited = reply, True


# One phone per running app and platform: several staff members' chats share it.
_PHONES: WeakKeyDictionary[Delivery, Phone] = WeakKeyDictionary()


@dataclass
class Chat:
    """Talk to the dispatcher as one staff member in one private chat, like a person would."""

    app: App
    clock: FrozenClock
    handle: str = "alice"
    platform: str = "test"
    private: bool = True
    history: list[Reply] = field(default_factory=list)
    _counter: int = 0

    def __post_init__(self) -> None:
        self.app.ensure_local_user(self.handle, platform=self.platform)

    @property
    def user(self) -> UserRef:
        return UserRef(self.platform, self.handle, display_name=self.handle)

    @property
    def conversation(self) -> ConversationRef:
        return ConversationRef(self.platform, f"chat-{self.handle}", is_private=self.private)

    async def say(self, text: str, *, message_id: str | None = None) -> list[Reply]:
        self._counter += 1
        msg = IncomingMessage(self.user, self.conversation, text, message_id=message_id)
        replies = await self.app.dispatcher.dispatch(msg)
        self.history.extend(replies)
        return replies

    async def click(self, button: Button) -> list[Reply]:
        """Press a button; one on a nudge carries its message, and a reply that replaces it edits it in place."""
        pressed = next((s for s in self.inbox if button in s.reply.buttons), None)
        event = ActionEvent(self.user, self.conversation, button.action, button.value, pressed.ref if pressed else None)
        replies = await self.app.dispatcher.dispatch(event)
        self.history.extend(replies)
        phone = _PHONES.get(self.app.delivery)
        for reply in replies:
            if reply.replaces is not None and phone is not None:
                await phone.edit(reply.replaces, reply)
        return replies

    @property
    def phone(self) -> Phone:
        phone = _PHONES.get(self.app.delivery)
        if phone is None:
            assert not self.app.delivery.can_reach(self.platform), "another sender already reaches this platform"
            phone = _PHONES[self.app.delivery] = Phone(self.platform)
            self.app.delivery.register(phone)
        return phone

    @property
    def inbox(self) -> list[Shown]:
        """What the bot posted to this staff member on its own, oldest first, as it reads now (once swept)."""
        phone = _PHONES.get(self.app.delivery)
        return phone.chats.get(f"{self.platform}:{self.handle}", []) if phone is not None else []

    async def sweep(self) -> list[Shown]:
        """One round of the scheduler at the clock's instant: the nudges this chat received in it."""
        before = len(self.phone.chats.get(f"{self.platform}:{self.handle}", []))
        await run_once(self.app)
        return self.inbox[before:]
