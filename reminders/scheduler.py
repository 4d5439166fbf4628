"""APScheduler 3.x in the bot's event loop. The database, not the job store, is the source of truth.

One interval job (settings.sweep_interval_seconds, a minute by default) runs the whole sweep: due
follow-ups every time, the daily rules for the owners whose local morning slot has come (once per
slot, remembered in the store). It first runs at start-up, which is the catch-up after a downtime.
Job arguments carry no personal data: just the app.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)
JOB_ID = "sweep:reminders"
CATCH_UP_ID = "insights:rollups:catch-up"


class ReminderScheduler:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.scheduler = AsyncIOScheduler(timezone="UTC")

    def start(self) -> None:
        from reminders.sweep import sweep_and_deliver

        self.scheduler.add_job(
            sweep_and_deliver,
            "interval",
            seconds=self.app.settings.sweep_interval_seconds,
            args=[self.app],
            id=JOB_ID,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
            replace_existing=True,
        )
        # Once right away (a date trigger with no date means now): the catch-up after a downtime.
        self.scheduler.add_job(sweep_and_deliver, args=[self.app], id=f"{JOB_ID}:startup", replace_existing=True)
        # The insight rollups: trailing-year figures and RFM are "as of" this rebuild (docs/insights.md).
        # 02:15 in the company's time zone: the quiet hour, and after midnight, so that "last month" asked on the
        # 1st is a period this rebuild counted.
        self.scheduler.add_job(
            rebuild_insight_rollups,
            "cron",
            hour=2,
            minute=15,
            timezone=ZoneInfo(self.app.settings.default_timezone),
            args=[self.app],
            id="insights:rollups",
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )
        if rollups_overdue(self.app):
            # Down at 02:15 (or longer): rebuild now rather than answer from the ledger until tomorrow night.
            self.scheduler.add_job(
                rebuild_insight_rollups, args=[self.app], id=CATCH_UP_ID, max_instances=1, replace_existing=True
            )
        self.scheduler.start()
        log.info("reminder scheduler started (every %ss)", self.app.settings.sweep_interval_seconds)

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)


async def rebuild_insight_rollups(app: Any) -> None:
    # A worker thread: at a million contacts the rebuild takes a minute or more, during which the event loop
    # keeps answering reads and acknowledging Slack. A write in the meantime waits for the rebuild (rollups
    # take turns with it; SQLite's single writer up to its busy timeout, after which the sender is told
    # nothing was saved).
    await asyncio.to_thread(_rebuild, app)
    log.info("insight rollups rebuilt")


def _rebuild(app: Any) -> None:
    from storage.analytics.rollups import rebuild_rollups

    with app.services.session() as session:
        settings = app.services.settings
        rebuild_rollups(
            session,
            now=app.services.clock.now(),
            churn_window_days=settings.churn_window_days,
            business_tz=ZoneInfo(settings.default_timezone),
        )


def rollups_overdue(app: Any) -> bool:
    """The insight rollups exist but their last rebuild is older than the answers may use (freshness.MAX_AGE)."""
    from storage.analytics.freshness import MAX_AGE, as_of

    with app.services.session() as session:
        at = as_of(session)
    return at is not None and app.services.clock.now() - at > MAX_AGE
