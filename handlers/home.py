"""A staff member's home page: follow-ups due, today's nudges, accounts at risk (neutral cards)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.context import HandlerContext
from bot.requests import HomeOpened
from bot.router import Router
from bot.texts import t
from bot.texts.formats import compact_money, number
from bot.types import Button, Card, Reply
from config.settings import Settings
from handlers import cards
from handlers.followups import DONE_ACTION
from reminders import cadence
from reminders.rules.at_risk import silent_customers
from storage import contacts, followups, nudges
from storage.models import Staff
from storage.permissions import scope_for

LIST_SIZE = 10


async def home(_event: HomeOpened, ctx: HandlerContext) -> Reply:
    """The page for the staff member the dispatcher identified (strangers never get here)."""
    member, services = ctx.staff, ctx.services
    assert member is not None and member.id is not None
    lang, tz, now = member.language, ZoneInfo(member.tz), services.clock.now()
    end_of_day = datetime.combine(now.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    with services.session() as session:
        due = followups.open_for_owner(session=session, owner_id=member.id, due_before=end_of_day, limit=LIST_SIZE)
        names = _names(session, {f.contact_id for f in due if f.contact_id})
        follow_lines = tuple(
            cards.follow_up_line(f, now=now, tz=tz, lang=lang, who=names.get(f.contact_id or 0)) for f in due
        )
        nudge_lines = tuple(_nudge_lines(session, member, start=end_of_day - timedelta(days=1), end=end_of_day))
        risk_lines = tuple(_at_risk_lines(session, member, services.settings, now=now, tz=tz, lang=lang))
    none = t(lang, "home.none")
    sections = (
        Card(t(lang, "home.follow_ups"), lines=follow_lines or (none,)),
        Card(t(lang, "home.nudges"), lines=nudge_lines or (none,)),
        Card(t(lang, "home.at_risk"), lines=risk_lines or (none,)),
    )
    buttons = tuple(Button(f"✓ {n}", DONE_ACTION, str(f.id)) for n, f in enumerate(due, start=1))
    return Reply(t(lang, "home.title", name=member.display_name), cards=sections, buttons=buttons, intent="home")


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    return contacts.names(session=session, ids=ids)


def _nudge_lines(session: Session, member: Staff, *, start: datetime, end: datetime) -> list[str]:
    assert member.id is not None
    rows = nudges.due_between(session=session, owner_id=member.id, start=start, end=end, limit=LIST_SIZE)
    return [f"• {n.text}" for n in rows]


def _at_risk_lines(
    session: Session, member: Staff, settings: Settings, *, now: datetime, tz: ZoneInfo, lang: str
) -> list[str]:
    """The customers the at-risk rule flags (silent well past their own rhythm), among those the member may see."""
    owners = scope_for(session=session, staff=member).owner_ids
    cadence.refresh(session=session, currency=settings.currency)
    rows = silent_customers(session=session, at=now, settings=settings, owner_ids=owners, limit=LIST_SIZE)
    names = _names(session, {r.id for r in rows})
    return [
        f"• {names.get(r.id, str(r.id))} — "
        + t(
            lang,
            "at_risk.line",
            cadence=number(r.cadence_days, lang, digits=0),
            silence=number(r.silence, lang, digits=0),
            value=_value(r, settings, lang),
        )
        for r in rows
    ]


def _value(row: Any, settings: Settings, lang: str) -> str:
    if not row.yearly_value_minor:
        return t(lang, "at_risk.no_value")
    return t(lang, "at_risk.value", value=compact_money(row.yearly_value_minor, settings.currency, lang))


def register(router: Router) -> None:
    router.request(HomeOpened)(home)
