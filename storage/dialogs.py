"""Per-chat pending questions and processed platform events, kept in the store (any instance answers)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, literal
from sqlalchemy import delete as sa_delete
from sqlalchemy import insert as sa_insert
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from storage import models
from storage.db import detached, driver_rows, time_processors, upsert_insert

DIALOG_TTL = timedelta(minutes=30)

# Every message reads (and many write) this table, so the statements are built once and run as Core
# statements: no per-call construction, no ORM unit-of-work bookkeeping for a row nobody edits in place.
_TABLE: Table = models.DialogState.__table__  # type: ignore[attr-defined]
_KEY = (
    _TABLE.c.platform == bindparam("platform"),
    _TABLE.c.chat_id == bindparam("chat_id"),
    _TABLE.c.user_id == bindparam("user_id"),
)
_GET = sa_select(_TABLE.c.id, _TABLE.c.kind, _TABLE.c.payload, _TABLE.c.expires_at).where(*_KEY)
_GET_MANY = sa_select(_TABLE.c.id, _TABLE.c.user_id, _TABLE.c.kind, _TABLE.c.payload, _TABLE.c.expires_at).where(
    _TABLE.c.platform == bindparam("platform"),
    _TABLE.c.chat_id == bindparam("chat_id"),
    _TABLE.c.user_id.in_(bindparam("user_ids", expanding=True)),
)
_CLEAR = sa_delete(_TABLE).where(*_KEY)
_DROP = sa_delete(_TABLE).where(_TABLE.c.id == bindparam("state_id"))
_SEEN = sa_select(literal(1)).where(
    models.ProcessedEvent.__table__.c.platform == bindparam("platform"),  # type: ignore[attr-defined]
    models.ProcessedEvent.__table__.c.event_id == bindparam("event_id"),  # type: ignore[attr-defined]
)
_UPSERT: dict[str, Any] = {}


def _upsert(dialect: str) -> Any:
    """INSERT ... ON CONFLICT (the chat key) DO UPDATE: one statement replaces the chat's state."""
    statement = _UPSERT.get(dialect)
    if statement is None:
        base = upsert_insert(dialect)(_TABLE)
        statement = _UPSERT[dialect] = base.on_conflict_do_update(
            index_elements=["platform", "chat_id", "user_id"],
            set_={"kind": base.excluded.kind, "payload": base.excluded.payload, "expires_at": base.excluded.expires_at},
        )
    return statement


def _state(
    state_id: int, platform: str, chat_id: str, user_id: str, kind: str, payload: Any, expires_at: datetime
) -> models.DialogState:
    values = {"id": state_id, "platform": platform, "chat_id": chat_id, "user_id": user_id, "kind": kind}
    return detached(models.DialogState, values | {"payload": payload, "expires_at": expires_at})


def get(*, session: Session, platform: str, chat_id: str, user_id: str, now: datetime) -> models.DialogState | None:
    """The chat's pending state (a detached copy: change it through :func:`put`), None when absent or expired."""
    connection = session.connection()
    row = connection.execute(_GET, {"platform": platform, "chat_id": chat_id, "user_id": user_id}).first()
    if row is None:
        return None
    state_id, kind, payload, expires_at = row
    if expires_at <= now:
        connection.execute(_DROP, {"state_id": state_id})
        return None
    return _state(state_id, platform, chat_id, user_id, kind, payload, expires_at)


def get_many(
    *, session: Session, platform: str, chat_id: str, user_ids: list[str], now: datetime
) -> dict[str, models.DialogState]:
    """The chat's states under several user keys (a pending question, the focus) in one statement, by user key;
    expired ones are dropped as :func:`get` drops them."""
    connection = session.connection()
    found: dict[str, models.DialogState] = {}
    key = {"platform": platform, "chat_id": chat_id}
    rows = (
        _sqlite_rows(session, key | {"user_ids": json.dumps(user_ids)})
        if session.get_bind().dialect.name == "sqlite"
        else connection.execute(_GET_MANY, key | {"user_ids": user_ids}).all()
    )
    for state_id, user_id, kind, payload, expires_at in rows:
        if expires_at <= now:
            connection.execute(_DROP, {"state_id": state_id})
            continue
        found[user_id] = _state(state_id, platform, chat_id, user_id, kind, payload, expires_at)
    return found


