"""Proactive sends (nudges): platform name -> the adapter that can reach a chat there."""

from __future__ import annotations

from collections.abc import Callable

from bot.adapters.base import RecordingSender, Sender
from bot.types import MessageRef, Reply

OnSent = Callable[[MessageRef], None]


class DeliveryError(Exception):
    """A send failed. ``permanent`` when retrying cannot help (the user blocked the bot)."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


class NotSent(DeliveryError):
    """The adapter stopped before the send began: nothing reached the chat, so the nudge can go straight back."""


class Delivery:
    def __init__(self) -> None:
        self._senders: dict[str, Sender] = {}

    def register(self, sender: Sender) -> None:
        self._senders[sender.platform] = sender

    def platforms(self) -> list[str]:
        return list(self._senders)

    def can_reach(self, platform: str) -> bool:
        return platform in self._senders

    async def send(self, platform: str, chat_id: str, reply: Reply, *, on_sent: OnSent | None = None) -> MessageRef:
        """Send ``reply``; ``on_sent`` is called with its reference as soon as the platform accepted it.

        An adapter that offers ``send_recording`` calls it in the send itself, the moment the platform's
        answer is read (nothing else runs in between); for any other, it is called when ``send`` returns."""
        sender = self._senders.get(platform)
        if sender is None:
            raise DeliveryError(f"no adapter running for {platform}")
        if on_sent is not None and isinstance(sender, RecordingSender):
            return await sender.send_recording(chat_id, reply, on_sent)
        ref = await sender.send(chat_id, reply)
        if on_sent is not None:
            on_sent(ref)
        return ref

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        sender = self._senders.get(message.platform)
        if sender is not None:
            await sender.edit(message, reply)
