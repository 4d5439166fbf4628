"""The pipeline around every handler: size limits, identity, pending questions, parsing, error guard.

Identity is decided here and only here: which staff member a platform account is (bot/identity.py), linking
by a platform-verified e-mail, and remembering a direct chat for nudges. Adapters only describe the sender.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from sqlmodel import Session

from bot import group_policy, identity, prelude, reply_entities
from bot.context import HandlerContext, Services
from bot.inputs import valid_value
from bot.nlu import focus
from bot.nlu.intents import Intent
from bot.nlu.parser import SLASH_INTENTS, parse
from bot.nlu.reading import read
from bot.nlu.understanding import Understanding
from bot.requests import FormOutcome, Request
from bot.router import Result, Router
from bot.textclean import clean_text
from bot.texts import formats, t
from bot.types import ActionEvent, ConversationRef, IncomingMessage, Reply, UserRef, as_list
from storage import dialogs, recent
from storage.errors import Refusal, UserError
from storage.models import Staff
from storage.textguard import TextTooLong

log = logging.getLogger(__name__)
REFUSAL_EVERY = timedelta(hours=1)
# Set by Dispatcher.settling(): the adapter records the event as handled after sending the replies.
_SETTLE_LATER: ContextVar[list[IncomingMessage | ActionEvent] | None] = ContextVar("settle_later", default=None)
R = TypeVar("R")
_COMMAND = re.compile(r"^/(\w+)(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
# A message carrying a file goes to this command, its caption ("import as interactions") as the arguments.
UPLOAD_COMMAND = "upload"
# The word for a column in the "too long" answer (any other column is a "text").
FIELD_LABELS = {"full_name": "name", "name": "name", "display_name": "name", "notes": "notes", "summary": "summary"}
FIELD_LABELS |= {"title": "title", "email": "email", "tag": "tag", "organization.name": "company"}


class Dispatcher:
    """Turns one platform-neutral event into replies. Adapters call :meth:`dispatch` and render the result."""

    def __init__(self, router: Router, services: Services) -> None:
        self.router = router
        self.services = services

    # -- what adapters may ask besides dispatching ----------------------------------------------------

    def command_words(self, *, with_intents: bool = False) -> frozenset[str]:
        """Names that, typed first, mean a command (for a platform that swallows a leading "/"): the registered
        commands, and with ``with_intents`` the slash forms of intents too ("/find maria")."""
        words = frozenset(self.router.commands)
        return words | frozenset(SLASH_INTENTS) if with_intents else words

    def link_admins(self, *, platform: str, accounts: list[tuple[str, str | None]], handle_prefix: str) -> int:
        """Link the accounts (user id, direct chat id) the adapter's settings name as admins, at start-up."""
        return identity.link_configured_admins(
            self.services, platform=platform, accounts=accounts, handle_prefix=handle_prefix
        )

    async def answer(self, request: Request[R]) -> R:
        """A request that is not a chat message (bot/requests.py): identified like one, routed by its type and
        route; a stranger, a request nobody handles or a failure gets the request's ``declined`` answer."""
        lang = self.services.settings.default_language
        try:
            staff = await identity.identify(self.services, request.user) if request.user is not None else None
            lang = self._lang(staff)
            handler, public = self.router.requests.get((type(request), request.route), (None, False))
            if handler is None:
                log.info("no handler for %s %r", type(request).__name__, request.route[:64])
                return request.declined(t(lang, "input.stale_button"))
            if staff is None and not public:
                return request.declined(t(lang, "refuse.unknown_user"))
            user = request.user or UserRef(request.platform, "")
            conversation = request.conversation or ConversationRef(user.platform, user.user_id, is_private=True)
            formats.READER.set(lang)
            ctx = HandlerContext(self.services, user, conversation, staff)
            result: R = await handler(request, ctx)
            if isinstance(result, FormOutcome) and result.reply is not None:
                return replace(result, reply=reply_entities.settle(result.reply, None, tz=ctx.tz))  # type: ignore[return-value]
            return result
        except Exception:
            log.exception("answering %s failed", type(request).__name__)
            return request.declined(t(lang, "error.internal"))

    @asynccontextmanager
    async def settling(
        self, event: IncomingMessage | ActionEvent
    ) -> AsyncIterator[Callable[[], Awaitable[list[Reply]]]]:
        """Dispatch, and record the event as handled only once the adapter has sent the replies.

        Used by adapters whose platform redelivers (Telegram after a crash, Slack retries): a crash between the
        handler's commit and the reply leaves the event unrecorded, so its redelivery runs the handler again,
        which finds its effect already stored (source keys) and sends the reply that never went out
        ("Already logged: …").
        """
        handled: list[IncomingMessage | ActionEvent] = []
        token = _SETTLE_LATER.set(handled)
        try:
            yield lambda: self.dispatch(event)
        finally:
            _SETTLE_LATER.reset(token)
        for done in handled:
            try:
                self._mark_seen(done)
            except Exception:
                log.exception("could not record event %s as handled", done.event_id)

    async def dispatch(self, event: IncomingMessage | ActionEvent) -> list[Reply]:
        try:
            if isinstance(event, IncomingMessage):
                return await self._message(event)
            return await self._action(event)
        except Exception:
            # Identity, pending-question or parsing trouble (the store unreachable, say): still one clear answer.
            log.exception("dispatch failed for %s", type(event).__name__)
            return [Reply(t(self.services.settings.default_language, "error.internal"), intent=Intent.UNKNOWN)]

    def _mark_seen(self, event: IncomingMessage | ActionEvent) -> None:
        if event.event_id:
            with self.services.session() as session:
                dialogs.claim_event(
                    session=session,
                    platform=event.user.platform,
                    event_id=event.event_id,
                    now=self.services.clock.now(),
                )

    def _lang(self, staff: Staff | None) -> str:
        return staff.language if staff else self.services.settings.default_language

    async def _message(self, msg: IncomingMessage) -> list[Reply]:
        msg = replace(msg, text=clean_text(msg.text), received_at=msg.received_at or self.services.clock.now())
        text = msg.text.strip()
        if msg.attachments:
            # A file (with an optional caption such as "import as purchases") is an upload request.
            text = f"/{UPLOAD_COMMAND} {text}".rstrip()
        limit = self.services.settings.max_message_chars
        command = _COMMAND.match(text)
        registered = self.router.commands.get(command.group(1).lower()) if command else None
        first = prelude.read(
            self.services,
            msg,
            want_pending=bool(text) and len(text) <= limit and not registered,
            understand=lambda session, staff, focused: self._understand(text, staff, session=session, focused=focused),
        )
        staff = first.staff or await identity.link_by_verified_email(self.services, msg.user)
        if staff is not None and msg.direct_chat and not first.chat_known:
            identity.remember_chat(
                self.services, platform=msg.user.platform, user_id=msg.user.user_id, chat_id=msg.conversation.chat_id
            )
        lang = self._lang(staff)
        if len(text) > limit:
            return [Reply(t(lang, "refuse.too_long", length=len(text), limit=limit), intent=Intent.UNKNOWN)]
        if first.seen:
            log.info("skipping redelivered event %s", msg.event_id)
            return []
        ctx = HandlerContext(self.services, msg.user, msg.conversation, staff)
        formats.READER.set(lang)  # figures formatted anywhere in this answer are in the reader's way
        ctx.redo = lambda understanding: self._redo(msg, ctx, understanding)
        if staff is None:
            if registered and registered[1]:
                return await self._guard(registered[0](msg, ctx), ctx, msg)
            return self._refusal(msg, lang, intent=Intent.UNKNOWN)
        if not text:
            return [Reply(t(lang, "refuse.empty"), intent=Intent.UNKNOWN)]
        if registered:
            assert command is not None
            if not msg.conversation.is_private and not group_policy.allows_command(command.group(1)):
                return [self._direct_only(lang, None)]
            return self._shared(msg, await self._guard(registered[0](msg, ctx), ctx, msg))
        pending = first.pending
        if pending is not None:
            kind, payload = pending
            handler = self.router.pending.get(kind)
            if handler is not None:
                replies = self._shared(msg, await self._guard(handler(msg, ctx, payload), ctx, msg))
                ctx.interrupted = not replies and not kind.endswith("_listed")  # a list shown is no question
                if replies:
                    if kind != "choose_contact":
                        # "who's at risk" / "2" / "call her": her. Not after "which Maria?": one answer is no
                        # habit, the next bare "maria" is asked again.
                        self._remember_safely(msg, ctx, replies)
                    return replies
        if first.understood is not None:
            ctx.understanding = first.understood
        else:  # a pending question passed the message on, or the sender was linked just now
            with self.services.session() as session:
                focused = first.focus if first.staff is not None else self._focus(session, msg)
                ctx.understanding = self._understand(text, staff, session=session, focused=focused)
        if not msg.conversation.is_private and not group_policy.allows_intent(ctx.understanding):
            return [self._direct_only(lang, ctx.understanding.intent)]
        wanted = Intent.CLARIFY if ctx.understanding.alternatives else ctx.understanding.intent
        handler = self.router.intents.get(wanted) or self.router.fallback_handler
        if handler is None:
            return []
        replies = self._shared(msg, await self._guard(handler(msg, ctx), ctx, msg))
        self._remember_safely(msg, ctx, replies)
        return replies

    def _remember_safely(self, msg: IncomingMessage, ctx: HandlerContext, replies: list[Reply]) -> None:
        try:
            self._remember(msg, ctx, replies)
        except Exception:
            # The handler's work is committed and its reply must go out; the focus and debug memory are niceties.
            log.exception("could not remember the understanding of a message")

    def _understand(self, text: str, staff: Staff, *, session: Session, focused: str | None) -> Understanding:
        """Values and mentions (the store is the dictionary of names), the intent and its slots, then the
        conversation's focus (read with the pending question) for "her" or a bare first name."""
        now, currency = self.services.clock.now(), self.services.settings.currency
        reading = read(text, session=session, lang=staff.language, now=now, tz=staff.tz, currency=currency)
        understood = parse(text, now=now, tz=staff.tz, lang=staff.language, currency=currency, reading=reading)
        focus.apply(understood, focused)
        return understood

    def _focus(self, session: Session, msg: IncomingMessage) -> str | None:
        conversation = msg.conversation
        return recent.focus_in(
            session=session,
            platform=conversation.platform,
            chat_id=conversation.chat_id,
            user_id=msg.user.user_id,
            now=self.services.clock.now(),
        )

    def _refusal(self, event: IncomingMessage | ActionEvent, lang: str, *, intent: str | None = None) -> list[Reply]:
        """The polite refusal to someone who is not staff: once per chat per hour, so a flood of strangers costs
        one message each, not one per message (every refusal is a send that others' answers wait behind)."""
        now = self.services.clock.now()
        hour = int(now.timestamp() // REFUSAL_EVERY.total_seconds())
        key = f"refusal:{event.conversation.chat_id}:{hour}"[:128]
        with self.services.session() as session:
            first = dialogs.claim_event(session=session, platform=event.conversation.platform, event_id=key, now=now)
        if not first:
            log.info("stranger in chat already refused this hour; not answering again")
            return []
        return [Reply(t(lang, "refuse.unknown_user"), intent=intent, best_effort=True)]

    @staticmethod
    def _direct_only(lang: str, intent: str | None) -> Reply:
        """The polite refusal in a group or channel: the answer holds details only a direct message may show."""
        return Reply(t(lang, "privacy.dm_only"), intent=intent, entities={})

    @staticmethod
    def _shared(event: IncomingMessage | ActionEvent, replies: list[Reply]) -> list[Reply]:
        """Never a chart where others read along, whatever a handler attached."""
        if event.conversation.is_private:
            return replies
        return [replace(r, image_path=None) if r.image_path else r for r in replies]

    def _remember(self, msg: IncomingMessage, ctx: HandlerContext, replies: list[Reply]) -> None:
        """Keep what this message was understood as, for a later "what did you understand?"."""
        understood = ctx.understanding
        if understood is None or understood.debug is not None:
            return
        first = replies[0] if replies else None
        payload = {
            "text": understood.text[:500],
            "intent": (first.intent if first and first.intent else understood.intent),
            "entities": (first.entities if first and first.entities is not None else understood.entities()),
            "parsed": understood.entities(),
        }
        # Only a person the handler acted on or showed is the focus: never a name it could not find ("acme"),
        # nor the first of a list of namesakes, which "call her" would then land on
        talked_about = first.acted.contact if first and first.acted and first.acted.focus else None
        with self.services.session() as session:
            recent.remember(
                session=session,
                platform=msg.conversation.platform,
                chat_id=msg.conversation.chat_id,
                user_id=msg.user.user_id,
                payload=payload,
                now=self.services.clock.now(),
                focus=str(talked_about) if talked_about and understood.intent in focus.PERSON_INTENTS else None,
            )

    async def _redo(self, msg: IncomingMessage, ctx: HandlerContext, understanding: object) -> Result:
        assert isinstance(understanding, Understanding)
        ctx.understanding = understanding
        wanted = Intent.CLARIFY if understanding.alternatives else understanding.intent
        handler = self.router.intents.get(wanted) or self.router.fallback_handler
        return await handler(msg, ctx) if handler else None

    async def _action(self, event: ActionEvent) -> list[Reply]:
        first = prelude.read(self.services, event, want_pending=False)
        staff = first.staff or await identity.link_by_verified_email(self.services, event.user)
        lang = self._lang(staff)
        if staff is None:
            return self._refusal(event, lang)
        if first.seen:
            return []
        ctx = HandlerContext(self.services, event.user, event.conversation, staff)
        formats.READER.set(lang)
        message = IncomingMessage(event.user, event.conversation, "", message_id=event.event_id)
        ctx.redo = lambda understanding: self._redo(message, ctx, understanding)
        handler = self.router.actions.get(event.action)
        kind = self.router.action_values.get(event.action)
        if handler is None or kind is None or not valid_value(kind, event.value):
            # A button from a retired version, or forged: nothing the handler could act on.
            log.info("refused a stale or malformed button %r", event.action[:64])
            return [Reply(t(lang, "input.stale_button"))]
        if not event.conversation.is_private and not group_policy.allows_action(event.action):
            return [self._direct_only(lang, None)]
        return self._shared(event, await self._guard(handler(event, ctx), ctx, event))

    async def _guard(self, work: object, ctx: HandlerContext, event: IncomingMessage | ActionEvent) -> list[Reply]:
        """Run a handler; any failure rolls its unit of work back and the user is told nothing was saved."""
        try:
            result: Result = await work  # type: ignore[misc]
        except TextTooLong as exc:
            label = FIELD_LABELS.get(f"{exc.table}.{exc.field}") or FIELD_LABELS.get(exc.field, "text")
            field = ctx.t(f"limit.{label}")
            problem = ctx.t("input.too_long", field=field, length=exc.length, limit=exc.limit)
            return [Reply(problem, intent=self._intent(ctx))]
        except Refusal as exc:
            return [Reply(exc.text(ctx.t), intent=self._intent(ctx))]
        except UserError as exc:
            return [Reply(ctx.t("error.bad_input", problem=exc.text(ctx.t)), intent=self._intent(ctx))]
        except Exception:
            log.exception("handler failed for %s", type(event).__name__)
            return [Reply(ctx.t("error.internal"), intent=self._intent(ctx))]
        later = _SETTLE_LATER.get()
        if later is not None:
            later.append(event)  # recorded by settling() once the replies are out
        else:
            try:
                self._mark_seen(event)
            except Exception:
                # Already done and committed: at worst a redelivery repeats a reply (interactions dedupe by source).
                log.exception("could not record event %s as handled", event.event_id)
        replies = [reply_entities.settle(r, ctx.understanding, tz=ctx.tz) for r in as_list(result)]
        if replies and ctx.understanding is not None and replies[0].intent is None:
            replies[0] = replace(
                replies[0],
                intent=ctx.understanding.intent,
                entities=replies[0].entities or reply_entities.understood(ctx.understanding),
            )
        return replies

    @staticmethod
    def _intent(ctx: HandlerContext) -> str | None:
        return ctx.understanding.intent if ctx.understanding else None
