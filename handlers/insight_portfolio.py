"""Portfolio answers: revenue and margin, top and bottom customers, RFM, lifetime value, churn, cohorts,
channels and rankings. Each is a function (frame, ctx, session) -> Reply; the figures come from storage.analytics."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from bot import charts
from bot.context import HandlerContext
from bot.nlu.frame import InsightFrame
from bot.texts.formats import number
from bot.types import Acted, Reply
from handlers import brief
from handlers.insight_format import as_of_note, charts_folder, day, money, no_purchases, owner_filter, pct, window
from storage.analytics import customers, freshness, ltv, periods, retention, revenue, rfm


def revenue_by(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    dim = frame.dimension or "segment"
    period = window(frame.period, now=ctx.now(), tz=ctx.business_tz)
    rows = revenue.revenue_by(
        session=session,
        dimension=dim,
        since=period.since,
        until=period.until,
        owner_ids=owner_filter(frame, ctx, session),
        now=ctx.now(),
    )
    acted = Acted(question="revenue", details=(("by", dim), ("period", period.label)))
    if not rows:
        return Reply(no_purchases(ctx, session, frame, period.text(ctx)), acted=acted)
    lines = [ctx.t("insight.revenue.header", by=ctx.t(f"dim.{dim}"), period=period.text(ctx))]
    for row in rows[:12]:
        margin = ""
        if row.margin_minor is not None:
            share = row.margin_minor / row.costed_minor
            margin = ctx.t("insight.revenue.margin", margin=money(row.margin_minor, row.currency), share=pct(share))
        lines.append(
            f"• {row.key}: {money(row.revenue_minor, row.currency)}{margin} — "
            + ctx.t(
                "insight.revenue.counts",
                customers=ctx.tn("insight.revenue.customers", row.customers),
                purchases=ctx.tn("insight.revenue.purchases", row.purchases),
            )
        )
    if dim == "tag":
        lines.append(ctx.t("insight.revenue.tag_overlap"))
    if any(r.costed_minor < r.revenue_minor for r in rows):
        lines.append(ctx.t("insight.revenue.margin_note"))
    lines += as_of_note(ctx, session, period.since, period.until)
    image = None
    folder = charts_folder(ctx)
    if folder is not None:
        main = max({r.currency for r in rows}, key=lambda c: sum(r.revenue_minor for r in rows if r.currency == c))
        top = [r for r in rows if r.currency == main][:10]
        title = f"Revenue by {dim}, {period.label} ({main})"
        image = charts.bars(
            [r.key for r in top], [r.revenue_minor / 100 for r in top], title=title, unit=main, folder=folder
        ).path
    return Reply("\n".join(lines), acted=acted, image_path=image)


def top_customers(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    bottom = frame.ranking == "bottom"
    by = "profit" if frame.measure == "profit" else "revenue"
    limit = frame.top_n or 5
    period = window(frame.period, now=ctx.now(), tz=ctx.business_tz)
    figures = revenue.customers_ranked(
        session=session,
        since=period.since,
        until=period.until,
        by=by,
        bottom=bottom,
        limit=limit,
        owner_ids=owner_filter(frame, ctx, session),
    )
    acted = Acted(
        question="customers", details=(("by", by), ("order", "bottom" if bottom else "top"), ("period", period.label))
    )
    if not figures:
        return Reply(no_purchases(ctx, session, frame, period.text(ctx)), acted=acted)
    key = "insight.customers.bottom" if bottom else "insight.customers.top"
    lines = [ctx.t(key, count=limit, by=ctx.t(f"measure.{by}"), period=period.text(ctx))]
    currency = None
    for f in figures:
        if f.currency != currency:
            currency = f.currency
            lines.append(f"{currency}:")
        org = f" ({f.organization})" if f.organization else ""
        profit = (
            ctx.t("insight.customers.profit", profit=money(f.margin_minor, f.currency))
            if f.margin_minor is not None
            else ""
        )
        lines.append(f"  • {f.name}{org}: {money(f.revenue_minor, f.currency)}{profit}")
    lines += as_of_note(ctx, session, period.since, period.until)
    return Reply("\n".join(lines), acted=acted)


def rfm_segments(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    found = rfm.segments(session=session, now=ctx.now(), owner_ids=owner_filter(frame, ctx, session))
    total = sum(s.customers for s in found)
    if not total:
        return Reply(no_purchases(ctx, session, frame, ctx.t("period.all")), acted=Acted(question="rfm"))
    lines = [ctx.t("insight.rfm.header", total=total)]
    for seg in found:
        names = ctx.t("insight.rfm.examples", names=", ".join(seg.examples)) if seg.examples else ""
        name = ctx.t(f"rfm.{seg.name.replace(' ', '_')}")
        lines.append(f"• {name}: {seg.customers} ({pct(seg.customers / total)}){names}")
    lines.append(ctx.t("insight.rfm.how"))
    lines += as_of_note(ctx, session, ctx.now() - freshness.YEAR, ctx.now())
    return Reply("\n".join(lines), acted=Acted(question="rfm"))


def lifetime_value(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    now = ctx.now()
    owners = owner_filter(frame, ctx, session)
    report = ltv.by_segment(session=session, now=now, window_days=ctx.settings.churn_window_days, owner_ids=owners)
    best = revenue.customers_ranked(session=session, since=None, until=now, limit=3, owner_ids=owners)
    lines = [ctx.t("insight.ltv.header")]
    for seg in report.segments:
        lines.append(
            ctx.t(
                "insight.ltv.segment",
                segment=seg.segment,
                currency=seg.currency,
                average=money(seg.average_minor, seg.currency),
                customers=seg.customers,
                projected=money(seg.projected_minor, seg.currency),
            )
        )
    if best:
        lines.append(ctx.t("insight.ltv.best"))
        lines.extend(f"• {f.name}: {money(f.revenue_minor, f.currency)}" for f in best)
    churn = pct(report.annual_churn) if report.annual_churn is not None else "n/a"
    lines.append(ctx.t("insight.ltv.lifetime", years=number(report.lifetime_years, digits=1), churn=churn))
    lines.append(ltv.FORMULA)
    if report.as_of is None:
        lines += as_of_note(ctx, session, now - freshness.YEAR, now)
    elif report.as_of != now:
        # The per-segment figures are the nightly summary's, all-time ones included; the top customers are live.
        local = report.as_of.astimezone(ctx.tz)
        lines.append(ctx.t("insight.ltv.as_of", at=f"{day(report.as_of, ctx.tz)} {local:%H:%M}"))
    return Reply("\n".join(lines), acted=Acted(question="ltv"))


def churn_rate(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    period = window(frame.period, now=ctx.now(), tz=ctx.business_tz, default_days=90)
    start = period.since or ctx.now() - timedelta(days=365)
    days = ctx.settings.churn_window_days
    found = retention.churn(
        session=session, start=start, end=period.until, window_days=days, owner_ids=owner_filter(frame, ctx, session)
    )
    acted = Acted(question="churn", details=(("period", period.label),))
    text_out = ctx.t(
        "insight.churn",
        period=period.text(ctx),
        rate=pct(found.rate),
        churned=found.churned,
        active=found.active_at_start,
        days=days,
    )
    return Reply(text_out, acted=acted)


def cohort_retention(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    found = retention.cohorts(session=session, now=ctx.now(), months=12, owner_ids=owner_filter(frame, ctx, session))
    acted = Acted(question="cohorts")
    if not found:
        return Reply(no_purchases(ctx, session, frame, ctx.t("period.last_months", n=12)), acted=acted)
    lines = [ctx.t("insight.cohorts.header")]
    for c in found:
        later = [pct(c.share(i)) for i in (1, 2, 3) if i < len(c.retained)]
        shares = ", ".join(f"+{i + 1}m {s}" for i, s in enumerate(later)) or ctx.t("period.mtd")
        lines.append(ctx.t("insight.cohorts.line", month=c.month, size=c.size, shares=shares))
    at = retention.summary_as_of(session=session, now=ctx.now(), months=12)
    if at is not None and at != ctx.now():
        lines.append(ctx.t("insight.cohorts.as_of", at=f"{day(at, ctx.tz)} {at.astimezone(ctx.tz):%H:%M}"))
    image = None
    folder = charts_folder(ctx)
    if folder is not None:
        matrix = [[c.share(i) for i in range(len(c.retained))] for c in found]
        image = charts.heatmap(
            [c.month for c in found], matrix, title="Retention by monthly cohort", folder=folder
        ).path
    return Reply("\n".join(lines), acted=acted, image_path=image)


def channel_preferences(
    frame: InsightFrame, ctx: HandlerContext, session: Session, contact_ids: list[int] | None
) -> Reply:
    now = ctx.now()
    rows = customers.channels(
        session=session,
        since=periods.question_end(now) - timedelta(days=365),
        until=periods.question_end(now),
        contact_ids=contact_ids,
        owner_ids=owner_filter(frame, ctx, session),
    )
    acted = Acted(question="channels")
    if not rows:
        return Reply(ctx.t("insight.channels.none"), acted=acted)
    totals: dict[str, int] = {}
    for key, _, count in rows:
        totals[key] = totals.get(key, 0) + count
    lines = [ctx.t("insight.channels.header")]
    for key in sorted(totals, key=lambda k: -totals[k])[:15]:
        kinds = [(kind, n) for k, kind, n in rows if k == key]
        lines.append(
            f"• {key}: " + ", ".join(f"{ctx.t('kind.' + kind)} {pct(n / totals[key])}" for kind, n in kinds[:4])
        )
    if contact_ids is None:
        lines += as_of_note(ctx, session, now - freshness.YEAR, now)
    return Reply("\n".join(lines), acted=acted)


def risk_ranking(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    """Customers by risk: silence against their own rhythm."""
    floor = ctx.settings.at_risk_floor_days
    rows = customers.risk_ranking(
        session=session, now=ctx.now(), floor_days=floor, owner_ids=owner_filter(frame, ctx, session)
    )
    lines = [ctx.t("insight.rank.risk", factor=ctx.settings.at_risk_factor)]
    for r in rows:
        rhythm = (
            ctx.t("insight.risk.rhythm", days=number(r.cadence_days, digits=0))
            if r.cadence_days
            else ctx.t("insight.risk.no_rhythm")
        )
        flag = " ⚠" if r.ratio >= ctx.settings.at_risk_factor else ""
        org = f" ({r.organization})" if r.organization else ""
        line = ctx.t(
            "insight.risk.line",
            name=f"{r.name}{org}",
            days=r.silent_days,
            rhythm=rhythm,
            ratio=number(r.ratio, digits=1),
        )
        lines.append(line + flag)
    lines += as_of_note(ctx, session, ctx.now() - freshness.YEAR, ctx.now())
    return Reply("\n".join(lines), acted=Acted(question="rank", details=(("by", "risk"),)))


def about_someone(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    """A brief, a timeline, what someone buys or how they like to be reached: about ``frame.filter``."""
    if not frame.filter:
        if frame.measure == "channels":
            return channel_preferences(frame, ctx, session, None)
        return Reply(ctx.t("insight.brief.need_name"), acted=Acted(question=frame.measure))
    subject = brief.find_subject(session, ctx, frame.filter)
    if subject is None:
        return Reply(ctx.t("contact.not_found", query=frame.filter), acted=Acted(question=frame.measure))
    if frame.measure == "products":
        return brief.products(subject, ctx, session)
    if frame.measure == "channels":
        ids = [c.id for c in subject.contacts if c.id is not None]
        return channel_preferences(frame, ctx, session, ids)
    return brief.brief(subject, ctx, session)
