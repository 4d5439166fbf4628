"""The demo store, and chats with its staff: Ana (Portuguese, rep, Lisbon), Marco (Italian), Claire (French, manager)
and an English-speaking admin, at the moment the issue's examples were tried (10 March 2026, 10:00 UTC)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.app import App
from reminders.clock import FrozenClock
from storage.demo import load_demo
from tests.support import Chat, make_app

NOW = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def demo(any_db_url: str) -> Iterator[tuple[App, FrozenClock]]:
    app, clock = make_app(any_db_url, now=NOW)
    load_demo(app.services.session, now=NOW)
    yield app, clock
    app.engine.dispose()


@pytest.fixture
def ana(demo: tuple[App, FrozenClock]) -> Chat:
    return Chat(demo[0], demo[1], handle="ana")


@pytest.fixture
def boss(demo: tuple[App, FrozenClock]) -> Chat:
    """An English-speaking admin (the console's bootstrap user)."""
    return Chat(demo[0], demo[1], handle="boss")
