"""Apply what a message changes on a stored contact: each change audited with its field, before and after, and
undoable as one unit.

Updates mean what they say: a number stated as new ("new number", "now", "changed to", or plainly "'s phone is")
replaces the old one; "also", "second", "another", "mobile" add one. Tags can be removed; the job title, the
contact's own stay-in-touch rhythm and preferred channel are fields like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.entities import find_phone, phone_region
from bot.nlu.understanding import Understanding
from handlers import cards
from storage import audit, contacts
from storage.errors import UserError
from storage.models import STAGES, Contact, ContactEmail, ContactPhone, ContactTag
from storage.normalize import search_key

_SNAPSHOT = [
    "full_name",
    "search_key",
    "organization_id",
    "stage",
    "birthday_month",
    "birthday_day",
    "birthday_year",
    "notes",
    "tier",
    "job_title",
    "keep_in_touch_days",
    "preferred_channel",
    "updated_at",
]


@dataclass(frozen=True)
class Change:
    """One changed field: its key (for texts and the audit), and the words shown to the sender."""

    field: str
    shown: str


class _Work:
    def __init__(self, session: Session, ctx: HandlerContext, contact: Contact) -> None:
        self.session, self.ctx, self.contact = session, ctx, contact
        self.changes: list[Change] = []
        self.fields: dict[str, dict[str, Any]] = {}
        self.undo: list[list[Any]] = []

    def name(self, field: str) -> str:
        return self.ctx.t(f"field.{field}")

    def before_after(self, field: str, old: Any, new: Any, *, shown_old: Any = None, shown_new: Any = None) -> None:
        self.fields[field] = {"old": old, "new": new}
        left = shown_old if shown_old is not None else (old if old not in (None, "") else "—")
        right = shown_new if shown_new is not None else new
        self.changes.append(Change(field, f"{self.name(field)}: {left} → {right}"))

    def added(self, field: str, value: str) -> None:
        self.fields.setdefault(field, {}).setdefault("added", []).append(value)
        self.changes.append(Change(field, self.ctx.t("change.added", field=self.name(field), value=value)))

    def removed(self, field: str, value: str) -> None:
        self.fields.setdefault(field, {}).setdefault("removed", []).append(value)
        self.changes.append(Change(field, self.ctx.t("change.removed", field=self.name(field), value=value)))


def apply(session: Session, ctx: HandlerContext, contact: Contact, u: Understanding) -> list[Change]:
    """Apply the message to the contact; returns what changed (audited and undoable when anything did)."""
    assert contact.id is not None
    work = _Work(session, ctx, contact)
    before = audit.snapshot(contact, _SNAPSHOT)
    if u.email:
        _email(work, u.email, replace=u.replace)
    if u.phone or u.field_name == "phone":
        u.phone = _in_their_country(work, u)  # what is stored is what the reply reports
        _phone(work, u.phone, replace=u.replace)
    _tags(work, u)
    _fields(work, u)
    if work.changes:
        now = ctx.now()
        contact.updated_at = now
        session.add(contact)
        session.flush()
        work.undo.append(["restore", "contact", contact.id, before])
        ctx.audit(
            session,
            at=now,
            action="update",
            entity="contact",
            entity_id=contact.id,
            detail={"name": contact.full_name, "changes": [c.shown for c in work.changes], "fields": work.fields},
            undo=work.undo,
        )
    return work.changes


def _in_their_country(work: _Work, u: Understanding) -> str:
    """ "Kovács Bence új száma 06 30 123 4567" typed in Rome: a national number is the contact's country's
    (+36 30 …), read from the number they have, never the sender's (+39 06 30 …)."""
    assert work.contact.id is not None
    stored = contacts.first_phone(session=work.session, contact_id=work.contact.id)
    region = phone_region(stored) if stored else None
    if u.phone is not None and (region is None or phone_region(u.phone) == region):
        return u.phone
    theirs, _ = find_phone(u.text, tz=work.ctx.tz.key, lang=u.lang, region=region) if region else (None, None)
    if theirs is None and u.phone is None:
        # no number where the sender is, nor in the contact's country: refused, the unit of work rolls back
        raise UserError("invalid.phone", value=u.field_value or "")
    return theirs or u.phone  # type: ignore[return-value]


def _phone(work: _Work, e164: str, *, replace: bool) -> None:
    _value(work, ContactPhone, "e164", "contact_phone", "phone", e164, replace=replace, add=contacts.add_phone)


def _email(work: _Work, email: str, *, replace: bool) -> None:
    _value(work, ContactEmail, "email", "contact_email", "email", email, replace=replace, add=contacts.add_email)


