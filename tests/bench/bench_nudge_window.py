"""The window in which a kill -9 repeats a nudge: from the fake Bot API writing its answer to ``sendMessage``
(Telegram has the nudge) to the bot's commit of that delivery (after which a restart does not resend it).

    python -m tests.bench.bench_nudge_window [--chats 6] [--per-chat 50] [--db sqlite|postgres]

The real process (``run_bot.py run`` through tests/bench/window_bot.py, which only timestamps each stored
delivery) delivers ``chats`` x ``per-chat`` follow-ups due now: each chat's nudges three at once, then one a
second (Telegram's pace in one chat), the chats side by side. Both ends are read on the machine's monotonic
clock; the figures are the median, p90, p99 and the largest window, in milliseconds. A kill at a uniformly
random moment repeats a nudge with probability (sum of windows) / (time the burst took).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.identity import link_configured_admins
from storage import contacts, followups
from storage import staff as staff_repo
from tests.reliability.bot_process import ADMIN, ROOT, BotProcess
from tests.reliability.kill_harness import names
from tests.reliability.nudge_harness import FAST
from tests.reliability.nudge_trace import TracedBotAPI
from tests.support import make_app, sqlite_url


def seed(db_url: str, chats: int, per_chat: int) -> int:
    """``chats`` staff, each with a direct chat and ``per_chat`` follow-ups due a minute ago."""
    app, clock = make_app(db_url, now=datetime.now(UTC))
    owners = [str(ADMIN + n) for n in range(chats)]
    link_configured_admins(app.services, platform="telegram", accounts=[(o, o) for o in owners], handle_prefix="tg")
    people = iter(names(chats * per_chat))
    with app.services.session() as session:
        for owner_id in owners:
            owner = staff_repo.by_handle(session=session, handle=f"tg{owner_id}")
            assert owner is not None and owner.id is not None
            for _ in range(per_chat):
                contact = contacts.create(session=session, full_name=next(people), owner_id=owner.id, now=clock.now())
                due = clock.now() - timedelta(minutes=1)
                followups.schedule(
                    session=session, owner_id=owner.id, contact_id=contact.id, due_at=due, text="send it", now=due
                )
    app.engine.dispose()
    return chats * per_chat


@contextmanager
def store(kind: str, work: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield sqlite_url(work)
        return
    from tests.reliability.soak import postgres_store

    with postgres_store(work) as url:
        yield url


# Per nudge, monotonic: request in at the fake, answer written, bytes read, record called, committed.
Timed = tuple[float, float, float, float, float]
Pause = tuple[int, float, float]  # a garbage collection in the bot: generation, start, end


async def measure(chats: int, per_chat: int, kind: str) -> tuple[list[Timed], list[Pause]]:
    work = Path(tempfile.mkdtemp(prefix="nudge-window-"))
    log = work / "window.log"
    async with TracedBotAPI() as fake:
        with ExitStack() as stack:
            url = stack.enter_context(store(kind, work))
            total = seed(url, chats, per_chat)
            bot = BotProcess(fake, url, work / "bot.log", **FAST)
            env = bot._env() | {"RAPPORT_WINDOW_LOG": str(log)}
            with (work / "bot.log").open("ab") as out:
                proc = await asyncio.create_subprocess_exec(
                    sys.executable,
                    str(ROOT / "tests" / "bench" / "window_bot.py"),
                    cwd=ROOT,
                    env=env,
                    stdout=out,
                    stderr=out,
                )
            await fake.wait_for("sendMessage", count=total, timeout=120 + 2.0 * per_chat)
            await asyncio.sleep(1.0)  # the last deliveries' commits
            proc.terminate()
            await proc.wait()
    timed = []
    for line in log.read_text().splitlines():
        chat, message, *times = line.split()
        seen = fake.answered.get((chat, message))
        if seen is not None:
            read, called, committed = (float(at) for at in times)
            timed.append((*seen, read, called, committed))
    gc_log = work / "gc.log"
    pauses = [line.split() for line in gc_log.read_text().splitlines()] if gc_log.exists() else []
    return timed, [(int(g), float(start), float(end)) for g, start, end in pauses]


def spread(values: list[float]) -> str:
    values = sorted(values)
    q = statistics.quantiles(values, n=100, method="inclusive")
    return f"median {statistics.median(values):.2f} ms, p90 {q[89]:.2f}, p99 {q[98]:.2f}, max {values[-1]:.2f}"


def report(timed: list[Timed], pauses: list[Pause]) -> None:
    ms = [tuple(1000 * (at - t[1]) for at in t[2:]) for t in timed]
    print(f"  request in -> delivery committed (all of it):      {spread([1000 * (t[4] - t[0]) for t in timed])}")
    print(f"  request in -> answer written (the platform's part):{spread([1000 * (t[1] - t[0]) for t in timed])}")
    print(f"  answer written -> delivery committed (the window): {spread([w for _, _, w in ms])}")
    print(f"  answer written -> bytes read (the HTTP client):    {spread([r for r, _, _ in ms])}")
    print(f"  bytes read -> record called (parsing the answer):  {spread([c - r for r, c, _ in ms])}")
    print(f"  record called -> committed (the UPDATE):           {spread([w - c for _, c, w in ms])}")
    hit = [
        sum(max(0.0, min(end, t[4]) - max(start, t[1])) for _, start, end in pauses) for t in timed
    ]  # seconds of garbage collection inside each window
    inside = [h for h in hit if h > 0]
    print(
        f"  garbage collections: {len(pauses)} ({sum(g == 2 for g, _, _ in pauses)} full); "
        f"{len(inside)} windows held one, {1000 * sum(inside):.1f} ms of the {1000 * sum(t[4] - t[1] for t in timed):.1f} ms "
        "all windows add up to"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=6)
    parser.add_argument("--per-chat", type=int, default=50)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    args = parser.parse_args()
    timed, pauses = asyncio.run(measure(args.chats, args.per_chat, args.db))
    if len(timed) < 2:
        raise SystemExit("too few deliveries timed")
    print(f"{len(timed)} nudges ({args.chats} chats x {args.per_chat}, {args.db})")
    report(timed, pauses)


if __name__ == "__main__":
    main()
