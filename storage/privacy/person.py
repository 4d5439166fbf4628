"""Everything stored about one person (a data-protection access request), and erasure.

Erasure either deletes the person and every row about them, or anonymizes: the contact row stays under
a neutral name with its purchases and the dates and kinds of its interactions, so revenue and activity
figures do not change, while names, emails, phones, notes, texts and audit details are removed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, SQLModel, col, select

from storage import models
from storage.analytics import freshness, rollups

ERASED = "[erased]"


def _plain(row: SQLModel) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.model_dump().items():
        out[key] = value.isoformat() if isinstance(value, datetime | date) else value
    return out


def _rows(session: Session, table: type[SQLModel], column: Any, value: Any) -> list[Any]:
    return list(session.exec(select(table).where(column == value).order_by(table.id)))  # type: ignore[attr-defined]


def person_export(*, session: Session, contact: models.Contact) -> dict[str, Any]:
    """JSON-safe: the contact and every row that refers to it, with the audit trail about it."""
    cid = contact.id
    org = session.get(models.Organization, contact.organization_id) if contact.organization_id else None
    owner = session.get(models.Staff, contact.owner_id) if contact.owner_id else None
    purchases = _rows(session, models.Purchase, models.Purchase.contact_id, cid)
    products = {p.id: p.name for p in session.exec(select(models.Product))} if purchases else {}
    interactions = _rows(session, models.Interaction, models.Interaction.contact_id, cid)
    return {
        "contact": _plain(contact),
        "organization": {"id": org.id, "name": org.name} if org else None,
        "owner": {"handle": owner.handle, "name": owner.display_name} if owner else None,
        "emails": [r.email for r in _rows(session, models.ContactEmail, models.ContactEmail.contact_id, cid)],
        "phones": [r.e164 for r in _rows(session, models.ContactPhone, models.ContactPhone.contact_id, cid)],
        "tags": sorted(session.exec(select(models.ContactTag.tag).where(models.ContactTag.contact_id == cid))),
        "aliases": [r.alias_key for r in _rows(session, models.ContactAlias, models.ContactAlias.contact_id, cid)],
        "interactions": [_plain(r) for r in interactions],
        "follow_ups": [_plain(r) for r in _rows(session, models.FollowUp, models.FollowUp.contact_id, cid)],
        "purchases": [_plain(r) | {"product": products.get(r.product_id)} for r in purchases],
        "deals": [_plain(r) for r in _rows(session, models.Deal, models.Deal.contact_id, cid)],
        "nudges": [_plain(r) for r in _rows(session, models.Nudge, models.Nudge.contact_id, cid)],
        "facts": [_plain(r) for r in _rows(session, models.CustomerFact, models.CustomerFact.contact_id, cid)],
        "links": [_plain(r) for r in _links(session, cid)],
        "audit": [_plain(r) for r in _audit_entries(session, cid, [i.id for i in interactions])],
    }


def _links(session: Session, contact_id: int | None) -> list[Any]:
    R = models.Relationship
    mine = ((R.a_type == "c") & (R.a_id == contact_id)) | ((R.b_type == "c") & (R.b_id == contact_id))
    return list(session.exec(select(R).where(mine).order_by(col(R.id))))


def _audit_entries(session: Session, contact_id: int | None, interaction_ids: list[int | None]) -> list[Any]:
    A = models.AuditLog
    about = (A.entity == "contact") & (A.entity_id == contact_id)
    if interaction_ids:
        about = about | ((A.entity == "interaction") & col(A.entity_id).in_(interaction_ids))
    return list(session.exec(select(A).where(about).order_by(col(A.id))))


def erase(*, session: Session, contact: models.Contact, anonymize: bool, now: datetime) -> dict[str, int]:
    """Delete or anonymize one person; returns how many rows of each kind were touched (no personal data)."""
    cid = contact.id
    assert cid is not None
    counts: dict[str, int] = {}
    interaction_ids = list(session.exec(select(models.Interaction.id).where(models.Interaction.contact_id == cid)))
    follow_ids = list(session.exec(select(models.FollowUp.id).where(models.FollowUp.contact_id == cid)))
    # Audit rows keep that something happened, by whom and when, but not what the person's data was.
    for entry in _audit_entries(session, cid, interaction_ids):
        entry.detail, entry.undo = {"erased": True}, None
        session.add(entry)
    counts["audit_entries_scrubbed"] = len(_audit_entries(session, cid, interaction_ids))

    def run(name: str, statement: Any) -> None:
        counts[name] = session.execute(statement).rowcount or 0  # type: ignore[attr-defined]

    nudge_filter = col(models.Nudge.contact_id) == cid
    if follow_ids:
        nudge_filter = nudge_filter | col(models.Nudge.follow_up_id).in_(follow_ids)
    run("nudges", delete(models.Nudge).where(nudge_filter))
    run("follow_ups", delete(models.FollowUp).where(col(models.FollowUp.contact_id) == cid))
    for table, name in (
        (models.ContactEmail, "emails"),
        (models.ContactPhone, "phones"),
        (models.ContactTag, "tags"),
        (models.ContactAlias, "aliases"),
    ):
        run(name, delete(table).where(col(table.contact_id) == cid))
    # What the person needs and whom they know are personal data: gone either way.
    run("facts", delete(models.CustomerFact).where(col(models.CustomerFact.contact_id) == cid))
    R = models.Relationship
    run("links", delete(R).where(((R.a_type == "c") & (R.a_id == cid)) | ((R.b_type == "c") & (R.b_id == cid))))
    if anonymize:
        run(
            "interactions",
            update(models.Interaction).where(col(models.Interaction.contact_id) == cid).values(summary=ERASED),
        )
        run(
            "deals",
            update(models.Deal).where(col(models.Deal.contact_id) == cid).values(title=f"Deal of contact #{cid}"),
        )
        counts["purchases_kept"] = len(
            list(session.exec(select(models.Purchase.id).where(models.Purchase.contact_id == cid)))
        )
        name = f"Anonymized contact #{cid}"
        contact.full_name, contact.search_key = name, f"anonymized contact {cid}"
        contact.notes = contact.tier = contact.language = contact.preferred_channel = None
        contact.birthday_month = contact.birthday_day = contact.birthday_year = None
        contact.updated_at = now
        session.add(contact)
        session.flush()
        # The nightly summaries still count the person under their deleted tags: drop them until the next rebuild.
        freshness.drop_summaries(session)
        return counts
    run("interactions", delete(models.Interaction).where(col(models.Interaction.contact_id) == cid))
    run("purchases", delete(models.Purchase).where(col(models.Purchase.contact_id) == cid))
    # A deal also belonging to an organization stays with it; a deal about this person alone goes.
    run(
        "deals",
        delete(models.Deal).where(col(models.Deal.contact_id) == cid, col(models.Deal.organization_id).is_(None)),
    )
    session.execute(update(models.Deal).where(col(models.Deal.contact_id) == cid).values(contact_id=None))
    rollups.forget_contact(session, contact_id=cid)
    session.delete(contact)
    session.flush()
    return counts
