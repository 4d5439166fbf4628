"""Turning "maria" into one contact: fuzzy search, then a question when it is not clear who."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.lexicons import by_place
from bot.nlu.understanding import Understanding
from bot.types import Button, Reply
from handlers import access, cards
from storage import contacts, nicknames, search
from storage.models import Contact, Organization
from storage.normalize import search_key
from storage.search import Candidate

PICK_ACTION = "crm:contact.pick"
CREATE_ACTION = "crm:contact.create"
CANCEL_ACTION = "crm:cancel"
NAME_FOR = "name_for"
SURE = 90.0
CLOSE = 6.0


@dataclass
class Resolved:
    contact: Contact | None = None
    organization: Organization | None = None
    question: Reply | None = None


_COMPANY_TAIL = re.compile(r"^(.+?)\s+(?:da|do|de|di|del|della|from|at|chez|@)\s+(.+)$", re.IGNORECASE)


def _shorter(ref: str) -> list[str]:
    words = ref.split()
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def _words_stand_for(typed: str, stored: str) -> bool:
    """Every typed word is a word of the stored name as it is, its initial, or a nickname of it: "rui",
    "j silva", "bob smith" for Robert Smith. A typo ("martn") or another name ("mario", "millar") is not."""
    words = search_key(stored).split()
    for word in typed.split():
        if word in words or (len(word) == 1 and any(w.startswith(word) for w in words)):
            continue
        if any(full in words for full in nicknames.NICKNAMES.get(word, ())):
            continue
        return False
    return True


def decide(
    ref: str, candidates: list[Candidate], company: str | None = None
) -> tuple[Candidate | None, list[Candidate]]:
    """The one candidate meant, or the ones to ask about: a write needs one confident match.

    Confident: the sender's alias, the full name as typed, or every typed word being a word of the name, its
    initial or a nickname of it, with no other candidate as good. Anything less is a near miss, offered and
    never taken: "John Smith" is not John Miller, "John Millar" is not John Miller, and "Sophie Martn" is
    asked about ("Did you mean Sophie Martin?") before anything is written.
    """
    if not candidates:
        return None, []
    top = candidates[0]
    if top.score >= 101:  # the sender's own alias
        return top, []
    key = search_key(ref)
    sure = [c for c in candidates if c.score >= 100 or _words_stand_for(key, c.full_name)]
    if company and len(sure) > 1:
        company_key = search_key(company)
        at_company = [c for c in sure if c.organization and company_key in search_key(c.organization)]
        if len(at_company) == 1:
            return at_company[0], []
        sure = at_company or sure
    exact = [c for c in sure if c.score >= 100]
    if len(exact) == 1:
        return exact[0], []  # the name exactly as typed wins over a fuzzy or nickname neighbour
    if len(sure) == 1:
        return sure[0], []
    if sure:
        return None, sure[:6]
    return None, []


def candidates_for(
    session: Session,
    u: Understanding,
    ref: str,
    *,
    staff_id: int | None,
    now: datetime,
    owner_ids: Collection[int] | None,
) -> list[Candidate]:
    """The contacts a name may mean: the ones the store matched when the message was read ("Zsófiával" is
    Zsófia Nagy), those the sender may see, plus the sender's own alias; else a fresh search of the name."""
    if u.mention_kind == "contact" and u.mention_ids and ref == u.contact_ref:
        scores = {int(i): s for i, s in u.mention_ids.items()}
        alias = search.alias_for(session=session, staff_id=staff_id, query=ref)
        if alias is not None:
            scores[alias] = 101.0  # the sender's own alias leads
        found = search._load(session, list(scores), scores, owner_ids)
        if found:
            return sorted(found, key=lambda c: c.score, reverse=True)
    return search.find_contacts(session=session, query=ref, staff_id=staff_id, now=now, owner_ids=owner_ids)


