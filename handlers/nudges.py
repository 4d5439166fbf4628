"""Acting on nudges: Done / Snooze / Log / Dismiss buttons, snooze in words, history, /health."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any, cast

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.nlu.lexicon.en import KIND_WORDS
from bot.nlu.lexicons import compiled, lexicon, word
from bot.nlu.understanding import Understanding
from bot.router import Router
from bot.types import Acted, ActionEvent, IncomingMessage, Reply
from handlers import cards
from handlers.resolve import resolve
from reminders import dispatch as nudge_actions
from reminders.health import render, report
from reminders.snooze_words import parse_snooze
from storage import audit, contacts, facts, followups, interactions
from storage import nudges as repo
from storage.errors import UserError
from storage.models import Contact, FollowUp, Nudge

LOG_ANSWER = "nudge_log"


def _headline(nudge: Nudge) -> str:
    first = nudge.text.split("\n", 1)[0]
    return first if len(first) <= 90 else first[:89] + "…"


def _record(
    session: Any,
    ctx: HandlerContext,
    nudge: Nudge,
    action: str,
    before: dict[str, Any],
    *,
    more: list[Any] | None = None,
) -> None:
    ctx.audit(
        session,
        at=ctx.now(),
        action=action,
        entity="nudge",
        entity_id=nudge.id,
        undo=[*(more or []), ["restore", "nudge", nudge.id, before]],
    )


def _before_snooze(session: Any, nudge: Nudge) -> tuple[dict[str, Any], list[Any]]:
    """What a snooze changes, so that "undo" puts the nudge and its follow-up back as they were."""
    before = audit.snapshot(nudge, ["status", "acted_at", "due_at"])
    more: list[Any] = []
    if nudge.follow_up_id is not None:
        follow = session.get(FollowUp, nudge.follow_up_id)
        if follow is not None:
            more.append(["restore", "follow_up", follow.id, audit.snapshot(follow, ["status", "due_at"])])
    return before, more


async def done(event: ActionEvent, ctx: HandlerContext) -> Reply:
    """Done: the nudge is handled; its follow-up is done too, and the contact's clock starts again."""
    now = ctx.now()
    with ctx.session() as session:
        nudge = repo.owned(session=session, nudge_id=event.value, owner_id=ctx.staff_id)
        before = audit.snapshot(nudge, ["status", "acted_at", "due_at"])
        repo.set_status(session=session, nudge=nudge, status="done", now=now)
        if nudge.follow_up_id is not None:
            follow = session.get(FollowUp, nudge.follow_up_id)
            if follow is not None and follow.status in ("open", "snoozed"):
                followups.set_status(session=session, follow_up=follow, status="done", now=now)
        if nudge.contact_id is not None:
            contacts.touch(session=session, contact_id=nudge.contact_id, at=now)
        _record(session, ctx, nudge, "done", before, more=facts.keep_promise(session=session, nudge=nudge))
    return Reply(ctx.t("nudge.done", text=_headline(nudge)), replaces=event.message)


async def _snooze(event: ActionEvent, ctx: HandlerContext, delta: timedelta) -> Reply:
    now = ctx.now()
    with ctx.session() as session:
        nudge = repo.owned(session=session, nudge_id=event.value, owner_id=ctx.staff_id)
        before, more = _before_snooze(session, nudge)
        until = snooze_nudge(session, nudge, until=now + delta, now=now)
        _record(session, ctx, nudge, "snooze", before, more=more)
    when = cards.when(until, now=now, tz=ctx.tz, lang=ctx.lang)
    return Reply(ctx.t("nudge.snoozed", when=when), replaces=event.message)


def snooze_nudge(session: Any, nudge: Nudge, *, until: datetime, now: datetime) -> datetime:
    """A follow-up nudge moves its follow-up (which brings a new nudge then); others come back themselves."""
    if nudge.follow_up_id is not None:
        follow = session.get(FollowUp, nudge.follow_up_id)
        if follow is not None and follow.status in ("open", "snoozed"):
            follow.due_at, follow.status = until, "snoozed"
            session.add(follow)
        repo.set_status(session=session, nudge=nudge, status="snoozed", now=now)
    else:
        repo.set_status(session=session, nudge=nudge, status="snoozed", now=now, due_at=until)
    return until


async def snooze_day(event: ActionEvent, ctx: HandlerContext) -> Reply:
    return await _snooze(event, ctx, timedelta(days=1))


async def snooze_week(event: ActionEvent, ctx: HandlerContext) -> Reply:
    return await _snooze(event, ctx, timedelta(days=7))


async def dismiss(event: ActionEvent, ctx: HandlerContext) -> Reply:
    with ctx.session() as session:
        nudge = repo.owned(session=session, nudge_id=event.value, owner_id=ctx.staff_id)
        before = audit.snapshot(nudge, ["status", "acted_at", "due_at"])
        repo.set_status(session=session, nudge=nudge, status="dismissed", now=ctx.now())
        _record(session, ctx, nudge, "dismiss", before)
    return Reply(ctx.t("nudge.dismissed", text=_headline(nudge)), replaces=event.message)


