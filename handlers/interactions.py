"""Log an interaction (and the follow-up it promises) in one unit of work."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.checks import refuse_invalid, understood
from handlers.date_question import PENDING as PENDING_DATE
from handlers.date_question import ask_date, untimed
from handlers.resolve import ask_which, candidates_for, decide, resolve
from storage import followups, interactions, search
from storage.errors import UserError
from storage.models import Contact, FollowUp, Interaction, Organization
from storage.normalize import search_key

FOLLOW_UP_MARKER = r"\b(?:f/u|fu|follow[- ]?up|followup|remind me|reminder)\b(?:\s+(?:with|to|on))?"
_DATEISH = re.compile(
    r"(?:next|this|on|in|at|by|the|tomorrow|today|tonight|mon|tue|wed|thu|fri|sat|sun|\w+day|\d+(?:am|pm|h|:\d\d)?|"
    r"am|pm|weeks?|days?|months?|end|of|morning|afternoon|evening)[.,]?"
)


async def log_interaction(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = understood(ctx.understanding)
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
    if u.mention_kind == "new_org":
        raise UserError("error.name_the_person_new", org=u.company or "")  # a touch is with someone there
    with ctx.session() as session:
        found = resolve(session, ctx, u)
        if found.question is not None:
            return found.question
        contact, org = found.contact, found.organization
        if contact is None:
            return _which_person(session, ctx, u, org)
        assert contact.id is not None
        others = _companions(session, ctx, u, contact.id)
        entry, created = _log(session, ctx, msg, contact.id, occurred)
        org_name = _org_label(session, found.organization, contact)
        when = cards.when(entry.occurred_at, now=now, tz=ctx.tz, lang=ctx.lang)
        kind = ctx.t("kind." + entry.kind)
        acted = Acted(echo=True, contact=contact.full_name, kind=entry.kind, date=entry.occurred_at)
        if not created:
            return Reply(ctx.t("logged.again", kind=kind, name=contact.full_name, when=when), acted=acted)
        undo: list[list[Any]] = [["delete", "interaction", entry.id]]
        text = ctx.t("logged", kind=kind, name=contact.full_name, org=org_name, when=when)
        for n, other in enumerate(others, start=2):
            assert other.id is not None
            extra, _ = _log(session, ctx, msg, other.id, occurred, part=n)  # one touch, on each person's record
            undo.append(["delete", "interaction", extra.id])
        if others:
            text += " " + ctx.t("logged.also", names=", ".join(o.full_name for o in others))
        if u.follow_up_at is not None:
            assert entry.id is not None
            follow = _schedule(session, ctx, contact.id, entry.id, u.follow_up_at)
            undo.append(["delete", "follow_up", follow.id])
            due = cards.when(follow.due_at, now=now, tz=ctx.tz, lang=ctx.lang) + untimed(ctx, u)
            text += " " + ctx.t("followup.logged", when=due)
            acted = replace(acted, follow_up=follow.due_at)
        elif u.follow_up_text:
            text += " " + ctx.t("followup.need_date")
            # The answer ("next monday") is the follow-up's date, on this contact: never a reminder for nobody.
            about = u.follow_up_text if len(u.follow_up_text.split()) > 2 else (u.summary or u.text)  # not "f/u"
            ask = Understanding(
                intent=Intent.SCHEDULE_FOLLOWUP, text=about, lang=u.lang, kind=u.kind,
                contact_id=contact.id, follow_up_text=about, date_field="follow_up",
            )  # fmt: skip
            ctx.set_pending(session, PENDING_DATE, {"understanding": ask.to_payload()})
        ctx.audit(
            session, at=now, action="create", entity="interaction", entity_id=entry.id,
            detail={"contact_id": contact.id, "kind": entry.kind, "name": contact.full_name}, undo=undo,
        )  # fmt: skip
    if _names_a_purchase(u):
        # "… he bought 2 more premium for 960 dollars …" inside a logged call: said, not silently dropped
        text += " " + ctx.t("logged.purchase_not_saved")
    return Reply(text, acted=acted)


def _names_a_purchase(u: Understanding) -> bool:
    """A purchase with its money inside a message logged as a touch (one message, one write: it is not recorded)."""
    from bot.nlu.entities import find_money
    from bot.nlu.lexicons import compiled, lexicon

    verbs = "|".join(
        re.sub(r"\|(?:took|got)\b", "", str(lexicon(code).PURCHASE_VERBS)) for code in dict.fromkeys((u.lang, "en"))
    )
    bought = compiled(rf"\b(?:{verbs})\b").search(u.text)
    return bought is not None and find_money(u.text[bought.end() :], default_currency="EUR")[0] is not None


def _which_person(session: Session, ctx: HandlerContext, u: Understanding, org: Organization | None) -> Reply:
    """A touch is with a person: "call with Atelier Moreau" asks which of its people, with buttons; a company
    with nobody stored, or one the store does not have, asks for the name. Nothing is logged until answered."""
    if org is None or org.id is None:
        raise UserError("error.name_the_person_new", org=u.company or u.contact_ref or "")
    members = search.contacts_of_organization(
        session=session, organization_id=org.id, limit=7, owner_ids=access.owner_ids(session, ctx)
    )
    if 1 < len(members) <= 6:
        return ask_which(session, ctx, u, org.name, members)
    if not members:
        raise UserError("error.name_the_person_new", org=org.name)
    raise UserError("error.name_the_person", org=org.name, example=org.name)


def _companions(session: Session, ctx: HandlerContext, u: Understanding, first: int) -> list[Contact]:
    """The other people the touch was with, each one confident match, or nothing is logged and the sender is asked
    to name them in full ("John Miller and Sarah Johnson", never a guess at "sarah")."""
    out: list[Contact] = []
    owners = access.owner_ids(session, ctx)
    for said in u.companions:
        ref = str(said["ref"])
        other = Understanding(intent=u.intent, text=u.text, contact_ref=ref, mention_kind="contact")
        other.mention_ids = dict(said.get("ids") or {})
        found = candidates_for(session, other, ref, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=owners)
        chosen, _ = decide(ref, found)
        contact = session.get(Contact, chosen.contact_id) if chosen is not None else None
        if contact is None or contact.id == first or contact in out:
            raise UserError("error.name_each", name=ref)
        out.append(contact)
    return out


def _log(
    session: Session,
    ctx: HandlerContext,
    msg: IncomingMessage,
    contact_id: int,
    occurred: datetime,
    *,
    part: int = 1,
) -> tuple[Interaction, bool]:
    """The interaction, keyed by the chat message it came from (a redelivered message logs nothing twice); the
    ``part``-th person of a touch with several has the key with "#part"."""
    u = understood(ctx.understanding)
    return interactions.log(
        session=session,
        contact_id=contact_id,
        author_id=ctx.staff_id,
        kind=u.kind or "note",
        occurred_at=occurred,
        summary=u.summary or u.text,
        now=ctx.now(),
        source_platform=msg.conversation.platform if msg.message_id else None,
        source_message_id=(
            f"{msg.conversation.chat_id}:{msg.message_id}" + (f"#{part}" if part > 1 else "")
            if msg.message_id
            else None
        ),
    )


def _org_label(session: Session, found: Organization | None, contact: Contact) -> str:
    """ " (Acme)" after the name: the organization the message named, else the contact's own."""
    if found is not None:
        return f" ({found.name})"
    name = cards_org_name(session, contact.organization_id) if contact.organization_id else None
    return f" ({name})" if name else ""


