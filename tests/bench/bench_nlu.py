"""Benchmark: understand (values, mentions from the store, intent model), resolve and reply for one message,
in process, on a store of generated contacts.

    python -m tests.bench.bench_nlu [--contacts 100000] [--messages 2000] [--db PATH]

Prints the first reply after a cold start (a console subprocess, interpreter start included, with the
project's bytecode compiled as an installed bot has it; and in process from build_app), the per-message latency
through the dispatcher after warm-up (median, p90, p99, max, and per kind of message, one-typo names included),
the bot's memory after them (the store is generated in another process), the reading step alone (values and
store mentions), and beside them two floors: a bare dateparser.parse of the same date phrases and a raw indexed
name query (``search_key = ?``) for the same names.
Targets (issue 12): at 100,000 contacts median <= 3 ms and p99 <= 15 ms; at 1,000,000 median <= 5 ms and
p99 <= 25 ms; first reply <= 1 s; memory at 1M contacts <= 400 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

T0 = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = (
    ("log+f/u", "en", "call w/ {name} re renewal, she wants premium. f/u next tue 3pm"),
    ("log", "en", "met {name} yesterday at the Lisbon fair"),
    ("follow-up", "en", "remind me to call {name} in 2 weeks"),
    ("follow-up", "en", "follow up with {name} end of month"),
    ("find", "en", "{name}?"),
    ("find typo", "en", "find {typo}"),
    ("log pt", "pt", "liguei para {name} ontem, voltar a ligar na sexta"),
    ("stale", "en", "who haven't we talked to in 60 days?"),
    ("birthdays", "en", "birthdays this week"),
    ("garbage", "en", "asdf qwer zxcv"),
    ("log loose", "en", "jumped on a quick call with {name}, he wants a discount"),
    ("log indirect", "en", "could you log that I emailed {name} the price list"),
    ("plan", "en", "meeting with {name} next monday at 11"),
    ("log typo", "en", "call with {typo} about the invoice"),
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def typo(name: str, rnd: random.Random) -> str:
    first, *rest = name.split()
    if len(first) > 3:
        i = rnd.randint(1, len(first) - 2)
        first = first[:i] + first[i + 1] + first[i] + first[i + 2 :]
    return " ".join([first, *rest])


def messages(names: list[str], count: int, seed: int = 3) -> list[tuple[str, str, str]]:
    rnd = random.Random(seed)
    out = []
    for i in range(count):
        label, lang, template = TEMPLATES[i % len(TEMPLATES)]
        name = rnd.choice(names)
        out.append((label, lang, template.format(name=name, typo=typo(name, rnd))))
    return out


def compile_bytecode() -> None:
    """Compile the project's modules as an installed bot has them (pip and a first start do), so a cold start
    measures starting, not compiling: with PYTHONDONTWRITEBYTECODE set, Python reads but never writes them."""
    import compileall

    for folder in ("bot", "config", "handlers", "reminders", "storage"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    compileall.compile_file(str(ROOT / "run_bot.py"), quiet=1)


def first_reply_cold(url: str) -> float:
    """A fresh interpreter: start, import, open the store, answer one line."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "run_bot.py", "console", "--json", "--db", url, "--now", T0.isoformat()],
        input="birthdays this week\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


async def run(url: str, count: int, warmup: int) -> None:
    from bot.app import build_app
    from bot.nlu.dates import find_dates
    from bot.nlu.parser import parse
    from bot.types import ConversationRef, IncomingMessage, UserRef
    from config.settings import get_settings
    from reminders.clock import FrozenClock

    started = time.perf_counter()
    app = build_app(get_settings(database_url=url, _env_file=None), clock=FrozenClock(T0))
    member = app.ensure_local_user("bench", platform="bench")
    user, conv = UserRef("bench", "bench"), ConversationRef("bench", "bench:chat")
    await app.dispatcher.dispatch(IncomingMessage(user, conv, "Acme?"))
    print(f"first reply in process (build_app + one message): {1000 * (time.perf_counter() - started):.0f} ms")

    with app.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM contact")).scalar_one()
        names = [r[0] for r in conn.execute(text("SELECT full_name FROM contact ORDER BY random() LIMIT 500"))]
    print(f"store: {total} contacts")
    batch = messages(names, warmup + count)
    for _, _, body in batch[:warmup]:
        await app.dispatcher.dispatch(IncomingMessage(user, conv, body))
    timings: dict[str, list[float]] = {}
    overall: list[float] = []
    for label, _, body in batch[warmup:]:
        t = time.perf_counter()
        await app.dispatcher.dispatch(IncomingMessage(user, conv, body))
        elapsed = 1000 * (time.perf_counter() - t)
        overall.append(elapsed)
        timings.setdefault(label, []).append(elapsed)
    print(f"\nparse + resolve + reply through the dispatcher, {len(overall)} messages after {warmup} warm-up:")
    print(
        f"  median {statistics.median(overall):.2f} ms   p90 {pct(overall, 0.9):.2f} ms   "
        f"p99 {pct(overall, 0.99):.2f} ms   max {max(overall):.2f} ms"
    )
    for label, values in timings.items():
        print(f"  {label:<11} median {statistics.median(values):6.2f} ms   p99 {pct(values, 0.99):6.2f} ms")
    rss, peak = memory_mb()
    print(f"bot memory after these messages: {rss:.0f} MB resident, peak so far {peak:.0f} MB")

    tz, now = member.tz, T0
    parse_ms, phrases = [], []
    for _, lang, body in batch[warmup:]:
        t = time.perf_counter()
        parse(body, now=now, tz=tz, lang="en")
        parse_ms.append(1000 * (time.perf_counter() - t))
        phrases.extend((m.text, lang) for m in find_dates(body, now=now, tz=tz, lang=lang))
    print(
        f"\nparser alone (intent, entities, dates): median {statistics.median(parse_ms):.3f} ms, "
        f"p99 {pct(parse_ms, 0.99):.3f} ms per message"
    )
    bare_dateparser(phrases, parse_ms)
    reading_alone(app, batch[warmup:], tz)
    raw_name_query(app, names)
    print(f"\npeak memory of this process, the floors' dateparser included: {memory_mb()[1]:.0f} MB")
    app.engine.dispose()


