"""Help, undo, linking platform accounts, and the answer to what is not understood."""

from __future__ import annotations

import re

from sqlmodel import Session

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.nlu.lexicons import NO_ANSWER, fold
from bot.router import Router
from bot.texts import t
from bot.types import ActionEvent, Button, IncomingMessage, Reply
from handlers.resolve import CANCEL_ACTION
from storage import audit
from storage import staff as staff_repo
from storage.errors import UserError
from storage.models import AuditLog

# Examples offered when a message is not understood, by key; their text is in bot/texts/<lang>.py.
EXAMPLE_KEYS = (
    "log",
    "log_meeting",
    "log_followup",
    "find",
    "find_email",
    "followup",
    "followup_date",
    "followups",
    "add",
    "birthdays",
    "stale",
    "at_risk",
    "purchase",
    "deal",
    "undo",
    "link",
    "need",
    "needs_search",
    "connected",
    "offer",
)
_SHOWN = 3


def closest_examples(text: str, lang: str, *, count: int = _SHOWN) -> list[str]:
    """The examples nearest to what was typed, in the reader's language (matched against English too).

    Typed words are compared with the examples' words one by one, so "cll mraia" still finds the
    example with "call" and "Maria"; the whole-text similarity breaks ties.
    """
    from rapidfuzz import fuzz, process

    typed = [w for w in re.findall(r"[^\W\d_]+|[€$@?]", text.lower()) if len(w) > 2 or w in "€$@?"]
    scored: list[tuple[float, int, str]] = []
    for order, key in enumerate(EXAMPLE_KEYS):
        own = t(lang, "example." + key)
        texts = {own.lower(), t("en", "example." + key).lower()}
        words = {w for text_ in texts for w in re.findall(r"[^\W\d_]+|[€$@?]", text_) if len(w) > 2 or w in "€$@?"}
        hits = sum(1 for w in typed if process.extractOne(w, words, scorer=fuzz.ratio, score_cutoff=74))
        whole = max(fuzz.token_set_ratio(text.lower(), candidate) for candidate in texts)
        scored.append((hits * 100 + whole, -order, own))
    scored.sort(reverse=True)
    return [example for _, _, example in scored[:count]]


