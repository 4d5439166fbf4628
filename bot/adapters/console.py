"""Terminal chat: interactive at a prompt, or one message per stdin line (with --json, one JSON line each)."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import TextIO

from bot.adapters import console_render
from bot.middleware import Dispatcher
from bot.types import ConversationRef, IncomingMessage, MessageRef, Reply, UserRef

PLATFORM = "console"


class ConsoleAdapter:
    platform = PLATFORM

    def __init__(self, dispatcher: Dispatcher, handle: str, *, out: TextIO | None = None) -> None:
        self.dispatcher = dispatcher
        self.user = UserRef(PLATFORM, handle, display_name=handle)
        self.conversation = ConversationRef(PLATFORM, f"console:{handle}", is_private=True)
        self.out = out or sys.stdout
        self._sent = 0

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        """Nudges arrive here when the console is the owner's linked chat."""
        self._sent += 1
        self.out.write(console_render.to_text(reply) + "\n")
        self.out.flush()
        return MessageRef(PLATFORM, chat_id, str(self._sent))

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        await self.send(message.chat_id, reply)

    async def say(self, text: str) -> list[Reply]:
        return await self.dispatcher.dispatch(IncomingMessage(self.user, self.conversation, text))

    async def run_lines(self, lines: TextIO, *, as_json: bool) -> None:
        """One answer per input line, in order; conversation state carries from line to line."""
        for raw in lines:
            replies = await self.say(raw.rstrip("\n"))
            if as_json:
                self.out.write(json.dumps(console_render.to_json(replies), ensure_ascii=False) + "\n")
            else:
                self.out.write("\n\n".join(console_render.to_text(r) for r in replies) + "\n")
            self.out.flush()

    async def run_interactive(self) -> None:
        self.out.write('Rapport console. Type "help" for examples, Ctrl-D to quit.\n')
        while True:
            try:
                line = await asyncio.to_thread(input, "you> ")
            except (EOFError, KeyboardInterrupt):
                self.out.write("\n")
                return
            if line.strip() in ("quit", "exit", "/quit"):
                return
            for reply in await self.say(line):
                self.out.write(console_render.to_text(reply) + "\n")
            self.out.flush()
