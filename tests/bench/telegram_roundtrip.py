"""Throughput of the Telegram path: real PTB long-polling the fake Bot API, dispatch, render, send.

    PYTHONPATH=. /work/venv/bin/python tests/bench/telegram_roundtrip.py [messages]

Pacing waits are recorded, not slept (FakeTime), so the figure is the bot's own cost per message.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from tests.adapters.telegram_rig import ADMIN, telegram_rig
from tests.fakes import FakeTelegramAPI
from tests.support import sqlite_url


async def main(count: int) -> None:
    async with FakeTelegramAPI() as fake:
        url = sqlite_url(Path(tempfile.mkdtemp()))
        async with telegram_rig(fake, url) as rig:
            rig.add_contact("Maria Silva", company="Acme", emails=["maria@acme.example"])
            rig.add_contact("Maria Santos", company="Beta")
            for kind, text in (("lookup", "Maria Silva?"), ("log", "call with Maria Silva re renewal")):
                start = time.perf_counter()
                updates = [fake.push_message(ADMIN, text) for _ in range(count)]
                for update in updates:
                    await rig.handled_update(update)
                elapsed = time.perf_counter() - start
                print(
                    f"{kind:7s} {count} messages in {elapsed:.2f}s: {count / elapsed:.0f} msg/s, "
                    f"{1000 * elapsed / count:.1f} ms each"
                )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
