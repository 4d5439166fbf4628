"""A date phrase the reader could not fully read is asked about, quoting it; nothing is stored until answered.

"f/u with Maria two sundays from now" is not guessed as "now": the assistant asks "When exactly is
'two sundays from now'?", keeps the rest of the request as a pending dialog, and runs it once the answer
reads as one whole date. A "no" cancels; another unreadable answer is asked about again.
"""

from __future__ import annotations

from typing import Any

from bot.context import HandlerContext
from bot.nlu.dates import find_dates
from bot.nlu.fill_log import past_value, set_follow_up
from bot.nlu.intents import Intent
from bot.nlu.lexicons import NO_ANSWER
from bot.nlu.understanding import Understanding
from bot.router import Result, Router
from bot.types import Acted, IncomingMessage, Reply

PENDING = "ask_date"
_MAX_OTHER_WORDS = 2  # "on the 20th please": an answer may carry a word or two besides the date


def untimed(ctx: HandlerContext, u: Understanding) -> str:
    """ " (no time given, 09:00)" after a follow-up whose phrase named only a day, and " (end of the working day,
    17:00)" after "eod", so the sender sees the convention and can correct it."""
    if u.follow_up_at is None:
        return ""
    if u.follow_up_end_of_day:
        return " " + ctx.t("date.end_of_day", time=u.follow_up_at.astimezone(ctx.tz).strftime("%H:%M"))
    if u.follow_up_timed:
        return ""
    return " " + ctx.t("date.no_time", time=u.follow_up_at.astimezone(ctx.tz).strftime("%H:%M"))


def ask_date(ctx: HandlerContext, u: Understanding) -> Reply:
    """The question, with the request kept for the answer."""
    with ctx.session() as session:
        ctx.set_pending(session, PENDING, {"understanding": u.to_payload()})
    return Reply(ctx.t("date.unclear", phrase=u.date_question or ""), acted=Acted(echo=True, echoed=u))


async def answer_date(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    u = Understanding.from_payload(payload["understanding"])
    if NO_ANSWER.match(msg.text.strip()):
        with ctx.session() as session:
            ctx.clear_pending(session)
        return Reply(ctx.t("cancelled"), intent=Intent.UNKNOWN)
    now = ctx.now()
    prefer = "past" if u.date_field == "date" else "future"
    found = find_dates(msg.text, now=now, tz=ctx.tz.key, lang=ctx.lang, prefer=prefer)
    rest = msg.text
    for match in reversed(found):
        rest = rest[: match.start] + rest[match.end :]
    if len(rest.split()) > _MAX_OTHER_WORDS:  # a new request ("revenue by company this year"), not the answer
        with ctx.session() as session:
            ctx.clear_pending(session)
        return None
    if len(found) != 1 or found[0].doubt:
        u.date_question = msg.text.strip() if not found else next((m.text for m in found if m.doubt), found[0].text)
        return ask_date(ctx, u)
    if u.date_field == "date":
        u.occurred_at = past_value(found[0], now, ctx.tz.key)
    else:
        set_follow_up(u, found[0], now)
    u.date_question = u.date_field = None
    with ctx.session() as session:
        ctx.clear_pending(session)
    assert ctx.redo is not None
    return await ctx.redo(u)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.answer(PENDING)(answer_date)
