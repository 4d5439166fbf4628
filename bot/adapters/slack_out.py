"""Everything the Slack adapter posts, edits or sends as a nudge: each message queued in its channel's lane
(bot/adapters/send_queue.py: paced there, Retry-After waited out there), Slack's errors as DeliveryErrors.

A nudge is claimed inside its first page's queued call, when its turn comes, and its delivery recorded inside
the last page's, the moment Slack's answer is read (bot/adapters/base.py: RecordedSender). That last page
carries the nudge's dedupe key as message metadata, so a resend after a crash can find it
(bot/adapters/slack_lookup.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters import slack_render as render
from bot.adapters.recording import claimed_first, then_record
from bot.adapters.send_queue import SendQueue
from bot.adapters.slack_events import is_channel_id
from bot.adapters.slack_lookup import nudge_metadata
from bot.adapters.slack_send import delivery_error
from bot.delivery import Claim, Declined, OnSent
from bot.types import MessageRef, Reply

PLATFORM = "slack"


class SlackOut:
    def __init__(self, client: AsyncWebClient, queue: SendQueue) -> None:
        self.client, self.queue = client, queue

    async def send_recording(
        self, chat_id: str, reply: Reply, *, claim: Claim | None, on_sent: OnSent | None
    ) -> MessageRef:
        """A proactive message to a channel or a user's DM: ``claim`` asked at the reply's turn in the channel's
        queue, ``on_sent`` called as soon as Slack's answer to its last page is read."""
        if claim is not None and reply.image_path:
            if not claim():  # never a nudge: claimed before the send, as any sender's
                raise Declined("claimed by another instance")
            claim = None
        try:
            channel = chat_id if is_channel_id(chat_id) else await self.dm_channel(chat_id)
            ref = await self.post(channel, reply, claim=claim, on_sent=None if reply.image_path else on_sent)
        except SlackApiError as exc:
            raise delivery_error(exc) from exc
        if on_sent is not None and reply.image_path:
            on_sent(ref)  # the picture went out after the pages: the reference once it is out
        return ref

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        first, *rest = render.to_messages(reply)
        channel = message.chat_id
        try:
            update = partial(self.client.chat_update, channel=channel, ts=message.message_id)
            await self.queue.run(channel, partial(update, text=first.text, blocks=first.blocks))
            for page in rest:
                post = partial(self.client.chat_postMessage, channel=channel, text=page.text, blocks=page.blocks)
                await self.queue.run(channel, post)
        except SlackApiError as exc:
            raise delivery_error(exc) from exc

    async def post(
        self,
        channel: str,
        reply: Reply,
        *,
        thread: str | None = None,
        claim: Claim | None = None,
        on_sent: OnSent | None = None,
    ) -> MessageRef:
        """Queued behind the channel's earlier messages; returns once Slack accepted every page. ``claim`` is
        asked inside the first page's queued call, ``on_sent`` told of the last page inside its own."""
        ts, lane = "", channel
        pages = render.to_messages(reply)
        for n, page in enumerate(pages):
            post: Callable[[], Awaitable[Any]] = partial(
                self.client.chat_postMessage,
                channel=channel,
                text=page.text,
                blocks=page.blocks or None,
                thread_ts=thread,
                unfurl_links=False,
                unfurl_media=False,
            )
            if reply.dedupe_key and n == len(pages) - 1:  # the page whose ts records the delivery
                post = partial(post, metadata=nudge_metadata(reply.dedupe_key))
            if on_sent is not None and n == len(pages) - 1:
                post = partial(then_record, post, partial(_ref, channel), on_sent)
            if claim is not None and n == 0:
                post = partial(claimed_first, post, claim)
            response = await self.queue.run(lane, post)
            channel, ts = response.get("channel") or channel, str(response.get("ts"))
        if reply.image_path:
            upload = partial(self.client.files_upload_v2, channel=channel, file=reply.image_path, thread_ts=thread)
            await self.queue.run(lane, upload)
        return MessageRef(PLATFORM, channel, ts)

    async def dm_channel(self, user_id: str) -> str:
        response = await self.client.conversations_open(users=user_id)
        return str(response["channel"]["id"])


def _ref(channel: str, response: Any) -> MessageRef:
    """The message Slack just accepted (a DM opened by user id answers with its channel)."""
    return MessageRef(PLATFORM, response.get("channel") or channel, str(response.get("ts")))
