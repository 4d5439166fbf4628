"""Questions about the portfolio and the pipeline, answered in the chat.

The understanding step read the question into a frame (``Understanding.insight``: measure, dimension, period,
scope, filter, ranking, top-n; bot/nlu/fill_insight.py); the question table (handlers/questions.py) picks its
answer. Nothing here reads the message's words.
"""

from __future__ import annotations

from dataclasses import replace

from bot.context import HandlerContext
from bot.nlu.frame import InsightFrame
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import IncomingMessage, Reply
from handlers import deal_lists, insight_pipeline, questions
from handlers.resolve import resolve

OPEN_STAGES = deal_lists.OPEN_STAGES


async def portfolio(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    return _answer(ctx, default="revenue")


async def pipeline(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    listed = u is not None and (u.insight is None or u.insight.measure == "pipeline")
    if listed and u is not None and u.amount_bound and u.amount is not None and u.stage in (None, *OPEN_STAGES):
        # "what's in negotiation over $20k?", "open deals under 5k": the deals themselves, bounded
        bound = deal_lists.Bound(u.amount_bound, u.amount, u.currency or ctx.settings.currency)
        return _tag(deal_lists.in_stage(ctx, u.stage, bound), "pipeline")
    if listed and u is not None and u.stage in OPEN_STAGES:
        return _tag(deal_lists.in_stage(ctx, u.stage), "pipeline")  # "deals in negotiation?"
    return _answer(ctx, default="pipeline")


async def cross_sell(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    frame = u.insight if u is not None else None
    with ctx.session() as session:
        contact = None
        if frame is not None and frame.filter:
            assert u is not None
            u.contact_ref = frame.filter
            found = resolve(session, ctx, u, offer_create=False)
            if found.question is not None:
                return found.question
            contact = found.contact
        return _tag(insight_pipeline.cross_sell_answer(ctx, session, contact), "cross_sell")


def _answer(ctx: HandlerContext, *, default: str) -> Reply:
    u = ctx.understanding
    frame = u.insight if u is not None and u.insight is not None else InsightFrame(default)
    intent = u.intent if u else default
    with ctx.session() as session:
        reply = questions.answer(frame, ctx, session) or questions.answer(InsightFrame(default), ctx, session)
        assert reply is not None  # the defaults (revenue, pipeline) are rows of the table
        return _tag(reply, intent)


def _tag(reply: Reply, intent: str) -> Reply:
    """The console's JSON shows the fixed intent and, in the entities, which question was answered."""
    return replace(reply, intent=intent)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.PORTFOLIO)(portfolio)
    router.intent(Intent.PIPELINE)(pipeline)
    router.intent(Intent.CROSS_SELL)(cross_sell)
