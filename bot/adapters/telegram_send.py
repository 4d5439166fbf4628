"""Sending to Telegram: rendering, the per-chat send queue (pacing, 429 retries), errors as DeliveryError,
edits in place."""

from __future__ import annotations

import json
import logging
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from bot.adapters import telegram_render as render
from bot.adapters.recording import answer_arrived, claimed_first, record_on_arrival
from bot.adapters.send_queue import SendQueue
from bot.adapters.telegram_limits import retry_after_seconds
from bot.delivery import Claim, Declined, DeliveryError, OnSent
from bot.types import Button, MessageRef, Reply

log = logging.getLogger(__name__)
T = TypeVar("T")
PLATFORM = "telegram"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class PageCache:
    """Button lists behind paginated keyboards, kept in memory (bounded).

    After a restart, or on another instance, an old keyboard just stops turning pages; its own buttons still
    work because each carries its action in its callback data.
    """

    def __init__(self, size: int = 500) -> None:
        self.size = size
        self._items: OrderedDict[str, tuple[Button, ...]] = OrderedDict()

    def keep(self, buttons: tuple[Button, ...]) -> str:
        token = secrets.token_urlsafe(6)
        self._items[token] = buttons
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> tuple[Button, ...] | None:
        return self._items.get(token)


def markup(keyboard: render.Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(k.text, callback_data=k.data) for k in row] for row in keyboard])


def file_url(api_url: str) -> str:
    """Telegram serves files under /file/bot<token> beside /bot<token>; a self-hosted server does the same."""
    return api_url[: -len("bot")] + "file/bot" if api_url.endswith("bot") else api_url.rstrip("/") + "/file/bot"


def _chat(chat_id: str) -> int | str:
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


