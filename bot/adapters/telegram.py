"""Telegram adapter: python-telegram-bot 22 in, neutral events to the dispatcher, rendered replies out.

One ``TypeHandler(Update, ...)`` is the only entry point. Long polling by default; a webhook (with a secret
token Telegram echoes back) when ``CRM_TELEGRAM_WEBHOOK_URL`` is set.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from functools import partial
from typing import Any
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    CallbackQuery,
    InlineQuery,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MaybeInaccessibleMessage,
    Message,
    Update,
    User,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, TypeHandler

from bot.adapters import telegram_render as render
from bot.adapters.send_queue import Monotonic, Sleep
from bot.adapters.settings import TelegramSettings
from bot.adapters.telegram_limits import retrying, telegram_queue
from bot.adapters.telegram_polling import ConfirmingPoller
from bot.adapters.telegram_send import PLATFORM, AnsweredRequest, TelegramSender, file_url
from bot.adapters.telegram_webhook import HandlingWebhook
from bot.delivery import Claim, DeliveryError, NotSent, OnSent
from bot.inputs import ascii_int, file_meta
from bot.middleware import Dispatcher
from bot.requests import InlineQuery as InlineRequest
from bot.requests import MenuWanted
from bot.texts import t
from bot.types import (
    ActionEvent,
    Attachment,
    AttachmentTooLarge,
    AttachmentUnavailable,
    ConversationRef,
    IncomingMessage,
    MessageRef,
    Reply,
    UserRef,
)

log = logging.getLogger(__name__)
ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]
MAX_INLINE_OFFSET = 10_000  # further than any result list goes: a larger offset is forged
STALE = "input.stale_button"
QUEUE_GRACE = 10.0  # seconds a stop lets queued sends go out


class TelegramAdapter:
    platform = PLATFORM

    def __init__(
        self,
        dispatcher: Dispatcher,
        settings: TelegramSettings,
        *,
        sleep: Sleep = asyncio.sleep,
        clock: Monotonic = time.monotonic,
        poll_timeout: float = 10.0,
        listen: str = "0.0.0.0",
        send_attempts: int = 4,
    ) -> None:
        self.dispatcher = dispatcher
        self.settings = settings
        self.sleep = sleep
        self.poll_timeout = poll_timeout
        self.listen = listen
        api = settings.api_url
        # No PTB Updater: it confirms updates before they are handled (see telegram_polling, telegram_webhook).
        builder = Application.builder().token(settings.token).base_url(api).base_file_url(file_url(api))
        builder = builder.updater(None).request(AnsweredRequest())  # nudges recorded from the answer's bytes
        self.application = builder.build()
        queue = telegram_queue(clock=clock, sleep=sleep, attempts=send_attempts)
        self.sender = TelegramSender(self.application.bot, queue=queue)
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.poller = ConfirmingPoller(
            self.application, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES, sleep=sleep
        )
        self.application.add_error_handler(self._on_error)
        self.webhook_secret: str | None = None
        self.webhook: HandlingWebhook | None = None

    @property
    def bot(self) -> Any:
        return self.application.bot

    # -- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> None:
        settings = self.settings
        await self.application.initialize()  # getMe: the bot's id and username, for mentions in groups
        admins = [(str(i), str(i)) for i in settings.admin_ids if i > 0]  # a DM's chat id is the user id
        self.dispatcher.link_admins(platform=PLATFORM, accounts=admins, handle_prefix="tg")
        await self._set_commands()
        await self.application.start()
        if settings.webhook_url:
            self.webhook_secret = settings.webhook_secret or secrets.token_urlsafe(32)
            self.webhook = HandlingWebhook(
                self.application,
                secret=self.webhook_secret,
                path=urlparse(settings.webhook_url).path,
                listen=self.listen,
                port=settings.webhook_port,
            )
            await self.webhook.start(url=settings.webhook_url, allowed_updates=ALLOWED_UPDATES)
        else:
            await self.poller.start()

    async def stop(self) -> None:
        if self.poller.running:
            await self.poller.stop()
        if self.webhook is not None:
            await self.webhook.stop()
        # Answers to handled updates are out by now; nudges still queued go out or are put back (NotSent).
        await self.sender.queue.stop(grace=QUEUE_GRACE)
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    async def _set_commands(self) -> None:
        menu = await self.dispatcher.answer(MenuWanted(PLATFORM))
        # Hints naming these ("/link CODE") stay tappable in what we send; any other "/word" is neutralised.
        self.sender.commands = menu.names
        commands = [BotCommand(name, text) for name, text in menu.entries]
        try:
            await retrying(partial(self.bot.set_my_commands, commands), sleep=self.sleep)
        except TelegramError as exc:
            log.warning("could not set the command menu: %s", exc)

    # -- sending (the Delivery protocol) ----------------------------------------------------------------

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        """A proactive message (a nudge). Raises DeliveryError, ``permanent`` when the user blocked the bot."""
        return await self.sender.send(chat_id, reply)

    async def send_recording(
        self, chat_id: str, reply: Reply, *, claim: Claim | None, on_sent: OnSent | None
    ) -> MessageRef:
        """As ``send``, with the claim asked at the reply's turn in the queue and ``on_sent`` called as soon as
        Telegram's answer is read (bot/adapters/base.py: RecordedSender)."""
        return await self.sender.send(chat_id, reply, claim=claim, on_sent=on_sent)

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        await self.sender.edit(message, reply)

    # -- receiving -------------------------------------------------------------------------------------

    async def _on_update(self, update: Update, _context: object) -> None:
        if update.callback_query is not None:
            await self._on_button(update, update.callback_query)
        elif update.inline_query is not None:
            await self._on_inline(update.inline_query)
        elif update.message is not None:
            await self._on_message(update, update.message)
        # Edits, channel posts and membership changes are not messages to us.

    async def _on_error(self, update: object, context: Any) -> None:
        log.error("telegram update failed", exc_info=context.error)

    @staticmethod
    def _user(user: User) -> UserRef:
        return UserRef(PLATFORM, str(user.id), display_name=user.full_name)

    @staticmethod
    def _conversation(message: MaybeInaccessibleMessage) -> ConversationRef:
        topic = message.message_thread_id if isinstance(message, Message) and message.is_topic_message else None
        return ConversationRef(
            PLATFORM,
            str(message.chat.id),
            is_private=message.chat.type == ChatType.PRIVATE,
            thread_id=str(topic) if topic else None,
        )

    def _addressed(self, message: Message, text: str) -> str | None:
        """In a group: the text meant for us (a command, a reply to us, an @mention stripped), else None."""
        username = self.bot.username or ""
        if text.startswith("/"):
            _, at, target = text.split(maxsplit=1)[0].partition("@")
            return None if at and target.lower() != username.lower() else text
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == self.bot.id:
            return text
        mention = re.compile(rf"(?<!\w)@{re.escape(username)}(?!\w)", re.IGNORECASE)
        if not username or not mention.search(text):
            return None
        return re.sub(r"[ \t]{2,}", " ", mention.sub(" ", text)).strip().lstrip(",:;").strip()

    async def _on_message(self, update: Update, message: Message) -> None:
        sender = message.from_user
        if sender is None or sender.is_bot:
            return
        text = message.text or message.caption or ""
        private = message.chat.type == ChatType.PRIVATE
        if not private:
            addressed = self._addressed(message, text)
            if addressed is None:
                return
            text = addressed
        conversation = self._conversation(message)
        event = IncomingMessage(
            self._user(sender),
            conversation,
            text,
            message_id=str(message.message_id),
            event_id=str(update.update_id),  # a redelivered update carries the same id: the dispatcher skips it
            received_at=message.date,
            attachments=self._attachments(message),
        )
        async with self.dispatcher.settling(event) as dispatch:
            replies = await dispatch()
            await self._answer(conversation, replies, reply_to=None if private else message.message_id)

    def _attachments(self, message: Message) -> tuple[Attachment, ...]:
        """A document sent with the message, fetched only if the handler asks (after its own checks)."""
        doc = message.document
        if doc is None:
            return ()
        name, mime = file_meta(doc.file_name, doc.mime_type)
        size = doc.file_size if doc.file_size and doc.file_size > 0 else 0
        return (Attachment(name, mime, size, fetch=partial(self._download, doc.file_id)),)

    async def _download(self, file_id: str, limit: int) -> bytes:
        try:
            file = await self.bot.get_file(file_id)
            if file.file_size is not None and file.file_size > limit:
                raise AttachmentTooLarge(file_id)
            return bytes(await file.download_as_bytearray())
        except TelegramError as exc:
            raise AttachmentUnavailable(str(exc)) from exc

    async def _on_button(self, update: Update, query: CallbackQuery) -> None:
        # Decoding is pure and strict, so it comes before the answer: forged or stale data gets a toast.
        decoded = render.decode(query.data) if isinstance(query.data, str) else None
        message = query.message
        buttons = self.sender.pages.get(decoded.token) if isinstance(decoded, render.PageData) else None
        usable = message is not None and (isinstance(decoded, render.ActionData) or buttons is not None)
        # Always answered, and first, so the client stops its spinner whatever happens next.
        await self._answer_query(query, None if usable else t(self.settings.default_language, STALE))
        if not usable or message is None:
            return
        chat_id = str(message.chat.id)
        if isinstance(decoded, render.PageData):
            assert buttons is not None
            await self.sender.turn_page(chat_id, message.message_id, buttons, decoded)
            return
        assert isinstance(decoded, render.ActionData)
        conversation = self._conversation(message)
        event = ActionEvent(
            self._user(query.from_user),
            conversation,
            decoded.action,
            decoded.value,
            message=MessageRef(PLATFORM, chat_id, str(message.message_id)),
            event_id=str(update.update_id),
        )
        async with self.dispatcher.settling(event) as dispatch:
            await self._answer(conversation, await dispatch())

    async def _answer_query(self, query: CallbackQuery, text: str | None) -> None:
        try:
            await retrying(partial(query.answer, text=text), sleep=self.sleep, attempts=2)
        except TelegramError as exc:
            log.info("callback answer failed: %s", exc)

    async def _on_inline(self, query: InlineQuery) -> None:
        offset = ascii_int(query.offset, high=MAX_INLINE_OFFSET) or 0
        found = await self.dispatcher.answer(InlineRequest(self._user(query.from_user), query.query, offset))
        commands = self.sender.commands
        results = [
            InlineQueryResultArticle(
                id=choice.key,
                title=choice.title,
                description=choice.description,
                input_message_content=InputTextMessageContent(
                    render.card_html(choice.card, commands=commands), parse_mode=ParseMode.HTML
                ),
            )
            for choice in found.choices
        ]
        answer = partial(
            query.answer,
            results,
            cache_time=0,  # results depend on who asks and on the store, so Telegram must not reuse them
            is_personal=True,
            next_offset=str(found.next_offset) if found.next_offset is not None else "",
        )
        try:
            await retrying(answer, sleep=self.sleep)
        except TelegramError as exc:
            log.info("inline answer failed: %s", exc)

    async def _answer(
        self, conversation: ConversationRef, replies: list[Reply], *, reply_to: int | None = None
    ) -> None:
        thread = int(conversation.thread_id) if conversation.thread_id else None
        for reply in replies:
            try:
                if reply.replaces is not None:
                    await self.sender.edit(reply.replaces, reply)
                else:
                    await self.sender.post(conversation.chat_id, reply, thread_id=thread, reply_to=reply_to)
            except NotSent:
                raise  # stopping: the update stays unrecorded, so its redelivery answers it
            except DeliveryError as exc:
                log.warning("could not answer in chat %s: %s", conversation.chat_id, exc)
