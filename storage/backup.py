"""Consistent snapshots of the store while the bot keeps running.

SQLite: the online backup API copies the database page by page and restarts if a writer changes a page
already copied, so the copy is one committed state even under load. PostgreSQL: pg_dump, which reads
one snapshot (a REPEATABLE READ transaction) without blocking writers.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class BackupResult:
    path: Path | None
    message: str
    ok: bool = True


def default_path(engine: Engine, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    database = engine.url.database or "rapport.db"
    if engine.dialect.name == "sqlite" and database != ":memory:":
        return Path(database).expanduser().resolve().parent / "backups" / f"rapport-{stamp}.db"
    return Path("backups") / f"{database}-{stamp}.dump"


def backup(engine: Engine, *, out: Path | None, now: datetime) -> BackupResult:
    target = out or default_path(engine, now)
    if engine.dialect.name == "sqlite":
        return _sqlite(engine, target)
    if engine.dialect.name == "postgresql":
        return _postgres(engine, target)
    return BackupResult(None, f"no backup method for {engine.dialect.name}", ok=False)


def _sqlite(engine: Engine, target: Path) -> BackupResult:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        return BackupResult(None, f"{target} exists already; choose another --out", ok=False)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy, pages=1024)
        finally:
            copy.close()
    finally:
        raw.close()
    size = target.stat().st_size
    return BackupResult(
        target,
        f"Backup written to {target} ({size / 1e6:.1f} MB). Restore: stop the bot, copy it over the database file.",
    )


def pg_dump_command(engine: Engine, target: Path) -> list[str]:
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    return ["pg_dump", "--format=custom", f"--file={target}", url]


def _postgres(engine: Engine, target: Path) -> BackupResult:
    command = pg_dump_command(engine, target)
    shown = " ".join(command)
    if engine.url.password:
        shown = shown.replace(engine.url.password, "***")
    if shutil.which("pg_dump") is None:
        return BackupResult(
            None,
            "pg_dump is not installed here. Run it where it is (it reads one consistent snapshot, the bot can keep "
            f"running):\n  {shown}\nRestore with: pg_restore --clean --dbname=URL {target}",
            ok=False,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return BackupResult(None, f"pg_dump failed: {done.stderr.strip()[:500]}", ok=False)
    return BackupResult(
        target, f"Backup written to {target} with pg_dump. Restore: pg_restore --clean --dbname=URL {target}"
    )
