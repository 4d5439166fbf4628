"""Export and erasure with their permission checks and audit entries (used by the CLI and by chat)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TextIO

from sqlmodel import Session, select

from storage import audit, models, search
from storage import staff as staff_repo
from storage.errors import NotFound, Term
from storage.permissions import Scope, require, scope_for
from storage.privacy import export, person


def find_one(*, session: Session, scope: Scope, ref: str) -> models.Contact:
    """One visible contact by id, email, phone or name; :class:`NotFound` when none or several match."""
    ref = ref.strip()
    if ref.lstrip("#").isdigit():
        contact = session.get(models.Contact, int(ref.lstrip("#")))
        if contact is not None and scope.sees(contact.owner_id):
            return contact
        raise NotFound("error.no_contact_id", id=ref.lstrip("#"))
    found = search.find_contacts(session=session, query=ref, limit=20, owner_ids=scope.owner_ids)
    # Destructive and bulk commands act on an exact id, e-mail, phone or full name, never on a look-alike:
    # "Acme" is not Amelia Brown.
    exact = [c for c in found if c.score >= 100]
    if len(exact) == 1:
        contact = session.get(models.Contact, exact[0].contact_id)
        assert contact is not None
        return contact
    if exact:
        names = ", ".join(f"{c.full_name} (#{c.contact_id})" for c in exact[:6])
        raise NotFound("error.several_contacts", ref=ref, names=names)
    if found:
        names = ", ".join(f"{c.full_name} (#{c.contact_id})" for c in found[:3])
        raise NotFound("error.not_exactly", ref=ref, names=names)
    raise NotFound("error.no_contact_matches", ref=ref)


def describe(*, session: Session, contact: models.Contact) -> str:
    """One line that says exactly who a contact is: name, id, company, owner, e-mail."""
    org = session.get(models.Organization, contact.organization_id) if contact.organization_id else None
    owner = session.get(models.Staff, contact.owner_id) if contact.owner_id else None
    email = session.exec(select(models.ContactEmail.email).where(models.ContactEmail.contact_id == contact.id)).first()
    bits = [f"#{contact.id}", org.name if org else None, f"owner {owner.display_name}" if owner else None, email]
    return f"{contact.full_name} (" + ", ".join(b for b in bits if b) + ")"


def export_person(
    *, session: Session, staff: models.Staff, ref: str, now: datetime
) -> tuple[dict[str, Any], models.Contact]:
    scope = scope_for(session=session, staff=staff)
    contact = find_one(session=session, scope=scope, ref=ref)
    require(scope, "export", contact.owner_id, what=contact.full_name)
    data = person.person_export(session=session, contact=contact)
    data["exported_at"] = now.isoformat()
    audit.record(
        session=session, at=now, staff_id=staff.id, action="export", entity="contact", entity_id=contact.id,
        detail={"format": "json", "scope": "person"},
    )  # fmt: skip
    return data, contact


def export_contacts(
    *,
    session: Session,
    staff: models.Staff,
    out: TextIO,
    fmt: str,
    now: datetime,
    ref: str | None = None,
    tag: str | None = None,
    owner: str | None = None,
) -> int:
    scope = scope_for(session=session, staff=staff)
    require(scope, "export", staff.id, what=Term("term.contacts"))
    owner_id = None
    if owner:
        member = staff_repo.by_handle(session=session, handle=owner.lstrip("@"))
        if member is None:
            raise LookupError(f"no staff member {owner}")
        owner_id = member.id
    ids = [find_one(session=session, scope=scope, ref=ref).id or 0] if ref else None
    tag_key = tag.lstrip("#").lower().replace(" ", "-") if tag else None
    rows = export.contacts(session=session, scope=scope, tag=tag_key, owner_id=owner_id, contact_ids=ids)
    count = export.write_vcard(rows, out) if fmt == "vcard" else export.write_csv(rows, out)
    filters = {k: v for k, v in (("contact", ref), ("tag", tag), ("owner", owner)) if v}
    audit.record(
        session=session, at=now, staff_id=staff.id, action="export", entity="contact", entity_id=ids[0] if ids else None,
        detail={"format": fmt, "count": count, "filters": filters},
    )  # fmt: skip
    return count


def erase_person(
    *, session: Session, staff: models.Staff, ref: str, anonymize: bool, now: datetime
) -> tuple[str, dict[str, int]]:
    scope = scope_for(session=session, staff=staff)
    contact = find_one(session=session, scope=scope, ref=ref)
    return erase_contact(session=session, staff=staff, contact=contact, anonymize=anonymize, now=now)


def erase_contact(
    *, session: Session, staff: models.Staff, contact: models.Contact, anonymize: bool, now: datetime
) -> tuple[str, dict[str, int]]:
    scope = scope_for(session=session, staff=staff)
    require(scope, "erase", contact.owner_id, what=contact.full_name)
    name, cid = contact.full_name, contact.id
    counts = person.erase(session=session, contact=contact, anonymize=anonymize, now=now)
    audit.record(
        session=session, at=now, staff_id=staff.id, action="anonymize" if anonymize else "erase", entity="contact",
        entity_id=cid, detail={"counts": counts},
    )  # fmt: skip
    return name, counts
