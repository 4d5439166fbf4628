"""A write during the nightly rebuild waits for it and then refreshes the rows it committed (PostgreSQL, where
two sessions can write at once: the rebuild and the per-contact refreshes take turns on an advisory lock)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, select

from storage.analytics import rollups
from storage.db import make_engine
from storage.migrate import upgrade
from storage.models import ContactRevenue
from tests.insights.dataset import NOW, build, buy_premium
from tests.support import POSTGRES_URL, postgres_database

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="CRM_TEST_POSTGRES_URL not set")


@pytest.fixture
def url() -> Iterator[str]:
    for found in postgres_database():
        engine = make_engine(found)
        upgrade(engine)
        engine.dispose()
        yield found


def test_a_purchase_during_a_rebuild_waits_and_lands_in_the_rebuilt_rollup(url: str) -> None:
    engine = make_engine(url)
    with Session(engine) as setup:
        ids = build(setup)
        rollups.rebuild_rollups(setup, now=NOW)
        setup.commit()
    later = NOW + timedelta(hours=1)
    rebuilding = Session(engine)
    rollups.rebuild_rollups(rebuilding, now=later)  # holds the lock until it commits
    outcome: dict[str, object] = {}

    def write() -> None:
        try:
            with Session(engine) as session:
                buy_premium(session, ids, "D", later, recorded=later)
                session.commit()
            outcome["done"] = time.monotonic()
        except Exception as error:  # the assertion below reports it
            outcome["error"] = error

    writer = threading.Thread(target=write)
    writer.start()
    assert _someone_waits_for_the_rollup_lock(rebuilding), outcome  # the write waits for the rebuild
    assert "done" not in outcome and "error" not in outcome
    committed = time.monotonic()
    rebuilding.commit()
    rebuilding.close()
    writer.join(timeout=30)
    assert "error" not in outcome, outcome.get("error")
    assert float(outcome["done"]) >= committed  # type: ignore[arg-type]
    with Session(engine) as check:
        row = check.exec(
            select(ContactRevenue).where(col(ContactRevenue.contact_id) == ids["D"], ContactRevenue.currency == "EUR")
        ).one()
        assert (row.revenue_minor, row.purchases) == (30000, 1)
    engine.dispose()


def _someone_waits_for_the_rollup_lock(session: Session, seconds: float = 10.0) -> bool:
    """True once PostgreSQL shows a session waiting on an advisory lock (the writer's refresh behind the rebuild)."""
    waiting = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if session.execute(waiting).scalar():  # each look is a round trip: no fixed wait
            return True
    return False