async def help_(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    if ctx.understanding is not None and ctx.understanding.debug is not None:
        from handlers.debug import explain

        return await explain(msg, ctx)
    return Reply(ctx.t("help"), intent=Intent.HELP)


async def start(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    if ctx.staff is not None:
        return Reply(ctx.t("help"), intent=Intent.HELP)
    return Reply(ctx.t("start"), intent=Intent.HELP)


async def unknown(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """Not understood: say so, and offer the examples closest to what was typed. Nothing is written."""
    shown = " ".join(msg.text.split())
    if len(shown) > 60:
        shown = shown[:57] + "…"
    examples = "\n".join(f"• {e}" for e in closest_examples(msg.text, ctx.lang))
    return Reply(ctx.t("unknown", text=shown, examples=examples), intent=Intent.UNKNOWN)


def last_change(session: Session, ctx: HandlerContext) -> tuple[AuditLog, str] | None:
    """The sender's last change an undo would revert, and how the reader's language says it ("the new contact
    Maria Silva"); shown before it is undone, so an undo offered as a reading is never blind."""
    entry = audit.last_undoable(session=session, staff_id=ctx.staff_id)
    if entry is None:
        return None
    known = {"create": "create", "update": "update", "correct": "update", "snooze": "snooze", "done": "done"}
    action = known.get(entry.action, "other")
    name = str((entry.detail or {}).get("name") or "")
    return entry, " ".join(ctx.t(f"undo.what.{action}", entity=ctx.t(f"entity.{entry.entity}"), name=name).split())


UNDO_ACTION = "crm:undo"


async def undo(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    with ctx.session() as session:
        last = last_change(session, ctx)
        if last is None:
            return Reply(ctx.t("undo.nothing"), intent=Intent.UNDO)
        entry, what = last
        if NO_ANSWER.match(msg.text.strip()) or _names_another(msg.text, what) or ctx.interrupted:
            # "desfaz" typed while a question was open may mean "drop the question": shown, never run blind
            # A bare "annuler", "annulla", "cancelar" is also the Cancel button's label, typed to drop a question:
            # what it would undo is shown and confirmed, never reverted on a word that may mean "never mind".
            buttons = (
                Button(ctx.t("clarify.undo_what", what=what), UNDO_ACTION, value=str(entry.id), style="danger"),
                Button(ctx.t("button.cancel"), CANCEL_ACTION),
            )
            return Reply(ctx.t("undo.confirm", what=what), buttons=buttons, intent=Intent.UNDO)
        return _undo(session, ctx, entry, what)


# The words of an undo request that name no change: "undo that", "desfaz a última alteração", "vond vissza".
_UNDO_WORDS = frozenset(
    [
        "undo",
        "revert",
        "that",
        "this",
        "it",
        "the",
        "last",
        "my",
        "change",
        "please",
        "pls",
        "desfaz",
        "desfazer",
        "desfaça",
        "isso",
        "aquilo",
        "ultima",
        "ultimo",
        "alteracao",
        "mudanca",
        "deshaz",
        "deshacer",
        "eso",
        "lo",
        "cambio",
        "annule",
        "annuler",
        "annulez",
        "ca",
        "cela",
        "derniere",
        "dernier",
        "modification",
        "annulla",
        "quello",
        "quella",
        "ultima",
        "modifica",
        "vond",
        "vonja",
        "vissza",
        "visszavonas",
        "az",
        "utolso",
        "utolsot",
        "modositast",
        "valtoztatast",
        "por",
        "favor",
        "stp",
        "svp",
        "per",
        "favore",
        "kerlek",
        "legyszi",
    ]
)


def _names_another(text: str, what: str) -> bool:
    """ "undo the email to john" when the last change is a call with Sarah: a word of the request that the last
    change does not have means another change was meant, so the last one is shown and confirmed, never undone."""
    said = {w for w in re.findall(r"\w+", fold(text)) if len(w) > 2 and w not in _UNDO_WORDS}
    return bool(said - set(re.findall(r"\w+", fold(what))))


async def undo_button(event: ActionEvent, ctx: HandlerContext) -> Reply:
    """The confirmed undo: only if that change is still the sender's last (nothing newer was done since)."""
    with ctx.session() as session:
        last = last_change(session, ctx)
        if last is None or str(last[0].id) != event.value:
            return Reply(ctx.t("pending.expired"))
        return _undo(session, ctx, *last)


def _undo(session: Session, ctx: HandlerContext, entry: AuditLog, what: str) -> Reply:
    audit.apply_undo(session=session, entry=entry)
    ctx.audit(
        session,
        at=ctx.now(),
        action="undo",
        entity=entry.entity,
        entity_id=entry.entity_id,
        detail={"audit_id": entry.id},
    )
    return Reply(ctx.t("undo.done", what=what), intent=Intent.UNDO)


async def link(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """/link CODE: attach this platform account to the staff member the code was issued for."""
    parts = msg.text.split(maxsplit=1)
    lang = ctx.lang
    if len(parts) < 2:
        return Reply(t(lang, "link.usage"))
    now = ctx.now()
    with ctx.session() as session:
        member = staff_repo.redeem_link_code(session=session, code=parts[1], now=now)
        if member is None:
            return Reply(t(lang, "link.bad"))
        staff_repo.link_identity(
            session=session,
            staff=member,
            platform=msg.user.platform,
            external_id=msg.user.user_id,
            chat_id=msg.conversation.chat_id if msg.conversation.is_private else None,
            now=now,
        )
        audit.record(
            session=session,
            at=now,
            staff_id=member.id,
            action="link",
            entity="staff",
            entity_id=member.id,
            detail={"platform": msg.user.platform},
        )
    return Reply(t(member.language, "link.ok", name=member.display_name, role=member.role))


async def issue_link_code(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """/linkcode HANDLE [Display Name] [role]: admins create (if needed) a staff member and a one-time code."""
    if ctx.staff is None or ctx.staff.role != "admin":
        return Reply(ctx.t("link.need_admin"))
    parts = msg.text.split()[1:]
    if not parts:
        raise UserError("error.linkcode_usage")
    handle = parts[0].lstrip("@").lower()
    role = parts[1].lower() if len(parts) > 1 and parts[1].lower() in ("rep", "manager", "admin") else "rep"
    now = ctx.now()
    with ctx.session() as session:
        member, _ = staff_repo.ensure(
            session=session,
            handle=handle,
            display_name=handle.capitalize(),
            role=role,
            now=now,
            tz=ctx.settings.default_timezone,
            language=ctx.settings.default_language,
            by=ctx.staff_id,
            via="link code",
        )
        code = staff_repo.issue_link_code(session=session, staff=member, now=now)
        ctx.audit(
            session,
            at=now,
            action="link_code",
            entity="staff",
            entity_id=member.id,
        )
    return Reply(ctx.t("link.issued", name=member.display_name, code=code))


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.command("start", public=True)(start)
    router.command("link", public=True)(link)
    router.command("linkcode")(issue_link_code)
    router.intent(Intent.HELP)(help_)
    router.intent(Intent.UNDO)(undo)
    router.action(UNDO_ACTION, value=ValueKind.ID)(undo_button)
    router.fallback()(unknown)
