"""Engine and session factory. Nothing here runs at import."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import configure_mappers, make_transient_to_detached
from sqlmodel import Session, create_engine

from storage import textguard

SessionFactory = Callable[[], AbstractContextManager[Session]]
PAGE_CACHE_KB = 16384
M = TypeVar("M")


class DatabaseError(Exception):
    """The store cannot be opened; the message is one line fit for the user."""


def make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # One process shares the engine across the event loop and worker threads.
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    textguard.install()  # every session cleans and bounds what it stores, whichever backend
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the scheduler read while a handler writes; busy_timeout waits instead of failing.
    # busy_timeout first: switching a new file to WAL takes a lock another starting instance may hold.
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # A 16 MB page cache per connection (SQLite's default is 2 MB): a common surname's candidates, read in
    # recency order, then stay in process instead of costing a read system call a page (about half that
    # query's time on 100,000 contacts). Bounded: a handful of pooled connections at most.
    cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KB}")
    cursor.close()


def upsert_insert(dialect: str) -> Callable[..., Any]:
    """The dialect's INSERT that takes ON CONFLICT clauses (PostgreSQL's, else SQLite's), imported on first use:
    the PostgreSQL dialect's modules cost every SQLite start ~50 ms."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def detached(model: type[M], values: dict[str, Any]) -> M:
    """A stored row as the ORM would have loaded it in a session that has since closed (detached), built from
    a Core statement's values: no ORM query, identity map or model validation, which cost a hot read several
    times the statement itself. Added to a session it updates that row; it never inserts another."""
    configure_mappers()  # a no-op once the models are mapped; needed before the first ORM use of a start
    instance: M = model._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    instance.__dict__.update(values)
    make_transient_to_detached(instance)
    return instance


def driver_rows(session: Session, sql: str, params: Mapping[str, Any]) -> list[Any]:
    """The rows of a SQLite-only read (FTS5, json_each, a key range) run on the session's own driver connection,
    in its transaction. These statements take and return plain numbers and strings, so SQLAlchemy's execution
    and result machinery (tens of microseconds a statement, more than many of them take to run) adds nothing."""
    return session.connection().connection.driver_connection.execute(sql, params).fetchall()  # type: ignore[union-attr]


_TIME_PROCESSORS: dict[str, tuple[Any, Any]] = {}


def time_processors(session: Session) -> tuple[Any, Any]:
    """The store's own conversions of a UTC time column (bind, result) for the session's dialect, exactly as
    SQLAlchemy applies them: for values read or bound through :func:`driver_rows`."""
    from storage.types import UTCDateTime

    dialect = session.get_bind().dialect
    found = _TIME_PROCESSORS.get(dialect.name)
    if found is None:
        kind = UTCDateTime().dialect_impl(dialect)  # the decorator over the dialect's own DATETIME
        found = _TIME_PROCESSORS[dialect.name] = (kind.bind_processor(dialect), kind.result_processor(dialect, None))
    return found


def session_factory(engine: Engine) -> SessionFactory:
    @contextmanager
    def session_scope() -> Iterator[Session]:
        """One unit of work: commits on success, rolls everything back on any error."""
        session = Session(engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    return session_scope


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        raise DatabaseError(f"cannot open the database {engine.url.render_as_string()}: {reason}") from None
