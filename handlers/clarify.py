"""Never act on a guess: a message the intent model is unsure of is asked about, with its two best readings.

"Rui Almeida tomorrow" could be a reminder or a look-up; nothing is stored until the sender picks one (a
button, or its number), and then the message is read again as that intent and handled as if it had been
clear from the start.
"""

from __future__ import annotations

from typing import Any

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu import focus
from bot.nlu.intents import Intent
from bot.nlu.lexicons import NO_ANSWER, by_place
from bot.nlu.parser import parse
from bot.nlu.reading import read
from bot.nlu.understanding import Understanding
from bot.router import Result, Router
from bot.types import ActionEvent, Button, IncomingMessage, Reply
from handlers.admin import last_change
from handlers.resolve import CANCEL_ACTION
from storage import recent

PICK_ACTION = "crm:clarify.pick"
PENDING = "clarify"
_SHOWN = 80  # characters of the message quoted back


async def ask(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    assert u is not None and u.alternatives
    intents, labels = list(u.alternatives), {i: ctx.t(f"clarify.{i}") for i in u.alternatives}
    with ctx.session() as session:
        if Intent.UNDO in intents:
            # "delete jessica wilson" read as maybe an undo: the option says what it would undo, or goes
            last = last_change(session, ctx)
            if last is None:
                intents.remove(Intent.UNDO)
            else:
                labels[Intent.UNDO] = ctx.t("clarify.undo_what", what=last[1])
        ctx.set_pending(session, PENDING, {"text": u.text, "intents": intents})
    quoted = u.text if len(u.text) <= _SHOWN else u.text[: _SHOWN - 1] + "…"
    lines = [f"{n}. {labels[intent]}" for n, intent in enumerate(intents, start=1)]
    buttons = (
        *(Button(f"{n}. {labels[i]}", PICK_ACTION, value=i) for n, i in enumerate(intents, 1)),
        Button(ctx.t("button.cancel"), CANCEL_ACTION),
    )
    return Reply(ctx.t("clarify.question", text=quoted) + "\n" + "\n".join(lines), buttons=buttons)


async def answer(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    """ "1" or "2" picks a reading; anything else is a new message (the question is dropped)."""
    choice = msg.text.strip().rstrip(".!")
    intents = list(payload.get("intents", []))
    picked = by_place(choice)
    if picked is not None and 1 <= picked <= len(intents):
        return await _run(ctx, payload, intents[picked - 1])
    with ctx.session() as session:
        ctx.clear_pending(session)
    if NO_ANSWER.match(choice):
        # "no", "cancel", "annuler": the question is closed, never read as a new request (an undo, a look-up)
        return Reply(ctx.t("cancelled"), intent=Intent.UNKNOWN)
    return None


async def pick_button(event: ActionEvent, ctx: HandlerContext) -> Result:
    with ctx.session() as session:
        payload = ctx.pending(session, PENDING)
    if payload is None or event.value not in payload.get("intents", []):
        return Reply(ctx.t("pending.expired"))
    return await _run(ctx, payload, event.value)


async def _run(ctx: HandlerContext, payload: dict[str, Any], intent: str) -> Result:
    assert ctx.redo is not None
    with ctx.session() as session:
        ctx.clear_pending(session)
    return await ctx.redo(reread(ctx, str(payload["text"]), intent=intent))


def reread(ctx: HandlerContext, text: str, *, intent: str | None = None) -> Understanding:
    """A message read again as the sender now means it: as one of its readings, or with its date answered."""
    assert ctx.staff is not None
    now, currency = ctx.now(), ctx.settings.currency
    with ctx.session() as session:
        reading = read(text, session=session, lang=ctx.lang, now=now, tz=ctx.staff.tz, currency=currency)
        focused = recent.focus_in(
            session=session,
            platform=ctx.conversation.platform,
            chat_id=ctx.conversation.chat_id,
            user_id=ctx.user.user_id,
            now=now,
        )
    u = parse(text, now=now, tz=ctx.staff.tz, lang=ctx.lang, currency=currency, reading=reading, intent=intent)
    focus.apply(u, focused)  # "ela confirmou o pedido", picked as a log: she is still who it was
    return u


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.CLARIFY)(ask)
    router.answer(PENDING)(answer)
    router.action(PICK_ACTION, value=ValueKind.TOKEN)(pick_button)
