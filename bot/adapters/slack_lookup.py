"""Is this nudge already in the chat? Slack can say, where Telegram cannot: every nudge is posted with message
metadata carrying its dedupe key, and before a nudge whose delivery no instance lived to record is sent again,
the channel's history since the first attempt's claim is read for a message of ours carrying that key.

Slack gives history newest first, and the instance that took over may have posted a burst to the same chat
since the crash, so the read walks back a few short pages, as far as the claim. It is an optimisation of a
resend, never a condition of delivery: without the history scope (``im:history`` for a DM,
``channels:history`` / ``groups:history`` for a channel), rate limited (a new app that is not in Slack's
Marketplace may read history once a minute, 15 messages at a time), or on any other error, it says "not
found" and the nudge is resent marked "(resent)", as on Telegram. So it has its own client, without the retry
handler that would wait out a 429 for minutes.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack_events import is_channel_id
from bot.types import MessageRef

log = logging.getLogger(__name__)
PLATFORM = "slack"
NUDGE_EVENT = "rapport_nudge"  # the metadata's event_type on every nudge Rapport posts
# The most conversations.history returns a new non-Marketplace app per call (May 2025 limits), and how many
# such pages are read back towards the claim: a DM rarely has more since a crash, and each page is a request.
HISTORY_LIMIT = 15
MAX_PAGES = 4
LOOKUP_TIMEOUT = 10  # seconds: a slow answer means resending, not holding the chat's nudges up


def nudge_metadata(key: str) -> dict[str, Any]:
    """chat.postMessage's ``metadata`` for a nudge."""
    return {"event_type": NUDGE_EVENT, "event_payload": {"key": key}}


def lookup_client(token: str, base_url: str) -> AsyncWebClient:
    """A client that reports a 429 or a dropped connection at once (no retry handlers): the lookup then gives up."""
    return AsyncWebClient(token=token, base_url=base_url, retry_handlers=[], timeout=LOOKUP_TIMEOUT)


class SlackLookup:
    def __init__(self, client: AsyncWebClient, channel_of_user: Callable[[str], Awaitable[str]]) -> None:
        self.client = client
        self.channel_of_user = channel_of_user
        self.own: frozenset[str] = frozenset()  # our bot user and bot ids (auth.test), once started

    async def find(self, chat_id: str, key: str, *, since: datetime) -> MessageRef | None:
        """bot/adapters/base.py: DeliveredFinder. Never raises."""
        try:
            channel = chat_id if is_channel_id(chat_id) else await self.channel_of_user(chat_id)
            ts = await self._walk_back(channel, key, since)
        except SlackApiError as exc:
            answer: Any = exc.response
            code = answer.get("error") if answer is not None else None
            needed = answer.get("needed") if answer is not None else None
            log.warning(
                "could not read slack history of %s to find a nudge (%s%s); sending it again",
                chat_id,
                code or "error",
                f", needs {needed}" if needed else "",
            )
            return None
        except Exception as exc:  # a timeout, a dropped connection, an answer not as documented
            log.warning(
                "could not read slack history of %s to find a nudge (%s); sending it again", chat_id, type(exc).__name__
            )
            return None
        return None if ts is None else MessageRef(PLATFORM, channel, ts)

    async def _walk_back(self, channel: str, key: str, since: datetime) -> str | None:
        """The ts of our message carrying ``key`` posted since ``since``, newest page first."""
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            page = await self.client.conversations_history(
                channel=channel,
                oldest=_slack_ts(since),
                inclusive=True,
                include_all_metadata=True,
                limit=HISTORY_LIMIT,
                cursor=cursor,
            )
            messages = page.get("messages")
            found = next((m for m in messages if self._is_ours(m, key)), None) if isinstance(messages, list) else None
            if found is not None:
                return str(found["ts"])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not page.get("has_more") or not cursor:
                return None
        return None

    def _is_ours(self, message: Any, key: str) -> bool:
        if not isinstance(message, dict) or not isinstance(message.get("ts"), str):
            return False
        metadata = message.get("metadata")
        if not isinstance(metadata, dict) or metadata.get("event_type") != NUDGE_EVENT:
            return False
        payload = metadata.get("event_payload")
        if not isinstance(payload, dict) or payload.get("key") != key:
            return False
        # Only an app can attach metadata; ours, not another app's that happened to reuse the event type.
        return not self.own or bool({message.get("bot_id"), message.get("user")} & self.own)


def _slack_ts(at: datetime) -> str:
    return f"{at.timestamp():.6f}"
