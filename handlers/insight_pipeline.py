"""Pipeline answers (stages, win rate, idle deals, lifecycle), "my week", and cross-sell."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlmodel import Session

from bot import charts
from bot.context import HandlerContext
from bot.nlu.frame import InsightFrame
from bot.texts.formats import number
from bot.types import Acted, Reply
from handlers import access
from handlers.insight_format import charts_folder, money, money_map, owner_filter, pct, window
from storage.analytics import cross_sell, pipeline, week
from storage.models import Contact

PIPELINE_TITLE = "Pipeline: open deals by stage"


def stages(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    now = ctx.now()
    probabilities = ctx.settings.stage_probability_map
    owners = owner_filter(frame, ctx, session)
    rows = pipeline.by_stage(
        session=session, probabilities=probabilities, closed_since=now - timedelta(days=90), owner_ids=owners
    )
    open_rows = [r for r in rows if r.stage in pipeline.OPEN_STAGES]
    total: dict[str, int] = {}
    weighted: dict[str, int] = {}
    for r in open_rows:
        for cur, v in r.value.items():
            total[cur] = total.get(cur, 0) + v
        for cur, v in r.weighted.items():
            weighted[cur] = weighted.get(cur, 0) + v
    count = sum(r.count for r in open_rows)
    lines = [ctx.t("insight.pipeline.header", count=count, value=money_map(total), weighted=money_map(weighted))]
    for r in rows:
        closed = r.stage not in pipeline.OPEN_STAGES
        suffix = (
            ctx.t("insight.pipeline.closed_suffix") if closed else f" × {pct(r.probability)} = {money_map(r.weighted)}"
        )
        value = money_map(r.value)
        if len(r.value) > 1 and not closed:
            value = f"({value})"  # the probability multiplies every currency's amount
        lines.append(f"• {ctx.stage(r.stage)}: {r.count} — {value}{suffix}")
    acted = Acted(question="pipeline", details=(("open_deals", count),))
    image = None
    folder = charts_folder(ctx)
    if folder is not None and open_rows:
        labels = [money_map(r.value) if r.value else "-" for r in open_rows]
        counts = [r.count for r in open_rows]
        image = charts.funnel([r.stage for r in open_rows], counts, labels, title=PIPELINE_TITLE, folder=folder).path
    return Reply("\n".join(lines), acted=acted, image_path=image)


def win_rate(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    period = window(frame.period, now=ctx.now(), tz=ctx.business_tz)
    since = period.since or ctx.now() - timedelta(days=3650)
    found = pipeline.win_rate(
        session=session, since=since, until=period.until, owner_ids=owner_filter(frame, ctx, session)
    )
    reply = ctx.t(
        "insight.win_rate",
        period=period.text(ctx),
        rate=pct(found.rate),
        won=found.won,
        lost=found.lost,
        won_value=money_map(found.won_value),
        lost_value=money_map(found.lost_value),
    )
    return Reply(reply, acted=Acted(question="win_rate", details=(("period", period.label),)))


def idle(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    limits = ctx.settings.stage_idle_day_map
    total, deals = pipeline.idle(
        session=session, limits=limits, now=ctx.now(), owner_ids=owner_filter(frame, ctx, session)
    )
    acted = Acted(question="idle_deals", details=(("count", total),))
    if not total:
        return Reply(ctx.t("insight.idle.none"), acted=acted)
    lines = [ctx.t("insight.idle.header", count=total)]
    for d in deals:
        who = f", {d.owner}" if d.owner else ""
        line = ctx.t(
            "insight.idle.line",
            title=d.title,
            stage=ctx.stage(d.stage),
            days=d.days_in_stage,
            limit=d.limit_days,
            value=money(d.value_minor, d.currency),
        )
        lines.append(line + who)
    lines.append(
        ctx.t("insight.idle.limits", limits=", ".join(f"{k} {number(v, digits=0)}d" for k, v in limits.items()))
    )
    return Reply("\n".join(lines), acted=acted)


def lifecycle(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    rows = pipeline.lifecycle(session=session, owner_ids=owner_filter(frame, ctx, session))
    total = sum(n for _, n in rows)
    if not total:
        return Reply(ctx.t("list.none"), acted=Acted(question="lifecycle"))
    lines = [ctx.t("insight.lifecycle.header", total=total)]
    lines.extend(f"• {ctx.stage(stage)}: {n} ({pct(n / total)})" for stage, n in rows if n or stage != "churned")
    return Reply("\n".join(lines), acted=Acted(question="lifecycle"))


def my_week(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    now = ctx.now()
    assert ctx.staff is not None
    # "my week" is the name of the question: a manager or an admin asking it gets their team's (everyone's)
    # overview, as before; a rep gets their own unless they ask for the team's ("our week", "team week").
    own = ctx.staff.role == "rep" and frame.scope == "mine"
    people = week.visible_staff(session=session, member=ctx.staff, owner_ids=access.owner_ids(session, ctx), own=own)
    rows = week.week(session=session, staff=people, since=now - timedelta(days=7), now=now)
    lines = [ctx.t("insight.week.header")]
    for row in rows:
        kinds = ", ".join(f"{n} {ctx.t('kind.' + k)}" for k, n in sorted(row.by_kind.items(), key=lambda kv: -kv[1]))
        lines.append(
            ctx.t(
                "insight.week.row",
                name=row.name,
                logged=row.logged,
                kinds=f" ({kinds})" if kinds else "",
                done=row.done,
                overdue=row.overdue,
                coming=row.coming,
            )
        )
    return Reply("\n".join(lines), acted=Acted(question="my_week", details=(("staff", len(rows)),)))


def cross_sell_answer(ctx: HandlerContext, session: Session, contact: Contact | None) -> Reply:
    rules = cross_sell.rules(session=session, thresholds=cross_sell.Thresholds.of(ctx.settings))
    acted = Acted(question="cross_sell")
    if not rules:
        return Reply(ctx.t("insight.cross_sell.none"), acted=acted)
    if contact is not None and contact.id is not None:
        acted = replace(acted, contact=contact.full_name)
        ideas = [
            r
            for r in rules
            if cross_sell.bought_a_not_b(session=session, a_id=r.a_id, b_id=r.b_id, contact_ids=[contact.id])
        ]
        if not ideas:
            return Reply(ctx.t("insight.cross_sell.contact_none", name=contact.full_name), acted=acted)
        lines = [ctx.t("insight.cross_sell.contact", name=contact.full_name)]
        lines.extend(
            ctx.t("insight.cross_sell.idea", a=r.a, b=r.b, share=pct(r.confidence), both=r.both, buyers=r.a_customers)
            for r in ideas[:3]
        )
        return Reply("\n".join(lines), acted=acted)
    lines = [ctx.t("insight.cross_sell.header")]
    for r in rules[:5]:
        lines.append(
            ctx.t(
                "insight.cross_sell.rule",
                a=r.a,
                b=r.b,
                share=pct(r.confidence),
                both=r.both,
                buyers=r.a_customers,
                lift=number(r.lift, digits=1),
                missing=r.missing,
            )
        )
    best = next((r for r in rules if r.missing), None)
    if best is not None:
        # The rules are product statistics over every customer; the names are only those the asker may see.
        targets = cross_sell.bought_a_not_b(
            session=session, a_id=best.a_id, b_id=best.b_id, limit=8, owner_ids=access.owner_ids(session, ctx)
        )
        names = ", ".join(f"{name} ({org})" if org else name for _, name, org in targets)
        lines.append(ctx.t("insight.cross_sell.targets", a=best.a, b=best.b, names=names))
    return Reply("\n".join(lines), acted=acted)
