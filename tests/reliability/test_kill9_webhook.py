"""kill -9 while Telegram waits for the webhook's answers, against the real process: an update is answered
(HTTP 200) only once handled, so the ones in flight are delivered again after the restart; nothing is lost or
stored twice, every message is answered."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from tests.fakes import FakeTelegramAPI
from tests.reliability import kill_harness


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_kill_9_during_webhook_delivery_loses_nothing(
    telegram_api: FakeTelegramAPI, db_url: str, tmp_path: Path, soak: bool
) -> None:
    kills = int(os.environ.get("CRM_SOAK_KILLS", "1000")) if soak else 3
    messages = min(kill_harness.MAX_PEOPLE, kills * 3) if soak else 12
    figures = await kill_harness.run_webhook(
        telegram_api,
        db_url,
        tmp_path,
        messages=messages,
        kills=kills,
        port=free_port(),
        deadline=kill_harness.soak_deadline() if soak else None,
    )
    print(f"\nkill -9 during webhook delivery: {figures.line()}")

    assert figures.kills == kills or figures.budget_spent
    assert (figures.lost, figures.unanswered, figures.doubled) == (0, 0, 0), (figures.line(), tmp_path / "bot.log")
