"""Contract renewals: an organization's ``renews_on`` is near, so its owner is nudged to prepare the renewal.

The nudge comes at the owner's digest time on the first day the renewal is within settings.renewal_notice_days
(CRM_RENEWAL_NOTICE_DAYS), or the morning after a nearer date is set, once per organization and renewal date
(a new date is a new renewal). It names the account's most recently touched contact, whose context it gives and
whom the Log button logs against; the digest counts it under "contract renewals".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Date
from sqlmodel import Session, col, select

from bot.texts import formats, t
from config.settings import Settings
from reminders import context
from reminders.candidates import NudgeCandidate
from reminders.rules import NudgeRule
from reminders.slots import Slot, digest_time, due_slots, slot_table
from storage.models import Contact, Nudge, Organization


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    notice = timedelta(days=settings.renewal_notice_days)
    table = slot_table(
        slots,
        ("today", Date(), lambda s: s.local_date),
        ("horizon", Date(), lambda s: s.local_date + notice),
    )
    rows = session.execute(  # type: ignore[call-overload]
        select(Organization.id, Organization.name, Organization.owner_id, Organization.renews_on)
        .join(table, table.c.owner_id == col(Organization.owner_id))
        .where(col(Organization.renews_on) >= table.c.today, col(Organization.renews_on) <= table.c.horizon)
        .order_by(col(Organization.renews_on), col(Organization.id))
    ).all()
    by_owner = {s.owner_id: s for s in slots}
    rows = _not_nudged(session, rows, by_owner)
    people = _people(session, [r.id for r in rows])
    ctx = context.load(session=session, contact_ids=list(people.values()))
    return [_candidate(r, by_owner[r.owner_id], people.get(r.id), ctx) for r in rows]


def key(organization_id: int, renews_on: date) -> str:
    return f"renewal:{organization_id}:{renews_on.isoformat()}"


def _not_nudged(session: Session, rows: list, by_owner: dict[int, Slot]) -> list:  # type: ignore[type-arg]
    """Leave out renewals nudged on an earlier day; today's own stays, so the preview and the digest agree."""
    keys = [key(r.id, r.renews_on) for r in rows]
    stored = dict(session.exec(select(Nudge.dedupe_key, Nudge.due_at).where(col(Nudge.dedupe_key).in_(keys))).all())
    return [r for r in rows if stored.get(key(r.id, r.renews_on), by_owner[r.owner_id].at) == by_owner[r.owner_id].at]


def _people(session: Session, organization_ids: list[int]) -> dict[int, int]:
    """Each organization's most recently touched contact (the one to call about the renewal)."""
    out: dict[int, int] = {}
    if not organization_ids:
        return out
    touched = session.exec(
        select(Contact.organization_id, Contact.id)
        .where(col(Contact.organization_id).in_(organization_ids), Contact.stage != "churned")
        .order_by(col(Contact.last_touch_at).desc().nulls_last(), col(Contact.id))
    ).all()
    for organization_id, contact_id in touched:
        if organization_id is not None and contact_id is not None:
            out.setdefault(organization_id, contact_id)
    return out


def _candidate(row, slot: Slot, contact_id: int | None, ctx: dict) -> NudgeCandidate:  # type: ignore[no-untyped-def,type-arg]
    lang, day = slot.lang, row.renews_on
    days = (day - slot.local_date).days
    weekday = t(lang, "cal.weekdays").split()[day.weekday()]
    on = f"{weekday} {formats.day_month(day.month, day.day, day.year if day.year != slot.local_date.year else None, lang)}"
    when = t(lang, "nudge.when.today") if days == 0 else t(lang, "nudge.renewal.when", day=on, days=days)
    headline = t(lang, "nudge.renewal.headline", org=row.name, when=when)
    who = ctx.get(contact_id) if contact_id else None
    text = (
        t(lang, "nudge.renewal.text", headline=headline, name=who.name,
          context=context.context_lines(who, tz=slot.tz, lang=lang))
        if who
        else t(lang, "nudge.renewal.plain", headline=headline)
    )  # fmt: skip
    return NudgeCandidate(
        kind="renewal",
        dedupe_key=key(row.id, day),
        owner_id=slot.owner_id,
        due_at=slot.at,
        text=text.strip(),
        contact_id=contact_id if who else None,
        headline=headline,
        rank=float(-days),
    )


RULE = NudgeRule(
    kinds=("renewal",),
    due=due,
    schedule="daily",
    order=70,
    text_keys=("nudge.renewal.headline", "nudge.renewal.when", "nudge.renewal.text", "nudge.renewal.plain"),
    digest_label="digest.also.renewal",
)
