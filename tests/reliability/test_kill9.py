"""kill -9 during Telegram long polling, against the real process: nothing acknowledged is lost, nothing is
stored twice, every message is answered. The figures are printed (``-s``); ``--soak`` runs the long version
(``CRM_SOAK_KILLS`` kills, default 1,000, in rounds of 100, each on a store of its own: a SQLite file or a
PostgreSQL database, see tests/reliability/soak.py)."""

from __future__ import annotations

from functools import reduce
from operator import add
from pathlib import Path

from tests.fakes import FakeTelegramAPI
from tests.reliability import kill_harness
from tests.reliability import soak as soak_rounds
from tests.reliability.kill_harness import Figures

PER_ROUND = 100


async def _round(
    fake: FakeTelegramAPI, db_url: str, work: Path, kills: int, seed: int, deadline: float | None
) -> Figures:
    messages = min(kill_harness.MAX_PEOPLE, max(16, kills + kills // 2))
    # A spare instance started ahead pays off at soak scale on a loaded machine; at CI scale it only competes.
    return await kill_harness.run(
        fake, db_url, work, messages=messages, kills=kills, seed_=seed, deadline=deadline, warm=kills > 4
    )


async def test_kill_9_during_polling_loses_and_doubles_nothing(
    telegram_api: FakeTelegramAPI, any_db_url: str, tmp_path: Path, soak: bool
) -> None:
    if not soak:
        figures = await _round(telegram_api, any_db_url, tmp_path, 4, 17, None)
    else:
        store = soak_rounds.sqlite_store if any_db_url.startswith("sqlite") else soak_rounds.postgres_store
        rounds = await soak_rounds.in_rounds(
            _round, tmp_path, kills=soak_rounds.soak_kills(), per_round=PER_ROUND, store=store
        )
        figures = reduce(add, rounds, Figures())
    print(f"\nkill -9 during polling ({any_db_url.split(':')[0]}): {figures.line()}")

    assert figures.kills == 4 if not soak else figures.kills > 0
    assert (figures.lost, figures.unanswered, figures.doubled) == (0, 0, 0), (figures.line(), tmp_path / "bot.log")
