"""Answers to the questions handlers ask: which contact, shall I create it, cancel."""

from __future__ import annotations

import re
from typing import Any

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.nlu.lexicons import NO_ANSWER, yes_pattern
from bot.nlu.understanding import Understanding
from bot.router import Result, Router
from bot.types import ActionEvent, IncomingMessage, Reply
from handlers import resolve
from storage import search
from storage.search import Candidate

# The Create button's word typed, in the six languages; a bare "yes" to "Did you mean John Miller?" is not one.
_CREATE_WORDS = (
    "create", "create it", "add", "add it", "go", "new", "criar", "cria", "adiciona", "crear", "créalo", "añade",
    "créer", "crée", "ajoute", "crea", "crealo", "aggiungi", "létrehozás", "hozd létre", "vedd fel",
)  # fmt: skip
_YES = yes_pattern(*_CREATE_WORDS)
_CREATE = re.compile(rf"^(?:{'|'.join(re.escape(w) for w in _CREATE_WORDS)})\W*$", re.IGNORECASE)
_BARE_YES = yes_pattern()


async def _continue(ctx: HandlerContext, u: Understanding) -> Result:
    assert ctx.redo is not None
    return await ctx.redo(u)


async def answer_choice(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    """The reply to "which Maria?": a number, a distinguishing word, or cancel. Anything else is a new message."""
    from handlers.resolve import match_answer

    create = False
    with ctx.session() as session:
        if NO_ANSWER.match(msg.text.strip()):
            ctx.clear_pending(session)
            return Reply(ctx.t("cancelled"), intent=Intent.UNKNOWN)
        ids = [int(i) for i in payload["candidates"]]
        loaded = {c.contact_id: c for c in search._load(session, ids, {i: 100.0 for i in ids})}
        candidates: list[Candidate] = [loaded[i] for i in ids if i in loaded]
        chosen = match_answer(msg.text, candidates)
        if chosen is None and payload.get("offer_create") and _BARE_YES.match(msg.text.strip()):
            # "yes" to "Did you mean John Miller?" is John Miller; to several look-alikes, which one is asked
            if len(candidates) != 1:
                return Reply(ctx.t("contact.near_yes_which", query=payload.get("query") or ""))
            chosen = candidates[0]
        elif chosen is None and payload.get("offer_create") and _CREATE.match(msg.text.strip()):
            ctx.clear_pending(session)
            create = True
        elif chosen is None:
            ctx.clear_pending(session)
            return None
    if chosen is None:
        return await _create_and_continue(ctx, payload) if create else None
    return await _chosen(ctx, payload, chosen.contact_id)


async def _chosen(ctx: HandlerContext, payload: dict[str, Any], contact_id: int) -> Result:
    # The answer and the alias are conversation state, settled before the original request runs in its own
    # unit of work (one writer at a time: SQLite would make a nested writer wait on this one).
    with ctx.session() as session:
        ctx.clear_pending(session)
        # One answer is not a habit: "maria" becomes an alias only when the same person is chosen twice.
        search.note_choice(session=session, staff_id=ctx.staff_id, alias=payload["query"], contact_id=contact_id)
    u = Understanding.from_payload(payload["understanding"])
    u.contact_id = contact_id
    return await _continue(ctx, u)


async def pick_button(event: ActionEvent, ctx: HandlerContext) -> Result:
    with ctx.session() as session:
        payload = ctx.pending(session, "choose_contact")
    if payload is None or event.value not in {str(i) for i in payload["candidates"]}:
        return Reply(ctx.t("pending.expired"))
    return await _chosen(ctx, payload, int(event.value))


async def answer_create(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    text = msg.text.strip()
    with ctx.session() as session:
        if NO_ANSWER.match(text):
            ctx.clear_pending(session)
            return Reply(ctx.t("cancelled"), intent=Intent.UNKNOWN)
        if not _YES.match(text):
            ctx.clear_pending(session)
            return None
    return await _create_and_continue(ctx, payload)


async def create_button(event: ActionEvent, ctx: HandlerContext) -> Result:
    with ctx.session() as session:
        payload = ctx.pending(session, "offer_create")
        if payload is None:
            near = ctx.pending(session, "choose_contact")
            payload = near if near is not None and near.get("offer_create") else None
    if payload is None:
        return Reply(ctx.t("pending.expired"))
    return await _create_and_continue(ctx, payload)


async def _create_and_continue(ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    """Create the contact as part of the original request's unit of work: both happen, or neither does."""
    u = Understanding.from_payload(payload["understanding"])
    with ctx.session() as session:
        ctx.clear_pending(session)
    u.create_contact = True
    result = await _continue(ctx, u)
    rest = [result] if isinstance(result, Reply) else list(result or [])
    added = [Reply(ctx.t("contact.added", name=name, details="")) for name in ctx.created]
    return [*added, *rest]


_A_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){0,4}$")


async def answer_name(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    """The answer to "Which contact?": a name (one to five words) completes the request; anything else is new."""
    text = msg.text.strip().rstrip(".!")
    with ctx.session() as session:
        ctx.clear_pending(session)
    if NO_ANSWER.match(text):
        return Reply(ctx.t("cancelled"), intent=Intent.UNKNOWN)
    if not _A_NAME.match(text):
        return None
    u = Understanding.from_payload(payload["understanding"])
    u.contact_ref, u.mention_kind, u.mention_ids = text, None, {}
    return await _continue(ctx, u)


async def cancel_button(event: ActionEvent, ctx: HandlerContext) -> Reply:
    with ctx.session() as session:
        ctx.clear_pending(session)
    return Reply(ctx.t("cancelled"), replaces=event.message)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.answer("choose_contact")(answer_choice)
    router.answer("offer_create")(answer_create)
    router.answer(resolve.NAME_FOR)(answer_name)
    router.action(resolve.PICK_ACTION, value=ValueKind.ID)(pick_button)
    router.action(resolve.CREATE_ACTION, value=ValueKind.IGNORED)(create_button)
    router.action(resolve.CANCEL_ACTION, value=ValueKind.IGNORED)(cancel_button)
