"""The deals in one stage of the pipeline ("deals in negotiation?", "which deals are in proposal?"), longest
there first, in the asker's visibility."""

from __future__ import annotations

from bot.context import HandlerContext
from bot.texts import formats
from bot.types import Acted, Reply
from handlers import access, cards
from storage import contacts, sales


def in_stage(ctx: HandlerContext, stage: str) -> Reply:
    now = ctx.now()
    with ctx.session() as session:
        owners = access.scope(session, ctx).owner_ids
        deals = sales.deals_in_stage(session=session, stage=stage, owner_ids=owners)
        orgs = contacts.organizations_names(
            session=session, ids={d.organization_id for d in deals if d.organization_id}
        )
    label = ctx.t(f"stage.{stage}")
    acted = Acted(question="pipeline", stage=stage)
    if not deals:
        return Reply(ctx.t("deals.in_stage_none", stage=label), acted=acted)
    lines = []
    for d in deals:
        org = (
            f" ({orgs[d.organization_id]})"
            if d.organization_id in orgs and orgs[d.organization_id] not in d.title
            else ""
        )
        since = cards.when(d.stage_changed_at, now=now, tz=ctx.tz, lang=ctx.lang, with_time=False)
        value = formats.money(d.value_minor, d.currency, ctx.lang)
        lines.append(f"• {d.title}{org} — {value} · {ctx.t('deals.since', when=since)}")
    return Reply("\n".join([ctx.t("deals.in_stage", stage=label, count=len(deals)), *lines]), acted=acted)