class TelegramSender:
    """Everything the bot says goes through here, whether it answers a message or starts a conversation."""

    def __init__(self, bot: Any, *, queue: SendQueue) -> None:
        self.bot = bot
        self.queue = queue
        self.pages = PageCache()
        # The bot's own command names (the command menu, learnt at start): hints naming them stay tappable.
        self.commands: render.Commands = render.NONE

    async def call(self, chat_id: str, make: Callable[[], Awaitable[T]], *, pace: bool = True) -> T:
        """One Bot API call to a chat, queued behind the chat's earlier ones: paced there (unless the slot was
        taken already) and retried there on 429; returns once Telegram answered, failures as DeliveryError."""
        try:
            return await self.queue.run(chat_id, make, pace=pace)
        except RetryAfter as exc:
            raise DeliveryError(f"telegram flood control: {exc}", retry_after=retry_after_seconds(exc)) from exc
        except Forbidden as exc:  # blocked by the user, or removed from the group
            raise DeliveryError(f"telegram: {exc.message}", permanent=True) from exc
        except BadRequest as exc:
            raise DeliveryError(f"telegram: {exc.message}", permanent="chat not found" in exc.message.lower()) from exc
        except TelegramError as exc:
            raise DeliveryError(f"telegram: {exc}") from exc

    def _render(self, reply: Reply) -> list[render.Rendered]:
        token = self.pages.keep(reply.buttons) if render.needs_pages(reply) else None
        return render.to_messages(reply, page_token=token, commands=self.commands)

    async def send_parts(
        self,
        chat_id: str,
        parts: list[render.Rendered],
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        pace: bool = True,
        claim: Claim | None = None,
        on_sent: OnSent | None = None,
    ) -> Message | None:
        """Send the parts in order; ``claim`` is asked inside the first one's queued call, before it is made,
        and ``on_sent`` told of the last one inside its call, as soon as Telegram's answer is read."""
        sent = None
        for n, part in enumerate(parts):
            answer_to = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to and n == 0 else None
            make: Callable[[], Awaitable[Message]] = partial(
                self.bot.send_message,
                chat_id=_chat(chat_id),
                text=part.text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup(part.keyboard),
                link_preview_options=NO_PREVIEW,
                message_thread_id=thread_id,
                reply_parameters=answer_to,
            )
            if on_sent is not None and n == len(parts) - 1:
                make = partial(record_on_arrival, make, partial(_ref_in, chat_id), partial(_ref, chat_id), on_sent)
            if claim is not None and n == 0:
                make = partial(claimed_first, make, claim)
            sent = await self.call(chat_id, make, pace=pace or n > 0)
        return sent

    async def post(
        self, chat_id: str, reply: Reply, *, thread_id: int | None = None, reply_to: int | None = None
    ) -> MessageRef | None:
        if reply.best_effort and not self.queue.try_take(chat_id):
            log.info("a courtesy reply was dropped: no send slot free (a flood of strangers?)")
            return None
        parts = self._render(reply)
        sent = await self.send_parts(chat_id, parts, thread_id=thread_id, reply_to=reply_to, pace=not reply.best_effort)
        if reply.image_path:
            photo = partial(
                self.bot.send_photo, chat_id=_chat(chat_id), photo=Path(reply.image_path), message_thread_id=thread_id
            )
            picture = await self.call(chat_id, photo)
            sent = sent or picture
        return MessageRef(PLATFORM, chat_id, str(sent.message_id)) if sent else None

    async def send(
        self, chat_id: str, reply: Reply, *, claim: Claim | None = None, on_sent: OnSent | None = None
    ) -> MessageRef:
        """A proactive message (a nudge); the reference is the message carrying the buttons. ``claim`` is asked
        when its turn in the chat's queue comes, ``on_sent`` called the moment Telegram's answer is read."""
        if claim is not None and (reply.replaces is not None or reply.image_path or reply.best_effort):
            if not claim():  # never a nudge: claimed before the send, as any sender's
                raise Declined("claimed by another instance")
            claim = None
        if reply.replaces is not None:
            await self.edit(reply.replaces, reply)
            if on_sent is not None:
                on_sent(reply.replaces)
            return reply.replaces
        parts = [] if reply.image_path or reply.best_effort else self._render(reply)
        if not parts:  # a picture or a courtesy reply (never a nudge): the reference once it is out
            ref = await self.post(chat_id, reply)
            if ref is None:
                raise DeliveryError("nothing to send", permanent=True)
            if on_sent is not None:
                on_sent(ref)
            return ref
        sent = await self.send_parts(chat_id, parts, claim=claim, on_sent=on_sent)
        assert sent is not None
        return MessageRef(PLATFORM, chat_id, str(sent.message_id))

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        """Replace a message's text and keyboard (a pressed Done button); overflow follows as new messages."""
        parts = self._render(replace(reply, replaces=None))
        if not parts:
            return
        first, rest = parts[0], parts[1:]
        try:
            await self.call(
                message.chat_id,
                partial(
                    self.bot.edit_message_text,
                    chat_id=_chat(message.chat_id),
                    message_id=int(message.message_id),
                    text=first.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup(first.keyboard),
                    link_preview_options=NO_PREVIEW,
                ),
            )
        except DeliveryError as exc:
            cause = exc.__cause__
            if not isinstance(cause, BadRequest):
                raise
            if "not modified" not in cause.message.lower():
                rest = parts  # deleted or too old to edit: say it anew
        await self.send_parts(message.chat_id, rest)

    async def turn_page(
        self, chat_id: str, message_id: int, buttons: tuple[Button, ...], page: render.PageData
    ) -> None:
        keys = render.keyboard(buttons, page=page.page, token=page.token)
        edit = partial(self.bot.edit_message_reply_markup, chat_id=_chat(chat_id), message_id=message_id)
        try:
            await self.call(chat_id, partial(edit, reply_markup=markup(keys)))
        except DeliveryError as exc:
            log.info("page turn not shown: %s", exc)  # usually "not modified": the current page was pressed


def _ref(chat_id: str, message: Message) -> MessageRef:
    return MessageRef(PLATFORM, chat_id, str(message.message_id))


def _ref_in(chat_id: str, payload: bytes) -> MessageRef | None:
    """The message a sendMessage answer names, read from its bytes (None if they are not what Telegram sends)."""
    try:
        return MessageRef(PLATFORM, chat_id, str(int(json.loads(payload)["result"]["message_id"])))
    except (ValueError, KeyError, TypeError):
        return None


class AnsweredRequest(HTTPXRequest):
    """PTB's own HTTP client (its defaults), telling the call in hand of a successful answer the moment its
    bytes are in, before PTB parses them into objects (bot/adapters/recording.py: a nudge's delivery is
    stored from those bytes)."""

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if code == 200:
            answer_arrived(payload)
        return code, payload