def memory_mb() -> tuple[float, float]:
    """(resident now, peak resident) of this process in MB: the bot's own, the store being generated elsewhere."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


def reading_alone(app: object, batch: list[tuple[str, str, str]], tz: str) -> None:
    """Values and mentions only (the store as the dictionary of names): what the model's input costs."""
    from bot.nlu.reading import read

    ms = []
    with app.services.session() as session:  # type: ignore[attr-defined]
        for _, lang, body in batch:
            t = time.perf_counter()
            read(body, session=session, lang=lang, now=T0, tz=tz)
            ms.append(1000 * (time.perf_counter() - t))
    print(f"reading alone (values + mentions from the store): median {statistics.median(ms):.3f} ms, "
          f"p99 {pct(ms, 0.99):.3f} ms")  # fmt: skip


def raw_name_query(app: object, names: list[str]) -> None:
    """The floor under mention finding: one indexed equality query per name, nothing else."""
    from storage.normalize import search_key

    ms = []
    with app.engine.connect() as conn:  # type: ignore[attr-defined]
        statement = text("SELECT id FROM contact WHERE search_key = :k LIMIT 5")
        for name in names * 4:
            t = time.perf_counter()
            conn.execute(statement, {"k": search_key(name)}).all()
            ms.append(1000 * (time.perf_counter() - t))
    print(f"raw indexed name query (search_key = ?): median {statistics.median(ms):.3f} ms, "
          f"p99 {pct(ms, 0.99):.3f} ms")  # fmt: skip


def bare_dateparser(phrases: list[tuple[str, str]], parse_ms: list[float]) -> None:
    import dateparser

    base = T0.replace(tzinfo=None)
    for phrase, lang in phrases[:50]:  # dateparser loads its language data on first use
        dateparser.parse(phrase, languages=[lang], settings={"RELATIVE_BASE": base})
    ms = []
    for phrase, lang in phrases:
        t = time.perf_counter()
        dateparser.parse(phrase, languages=[lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
        ms.append(1000 * (time.perf_counter() - t))
    per_message = sum(ms) / max(1, len(parse_ms))
    print(
        f"bare dateparser.parse of the same {len(ms)} date phrases: median {statistics.median(ms):.3f} ms, "
        f"p99 {pct(ms, 0.99):.3f} ms per phrase ({per_message:.3f} ms per message on average)"
    )
    print(
        f"ratio: our whole parse / dateparser on its phrases alone = "
        f"{statistics.median(parse_ms) / max(1e-9, per_message):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--db", type=Path, help="reuse (or create) this SQLite file instead of a temporary one")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        t = time.perf_counter()
        if not path.exists():
            # The shared generator: contacts with organisations, interactions and purchases, as in real use. In
            # its own process, so this one's memory is the bot's, not the generator's arrays.
            counts = ["--contacts", str(args.contacts), "--interactions", str(args.contacts * 10)]
            counts += ["--purchases", str(args.contacts * 2), "--staff", "20"]
            subprocess.run([sys.executable, str(ROOT / "tests/bench/generate.py"), "--db", url, *counts], check=True)
        print(f"store ready in {time.perf_counter() - t:.1f} s: {path}")
        compile_bytecode()
        colds = [first_reply_cold(url) for _ in range(3)]
        print("first reply after a cold start (console subprocess): " + ", ".join(f"{c:.2f} s" for c in colds))
        asyncio.run(run(url, args.messages, args.warmup))


if __name__ == "__main__":
    main()
