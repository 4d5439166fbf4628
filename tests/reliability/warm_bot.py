"""``run_bot.py run`` with its imports done ahead of time: a spare instance for the kill soak.

The harness starts the next instance while the current one runs; this one imports everything the bot needs
(the slow part of a start on a loaded machine) and then waits for a line on stdin. On that line it runs
exactly what ``run_bot.py run`` runs, in this same process, from its own environment; on end of input it
leaves without starting. With $RAPPORT_NUDGE_TRACE set, each nudge's claim, send and record are timestamped
into that file (tests/reliability/trace_bot.py). What is measured (migrations, the adapter's start, recovery of what the killed
instance left) is the real start-up; only the interpreter's imports were paid before the kill.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import run_bot
from bot.adapters import telegram  # noqa: F401
from bot.entry import cli, runner  # noqa: F401
from reminders import scheduler  # noqa: F401

if __name__ == "__main__":
    if not sys.stdin.readline():
        sys.exit(0)
    if trace := os.environ.get("RAPPORT_NUDGE_TRACE"):  # the kill harness's timestamps (trace_bot.py)
        from tests.reliability import trace_bot

        trace_bot.install(trace)
    sys.exit(run_bot.main(["run"]))
