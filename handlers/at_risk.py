""" "Who's at risk?": customers silent well past their own cadence, by the value at risk."""

from __future__ import annotations

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.texts.formats import compact_money, number
from bot.types import Button, IncomingMessage, Reply
from handlers import access
from handlers.checks import understood
from handlers.contact_lists import LISTED, described_filters, open_by_number
from reminders import cadence, context
from reminders.rules.at_risk import silent_customers
from storage import contact_lists


async def at_risk(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    settings = ctx.settings
    u = understood(ctx.understanding)
    tags, company = list(u.tags), u.company
    with ctx.session() as session:
        org_id = contact_lists.organization_named(session=session, name=company) if company else None
        if company and org_id is None:
            return Reply(ctx.t("contact_list.no_company", company=company))
        # Reps see their own and their team's customers, managers their team's, admins everyone's.
        owners = access.owner_ids(session, ctx)
        cadence.refresh(session=session, currency=settings.currency)
        rows = silent_customers(
            session=session, at=ctx.now(), settings=settings, owner_ids=owners, tags=tags, organization_id=org_id
        )
        who = context.load(session=session, contact_ids=[r.id for r in rows])
    # "which vip customers are at risk?": the filter is said back, so a short list is never read as everyone's.
    filters = described_filters(ctx, None, tags, company, None) if tags or company else None
    if not rows:
        if filters:
            return Reply(ctx.t("at_risk.none_filtered", filters=filters, factor=number(settings.at_risk_factor)))
        return Reply(ctx.t("at_risk.none", factor=number(settings.at_risk_factor)))
    lines = []
    for n, r in enumerate(rows, start=1):
        label = who[r.id].label if r.id in who else str(r.id)
        value = (
            ctx.t("at_risk.value", value=compact_money(r.yearly_value_minor, settings.currency))
            if r.yearly_value_minor
            else ctx.t("at_risk.no_value")
        )
        lines.append(
            f"{n}. {label}: "
            + ctx.t(
                "at_risk.line",
                cadence=number(r.cadence_days, digits=0),
                silence=number(r.silence, digits=0),
                value=value,
            )
        )
    buttons = tuple(
        Button(f"{n}. {who[r.id].name}", "crm:contact.show", str(r.id))
        for n, r in enumerate(rows[:8], 1)
        if r.id in who
    )
    with ctx.session() as session:
        # "2" typed instead of tapping it opens that customer (and makes them the one "call her" means)
        ctx.set_pending(session, LISTED, {"ids": [r.id for r in rows]})
    header = (
        ctx.t("at_risk.header_filtered", filters=filters, count=len(rows))
        if filters
        else ctx.t("at_risk.header", count=len(rows))
    )
    return Reply(header + "\n" + "\n".join(lines), buttons=buttons)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.AT_RISK)(at_risk)
    router.answer(LISTED)(open_by_number)
