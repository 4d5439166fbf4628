"""APScheduler 3.x in the bot's event loop. The database, not the job store, is the source of truth."""

from __future__ import annotations

import logging
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)


class ReminderScheduler:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.scheduler = AsyncIOScheduler(timezone="UTC")

    def start(self) -> None:
        from reminders.sweep import sweep_and_deliver

        interval = self.app.settings.sweep_interval_seconds
        self.scheduler.add_job(
            sweep_and_deliver,
            "interval",
            seconds=interval,
            args=[self.app],
            id="sweep:all",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
        # The insight rollups: trailing-year figures and RFM are "as of" this rebuild (docs/insights.md).
        self.scheduler.add_job(
            rebuild_insight_rollups,
            "cron",
            hour=2,
            minute=15,
            args=[self.app],
            id="insights:rollups",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
        self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)


async def rebuild_insight_rollups(app: Any) -> None:
    from storage.analytics.rollups import rebuild_rollups

    with app.services.session() as session:
        rebuild_rollups(session, now=app.services.clock.now())
    log.info("insight rollups rebuilt")
