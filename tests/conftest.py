"""Shared fixtures: every test gets its own store; storage tests also run on PostgreSQL when configured."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import App
from reminders.clock import FrozenClock
from tests.support import POSTGRES_URL, Chat, make_app, postgres_database, sqlite_url


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


@pytest.fixture(params=["sqlite", "postgres"])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Both backends: PostgreSQL is skipped unless CRM_TEST_POSTGRES_URL is set (CI sets it)."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    if not POSTGRES_URL:
        pytest.skip("CRM_TEST_POSTGRES_URL not set")
    from storage.db import make_engine
    from storage.migrate import upgrade

    for url in postgres_database():
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url


@pytest.fixture
def app_clock(db_url: str) -> Iterator[tuple[App, FrozenClock]]:
    app, clock = make_app(db_url)
    yield app, clock
    app.engine.dispose()


@pytest.fixture
def app(app_clock: tuple[App, FrozenClock]) -> App:
    return app_clock[0]


@pytest.fixture
def clock(app_clock: tuple[App, FrozenClock]) -> FrozenClock:
    return app_clock[1]


@pytest.fixture
def chat(app: App, clock: FrozenClock) -> Chat:
    return Chat(app, clock)
