"""Find a contact: one sure match opens its card, a company lists its people, several names are offered."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards, deals
from handlers.checks import understood
from storage import contacts, search
from storage.errors import Term
from storage.models import Contact
from storage.normalize import search_key
from storage.search import Candidate, OrgCandidate

# Candidates this many points below the best match are other names, not rival readings of the one typed.
RIVAL_GAP = 10.0
_BIRTHDAY_WORD = re.compile(
    r"\b(?:birthday|bday|b-day|anivers[aá]rio|cumplea[nñ]os|anniversaire|compleanno|sz[uü]let[eé]snap)", re.IGNORECASE
)


async def find_contact(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = understood(ctx.understanding)
    query = u.contact_ref or (u.company if u.mention_kind == "new_org" else None) or ""  # "Zeta Corp SA?"
    if not query.strip():
        return Reply(ctx.t("contact.need_name"))
    with ctx.session() as session:
        owners = access.owner_ids(session, ctx)
        found = search.find_contacts(
            session=session, query=query, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=owners
        )
        if u.mention_kind != "organization" and (sure := _sure(query, found)) is not None:
            # One person surely meant: a company could only have answered an unsure one, so none is looked up
            # (a misspelt name's company search is the ranked trigram query, the slowest look-up there is).
            return _open(session, ctx, msg, sure)
        orgs = (
            []
            if found and found[0].score >= 95
            else access.visible_orgs(session, ctx, search.find_organizations(session=session, query=query))
        )
        if u.mention_kind == "organization" and orgs:
            found = []  # "Acme?": the store says it is a company, so the company answers, not a look-alike person
        sure = _sure(query, found)
        if sure is not None:
            return _open(session, ctx, msg, sure)
        if orgs and (not found or orgs[0].score >= found[0].score):
            return _company(session, ctx, orgs[0], owners)
    if not found:
        explicit = msg.text.strip().startswith("/") or query.endswith("?") or msg.text.strip().endswith("?")
        if not explicit and not _looks_like_name(query):
            from handlers.admin import unknown

            return await unknown(msg, ctx)
        return Reply(ctx.t("contact.not_found", query=query))
    # "larisa?": Larissa Lima, not the Marias a few letters also share; a clear leader is listed alone
    found = [c for c in found if c.score >= found[0].score - RIVAL_GAP]
    lines = [f"{n}. {cards.candidate_label(c)}" for n, c in enumerate(found, start=1)]
    heading = ctx.t("contact.found_many", count=len(found), query=query) if len(found) > 1 else None
    text = (heading or ctx.t("contact.found_one", query=query)) + "\n" + "\n".join(lines)
    return Reply(
        text,
        buttons=cards.choice_buttons(found, "crm:contact.show"),
        acted=Acted(contact=found[0].full_name, focus=len(found) == 1),
    )


def _sure(query: str, found: list[Candidate]) -> Candidate | None:
    """The one candidate the name surely means: its whole name, or every typed word of it, and no rival."""
    sure = [
        c for c in found if c.score >= search.WHOLE_NAME or search.covers(search_key(query), search_key(c.full_name))
    ]
    if len(sure) == 1 or (sure and sure[0].score >= 99 and (len(sure) == 1 or sure[1].score < 95)):
        return sure[0]
    return None


def _open(session: Session, ctx: HandlerContext, msg: IncomingMessage, sure: Candidate) -> Reply:
    """The contact's card (viewing is audited), or their birthday when that is what was asked."""
    contact = session.get(Contact, sure.contact_id)
    assert contact is not None
    if _BIRTHDAY_WORD.search(msg.text):
        from handlers.birthdays import one_birthday

        return one_birthday(ctx, contact)
    now = ctx.now()
    details = contacts.details(session=session, contact=contact)
    ctx.audit(session, at=now, action="view", entity="contact", entity_id=contact.id)
    card = cards.contact_card(details, now=now, tz=ctx.tz, lang=ctx.lang, private=ctx.is_private)
    return Reply(card.title, cards=(card,), acted=Acted(contact=contact.full_name))


def _company(session: Session, ctx: HandlerContext, org: OrgCandidate, owners: frozenset[int] | None) -> Reply:
    """A company's people (and, in private, its deals) as a numbered list with buttons."""
    members = search.contacts_of_organization(session=session, organization_id=org.organization_id, owner_ids=owners)
    text = ctx.t("contact.org_members", org=org.name, count=len(members))
    about = deals.company_lines(session, ctx, org.organization_id) if ctx.is_private else []
    touched = [c for c in members if c.last_touch_at is not None]
    if touched and ctx.is_private:
        # "when did we last talk to Initech?": the company's last touch, and with whom
        last = max(touched, key=lambda c: c.last_touch_at)  # type: ignore[arg-type,return-value]
        when = cards.when(last.last_touch_at, now=ctx.now(), tz=ctx.tz, lang=ctx.lang, with_time=False)  # type: ignore[arg-type]
        about = [*about, ctx.t("company.last_touch", when=when, name=last.full_name)]
    lines = (*about, *(f"{n}. {cards.candidate_label(c)}" for n, c in enumerate(members, start=1)))
    buttons = cards.choice_buttons(members[:10], "crm:contact.show")
    return Reply(
        text + ("\n" + "\n".join(lines) if lines else ""),
        buttons=buttons,
        acted=Acted(company=org.name),
    )


def _looks_like_name(query: str) -> bool:
    words = query.split()
    return (
        0 < len(words) <= 4
        and all(any(ch.isalpha() for ch in w) for w in words)
        and any(ch in "aeiouyáéíóúàèìòùâêôãõäëïöüő" for ch in query.lower())
    )


async def show_contact(event: Any, ctx: HandlerContext) -> Reply:
    """Button: open one contact's card."""
    now = ctx.now()
    with ctx.session() as session:
        contact = session.get(Contact, int(event.value))
        if contact is None:
            return Reply(ctx.t("contact.not_found", query=event.value))
        access.check(session, ctx, "view", contact.owner_id, what=Term("term.that_contact"))
        details = contacts.details(session=session, contact=contact)
        ctx.audit(
            session,
            at=now,
            action="view",
            entity="contact",
            entity_id=contact.id,
        )
        card = cards.contact_card(details, now=now, tz=ctx.tz, lang=ctx.lang, private=ctx.is_private)
    return Reply(card.title, cards=(card,), intent=Intent.FIND_CONTACT, acted=Acted(contact=contact.full_name))
