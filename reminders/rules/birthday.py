"""Birthdays: on the morning of the day in the owner's time zone (optionally N days ahead).

29 February is celebrated on 28 February in other years. The age is given when the year is known.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Integer, and_, or_
from sqlmodel import Session, col, select

from bot.texts import t
from config.settings import Settings
from reminders import context
from reminders.candidates import NudgeCandidate
from reminders.format import short_date
from reminders.rules import NudgeRule
from reminders.slots import Slot, birthday_time, due_slots, slot_table
from storage.models import Contact


def celebrated(day: date) -> list[tuple[int, int]]:
    """The (month, day) pairs celebrated on a date: 28 Feb also takes 29 Feb outside leap years."""
    pairs = [(day.month, day.day)]
    if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
        pairs.append((2, 29))
    return pairs


def celebrating(*, session: Session, slots: list[Slot], target: Callable[[Slot], date]) -> list[Any]:
    """(contact id, owner id, month, day, year) of each owner's contacts celebrating on the target date."""

    def leap(s: Slot) -> int:
        return 29 if len(celebrated(target(s))) > 1 else 0

    table = slot_table(
        slots,
        ("month", Integer(), lambda s: target(s).month),
        ("day", Integer(), lambda s: target(s).day),
        ("leap_day", Integer(), leap),
    )
    # The (month, day) index narrows to a day's birthdays; the join keeps each owner's own.
    wanted = {pair for s in slots for pair in celebrated(target(s))}
    return list(
        session.exec(
            select(Contact.id, Contact.owner_id, Contact.birthday_month, Contact.birthday_day, Contact.birthday_year)
            .join(table, col(Contact.owner_id) == table.c.owner_id)
            .where(
                or_(*(and_(Contact.birthday_month == m, Contact.birthday_day == d) for m, d in wanted)),
                or_(
                    and_(col(Contact.birthday_month) == table.c.month, col(Contact.birthday_day) == table.c.day),
                    and_(col(Contact.birthday_month) == 2, col(Contact.birthday_day) == table.c.leap_day),
                ),
            )
            .order_by(col(Contact.owner_id), col(Contact.id))
        )
    )


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=birthday_time(settings), owners=owners)
    if not slots:
        return []
    ahead = timedelta(days=settings.birthday_days_ahead)

    def target(s: Slot) -> date:
        return s.local_date + ahead

    rows = celebrating(session=session, slots=slots, target=target)
    by_owner = {s.owner_id: s for s in slots}
    ctx = context.load(session=session, contact_ids=[r[0] for r in rows])
    out = []
    for cid, owner_id, _month, _day, year in rows:
        slot = by_owner[owner_id]
        day = target(slot)
        who = ctx.get(cid)
        label = who.label if who else str(cid)
        lang = slot.lang
        if ahead.days == 0:
            when = t(lang, "nudge.when.today")
        else:
            weekday = t(lang, "cal.weekdays").split()[day.weekday()]
            when = t(
                lang,
                "nudge.when.on",
                day=f"{weekday} {short_date(datetime.combine(day, time(12)), slot.tz, lang=lang)}",
            )
        if year and year < day.year:
            headline = t(lang, "nudge.birthday.turns", label=label, age=day.year - year, when=when)
        else:
            headline = t(lang, "nudge.birthday.plain", label=label, when=when)
        extra = context.context_lines(who, tz=slot.tz, with_purchase=True, lang=lang)
        text = t(lang, "nudge.birthday.text", headline=headline, context=extra).strip()
        out.append(
            NudgeCandidate(
                kind="birthday",
                dedupe_key=f"birthday:{cid}:{day.isoformat()}",
                owner_id=owner_id,
                due_at=slot.at,
                text=text,
                contact_id=cid,
                headline=headline,
            )
        )
    return out


RULE = NudgeRule(
    kinds=("birthday",),
    due=due,
    schedule="birthday",
    order=10,
    text_keys=(
        "nudge.birthday.turns",
        "nudge.birthday.plain",
        "nudge.birthday.text",
        "nudge.when.today",
        "nudge.when.on",
    ),
)
