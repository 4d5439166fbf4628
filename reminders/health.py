"""Is the reminder machinery healthy? Last sweep, pending and failed deliveries, unreachable staff."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from bot.texts import t
from config.settings import Settings
from reminders import state
from reminders.attempt import FOUND_NOTE, RESENT_NOTE
from reminders.dispatch import deliverable, in_flight, lease_expired
from storage.models import Nudge, Staff, StaffIdentity


@dataclass
class Health:
    now: datetime
    last_sweep: datetime | None
    last_result: dict[str, Any]
    due_pending: int
    later: int
    failing: list[tuple[int, str, str, int, str]] = field(default_factory=list)  # id, kind, owner, attempts, error
    unconfirmed: int = 0  # claimed for sending, delivery not recorded: in flight now or waiting to be resent
    leased: int = 0  # of those, being sent now (the claim's lease still running)
    lease_expired: int = 0  # of those, an instance died mid-send: the next dispatch sends them again
    resent: int = 0  # delivered again after an expired lease (each marked "(resent)")
    found: int = 0  # lease expired, but the chat had the first copy (Slack's history): recorded, not sent again
    oldest_undelivered: datetime | None = None  # due time of the oldest due nudge not yet delivered
    missed: int = 0  # left behind by the catch-up window, never tried
    unreachable: list[str] = field(default_factory=list)
    stale: bool = False


def report(*, session: Session, now: datetime, settings: Settings, platforms: list[str] | None = None) -> Health:
    window = timedelta(hours=settings.catch_up_hours)
    last = state.get(session=session, key=state.LAST_SWEEP)
    count = select(func.count()).select_from(Nudge)
    due_pending = session.exec(count.where(deliverable(now, window))).one()
    later = session.exec(count.where(Nudge.status == "pending", col(Nudge.due_at) > now)).one()
    missed = session.exec(
        count.where(Nudge.status == "pending", col(Nudge.due_at) <= now - window, col(Nudge.attempts) == 0)
    ).one()
    leased = session.exec(count.where(in_flight(now))).one()
    expired = session.exec(count.where(lease_expired(now))).one()
    resent = session.exec(count.where(Nudge.status != "pending", Nudge.last_error == RESENT_NOTE)).one()
    found = session.exec(count.where(Nudge.status != "pending", Nudge.last_error == FOUND_NOTE)).one()
    oldest = session.exec(
        select(func.min(Nudge.due_at)).where(
            or_(deliverable(now, window), and_(Nudge.status == "sent", col(Nudge.sent_platform).is_(None)))
        )
    ).one()
    failing = [
        (n.id or 0, n.kind, handle, n.attempts, n.last_error or "")
        for n, handle in session.exec(
            select(Nudge, Staff.handle)
            .join(Staff, col(Staff.id) == col(Nudge.owner_id))
            .where(col(Nudge.status).in_(("pending", "snoozed")), col(Nudge.attempts) > 0)
            .order_by(col(Nudge.attempts).desc())
            .limit(10)
        )
    ]
    reachable_ids = {
        i.staff_id
        for i in session.exec(select(StaffIdentity).where(col(StaffIdentity.chat_id).is_not(None)))
        if not i.unreachable and (platforms is None or i.platform in platforms)
    }
    unreachable = [
        s.handle for s in session.exec(select(Staff).where(col(Staff.active).is_(True))) if s.id not in reachable_ids
    ]
    stale = last is None or last.at is None or now - last.at > timedelta(seconds=5 * settings.sweep_interval_seconds)
    return Health(
        now=now,
        last_sweep=last.at if last else None,
        last_result=dict(last.value or {}) if last else {},
        due_pending=due_pending,
        later=later,
        failing=failing,
        unconfirmed=leased + expired,
        leased=leased,
        lease_expired=expired,
        resent=resent,
        found=found,
        oldest_undelivered=oldest,  # UTCDateTime keeps min() aware on both backends
        missed=missed,
        unreachable=sorted(unreachable),
        stale=stale,
    )


def render(h: Health, lang: str = "en") -> str:
    if h.last_sweep is None:
        sweep = t(lang, "health.never")
    else:
        ago = int((h.now - h.last_sweep).total_seconds() // 60)
        created = h.last_result.get("created")
        sweep = t(
            lang,
            "health.last",
            at=h.last_sweep.isoformat(timespec="seconds"),
            ago=ago,
            created=t(lang, "health.created", n=created) if created is not None else "",
        )
        if h.stale:
            sweep += t(lang, "health.stale")
    lines = [
        sweep,
        t(lang, "health.pending", due=h.due_pending, later=h.later),
        t(lang, "health.failing", n=len(h.failing)),
    ]
    lines += [
        t(lang, "health.failing_line", id=i, kind=kind, owner=owner, attempts=attempts, error=err)
        for i, kind, owner, attempts, err in h.failing
    ]
    lines.append(t(lang, "health.leases", leased=h.leased, expired=h.lease_expired, resent=h.resent))
    if h.found:
        lines.append(t(lang, "health.found", n=h.found))
    if h.oldest_undelivered is not None:
        waited = int((h.now - h.oldest_undelivered).total_seconds() // 60)
        lines.append(t(lang, "health.oldest", at=h.oldest_undelivered.isoformat(timespec="seconds"), waited=waited))
    if h.missed:
        lines.append(t(lang, "health.missed", n=h.missed))
    lines.append(
        t(lang, "health.unreachable", who=", ".join(h.unreachable) if h.unreachable else t(lang, "health.nobody"))
    )
    return "\n".join(lines)
