"""kill -9 in the middle of delivering nudges, against the real process: every nudge arrives, a repeat is
marked "(resent)". Two scenarios: a kill at the worst instant (Telegram has the nudge, the bot has not stored
it yet: nearly one repeat per kill, each marked) and a kill at a random moment of a burst (a repeat is rare).
The lease is shortened to 10 s so the test does not wait five minutes. ``--soak``: CRM_SOAK_KILLS kills in
rounds (tests/reliability/soak.py), figures per 1,000 kills printed (``-s``)."""

from __future__ import annotations

from functools import partial, reduce
from operator import add
from pathlib import Path

from tests.reliability import nudge_harness
from tests.reliability import soak as soak_rounds
from tests.reliability.nudge_harness import Mode, NudgeFigures
from tests.reliability.nudge_trace import TracedBotAPI

PER_ROUND = 100  # kills on one store; a round seeds six nudges a kill (at most 1,200 distinct people)


async def _round(
    mode: Mode, fake: TracedBotAPI, db_url: str, work: Path, kills: int, seed: int, deadline: float | None
) -> NudgeFigures:
    nudges = min(1200, max(8, kills * 6)) if mode == "random" else min(1200, max(8, kills * 2))
    return await nudge_harness.run_nudges(
        fake, db_url, work, nudges=nudges, kills=kills, seed_=seed, mode=mode, deadline=deadline
    )


async def _figures(mode: Mode, db_url: str, tmp_path: Path, soak_: bool) -> NudgeFigures:
    if not soak_:
        async with TracedBotAPI() as fake:
            return await _round(mode, fake, db_url, tmp_path, 2, 17, None)
    rounds = await soak_rounds.in_rounds(
        partial(_round, mode), tmp_path, kills=soak_rounds.soak_kills(), per_round=PER_ROUND, fake_api=TracedBotAPI
    )
    return reduce(add, rounds, NudgeFigures())


def _report(title: str, figures: NudgeFigures) -> None:
    print(f"\n{title}: {figures.line()}")
    for line in figures.trace.lines():
        print(f"  {line}")


async def test_kill_9_right_after_telegram_accepted_a_nudge_loses_none_and_marks_repeats(
    db_url: str, tmp_path: Path, soak: bool
) -> None:
    figures = await _figures("adversarial", db_url, tmp_path, soak)
    _report("kill -9 right after Telegram accepted a nudge", figures)

    assert figures.lost == 0, (figures.line(), tmp_path)
    assert figures.duplicates <= figures.kills and figures.marked == figures.duplicates


async def test_kill_9_at_a_random_moment_of_a_burst_loses_none_and_rarely_repeats(
    db_url: str, tmp_path: Path, soak: bool
) -> None:
    figures = await _figures("random", db_url, tmp_path, soak)
    _report("kill -9 at a random moment of a nudge burst", figures)

    assert figures.lost == 0, (figures.line(), tmp_path)
    assert figures.marked == figures.duplicates
