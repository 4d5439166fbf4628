"""One instance's start-up, for the start-up race test: build the app (migrations), link the configured
admins, the local user and the demo data, all at the moment a shared barrier releases every instance."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

T0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def start(url: str, barrier: Any) -> None:
    from bot.app import build_app
    from bot.identity import link_configured_admins
    from config.settings import get_settings
    from reminders.clock import FrozenClock
    from storage.demo import load_demo

    settings = get_settings(database_url=url, _env_file=None)
    barrier.wait(timeout=60)  # every instance imported: from here they really start together
    app = build_app(settings, clock=FrozenClock(T0))
    link_configured_admins(app.services, platform="telegram", accounts=[("500", "500")], handle_prefix="tg")
    app.ensure_local_user("alice")
    with app.services.startup_lock():
        load_demo(app.services.session, now=T0)
    app.engine.dispose()
