"""Staff members, their platform identities and one-time link codes."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import bindparam, true
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage import audit, models
from storage.db import detached, driver_rows, time_processors

LINK_CODE_TTL = timedelta(hours=24)


def by_handle(*, session: Session, handle: str) -> models.Staff | None:
    return session.exec(select(models.Staff).where(models.Staff.handle == handle.lower())).first()


# Built once: every message starts here, so the statement is never rebuilt (SQLAlchemy then reuses its
# compiled form and the driver its prepared one).
_BY_IDENTITY = (
    select(models.Staff)
    .join(models.StaffIdentity, col(models.StaffIdentity.staff_id) == col(models.Staff.id))
    .where(
        col(models.StaffIdentity.platform) == bindparam("platform"),
        col(models.StaffIdentity.external_id) == bindparam("external_id"),
    )
    .where(models.Staff.active == True)  # noqa: E712
)


def by_identity(*, session: Session, platform: str, external_id: str) -> models.Staff | None:
    return session.exec(_BY_IDENTITY, params={"platform": platform, "external_id": external_id}).first()


# The sender of every message is read here: a Core statement over the columns (compiled once) and the member
# built from them as a detached row (storage.db.detached), a fraction of the ORM query's cost. Read afresh for
# every message, never cached: a role revoked or a member removed elsewhere counts on the very next one.
_STAFF_TABLE = models.Staff.__table__  # type: ignore[attr-defined]
_IDENTITY_TABLE = models.StaffIdentity.__table__  # type: ignore[attr-defined]
_STAFF_COLUMNS = tuple(column.key for column in _STAFF_TABLE.columns)
_BY_IDENTITY_CHAT = (
    sa_select(*_STAFF_TABLE.columns, _IDENTITY_TABLE.c.chat_id, _IDENTITY_TABLE.c.unreachable)
    .select_from(_STAFF_TABLE.join(_IDENTITY_TABLE, _IDENTITY_TABLE.c.staff_id == _STAFF_TABLE.c.id))
    .where(
        _IDENTITY_TABLE.c.platform == bindparam("platform"),
        _IDENTITY_TABLE.c.external_id == bindparam("external_id"),
        _STAFF_TABLE.c.active == true(),
    )
)

# The same on SQLite's driver connection (storage.db.driver_rows): no SQLAlchemy result machinery.
_BY_IDENTITY_CHAT_SQLITE = (
    f"SELECT {', '.join('s.' + name for name in _STAFF_COLUMNS)}, i.chat_id, i.unreachable FROM staff s "
    "JOIN staff_identity i ON i.staff_id = s.id "
    "WHERE i.platform = :platform AND i.external_id = :external_id AND s.active = 1"
)


def by_identity_with_chat(
    *, session: Session, platform: str, external_id: str
) -> tuple[models.Staff, str | None, bool] | None:
    """The staff member behind an account, with the account's stored direct chat (chat id, unreachable): the same
    read tells a message from that chat that there is nothing new to remember about it."""
    params = {"platform": platform, "external_id": external_id}
    if session.get_bind().dialect.name == "sqlite":
        found = driver_rows(session, _BY_IDENTITY_CHAT_SQLITE, params)
        if not found:
            return None
        values = dict(zip(_STAFF_COLUMNS, found[0], strict=False))
        # As the Boolean and UTCDateTime columns convert them.
        values["active"] = bool(values["active"])
        values["created_at"] = (time_processors(session)[1] or (lambda value: value))(values["created_at"])
        return detached(models.Staff, values), found[0][-2], bool(found[0][-1])
    row = session.connection().execute(_BY_IDENTITY_CHAT, params).first()
    if row is None:
        return None
    member = detached(models.Staff, dict(zip(_STAFF_COLUMNS, row, strict=False)))
    return member, row[-2], bool(row[-1])


def create(
    *,
    session: Session,
    handle: str,
    display_name: str,
    role: str,
    now: datetime,
    tz: str = "UTC",
    language: str = "en",
    email: str | None = None,
) -> models.Staff:
    if role not in models.ROLES:
        raise ValueError(f"unknown role {role!r}")
    staff = models.Staff(
        handle=handle.lower(),
        display_name=display_name,
        role=role,
        tz=tz,
        language=language,
        email=email,
        created_at=now,
    )
    session.add(staff)
    session.flush()
    return staff


def ensure(
    *,
    session: Session,
    handle: str,
    display_name: str,
    role: str,
    now: datetime,
    tz: str,
    language: str,
    by: int | None,
    via: str,
) -> tuple[models.Staff, bool]:
    """The staff member with this handle, created (and the creation audited) when new; returns (member, created)."""
    member = by_handle(session=session, handle=handle)
    if member is not None:
        return member, False
    member = create(
        session=session, handle=handle, display_name=display_name, role=role, now=now, tz=tz, language=language
    )
    audit.record(
        session=session,
        at=now,
        staff_id=by if by is not None else member.id,
        action="create",
        entity="staff",
        entity_id=member.id,
        detail={"via": via, "role": role},
    )
    return member, True


def count(*, session: Session) -> int:
    return len(session.exec(select(models.Staff.id)).all())


def link_identity(
    *,
    session: Session,
    staff: models.Staff,
    platform: str,
    external_id: str,
    chat_id: str | None,
    now: datetime,
) -> models.StaffIdentity:
    """Attach a platform account to a staff member (idempotent; moves the account if linked elsewhere)."""
    identity = session.exec(
        select(models.StaffIdentity).where(
            models.StaffIdentity.platform == platform, models.StaffIdentity.external_id == external_id
        )
    ).first()
    if identity is None:
        identity = models.StaffIdentity(
            staff_id=staff.id, platform=platform, external_id=external_id, chat_id=chat_id, created_at=now
        )
    else:
        identity.staff_id = staff.id  # type: ignore[assignment]
        identity.chat_id = chat_id or identity.chat_id
        identity.unreachable = False
    session.add(identity)
    session.flush()
    return identity


def identities(*, session: Session, staff_id: int) -> list[models.StaffIdentity]:
    return list(session.exec(select(models.StaffIdentity).where(models.StaffIdentity.staff_id == staff_id)))


def issue_link_code(*, session: Session, staff: models.Staff, now: datetime) -> str:
    code = secrets.token_hex(4).upper()
    session.add(models.LinkCode(code=code, staff_id=staff.id, expires_at=now + LINK_CODE_TTL))  # type: ignore[arg-type]
    session.flush()
    return code


def redeem_link_code(*, session: Session, code: str, now: datetime) -> models.Staff | None:
    """The staff member a valid, unused, unexpired code belongs to; the code is spent."""
    link = session.get(models.LinkCode, code.strip().upper())
    if link is None or link.used_at is not None or link.expires_at <= now:
        return None
    link.used_at = now
    session.add(link)
    return session.get(models.Staff, link.staff_id)


def by_ids(*, session: Session, ids: set[int]) -> list[models.Staff]:
    return list(session.exec(select(models.Staff).where(col(models.Staff.id).in_(list(ids))))) if ids else []


def active(*, session: Session) -> list[models.Staff]:
    return list(session.exec(select(models.Staff).where(models.Staff.active == True)))  # noqa: E712
