"""Questions about the portfolio and the pipeline, answered in the chat.

The parser's intent list is fixed (portfolio, pipeline, cross_sell), so the sub-question ("brief me on
Acme", "churn rate", "win rate", "my week", ...) is read here from the words of the question. The
intent only chooses the default answer when no sub-question matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import brief, insight_pipeline, insight_portfolio
from handlers.resolve import resolve

Answer = Callable[[str, HandlerContext, Session], Reply]

# First match wins; the order puts the specific questions before the general ones.
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("brief", r"\bbrief(?:ing)?\b|\bprep(?:are)?\b(?:\s+me)?\s+for\b|\bmeeting prep\b"),
    ("my_week", r"\bmy week\b|\b(?:our|team'?s?|the) week\b|\bweekly (?:summary|report|review)\b"),
    ("timeline", r"\btimeline\b|\bhistory of\b"),
    (
        "products",
        r"\bwhat (?:does|do|did) .+ (?:buy|purchase)\b|\bproducts? (?:of|for)\b|\b(?:doesn'?t|never|not) buy\b",
    ),
    ("win_rate", r"\bwin(?:ning)? (?:rate|ratio)\b|\bclose rate\b|\bwon (?:vs|versus|and) lost\b|\bconversion\b"),
    ("idle", r"\bidle\b|\bstalled\b|\bstuck\b|\bstale deals?\b|\bsitting\b"),
    ("lifecycle", r"\blifecycle\b|\blife cycle\b|\bfunnel of contacts\b|\bprospects?\b.*\bleads?\b"),
    ("ltv", r"\blifetime value\b|\bltv\b|\bclv\b|\bworth over\b"),
    ("cohorts", r"\bcohorts?\b|\bretention\b|\bretained\b"),
    ("churn", r"\bchurn(?:ed)?\b"),
    ("rfm", r"\brfm\b|\bchampions\b|\bhibernating\b|\bloyal customers\b|\bcustomer segments\b"),
    ("channels", r"\bchannels?\b|\b(?:like|likes|prefer|prefers) to be (?:contacted|reached)\b"),
    ("rank", r"\brank(?:ing)?\b|\bby risk\b|\briskiest\b"),
    ("customers", r"\b(?:top|bottom|best|worst|biggest|smallest|most profitable|least profitable)\b"),
    ("revenue", r"\brevenue\b|\bsales\b|\bmargin\b|\bprofit\b|\bturnover\b"),
    ("pipeline", r"\bpipeline\b|\bdeals?\b|\bforecast\b|\bfunnel\b"),
)
_COMPILED = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in QUESTIONS)

_ANSWERS: dict[str, Answer] = {
    "revenue": insight_portfolio.revenue_by,
    "customers": insight_portfolio.top_customers,
    "rfm": insight_portfolio.rfm_segments,
    "ltv": insight_portfolio.lifetime_value,
    "churn": insight_portfolio.churn_rate,
    "cohorts": insight_portfolio.cohort_retention,
    "rank": insight_portfolio.ranking,
    "pipeline": insight_pipeline.stages,
    "win_rate": insight_pipeline.win_rate,
    "idle": insight_pipeline.idle,
    "lifecycle": insight_pipeline.lifecycle,
    "my_week": insight_pipeline.my_week,
}
_ABOUT_SOMEONE = ("brief", "timeline", "products", "channels")


def question_of(text: str, default: str) -> str:
    for name, pattern in _COMPILED:
        if pattern.search(text):
            return name
    return default


async def portfolio(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    return _answer(ctx, default="revenue")


async def pipeline(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    return _answer(ctx, default="pipeline")


async def cross_sell(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    text = u.text if u else msg.text
    ref = _cross_sell_ref(text)
    with ctx.session() as session:
        contact = None
        if ref:
            assert u is not None
            u.contact_ref = ref
            found = resolve(session, ctx, u, offer_create=False)
            if found.question is not None:
                return found.question
            contact = found.contact
        return _tag(insight_pipeline.cross_sell_answer(ctx, session, contact), "cross_sell")


def _cross_sell_ref(text: str) -> str | None:
    match = re.search(r"\bwhat (?:else )?(?:can|could|should) (.+?) buy\b|\b(?:for|to) ([A-Z][\w' -]+?)\??$", text)
    if not match:
        return None
    ref = (match.group(1) or match.group(2) or "").strip()
    return None if ref.lower() in ("we", "i", "they", "customers", "people", "our customers") else ref


def _answer(ctx: HandlerContext, *, default: str) -> Reply:
    u = ctx.understanding
    text = u.text if u else ""
    intent = u.intent if u else default
    question = question_of(text, default)
    with ctx.session() as session:
        if question in _ABOUT_SOMEONE:
            return _tag(_about(question, text, ctx, session), intent)
        return _tag(_ANSWERS[question](text, ctx, session), intent)


def _about(question: str, text: str, ctx: HandlerContext, session: Session) -> Reply:
    ref = brief.target(text)
    if not ref:
        if question == "channels":
            return insight_portfolio.channel_preferences(text, ctx, session, None)
        return Reply(ctx.t("insight.brief.need_name"), acted=Acted(question=question))
    subject = brief.find_subject(session, ctx, ref)
    if subject is None:
        return Reply(ctx.t("contact.not_found", query=ref), acted=Acted(question=question))
    if question == "products":
        return brief.products(subject, ctx, session)
    if question == "channels":
        ids = [c.id for c in subject.contacts if c.id is not None]
        return insight_portfolio.channel_preferences(text, ctx, session, ids)
    return brief.brief(subject, ctx, session)


def _tag(reply: Reply, intent: str) -> Reply:
    """The console's JSON shows the fixed intent and, in the entities, which question was answered."""
    from dataclasses import replace

    return replace(reply, intent=intent)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.PORTFOLIO)(portfolio)
    router.intent(Intent.PIPELINE)(pipeline)
    router.intent(Intent.CROSS_SELL)(cross_sell)
