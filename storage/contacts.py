"""Contacts and organizations: create, update, read a card."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from storage import models
from storage.errors import UserError
from storage.normalize import clean_display, search_key


@dataclass
class ContactDetails:
    """Everything a contact card shows."""

    contact: models.Contact
    organization: models.Organization | None
    owner: models.Staff | None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    interactions: list[models.Interaction] = field(default_factory=list)
    follow_ups: list[models.FollowUp] = field(default_factory=list)
    open_deals: list[models.Deal] = field(default_factory=list)
    # (kind, True when the contact is the link's "a" end, the other end's name, job title) and open promises/needs.
    links: list[tuple[str, bool, str, str | None]] = field(default_factory=list)
    facts: list[models.CustomerFact] = field(default_factory=list)


def get_or_create_organization(
    *, session: Session, name: str, owner_id: int | None, now: datetime
) -> tuple[models.Organization, bool]:
    key = search_key(name)
    found = session.exec(select(models.Organization).where(models.Organization.name_key == key)).first()
    if found is not None:
        return found, False
    org = models.Organization(name=clean_display(name), name_key=key, owner_id=owner_id, created_at=now, updated_at=now)
    session.add(org)
    session.flush()
    return org, True


def create(
    *,
    session: Session,
    full_name: str,
    owner_id: int | None,
    now: datetime,
    organization_id: int | None = None,
    stage: str = "prospect",
    emails: list[str] | None = None,
    phones: list[str] | None = None,
    tags: list[str] | None = None,
    birthday: tuple[int, int, int | None] | None = None,
    notes: str | None = None,
) -> models.Contact:
    name = clean_display(full_name)
    if not search_key(name):
        raise UserError("error.contact_needs_name")
    contact = models.Contact(
        full_name=name,
        search_key=search_key(name),
        owner_id=owner_id,
        organization_id=organization_id,
        stage=stage,
        notes=notes,
        created_at=now,
        updated_at=now,
    )
    if birthday:
        contact.birthday_month, contact.birthday_day, contact.birthday_year = birthday
    session.add(contact)
    session.flush()
    assert contact.id is not None
    for email in emails or []:
        add_email(session=session, contact_id=contact.id, email=email)
    for phone in phones or []:
        add_phone(session=session, contact_id=contact.id, e164=phone)
    for tag in tags or []:
        add_tag(session=session, contact_id=contact.id, tag=tag)
    return contact


def add_email(*, session: Session, contact_id: int, email: str) -> bool:
    exists = session.exec(
        select(models.ContactEmail.id).where(
            models.ContactEmail.contact_id == contact_id, models.ContactEmail.email == email
        )
    ).first()
    if exists is None:
        session.add(models.ContactEmail(contact_id=contact_id, email=email))
        session.flush()
    return exists is None


def first_phone(*, session: Session, contact_id: int) -> str | None:
    """The contact's first stored number (E.164), whose country a national number said for them is read in."""
    return session.exec(
        select(models.ContactPhone.e164)
        .where(models.ContactPhone.contact_id == contact_id)
        .order_by(models.ContactPhone.id)
    ).first()


def add_phone(*, session: Session, contact_id: int, e164: str) -> bool:
    exists = session.exec(
        select(models.ContactPhone.id).where(
            models.ContactPhone.contact_id == contact_id, models.ContactPhone.e164 == e164
        )
    ).first()
    if exists is None:
        session.add(models.ContactPhone(contact_id=contact_id, e164=e164))
        session.flush()
    return exists is None


def add_tag(*, session: Session, contact_id: int, tag: str) -> bool:
    tag = search_key(tag).replace(" ", "-")[:60]
    if not tag or session.get(models.ContactTag, (contact_id, tag)) is not None:
        return False
    session.add(models.ContactTag(contact_id=contact_id, tag=tag))
    session.flush()
    return True


def rename(*, session: Session, contact: models.Contact, full_name: str, now: datetime) -> None:
    contact.full_name = clean_display(full_name)
    contact.search_key = search_key(contact.full_name)
    contact.updated_at = now
    session.add(contact)


def touch(*, session: Session, contact_id: int, at: datetime) -> None:
    """Move the contact's last touch forward (never back: a back-dated note is not news)."""
    contact = session.get(models.Contact, contact_id)
    if contact is not None and (contact.last_touch_at is None or contact.last_touch_at < at):
        contact.last_touch_at = at
        session.add(contact)


