""" "Who's at risk?": customers silent well past their own cadence, by the value at risk."""

from __future__ import annotations

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Button, IncomingMessage, Reply
from handlers import access
from reminders import cadence, context
from reminders.format import compact_money
from reminders.rules.at_risk import silent_customers


async def at_risk(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    settings = ctx.settings
    with ctx.session() as session:
        # Reps see their own and their team's customers, managers their team's, admins everyone's.
        owners = access.owner_ids(session, ctx)
        cadence.refresh(session=session, currency=settings.currency)
        rows = silent_customers(session=session, at=ctx.now(), settings=settings, owner_ids=owners)
        who = context.load(session=session, contact_ids=[r.id for r in rows])
    if not rows:
        return Reply(ctx.t("at_risk.none", factor=f"{settings.at_risk_factor:g}"))
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
            + ctx.t("at_risk.line", cadence=f"{r.cadence_days:.0f}", silence=f"{r.silence:.0f}", value=value)
        )
    buttons = tuple(
        Button(f"{n}. {who[r.id].name}", "crm:contact.show", str(r.id))
        for n, r in enumerate(rows[:8], 1)
        if r.id in who
    )
    return Reply(ctx.t("at_risk.header", count=len(rows)) + "\n" + "\n".join(lines), buttons=buttons)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.AT_RISK)(at_risk)
