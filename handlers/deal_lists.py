"""The deals in one stage of the pipeline ("deals in negotiation?", "which deals are in proposal?"), or in every
open stage, above or below an amount ("open deals over $20k"), longest there first, in the asker's visibility."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bot.context import HandlerContext
from bot.texts import formats
from bot.types import Acted, Reply
from handlers import access, cards
from handlers.deals import minor
from storage import contacts, sales

OPEN_STAGES = ("qualification", "proposal", "negotiation")


def in_stage(ctx: HandlerContext, stage: str | None, bound: Bound | None = None) -> Reply:
    """``stage`` None: every open stage (only with a bound: "deals over 20k")."""
    now = ctx.now()
    with ctx.session() as session:
        owners = access.scope(session, ctx).owner_ids
        deals = sales.deals_in_stage(
            session=session,
            stage=stage or OPEN_STAGES,
            owner_ids=owners,
            bound=(bound.side, minor(bound.amount), bound.currency) if bound else None,
        )
        orgs = contacts.organizations_names(
            session=session, ids={d.organization_id for d in deals if d.organization_id}
        )
    acted = Acted(question="pipeline", stage=stage)
    header, none = _headings(ctx, stage, bound, len(deals))
    if not deals:
        return Reply(none, acted=acted)
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
    return Reply("\n".join([header, *lines]), acted=acted)


@dataclass(frozen=True)
class Bound:
    side: str  # "over" or "under"
    amount: Decimal
    currency: str


def _headings(ctx: HandlerContext, stage: str | None, bound: Bound | None, count: int) -> tuple[str, str]:
    """The list's header and its "none" line, the bound said back as the reader writes money."""
    label = ctx.t(f"stage.{stage}") if stage else ""
    if bound is None:
        return ctx.t("deals.in_stage", stage=label, count=count), ctx.t("deals.in_stage_none", stage=label)
    said = ctx.t(f"deals.bound_{bound.side}", amount=formats.money(minor(bound.amount), bound.currency, ctx.lang))
    if stage is None:
        return ctx.t("deals.open_bound", bound=said, count=count), ctx.t("deals.open_bound_none", bound=said)
    return (
        ctx.t("deals.in_stage_bound", stage=label, bound=said, count=count),
        ctx.t("deals.in_stage_bound_none", stage=label, bound=said),
    )
