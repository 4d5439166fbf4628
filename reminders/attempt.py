"""One instance's attempt at delivering one nudge, as the row records it.

The claim is one UPDATE only one instance can win (the row's status and attempt count must be what this
instance read), made at most once per attempt, right before the platform call; it is a lease, running from
the claim (not from the start of the round, which may be minutes earlier): if the delivery is not recorded
before ``next_attempt_at``, any instance may claim the row again and send it marked "(resent)". A reclaim
also needs the delivery still unrecorded and the lease really over when it is made: a round that read the
row while its first send was in flight must not send it again once that send is recorded. The delivery is
recorded the moment the platform accepted it, one UPDATE in its own transaction with nothing read first: a
crash between the two is the only way a nudge arrives twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, or_, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import col

from bot.delivery import DeliveryError
from bot.types import MessageRef
from storage.models import Nudge, StaffIdentity

log = logging.getLogger(__name__)
RESENT_NOTE = "resent after an expired lease"  # last_error of a delivered nudge that was sent again
# last_error of a nudge whose lease expired and whose first copy the chat turned out to have (Slack's history)
FOUND_NOTE = "found delivered after an expired lease"
MAX_BACKOFF = timedelta(hours=6)
_AT = Nudge.__table__.c.sent_at.type  # type: ignore[attr-defined]  # the column's own type: UTC in and out
# The claim and the record are prepared statements run on the round's connection (Recorder), not ORM updates:
# each runs in the event loop right before or right after a platform call, and the record inside the window in
# which a kill -9 repeats a nudge (measured by tests/bench/bench_nudge_window.py).
CLAIM = (
    update(Nudge)
    .where(
        col(Nudge.id) == bindparam("nudge_id"),
        col(Nudge.status) == bindparam("seen_status"),
        col(Nudge.attempts) == bindparam("seen_attempts"),
        # A lease-expired row ("sent", never recorded): still unrecorded, and its lease over, now.
        or_(
            col(Nudge.status) != "sent",
            and_(col(Nudge.sent_platform).is_(None), col(Nudge.next_attempt_at) <= bindparam("now", type_=_AT)),
        ),
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
    def __init__(
        self,
        session_factory: Any,
        recorder: Recorder,
        nudge: Nudge,
        *,
        now: datetime,
        lease: timedelta,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.session_factory, self.recorder, self.nudge = session_factory, recorder, nudge
        self.now, self.lease = now, lease
        self.clock = clock or (lambda: now)  # the claim's own moment: a nudge's turn may come long after ``now``
        self.resent = nudge.status == "sent"  # its lease ran out: the first send may have arrived
        self.claimed = False
        self.recorded = False
        self._tried = False

    def claim(self) -> bool:
        """Take the row until ``now + lease``; False when another instance was first. Asked again (a retried
        platform call), it answers as the first time."""
        if not self._tried:
            self._tried = True
            self.claimed = bool(self.recorder.run(CLAIM, _claim_values(self.nudge, self.clock(), self.lease)))
        return self.claimed

    def record(self, ref: MessageRef, *, found: bool = False) -> None:
        """The delivery, stored the moment the platform accepted it; a crash before it commits means the nudge
        is sent again after its lease. One prepared UPDATE, its own transaction, on the round's connection.
        ``found``: not sent now, the chat already had the first copy (``ref``)."""
        self.recorded = True
        values = {
            "nudge_id": self.nudge.id,
            "platform": ref.platform,
            "chat_id": ref.chat_id,
            "message_id": ref.message_id,
            "note": FOUND_NOTE if found else RESENT_NOTE if self.resent else None,
        }
        try:
            self.recorder.run(RECORD, values)
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


def _claim_values(nudge: Nudge, now: datetime, lease: timedelta) -> dict[str, Any]:
    """Take the row for this instance until ``now + lease``, if it is still as this instance read it."""
    retry = nudge.status == "sent"  # a lease that ran out: the attempt count moves, so one reclaim wins
    return {
        "nudge_id": nudge.id,
        "seen_status": nudge.status,
        "seen_attempts": nudge.attempts,
        "now": now,
        "until": now + lease,
        "attempts": nudge.attempts + 1 if retry else nudge.attempts,
    }


class Recorder:
    """The one connection a dispatch round claims and records on, in autocommit: each claim and each record is
    a single prepared UPDATE, its own transaction, with no session to build, no pool checkout (nor
    PostgreSQL's ping before one) and no BEGIN or COMMIT round trip. Claims and records run in the event
    loop, one at a time, so one connection serves every chat of the round."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection: Connection | None = None

    def run(self, statement: Any, values: dict[str, Any]) -> int:
        """The rows ``statement`` changed; a connection found broken (the database restarted) is replaced once."""
        try:
            return self._connected().execute(statement, values).rowcount
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            self.close()
            return self._connected().execute(statement, values).rowcount

    def _connected(self) -> Connection:
        if self._connection is None:
            self._connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._connection

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


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
