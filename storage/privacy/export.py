"""CSV and vCard exports of contacts (all, or filtered), streamed in id order a page at a time.

The CSV's column names are ones the importer reads back, so export -> import is a round trip.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TextIO

from sqlmodel import Session, col, select

from storage import models
from storage.permissions import Scope

PAGE = 1000
CSV_COLUMNS = (
    "Id", "Full name", "Email", "Phone", "Company", "Birthday", "Tags", "Stage", "Owner", "Tier", "Language",
    "Preferred channel", "Notes", "Last touch", "Created",
)  # fmt: skip


@dataclass
class ContactExport:
    id: int
    name: str
    company: str | None
    stage: str
    owner: str | None
    birthday: str | None
    tier: str | None
    language: str | None
    channel: str | None
    notes: str | None
    last_touch_at: datetime | None
    created_at: datetime
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def birthday_text(month: int | None, day: int | None, year: int | None) -> str | None:
    if not month or not day:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def contacts(
    *,
    session: Session,
    scope: Scope,
    tag: str | None = None,
    owner_id: int | None = None,
    contact_ids: list[int] | None = None,
) -> Iterator[ContactExport]:
    """Contacts this scope may export, oldest first; tags, emails and phones loaded a page at a time."""
    C = models.Contact
    last = 0
    staff = {s.id: s.handle for s in session.exec(select(models.Staff))}
    while True:
        statement = select(C).where(col(C.id) > last).order_by(col(C.id)).limit(PAGE)
        if scope.owner_ids is not None:
            statement = statement.where(col(C.owner_id).in_(list(scope.owner_ids)))
        if owner_id is not None:
            statement = statement.where(C.owner_id == owner_id)
        if contact_ids is not None:
            statement = statement.where(col(C.id).in_(contact_ids))
        if tag:
            tagged = select(models.ContactTag.contact_id).where(models.ContactTag.tag == tag)
            statement = statement.where(col(C.id).in_(tagged))
        page = list(session.exec(statement))
        if not page:
            return
        ids = [c.id for c in page]
        orgs = {
            o.id: o.name
            for o in session.exec(
                select(models.Organization).where(col(models.Organization.id).in_({c.organization_id for c in page}))
            )
        }
        out = {
            c.id: ContactExport(
                id=c.id,  # type: ignore[arg-type]
                name=c.full_name,
                company=orgs.get(c.organization_id) if c.organization_id else None,
                stage=c.stage,
                owner=staff.get(c.owner_id) if c.owner_id else None,
                birthday=birthday_text(c.birthday_month, c.birthday_day, c.birthday_year),
                tier=c.tier,
                language=c.language,
                channel=c.preferred_channel,
                notes=c.notes,
                last_touch_at=c.last_touch_at,
                created_at=c.created_at,
            )
            for c in page
        }
        for table, column, attr in (
            (models.ContactEmail, models.ContactEmail.email, "emails"),
            (models.ContactPhone, models.ContactPhone.e164, "phones"),
            (models.ContactTag, models.ContactTag.tag, "tags"),
        ):
            rows = session.exec(
                select(table.contact_id, column).where(col(table.contact_id).in_(ids)).order_by(column)  # type: ignore[attr-defined]
            )
            for cid, value in rows:
                getattr(out[cid], attr).append(value)
        yield from out.values()
        last = ids[-1]  # type: ignore[assignment]


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)" in a note, or
# "+351..." read as arithmetic); a leading apostrophe makes it text. The importer strips that one apostrophe
# again when the next character is one of these, so export -> import round-trips.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """The value as a spreadsheet shows it as text (strings only; numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterator[ContactExport], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for c in rows:
        row: list[object] = [
            c.id,
            c.name,
            "; ".join(c.emails),
            "; ".join(c.phones),
            c.company or "",
            c.birthday or "",
            ", ".join(c.tags),
            c.stage,
            c.owner or "",
            c.tier or "",
            c.language or "",
            c.channel or "",
            c.notes or "",
            c.last_touch_at.isoformat() if c.last_touch_at else "",
            c.created_at.isoformat(),
        ]
        writer.writerow([safe_cell(v) for v in row])
        count += 1
    return count


def write_vcard(rows: Iterator[ContactExport], out: TextIO) -> int:
    """vCard 3.0, one card per contact (vobject escapes commas, semicolons and newlines)."""
    import vobject

    count = 0
    for c in rows:
        card = vobject.vCard()
        card.add("fn").value = c.name
        parts = c.name.rsplit(" ", 1)
        card.add("n").value = vobject.vcard.Name(family=parts[-1] if len(parts) > 1 else "", given=parts[0])
        for email in c.emails:
            item = card.add("email")
            item.value, item.type_param = email, "INTERNET"
        for phone in c.phones:
            card.add("tel").value = phone
        if c.company:
            card.add("org").value = [c.company]
        if c.birthday:
            card.add("bday").value = c.birthday
        if c.tags:
            card.add("categories").value = c.tags
        if c.notes:
            card.add("note").value = c.notes
        card.add("uid").value = f"rapport-contact-{c.id}"
        out.write(card.serialize())
        count += 1
    return count
