"""Add, update and list contacts (finding one: handlers/contact_find.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards, contact_changes, deals
from handlers.checks import refuse_invalid, understood
from handlers.contact_find import find_contact as find_contact  # routed from here
from handlers.contact_find import show_contact as show_contact
from handlers.contact_lists import list_contacts
from handlers.contact_values import unread
from handlers.resolve import resolve
from storage import contacts
from storage.errors import Refusal, UserError
from storage.models import STAGES, Contact
from storage.normalize import search_key


def _birthday_parts(birthday: str) -> tuple[int, int, int | None]:
    parts = [int(p) for p in birthday.split("-")]
    return (parts[1], parts[2], parts[0]) if len(parts) == 3 else (parts[0], parts[1], None)


def _existing(session: Session, ctx: HandlerContext, u: Understanding) -> Contact | None:
    """The same person already stored: same email, then same phone, then same name at the same company.

    Only contacts the sender may see count as "the same person" by name (someone else's namesake is another
    record). An email or phone already on a record the sender may not see is refused without naming it.
    """
    owners = access.owner_ids(session, ctx)
    cid = contacts.id_with(session=session, email=u.email, phone=u.phone)
    if cid:
        contact = session.get(Contact, cid)
        if contact is not None and owners is not None and contact.owner_id not in owners:
            raise Refusal("contact.taken")
        return contact
    for contact in contacts.with_key(session=session, key=search_key(u.contact_ref or ""), owner_ids=owners):
        if not u.company or contact.organization_id is None:
            return contact
        org_names = contacts.organizations_names(session=session, ids={contact.organization_id})
        if search_key(org_names.get(contact.organization_id, "")) == search_key(u.company):
            return contact
    return None


def _detail_text(u: Understanding) -> str:
    bits = [b for b in (u.email, u.phone) if b]
    if u.birthday:
        month, day, year = _birthday_parts(u.birthday)
        bits.append(f"birthday {cards.birthday_text(month, day, year)}")
    if u.tags:
        bits.append("#" + " #".join(u.tags))
    return (" · " + " · ".join(bits)) if bits else ""


async def add_contact(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = understood(ctx.understanding)
    if not u.contact_ref:
        raise UserError("contact.need_new_name")
    if u.field_name == "birthday_invalid":
        raise UserError("invalid.birthday", value=u.field_value)
    lost = unread(u)
    if lost is not None:
        kind, written = lost
        return Reply(ctx.t(f"contact.unread_{kind}", value=written), intent=Intent.ADD_CONTACT)
    now = ctx.now()
    with ctx.session() as session:
        existing = _existing(session, ctx, u)
        if existing is not None:
            access.check(session, ctx, "update", existing.owner_id, what=existing.full_name)
            changes = contact_changes.apply(session, ctx, existing, u)
            name = existing.full_name
            details = contacts.details(session=session, contact=existing)
            shown = _shown(changes, private=ctx.is_private, ctx=ctx)
            text = ctx.t("contact.exists", name=name, details=(": " + ", ".join(shown)) if shown else "")
        else:
            details = _create(session, ctx, u, now)
            name = details.contact.full_name
            org_text = f" ({details.organization.name})" if details.organization else ""
            # In a group or channel the reply names the contact only: no emails, phones or birthdays echoed.
            details_text = _detail_text(u) if ctx.is_private else ""
            text = ctx.t("contact.added", name=name + org_text, details=details_text)
    card = cards.contact_card(details, now=now, tz=ctx.tz, lang=ctx.lang, private=ctx.is_private)
    return Reply(text, cards=(card,), acted=Acted(echo=True, contact=name))


def _create(session: Session, ctx: HandlerContext, u: Understanding, now: datetime) -> contacts.ContactDetails:
    """A new contact (and its organization, if new), audited with its undo."""
    assert u.contact_ref
    undo: list[list[Any]] = []
    org_id = None
    if u.company:
        org, created = contacts.get_or_create_organization(
            session=session, name=u.company, owner_id=ctx.staff_id, now=now
        )
        org_id = org.id
        if created:
            undo.append(["delete", "organization", org.id])
    contact = contacts.create(
        session=session,
        full_name=u.contact_ref,
        owner_id=ctx.staff_id,
        now=now,
        organization_id=org_id,
        stage=u.stage or "prospect",
        emails=[u.email] if u.email else [],
        phones=[u.phone] if u.phone else [],
        tags=u.tags,
        birthday=_birthday_parts(u.birthday) if u.birthday else None,
    )
    undo += [
        ["delete", "contact", contact.id],
        ["delete_where", "contact_email", {"contact_id": contact.id}],
        ["delete_where", "contact_phone", {"contact_id": contact.id}],
        ["delete_where", "contact_tag", {"contact_id": contact.id}],
    ]
    ctx.audit(
        session, at=now, action="create", entity="contact", entity_id=contact.id,
        detail={"name": contact.full_name}, undo=undo,
    )  # fmt: skip
    return contacts.details(session=session, contact=contact)


async def update_contact(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = understood(ctx.understanding)
    if u.field_name == "renews_on":  # the one organization field: "Acme renews on 1 March"
        return deals.set_renewal(ctx)
    unread_phone = u.field_name == "phone" and not u.phone and bool(u.contact_ref or u.contact_id)
    if unread_phone:
        # "john miller's new number is (202) 555-0147": read in his country once he is found (contact_changes),
        # refused there, with nothing saved, if it is no number there either
        u.field_value = u.invalid.pop("phone", None) or u.field_value
    refuse_invalid(ctx)
    if u.field_name == "birthday" and not u.birthday:
        raise UserError("invalid.birthday", value=u.field_value or "")
    if u.field_name == "phone" and not u.phone and not unread_phone:
        raise UserError("invalid.phone", value=u.field_value or "")
    if u.field_name == "email" and not u.email:
        raise UserError("invalid.email", value=u.field_value or "")
    if u.field_name == "stage" and not u.stage:
        raise UserError("invalid.stage", stages=", ".join(ctx.stage(s) for s in STAGES))
    with ctx.session() as session:
        found = resolve(session, ctx, u, allow_org=False)
        if found.question is not None:
            return found.question
        assert found.contact is not None
        access.check(session, ctx, "update", found.contact.owner_id, what=found.contact.full_name)
        changes = contact_changes.apply(session, ctx, found.contact, u)
        name = found.contact.full_name
    acted = Acted(echo=True, contact=name)
    if not changes:
        return Reply(ctx.t("contact.nothing_to_update", name=name), acted=acted)
    shown = _shown(changes, private=ctx.is_private, ctx=ctx)
    return Reply(ctx.t("contact.updated", name=name, changes="; ".join(shown)), acted=acted)


def _shown(changes: list[contact_changes.Change], *, private: bool, ctx: HandlerContext) -> list[str]:
    """Before -> after in a private chat; only the names of the fields where others read along."""
    if private:
        return [c.shown for c in changes]
    return list(dict.fromkeys(ctx.t(f"field.{c.field}") for c in changes))


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.ADD_CONTACT)(add_contact)
    router.intent(Intent.UPDATE_CONTACT)(update_contact)
    router.intent(Intent.FIND_CONTACT)(find_contact)
    router.intent(Intent.LIST_CONTACTS)(list_contacts)
    router.action("crm:contact.show", value=ValueKind.ID)(show_contact)