def resolve(
    session: Session,
    ctx: HandlerContext,
    u: Understanding,
    *,
    allow_org: bool = True,
    offer_create: bool = True,
) -> Resolved:
    if u.mention_kind == "new_org" and u.company and u.organization_id is None:
        return _new_company(session, ctx, u, offer_create=offer_create and allow_org)
    if u.create_contact and u.contact_id is None:
        return Resolved(contact=_create(session, ctx, u))
    if u.contact_id is not None or u.organization_id is not None:
        return _by_id(session, ctx, u)
    if not u.contact_ref:
        # "Which contact?": the answer ("rui almeida") completes this request, never starts another
        ctx.set_pending(session, NAME_FOR, {"understanding": u.to_payload()})
        return Resolved(question=Reply(ctx.t("contact.need_name")))
    # "Chico da Acme", "Paco de Acme", "Bob at Globex": the tail may name the company rather than the person.
    tail = _COMPANY_TAIL.match(u.contact_ref)
    company = u.company or (tail.group(2) if tail else None)
    owners = access.owner_ids(session, ctx)
    if u.mention_kind == "organization" and allow_org:
        org_found = _organization(session, ctx, u.contact_ref, owners)
        if org_found is not None:
            return org_found
    # A name the store gave us is looked up whole; a name cut out by grammar may carry words after it.
    refs = [u.contact_ref] if u.mention_kind in ("contact", "new") else _shorter(u.contact_ref)
    near: list[Candidate] = []
    for ref in refs:
        found = candidates_for(session, u, ref, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=owners)
        if found:
            chosen, shortlist = decide(ref, found, company)
            if chosen is not None:
                return Resolved(contact=session.get(Contact, chosen.contact_id))
            if shortlist:
                return Resolved(question=ask_which(session, ctx, u, ref, shortlist))
            near = near or found
            if len(ref.split()) >= 2 and all(w[:1].isupper() for w in ref.split()):
                break  # "Nagy Bence", written as a full name: a near miss, never its first word alone ("Nagy")
            continue
        if allow_org:
            org_found = _organization(session, ctx, ref, owners)
            if org_found is not None:
                return org_found
    if near and offer_create:
        return Resolved(question=offer_near(session, ctx, u, near[:3]))
    if offer_create:
        return Resolved(question=offer_new(session, ctx, u))
    return Resolved(question=Reply(ctx.t("contact.not_found", query=u.contact_ref)))


def _by_id(session: Session, ctx: HandlerContext, u: Understanding) -> Resolved:
    """A record already picked (a button, an answered question): only checked, never searched again."""
    if u.contact_id is not None:
        chosen = session.get(Contact, u.contact_id)
        if chosen is not None:
            access.check(session, ctx, "view", chosen.owner_id, what=chosen.full_name)
        return Resolved(contact=chosen)
    org = session.get(Organization, u.organization_id)
    if (
        org is not None
        and org.id is not None
        and not access.visible_orgs(session, ctx, [search.OrgCandidate(org.id, org.name, 100.0)])
    ):
        return Resolved(question=Reply(ctx.t("contact.not_found", query=org.name)))
    return Resolved(organization=org)


def _organization(session: Session, ctx: HandlerContext, ref: str, owners: object) -> Resolved | None:
    orgs = access.visible_orgs(session, ctx, search.find_organizations(session=session, query=ref))
    if not orgs:
        return None
    if not search.same_company(ref, orgs[0].name):
        # "Initeck", "Globex Iberia": a look-alike company is offered, never written to.
        lines = "\n".join(f"• {o.name}" for o in orgs[:3])
        return Resolved(
            question=Reply(
                ctx.t("company.near_miss", query=ref) + "\n" + lines,
                buttons=(Button(ctx.t("button.cancel"), CANCEL_ACTION),),
            )
        )
    org = session.get(Organization, orgs[0].organization_id)
    members = search.contacts_of_organization(
        session=session,
        organization_id=orgs[0].organization_id,
        owner_ids=owners,  # type: ignore[arg-type]
    )
    if len(members) == 1:
        return Resolved(contact=session.get(Contact, members[0].contact_id), organization=org)
    return Resolved(organization=org)


def offer_near(session: Session, ctx: HandlerContext, u: Understanding, near: list[Candidate]) -> Reply:
    """ "I don't have John Smith. Did you mean John Miller?": the near misses, a create button, cancel."""
    ctx.set_pending(
        session,
        "choose_contact",
        {
            "understanding": u.to_payload(),
            "query": u.contact_ref,
            "candidates": [c.contact_id for c in near],
            "offer_create": True,
        },
    )
    lines = [f"{n}. {cards.candidate_label(c)}" for n, c in enumerate(near, start=1)]
    text = ctx.t("contact.near_miss", query=u.contact_ref) + "\n" + "\n".join(lines)
    buttons = (
        *cards.choice_buttons(near, PICK_ACTION),
        Button(ctx.t("button.create"), CREATE_ACTION, style="primary"),
        Button(ctx.t("button.cancel"), CANCEL_ACTION),
    )
    return Reply(text, buttons=buttons)


