"""The question table: which answer a question about figures gets, by the (measure, dimension) of its frame.

A row is either an answer function (frame, ctx, session) -> Reply, for the answers that need their own layout, or
``Figures``: one storage query returning a figure per group (storage.analytics._sql.GroupFigure), the texts that
show it and how each figure is formatted. Adding a question is a row here, its query, its texts in the six
languages (with ``ask.<measure>``: the phrases that name it, which the understanding step reads, in every
language) and its tests.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.frame import InsightFrame
from bot.types import Acted, Reply
from handlers import insight_pipeline, insight_portfolio
from handlers.insight_format import money, owner_filter, window
from storage.analytics import pipeline
from storage.analytics._sql import GroupFigure

Answer = Callable[[InsightFrame, HandlerContext, Session], Reply]


class GroupQuery(Protocol):
    def __call__(
        self,
        *,
        session: Session,
        dimension: str,
        since: datetime | None,
        until: datetime,
        owner_ids: Collection[int] | None,
    ) -> list[GroupFigure]: ...


@dataclass(frozen=True)
class Figures:
    """A figure per group over the frame's period: ``header`` has {by} and {period}; ``line`` has {group},
    {value} (formatted by ``show``) and {count}; ``empty`` has {period}."""

    name: str  # the console's entities "question"
    query: GroupQuery
    header: str
    line: str
    empty: str
    show: Callable[[int, str], str] = money  # (minor units, currency) -> text, in the reader's locale
    default_days: int = 365


# (measure, dimension) -> answer; a row with dimension None answers the measure whatever the dimension.
QUESTIONS: dict[tuple[str, str | None], Answer | Figures] = {
    ("revenue", None): insight_portfolio.revenue_by,
    ("revenue", "customer"): insight_portfolio.top_customers,
    ("profit", "customer"): insight_portfolio.top_customers,
    ("risk", "customer"): insight_portfolio.risk_ranking,
    ("rfm", None): insight_portfolio.rfm_segments,
    ("ltv", None): insight_portfolio.lifetime_value,
    ("churn", None): insight_portfolio.churn_rate,
    ("cohorts", None): insight_portfolio.cohort_retention,
    ("pipeline", None): insight_pipeline.stages,
    ("win_rate", None): insight_pipeline.win_rate,
    ("idle", None): insight_pipeline.idle,
    ("lifecycle", None): insight_pipeline.lifecycle,
    ("my_week", None): insight_pipeline.my_week,
    ("brief", None): insight_portfolio.about_someone,
    ("timeline", None): insight_portfolio.about_someone,
    ("products", None): insight_portfolio.about_someone,
    ("channels", None): insight_portfolio.about_someone,
    # "average deal size by owner / by segment": the mean won deal; by owner when no dimension is named.
    ("deal_size", "owner"): Figures(
        "deal_size", pipeline.deal_size, "insight.deal_size.header", "insight.deal_size.line", "insight.deal_size.none"
    ),
    ("deal_size", "segment"): Figures(
        "deal_size", pipeline.deal_size, "insight.deal_size.header", "insight.deal_size.line", "insight.deal_size.none"
    ),
}


def row(frame: InsightFrame) -> tuple[Answer | Figures, str | None] | None:
    """The frame's row and the dimension it answers by: the exact (measure, dimension), else the measure's row
    for any dimension, else the measure's first row (its default dimension)."""
    for key in ((frame.measure, frame.dimension), (frame.measure, None)):
        if key in QUESTIONS:
            return QUESTIONS[key], key[1] or frame.dimension
    return next(((found, dim) for (measure, dim), found in QUESTIONS.items() if measure == frame.measure), None)


def answer(frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply | None:
    """The answer to a frame the table has a row for; None when it has none."""
    found = row(frame)
    if found is None:
        return None
    spec, dimension = found
    if isinstance(spec, Figures):
        return figures(spec, dimension or "", frame, ctx, session)
    return spec(frame, ctx, session)


def figures(spec: Figures, dimension: str, frame: InsightFrame, ctx: HandlerContext, session: Session) -> Reply:
    period = window(frame.period, now=ctx.now(), tz=ctx.business_tz, default_days=spec.default_days)
    rows = spec.query(
        session=session,
        dimension=dimension,
        since=period.since,
        until=period.until,
        owner_ids=owner_filter(frame, ctx, session),
    )
    acted = Acted(question=spec.name, details=(("by", dimension), ("period", period.label)))
    if not rows:
        return Reply(ctx.t(spec.empty, period=period.text(ctx)), acted=acted)
    lines = [ctx.t(spec.header, by=ctx.t(f"dim.{dimension}"), period=period.text(ctx))]
    lines.extend(ctx.t(spec.line, group=r.key, value=spec.show(r.value_minor, r.currency), count=r.count) for r in rows)
    return Reply("\n".join(lines), acted=acted)
