"""Contacts from CSV or vCard records: match each row to a stored person, then create or fill in, set-wise.

A row is the same person as a stored contact when it shares an email, else a phone, else the name at
the same company (no company matches no company). An import never overwrites what is stored: it adds
missing emails, phones and tags and fills empty fields, so re-running a file changes nothing and a
stale spreadsheet cannot undo edits made in chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, update

from storage import models
from storage.importer import matching as m
from storage.importer.bulk import Batches, insert_rows, stored
from storage.importer.clean import ContactRecord, Rejected
from storage.importer.owners import Owners
from storage.importer.report import ImportReport, Outcome
from storage.normalize import search_key
from storage.permissions import Scope

audit_t = models.AuditLog.__table__  # type: ignore[attr-defined]
_CONTACT_COLUMNS = (
    "id", "full_name", "search_key", "organization_id", "owner_id", "stage", "birthday_month", "birthday_day",
    "birthday_year", "preferred_channel", "language", "tier", "notes", "created_at", "updated_at",
)  # fmt: skip


@dataclass(slots=True)
class _New:
    record: ContactRecord
    owner_id: int


class ContactWriter:
    def __init__(
        self,
        *,
        batches: Batches,
        scope: Scope,
        owners: Owners,
        now: datetime,
        report: ImportReport,
        source: str,
        want_all: bool,
    ) -> None:
        self.b, self.conn = batches, batches.conn
        self.scope, self.owners, self.now = scope, owners, now
        self.report, self.source, self.want_all = report, source, want_all
        self.org_cache: dict[str, int] = {}

    def apply(self, records: list[ContactRecord | Rejected]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        good = [r for r in records if isinstance(r, ContactRecord)]
        db_email = m.by_email(self.conn, {e for r in good for e in r.emails})
        db_phone = m.by_phone(self.conn, {p for r in good for p in r.phones})
        db_name = m.by_name(self.conn, {r.key for r in good})
        candidates = set(db_email.values()) | set(db_phone.values())
        candidates |= {ids[0] for r in good for ids in [db_name.get((r.key, r.company_key))] if ids}
        states = m.load_states(self.conn, candidates)
        # Keys seen in this chunk point at a new record (index) or a stored contact (id).
        seen_email: dict[str, Any] = {}
        seen_phone: dict[str, Any] = {}
        seen_name: dict[tuple[str, str], Any] = {}
        new: list[_New] = []
        touched: dict[int, m.ContactState] = {}
        for record in records:
            if isinstance(record, Rejected):
                outcomes.append(self._out(Outcome(record.line, "rejected", record.name, record.reason)))
                continue
            owner_id, problem = self.owners.resolve(record.owner, self.scope)
            if problem:
                record.warnings.append(problem)
            target, how = self._match(record, seen_email, seen_phone, seen_name, db_email, db_phone, db_name)
            while (
                target is not None and how in ("email", "phone") and not self._same_person(record, target, new, states)
            ):
                # A shared address ("info@acme.example") or a switchboard number on two different people: both
                # people are kept, the second without the value it shares.
                shared = self._drop_shared(record, how, seen_email, seen_phone, db_email, db_phone)
                record.warnings.append(f"{how} {shared} dropped: it belongs to another person in the file or the store")
                target, how = self._match(record, seen_email, seen_phone, seen_name, db_email, db_phone, db_name)
            warned = "; ".join(record.warnings)
            if target is None:
                new.append(_New(record, owner_id))
                self._remember(record, ("new", len(new) - 1), seen_email, seen_phone, seen_name)
                outcomes.append(self._out(Outcome(record.line, "created", record.name, warned, warned=bool(warned))))
                continue
            if target[0] == "new":
                added = _merge_new(new[target[1]].record, record)
                action = "updated" if added else "unchanged"
                reason = "; ".join([f"same person as line {new[target[1]].record.line} ({how})", *record.warnings])
                self._remember(record, target, seen_email, seen_phone, seen_name)
                outcomes.append(self._out(Outcome(record.line, action, record.name, reason, warned=bool(warned))))
                continue
            state = states[target[1]]
            if not self.scope.allows("update", state.owner_id):
                reason = f"matches {state.name} ({how}), whose owner is outside your team"
                outcomes.append(self._out(Outcome(record.line, "rejected", record.name, reason)))
                continue
            changes = self._merge_stored(state, record, owner_id, db_email, db_phone)
            self._remember(record, target, seen_email, seen_phone, seen_name)
            if changes:
                touched[state.id] = state
                detail = f"matched {state.name} by {how}; adds " + ", ".join(changes)
                detail = "; ".join([detail, *record.warnings])
                outcomes.append(self._out(Outcome(record.line, "updated", record.name, detail, warned=bool(warned))))
            else:
                detail = "; ".join([f"matched by {how}", *record.warnings])
                outcomes.append(self._out(Outcome(record.line, "unchanged", record.name, detail, warned=bool(warned))))
        self._write(new, touched)
        self.b.done_rows(len(records))
        return outcomes

    def _out(self, outcome: Outcome) -> Outcome:
        self.report.count(outcome.action)
        return outcome

    @staticmethod
    def _match(
        r: ContactRecord,
        seen_email: dict[str, Any],
        seen_phone: dict[str, Any],
        seen_name: dict[tuple[str, str], Any],
        db_email: dict[str, int],
        db_phone: dict[str, int],
        db_name: dict[tuple[str, str], list[int]],
    ) -> tuple[tuple[str, int] | None, str]:
        for email in r.emails:
            if email in seen_email:
                return seen_email[email], "email"
            if email in db_email:
                return ("db", db_email[email]), "email"
        for phone in r.phones:
            if phone in seen_phone:
                return seen_phone[phone], "phone"
            if phone in db_phone:
                return ("db", db_phone[phone]), "phone"
        key = (r.key, r.company_key)
        if key in seen_name:
            return seen_name[key], "name and company" if r.company_key else "name"
        if key in db_name:
            return ("db", db_name[key][0]), "name and company" if r.company_key else "name"
        return None, ""

    @staticmethod
    def _same_person(record: ContactRecord, target: tuple[str, int], new: list[_New], states: dict[int, Any]) -> bool:
        """Could the row and the record it matched by email or phone be one person? "Maria Silva" and "M. Silva"
        or "Maria da Silva" can; "Ana Reis" and "Bruno Reis" (a family's home number) cannot."""
        other = new[target[1]].record.key if target[0] == "new" else _key_of(states.get(target[1]))
        if not other or other == record.key or other in record.key or record.key in other:
            return True
        mine, theirs = record.key.split(), other.split()
        if mine[-1] != theirs[-1]:
            return False
        # Same surname: the same person only when the first names agree or one is the other's initial.
        a, b = mine[0], theirs[0]
        return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))

    @staticmethod
    def _drop_shared(
        record: ContactRecord,
        how: str,
        seen_email: dict[str, Any],
        seen_phone: dict[str, Any],
        db_email: dict[str, int],
        db_phone: dict[str, int],
    ) -> str:
        if how == "email":
            shared = [e for e in record.emails if e in seen_email or e in db_email]
            record.emails = [e for e in record.emails if e not in shared]
        else:
            shared = [p for p in record.phones if p in seen_phone or p in db_phone]
            record.phones = [p for p in record.phones if p not in shared]
        return ", ".join(shared)

    @staticmethod
    def _remember(
        r: ContactRecord,
        target: tuple[str, int],
        seen_email: dict[str, Any],
        seen_phone: dict[str, Any],
        seen_name: dict[tuple[str, str], Any],
    ) -> None:
        for email in r.emails:
            seen_email.setdefault(email, target)
        for phone in r.phones:
            seen_phone.setdefault(phone, target)
        seen_name.setdefault((r.key, r.company_key), target)

    def _merge_stored(
        self,
        s: m.ContactState,
        r: ContactRecord,
        owner_id: int,
        db_email: dict[str, int],
        db_phone: dict[str, int],
    ) -> list[str]:
        """Add what the row has and the stored contact lacks; returns the field names changed."""
        changes: list[str] = []
        # An email or phone that already belongs to someone else stays theirs.
        emails = [e for e in r.emails if e not in s.emails and db_email.get(e, s.id) == s.id]
        phones = [p for p in r.phones if p not in s.phones and db_phone.get(p, s.id) == s.id]
        tags = [t for t in r.tags if t not in s.tags]
        for name, values, bucket in (("email", emails, s.emails), ("phone", phones, s.phones), ("tags", tags, s.tags)):
            if values:
                bucket.update(values)
                s.changed.setdefault("add_" + name, []).extend(values)
                changes.append(name)
        if s.organization_id is None and r.company:
            s.changed["company"] = r.company
            s.organization_id = -1  # set once the organization exists
            changes.append("company")
        if s.birthday is None and r.birthday:
            s.birthday = r.birthday
            s.changed["birthday"] = r.birthday
            changes.append("birthday")
        if s.stage == "prospect" and r.stage and r.stage != "prospect":
            s.stage = s.changed["stage"] = r.stage
            changes.append("stage")
        for attr, value in (("notes", r.notes), ("tier", r.tier), ("language", r.language), ("channel", r.channel)):
            if getattr(s, attr) is None and value:
                setattr(s, attr, value)
                s.changed[attr] = value
                changes.append(attr)
        if s.owner_id is None:
            s.owner_id = s.changed["owner_id"] = owner_id
            changes.append("owner")
        return changes

    def _org_ids(self, wanted: dict[str, tuple[str, int]]) -> dict[str, int]:
        """Organization id per company key, creating the missing ones (owned by the first row's owner)."""
        missing = {k for k in wanted if k not in self.org_cache}
        if missing:
            self.org_cache.update(m.organizations(self.conn, missing))
        to_create = [k for k in wanted if k not in self.org_cache]
        if to_create:
            self.b.begin()
            rows = [
                {
                    "name": wanted[k][0],
                    "name_key": k,
                    "kind": "customer",
                    "owner_id": wanted[k][1],
                    "created_at": self.now,
                    "updated_at": self.now,
                }
                for k in to_create
            ]
            org_t = m.org_t
            result = self.conn.execute(
                insert(org_t).returning(org_t.c.id, org_t.c.name_key, sort_by_parameter_order=True), rows
            )
            for oid, key in result:
                self.org_cache[key] = oid
            self.report.organizations_created += len(to_create)
        if len(self.org_cache) > 200_000:
            self.org_cache = {k: self.org_cache[k] for k in wanted}
        return self.org_cache

    def _write(self, new: list[_New], touched: dict[int, m.ContactState]) -> None:
        if not new and not touched:
            return
        wanted: dict[str, tuple[str, int]] = {}
        for n in new:
            if n.record.company:
                wanted.setdefault(n.record.company_key, (n.record.company, n.owner_id))
        for s in touched.values():
            if "company" in s.changed:
                key = _company_key(s.changed["company"])
                wanted.setdefault(key, (s.changed["company"], s.owner_id or self.scope.staff_id))
        orgs = self._org_ids(wanted) if wanted else {}
        self.b.begin()
        ids = self.b.reserve_contact_ids(len(new))
        if new:
            self._insert_new(new, ids, orgs)
        if touched:
            self._update_stored(touched, orgs)

    def _insert_new(self, new: list[_New], ids: list[int], orgs: dict[str, int]) -> None:
        now = stored(self.conn, m.contact_t.c.created_at)(self.now)
        contacts, emails, phones, tags = [], [], [], []
        for cid, n in zip(ids, new, strict=True):
            r = n.record
            month, day, year = r.birthday or (None, None, None)
            org_id = orgs.get(r.company_key) if r.company else None
            stage = r.stage or "prospect"
            row = (cid, r.name, r.key, org_id, n.owner_id, stage, month, day, year, r.channel, r.language)
            contacts.append((*row, r.tier, r.notes, now, now))
            emails.extend((cid, e) for e in r.emails)
            phones.extend((cid, p) for p in r.phones)
            tags.extend((cid, t) for t in r.tags)
        insert_rows(self.conn, m.contact_t, _CONTACT_COLUMNS, contacts)
        self.b.index_contacts(ids[0], ids[-1])
        # Sorted by key: neighbouring inserts land on the same index pages.
        insert_rows(self.conn, m.email_t, ("contact_id", "email"), sorted(emails, key=lambda row: row[1]))
        insert_rows(self.conn, m.phone_t, ("contact_id", "e164"), sorted(phones, key=lambda row: row[1]))
        insert_rows(self.conn, m.tag_t, ("contact_id", "tag"), tags)

    def _update_stored(self, touched: dict[int, m.ContactState], orgs: dict[str, int]) -> None:
        c = m.contact_t.c
        rows, emails, phones, tags, audits = [], [], [], [], []
        for s in touched.values():
            if "company" in s.changed:
                s.organization_id = orgs[_company_key(s.changed["company"])]
            month, day, year = s.birthday or (None, None, None)
            rows.append(
                {
                    "cid": s.id,
                    "organization_id": s.organization_id,
                    "owner_id": s.owner_id,
                    "stage": s.stage,
                    "birthday_month": month,
                    "birthday_day": day,
                    "birthday_year": year,
                    "notes": s.notes,
                    "tier": s.tier,
                    "language": s.language,
                    "preferred_channel": s.channel,
                    "updated_at": self.now,
                }
            )
            emails.extend({"contact_id": s.id, "email": e} for e in s.changed.get("add_email", []))
            phones.extend({"contact_id": s.id, "e164": p} for p in s.changed.get("add_phone", []))
            tags.extend({"contact_id": s.id, "tag": t} for t in s.changed.get("add_tags", []))
            audits.append(
                {
                    "at": self.now,
                    "staff_id": self.scope.staff_id,
                    "action": "update",
                    "entity": "contact",
                    "entity_id": s.id,
                    "detail": {"via": "import", "file": self.source, "fields": _fields(s.changed)},
                    "undo": None,
                    "undone": False,
                }
            )
        statement = update(m.contact_t).where(c.id == bindparam("cid"))
        self.conn.execute(statement, rows)
        for table, values in ((m.email_t, emails), (m.phone_t, phones), (m.tag_t, tags), (audit_t, audits)):
            if values:
                self.conn.execute(insert(table), values)


