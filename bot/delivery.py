"""Proactive sends (nudges): platform name -> the adapter that can reach a chat there."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bot.adapters.base import DeliveredFinder, RecordedSender, Sender
from bot.types import MessageRef, Reply

log = logging.getLogger(__name__)

OnSent = Callable[[MessageRef], None]
Claim = Callable[[], bool]


class DeliveryError(Exception):
    """A send failed. ``permanent`` when retrying cannot help (the user blocked the bot)."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


class NotSent(DeliveryError):
    """The adapter stopped before the send began: nothing reached the chat, so the nudge can go straight back."""


class Declined(NotSent):
    """The caller's claim, asked right before the platform call, said no (another instance has it): nothing
    was sent."""


class Delivery:
    def __init__(self) -> None:
        self._senders: dict[str, Sender] = {}

    def register(self, sender: Sender) -> None:
        self._senders[sender.platform] = sender

    def platforms(self) -> list[str]:
        return list(self._senders)

    def can_reach(self, platform: str) -> bool:
        return platform in self._senders

    async def send(
        self,
        platform: str,
        chat_id: str,
        reply: Reply,
        *,
        claim: Claim | None = None,
        on_sent: OnSent | None = None,
    ) -> MessageRef:
        """Send ``reply``. ``claim`` is asked right before the platform call (raising ``Declined`` when it says
        no), ``on_sent`` is called with the reference as soon as the platform accepted it.

        An adapter that offers ``send_recording`` does both inside the send, when the reply's turn in the
        chat's queue comes and the moment the platform's answer is read; for any other they come right before
        ``send`` and when it returns."""
        sender = self._senders.get(platform)
        if sender is None:
            raise DeliveryError(f"no adapter running for {platform}")
        if isinstance(sender, RecordedSender) and (claim or on_sent):
            return await sender.send_recording(chat_id, reply, claim=claim, on_sent=on_sent)
        if claim is not None and not claim():
            raise Declined("claimed by another instance")
        ref = await sender.send(chat_id, reply)
        if on_sent is not None:
            on_sent(ref)
        return ref

    def can_find(self, platform: str) -> bool:
        """Whether ``platform``'s adapter can say if a nudge is already in a chat (bot/adapters/base.py)."""
        return isinstance(self._senders.get(platform), DeliveredFinder)

    async def find_delivered(self, platform: str, chat_id: str, key: str, *, since: datetime) -> MessageRef | None:
        """The message carrying ``key`` that reached ``chat_id`` since ``since``, if the adapter can find it;
        None otherwise, an adapter's failure included (the caller then sends again)."""
        sender = self._senders.get(platform)
        if not isinstance(sender, DeliveredFinder):
            return None
        try:
            return await sender.find_delivered(chat_id, key, since=since)
        except Exception as exc:  # the adapter promises not to raise; a bug there must not lose the nudge
            log.warning("%s could not look for a delivered nudge: %s", platform, type(exc).__name__)
            return None

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        sender = self._senders.get(message.platform)
        if sender is not None:
            await sender.edit(message, reply)
