"""Proactive sends (nudges): platform name -> the adapter that can reach a chat there."""

from __future__ import annotations

from bot.adapters.base import Sender
from bot.types import MessageRef, Reply


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

    async def send(self, platform: str, chat_id: str, reply: Reply) -> MessageRef:
        sender = self._senders.get(platform)
        if sender is None:
            raise DeliveryError(f"no adapter running for {platform}")
        return await sender.send(chat_id, reply)

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        sender = self._senders.get(message.platform)
        if sender is not None:
            await sender.edit(message, reply)
