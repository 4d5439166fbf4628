"""Shortcuts, modals and their options: Slack's side of the neutral form requests (bot/requests.py).

A shortcut becomes a ``Shortcut`` request whose answer is a form to open (or a reply to send instead); an
external select asking for options is a ``FieldSearch``; a submitted modal is a ``FormSubmitted``, whose
problems are shown in the modal and whose reply goes to the user's DM.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters import slack_render as render
from bot.adapters.slack_events import is_direct, metadata, plain_text
from bot.adapters.slack_inputs import MAX_FIELD, form_values, slack_id, user_of
from bot.middleware import Dispatcher
from bot.requests import FieldSearch, Form, FormSubmitted, Shortcut
from bot.types import ConversationRef, MessageRef, Reply, UserRef


class FormHost(Protocol):
    """What the forms need of the Slack adapter that owns them (a protocol, so this module needs not import it)."""

    platform: str
    client: AsyncWebClient
    dispatcher: Dispatcher

    def spawn(self, work: Awaitable[None], what: str) -> asyncio.Task[None]: ...

    def user_ref(self, user_id: str) -> UserRef: ...

    async def dm(self, user_id: str, reply: Reply) -> MessageRef: ...


ANY = re.compile(".*", re.DOTALL)  # every shortcut, options request and submission goes to the dispatcher
Ack = Callable[..., Awaitable[None]]
log = logging.getLogger(__name__)


class SlackForms:
    def __init__(self, adapter: FormHost) -> None:
        self.adapter = adapter

    def register(self, bolt: AsyncApp) -> None:
        bolt.shortcut(ANY)(self._on_shortcut)
        bolt.options(ANY)(self._on_options)
        bolt.view(ANY)(self._on_submit)

    async def _on_shortcut(self, ack: Ack, body: dict[str, Any]) -> None:
        await ack()
        # views.open must follow within 3 s of the trigger; the task starts right away.
        self.adapter.spawn(self._open(body), "shortcut")

    async def _open(self, body: dict[str, Any]) -> None:
        user, trigger, name = user_of(body), body.get("trigger_id"), body.get("callback_id")
        if user is None or not isinstance(trigger, str) or not isinstance(name, str):
            log.info("ignored a malformed slack shortcut")
            return
        message = body.get("message") if isinstance(body.get("message"), dict) else {}
        channel = slack_id((body.get("channel") or {}).get("id")) if isinstance(body.get("channel"), dict) else None
        raw = message.get("text")
        ts = message.get("ts")
        request = Shortcut(
            self.adapter.user_ref(user),
            name[:255],
            text=plain_text(raw if isinstance(raw, str) else "")[:MAX_FIELD],
            source=f"{channel}:{ts}" if channel and isinstance(ts, str) and ts else None,
            conversation=ConversationRef(self.adapter.platform, channel, is_private=is_direct(channel))
            if channel
            else None,
        )
        answer = await self.adapter.dispatcher.answer(request)
        if isinstance(answer, Form):
            await self.adapter.client.views_open(trigger_id=trigger, view=render.form_modal(answer))
        elif isinstance(answer, Reply):
            await self.adapter.dm(user, answer)

    async def _on_options(self, ack: Ack, body: dict[str, Any]) -> None:
        # Options are the acknowledgement itself, so the (indexed) search runs before ack.
        user, query, field = user_of(body), body.get("value"), body.get("action_id")
        if user is None or not isinstance(query, str) or len(query) > MAX_FIELD or not isinstance(field, str):
            await ack(options=[])
            return
        choices = await self.adapter.dispatcher.answer(FieldSearch(self.adapter.user_ref(user), field[:255], query))
        await ack(options=render.options(choices.items))

    async def _on_submit(self, ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        user, name = user_of(body), view.get("callback_id")
        if user is None or not isinstance(name, str):
            await ack()  # nobody to answer: acknowledged, and nothing stored
            return
        values, forged = form_values(view)
        view_id = view.get("id")
        outcome = await self.adapter.dispatcher.answer(
            FormSubmitted(
                self.adapter.user_ref(user),
                name[:255],
                values,
                unreadable=forged,
                metadata=metadata(view),
                submission_id=view_id if isinstance(view_id, str) else None,
            )
        )
        if outcome.errors:
            # Our inputs' block ids are the form's field keys, which is where Slack shows an error.
            await ack(response_action="errors", errors=outcome.errors)
            return
        await ack()
        if outcome.reply is not None:
            self.adapter.spawn(self._tell(user, outcome.reply), "form")

    async def _tell(self, user: str, reply: Reply) -> None:
        await self.adapter.dm(user, reply)
