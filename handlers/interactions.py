"""Log an interaction (and the follow-up it promises) in one unit of work."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import cards
from handlers.checks import refuse_invalid
from handlers.date_question import ask_date, untimed
from handlers.resolve import resolve
from storage import followups, interactions

FOLLOW_UP_MARKER = r"\b(?:f/u|fu|follow[- ]?up|followup|remind me|reminder)\b(?:\s+(?:with|to|on))?"
_DATEISH = re.compile(
    r"(?:next|this|on|in|at|by|the|tomorrow|today|tonight|mon|tue|wed|thu|fri|sat|sun|\w+day|\d+(?:am|pm|h|:\d\d)?|"
    r"am|pm|weeks?|days?|months?|end|of|morning|afternoon|evening)[.,]?"
)


async def log_interaction(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    if u is None:
        raise ValueError("I could not read that message.")
    if u.correction:
        from handlers.corrections import correct_last

        return await correct_last(msg, ctx)
    if u.date_question:
        return ask_date(ctx, u)
    now = ctx.now()
    occurred = u.occurred_at or now
    if occurred > now:
        # "met Ana at 3pm" typed at 2pm: a logged interaction is in the past, never ahead of now.
        occurred = now
    with ctx.session() as session:
        found = resolve(session, ctx, u)
        if found.question is not None:
            return found.question
        contact, org = found.contact, found.organization
        if contact is None:
            raise ValueError(
                f'{org.name if org else u.contact_ref} has several contacts; name the person, e.g. "call with Ana from '
                f'{org.name if org else "Acme"}".'
            )
        assert contact.id is not None
        entry, created = interactions.log(
            session=session,
            contact_id=contact.id,
            author_id=ctx.staff_id,
            kind=u.kind or "note",
            occurred_at=occurred,
            summary=u.summary or u.text,
            now=now,
            source_platform=msg.conversation.platform if msg.message_id else None,
            source_message_id=f"{msg.conversation.chat_id}:{msg.message_id}" if msg.message_id else None,
        )
        org_name = f" ({found.organization.name})" if found.organization else ""
        if not org_name and contact.organization_id:
            names = cards_org_name(session, contact.organization_id)
            org_name = f" ({names})" if names else ""
        when = cards.when(entry.occurred_at, now=now, tz=ctx.tz, lang=ctx.lang)
        kind = ctx.t("kind." + entry.kind)
        acted = Acted(echo=True, contact=contact.full_name, kind=entry.kind, date=entry.occurred_at)
        if not created:
            return Reply(ctx.t("logged.again", kind=kind, name=contact.full_name, when=when), acted=acted)
        undo: list[list[Any]] = [["delete", "interaction", entry.id]]
        text = ctx.t("logged", kind=kind, name=contact.full_name, org=org_name, when=when)
        if u.follow_up_at is not None:
            follow = followups.schedule(
                session=session,
                owner_id=ctx.staff_id,
                contact_id=contact.id,
                interaction_id=entry.id,
                due_at=u.follow_up_at,
                text=_follow_up_text(u.follow_up_text, u.summary or u.text),
                now=now,
            )
            undo.append(["delete", "follow_up", follow.id])
            due = cards.when(follow.due_at, now=now, tz=ctx.tz, lang=ctx.lang) + untimed(ctx, u)
            text += " " + ctx.t("followup.logged", when=due)
            acted = replace(acted, follow_up=follow.due_at)
        elif u.follow_up_text:
            text += " " + ctx.t("followup.need_date")
        ctx.audit(
            session,
            at=now,
            action="create",
            entity="interaction",
            entity_id=entry.id,
            detail={"contact_id": contact.id, "kind": entry.kind},
            undo=undo,
        )
    return Reply(text, acted=acted)


def cards_org_name(session: Any, organization_id: int) -> str | None:
    from storage.contacts import organizations_names

    return organizations_names(session=session, ids={organization_id}).get(organization_id)


def _follow_up_text(clause: str | None, summary: str) -> str:
    """What the reminder should say: the clause's own words when it has some beyond "f/u next tue"."""
    if clause:
        words = re.sub(FOLLOW_UP_MARKER, " ", clause, flags=re.IGNORECASE)
        words = " ".join(w for w in words.split() if not _DATEISH.fullmatch(w.lower()))
        if len(words) >= 8:
            return _short(words)
    return _short(summary)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.LOG_INTERACTION)(log_interaction)