def _company_key(name: str) -> str:
    from storage.normalize import search_key

    return search_key(name)


def _fields(changed: dict[str, Any]) -> dict[str, Any]:
    """Field-level audit detail: {"phone": {"added": [...]}, "stage": {"new": "lead"}}."""
    out: dict[str, Any] = {}
    for key, value in changed.items():
        if key.startswith("add_"):
            out[key[4:].rstrip("s") if key == "add_tags" else key[4:]] = {"added": list(value)}
        elif key == "birthday":
            month, day, year = value
            out[key] = {"new": f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"}
        else:
            out["owner" if key == "owner_id" else key] = {"new": value}
    return out


def _merge_new(target: ContactRecord, r: ContactRecord) -> bool:
    """A later row of the same file about a person this import creates: fold it in; True if it added anything."""
    added = False
    for attr in ("emails", "phones", "tags"):
        mine = getattr(target, attr)
        for value in getattr(r, attr):
            if value not in mine:
                mine.append(value)
                added = True
    for attr in ("company", "birthday", "notes", "tier", "language", "channel"):
        if getattr(target, attr) is None and getattr(r, attr):
            setattr(target, attr, getattr(r, attr))
            if attr == "company":
                target.company_key = r.company_key
            added = True
    if target.stage is None and r.stage:
        target.stage = r.stage
        added = True
    return added


def _key_of(state: Any) -> str:
    return search_key(state.name) if state is not None and getattr(state, "name", None) else ""