async def log_button(event: ActionEvent, ctx: HandlerContext) -> Reply:
    """Log: ask what happened; the answer is stored as an interaction and the nudge is done."""
    with ctx.session() as session:
        nudge = repo.owned(session=session, nudge_id=event.value, owner_id=ctx.staff_id)
        contact = session.get(Contact, nudge.contact_id) if nudge.contact_id else None
        if contact is None:
            raise UserError("error.nudge_not_about_contact")
        ctx.set_pending(session, LOG_ANSWER, {"nudge_id": nudge.id, "contact_id": contact.id})
    return Reply(ctx.t("nudge.log_ask", name=contact.full_name))


async def log_answer(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Reply:
    now = ctx.now()
    text = msg.text.strip()
    first = text.split(maxsplit=1)[0].lower().rstrip(":,.") if text else ""
    # The sender's own words first ("chamada: ..."), then English ones ("call: ..."); anything else is a note.
    own = cast(dict[str, str], word(ctx.lang, "KIND_WORDS"))
    kind = own.get(first) or KIND_WORDS.get(first, "note")
    with ctx.session() as session:
        ctx.clear_pending(session)
        contact = session.get(Contact, payload["contact_id"])
        if contact is None:
            raise UserError("error.contact_gone")
        entry, _ = interactions.log(
            session=session,
            contact_id=contact.id,  # type: ignore[arg-type]
            author_id=ctx.staff_id,
            kind=kind,
            occurred_at=now,
            summary=text,
            now=now,
        )
        undo: list[Any] = [["delete", "interaction", entry.id]]
        nudge = session.get(Nudge, payload["nudge_id"])
        if nudge is not None and nudge.owner_id == ctx.staff_id:
            # "undo" takes back both: the logged interaction and the nudge marked done.
            undo.append(["restore", "nudge", nudge.id, audit.snapshot(nudge, ["status", "acted_at", "due_at"])])
            repo.set_status(session=session, nudge=nudge, status="done", now=now)
        ctx.audit(
            session,
            at=now,
            action="create",
            entity="interaction",
            entity_id=entry.id,
            undo=undo,
        )
    return Reply(
        ctx.t("nudge.logged", kind=ctx.t(f"kind.{kind}"), name=contact.full_name), intent=Intent.LOG_INTERACTION
    )


async def snooze_words(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """'snooze Acme until after the holidays' / 'snooze 2 weeks' (the last reminder sent)."""
    now = ctx.now()
    if ctx.understanding is None:  # the /snooze command skips the parser
        ctx.understanding = Understanding(intent=Intent.SNOOZE, text=msg.text, lang=ctx.lang)
    request = parse_snooze(ctx.understanding.text, now=now, tz=str(ctx.tz), lang=ctx.lang)
    acted = Acted(until=request.until)
    with ctx.session() as session:
        if request.contact_ref:
            ctx.understanding.contact_ref = request.contact_ref
            found = resolve(session, ctx, ctx.understanding, allow_org=True, offer_create=False)
            if found.question is not None:
                return found.question
            if found.contact is None:
                raise UserError("error.could_not_find", ref=request.contact_ref)
            acted = replace(acted, contact=found.contact.full_name)
            # "snooze sophie martin follow up to next monday": her open follow-ups move too, not only nudges
            moved = _move_followups(session, ctx, found.contact.id, request.until)  # type: ignore[arg-type]
            targets = repo.active_for_contact(session=session, owner_id=ctx.staff_id, contact_id=found.contact.id)  # type: ignore[arg-type]
            if not targets:
                # Nothing yet: a placeholder snoozed nudge keeps the daily rules quiet about them until then.
                targets = [_quiet_marker(session, ctx, found.contact, request.until, now)]
            label = found.contact.full_name
        else:
            last = repo.last_sent(session=session, owner_id=ctx.staff_id)
            if last is None:
                return Reply(ctx.t("nudge.nothing_to_snooze"), acted=acted)
            targets, label, moved = [last], _headline(last), []
        for n, nudge in enumerate(targets, start=1):
            before, more = _before_snooze(session, nudge)
            snooze_nudge(session, nudge, until=request.until, now=now)
            # one "undo" puts back the moved follow-ups with the last nudge's snooze
            _record(session, ctx, nudge, "snooze", before, more=more + (moved if n == len(targets) else []))
    when = cards.when(request.until, now=now, tz=ctx.tz, lang=ctx.lang)
    text = ctx.t("nudge.snoozed_words", what=label, when=when)
    if moved:
        text += " " + ctx.t("followup.moved", count=len(moved))
    return Reply(text, acted=acted)


def _move_followups(session: Any, ctx: HandlerContext, contact_id: int, until: datetime) -> list[Any]:
    """The sender's open follow-ups with the contact due before ``until`` move to it; how to put each back."""
    undo: list[Any] = []
    for follow in followups.open_for_contacts(session=session, contact_ids=[contact_id]):
        if follow.owner_id != ctx.staff_id or follow.due_at >= until:
            continue
        undo.append(["restore", "follow_up", follow.id, audit.snapshot(follow, ["status", "due_at"])])
        follow.due_at, follow.status = until, "snoozed"
        session.add(follow)
    return undo


def _quiet_marker(session: Any, ctx: HandlerContext, contact: Contact, until: datetime, now: datetime) -> Nudge:
    # Never delivered (acted_at == due_at); it only makes rules/common.not_snoozed hold until then.
    nudge = Nudge(
        kind="snooze",
        dedupe_key=f"snooze:{contact.id}:{ctx.staff_id}:{now.strftime('%Y%m%dT%H%M%S')}",
        owner_id=ctx.staff_id,
        contact_id=contact.id,
        due_at=until,
        text=f"Snoozed reminders about {contact.full_name} end today.",
        status="snoozed",
        acted_at=until,
        created_at=now,
    )
    session.add(nudge)
    session.flush()
    return nudge


_PERIOD = re.compile(r"\b(today|yesterday|this week|last week|last month|this month)\b", re.IGNORECASE)


def _period(text: str, now: datetime, ctx: HandlerContext) -> tuple[datetime, datetime, str]:
    local = now.astimezone(ctx.tz)
    midnight = datetime.combine(local.date(), time(0), ctx.tz)
    key = m.group(1).lower() if (m := _PERIOD.search(text)) else _own_period(text, ctx.lang)
    monday = midnight - timedelta(days=local.weekday())
    spans = {
        "today": (midnight, midnight + timedelta(days=1)),
        "yesterday": (midnight - timedelta(days=1), midnight),
        "this week": (monday, midnight + timedelta(days=1)),
        "last week": (monday - timedelta(days=7), monday),
        "this month": (midnight.replace(day=1), midnight + timedelta(days=1)),
        "last month": ((midnight.replace(day=1) - timedelta(days=1)).replace(day=1), midnight.replace(day=1)),
        "last 7 days": (midnight - timedelta(days=7), now + timedelta(seconds=1)),
    }
    start, end = spans[key]
    return start.astimezone(UTC), end.astimezone(UTC), key


def _own_period(text: str, lang: str) -> str:
    """The period in the sender's words ("semana passada" -> "last week"); the last 7 days when none."""
    for pattern, key in getattr(lexicon(lang), "REMINDER_PERIODS", ()):
        if compiled(pattern).search(text):
            return str(key)
    return "last 7 days"


async def history(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """'what did you remind me about last week?': sent nudges in the period, with what became of them."""
    now = ctx.now()
    start, end, key = _period(msg.text, now, ctx)
    with ctx.session() as session:
        rows = repo.history(session=session, owner_id=ctx.staff_id, start=start, end=end)
    period = ctx.t("nudge.period." + key.replace(" ", "_"))
    if not rows:
        return Reply(ctx.t("nudge.history_none", period=period), acted=Acted(details=(("period", key),)))
    status = {s: ctx.t(f"nudge.status.{s}") for s in ("done", "snoozed", "dismissed")}
    lines = [
        f"• {cards.when(n.sent_at or n.due_at, now=now, tz=ctx.tz, lang=ctx.lang)} {_headline(n)}{status.get(n.status, '')}"
        for n in rows
    ]
    return Reply(
        ctx.t("nudge.history", period=period, count=len(rows)) + "\n" + "\n".join(lines),
        acted=Acted(details=(("period", key),)),
    )


async def health(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """/health (admins): last sweep, pending and failed deliveries, unreachable staff."""
    if ctx.staff is None or ctx.staff.role != "admin":
        return Reply(ctx.t("nudge.health_admin_only"))
    delivery = ctx.services.extras.get("delivery")
    with ctx.session() as session:
        h = report(
            session=session,
            now=ctx.now(),
            settings=ctx.settings,
            platforms=delivery.platforms() if delivery is not None else None,
        )
    return Reply(render(h, ctx.lang))


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.command("health")(health)
    router.command("snooze")(snooze_words)
    router.command("reminders")(history)
    router.intent(Intent.SNOOZE)(snooze_words)
    router.intent(Intent.NUDGE_HISTORY)(history)
    router.answer(LOG_ANSWER)(log_answer)
    router.action(nudge_actions.DONE, value=ValueKind.ID)(done)
    router.action(nudge_actions.SNOOZE_DAY, value=ValueKind.ID)(snooze_day)
    router.action(nudge_actions.SNOOZE_WEEK, value=ValueKind.ID)(snooze_week)
    router.action(nudge_actions.LOG, value=ValueKind.ID)(log_button)
    router.action(nudge_actions.DISMISS, value=ValueKind.ID)(dismiss)
