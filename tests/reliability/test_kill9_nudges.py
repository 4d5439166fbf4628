"""kill -9 in the middle of delivering nudges, against the real process: every nudge arrives, a repeat is rare
and marked "(resent)". (The lease is shortened to 10 s so the test does not wait five minutes.)"""

from __future__ import annotations

import os
from pathlib import Path

from tests.fakes import FakeTelegramAPI
from tests.reliability import kill_harness


async def test_kill_9_during_nudge_delivery_loses_none(
    telegram_api: FakeTelegramAPI, db_url: str, tmp_path: Path, soak: bool
) -> None:
    kills = int(os.environ.get("CRM_SOAK_KILLS", "1000")) if soak else 2
    nudges = min(kill_harness.MAX_PEOPLE, kills * 2) if soak else 8
    deadline = kill_harness.soak_deadline() if soak else None
    figures = await kill_harness.run_nudges(
        telegram_api, db_url, tmp_path, nudges=nudges, kills=kills, seed_=17, deadline=deadline
    )
    print(f"\nkill -9 during nudge delivery: {figures.line()}")

    assert figures.lost == 0, (figures.line(), tmp_path / "bot.log")
    assert figures.duplicates <= figures.kills and figures.marked == figures.duplicates
