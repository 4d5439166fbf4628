"""How fast the Slack adapter acknowledges, and how long the work behind the ack takes.

    CRM_TEST_POSTGRES_URL= /work/venv/bin/python -m tests.bench.slack_ack [N]

Real Bolt in HTTP mode on 127.0.0.1, FakeSlackAPI, a SQLite store in a temp dir. Prints milliseconds.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from storage import contacts
from tests.adapters.slack_harness import DM, SECRET, USER, slack_harness
from tests.fakes import FakeSlackAPI
from tests.fakes import slack_signing as slack
from tests.support import sqlite_url


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeSlackAPI() as api, slack_harness(api, sqlite_url(Path(tmp))) as bot:
            alice = bot.link(USER, "alice")
            with bot.app.services.session() as session:
                contacts.create(session=session, full_name="Maria Silva", owner_id=alice.id, now=bot.clock.now())
            acks: list[float] = []
            totals: list[float] = []
            for i in range(n):
                body = (
                    slack.slash_command_body("maria", channel_id=DM)
                    if i % 2
                    else slack.event_callback_body(slack.message_im_event(USER, f"call with maria re item {i}"))
                )
                start = time.perf_counter()
                async with bot.http.post(bot.url, data=body, headers=slack.signed_headers(body, SECRET)) as resp:
                    await resp.read()
                acks.append((time.perf_counter() - start) * 1000)
                await bot.adapter.drain()
                totals.append((time.perf_counter() - start) * 1000)
    for name, values in (("ack", acks), ("ack+work", totals)):
        values.sort()
        p95 = values[int(len(values) * 0.95) - 1]
        print(f"{name:9s} n={n} median={statistics.median(values):.1f}ms p95={p95:.1f}ms max={values[-1]:.1f}ms")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
