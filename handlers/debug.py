"""'What did you understand?' and '/debug <text>': the intent and entities, as the console's --json shows them."""

from __future__ import annotations

import json
from typing import Any

from bot import reply_entities
from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.nlu.parser import parse
from bot.nlu.reading import read
from bot.types import IncomingMessage, Reply
from handlers import access
from storage import recent, search


async def explain(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    assert u is not None and u.debug is not None
    if u.debug:
        return _explain_text(ctx, u.debug)
    with ctx.session() as session:
        last = recent.recall(
            session=session,
            platform=msg.conversation.platform,
            chat_id=msg.conversation.chat_id,
            user_id=msg.user.user_id,
            now=ctx.now(),
        )
    if last is None:
        return Reply(ctx.t("debug.nothing"), intent=Intent.HELP)
    shown = {"intent": last.get("intent"), "entities": last.get("entities", {})}
    if last.get("parsed") and last["parsed"] != shown["entities"]:
        shown["as_typed"] = last["parsed"]
    return _reply(ctx, last.get("text", ""), shown)


def _explain_text(ctx: HandlerContext, text: str) -> Reply:
    """Parse without acting: nothing is written, the reference is only looked up."""
    assert ctx.staff is not None
    now, currency = ctx.now(), ctx.settings.currency
    with ctx.session() as session:
        reading = read(text, session=session, lang=ctx.lang, now=now, tz=ctx.staff.tz, currency=currency)
    understood = parse(text, now=now, tz=ctx.staff.tz, lang=ctx.lang, currency=currency, reading=reading)
    shown: dict[str, Any] = {"intent": understood.intent, "entities": reply_entities.understood(understood)}
    if understood.contact_ref:
        with ctx.session() as session:
            found = search.find_contacts(
                session=session,
                query=understood.contact_ref,
                staff_id=ctx.staff_id,
                now=ctx.now(),
                limit=3,
                owner_ids=access.owner_ids(session, ctx),
            )
        if found:
            shown["candidates"] = [f"{c.full_name} ({round(c.score)})" for c in found]
    return _reply(ctx, text, shown)


def _reply(ctx: HandlerContext, text: str, shown: dict[str, Any]) -> Reply:
    body = json.dumps(shown, ensure_ascii=False, indent=1)
    return Reply(ctx.t("debug.header", text=text) + "\n" + body, intent=Intent.HELP)
