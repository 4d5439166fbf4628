"""kill -9 while Telegram waits for the webhook's answers, against the real process: an update is answered
(HTTP 200) only once handled, so the ones in flight are delivered again after the restart; nothing is lost or
stored twice, every message is answered. ``--soak``: CRM_SOAK_KILLS kills in rounds of 100, each on its own
SQLite store, fake Bot API and port (tests/reliability/soak.py)."""

from __future__ import annotations

import socket
from functools import reduce
from operator import add
from pathlib import Path

from tests.fakes import FakeTelegramAPI
from tests.reliability import kill_harness
from tests.reliability import soak as soak_rounds
from tests.reliability.kill_harness import Figures

PER_ROUND = 100


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _round(
    fake: FakeTelegramAPI, db_url: str, work: Path, kills: int, seed: int, deadline: float | None
) -> Figures:
    messages = min(kill_harness.MAX_PEOPLE, kills * 3) if kills > 3 else 12
    return await kill_harness.run_webhook(
        fake, db_url, work, messages=messages, kills=kills, port=free_port(), seed_=seed, deadline=deadline
    )


async def test_kill_9_during_webhook_delivery_loses_nothing(
    telegram_api: FakeTelegramAPI, db_url: str, tmp_path: Path, soak: bool
) -> None:
    if soak:
        rounds = await soak_rounds.in_rounds(_round, tmp_path, kills=soak_rounds.soak_kills(), per_round=PER_ROUND)
        figures = reduce(add, rounds, Figures())
    else:
        figures = await _round(telegram_api, db_url, tmp_path, 3, 17, None)
    print(f"\nkill -9 during webhook delivery: {figures.line()}")

    assert figures.kills == 3 if not soak else figures.kills > 0
    assert (figures.lost, figures.unanswered, figures.doubled) == (0, 0, 0), (figures.line(), tmp_path / "bot.log")
