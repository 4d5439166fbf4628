"""Who a platform account is: admins named in the settings, links by verified email, DM channels remembered.

Adapters call these with platform-neutral values (platform name, account id, email, chat id).
"""

from __future__ import annotations

from sqlmodel import col, func, select

from bot.context import Services
from storage import audit
from storage import staff as staff_repo
from storage.models import Staff, StaffIdentity


def staff_for(services: Services, *, platform: str, user_id: str) -> Staff | None:
    with services.session() as session:
        return staff_repo.by_identity(session=session, platform=platform, external_id=user_id)


def link_admin(services: Services, *, platform: str, user_id: str, chat_id: str | None) -> Staff:
    """An account the operator named as admin: its staff record (handle ``platform-id``) and link, idempotently."""
    from bot.identity import link_configured_admins

    link_configured_admins(services, platform=platform, accounts=[(user_id, chat_id)], handle_prefix=f"{platform}-")
    member = staff_for(services, platform=platform, user_id=user_id)
    assert member is not None
    return member


def link_by_email(
    services: Services, *, platform: str, user_id: str, email: str | None, chat_id: str | None
) -> Staff | None:
    """Link an account whose platform-verified email is exactly one active staff member's; None otherwise."""
    if not email:
        return None
    now = services.clock.now()
    with services.session() as session:
        matches = list(
            session.exec(
                select(Staff).where(func.lower(col(Staff.email)) == email.strip().lower(), Staff.active == True)  # noqa: E712
            )
        )
        if len(matches) != 1:
            return None
        member = matches[0]
        staff_repo.link_identity(
            session=session, staff=member, platform=platform, external_id=user_id, chat_id=chat_id, now=now
        )
        audit.record(
            session=session,
            at=now,
            staff_id=member.id,
            action="link",
            entity="staff",
            entity_id=member.id,
            detail={"platform": platform, "via": "email"},
        )
        return member


def remember_chat(services: Services, *, platform: str, user_id: str, chat_id: str) -> None:
    """The private chat where nudges reach this account, learnt from its first direct message."""
    with services.session() as session:
        identity = session.exec(
            select(StaffIdentity).where(StaffIdentity.platform == platform, StaffIdentity.external_id == user_id)
        ).first()
        if identity is not None and (identity.chat_id != chat_id or identity.unreachable):
            identity.chat_id = chat_id
            identity.unreachable = False
            session.add(identity)
