"""One instance at a time through start-up work: migrations and bootstrap (configured admins, the local user,
the demo data).

Several instances started together on an empty or outdated store would otherwise all see "not migrated" or
"no admin yet" and race: the losers died on "table already exists" or a unique key. Under this lock the
others wait, then find the work done and continue.

PostgreSQL: a session advisory lock on a connection of its own. SQLite: an exclusive ``flock`` on a file
beside the database. (``BEGIN IMMEDIATE`` on the store itself would also serialise instances, but it would
block this instance's own migration and bootstrap writes, which run on other connections of the pool.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

ADVISORY_KEY = 0x52415050_0017  # "RAPP", start-up: any fixed 64-bit number no other lock uses
_held = threading.local()  # nesting in one process reuses the lock it already holds


@contextmanager
def exclusive(engine: Engine) -> Iterator[None]:
    key = engine.url.render_as_string(hide_password=True)
    depth: dict[str, int] = _held.__dict__.setdefault("depth", {})
    if depth.get(key):
        depth[key] += 1
        try:
            yield
        finally:
            depth[key] -= 1
        return
    depth[key] = 1
    try:
        with _acquire(engine):
            yield
    finally:
        depth[key] = 0


@contextmanager
def _acquire(engine: Engine) -> Iterator[None]:
    backend = engine.url.get_backend_name()
    if backend == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_KEY})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
                connection.commit()
        return
    database = engine.url.database if backend == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        yield  # an in-memory store belongs to this process alone
        return
    import fcntl

    lock_path = Path(database).expanduser().with_name(Path(database).name + ".startup-lock")
    with lock_path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # blocks until the instance holding it is done
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
