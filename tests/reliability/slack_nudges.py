"""Nudges delivered to Slack by the real process (``run_bot.py run``, Slack in HTTP mode against the fake Web API)
while it is killed with SIGKILL at the worst instant: the fake has posted a nudge (``chat.postMessage``) and
holds its answer, so Slack has the nudge and the bot cannot have stored that it does. On Telegram nearly every such kill repeats a nudge; on Slack the
instance that takes over reads the DM's history for the nudge's key (bot/adapters/slack_lookup.py) and
records the copy it finds instead of sending another. Counted from outside, as on Telegram
(tests/reliability/nudge_harness.py), plus how many nudges the store says were found rather than resent.

The fake's message ts follow the machine's clock, which the bot process reads too, so the history's
``oldest`` / ``latest`` window means what it means at Slack.
"""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

from sqlmodel import col, select

from reminders.attempt import FOUND_NOTE
from storage.models import Nudge
from tests.fakes import FakeSlackAPI
from tests.reliability.bot_process import BotProcess
from tests.reliability.kill_harness import seed, spent
from tests.reliability.nudge_harness import FAST, NudgeFigures, count_nudges, delivered
from tests.support import make_app

ADMIN = "U0ADMIN"
DM = "D" + ADMIN  # the fake's conversations.open answer for the admin
SLACK_ADMIN = ("slack", ADMIN, DM, "slack-")


class SlackBotProcess(BotProcess):
    """The bot with only Slack configured, in HTTP mode on a port of the OS's choosing (no event is sent to it)."""

    def platform_env(self) -> dict[str, str]:
        return {
            "CRM_SLACK_BOT_TOKEN": "xoxb-kill-test",
            "CRM_SLACK_SIGNING_SECRET": "kill-test-secret",
            "CRM_SLACK_API_URL": self.fake.url + "/",
            "CRM_SLACK_PORT": "0",
            "CRM_SLACK_ADMIN_IDS": ADMIN,
        }

    def up_call(self) -> str:
        return "auth.test"  # the adapter's first call; the start-up sweep follows


def nudge_texts(fake: FakeSlackAPI) -> list[str]:
    """Every follow-up the DM shows, in the order Slack accepted them."""
    return [m["text"] for (channel, _ts), m in fake.messages.items() if channel == DM and "Follow up with" in m["text"]]


async def run_slack_nudges(
    fake: FakeSlackAPI, db_url: str, work: Path, *, nudges: int, kills: int, seed_: int, deadline: float | None = None
) -> tuple[NudgeFigures, int]:
    """Follow-ups due now, delivered to the admin's DM while the process is killed once Slack has posted one and
    before the bot heard (the first, second or third of a start), ``kills`` times; the figures and how many
    were found in the DM rather than resent (one a kill, when the history can be read)."""
    rng = random.Random(seed_)
    fake.ts_clock = time.time
    people = seed(db_url, nudges, follow_ups=True, admin=SLACK_ADMIN)
    bot = SlackBotProcess(fake, db_url, work / "bot.log", warm=True, **FAST)
    killed = 0
    for _ in range(kills):
        if spent(deadline) or delivered(nudge_texts(fake), people) == len(people):
            break
        posted, let_through = len(fake.calls_to("chat.postMessage")), rng.randint(0, 2)
        answer = fake.hold_next("chat.postMessage", skip=let_through)
        await bot.start()
        await fake.wait_for("chat.postMessage", count=posted + let_through + 1, timeout=120)
        await bot.kill()
        answer.set()  # to a connection that is gone
        killed += 1
    await bot.start()
    # What is left goes out at Slack's pace in one channel (about one a second); what a kill left claimed is
    # looked for (or resent) after its lease: the run is over when the store has recorded every delivery.
    await _settled(db_url, timeout=120 + 2.0 * len(people))
    await bot.stop()
    figures = count_nudges(nudge_texts(fake), people)
    figures.kills, figures.budget_spent = killed, killed < kills
    return figures, _found(db_url)


async def _settled(db_url: str, timeout: float) -> None:
    """Wait until every follow-up's delivery is recorded (the other process writes it: the store is polled)."""
    app, _ = make_app(db_url)
    unrecorded = select(Nudge.id).where(Nudge.kind == "follow_up", col(Nudge.sent_platform).is_(None))
    try:
        async with asyncio.timeout(timeout):
            while True:
                with app.services.session() as session:
                    if session.exec(unrecorded).first() is None:
                        return
                await asyncio.sleep(0.25)
    except TimeoutError:
        pass  # what never arrived is counted as lost by the caller
    finally:
        app.engine.dispose()


def _found(db_url: str) -> int:
    """Nudges whose first copy the taking-over instance found in the DM, recorded instead of resent."""
    app, _ = make_app(db_url)
    with app.services.session() as session:
        found = len(list(session.exec(select(Nudge.id).where(Nudge.last_error == FOUND_NOTE))))
    app.engine.dispose()
    return found
