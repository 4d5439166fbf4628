"""One instance's attempt at delivering one nudge, as the row records it.

The claim is one UPDATE only one instance can win (the row's status and attempt count must be what this
instance read), made at most once per attempt, right before the platform call; it is a lease: if the
delivery is not recorded before ``next_attempt_at``, any instance may claim the row again and send it
marked "(resent)". The delivery is recorded the moment the platform accepted it, one UPDATE in its own
transaction with nothing read first: a crash between the two is the only way a nudge arrives twice.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import col

from bot.delivery import DeliveryError
from bot.types import MessageRef
from storage.models import Nudge, StaffIdentity

log = logging.getLogger(__name__)
RESENT_NOTE = "resent after an expired lease"  # last_error of a delivered nudge that was sent again
MAX_BACKOFF = timedelta(hours=6)
_AT = Nudge.__table__.c.sent_at.type  # type: ignore[attr-defined]  # the column's own type: UTC in and out
# The claim and the record are prepared statements executed on a connection, not ORM updates: each runs in the
# event loop right before or right after a platform call, and the record inside the window in which a kill -9
# repeats a nudge (measured by tests/bench/bench_nudge_window.py).
CLAIM = (
    update(Nudge)
    .where(
        col(Nudge.id) == bindparam("nudge_id"),
        col(Nudge.status) == bindparam("seen_status"),
        col(Nudge.attempts) == bindparam("seen_attempts"),
    )
    .values(
        status="sent",
        sent_at=bindparam("now", type_=_AT),
        sent_message_id=None,
        sent_platform=None,
        next_attempt_at=bindparam("until", type_=_AT),
        attempts=bindparam("attempts"),
    )
)
RECORD = (
    update(Nudge)
    .where(col(Nudge.id) == bindparam("nudge_id"))
    .values(
        sent_platform=bindparam("platform"),
        sent_chat_id=bindparam("chat_id"),
        sent_message_id=bindparam("message_id"),
        last_error=bindparam("note"),
        next_attempt_at=None,
    )
)


class Attempt:
    def __init__(self, session_factory: Any, nudge: Nudge, *, now: datetime, lease: timedelta) -> None:
        self.session_factory, self.nudge, self.now, self.lease = session_factory, nudge, now, lease
        self.resent = nudge.status == "sent"  # its lease ran out: the first send may have arrived
        self.claimed = False
        self.recorded = False
        self._tried = False
        self.engine: Any = None  # the claim's, for the record

    def claim(self) -> bool:
        """Take the row until ``now + lease``; False when another instance was first. Asked again (a retried
        platform call), it answers as the first time."""
        if not self._tried:
            self._tried = True
            with self.session_factory() as session:
                self.claimed = _claim(session, self.nudge, self.now, self.lease)
                self.engine = session.get_bind()
        return self.claimed

    def record(self, ref: MessageRef) -> None:
        """The delivery, stored the moment the platform accepted it; a crash before it commits means the nudge
        is sent again after its lease. One prepared UPDATE in its own transaction on the engine the claim used
        (no session to build first)."""
        self.recorded = True
        values = {
            "nudge_id": self.nudge.id,
            "platform": ref.platform,
            "chat_id": ref.chat_id,
            "message_id": ref.message_id,
            "note": RESENT_NOTE if self.resent else None,
        }
        try:
            if self.engine is not None:
                with self.engine.begin() as connection:
                    connection.execute(RECORD, values)
            else:
                with self.session_factory() as session:
                    session.connection().execute(RECORD, values)
        except Exception:
            log.exception("nudge %s was sent but its delivery not stored; it is resent after its lease", self.nudge.id)

    def release(self) -> None:
        """Undo this attempt's claim (the send was cancelled or refused before it went out)."""
        if not self.claimed:
            return
        nudge = self.nudge
        try:
            with self.session_factory() as session:
                row = session.get(Nudge, nudge.id)
                if row is not None and row.status == "sent" and row.sent_platform is None:
                    row.status, row.sent_at, row.next_attempt_at = nudge.status, nudge.sent_at, nudge.next_attempt_at
                    row.attempts = nudge.attempts
                    session.add(row)
        except Exception:
            log.exception("could not release nudge %s (its lease will expire instead)", nudge.id)


def _claim(session: Any, nudge: Nudge, now: datetime, lease: timedelta) -> bool:
    """Take the row for this instance until ``now + lease``; False when another instance was first."""
    retry = nudge.status == "sent"  # a lease that ran out: the attempt count moves, so one reclaim wins
    values = {
        "nudge_id": nudge.id,
        "seen_status": nudge.status,
        "seen_attempts": nudge.attempts,
        "now": now,
        "until": now + lease,
        "attempts": nudge.attempts + 1 if retry else nudge.attempts,
    }
    return bool(session.connection().execute(CLAIM, values).rowcount)


def failed(session_factory: Any, nudge: Nudge, identity: StaffIdentity, exc: DeliveryError, now: datetime) -> None:
    with session_factory() as session:
        row = session.get(Nudge, nudge.id)
        if row is None:
            return
        # Back to what it was: pending (or a snooze that ran out); a lease retry is pending again.
        row.status = "pending" if nudge.status == "sent" else nudge.status
        row.sent_at = None
        row.attempts = row.attempts + 1
        row.last_error = str(exc)[:500]
        wait = (
            timedelta(seconds=exc.retry_after)
            if exc.retry_after
            else min(MAX_BACKOFF, timedelta(minutes=2 ** min(row.attempts, 9)))
        )
        row.next_attempt_at = now + wait
        session.add(row)
        if exc.permanent:
            ident = session.get(StaffIdentity, identity.id)
            if ident is not None:
                ident.unreachable = True
                session.add(ident)
    log.warning("nudge %s not delivered (attempt %s): %s", nudge.id, nudge.attempts + 1, exc)
