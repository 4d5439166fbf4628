"""Slack through slack-bolt's AsyncApp: Socket Mode with an app token, else HTTP on CRM_SLACK_PORT.

Messages to a channel (answers and nudges) go through a per-channel send queue (bot/adapters/send_queue.py):
paced there, with Slack's Retry-After waited out in that channel's lane, never in a shared path.

Every listener acknowledges first and hands the slow part to a task it tracks (``drain`` waits for them),
so Slack gets its answer well inside 3 seconds. Bolt runs with ``process_before_response=True`` because the
listeners themselves only ack and spawn: the HTTP response then leaves right after the ack, and the work
task already exists when it does, which makes shutdown (and tests) deterministic.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import Any

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError

from bot.adapters import slack_render as render
from bot.adapters.send_queue import Monotonic, SendQueue
from bot.adapters.settings import SlackSettings
from bot.adapters.slack_events import (
    is_direct,
    plain_text,
    slash_text,
    strip_mention,
    team_of,
)
from bot.adapters.slack_files import SlackFiles
from bot.adapters.slack_forms import SlackForms
from bot.adapters.slack_inputs import MessageInput, action_input, command_input, message_input, slack_id
from bot.adapters.slack_lookup import SlackLookup, lookup_client
from bot.adapters.slack_out import SlackOut
from bot.adapters.slack_send import make_client, slack_pacer
from bot.delivery import Claim, OnSent
from bot.middleware import Dispatcher
from bot.requests import HomeOpened
from bot.types import ActionEvent, ConversationRef, IncomingMessage, MessageRef, Reply, UserRef
from config.settings import SettingsError

log = logging.getLogger(__name__)
PLATFORM = "slack"
EVENTS_PATH = "/slack/events"
COMMAND = "/crm"
QUEUE_GRACE = 10.0  # seconds a stop lets queued sends go out
ACK_BUDGET = 2.5  # seconds of work done before answering an event; Slack retries after 3
Respond = Callable[..., Awaitable[Any]]


class SlackAdapter:
    platform = PLATFORM

    def __init__(
        self,
        dispatcher: Dispatcher,
        settings: SlackSettings,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Monotonic = time.monotonic,
        host: str = "0.0.0.0",
    ) -> None:
        self.dispatcher = dispatcher
        self.settings = settings
        self.host = host
        self.socket_mode = settings.app_token is not None
        self.client, self.rate_limits = make_client(settings.bot_token, settings.api_url, sleep)
        # The client itself waits out a 429 (its retry handler); inside a job that wait holds only its channel.
        self.queue = SendQueue(slack_pacer(clock), sleep=sleep)
        self.out = SlackOut(self.client, self.queue)
        self.lookup = SlackLookup(lookup_client(settings.bot_token, settings.api_url), self.out.dm_channel)
        self.files = SlackFiles(self.client, token=settings.bot_token, api_url=settings.api_url)
        self.bolt = AsyncApp(
            name="rapport",
            client=self.client,
            signing_secret=settings.signing_secret or "",
            # Socket Mode traffic is authenticated by the app token's websocket, not signatures.
            request_verification_enabled=not self.socket_mode,
            process_before_response=True,
        )
        self.team_id: str | None = settings.team_id
        self.bot_user_id: str | None = None
        self.url: str | None = None
        self.forms = SlackForms(self)
        self._tasks: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self._socket: Any = None
        self._register()

    # -- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> None:
        auth = await self.client.auth_test()
        self.bot_user_id = auth.get("user_id")
        self.lookup.own = frozenset(i for i in (self.bot_user_id, auth.get("bot_id")) if isinstance(i, str))
        token_team = auth.get("team_id")
        if self.team_id and token_team and self.team_id != token_team:
            raise SettingsError(f"CRM_SLACK_TEAM_ID: {self.team_id} is not the bot token's workspace ({token_team})")
        self.team_id = self.team_id or token_team
        await self._link_admins()
        settings = self.settings
        if settings.app_token is not None:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
            from slack_sdk.web.async_client import AsyncWebClient

            self._socket = AsyncSocketModeHandler(
                self.bolt, settings.app_token, web_client=AsyncWebClient(base_url=self.client.base_url)
            )
            await self._socket.connect_async()
            return
        web_app = self.bolt.web_app(path=EVENTS_PATH, port=settings.port)
        web_app.middlewares.append(_refuse_unreadable)
        self._runner = web.AppRunner(web_app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, settings.port).start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}{EVENTS_PATH}"
        log.info("slack HTTP mode listening on %s", self.url)

    async def stop(self) -> None:
        if self._socket is not None:
            await self._socket.close_async()
            self._socket = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        async with asyncio.timeout(30):
            await self.drain()
        await self.queue.stop(grace=QUEUE_GRACE)  # nudges still queued go out or are put back (NotSent)

    async def drain(self) -> None:
        """Wait for the work every acknowledged request started."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def spawn(self, work: Awaitable[None], what: str) -> asyncio.Task[None]:
        async def guarded() -> None:
            try:
                await work
            except Exception:
                log.exception("slack %s failed", what)

        task = asyncio.create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def within_ack_budget(self, task: asyncio.Task[None]) -> None:
        """Let an event's work finish before Slack gets its answer when it fits in the budget: an instance killed
        before answering makes Slack retry the event (same event_id: handled once). Longer work is answered at
        the budget and goes on (Slack retries a request not answered within 3 seconds)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(task), ACK_BUDGET)

    async def _link_admins(self) -> None:
        accounts: list[tuple[str, str | None]] = []
        for user_id in self.settings.admin_ids:
            try:
                channel: str | None = await self.dm_channel(user_id)
            except SlackApiError as exc:
                log.warning("no DM with slack admin %s yet: %s", user_id, exc.response.get("error"))
                channel = None
            accounts.append((user_id, channel))
        if accounts:
            self.dispatcher.link_admins(platform=PLATFORM, accounts=accounts, handle_prefix=f"{PLATFORM}-")

    # -- delivery (nudges) and every message out: bot/adapters/slack_out.py ------------------------------

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        return await self.out.send_recording(chat_id, reply, claim=None, on_sent=None)

    async def send_recording(
        self, chat_id: str, reply: Reply, *, claim: Claim | None, on_sent: OnSent | None
    ) -> MessageRef:
        """bot/adapters/base.py: RecordedSender; see SlackOut.send_recording."""
        return await self.out.send_recording(chat_id, reply, claim=claim, on_sent=on_sent)

    async def find_delivered(self, chat_id: str, key: str, *, since: datetime) -> MessageRef | None:
        """bot/adapters/base.py: DeliveredFinder; see bot/adapters/slack_lookup.py."""
        return await self.lookup.find(chat_id, key, since=since)

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        await self.out.edit(message, reply)

    async def post(self, channel: str, reply: Reply, *, thread: str | None = None) -> MessageRef:
        return await self.out.post(channel, reply, thread=thread)

    async def dm_channel(self, user_id: str) -> str:
        return await self.out.dm_channel(user_id)

    async def dm(self, user_id: str, reply: Reply) -> MessageRef:
        return await self.out.post(await self.out.dm_channel(user_id), reply)

    # -- who is writing (the dispatcher decides who that is) -------------------------------------------

    def user_ref(self, user_id: str) -> UserRef:
        verified = partial(self.verified_email, user_id) if self.settings.link_by_email else None
        return UserRef(PLATFORM, user_id, team_id=self.team_id, verified_email=verified)

    async def verified_email(self, user_id: str) -> str | None:
        """The e-mail Slack verified for a human member of our workspace; None for bots, deactivated accounts,
        other workspaces, or when Slack will not say."""
        try:
            user = (await self.client.users_info(user=user_id))["user"]
        except SlackApiError:
            return None
        if user.get("is_bot") or user.get("deleted") or (self.team_id and user.get("team_id") != self.team_id):
            return None
        email = (user.get("profile") or {}).get("email")
        return email if isinstance(email, str) else None

    # -- listeners -------------------------------------------------------------------------------------

    def _register(self) -> None:
        bolt = self.bolt
        bolt.use(self._only_our_team)
        bolt.event("message")(self._on_message)
        bolt.event("app_mention")(self._on_mention)
        bolt.event("app_home_opened")(self._on_home)
        bolt.command(COMMAND)(self._on_command)
        bolt.action(re.compile(".*", re.DOTALL))(self._on_action)  # every press is acknowledged, ours or not
        self.forms.register(bolt)

    async def _only_our_team(self, body: dict[str, Any], next: Callable[[], Awaitable[BoltResponse]]) -> Any:
        team = team_of(body)
        if self.team_id is None or team == self.team_id:
            return await next()
        log.warning("refused a slack request from workspace %s", team)
        # An event answered with an error would only be retried; refuse it quietly.
        status = 200 if body.get("type") == "event_callback" else 403
        return BoltResponse(status=status, body="")

    async def _on_message(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        subtype = event.get("subtype")
        if event.get("channel_type") != "im" or subtype not in (None, "file_share") or event.get("bot_id"):
            return  # edits, joins, bot echoes and channel chatter are not addressed to us
        task = self._converse_later(event, body, private=True, mention=False)
        if task is not None:
            await self.within_ack_budget(task)

    async def _on_mention(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        task = self._converse_later(event, body, private=None, mention=True)
        if task is not None:
            await self.within_ack_budget(task)

    def _converse_later(
        self, event: dict[str, Any], body: dict[str, Any], *, private: bool | None, mention: bool
    ) -> asyncio.Task[None] | None:
        said = message_input(event)
        if said is None:
            log.info("ignored a malformed slack message event")
            return None
        text = plain_text(strip_mention(said.text) if mention else said.text)
        direct = is_direct(said.channel) if private is None else private
        thread = said.thread if mention else None
        event_id = body.get("event_id") if isinstance(body.get("event_id"), str) else None
        files = event.get("files") if isinstance(event.get("files"), list) else []
        return self.spawn(self._converse(said, event_id, files, text, private=direct, thread=thread), "message")

    async def _converse(
        self,
        said: MessageInput,
        event_id: str | None,
        files: list[Any],
        text: str,
        *,
        private: bool,
        thread: str | None,
    ) -> None:
        user, channel = said.user, said.channel
        # Slack swallows messages that start with "/", so "link CODE" typed in a DM means "/link CODE".
        text = slash_text(text, self.dispatcher.command_words())
        # Only described here; the bytes are fetched if the handler accepts the file.
        attachments = await self.files.attachments(files)
        msg = IncomingMessage(
            self.user_ref(user),
            ConversationRef(PLATFORM, channel, is_private=private, thread_id=thread),
            text,
            message_id=said.ts,
            event_id=event_id,  # a retried delivery repeats it: the dispatcher skips seen ones
            attachments=attachments,
            direct_chat=private,  # a DM channel has its own id: where nudges reach this user
        )
        # A retried event (Slack retries, a Socket Mode reconnect) is recorded as handled only after its replies.
        async with self.dispatcher.settling(msg) as dispatch:
            for reply in await dispatch():
                if reply.replaces is not None:
                    await self.edit(reply.replaces, reply)
                else:
                    await self.post(channel, reply, thread=thread)

    async def _on_command(self, ack: Callable[..., Awaitable[None]], command: dict[str, Any], respond: Respond) -> None:
        await ack()
        self.spawn(self._command(command, respond), "command")

    async def _command(self, command: dict[str, Any], respond: Respond) -> None:
        asked = command_input(command)
        if asked is None:
            log.info("ignored a malformed slack command")
            return
        user, channel = asked.user, asked.channel
        text = slash_text(plain_text(asked.text), self.dispatcher.command_words(with_intents=True))
        msg = IncomingMessage(
            self.user_ref(user), ConversationRef(PLATFORM, channel, is_private=is_direct(channel)), text
        )
        for reply in await self.dispatcher.dispatch(msg):
            await self._answer_where_possible(channel, reply, respond)

    async def _answer_where_possible(self, channel: str, reply: Reply, respond: Respond) -> None:
        """In our DM a real message; elsewhere (or a DM between two people) an ephemeral one to the asker."""
        if is_direct(channel):
            try:
                await self.post(channel, reply)
                return
            except SlackApiError as exc:
                if exc.response.get("error") not in ("channel_not_found", "not_in_channel"):
                    raise
        for page in render.to_messages(reply):
            await respond(text=page.text, blocks=page.blocks, response_type="ephemeral")

    async def _on_action(
        self, ack: Callable[..., Awaitable[None]], body: dict[str, Any], action: dict[str, Any], respond: Respond
    ) -> None:
        await ack()
        self.spawn(self._action(body, action, respond), "action")

    async def _action(self, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        pressed = action_input(body, action)
        if pressed is None:
            log.info("ignored a malformed slack action")
            return
        user = pressed.user
        channel = pressed.channel or await self.dm_channel(user)
        event = ActionEvent(
            self.user_ref(user),
            ConversationRef(PLATFORM, channel, is_private=is_direct(channel)),
            pressed.action_id,
            pressed.value,
            message=MessageRef(PLATFORM, channel, pressed.ts) if pressed.ts else None,
        )
        for reply in await self.dispatcher.dispatch(event):
            if pressed.ephemeral and respond is not None:
                # Ephemeral messages cannot be chat.update'd; their response_url replaces them.
                page = render.to_messages(reply)[0]
                await respond(text=page.text, blocks=page.blocks, replace_original=reply.replaces is not None)
            elif reply.replaces is not None:
                await self.edit(reply.replaces, reply)
            else:
                await self.post(channel, reply)
        if pressed.on_home:
            await self.publish_home(user)

    async def _on_home(self, event: dict[str, Any]) -> None:
        user = slack_id(event.get("user"))
        if event.get("tab") == "home" and user is not None:
            self.spawn(self.publish_home(user), "home")

    async def publish_home(self, user_id: str) -> None:
        reply = await self.dispatcher.answer(HomeOpened(self.user_ref(user_id)))
        await self.client.views_publish(user_id=user_id, view=render.home_view(reply))


@web.middleware
async def _refuse_unreadable(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> Any:
    """Bolt reads a body before checking its signature and can fail on one Slack never sends (an event whose
    user is a number): that is a bad request to refuse, not a server error with a traceback in the log."""
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as exc:
        log.warning("refused an unreadable slack request: %s", type(exc).__name__)
        return web.Response(status=400)
