"""Composition root: settings + store + router + adapters + scheduler, and their lifecycle."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy.engine import Engine

from bot.context import Services
from bot.delivery import Delivery
from bot.middleware import Dispatcher
from bot.nlu.dates import set_company_country
from bot.router import Router
from config.settings import Settings
from handlers import register_all
from reminders.clock import Clock, SystemClock
from storage import staff as staff_repo
from storage import startup
from storage.db import check_connection, make_engine, session_factory
from storage.migrate import upgrade
from storage.models import Staff

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    engine: Engine
    services: Services
    router: Router
    dispatcher: Dispatcher
    delivery: Delivery = field(default_factory=Delivery)

    def ensure_local_user(self, handle: str | None, *, platform: str = "console") -> Staff:
        """The console user: known staff, or (console access means access to the store) created as admin."""
        name = (handle or self.settings.bootstrap_admin or default_handle()).strip().lower()
        now = self.services.clock.now()
        with self.services.startup_lock(), self.services.session() as session:
            member, _ = staff_repo.ensure(
                session=session,
                handle=name,
                display_name=name.capitalize(),
                role="admin",
                now=now,
                tz=self.settings.default_timezone,
                language=self.settings.default_language,
                by=None,
                via=platform,
            )
            staff_repo.link_identity(
                session=session,
                staff=member,
                platform=platform,
                external_id=name,
                chat_id=f"{platform}:{name}",
                now=now,
            )
            return member


def default_handle() -> str:
    try:
        return getpass.getuser() or "admin"
    except (KeyError, OSError):
        return "admin"


def build_app(settings: Settings, *, clock: Clock | None = None, migrate: bool = True) -> App:
    """Open (and migrate) the store and wire the core. Raises DatabaseError with one line if it cannot."""
    engine = make_engine(settings.database_url)
    check_connection(engine)
    if migrate:
        with startup.exclusive(engine):
            upgrade(engine)
    services = Services(
        settings=settings,
        clock=clock or SystemClock(),
        session=session_factory(engine),
        startup_lock=partial(startup.exclusive, engine),
    )
    set_company_country(settings.country)  # holidays read by name are this country's
    router = register_all(Router())
    app = App(settings, engine, services, router, Dispatcher(router, services))
    services.extras["delivery"] = app.delivery
    return app
