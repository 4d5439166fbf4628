"""Quick look-ups typed in any chat ("@bot mar"): matching contacts as neutral choices, for linked staff only,
and only the contacts that staff member may see.

A chosen result is posted into whatever chat the user is in, possibly one with outsiders, so it is always
the minimal card (name, company, stage).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.context import HandlerContext
from bot.requests import InlineChoice, InlineQuery, InlineResults
from bot.router import Router
from bot.texts import t
from handlers import cards
from storage import contacts, search
from storage.models import Contact, Organization
from storage.permissions import scope_for

PAGE = 20
MAX_RESULTS = 50


async def lookup(event: InlineQuery, ctx: HandlerContext) -> InlineResults:
    """One page of matching contacts and the offset of the next page (None at the end). Strangers never get
    here: the dispatcher declines them with no results."""
    query, offset, staff = event.text.strip(), max(event.offset, 0), ctx.staff
    if not query or staff is None:
        return InlineResults()
    now = ctx.now()
    with ctx.session() as session:
        owners = scope_for(session=session, staff=staff).owner_ids
        found = search.find_contacts(
            session=session, query=query, limit=MAX_RESULTS, staff_id=staff.id, now=now, owner_ids=owners
        )
        page = found[offset : offset + PAGE]
        tz, lang = ZoneInfo(staff.tz), staff.language
        choices = []
        for candidate in page:
            contact = session.get(Contact, candidate.contact_id)
            if contact is None:
                continue
            org = session.get(Organization, contact.organization_id) if contact.organization_id else None
            # The minimal card needs only name, company and stage: no need to load the full details.
            details = contacts.ContactDetails(contact=contact, organization=org, owner=None)
            touch = (
                cards.when(contact.last_touch_at, now=now, tz=tz, lang=lang, with_time=False)
                if contact.last_touch_at
                else t(lang, "card.never")
            )
            about = f"{t(lang, 'card.last_touch')}: {touch}"
            choices.append(
                InlineChoice(
                    key=f"c{contact.id}",
                    title=contact.full_name,
                    description=f"{candidate.organization} · {about}" if candidate.organization else about,
                    card=cards.contact_card(details, now=now, tz=tz, lang=lang, private=False),
                )
            )
    more = offset + PAGE < len(found)
    return InlineResults(tuple(choices), offset + PAGE if more else None)


def register(router: Router) -> None:
    router.request(InlineQuery)(lookup)
