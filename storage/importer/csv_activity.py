"""Interactions and purchases from CSV: find the contact each row is about, insert once per fingerprint.

Each row gets a stable source id (a hash of contact, time, kind and content) under the unique
(source_platform, source_message_id) key, so re-importing a file inserts nothing twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, bindparam, insert, or_, select, update

from storage import models
from storage.importer import matching as m
from storage.importer.bulk import Batches
from storage.importer.clean import ActivityRecord, Rejected
from storage.importer.owners import Owners
from storage.importer.report import ImportReport, Outcome
from storage.normalize import search_key
from storage.permissions import Scope

SOURCE = "import"
interaction_t = models.Interaction.__table__  # type: ignore[attr-defined]
purchase_t = models.Purchase.__table__  # type: ignore[attr-defined]
product_t = models.Product.__table__  # type: ignore[attr-defined]


class ActivityWriter:
    def __init__(
        self, *, batches: Batches, scope: Scope, owners: Owners, now: datetime, report: ImportReport, kind: str
    ) -> None:
        self.b, self.conn = batches, batches.conn
        self.scope, self.owners, self.now, self.report, self.kind = scope, owners, now, report, kind
        self.table = purchase_t if kind == "purchases" else interaction_t
        self.products: dict[str, int] = {}

    def apply(self, records: list[ActivityRecord | Rejected]) -> list[Outcome]:
        good = [r for r in records if isinstance(r, ActivityRecord)]
        db_email = m.by_email(self.conn, {r.email for r in good if r.email})
        db_phone = m.by_phone(self.conn, {r.phone for r in good if r.phone})
        db_name = m.by_name(self.conn, {r.contact_key for r in good if r.contact_key})
        names_any: dict[str, list[int]] = {}
        for (key, _company), ids in db_name.items():
            names_any.setdefault(key, []).extend(ids)
        states = m.load_states(self.conn, set(db_email.values()) | set(db_phone.values()) | _flat(db_name))
        planned: list[tuple[ActivityRecord, int, str, int]] = []
        outcomes: list[Outcome] = []
        for r in records:
            if isinstance(r, Rejected):
                outcomes.append(self._count(Outcome(r.line, "rejected", r.name, r.reason)))
                continue
            cid, problem = self._contact(r, db_email, db_phone, db_name, names_any)
            if cid is None:
                outcomes.append(self._count(Outcome(r.line, "rejected", r.contact_name, problem)))
                continue
            state = states[cid]
            author, problem = self.owners.resolve(r.owner, self.scope)
            if problem or not self.scope.allows("update", state.owner_id):
                problem = problem or f"{state.name} belongs to someone outside your team"
                outcomes.append(self._count(Outcome(r.line, "rejected", state.name, problem)))
                continue
            planned.append((r, cid, r.fingerprint(cid), author))
            outcomes.append(Outcome(r.line, "created", state.name))
        existing = self._already_imported({p[2] for p in planned})
        rows, touches, seen = [], {}, set()
        by_line = {o.line: o for o in outcomes if o.action == "created"}
        for r, cid, fingerprint, author in planned:
            outcome = by_line[r.line]
            if fingerprint in existing or fingerprint in seen:
                outcome.action, outcome.reason = "unchanged", "already imported"
            else:
                seen.add(fingerprint)
                rows.append(self._row(r, cid, fingerprint, author))
                touches[cid] = max(touches.get(cid, r.occurred_at), min(r.occurred_at, self.now))
            self._count(outcome)
        if rows:
            self.b.begin()
            self.conn.execute(insert(self.table), rows)
            self._touch(touches)
        self.b.done_rows(len(records))
        return outcomes

    def _count(self, outcome: Outcome) -> Outcome:
        self.report.count(outcome.action)
        return outcome

    def _contact(
        self,
        r: ActivityRecord,
        db_email: dict[str, int],
        db_phone: dict[str, int],
        db_name: dict[tuple[str, str], list[int]],
        names_any: dict[str, list[int]],
    ) -> tuple[int | None, str]:
        if r.email and r.email in db_email:
            return db_email[r.email], ""
        if r.phone and r.phone in db_phone:
            return db_phone[r.phone], ""
        if r.contact_key:
            ids = db_name.get((r.contact_key, r.company_key)) if r.company_key else names_any.get(r.contact_key)
            if ids and len(set(ids)) == 1:
                return ids[0], ""
            if ids:
                return None, f"{len(set(ids))} contacts are called {r.contact_name}; add an email or company column"
        ref = r.contact_name or r.email or r.phone
        return None, f"no contact matches {ref} (import the contacts first)"

    def _already_imported(self, fingerprints: set[str]) -> set[str]:
        found: set[str] = set()
        column = self.table.c.source_message_id
        for batch in m.batches(sorted(fingerprints)):
            statement = select(column).where(self.table.c.source_platform == SOURCE, column.in_(batch))
            found.update(self.conn.execute(statement).scalars())
        return found

    def _row(self, r: ActivityRecord, cid: int, fingerprint: str, author: int) -> dict[str, object]:
        if self.kind == "purchases":
            return {
                "contact_id": cid,
                "product_id": self._product(r) if r.product else None,
                "quantity": r.quantity,
                "amount_minor": r.amount_minor,
                "currency": r.currency,
                "purchased_at": r.occurred_at,
                "author_id": author,
                "source_platform": SOURCE,
                "source_message_id": fingerprint,
            }
        return {
            "contact_id": cid,
            "author_id": author,
            "kind": r.kind,
            "occurred_at": r.occurred_at,
            "summary": r.summary,
            "source_platform": SOURCE,
            "source_message_id": fingerprint,
            "created_at": self.now,
        }

    def _product(self, r: ActivityRecord) -> int:
        key = search_key(r.product or "")
        if key not in self.products:
            found = self.conn.execute(select(product_t.c.id).where(product_t.c.name_key == key)).scalar()
            if found is None:
                self.b.begin()
                found = self.conn.execute(
                    insert(product_t)
                    .values(name=r.product, name_key=key, currency=r.currency)
                    .returning(product_t.c.id)
                ).scalar_one()
                self.report.products_created += 1
            self.products[key] = found
        return self.products[key]

    def _touch(self, touches: dict[int, datetime]) -> None:
        """Move each contact's last touch forward (never back), one statement for the chunk."""
        c = m.contact_t.c
        statement = (
            update(m.contact_t)
            .where(c.id == bindparam("cid"))
            .where(or_(c.last_touch_at.is_(None), and_(c.last_touch_at < bindparam("at"))))
            .values(last_touch_at=bindparam("at"))
        )
        self.conn.execute(statement, [{"cid": cid, "at": at} for cid, at in touches.items()])


def _flat(db_name: dict[tuple[str, str], list[int]]) -> set[int]:
    return {cid for ids in db_name.values() for cid in ids}
