"""A date phrase the reader could not fully read is asked about, quoting it; nothing is stored until answered.

"f/u with Maria two sundays from now" is not guessed as "now": the assistant asks "When exactly is
'two sundays from now'?", keeps the rest of the request as a pending dialog, and runs it once the answer
reads as one whole date. A "no" cancels; another unreadable answer is asked about again.
"""

from __future__ import annotations

import re
from datetime import datetime
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
# An answer with no date read that still looks like one ("the 3Oth", "next blursday at 5") is asked about again;
# one with no digit and no date-like word is a new message
_DATE_ISH = re.compile(r"\d|\b(?:next|this|last|on|at|the|próxim|que vem|pr[oó]ximo|prochain|prossim|jövő)\b", re.I)


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
    phrase = u.date_question or ""
    key = "date.ahead_for_done" if u.date_field == "date" and _ahead(ctx, phrase) else "date.unclear"
    return Reply(ctx.t(key, phrase=phrase), acted=Acted(echo=True, echoed=u))


def _ahead(ctx: HandlerContext, phrase: str) -> bool:
    """A phrase that reads whole and lies ahead even read as the past ("next wednesday", "tomorrow")."""
    found = find_dates(phrase, now=ctx.now(), tz=ctx.tz.key, lang=ctx.lang, prefer="past")
    today = ctx.now().astimezone(ctx.tz).date()
    return len(found) == 1 and not found[0].doubt and found[0].value.astimezone(ctx.tz).date() > today


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
    if len(rest.split()) > _MAX_OTHER_WORDS or (not found and not _DATE_ISH.search(msg.text)):
        # a new request ("revenue by company this year", "my follow-ups"), not the answer
        with ctx.session() as session:
            ctx.clear_pending(session)
        return None
    if len(found) != 1 or found[0].doubt:
        u.date_question = msg.text.strip() if not found else next((m.text for m in found if m.doubt), found[0].text)
        return ask_date(ctx, u)
    if u.date_field == "date":
        u.occurred_at = past_value(found[0], now, ctx.tz.key)
        if _plan_or_either_way(msg.text, found[0].value, u, ctx):
            # "next wednesday at 10" is a plan, "wednesday 10am" either way: the message is read again with its
            # date, so a plan is scheduled (or asked about), never logged as done today or yesterday
            with ctx.session() as session:
                ctx.clear_pending(session)
            assert ctx.redo is not None
            return await ctx.redo(_answered(ctx, u, msg.text.strip()))
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


def _plan_or_either_way(answer: str, behind: datetime, u: Understanding, ctx: HandlerContext) -> bool:
    """Whether a touch's date answer lies ahead, or reads as another day ahead than behind ("wednesday")."""
    now, tz = ctx.now(), ctx.tz
    if u.occurred_at is not None and u.occurred_at.astimezone(tz).date() > now.astimezone(tz).date():
        return True
    ahead = find_dates(answer, now=now, tz=tz.key, lang=ctx.lang, prefer="future")
    return bool(ahead) and ahead[0].value.astimezone(tz).date() != behind.astimezone(tz).date()


def _answered(ctx: HandlerContext, u: Understanding, answer: str) -> Understanding:
    """The request as if it had been written with the answer in place of the phrase that could not be read."""
    from handlers.clarify import reread

    phrase = u.date_question or ""
    at = u.text.find(phrase) if phrase else -1
    text = f"{u.text[:at]}{answer}{u.text[at + len(phrase) :]}" if at >= 0 else f"{u.text} {answer}"
    ahead = u.occurred_at is not None and u.occurred_at.astimezone(ctx.tz).date() > ctx.now().astimezone(ctx.tz).date()
    # a touch answered with a day ahead cannot have happened: it is a plan; a day either way is read afresh
    again = reread(ctx, text, intent=Intent.SCHEDULE_FOLLOWUP if ahead else None)
    if again.intent not in (Intent.LOG_INTERACTION, Intent.SCHEDULE_FOLLOWUP) or again.date_question:
        again = u  # read as something else: the touch keeps the answered date, ahead of now it is asked again
        again.date_question, again.date_field = answer, "date"
    return again
