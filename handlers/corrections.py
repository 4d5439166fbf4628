"""Corrections of the sender's last logged interaction: "no, it was a meeting", "change the date to Monday"."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from bot.context import HandlerContext
from bot.nlu.dates import find_dates
from bot.nlu.fill_log import at_default_hour
from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.types import Acted, IncomingMessage, Reply
from handlers import cards
from handlers.resolve import resolve
from storage import audit, contacts, interactions
from storage.models import Contact, FollowUp, Interaction

_FIELDS = ["kind", "occurred_at", "contact_id"]


def _last_logged(session: Any, ctx: HandlerContext) -> Interaction | None:
    """The sender's last interaction, if logging (or correcting) it is still their latest change."""
    entry = interactions.last_by_author(session=session, author_id=ctx.staff_id)
    if entry is None:
        return None
    change = audit.last_undoable(session=session, staff_id=ctx.staff_id)
    if change is None or change.entity != "interaction" or change.entity_id != entry.id:
        return None
    return entry


def _kind_and_date(entry: Interaction, u: Understanding, now: datetime, zone: tzinfo) -> list[str]:
    """Correct the kind and the date as said (a date never ahead of now); the names of what changed."""
    changes: list[str] = []
    if u.kind and u.kind != entry.kind:
        entry.kind = u.kind
        changes.append("kind")
    if u.occurred_at is None and u.field_name == "time" and u.field_value:
        # "actually make it 10": that time on the day already logged, in the sender's zone
        hour, minute = (int(x) for x in u.field_value.split(":"))
        local = entry.occurred_at.astimezone(zone)
        u.occurred_at = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if u.occurred_at is not None:
        when = min(u.occurred_at, now)
        if when != entry.occurred_at:
            entry.occurred_at = when
            changes.append("date")
    return changes


async def correct_last(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    assert u is not None
    now = ctx.now()
    with ctx.session() as session:
        entry = _last_logged(session, ctx)
        if entry is None:
            moved = _follow_up_moved(session, ctx, u, now)  # "remind me … next tuesday" / "actually make it wednesday"
            return moved or Reply(ctx.t("correction.nothing"), intent=Intent.LOG_INTERACTION)
        before = audit.snapshot(entry, _FIELDS)
        changes = _kind_and_date(entry, u, now, ctx.tz)
        if u.contact_ref or u.contact_id:
            found = resolve(session, ctx, u, allow_org=False, offer_create=False)
            if found.question is not None:
                return found.question
            if found.contact is not None and found.contact.id != entry.contact_id:
                assert found.contact.id is not None
                entry.contact_id = found.contact.id
                changes.append("contact")
        contact = session.get(Contact, entry.contact_id)
        assert contact is not None
        acted = Acted(contact=contact.full_name, kind=entry.kind, date=entry.occurred_at)
        if not changes:
            return Reply(ctx.t("correction.unchanged"), intent=Intent.LOG_INTERACTION, acted=acted)
        session.add(entry)
        session.flush()
        # A date moved back, or the interaction moved to someone else: both contacts' last touch follow.
        for contact_id in {before["contact_id"], entry.contact_id}:
            contacts.recompute_touch(session=session, contact_id=contact_id)
        ctx.audit(
            session, at=now, action="correct", entity="interaction", entity_id=entry.id,
            detail={"changes": changes}, undo=[["restore", "interaction", entry.id, before]],
        )  # fmt: skip
        text = ctx.t(
            "correction.done",
            kind=ctx.t("kind." + entry.kind),
            name=contact.full_name,
            when=cards.when(entry.occurred_at, now=now, tz=ctx.tz, lang=ctx.lang),
        )
    return Reply(text, intent=Intent.LOG_INTERACTION, acted=acted)


def _follow_up_moved(session: Any, ctx: HandlerContext, u: Understanding, now: datetime) -> Reply | None:
    """The sender's last change was a reminder: a correction moves it to the day or time said (never into the past)."""
    change = audit.last_undoable(session=session, staff_id=ctx.staff_id)
    if change is None or change.entity != "follow_up" or change.action not in ("create", "correct"):
        return None
    follow = session.get(FollowUp, change.entity_id)
    if follow is None or follow.status != "open":
        return None
    local = follow.due_at.astimezone(ctx.tz)
    found = [d for d in find_dates(u.text, now=now, tz=ctx.tz.key, lang=u.lang, prefer="future") if d.doubt is None]
    if u.field_name == "time" and u.field_value:
        hour, minute = (int(x) for x in u.field_value.split(":"))
        due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)  # "make it 3pm": that day
    elif found:
        due = found[0].value if found[0].has_time else at_default_hour(found[0], local.hour, now)
        if not found[0].has_time:
            due = due.replace(minute=local.minute)  # "actually wednesday": the same time, another day
    else:
        return None
    if due <= now or due == follow.due_at:
        return None
    from handlers.followups import move_follow_up

    text = move_follow_up(session, ctx, follow, due)
    contact = session.get(Contact, follow.contact_id) if follow.contact_id else None
    acted = Acted(contact=contact.full_name if contact else None, follow_up=due)
    return Reply(text, intent=Intent.SCHEDULE_FOLLOWUP, acted=acted)
