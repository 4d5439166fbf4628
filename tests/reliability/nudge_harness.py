"""Nudges delivered by the real process (``run_bot.py run``) while it is killed with SIGKILL, counted from
outside: every nudge is a follow-up about a different contact, so the fake's sent messages say how often each
one arrived and whether a repeat carried "(resent)".

Two ways to choose the moment of a kill:

* ``adversarial``: right after the fake Bot API recorded a ``sendMessage``, i.e. after Telegram has the nudge
  and before the bot could store that it does. Telegram has no idempotency key, so nearly every such kill
  gives one repeat (marked "(resent)"): the worst case, not a rate.
* ``random``: at a uniformly random time within ``WINDOW`` seconds of the first nudge of a burst going out
  (timed by a thread, not the event loop the fake Bot API shares: ``BotProcess.kill_after``), while the burst
  is being delivered (three at once, then one a second: Telegram's pace in one chat). A
  repeat needs the kill to fall between Telegram accepting a nudge and its delivery being stored, which the
  bot keeps as short as it can (the delivery is stored inside the send, first thing after the answer is
  read); this is the rate to expect from a crash.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from tests.fakes import FakeTelegramAPI
from tests.reliability import nudge_trace
from tests.reliability.bot_process import ADMIN, BotProcess
from tests.reliability.kill_harness import all_answered, seed, spent
from tests.reliability.nudge_trace import WINDOW, Trace, TracedBotAPI

Mode = Literal["adversarial", "random"]
# A 10 s lease and a 5 s sweep, so a nudge left claimed by a kill is resent within the test's patience.
FAST = {"nudge_lease_seconds": "10", "sweep_interval_seconds": "5", "quiet_hours": "", "digest_enabled": "false"}


@dataclass
class NudgeFigures:
    nudges: int = 0
    kills: int = 0
    lost: int = 0  # never delivered
    duplicates: int = 0  # delivered more than once
    marked: int = 0  # of the repeats, marked "(resent)"
    false_marks: int = 0  # first copy already marked "(resent)": nothing had reached the chat before it
    budget_spent: bool = False  # stopped killing early at CRM_SOAK_MINUTES
    trace: Trace = field(default_factory=Trace)  # where the repeats came from (a TracedBotAPI round)

    def __add__(self, other: NudgeFigures) -> NudgeFigures:
        return NudgeFigures(
            self.nudges + other.nudges,
            self.kills + other.kills,
            self.lost + other.lost,
            self.duplicates + other.duplicates,
            self.marked + other.marked,
            self.false_marks + other.false_marks,
            self.budget_spent or other.budget_spent,
            self.trace + other.trace,
        )

    def line(self) -> str:
        per_1000 = 1000 * self.duplicates / self.kills if self.kills else 0.0
        return (
            f"{self.nudges} nudges, {self.kills} kill -9s: lost {self.lost}, duplicates {self.duplicates} "
            f"({per_1000:.1f} per 1,000 kills), not marked resent {self.duplicates - self.marked}, "
            f"marked resent with no earlier copy {self.false_marks}"
            + (" (time budget spent)" if self.budget_spent else "")
        )


async def run_nudges(
    fake: FakeTelegramAPI,
    db_url: str,
    work: Path,
    *,
    nudges: int,
    kills: int,
    seed_: int,
    mode: Mode,
    deadline: float | None = None,
    warm: bool = True,
) -> NudgeFigures:
    """Follow-ups due now, delivered by the real process while it is killed mid-delivery ``kills`` times."""
    rng = random.Random(seed_)
    # Off the event loop: the fake Bot API and the kill timing of the rounds running beside this one share it,
    # and a loop held for the second a seeding takes would hold a nudge's answer and a kill together, then let
    # the kill fall right after the answer (a repeat the bot's own timing had no part in).
    people = await asyncio.to_thread(seed, db_url, nudges, follow_ups=True)
    bot = BotProcess(fake, db_url, work / "bot.log", warm=warm, **FAST)
    traced = isinstance(fake, TracedBotAPI) and warm  # the bot-side timestamps come with the warm spare
    if traced:
        bot.extra_env["RAPPORT_NUDGE_TRACE"] = str(work / "trace.log")
    kills_at: list[tuple[int, float]] = []  # (pid, when), on the clock the traces use
    killed = 0
    for _ in range(kills):
        if spent(deadline) or _delivered(fake, people) == len(people):
            break
        sent = len(fake.sent_messages())
        await bot.start()
        assert bot.proc is not None
        pid = bot.proc.pid
        if mode == "adversarial":
            await fake.wait_for("sendMessage", count=sent + rng.randint(1, 3), timeout=120)
            kills_at.append((pid, time.monotonic()))
            await bot.kill()
        else:
            await fake.wait_for("sendMessage", count=sent + 1, timeout=120)
            kills_at.append((pid, await bot.kill_after(rng.uniform(0, WINDOW))))
        killed += 1
    await bot.start()
    # What is left goes out at Telegram's pace in one chat (one a second), after at most one lease.
    left = len(people) - _delivered(fake, people)
    await all_answered(fake, people, timeout=120 + 2.0 * left)
    await bot.stop()
    figures = _count(fake, people)
    figures.kills, figures.budget_spent = killed, killed < kills
    if traced:
        assert isinstance(fake, TracedBotAPI)
        ids = await asyncio.to_thread(nudge_trace.nudge_ids, db_url)
        figures.trace = nudge_trace.explain(fake, str(ADMIN), work / "trace.log", kills_at, people, ids)
    return figures


def _mine(texts: list[str], name: str) -> list[str]:
    return [text for text in texts if f"Follow up with {name} " in text or f"Follow up with {name}:" in text]


def _nudge_texts(fake: FakeTelegramAPI) -> list[str]:
    return [m["text"] for m in fake.sent_messages() if "Follow up with" in m["text"]]


def _delivered(fake: FakeTelegramAPI, people: list[str]) -> int:
    return delivered(_nudge_texts(fake), people)


def _count(fake: FakeTelegramAPI, people: list[str]) -> NudgeFigures:
    return count_nudges(_nudge_texts(fake), people)


def delivered(texts: list[str], people: list[str]) -> int:
    """How many of ``people`` had their follow-up arrive, among the chat's ``texts``."""
    return sum(bool(_mine(texts, name)) for name in people)


def count_nudges(texts: list[str], people: list[str]) -> NudgeFigures:
    """Lost, repeated and marked follow-ups among everything the chat shows (``texts``, in order)."""
    figures = NudgeFigures(nudges=len(people))
    for name in people:
        mine = _mine(texts, name)
        figures.lost += not mine
        figures.duplicates += max(0, len(mine) - 1)
        figures.marked += sum(text.startswith("(resent)") for text in mine[1:])
        figures.false_marks += bool(mine) and mine[0].startswith("(resent)")
    return figures
