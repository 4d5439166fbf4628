"""Platform accounts that configuration names as admins, linked at start-up."""

from __future__ import annotations

import logging

from bot.context import Services
from storage import staff as staff_repo

log = logging.getLogger(__name__)


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
