"""Who may see and change which records.

Reps see and change their own records and their team's; managers all of their team's records and may
reassign and export them; admins everything, plus erasure and staff management. A record without an owner
is visible to admins only, so nothing leaks by being forgotten. The rules are pure functions of the actor
and the record's owner; :func:`scope_for` does the one query (the actor's team mates).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlmodel import Session, col, or_, select

from storage import models
from storage.errors import Refusal, Term

THAT_RECORD = Term("term.that_record")
ACTIONS = ("view", "update", "reassign", "export", "erase", "import", "manage_staff")


@dataclass(frozen=True)
class Scope:
    """What one staff member may reach: ``owner_ids`` None means every owner (admins)."""

    staff_id: int
    role: str
    team_id: int | None
    owner_ids: frozenset[int] | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def sees(self, owner_id: int | None) -> bool:
        if self.owner_ids is None:
            return True
        return owner_id is not None and owner_id in self.owner_ids

    def allows(self, action: str, owner_id: int | None = None) -> bool:
        """May this staff member do ``action`` on a record owned by ``owner_id``?"""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        if self.is_admin:
            return True
        if action in ("erase", "manage_staff"):
            return False
        if action in ("reassign", "export") and self.role != "manager":
            return False
        return self.sees(owner_id)

    def may_own(self, owner_id: int) -> bool:
        """May this staff member give a record to ``owner_id`` (import owner column, reassignment)?"""
        return self.owner_ids is None or owner_id in self.owner_ids


def scope_for(*, session: Session, staff: models.Staff) -> Scope:
    assert staff.id is not None
    if staff.role == "admin":
        return Scope(staff.id, staff.role, staff.team_id, None)
    owners = {staff.id}
    if staff.team_id is not None:
        owners.update(
            sid for sid in session.exec(select(models.Staff.id).where(models.Staff.team_id == staff.team_id)) if sid
        )
    return Scope(staff.id, staff.role, staff.team_id, frozenset(owners))


def visible_organization_ids(*, session: Session, scope: Scope, ids: Collection[int]) -> set[int]:
    """The subset of organization ``ids`` this scope may see: owned by someone in scope, or with a contact
    someone in scope owns (one query). Seeing the organization never shows its other owners' contacts."""
    if not ids:
        return set()
    if scope.owner_ids is None:
        return set(ids)
    owners = list(scope.owner_ids)
    org = models.Organization
    member = (
        select(models.Contact.id)
        .where(models.Contact.organization_id == org.id, col(models.Contact.owner_id).in_(owners))
        .exists()
    )
    rows = session.exec(select(org.id).where(col(org.id).in_(list(ids)), or_(col(org.owner_id).in_(owners), member)))
    return {oid for oid in rows if oid is not None}


class Forbidden(Refusal):
    """Raised by :func:`require`: the sender may not do this to that record."""


def require(scope: Scope, action: str, owner_id: int | None = None, *, what: str | Term = THAT_RECORD) -> None:
    """``what`` names the record in the refusal: its name, or a :class:`Term` such as "that record"."""
    if not scope.allows(action, owner_id):
        raise Forbidden(_refusal(scope, action), what=what)


def _refusal(scope: Scope, action: str) -> str:
    if action in ("erase", "manage_staff"):
        return f"forbidden.admin.{action}"
    if action in ("reassign", "export") and scope.role == "rep":
        return f"forbidden.manager.{action}"
    return f"forbidden.team.{action}"
