"""Birthday questions: "birthdays this week", "when is João's birthday?"."""

from __future__ import annotations

from datetime import date, timedelta

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.texts import formats
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.resolve import resolve
from storage import birthdays, contacts
from storage.errors import UserError
from storage.models import Contact

_PERIOD_DAYS = {"today": 1, "tomorrow": 1, "week": 7, "month": 31}


async def birthdays_query(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    if u is None:
        raise UserError("error.unreadable")
    today = ctx.now().astimezone(ctx.tz).date()
    if u.contact_ref and u.mention_kind != "organization":  # "when is João's birthday?", "quando faz anos o Rui?"
        with ctx.session() as session:
            found = resolve(session, ctx, u, allow_org=False, offer_create=False)
            if found.question is not None:
                return found.question
            contact = found.contact
            assert contact is not None
        return _one(ctx, contact, today)
    period = u.period or "week"
    start = today + timedelta(days=1 if period == "tomorrow" else 0)
    days = _PERIOD_DAYS[period]
    if u.days is not None and period == "week":  # "birthdays in the next 10 days"
        if not 1 <= u.days <= 366:
            raise UserError("error.birthday_days")
        period, days = "days", u.days
    if period == "month":
        start = today.replace(day=1)
        days = (start.replace(month=start.month % 12 + 1, year=start.year + (start.month == 12)) - start).days
    with ctx.session() as session:
        found_list = birthdays.upcoming(
            session=session, start=start, days=days, owner_ids=access.owner_ids(session, ctx)
        )
        orgs = contacts.organizations_names(
            session=session, ids={c.organization_id for c in found_list if c.organization_id}
        )
    label = ctx.t(f"birthdays.period.{period}", days=days)
    if not found_list:
        return Reply(ctx.t("birthdays.none", period=label))
    lines = []
    for c in found_list:
        assert c.birthday_month and c.birthday_day
        on = birthdays.next_occurrence(c.birthday_month, c.birthday_day, today=start)
        age = birthdays.age_on(c.birthday_year, on)
        org = f" ({orgs[c.organization_id]})" if c.organization_id in orgs else ""
        turning = ctx.t("birthdays.turns", age=age) if age else ""
        weekday = ctx.t("cal.weekdays").split()[on.weekday()]
        lines.append(f"• {weekday} {formats.day_month(on.month, on.day, None, ctx.lang)} — {c.full_name}{org}{turning}")
    return Reply(ctx.t("birthdays.header", period=label, count=len(found_list)) + "\n" + "\n".join(lines))


def _one(ctx: HandlerContext, contact: Contact, today: date) -> Reply:
    if not contact.birthday_month or not contact.birthday_day:
        return Reply(ctx.t("birthdays.unknown", name=contact.full_name), acted=Acted(contact=contact.full_name))
    text = cards.birthday_text(contact.birthday_month, contact.birthday_day, contact.birthday_year, ctx.lang) or ""
    on = birthdays.next_occurrence(contact.birthday_month, contact.birthday_day, today=today)
    age = birthdays.age_on(contact.birthday_year, on)
    birthday = (
        f"{contact.birthday_year:04d}-{contact.birthday_month:02d}-{contact.birthday_day:02d}"
        if contact.birthday_year
        else f"{contact.birthday_month:02d}-{contact.birthday_day:02d}"
    )
    turning = ctx.t("birthdays.turns", age=age) if age else ""
    return Reply(
        ctx.t(
            "birthdays.one",
            name=contact.full_name,
            date=text,
            next=formats.day_month(on.month, on.day, None, ctx.lang),
            turning=turning,
        ),
        acted=Acted(contact=contact.full_name, birthday=birthday),
    )


def one_birthday(ctx: HandlerContext, contact: Contact) -> Reply:
    """ "When is João's birthday?" asked as a look-up: the same answer as the birthdays question gives."""
    return _one(ctx, contact, ctx.now().astimezone(ctx.tz).date())


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.BIRTHDAYS)(birthdays_query)
