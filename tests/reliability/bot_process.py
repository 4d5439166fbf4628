"""The real bot process (``run_bot.py run``) against the fake Bot API (a subclass: the fake Slack API), started,
killed with SIGKILL and stopped by the reliability harness.

With ``warm=True`` the next instance is started ahead (tests/reliability/warm_bot.py: imports done, waiting)
while the current one runs, so a restart after a kill costs the bot's real start-up, not the interpreter's
imports: that is what lets a soak reach a thousand kills on a shared machine.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
from pathlib import Path

from tests.fakes._server import FakeServer

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:KILL-test"
ADMIN = 500
UP_WITHIN = 60.0  # seconds


class BotProcess:
    def __init__(self, fake: FakeServer, db_url: str, log_path: Path, *, warm: bool = False, **settings: str) -> None:
        self.fake, self.db_url, self.log_path, self.warm = fake, db_url, log_path, warm
        self.settings = {f"CRM_{key.upper()}": value for key, value in settings.items()}
        self.extra_env: dict[str, str] = {}  # the harness's own variables (RAPPORT_NUDGE_TRACE), not settings
        self.proc: asyncio.subprocess.Process | None = None
        self._spare: asyncio.subprocess.Process | None = None

    def _env(self) -> dict[str, str]:
        return (
            {k: v for k, v in os.environ.items() if not k.startswith("CRM_")}
            | {"CRM_DATABASE_URL": self.db_url}
            | self.platform_env()
            | self.settings
            | self.extra_env
        )

    def platform_env(self) -> dict[str, str]:
        """Telegram against the fake Bot API (tests/reliability/slack_nudges.py: Slack's)."""
        return {
            "CRM_TELEGRAM_TOKEN": TOKEN,
            "CRM_TELEGRAM_API_URL": self.fake.url + "/bot",
            "CRM_TELEGRAM_ADMIN_IDS": str(ADMIN),
        }

    def up_call(self) -> str:
        """The fake's method whose next call says the bot is up: polling, or (webhook mode) listening, which it
        is before it registers the hook."""
        return "setWebhook" if "CRM_TELEGRAM_WEBHOOK_URL" in self.settings else "getUpdates"

    async def _spawn(self, *args: str, stdin: int | None = None) -> asyncio.subprocess.Process:
        with self.log_path.open("ab") as log:
            return await asyncio.create_subprocess_exec(
                sys.executable, *args, cwd=ROOT, env=self._env(), stdin=stdin, stdout=log, stderr=log
            )

    async def start(self) -> None:
        up = self.up_call()
        polls = len(self.fake.calls_to(up))
        if not self.warm:
            self.proc = await self._spawn(str(ROOT / "run_bot.py"), "run")
        else:
            self.proc = self._spare or await self._spare_instance()
            self._spare = None
            assert self.proc.stdin is not None
            self.proc.stdin.write(b"go\n")
            await self.proc.stdin.drain()
        await self.fake.wait_for(up, count=polls + 1, timeout=UP_WITHIN)
        if self.warm:
            self._spare = await self._spare_instance()

    async def _spare_instance(self) -> asyncio.subprocess.Process:
        return await self._spawn(str(ROOT / "tests" / "reliability" / "warm_bot.py"), stdin=asyncio.subprocess.PIPE)

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def kill_after(self, delay: float) -> float:
        """SIGKILL ``delay`` seconds from now, sent by a timer thread rather than the event loop; when it was sent
        (``time.monotonic()``). The fakes share the harness's loop: a loop running late (a loaded machine,
        rounds side by side) would send a loop-timed kill only after reading and answering what the bot wrote
        meanwhile, so the kill would land in a send's window far more often than a crash, which waits for
        nothing, does."""
        assert self.proc is not None
        pid, sent = self.proc.pid, []

        def fire() -> None:
            sent.append(time.monotonic())
            os.kill(pid, signal.SIGKILL)

        timer = threading.Timer(delay, fire)
        timer.start()
        await asyncio.to_thread(timer.join)
        await self.proc.wait()
        return sent[0]

    async def stop(self) -> int:
        assert self.proc is not None
        await self._drop_spare()
        self.proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(60):
            return await self.proc.wait()

    async def _drop_spare(self) -> None:
        spare, self._spare = self._spare, None
        if spare is not None and spare.stdin is not None:
            spare.stdin.close()  # end of input: it leaves without starting
            await spare.wait()
