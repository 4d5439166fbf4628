"""The owner column of an import file: a staff handle, email or display name -> a staff id."""

from __future__ import annotations

from sqlalchemy import Connection, select

from storage import models
from storage.normalize import search_key
from storage.permissions import Scope


class Owners:
    """All staff, loaded once (a team has tens of people, an import millions of rows)."""

    def __init__(self, conn: Connection, *, default_id: int) -> None:
        self.default_id = default_id
        self.by_ref: dict[str, int] = {}
        staff = models.Staff.__table__  # type: ignore[attr-defined]
        for sid, handle, email, display in conn.execute(
            select(staff.c.id, staff.c.handle, staff.c.email, staff.c.display_name)
        ):
            for ref in (handle, email, display):
                if ref:
                    self.by_ref.setdefault(search_key(ref.lstrip("@")), sid)
        self.names = {v: k for k, v in self.by_ref.items()}

    def resolve(self, ref: str | None, scope: Scope) -> tuple[int, str]:
        """(staff id, "") or (the default owner, a warning): an owner the file names that is not one of ours (a
        former colleague, the other CRM's user) never costs the row; it goes to the importer or --owner."""
        if not ref:
            return self.default_id, ""
        sid = self.by_ref.get(search_key(ref.lstrip("@")))
        if sid is None:
            return (
                self.default_id,
                f'owner "{ref}" is not a staff member, assigned to {self.names.get(self.default_id, "you")}',
            )
        if not scope.may_own(sid):
            return (
                self.default_id,
                f'owner "{ref}" is outside your team, assigned to {self.names.get(self.default_id, "you")}',
            )
        return sid, ""
