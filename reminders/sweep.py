"""Sweep: rules -> nudge rows under their unique dedupe key -> delivery (reminders/dispatch.py).

Follow-ups are checked on every sweep; the daily rules run once per owner and slot (their morning in
their time zone), remembered in reminder_state so the minute-by-minute sweeps skip them. A replayed
sweep, a restart or a second instance inserts nothing twice: the dedupe key is unique and the insert
is ON CONFLICT DO NOTHING. A PostgreSQL advisory lock only keeps two instances from doing the same
work at the same moment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from config.settings import Settings
from reminders import cadence, engine, state
from reminders.candidates import NudgeCandidate
from reminders.dispatch import deliver_pending
from reminders.slots import birthday_time, digest_time, due_slots
from storage.db import upsert_insert
from storage.models import Nudge

log = logging.getLogger(__name__)
LOCK_KEY = 0x52454D49  # "REMI": the sweep's advisory lock id


@dataclass
class SweepResult:
    candidates: list[NudgeCandidate] = field(default_factory=list)
    created: int = 0
    skipped: bool = False


def insert_candidates(*, session: Session, candidates: list[NudgeCandidate], now: datetime) -> int:
    """Store new nudges; a key already stored (a replay, another instance) is silently skipped."""
    if not candidates:
        return 0
    dialect = session.get_bind().dialect.name
    insert = upsert_insert(dialect)
    rows = [
        {
            "kind": c.kind,
            "dedupe_key": c.dedupe_key,
            "owner_id": c.owner_id,
            "contact_id": c.contact_id,
            "follow_up_id": c.follow_up_id,
            "due_at": c.due_at,
            "text": c.text,
            "status": "pending",
            "attempts": 0,
            "created_at": now,
        }
        for c in candidates
    ]
    # One statement, many parameter sets: SQLAlchemy batches them into multi-row INSERTs itself
    # ("insertmanyvalues"), compiling the statement once instead of once per block of rows.
    # On the Core table, not the ORM entity: the ORM's bulk path adds bookkeeping the sweep never uses.
    table = Nudge.__table__  # type: ignore[attr-defined]
    statement = insert(table).on_conflict_do_nothing(index_elements=["dedupe_key"]).returning(table.c.id)
    # RETURNING lists only the rows actually inserted (rowcount is not reliable here on psycopg).
    return len(session.connection().execute(statement, rows).all())


def _pending_owners(session: Session, now: datetime, settings: Settings) -> tuple[set[int], set[int], dict[str, str]]:
    """Owners whose birthday / digest slot is due and not yet handled, and the markers to store after."""
    window = timedelta(hours=settings.catch_up_hours)
    done_row = state.get(session=session, key=state.DAILY_DONE)
    done: dict[str, str] = dict(done_row.value or {}) if done_row else {}
    marks: dict[str, str] = {}
    owners: list[set[int]] = []
    for name, local_time in (("birthday", birthday_time(settings)), ("daily", digest_time(settings))):
        todo = set()
        for slot in due_slots(session=session, at=now, window=window, local_time=local_time):
            key = f"{name}:{slot.owner_id}"
            if done.get(key) != slot.at.isoformat():
                todo.add(slot.owner_id)
                marks[key] = slot.at.isoformat()
        owners.append(todo)
    return owners[0], owners[1], done | marks


def sweep(*, session: Session, now: datetime, settings: Settings) -> SweepResult:
    birthday_owners, daily_owners, marks = _pending_owners(session, now, settings)
    if daily_owners:
        cadence.refresh(session=session, currency=settings.currency)
    found = engine.evaluate(
        session=session, at=now, settings=settings, birthday_owners=birthday_owners, daily_owners=daily_owners
    )
    created = insert_candidates(session=session, candidates=found, now=now)
    state.put(session=session, key=state.DAILY_DONE, value=marks)
    state.put(session=session, key=state.LAST_SWEEP, at=now, value={"candidates": len(found), "created": created})
    return SweepResult(found, created)


class _AdvisoryLock:
    """pg_try_advisory_lock on its own connection; on SQLite (one instance) always granted."""

    def __init__(self, bind: Engine) -> None:
        self.bind = bind
        self.conn: Any = None

    def __enter__(self) -> bool:
        if self.bind.dialect.name != "postgresql":
            return True
        self.conn = self.bind.connect()
        got = bool(self.conn.execute(select(func.pg_try_advisory_lock(LOCK_KEY))).scalar())
        self.conn.commit()
        return got

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            try:
                self.conn.execute(select(func.pg_advisory_unlock(LOCK_KEY)))
                self.conn.commit()
            finally:
                self.conn.close()


async def run_once(app: Any, *, now: datetime | None = None) -> SweepResult:
    """One sweep and delivery round, as the scheduler runs it."""
    now = now or app.services.clock.now()
    result = SweepResult(skipped=True)
    with _AdvisoryLock(app.engine) as granted:
        if granted:
            with app.services.session() as session:
                result = sweep(session=session, now=now, settings=app.settings)
        else:
            log.info("another instance is sweeping; delivering only")
    await deliver_pending(
        session_factory=app.services.session,
        delivery=app.delivery,
        now=now,
        settings=app.settings,
        clock=app.services.clock.now,
    )
    return result


async def sweep_and_deliver(app: Any) -> None:
    try:
        await run_once(app)
    except Exception:
        log.exception("reminder sweep failed")
