"""Bulk writing on either backend: batches of transactions, id reservation, the SQLite full-text index.

On SQLite the per-row full-text trigger costs more than the insert itself, so inside each import
transaction the trigger is dropped, the new rows are indexed with one INSERT ... SELECT, and the trigger
is re-created before COMMIT. DDL is transactional in SQLite and the import holds the write lock, so no
other connection ever sees the store without its trigger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Connection, Table, insert, text

FTS_TRIGGER = "contact_fts_ai"


class Batches:
    """One import's transactions: begin lazily, commit every ``commit_rows`` rows (never in a dry run)."""

    def __init__(self, conn: Connection, *, dry_run: bool, commit_rows: int, bulk_fts: bool = True) -> None:
        self.conn = conn
        self.dry_run = dry_run
        self.commit_rows = commit_rows
        self.dialect = conn.dialect.name
        self.pending_rows = 0
        self.open = False
        self.commits = 0
        self.trigger_sql: str | None = None
        if self.dialect == "sqlite" and bulk_fts:
            self.trigger_sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_TRIGGER,)
            ).scalar()
            conn.rollback()

    def begin(self) -> None:
        if self.open:
            return
        if self.dialect == "sqlite":
            # A DML statement makes the driver open the transaction, so the DROP below is part of it.
            self.conn.exec_driver_sql("UPDATE contact SET id = id WHERE 0")
            if self.trigger_sql:
                self.conn.exec_driver_sql(f"DROP TRIGGER {FTS_TRIGGER}")
        self.open = True

    def reserve_contact_ids(self, count: int) -> list[int]:
        if count == 0:
            return []
        self.begin()
        if self.dialect == "postgresql":
            rows = self.conn.execute(
                text("SELECT nextval(pg_get_serial_sequence('contact', 'id')) FROM generate_series(1, :n)"),
                {"n": count},
            )
            return [row[0] for row in rows]
        # SQLite: this transaction holds the write lock (the DROP TRIGGER above), so max(id) is ours.
        start = self.conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM contact").scalar() or 0
        return list(range(start + 1, start + 1 + count))

    def index_contacts(self, first_id: int, last_id: int) -> None:
        if self.trigger_sql:
            self.conn.exec_driver_sql(
                "INSERT INTO contact_fts(rowid, search_key) SELECT id, search_key FROM contact WHERE id BETWEEN ? AND ?",
                (first_id, last_id),
            )

    def done_rows(self, count: int) -> None:
        self.pending_rows += count
        if self.pending_rows >= self.commit_rows:
            self.commit()

    def commit(self) -> None:
        if self.dry_run or not self.open:
            return
        self._restore_trigger()
        self.conn.commit()
        self.open = False
        self.pending_rows = 0
        self.commits += 1

    def rollback(self) -> None:
        self.conn.rollback()
        self.open = False

    def _restore_trigger(self) -> None:
        if self.trigger_sql:
            self.conn.exec_driver_sql(self.trigger_sql)


def insert_rows(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """executemany of plain tuples. SQLite gets them straight through the driver (values already in stored
    form, see :func:`stored`), which is several times cheaper per row than Core's per-row parameter
    processing; other backends go through a Core insert."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn.exec_driver_sql(sql, rows)  # type: ignore[arg-type]
        return
    conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])


def stored(conn: Connection, column: Column[Any]) -> Callable[[Any], Any]:
    """The column type's own conversion to what the driver stores (used with :func:`insert_rows`)."""
    if conn.dialect.name != "sqlite":
        return lambda value: value
    processor = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return processor or (lambda value: value)
