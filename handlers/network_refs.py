"""A name in a network sentence -> one person or organization node the sender may see, or a question.

A write needs one confident match: an ambiguous or unknown person is a question and nothing is stored. An
organization named in a link that the store does not know yet is created (a supplier or an investor is often
new to the CRM), and the caller records it in the undo entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bot.context import HandlerContext
from handlers import access
from handlers.resolve import SURE, decide
from storage import contacts, search
from storage.models import Contact, Organization
from storage.network import Node


class NeedsAnswer(ValueError):
    """The name cannot be settled; its text is the question (nothing has been stored)."""


@dataclass(frozen=True)
class Found:
    node: Node
    name: str
    created: bool = False


def find(
    session: Session, ctx: HandlerContext, ref: str | None, *, want: str | None = None, create_org: bool = False
) -> Found:
    """``want``: "c" a person, "o" an organization, None whichever fits the name best."""
    if not ref:
        raise NeedsAnswer(ctx.t("network.need_names"))
    orgs = access.visible_orgs(session, ctx, search.find_organizations(session=session, query=ref, min_score=85.0))
    owners = access.owner_ids(session, ctx)
    people = search.find_contacts(session=session, query=ref, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=owners)
    if orgs and (want == "o" or not people or orgs[0].score >= people[0].score + 5):
        return Found(("o", orgs[0].organization_id), orgs[0].name)
    if people and want != "o":
        chosen, shortlist = decide(ref, people)
        shortlist = shortlist or people[:3]  # a near miss is offered, never taken
        if chosen is None:
            names = "; ".join(f"{c.full_name} ({c.organization})" if c.organization else c.full_name for c in shortlist)
            raise NeedsAnswer(ctx.t("network.which", query=ref, names=names))
        return Found(("c", chosen.contact_id), chosen.full_name)
    if orgs:
        return Found(("o", orgs[0].organization_id), orgs[0].name)
    if want == "o" and people and people[0].score >= SURE:
        # "Élodie is a partner of Lumière SA": a person where an organization was expected, never a new organization
        # named after them.
        return Found(("c", people[0].contact_id), people[0].full_name)
    if want == "o" and create_org:
        org, created = contacts.get_or_create_organization(
            session=session, name=ref, owner_id=ctx.staff_id, now=ctx.now()
        )
        assert org.id is not None
        return Found(("o", org.id), org.name, created)
    raise NeedsAnswer(ctx.t("network.unknown", name=ref))


def contact_of(session: Session, found: Found) -> Contact | None:
    return session.get(Contact, found.node[1]) if found.node[0] == "c" else None


def organization_of(session: Session, found: Found) -> Organization | None:
    return session.get(Organization, found.node[1]) if found.node[0] == "o" else None
