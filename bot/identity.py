"""Who a platform account is: admins named in the settings, links by verified e-mail, direct chats remembered.

The dispatcher (bot/middleware.py) is the only caller: adapters hand it platform-neutral values (a UserRef,
maybe with a way to read the platform-verified e-mail) and never decide identity themselves.
"""

from __future__ import annotations

import logging

from sqlmodel import col, func, select

from bot.context import Services
from bot.types import UserRef
from storage import audit
from storage import staff as staff_repo
from storage.models import Staff, StaffIdentity

log = logging.getLogger(__name__)


async def identify(services: Services, user: UserRef) -> Staff | None:
    """The staff member behind an account, or the one its platform-verified e-mail links it to."""
    with services.session() as session:
        staff = staff_repo.by_identity(session=session, platform=user.platform, external_id=user.user_id)
    return staff if staff is not None else await link_by_verified_email(services, user)


async def link_by_verified_email(services: Services, user: UserRef) -> Staff | None:
    """For an account not linked yet: link it when its adapter offers the platform-verified e-mail and exactly
    one active staff member has it."""
    if user.verified_email is None:
        return None
    email = await user.verified_email()
    return link_by_email(services, platform=user.platform, user_id=user.user_id, email=email, chat_id=None)


def link_configured_admins(
    services: Services,
    *,
    platform: str,
    accounts: list[tuple[str, str | None]],
    handle_prefix: str,
) -> int:
    """Link each (external user id, direct chat id) as an admin; returns how many were new or promoted.

    Only ids are trusted (never usernames, which their owners can change). An account already linked keeps
    its staff member, who is made an admin; otherwise a staff member ``<prefix><id>`` is created or reused.
    """
    changed = 0
    now = services.clock.now()
    settings = services.settings
    with services.startup_lock(), services.session() as session:
        for external_id, chat_id in accounts:
            member = staff_repo.by_identity(session=session, platform=platform, external_id=external_id)
            handle = f"{handle_prefix}{external_id}".lower()
            if member is None:
                member, created = staff_repo.ensure(
                    session=session,
                    handle=handle,
                    display_name=handle,
                    role="admin",
                    now=now,
                    tz=settings.default_timezone,
                    language=settings.default_language,
                    by=None,
                    via=f"{platform} admin ids",
                )
                changed += created
            if member.role != "admin":
                member.role = "admin"
                session.add(member)
                changed += 1
            staff_repo.link_identity(
                session=session, staff=member, platform=platform, external_id=external_id, chat_id=chat_id, now=now
            )
    if changed:
        log.info("%d %s admin account(s) linked from configuration", changed, platform)
    return changed


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
    """The private chat where nudges reach this account, learnt from its direct messages."""
    with services.session() as session:
        identity = session.exec(
            select(StaffIdentity).where(StaffIdentity.platform == platform, StaffIdentity.external_id == user_id)
        ).first()
        if identity is not None and (identity.chat_id != chat_id or identity.unreachable):
            identity.chat_id = chat_id
            identity.unreachable = False
            session.add(identity)
