"""Follow-ups: schedule, list, mark done, snooze."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any

from bot.context import HandlerContext
from bot.inputs import ValueKind, ascii_int
from bot.nlu.focus import names_someone_unsaid
from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.router import Result, Router
from bot.types import Acted, ActionEvent, Button, IncomingMessage, Reply
from handlers import cards
from handlers.checks import refuse_invalid
from handlers.date_question import PENDING as PENDING_DATE
from handlers.date_question import ask_date, untimed
from handlers.resolve import resolve
from storage import audit, followups
from storage.errors import UserError
from storage.models import Contact, FollowUp
from storage.normalize import search_key

DONE_ACTION = "crm:followup.done"
SNOOZE_DAY_ACTION = "crm:followup.snooze1d"
SNOOZE_WEEK_ACTION = "crm:followup.snooze1w"


async def schedule_followup(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    if u is None:
        raise UserError("error.unreadable")
    if u.date_question:
        return ask_date(ctx, u)
    if u.follow_up_at is None:
        # "remind me to send emily the contract": the answer ("tomorrow 9am") is this reminder's date, for her,
        # with its task; never a reminder for nobody that says "tomorrow 9am"
        u.date_field = "follow_up"
        with ctx.session() as session:
            ctx.set_pending(session, PENDING_DATE, {"understanding": u.to_payload()})
        return Reply(ctx.t("followup.need_date"), acted=Acted(echo=True))
    now = ctx.now()
    if u.follow_up_at <= now:
        raise UserError("error.followup_past")
    with ctx.session() as session:
        contact_id = organization_id = None
        name = None
        if u.contact_ref or u.contact_id or u.organization_id or u.mention_kind == "new_org":
            found = resolve(session, ctx, u)
            if found.question is not None:
                return found.question
            if found.contact is not None:
                contact_id, name = found.contact.id, found.contact.full_name
            if found.organization is not None:
                organization_id = found.organization.id
                name = name or found.organization.name
        if contact_id is None and organization_id is None and names_someone_unsaid(u):
            # "call her tomorrow" with nobody on screen: whose reminder it is gets asked, never left blank
            raise UserError("followup.who")
        follow = followups.schedule(
            session=session,
            owner_id=ctx.staff_id,
            contact_id=contact_id,
            organization_id=organization_id,
            due_at=u.follow_up_at,
            text=u.follow_up_text or u.text,
            now=now,
        )
        ctx.audit(
            session,
            at=now,
            action="create",
            entity="follow_up",
            entity_id=follow.id,
            detail={"contact_id": contact_id, "name": name or ""},
            undo=[["delete", "follow_up", follow.id]],
        )
    when = cards.when(follow.due_at, now=now, tz=ctx.tz, lang=ctx.lang) + untimed(ctx, u)
    # "ricordami di richiamarla", "call rui": unless the reminder's words hold the whole stored name, the reply
    # says whose it is, so a first name that matched says which of the store's people it landed on
    unnamed = name is not None and not set(search_key(name).split()) <= set(search_key(follow.text).split())
    text = (
        ctx.t("followup.set_who", when=when, name=name, text=follow.text)
        if unnamed
        else ctx.t("followup.set", when=when, text=follow.text)
    )
    return Reply(text, acted=Acted(echo=True, contact=name or None, follow_up=follow.due_at))


async def list_followups(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    now = ctx.now()
    u = ctx.understanding
    after, before, heading, acted = _window(ctx, u)
    with ctx.session() as session:
        # "my follow-ups with Sophie Martin in the next 7 days": only that contact's (or company's)
        about: tuple[int | None, int | None, str | None] = (None, None, None)
        if u is not None and (u.contact_ref or u.contact_id or u.organization_id):
            found = resolve(session, ctx, u, offer_create=False)
            if found.question is not None:
                return found.question
            if found.contact is not None:
                about = (found.contact.id, None, found.contact.full_name)
            elif found.organization is not None:
                about = (None, found.organization.id, found.organization.name)
        open_ones = followups.open_for_owner(
            session=session, owner_id=ctx.staff_id, due_after=after, due_before=before,
            contact_id=about[0], organization_id=about[1],
        )  # fmt: skip
        names = {
            c.id: c.full_name for c in (session.get(Contact, f.contact_id) for f in open_ones if f.contact_id) if c
        }
    who = about[2]
    if not open_ones:
        return Reply(_heading(ctx, "none", heading, who), acted=acted)
    if u is not None and u.field_name == "move" and who and len(open_ones) == 1 and u.follow_up_at is not None:
        return _move(ctx, open_ones[0].id, u.follow_up_at)
    if u is not None and u.field_name == "done" and who and len(open_ones) == 1:
        # "done with sophie", "feito: maria silva", "c'est fait pour sophie": her one open follow-up is done
        event = ActionEvent(
            user=msg.user, conversation=msg.conversation, action=DONE_ACTION, value=str(open_ones[0].id)
        )
        return await mark_done(event, ctx)
    lines = [cards.follow_up_line(f, now=now, tz=ctx.tz, lang=ctx.lang, who=names.get(f.contact_id)) for f in open_ones]
    buttons = tuple(Button(f"✓ {n}", DONE_ACTION, str(f.id)) for n, f in enumerate(open_ones[:10], start=1))
    with ctx.session() as session:
        # "done 2" typed instead of tapping ✓ 2 (a console, a client without buttons) means the same
        ctx.set_pending(session, LISTED, {"ids": [f.id for f in open_ones[:10]]})
    return Reply(_heading(ctx, "list", heading, who) + "\n" + "\n".join(lines), buttons=buttons, acted=acted)


def _move(ctx: HandlerContext, follow_id: int, due: datetime) -> Reply:
    """ "move sophie's follow-up to monday": that one follow-up, to the day said (undo puts it back)."""
    now = ctx.now()
    if due <= now:
        raise UserError("error.followup_past")
    with ctx.session() as session:
        text = move_follow_up(session, ctx, _own(session, ctx, str(follow_id)), due)
    return Reply(text, acted=Acted(follow_up=due))


def move_follow_up(session: Any, ctx: HandlerContext, follow: FollowUp, due: datetime) -> str:
    """One follow-up to another moment, audited so one undo puts it back; the reply saying where it went."""
    before = audit.snapshot(follow, ["status", "due_at"])
    follow.due_at = due
    session.add(follow)
    ctx.audit(
        session, at=ctx.now(), action="correct", entity="follow_up", entity_id=follow.id,
        detail={"changes": ["date"]}, undo=[["restore", "follow_up", follow.id, before]],
    )  # fmt: skip
    when = cards.when(due, now=ctx.now(), tz=ctx.tz, lang=ctx.lang)
    return ctx.t("followup.corrected", when=when, text=follow.text)


def _heading(ctx: HandlerContext, kind: str, when: str | None, who: str | None) -> str:
    """ "Your open follow-ups with Sophie Martin, in the next 7 days:" and its "none" twin."""
    key = f"followup.{kind}" + ("_who" if who else "") + ("_in" if when else "")
    return ctx.t(key, when=when or "", name=who or "")


def _window(
    ctx: HandlerContext, u: Understanding | None
) -> tuple[datetime | None, datetime | None, str | None, Acted | None]:
    """The due window a list question names: the next N days or one day (today includes what is overdue)."""
    now = ctx.now()
    if u is not None and u.field_name == "move":
        return None, None, None, None  # the date said is where the follow-up goes, not which ones are listed
    if u is not None and u.period == "overdue":
        return None, now, ctx.t("followup.overdue"), None  # "what's overdue?": due before now, still open
    if u is None or (u.days is None and u.follow_up_at is None):
        return None, None, None, None
    if u.days is not None:
        if not 1 <= u.days <= 3650:
            raise UserError("error.at_risk_days")
        return None, now + timedelta(days=u.days), ctx.t("followup.next_days", days=u.days), Acted(days=u.days)
    assert u.follow_up_at is not None
    local = u.follow_up_at.astimezone(ctx.tz)
    start = datetime.combine(local.date(), time(0), tzinfo=ctx.tz)
    today = start.date() == now.astimezone(ctx.tz).date()
    heading = cards.when(start, now=now, tz=ctx.tz, lang=ctx.lang, with_time=False)
    return None if today else start, start + timedelta(days=1), heading, Acted(follow_up=start)


def _own(session: Any, ctx: HandlerContext, follow_up_id: str) -> FollowUp:
    wanted = ascii_int(follow_up_id, low=1)
    follow = session.get(FollowUp, wanted) if wanted is not None else None
    if follow is None or follow.owner_id != ctx.staff_id:
        raise UserError("error.followup_gone")
    return follow


LISTED = "followups_listed"
_DONE_N = re.compile(
    r"^\s*(?:/?done|feito|feita|hecho|hecha|fait|faite|fatto|fatta|kész|megvan|✓|✔|✅)\s*#?(\d{1,2})\s*$|"
    r"^\s*#?(\d{1,2})\s*(?:done|feito|feita|hecho|hecha|fait|faite|fatto|fatta|kész|✓|✔|✅)\s*$",
    re.IGNORECASE,
)


async def done_by_number(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    """ "done 2" after a list of follow-ups marks its second line done; anything else is a new message."""
    said = _DONE_N.match(msg.text)
    ids = list(payload.get("ids", []))
    n = int(said.group(1) or said.group(2)) if said else 0
    if not 1 <= n <= len(ids):
        return None
    event = ActionEvent(user=msg.user, conversation=msg.conversation, action=DONE_ACTION, value=str(ids[n - 1]))
    return await mark_done(event, ctx)


async def mark_done(event: ActionEvent, ctx: HandlerContext) -> Reply:
    now = ctx.now()
    with ctx.session() as session:
        follow = _own(session, ctx, event.value)
        before = audit.snapshot(follow, ["status", "done_at"])
        followups.set_status(session=session, follow_up=follow, status="done", now=now)
        ctx.audit(
            session,
            at=now,
            action="done",
            entity="follow_up",
            entity_id=follow.id,
            undo=[["restore", "follow_up", follow.id, before]],
        )
    return Reply(ctx.t("followup.done", text=follow.text), replaces=event.message)


async def _snooze(event: ActionEvent, ctx: HandlerContext, delta: timedelta) -> Reply:
    now = ctx.now()
    with ctx.session() as session:
        follow = _own(session, ctx, event.value)
        before = audit.snapshot(follow, ["status", "due_at"])
        follow.due_at = max(follow.due_at, now) + delta
        follow.status = "snoozed"
        session.add(follow)
        ctx.audit(
            session,
            at=now,
            action="snooze",
            entity="follow_up",
            entity_id=follow.id,
            undo=[["restore", "follow_up", follow.id, before]],
        )
    return Reply(
        ctx.t("followup.snoozed", when=cards.when(follow.due_at, now=now, tz=ctx.tz, lang=ctx.lang)),
        replaces=event.message,
    )


async def snooze_day(event: ActionEvent, ctx: HandlerContext) -> Reply:
    return await _snooze(event, ctx, timedelta(days=1))


async def snooze_week(event: ActionEvent, ctx: HandlerContext) -> Reply:
    return await _snooze(event, ctx, timedelta(days=7))


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.SCHEDULE_FOLLOWUP)(schedule_followup)
    router.intent(Intent.LIST_FOLLOWUPS)(list_followups)
    router.action(DONE_ACTION, value=ValueKind.ID)(mark_done)
    router.answer(LISTED)(done_by_number)
    router.action(SNOOZE_DAY_ACTION, value=ValueKind.ID)(snooze_day)
    router.action(SNOOZE_WEEK_ACTION, value=ValueKind.ID)(snooze_week)
