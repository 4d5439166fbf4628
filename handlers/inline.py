"""Quick look-ups typed in any chat ("@bot mar"): matching contacts as neutral choices, for linked staff only,
and only the contacts that staff member may see.

A chosen result is posted into whatever chat the user is in, possibly one with outsiders, so it is always
the minimal card (name, company, stage).
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.context import Services
from bot.texts import t
from bot.types import Card, UserRef
from handlers import cards
from storage import contacts, search
from storage import staff as staff_repo
from storage.models import Contact, Organization
from storage.permissions import scope_for

PAGE = 20
MAX_RESULTS = 50


@dataclass(frozen=True)
class InlineChoice:
    key: str  # stable per contact, so a platform can cache or report the choice
    title: str
    description: str
    card: Card


async def lookup(
    services: Services, user: UserRef, query: str, *, offset: int = 0
) -> tuple[list[InlineChoice], int | None]:
    """One page of matching contacts and the offset of the next page (None at the end). Strangers get nothing."""
    query = query.strip()
    if not query:
        return [], None
    now = services.clock.now()
    with services.session() as session:
        staff = staff_repo.by_identity(session=session, platform=user.platform, external_id=user.user_id)
        if staff is None:
            return [], None
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
    return choices, (offset + PAGE if more else None)
