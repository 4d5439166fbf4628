"""The audit log: who did what to which record, and how to revert a change."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from storage import contacts, models
from storage.analytics import rollups

# Tables an undo entry may touch, by name.
_TABLES: dict[str, type[SQLModel]] = {
    "contact": models.Contact,
    "organization": models.Organization,
    "interaction": models.Interaction,
    "follow_up": models.FollowUp,
    "purchase": models.Purchase,
    "product": models.Product,
    "deal": models.Deal,
    "contact_email": models.ContactEmail,
    "contact_phone": models.ContactPhone,
    "contact_tag": models.ContactTag,
    "nudge": models.Nudge,
    "staff": models.Staff,
    "relationship": models.Relationship,
    "customer_fact": models.CustomerFact,
}

UndoOp = list[Any]


def record(
    *,
    session: Session,
    at: datetime,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any] | None = None,
    undo: list[UndoOp] | None = None,
) -> models.AuditLog:
    entry = models.AuditLog(
        at=at, staff_id=staff_id, action=action, entity=entity, entity_id=entity_id, detail=detail, undo=undo
    )
    session.add(entry)
    session.flush()
    return entry


def snapshot(row: SQLModel, fields: list[str]) -> dict[str, Any]:
    """Old values of some fields, JSON-safe, for an undo entry."""
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(row, name)
        out[name] = value.isoformat() if isinstance(value, datetime) else value
    return out


def last_undoable(*, session: Session, staff_id: int) -> models.AuditLog | None:
    statement = (
        select(models.AuditLog)
        .where(models.AuditLog.staff_id == staff_id, col(models.AuditLog.undo).is_not(None))
        .where(models.AuditLog.undone == False)  # noqa: E712
        .order_by(col(models.AuditLog.id).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def apply_undo(*, session: Session, entry: models.AuditLog) -> None:
    """Revert one change. Ops run in reverse order of how the change was made."""
    touched: set[int] = set()  # contacts whose purchases or interactions change: their rollups follow
    for op in reversed(entry.undo or []):
        kind, table = op[0], _TABLES[op[1]]
        if kind == "delete":
            row = session.get(table, op[2])
            if row is not None:
                _note_contact(touched, row)
                session.delete(row)
                session.flush()
        elif kind == "delete_where":
            for row in session.exec(select(table).filter_by(**op[2])).all():
                _note_contact(touched, row)
                session.delete(row)
            session.flush()
        elif kind == "restore":
            row = session.get(table, op[2])
            if row is not None:
                _note_contact(touched, row)
                for name, value in op[3].items():
                    setattr(row, name, _revive(table, name, value))
                session.add(row)
                _note_contact(touched, row)
        elif kind == "insert":
            row = table(**{k: _revive(table, k, v) for k, v in op[2].items()})
            session.add(row)
            session.flush()
            _note_contact(touched, row)
    for contact_id in sorted(touched):
        contacts.recompute_touch(session=session, contact_id=contact_id)
        rollups.refresh_contact(session, contact_id=contact_id)
    entry.undone = True
    session.add(entry)


def _note_contact(touched: set[int], row: SQLModel) -> None:
    if isinstance(row, models.Purchase | models.Interaction):
        touched.add(row.contact_id)


def _revive(table: type[SQLModel], name: str, value: Any) -> Any:
    field = table.model_fields.get(name)
    if isinstance(value, str) and field is not None and "datetime" in str(field.annotation):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and field is not None and "date" in str(field.annotation):
        return date.fromisoformat(value)
    return value


def history(*, session: Session, entity: str, entity_id: int, limit: int = 20) -> list[models.AuditLog]:
    statement = (
        select(models.AuditLog)
        .where(models.AuditLog.entity == entity, models.AuditLog.entity_id == entity_id)
        .order_by(col(models.AuditLog.id).desc())
        .limit(limit)
    )
    return list(session.exec(statement).all())


def contact_changes(*, session: Session, contact_id: int) -> list[models.AuditLog]:
    """The creation, updates and imports of one contact that were not undone, oldest first."""
    statement = (
        select(models.AuditLog)
        .where(models.AuditLog.entity == "contact", models.AuditLog.entity_id == contact_id)
        .where(col(models.AuditLog.action).in_(("create", "update", "import")), models.AuditLog.undone == False)  # noqa: E712
        .order_by(col(models.AuditLog.id))
    )
    return list(session.exec(statement))
