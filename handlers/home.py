"""A staff member's home page: follow-ups due, today's nudges, accounts at risk (neutral cards)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from bot.context import Services
from bot.texts import t
from bot.types import Button, Card, Reply
from handlers import cards, identity
from handlers.followups import DONE_ACTION
from storage import followups
from storage.models import Contact, Nudge, Staff

LIST_SIZE = 10


def home(services: Services, *, platform: str, user_id: str) -> Reply:
    member = identity.staff_for(services, platform=platform, user_id=user_id)
    if member is None or member.id is None:
        lang = services.settings.default_language
        return Reply(t(lang, "refuse.unknown_user"), intent="home")
    lang, tz, now = member.language, ZoneInfo(member.tz), services.clock.now()
    end_of_day = datetime.combine(now.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    with services.session() as session:
        due = followups.open_for_owner(session=session, owner_id=member.id, due_before=end_of_day, limit=LIST_SIZE)
        names = _names(session, {f.contact_id for f in due if f.contact_id})
        follow_lines = tuple(
            cards.follow_up_line(f, now=now, tz=tz, lang=lang, who=names.get(f.contact_id or 0)) for f in due
        )
        nudge_lines = tuple(_nudge_lines(session, member, start=end_of_day - timedelta(days=1), end=end_of_day))
        risk_lines = tuple(_at_risk_lines(session, member, now=now, tz=tz, lang=lang))
    none = t(lang, "home.none")
    sections = (
        Card(t(lang, "home.follow_ups"), lines=follow_lines or (none,)),
        Card(t(lang, "home.nudges"), lines=nudge_lines or (none,)),
        Card(t(lang, "home.at_risk"), lines=risk_lines or (none,)),
    )
    buttons = tuple(Button(f"✓ {n}", DONE_ACTION, str(f.id)) for n, f in enumerate(due, start=1))
    return Reply(t(lang, "home.title", name=member.display_name), cards=sections, buttons=buttons, intent="home")


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.exec(select(Contact.id, Contact.full_name).where(col(Contact.id).in_(ids)))
    return {cid: name for cid, name in rows if cid is not None}


def _nudge_lines(session: Session, member: Staff, *, start: datetime, end: datetime) -> list[str]:
    rows = session.exec(
        select(Nudge)
        .where(Nudge.owner_id == member.id, Nudge.due_at >= start, Nudge.due_at < end)
        .where(col(Nudge.status).in_(("pending", "sent", "snoozed")))
        .order_by(col(Nudge.due_at))
        .limit(LIST_SIZE)
    )
    return [f"• {n.text}" for n in rows]


def _at_risk_lines(session: Session, member: Staff, *, now: datetime, tz: ZoneInfo, lang: str) -> list[str]:
    """Customers gone quiet longest (the owner's own; everyone's for managers and admins)."""
    owner = None if member.role in ("manager", "admin") else member.id
    statement = select(Contact).where(col(Contact.stage).in_(("customer", "advocate")))
    if owner is not None:
        statement = statement.where(Contact.owner_id == owner)
    # Until the at-risk rule lands, "at risk" is simply the customers untouched the longest.
    customers = session.exec(statement.order_by(col(Contact.last_touch_at).asc().nulls_first()).limit(LIST_SIZE))
    lines = []
    for c in customers:
        touch = (
            cards.when(c.last_touch_at, now=now, tz=tz, lang=lang, with_time=False)
            if c.last_touch_at
            else t(lang, "card.never")
        )
        lines.append(f"• {c.full_name} — {touch}")
    return lines
