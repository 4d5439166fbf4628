"""When each staff member's daily nudges fall due: a local time of day in their own time zone.

A slot is due when it lies in (instant - catch-up window, instant]. Only the latest due slot counts, so
after a long downtime each owner gets one morning's nudges, not one per missed day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Integer, column, values
from sqlmodel import Session, select

from config.settings import Settings
from storage.models import Staff
from storage.types import UTCDateTime


@dataclass(frozen=True)
class Slot:
    owner_id: int
    at: datetime  # the slot as a UTC instant
    local_date: date
    tz: ZoneInfo
    lang: str = "en"  # the owner's language: nudge texts are written in it


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def hh_mm(text: str | None, default: str) -> time:
    for candidate in (text, default):
        try:
            hours, minutes = (candidate or "").split(":")
            return time(int(hours), int(minutes))
        except ValueError:
            continue
    return time(8, 30)


def birthday_time(settings: Settings) -> Callable[[Staff], time]:
    return lambda _staff: time(settings.birthday_hour)


def digest_time(settings: Settings) -> Callable[[Staff], time]:
    return lambda staff: hh_mm(staff.digest_time, settings.digest_time)


def latest_slot(*, local_time: time, tz: ZoneInfo, at: datetime, window: timedelta) -> tuple[datetime, date] | None:
    """The most recent occurrence of a local time of day that is due at ``at``, if any."""
    today = at.astimezone(tz).date()
    for day in (today, today - timedelta(days=1)):
        slot = datetime.combine(day, local_time, tz).astimezone(UTC)
        if at - window < slot <= at:
            return slot, day
    return None


def due_slots(
    *,
    session: Session,
    at: datetime,
    window: timedelta,
    local_time: Callable[[Staff], time],
    owners: Iterable[int] | None = None,
) -> list[Slot]:
    wanted = set(owners) if owners is not None else None
    out = []
    # One row per staff member: a team is tens or hundreds of people, never the contact table.
    for member in session.exec(select(Staff).where(Staff.active == True)):  # noqa: E712
        if member.id is None or (wanted is not None and member.id not in wanted):
            continue
        tz = zone(member.tz)
        found = latest_slot(local_time=local_time(member), tz=tz, at=at, window=window)
        if found:
            out.append(Slot(member.id, found[0], found[1], tz, member.language or "en"))
    return out


def slot_table(slots: list[Slot], *extra: tuple[str, Any, Callable[[Slot], Any]], name: str = "slots") -> Any:
    """The slots as an inline VALUES table (owner_id, slot_at, extra columns) to join contacts against.

    A CTE with a column list: SQLite has no ``(VALUES ...) AS t (cols)``, both backends take this form.
    """
    columns = [column("owner_id", Integer), column("slot_at", UTCDateTime())]
    columns += [column(name, type_) for name, type_, _ in extra]
    rows = [(s.owner_id, s.at, *(get(s) for _, _, get in extra)) for s in slots]
    return values(*columns, name=name).data(rows).cte(name)
