"""Managing staff: who they are, their role, their team, whether they may still use the bot. One service for the
chat's /staff and the command line's `staff`, so both check and audit the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from storage import audit, models
from storage import staff as staff_repo


@dataclass(frozen=True)
class Row:
    handle: str
    name: str
    role: str
    team: str | None
    language: str
    tz: str
    active: bool


def listing(*, session: Session) -> list[Row]:
    teams = {t.id: t.name for t in session.exec(select(models.Team))}
    return [
        Row(s.handle, s.display_name, s.role, teams.get(s.team_id), s.language, s.tz, s.active)
        for s in session.exec(select(models.Staff).order_by(col(models.Staff.handle)))
    ]


def _member(session: Session, handle: str) -> models.Staff:
    found = staff_repo.by_handle(session=session, handle=handle.lstrip("@").lower())
    if found is None:
        raise LookupError(f"no staff member {handle!r}")
    return found


def change(
    *, session: Session, by: models.Staff, action: str, handle: str, value: str | None, now: datetime
) -> models.Staff:
    """add / role / team / deactivate / activate one staff member; only an admin may, and never on themselves
    in a way that locks the store out (the last admin keeps the role)."""
    if by.role != "admin":
        raise PermissionError("only an admin can manage staff")
    if action == "add":
        role = value if value in models.ROLES else "rep"
        member = staff_repo.create(session=session, handle=handle, display_name=handle.capitalize(), role=role, now=now)
        audit.record(session=session, at=now, staff_id=by.id, action="create", entity="staff", entity_id=member.id,
                     detail={"name": member.handle, "role": role}, undo=[["delete", "staff", member.id]])  # fmt: skip
        return member
    member = _member(session, handle)
    before = audit.snapshot(member, ["role", "team_id", "active"])
    if action == "role":
        if value not in models.ROLES:
            raise ValueError(value or "")
        if member.role == "admin" and value != "admin" and _admins(session) == 1:
            raise ValueError("last admin")
        member.role = value
    elif action == "team":
        if not value:
            raise ValueError("")
        team = session.exec(select(models.Team).where(models.Team.name == value)).first()
        if team is None:
            team = models.Team(name=value)
            session.add(team)
            session.flush()
        member.team_id = team.id
    elif action in ("deactivate", "activate"):
        if action == "deactivate" and member.role == "admin" and _admins(session) == 1:
            raise ValueError("last admin")
        member.active = action == "activate"
    else:
        raise ValueError(action)
    session.add(member)
    audit.record(session=session, at=now, staff_id=by.id, action="update", entity="staff", entity_id=member.id,
                 detail={"name": member.handle, "fields": {action: {"new": value or action}}},
                 undo=[["restore", "staff", member.id, before]])  # fmt: skip
    return member


def _admins(session: Session) -> int:
    admins = select(models.Staff.id).where(models.Staff.role == "admin", col(models.Staff.active).is_(True))
    return len(list(session.exec(admins)))