# Every message reads the chat's states: on SQLite on the driver's connection (storage.db.driver_rows), the
# payload and the expiry converted as the JSON and UTCDateTime columns convert them.
_GET_MANY_SQLITE = (
    "SELECT id, user_id, kind, payload, expires_at FROM dialog_state WHERE platform = :platform "
    "AND chat_id = :chat_id AND user_id IN (SELECT value FROM json_each(:user_ids))"
)


def _sqlite_rows(session: Session, values: dict[str, str]) -> list[tuple[Any, ...]]:
    read_time = time_processors(session)[1] or (lambda value: value)
    rows = driver_rows(session, _GET_MANY_SQLITE, values)
    return [(i, user, kind, _json(payload), read_time(expires)) for i, user, kind, payload, expires in rows]


def _json(stored: str | None) -> Any:
    return None if stored is None else json.loads(stored)


def put(
    *,
    session: Session,
    platform: str,
    chat_id: str,
    user_id: str,
    kind: str,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    values = {
        "platform": platform,
        "chat_id": chat_id,
        "user_id": user_id,
        "kind": kind,
        "payload": payload,
        "expires_at": now + DIALOG_TTL,
    }
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upsert(session, [values])
        return
    connection = session.connection()
    if dialect == "postgresql":
        connection.execute(_upsert(dialect), values)
        return
    connection.execute(_CLEAR, {"platform": platform, "chat_id": chat_id, "user_id": user_id})
    connection.execute(sa_insert(_TABLE), values)


def put_many(
    *, session: Session, platform: str, chat_id: str, states: list[tuple[str, str, dict[str, Any]]], now: datetime
) -> None:
    """Several of the chat's states, (user key, kind, payload) each, in one statement (one executemany)."""
    dialect = session.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql") or len(states) < 2:
        for user_id, kind, payload in states:
            put(
                session=session,
                platform=platform,
                chat_id=chat_id,
                user_id=user_id,
                kind=kind,
                payload=payload,
                now=now,
            )
        return
    expires_at = now + DIALOG_TTL
    rows = [
        {"platform": platform, "chat_id": chat_id, "user_id": user_id, "kind": kind, "payload": payload,
         "expires_at": expires_at}
        for user_id, kind, payload in states
    ]  # fmt: skip
    if dialect == "sqlite":
        _sqlite_upsert(session, rows)
        return
    session.connection().execute(_upsert(dialect), rows)


# Every message writes the chat's states (its focus, often a question): on SQLite on the driver's connection, in
# the session's transaction, the payload and the expiry converted by the columns' own bind processors, so what is
# stored is what the Core statement stored (its execution cost more than the write).
_UPSERT_SQLITE = (
    "INSERT INTO dialog_state (platform, chat_id, user_id, kind, payload, expires_at) "
    "VALUES (:platform, :chat_id, :user_id, :kind, :payload, :expires_at) "
    "ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, "
    "expires_at = excluded.expires_at"
)


def _sqlite_upsert(session: Session, rows: list[dict[str, Any]]) -> None:
    dialect = session.get_bind().dialect
    to_json = _TABLE.c.payload.type.dialect_impl(dialect).bind_processor(dialect)
    to_time = time_processors(session)[0]
    values = [
        row | {"payload": to_json(row["payload"]) if to_json else row["payload"],
               "expires_at": to_time(row["expires_at"]) if to_time else row["expires_at"]}
        for row in rows
    ]  # fmt: skip
    session.connection().connection.driver_connection.executemany(_UPSERT_SQLITE, values)  # type: ignore[union-attr]


def clear(*, session: Session, platform: str, chat_id: str, user_id: str) -> None:
    session.connection().execute(_CLEAR, {"platform": platform, "chat_id": chat_id, "user_id": user_id})


def event_seen(*, session: Session, platform: str, event_id: str) -> bool:
    """Was this platform event handled already (a redelivery or retry)?"""
    return session.connection().execute(_SEEN, {"platform": platform, "event_id": event_id}).first() is not None


def claim_event(*, session: Session, platform: str, event_id: str, now: datetime) -> bool:
    """True the first time an event id is seen; False for a redelivery or retry."""
    try:
        with session.begin_nested():
            session.add(models.ProcessedEvent(platform=platform, event_id=event_id, at=now))
            session.flush()
    except IntegrityError:
        return False
    return True
