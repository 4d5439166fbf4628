"""Data-protection and ownership in chat: export a person, erase (with a confirmation), reassign, and
"who changed Maria's phone?" answered from the audit log."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlmodel import Session

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.nlu.lexicons import NO_ANSWER, yes_pattern
from bot.nlu.refs import hu_name
from bot.router import Router
from bot.types import Acted, ActionEvent, Button, IncomingMessage, Reply
from config.settings import DATA_DIR
from handlers import access
from storage import audit, network, search
from storage import models as m
from storage import staff as staff_repo
from storage.errors import Refusal, UserError
from storage.normalize import search_key
from storage.permissions import Scope, require
from storage.privacy import files, service

ERASE_ACTION = "crm:privacy.erase"
CANCEL_ACTION = "crm:cancel"
_YES = yes_pattern("confirm", "erase", "do it")


def _text(ctx: HandlerContext, msg: IncomingMessage) -> str:
    return (ctx.understanding.text if ctx.understanding else msg.text).strip().rstrip("?!. ")


def _exports_dir(ctx: HandlerContext) -> Path:
    """Next to the SQLite file (so a test's store keeps its exports), else data/exports."""
    url = make_url(ctx.settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().parent / "exports"
    return DATA_DIR / "exports"


def _one(session: Session, ctx: HandlerContext, ref: str) -> m.Contact:
    return service.find_one(session=session, scope=access.scope(session, ctx), ref=ref)


def _seen(session: Session, ctx: HandlerContext, ref: str) -> m.Contact:
    """A question (not a change) may name someone as people do ("Maria" when there is one Maria)."""
    from handlers.resolve import decide

    found = search.find_contacts(
        session=session, query=ref, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=access.owner_ids(session, ctx)
    )
    chosen, _ = decide(ref, found)
    if chosen is None:
        return _one(session, ctx, ref)  # an exact id, e-mail or full name, or the clear "which one" error
    contact = session.get(m.Contact, chosen.contact_id)
    assert contact is not None
    return contact


async def export_contact(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """ "export Maria Silva": everything stored about her, as a JSON file in data/exports/."""
    ref = re.sub(
        r"^export\s+(?:all\s+(?:data\s+)?(?:of|about|for)\s+|everything\s+(?:about|on)\s+)?",
        "",
        _text(ctx, msg),
        flags=re.I,
    )
    if not ref:
        raise UserError("error.export_who")
    now = ctx.now()
    with ctx.session() as session:
        contact = _one(session, ctx, ref)
        assert ctx.staff is not None
        data, contact = service.export_person(session=session, staff=ctx.staff, ref=str(contact.id), now=now)
        # Written inside the unit of work: if the file cannot be written, the audit row is rolled back with it.
        path = _exports_dir(ctx) / f"contact-{contact.id}-{now.strftime('%Y%m%d-%H%M%S')}.json"
        with files.open_private(path) as out:
            out.write(json.dumps(data, ensure_ascii=False, indent=2))
    counts = {k: len(data[k]) for k in ("interactions", "purchases", "follow_ups", "deals", "audit")}
    text = ctx.t("privacy.exported", name=contact.full_name, path=str(path), **counts)
    return Reply(text, acted=Acted(contact=contact.full_name, details=(("path", str(path)),)))


# The verb, article and "contact" word before the person, in the six languages ("elimina il contatto Marco Bianchi").
_ERASE_LEAD = re.compile(
    r"^(?:erase|forget|anonymi[sz]e|gdpr (?:erase|delete)|delete|remove|apaga(?:r)?|elimina(?:r|re)?|remove(?:r)?|"
    r"exclui(?:r)?|borra(?:r)?|quita(?:r)?|supprime(?:r)?|efface(?:r)?|retire(?:r)?|cancella(?:re)?|rimuovi|togli|"
    r"töröld|távolítsd el|töröljük)\s+(?:(?:the|o|a|al|el|le|la|il|lo|az)\s+|l['’]\s*)?"
    r"(?:(?:contacto|contato|contatto|contact|kontaktot)\b)?\s*(?:(?:d[oa]|de)\s+)?",
    re.IGNORECASE,
)
_ERASE_TAIL = re.compile(
    r"\s+(?:from (?:the )?(?:crm|system|database|contacts|store)|d[oe]l? (?:crm|sistema)|du (?:crm|système)|"
    r"dal (?:crm|sistema))\W*$",
    re.IGNORECASE,
)


async def erase_contact(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """ "erase Maria Silva" / "anonymize Maria Silva": asks first, then does it (admins only)."""
    text = _text(ctx, msg)
    anonymize = bool(re.match(r"^anonymi[sz]e\b", text, re.I)) or bool(
        re.search(r"\bkeep(?:ing)? (?:the )?figures\b", text, re.I)
    )
    ref = _ERASE_TAIL.sub("", _ERASE_LEAD.sub("", text, count=1))
    ref = re.sub(r",?\s*(?:but\s+)?keep(?:ing)? (?:the )?figures$", "", ref, flags=re.I).strip()
    if ctx.lang == "hu" and ref and not ref[:1].isdigit() and "@" not in ref:
        ref = hu_name(ref)  # "töröld Kovács Bencét": the accusative is not the stored name
    if not ref:
        raise UserError("error.erase_who")
    with ctx.session() as session:
        contact = _one(session, ctx, ref)
        require(access.scope(session, ctx), "erase", contact.owner_id, what=contact.full_name)
        ctx.set_pending(session, "confirm_erase", {"contact_id": contact.id, "anonymize": anonymize})
    key = "privacy.confirm_anonymize" if anonymize else "privacy.confirm_erase"
    buttons = (
        Button(ctx.t("privacy.button_erase"), ERASE_ACTION, value=str(contact.id), style="danger"),
        Button(ctx.t("button.cancel"), CANCEL_ACTION),
    )
    return Reply(ctx.t(key, name=contact.full_name), buttons=buttons, acted=Acted(contact=contact.full_name))


async def answer_erase(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Reply | None:
    answer = msg.text.strip()
    if NO_ANSWER.match(answer):
        with ctx.session() as session:
            ctx.clear_pending(session)
        return Reply(ctx.t("cancelled"), intent=Intent.ERASE_CONTACT)
    if not _YES.match(answer):
        with ctx.session() as session:
            ctx.clear_pending(session)
        return None
    return _do_erase(ctx, int(payload["contact_id"]), bool(payload.get("anonymize")))


async def erase_button(event: ActionEvent, ctx: HandlerContext) -> Reply:
    with ctx.session() as session:
        payload = ctx.pending(session, "confirm_erase")
    if payload is None or str(payload.get("contact_id")) != event.value:
        return Reply(ctx.t("pending.expired"))
    return _do_erase(ctx, int(event.value), bool(payload.get("anonymize")))


def _do_erase(ctx: HandlerContext, contact_id: int, anonymize: bool) -> Reply:
    with ctx.session() as session:
        ctx.clear_pending(session)
        contact = session.get(m.Contact, contact_id)
        if contact is None:
            return Reply(ctx.t("pending.expired"), intent=Intent.ERASE_CONTACT)
        assert ctx.staff is not None
        name, _counts = service.erase_contact(
            session=session, staff=ctx.staff, contact=contact, anonymize=anonymize, now=ctx.now()
        )
    key = "privacy.anonymized" if anonymize else "privacy.erased"
    return Reply(ctx.t(key, name=name), intent=Intent.ERASE_CONTACT, acted=Acted(contact=name))


_GIVE = re.compile(r"^(?:give|reassign|transfer|hand(?: over)?|assign)\s+(.+?)\s+to\s+@?(.+)$", re.I)


async def reassign(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """ "give Acme to Ana": the organization and its contacts (or one contact) get a new owner."""
    match = _GIVE.match(_text(ctx, msg))
    if not match:
        raise UserError("error.give_usage")
    ref, who = match.group(1).strip(), match.group(2).strip()
    now = ctx.now()
    with ctx.session() as session:
        scope = access.scope(session, ctx)
        target = _staff(session, who)
        if target is None:
            raise UserError("error.no_staff_called", who=who)
        if not scope.may_own(target.id or 0):
            raise Refusal("privacy.outside_team", name=target.display_name)
        orgs = search.find_organizations(session=session, query=ref, min_score=90)
        people = search.find_contacts(session=session, query=ref, limit=5, owner_ids=scope.owner_ids)
        if orgs and (not people or orgs[0].score >= people[0].score):
            org = session.get(m.Organization, orgs[0].organization_id)
            assert org is not None
            moved = _give_organization(session, ctx, scope, org, target)
            text = ctx.t("privacy.reassigned_org", org=org.name, name=target.display_name, count=moved)
            return Reply(text, acted=Acted(company=org.name, details=(("owner", target.handle),)))
        if not people:
            raise UserError("error.couldnt_find", ref=ref)
        contact = session.get(m.Contact, people[0].contact_id)
        assert contact is not None
        require(scope, "reassign", contact.owner_id, what=contact.full_name)
        old = session.get(m.Staff, contact.owner_id) if contact.owner_id else None
        audit.record(
            session=session, at=now, staff_id=ctx.staff_id, action="update", entity="contact", entity_id=contact.id,
            detail={"changes": [f"owner {target.handle}"], "fields": {"owner": {"old": old.handle if old else None, "new": target.handle}}},
            undo=[["restore", "contact", contact.id, {"owner_id": contact.owner_id}]],
        )  # fmt: skip
        contact.owner_id, contact.updated_at = target.id, now
        session.add(contact)
        text = ctx.t("privacy.reassigned", name=contact.full_name, owner=target.display_name)
        return Reply(text, acted=Acted(contact=contact.full_name, details=(("owner", target.handle),)))


def _give_organization(
    session: Session, ctx: HandlerContext, scope: Scope, org: m.Organization, target: m.Staff
) -> int:
    """The organization and those of its contacts the sender may reassign get the new owner; how many contacts."""
    assert org.id is not None
    now = ctx.now()
    members = network.members(session=session, organization_id=org.id)
    require(scope, "reassign", org.owner_id, what=org.name)
    moved = [c for c in members if scope.allows("reassign", c.owner_id)]
    undo: list[list[Any]] = [["restore", "organization", org.id, {"owner_id": org.owner_id}]]
    undo += [["restore", "contact", c.id, {"owner_id": c.owner_id}] for c in moved]
    org.owner_id = target.id
    session.add(org)
    for c in moved:
        c.owner_id, c.updated_at = target.id, now
        session.add(c)
    audit.record(
        session=session, at=now, staff_id=ctx.staff_id, action="reassign", entity="organization",
        entity_id=org.id, detail={"owner": target.handle, "contacts": len(moved), "fields": {"owner": {"new": target.handle}}},
        undo=undo,
    )  # fmt: skip
    return len(moved)


def _staff(session: Session, who: str) -> m.Staff | None:
    key = search_key(who)
    for member in staff_repo.active(session=session):
        if key in (member.handle, search_key(member.display_name), search_key(member.email or "")):
            return member
        if key == search_key(member.display_name).split(" ")[0]:
            return member
    return None


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.EXPORT_CONTACT)(export_contact)
    router.intent(Intent.ERASE_CONTACT)(erase_contact)
    router.intent(Intent.REASSIGN)(reassign)
    router.answer("confirm_erase")(answer_erase)
    router.action(ERASE_ACTION, value=ValueKind.ID)(erase_button)