def recompute_touch(*, session: Session, contact_id: int) -> None:
    """Last touch from what is stored (after an undo or a correction removed or moved a touch)."""
    last_interaction = session.exec(
        select(func.max(models.Interaction.occurred_at)).where(models.Interaction.contact_id == contact_id)
    ).one()
    last_purchase = session.exec(
        select(func.max(models.Purchase.purchased_at)).where(models.Purchase.contact_id == contact_id)
    ).one()
    contact = session.get(models.Contact, contact_id)
    if contact is None:
        return
    # SQLite's max() hands back naive text-parsed values; the column type re-attaches UTC on a full load only.
    found = [_aware(t) for t in (last_interaction, last_purchase) if t is not None]
    contact.last_touch_at = max(found) if found else None
    session.add(contact)


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def details(*, session: Session, contact: models.Contact, recent: int = 3) -> ContactDetails:
    from storage import network  # the network reads contacts' organizations; imported here to keep one direction

    cid = contact.id
    hops = network.hops(session=session, node=("c", cid or 0))
    named = network.names(session=session, nodes=[h.other for h in hops])
    facts = session.exec(
        select(models.CustomerFact)
        .where(models.CustomerFact.contact_id == cid, models.CustomerFact.status == "open")
        .order_by(col(models.CustomerFact.created_at).desc())
        .limit(5)
    )
    return ContactDetails(
        links=[(h.kind, h.forward, named.get(h.other, "?"), h.title) for h in hops],
        facts=list(facts),
        contact=contact,
        organization=session.get(models.Organization, contact.organization_id) if contact.organization_id else None,
        owner=session.get(models.Staff, contact.owner_id) if contact.owner_id else None,
        emails=list(session.exec(select(models.ContactEmail.email).where(models.ContactEmail.contact_id == cid))),
        phones=list(session.exec(select(models.ContactPhone.e164).where(models.ContactPhone.contact_id == cid))),
        tags=sorted(session.exec(select(models.ContactTag.tag).where(models.ContactTag.contact_id == cid))),
        interactions=list(
            session.exec(
                select(models.Interaction)
                .where(models.Interaction.contact_id == cid)
                .order_by(col(models.Interaction.occurred_at).desc(), col(models.Interaction.id).desc())
                .limit(recent)
            )
        ),
        follow_ups=list(
            session.exec(
                select(models.FollowUp)
                .where(models.FollowUp.contact_id == cid, col(models.FollowUp.status).in_(("open", "snoozed")))
                .order_by(col(models.FollowUp.due_at))
            )
        ),
        open_deals=list(
            session.exec(
                select(models.Deal)
                .where(models.Deal.contact_id == cid, col(models.Deal.stage).not_in(("won", "lost")))
                .order_by(col(models.Deal.id))
            )
        ),
    )


def organizations_names(*, session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.exec(
        select(models.Organization.id, models.Organization.name).where(col(models.Organization.id).in_(ids))
    )
    return {oid: name for oid, name in rows if oid is not None}


def count(*, session: Session) -> int:
    return session.exec(select(func.count()).select_from(models.Contact)).one()


def not_touched_since(
    *,
    session: Session,
    since: datetime,
    owner_id: int | None = None,
    limit: int = 50,
    owner_ids: Collection[int] | None = None,
) -> list[models.Contact]:
    """Contacts not touched since an instant (never-touched ones included), stalest first."""
    statement = select(models.Contact).where(
        (col(models.Contact.last_touch_at) < since) | col(models.Contact.last_touch_at).is_(None),
        models.Contact.stage != "churned",
    )
    if owner_id is not None:
        statement = statement.where(models.Contact.owner_id == owner_id)
    if owner_ids is not None:  # the reader's visibility (storage/permissions.py)
        statement = statement.where(col(models.Contact.owner_id).in_(list(owner_ids)))
    statement = statement.order_by(col(models.Contact.last_touch_at).asc().nulls_first()).limit(limit)
    return list(session.exec(statement))


def organization_name(*, session: Session, organization_id: int | None) -> str | None:
    if organization_id is None:
        return None
    org = session.get(models.Organization, organization_id)
    return org.name if org else None


def id_with(*, session: Session, email: str | None = None, phone: str | None = None) -> int | None:
    """The contact that already has this exact e-mail (looked at first) or E.164 phone, if any."""
    if email:
        by_email = select(models.ContactEmail.contact_id).where(models.ContactEmail.email == email)
        found = session.exec(by_email).first()
        if found:
            return found
    if phone:
        by_phone = select(models.ContactPhone.contact_id).where(models.ContactPhone.e164 == phone)
        return session.exec(by_phone).first()
    return None


def with_key(*, session: Session, key: str, owner_ids: Collection[int] | None = None) -> list[models.Contact]:
    """Contacts whose whole name normalizes to ``key``, oldest first, among ``owner_ids``' (None: everyone's)."""
    statement = select(models.Contact).where(models.Contact.search_key == key)
    if owner_ids is not None:
        statement = statement.where(col(models.Contact.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(models.Contact.id))))


def visible(
    *, session: Session, ids: Collection[int], owner_ids: Collection[int] | None = None
) -> list[models.Contact]:
    """These contacts, those of them ``owner_ids`` own (None: all)."""
    statement = select(models.Contact).where(col(models.Contact.id).in_(list(ids)))
    if owner_ids is not None:
        statement = statement.where(col(models.Contact.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement))


def names(*, session: Session, ids: Collection[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.exec(select(models.Contact.id, models.Contact.full_name).where(col(models.Contact.id).in_(ids)))
    return {cid: name for cid, name in rows if cid is not None}


def owned_count(*, session: Session, owner_ids: Collection[int]) -> int:
    owned = col(models.Contact.owner_id).in_(sorted(owner_ids))
    return int(session.exec(select(func.count()).select_from(models.Contact).where(owned)).one())


def values_of(*, session: Session, model: Any, contact_id: int) -> list[Any]:
    """A contact's stored rows of ``model`` (ContactEmail, ContactPhone), first stored first."""
    return list(session.exec(select(model).where(model.contact_id == contact_id).order_by(col(model.id))))
