"""Soak scale for the kill scenarios: the kills are split into rounds, each on its own store (a SQLite file, or
with ``store=postgres_store`` a fresh PostgreSQL database) and its own fake Bot API (``fake_api``: or the fake
Slack API), so a round's people are distinct and its figures its own, ``CRM_SOAK_PARALLEL`` rounds side by side
(default 2). ``CRM_SOAK_KILLS`` (default 1,000) kills in all, ``CRM_SOAK_MINUTES`` a time budget: once it is
spent no round starts and no more kills are made, and the figures say how many ran."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from tests.fakes import FakeTelegramAPI
from tests.fakes._server import FakeServer
from tests.reliability.kill_harness import soak_deadline, spent
from tests.support import postgres_database, sqlite_url

F = TypeVar("F")
Round = Callable[[Any, str, Path, int, int, float | None], Awaitable[F]]  # its first argument: a fake_api()
Store = Callable[[Path], AbstractContextManager[str]]


def soak_kills() -> int:
    return int(os.environ.get("CRM_SOAK_KILLS", "1000"))


@contextmanager
def sqlite_store(folder: Path) -> Iterator[str]:
    yield sqlite_url(folder)


@contextmanager
def postgres_store(folder: Path) -> Iterator[str]:
    """A migrated database of its own on the CRM_TEST_POSTGRES_URL server, dropped after the round."""
    from storage.db import make_engine
    from storage.migrate import upgrade

    for url in postgres_database():
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url


async def in_rounds(
    scenario: Round[F],
    work: Path,
    *,
    kills: int,
    per_round: int,
    store: Store = sqlite_store,
    fake_api: Callable[[], FakeServer] = FakeTelegramAPI,
) -> list[F]:
    """``scenario(fake, db_url, folder, kills, seed, deadline)`` per round; the figures of the rounds that ran."""
    deadline = soak_deadline()
    sizes = [per_round] * (kills // per_round) + ([kills % per_round] if kills % per_round else [])
    gate = asyncio.Semaphore(int(os.environ.get("CRM_SOAK_PARALLEL", "2")))

    async def one(n: int, size: int) -> F | None:
        async with gate:
            if spent(deadline):
                return None
            folder = work / f"round-{n}"
            folder.mkdir()
            async with fake_api() as fake:
                with store(folder) as url:
                    return await scenario(fake, url, folder, size, 17 + n, deadline)

    results = await asyncio.gather(*(one(n, size) for n, size in enumerate(sizes)))
    return [r for r in results if r is not None]
