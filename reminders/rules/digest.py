"""The daily digest: one message per staff member at their digest time, in their time zone.

It groups the day: birthdays, follow-ups due today, overdue follow-ups (older than the single-nudge
catch-up window too), the top at-risk accounts, and how many other suggestions follow. Single nudges
for the daily kinds are not folded into it: they arrive right after it, each with its own buttons
(Done / Snooze / Log / Dismiss work per contact from a phone), capped per kind (settings.nudges_per_kind).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta

from sqlmodel import Session, col, select

from config.settings import Settings
from reminders import context
from reminders.candidates import NudgeCandidate
from reminders.format import plural, short_date
from reminders.rules import birthday
from reminders.slots import Slot, digest_time, due_slots
from storage.models import FollowUp

MAX_LINES = 5


def due(
    *,
    session: Session,
    at: datetime,
    settings: Settings,
    owners: set[int] | None = None,
    others: list[NudgeCandidate] | None = None,
) -> list[NudgeCandidate]:
    if not settings.digest_enabled:
        return []
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    by_owner = {s.owner_id: s for s in slots}
    birthdays = _birthdays(session=session, slots=slots)
    due_today, overdue = _follow_ups(session=session, slots=slots, at=at)
    suggestions: dict[int, dict[str, list[NudgeCandidate]]] = defaultdict(lambda: defaultdict(list))
    for c in others or []:
        if c.owner_id in by_owner and c.kind in ("at_risk", "cross_sell", "stay_in_touch"):
            suggestions[c.owner_id][c.kind].append(c)
    out = []
    for owner_id, slot in by_owner.items():
        mine = suggestions[owner_id]
        at_risk = sorted(mine["at_risk"], key=lambda c: -c.rank)[: settings.digest_top_at_risk]
        sections = [
            ("Birthdays", birthdays.get(owner_id, [])),
            ("Due today", due_today.get(owner_id, [])),
            ("Overdue follow-ups", overdue.get(owner_id, [])),
            ("Top at risk", [c.headline for c in at_risk]),
        ]
        counts = [
            plural(len(birthdays.get(owner_id, [])), "birthday"),
            plural(len(due_today.get(owner_id, [])), "follow-up") + " due today",
            f"{len(overdue.get(owner_id, []))} overdue",
            f"{len(mine['at_risk'])} at risk",
        ]
        if not any(lines for _, lines in sections) and not mine:
            continue  # nothing to say: no message
        local = slot.at.astimezone(slot.tz)
        text = [f"Your day ({local.strftime('%a')} {short_date(slot.at, slot.tz)}): {', '.join(counts)}."]
        for title, lines in sections:
            if lines:
                more = f" (+{len(lines) - MAX_LINES} more)" if len(lines) > MAX_LINES else ""
                text.append(f"{title}{more}:")
                text.extend(f"• {line}" for line in lines[:MAX_LINES])
        also = [
            plural(len(mine[k]), label)
            for k, label in (("stay_in_touch", "stay-in-touch reminder"), ("cross_sell", "cross-sell idea"))
            if mine[k]
        ]
        if also:
            text.append(f"Also {' and '.join(also)} follow.")
        out.append(
            NudgeCandidate(
                kind="digest",
                dedupe_key=f"digest:{owner_id}:{slot.local_date.isoformat()}",
                owner_id=owner_id,
                due_at=slot.at,
                text="\n".join(text),
                headline=text[0],
            )
        )
    return out


def _birthdays(*, session: Session, slots: list[Slot]) -> dict[int, list[str]]:
    rows = birthday.celebrating(session=session, slots=slots, target=lambda s: s.local_date)
    ctx = context.load(session=session, contact_ids=[r[0] for r in rows])
    by_owner = {s.owner_id: s for s in slots}
    out: dict[int, list[str]] = defaultdict(list)
    for cid, owner_id, _m, _d, year in rows:
        who = ctx.get(cid)
        age = by_owner[owner_id].local_date.year - year if year else None
        out[owner_id].append(f"{who.label if who else cid}" + (f" turns {age}" if age else ""))
    return out


def _follow_ups(
    *, session: Session, slots: list[Slot], at: datetime
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Open follow-ups due by the end of each owner's day: (due today, overdue) lines per owner."""
    by_owner = {s.owner_id: s for s in slots}
    ends = {
        s.owner_id: datetime.combine(s.local_date + timedelta(days=1), time(0), s.tz).astimezone(UTC) for s in slots
    }
    rows = session.exec(
        select(FollowUp)
        .where(col(FollowUp.owner_id).in_(list(by_owner)), col(FollowUp.status).in_(("open", "snoozed")))
        .where(FollowUp.due_at < max(ends.values()))
        .order_by(col(FollowUp.due_at))
    ).all()
    ctx = context.load(session=session, contact_ids=[f.contact_id for f in rows if f.contact_id])
    due_today: dict[int, list[str]] = defaultdict(list)
    overdue: dict[int, list[str]] = defaultdict(list)
    for f in rows:
        slot = by_owner[f.owner_id]
        if f.due_at >= ends[f.owner_id]:
            continue
        who = ctx.get(f.contact_id) if f.contact_id else None
        label = f"{who.label}: " if who else ""
        day_start = datetime.combine(slot.local_date, time(0), slot.tz).astimezone(UTC)
        if f.due_at < day_start:
            overdue[f.owner_id].append(f"{label}{f.text} (since {short_date(f.due_at, slot.tz)})")
        else:
            due_today[f.owner_id].append(f"{f.due_at.astimezone(slot.tz).strftime('%H:%M')} {label}{f.text}")
    return due_today, overdue