def ask_which(session: Session, ctx: HandlerContext, u: Understanding, ref: str, shortlist: list[Candidate]) -> Reply:
    ctx.set_pending(
        session,
        "choose_contact",
        {"understanding": u.to_payload(), "query": ref, "candidates": [c.contact_id for c in shortlist]},
    )
    lines = [f"{n}. {cards.candidate_label(c)}" for n, c in enumerate(shortlist, start=1)]
    text = ctx.t("contact.ambiguous", query=ref) + "\n" + "\n".join(lines)
    buttons = (*cards.choice_buttons(shortlist, PICK_ACTION), Button(ctx.t("button.cancel"), CANCEL_ACTION))
    return Reply(text, buttons=buttons)


def _new_company(session: Session, ctx: HandlerContext, u: Understanding, *, offer_create: bool) -> Resolved:
    """A company the store does not have ("Greenfield Ltd"): offered as a new company, created once agreed, in
    the same unit of work as what was asked; never a contact called "Greenfield Ltd"."""
    name = u.company or ""
    if not offer_create:
        return Resolved(question=Reply(ctx.t("contact_list.no_company", company=name)))
    if not u.create_contact:
        ctx.set_pending(session, "offer_create", {"understanding": u.to_payload()})
        buttons = (
            Button(ctx.t("button.create"), CREATE_ACTION, style="primary"),
            Button(ctx.t("button.cancel"), CANCEL_ACTION),
        )
        return Resolved(question=Reply(ctx.t("company.offer_create", query=name), buttons=buttons))
    now = ctx.now()
    org, created = contacts.get_or_create_organization(session=session, name=name, owner_id=ctx.staff_id, now=now)
    if created:
        ctx.audit(
            session, at=now, action="create", entity="organization", entity_id=org.id, detail={"name": org.name},
            undo=[["delete", "organization", org.id]],
        )  # fmt: skip
        ctx.created.append(org.name)
    u.organization_id = org.id
    return Resolved(organization=org)


def offer_new(session: Session, ctx: HandlerContext, u: Understanding) -> Reply:
    ctx.set_pending(session, "offer_create", {"understanding": u.to_payload()})
    buttons = (
        Button(ctx.t("button.create"), CREATE_ACTION, style="primary"),
        Button(ctx.t("button.cancel"), CANCEL_ACTION),
    )
    return Reply(ctx.t("contact.offer_create", query=u.contact_ref), buttons=buttons)


# "the one at Acme", "a da Samba Foods", "la de Iberia", "quella di Milano Design", "la rossi", "celle de Lumière"
_ONE_AT = re.compile(
    r"^(?:(?:the one|the|one|a|o|la|el|il|lo|le|l'|quell[ao]|celle|celui|aquel(?:la)?)\s+)?"
    r"(?:(?:at|from|in|with|of|@|da|do|de|del|della|dal|di|chez|d')\s*)?",
    re.IGNORECASE,
)


_LABEL = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?P<name>.+)$")


def _label_name(candidates: list[Candidate], labelled: re.Match[str]) -> str:
    index = int(labelled["n"]) - 1
    return candidates[index].full_name if 0 <= index < len(candidates) else "\x00"


def match_answer(text: str, candidates: list[Candidate]) -> Candidate | None:
    """An answer to "which one?": a number, or a word that only one candidate has ("the one at Acme")."""
    if text.strip().endswith("?"):
        return None  # "sophie martin?" is a look-up, a new message: never a pick made for the sender
    answer = text.strip().rstrip(".!")
    labelled = _LABEL.match(answer)  # "2. Maria Santos (Samba Foods)": a button's own text, typed
    if labelled and search_key(labelled["name"]).startswith(search_key(_label_name(candidates, labelled))):
        answer = labelled["n"]
    place = by_place(answer)
    if place is not None:
        index = place - 1
        return candidates[index] if 0 <= index < len(candidates) else None
    key = search_key(_ONE_AT.sub("", answer))
    if not key:
        return None
    hits = [
        c
        for c in candidates
        if key in search_key(c.full_name) or (c.organization and key in search_key(c.organization))
    ]
    return hits[0] if len(hits) == 1 else None


def _create(session: Session, ctx: HandlerContext, u: Understanding) -> Contact:
    """The contact the user agreed to create, in the same unit of work as what they asked for."""
    now = ctx.now()
    org_id = None
    if u.company:
        org, _ = contacts.get_or_create_organization(session=session, name=u.company, owner_id=ctx.staff_id, now=now)
        org_id = org.id
    contact = contacts.create(
        session=session, full_name=u.contact_ref or "", owner_id=ctx.staff_id, now=now, organization_id=org_id
    )
    ctx.audit(
        session,
        at=now,
        action="create",
        entity="contact",
        entity_id=contact.id,
        detail={"name": contact.full_name},
        undo=[["delete", "contact", contact.id]],
    )
    u.contact_id = contact.id
    ctx.created.append(contact.full_name)
    return contact
