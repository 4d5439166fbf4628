"""The Adapter protocol every platform implements."""

from __future__ import annotations

from typing import Protocol

from bot.types import MessageRef, Reply


class Adapter(Protocol):
    platform: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def send(self, chat_id: str, reply: Reply) -> MessageRef: ...

    async def edit(self, message: MessageRef, reply: Reply) -> None: ...
