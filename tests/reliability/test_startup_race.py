"""N instances started together on an empty store all come up, on SQLite and on PostgreSQL, and the
bootstrap (admins, the local user, the demo data) happens once."""

from __future__ import annotations

import multiprocessing
import os

from sqlmodel import Session, select

from storage import demo
from storage.db import make_engine
from storage.models import AuditLog, Staff, StaffIdentity
from tests.reliability.startup_instance import start

INSTANCES = int(os.environ.get("CRM_STARTUP_INSTANCES", "5"))


def test_instances_started_together_all_come_up(any_db_url: str) -> None:
    url = any_db_url
    if url.startswith("postgresql"):
        _empty_postgres(url)  # the fixture migrates; this test needs the store as a new deployment finds it
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(INSTANCES)
    instances = [spawn.Process(target=start, args=(url, barrier)) for _ in range(INSTANCES)]
    for process in instances:
        process.start()
    for process in instances:
        process.join(timeout=120)

    assert [p.exitcode for p in instances] == [0] * INSTANCES
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            handles = sorted(s.handle for s in session.exec(select(Staff)) if s.handle in ("alice", "tg500"))
            links = session.exec(select(StaffIdentity).where(StaffIdentity.external_id == "500")).all()
            loads = session.exec(select(AuditLog).where(AuditLog.action == demo.MARKER)).all()
    finally:
        engine.dispose()
    assert handles == ["alice", "tg500"] and len(links) == 1 and len(loads) == 1


def _empty_postgres(url: str) -> None:
    from sqlalchemy import text

    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
