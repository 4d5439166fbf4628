"""kill -9 during Telegram long polling, against the real process: nothing acknowledged is lost, nothing is
stored twice, every message is answered. The figures are printed (``-s``); ``--soak`` runs the long version
(``CRM_SOAK_KILLS`` kills, default 1,000)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.fakes import FakeTelegramAPI
from tests.reliability import kill_harness


async def test_kill_9_during_polling_loses_and_doubles_nothing(
    telegram_api: FakeTelegramAPI, any_db_url: str, tmp_path: Path, soak: bool
) -> None:
    kills = int(os.environ.get("CRM_SOAK_KILLS", "1000")) if soak else 4
    messages = min(kill_harness.MAX_PEOPLE, kills + kills // 2) if soak else 16
    deadline = kill_harness.soak_deadline() if soak else None
    figures = await kill_harness.run(
        telegram_api, any_db_url, tmp_path, messages=messages, kills=kills, seed_=17, deadline=deadline
    )
    print(f"\nkill -9 during polling ({any_db_url.split(':')[0]}): {figures.line()}")

    assert figures.kills == kills or figures.budget_spent
    assert (figures.lost, figures.unanswered, figures.doubled) == (0, 0, 0), (figures.line(), tmp_path / "bot.log")