def _value(
    work: _Work, model: Any, column: str, table: str, field: str, value: str, *, replace: bool, add: Any
) -> None:
    """A new phone or e-mail: "new number" replaces the first stored one, otherwise it is added; undo restores."""
    cid = work.contact.id
    stored = contacts.values_of(session=work.session, model=model, contact_id=cid)
    if any(getattr(row, column) == value for row in stored):
        return
    if replace and stored:
        old = stored[0]
        work.session.delete(old)
        work.session.flush()
        work.undo.append(["insert", table, {"id": old.id, "contact_id": cid, column: getattr(old, column)}])
    add(session=work.session, contact_id=cid, **{column: value})
    work.undo.append(["delete_where", table, {"contact_id": cid, column: value}])
    if replace and stored:
        work.before_after(field, getattr(stored[0], column), value)
    else:
        work.added(field, value)


def _tag_key(tag: str) -> str:
    return search_key(tag).replace(" ", "-")[:60]


def _tags(work: _Work, u: Understanding) -> None:
    cid = work.contact.id
    for tag in u.tags:
        if contacts.add_tag(session=work.session, contact_id=cid, tag=tag):
            work.undo.append(["delete_where", "contact_tag", {"contact_id": cid, "tag": _tag_key(tag)}])
            work.added("tags", f"#{_tag_key(tag)}")
    for tag in u.untag:
        row = work.session.get(ContactTag, (cid, _tag_key(tag)))
        if row is None:
            raise UserError("contact.no_such_tag", name=work.contact.full_name, tag=_tag_key(tag))
        work.session.delete(row)
        work.session.flush()
        work.undo.append(["insert", "contact_tag", {"contact_id": cid, "tag": row.tag}])
        work.removed("tags", f"#{row.tag}")


def _fields(work: _Work, u: Understanding) -> None:
    contact, ctx = work.contact, work.ctx
    if u.birthday:
        _birthday(work, u.birthday)
    if u.company:
        _company(work, u.company)
    if u.stage and u.stage in STAGES and contact.stage != u.stage:
        old_stage = contact.stage
        contact.stage = u.stage
        work.before_after("stage", old_stage, u.stage, shown_old=ctx.stage(old_stage), shown_new=ctx.stage(u.stage))
    simple = {
        "notes": ("notes", u.field_value if u.field_name == "notes" else None),
        "tier": ("tier", u.field_value[:32] if u.field_name == "tier" and u.field_value else None),
        "job_title": ("job_title", u.job_title[:120] if u.job_title else None),
        "channel": ("preferred_channel", u.channel),
    }
    for field, (column, value) in simple.items():
        if value and getattr(contact, column) != value:
            old = getattr(contact, column)
            setattr(contact, column, value)
            if field == "channel":
                work.before_after(field, old, value, shown_old=_kind(ctx, old), shown_new=_kind(ctx, value))
            else:
                work.before_after(field, old, value)
    if u.field_name == "keep_in_touch" and u.days:
        old_days = contact.keep_in_touch_days
        if old_days != u.days:
            contact.keep_in_touch_days = u.days
            shown = ctx.t("field.every_days", days=u.days)
            work.before_after(
                "keep_in_touch",
                old_days,
                u.days,
                shown_old=ctx.t("field.every_days", days=old_days) if old_days else None,
                shown_new=shown,
            )
    if u.field_name == "name" and u.field_value:
        old_name = contact.full_name
        contacts.rename(session=work.session, contact=contact, full_name=u.field_value, now=ctx.now())
        work.before_after("name", old_name, contact.full_name)


def _birthday(work: _Work, birthday: str) -> None:
    """ "1985-05-14" or "05-14" (no year)."""
    contact = work.contact
    parts = [int(p) for p in birthday.split("-")]
    month, day, year = (parts[1], parts[2], parts[0]) if len(parts) == 3 else (parts[0], parts[1], None)
    if year is None and (contact.birthday_month, contact.birthday_day) == (month, day):
        year = contact.birthday_year  # "chen wei birthday aug 8" restates the day: the stored year stays
    if (contact.birthday_month, contact.birthday_day, contact.birthday_year) != (month, day, year):
        old = cards.birthday_text(contact.birthday_month, contact.birthday_day, contact.birthday_year)
        contact.birthday_month, contact.birthday_day, contact.birthday_year = month, day, year
        work.before_after("birthday", old, cards.birthday_text(month, day, year))


def _company(work: _Work, company: str) -> None:
    """Move the contact to the company, creating it (undone first) when new."""
    contact, ctx = work.contact, work.ctx
    org, created = contacts.get_or_create_organization(
        session=work.session, name=company, owner_id=ctx.staff_id, now=ctx.now()
    )
    if contact.organization_id != org.id:
        old_org = contacts.organization_name(session=work.session, organization_id=contact.organization_id)
        contact.organization_id = org.id
        work.before_after("company", old_org, org.name)
        if created:
            work.undo.insert(0, ["delete", "organization", org.id])


def _kind(ctx: HandlerContext, kind: str | None) -> str | None:
    return ctx.t(f"kind.{kind}") if kind else None
