"""Run the configured adapters and the scheduler in one event loop until stopped."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from typing import Any

from bot.adapters.base import Adapter
from bot.adapters.settings import SlackSettings, TelegramSettings
from bot.app import App

log = logging.getLogger(__name__)


def configured_adapters(app: App) -> list[Adapter]:
    """Every platform adapter whose credentials are set, each built from the dispatcher and its own settings.
    (The SDKs are imported only for a platform in use.)"""
    adapters: list[Adapter] = []
    settings = app.settings
    if settings.telegram_token is not None:
        from bot.adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(app.dispatcher, TelegramSettings.from_config(settings)))
    if settings.slack_bot_token is not None:
        from bot.adapters.slack import SlackAdapter

        adapters.append(SlackAdapter(app.dispatcher, SlackSettings.from_config(settings)))
    return adapters


async def run_forever(app: App, adapters: list[Adapter], *, console: Any = None) -> int:
    from reminders.scheduler import ReminderScheduler

    for adapter in adapters:
        app.delivery.register(adapter)
    scheduler = ReminderScheduler(app)
    started: list[Adapter] = []
    try:
        for adapter in adapters:
            await adapter.start()
            started.append(adapter)
            log.info("%s adapter started", adapter.platform)
        # What start-up built (modules, the app, the SDKs) lives as long as the process: frozen out of the
        # collector's reach, a full collection walks only what came later, a few ms instead of 60-110 ms on the
        # development machine, a pause that could fall between a platform accepting a nudge and its delivery
        # being stored (tests/bench/bench_nudge_window.py).
        gc.collect()
        gc.freeze()
        scheduler.start()
        if console is not None:
            await console.run_interactive()
        else:
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop.set)
            await stop.wait()
    finally:
        scheduler.shutdown()
        for adapter in reversed(started):
            try:
                await adapter.stop()
            except Exception:
                log.exception("stopping %s failed", adapter.platform)
    return 0
