"""The demo store on SQLite and PostgreSQL, and Ana Costa (a rep who owns the Iberian and Brazilian accounts) talking
to it in a given language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlmodel import select

from bot.app import App
from reminders.clock import FrozenClock
from storage.demo import load_demo
from storage.models import Staff
from tests.support import T0, Chat, make_app


@pytest.fixture
def demo_app(any_db_url: str) -> Iterator[tuple[App, FrozenClock]]:
    app, clock = make_app(any_db_url)
    load_demo(app.services.session, now=T0)
    yield app, clock
    app.engine.dispose()


@pytest.fixture
def ana(demo_app: tuple[App, FrozenClock]) -> Callable[[str], Chat]:
    """Ana Costa, writing in ``lang``."""

    def speaking(lang: str) -> Chat:
        app, clock = demo_app
        with app.services.session() as session:
            me = session.exec(select(Staff).where(Staff.handle == "ana")).one()
            me.language = lang
            session.add(me)
        return Chat(app, clock, handle="ana")

    return speaking
