"""kill -9 once Slack has posted a nudge and before the bot heard back, against the real process (Slack in HTTP
mode, the fake Web API): every nudge arrives once. The instance that takes over after the lease finds the first copy in the DM by the
key in its message metadata and records it; only a nudge Slack never had is sent again (marked "(resent)").
The lease is shortened to 10 s. ``--soak``: CRM_SOAK_KILLS kills in rounds of 100 (tests/reliability/soak.py),
the figures printed (``-s``)."""

from __future__ import annotations

from pathlib import Path

from tests.fakes import FakeSlackAPI
from tests.reliability import soak as soak_rounds
from tests.reliability.nudge_harness import NudgeFigures
from tests.reliability.slack_nudges import run_slack_nudges

PER_ROUND = 100


async def _round(
    fake: FakeSlackAPI, db_url: str, work: Path, kills: int, seed: int, deadline: float | None
) -> tuple[NudgeFigures, int]:
    nudges = min(1200, max(8, kills * 3))  # a start posts up to three: the kills never run out of nudges
    return await run_slack_nudges(fake, db_url, work, nudges=nudges, kills=kills, seed_=seed, deadline=deadline)


async def test_kill_9_right_after_slack_accepted_a_nudge_repeats_none(
    slack_api: FakeSlackAPI, db_url: str, tmp_path: Path, soak: bool
) -> None:
    if soak:
        rounds = await soak_rounds.in_rounds(
            _round, tmp_path, kills=soak_rounds.soak_kills(), per_round=PER_ROUND, fake_api=FakeSlackAPI
        )
    else:
        rounds = [await _round(slack_api, db_url, tmp_path, 2, 17, None)]
    figures = sum((f for f, _ in rounds), NudgeFigures())
    found = sum(n for _, n in rounds)
    print(
        f"\nkill -9 once Slack posted a nudge, before the bot heard: {figures.line()}; found in the DM, not resent: {found}"
    )

    assert figures.lost == 0, (figures.line(), tmp_path)
    assert figures.duplicates == 0 and found == figures.kills, (figures.line(), found, tmp_path)