def _schedule(session: Session, ctx: HandlerContext, contact_id: int, interaction_id: int, due: datetime) -> FollowUp:
    u = understood(ctx.understanding)
    return followups.schedule(
        session=session,
        owner_id=ctx.staff_id,
        contact_id=contact_id,
        interaction_id=interaction_id,
        due_at=due,
        text=_follow_up_text(u.follow_up_text, u.summary or u.text, u.contact_ref or ""),
        now=ctx.now(),
    )


def cards_org_name(session: Any, organization_id: int) -> str | None:
    from storage.contacts import organizations_names

    return organizations_names(session=session, ids={organization_id}).get(organization_id)


def _follow_up_text(clause: str | None, summary: str, name: str = "") -> str:
    """What the reminder should say: the clause's own words when it has some beyond "f/u next tue" and the
    person's name ("follow up with amelia brown on friday" says no more than the touch it follows)."""
    if clause:
        words = re.sub(FOLLOW_UP_MARKER, " ", clause, flags=re.IGNORECASE)
        named = set(search_key(name).split())
        words = " ".join(w for w in words.split() if not _DATEISH.fullmatch(w.lower()))
        if len(words) >= 8 and len([w for w in words.split() if search_key(w) not in named]) >= 2:
            return _short(words)
    return _short(summary)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.LOG_INTERACTION)(log_interaction)
