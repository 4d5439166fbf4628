"""Benchmark: figures that count the writes of the last minute (issue 13).

    python -m tests.bench.bench_fresh_figures --contacts 20000        # reduced scale, LOCAL generator (cached)
    python -m tests.bench.bench_fresh_figures --db sqlite:///data/bench-1m.db

After the nightly rebuild, a minute of writes: each a purchase committed in its own unit of work with the refresh
it triggers (the contact's rollup rows and the per-owner summaries). Then every figures question, for a rep and for
an admin, one minute after the rebuild. Targets (issue 13): write + refresh <= 20 ms p99; each question <= 1 s;
and the answers count the writes (the last, largest purchase leads the admin's top customers).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlmodel import col, func, select

from storage import models, sales
from storage.analytics import rollups
from storage.db import make_engine, session_factory
from storage.migrate import upgrade
from tests.bench.bench_insights import NOW, QUESTIONS, generate
from tests.support import Chat, make_app


def _store(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    path = Path(tempfile.gettempdir()) / f"rapport-bench-insights-{args.contacts}.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        print(f"generating {args.contacts:,} contacts (LOCAL generator) into {path}", file=sys.stderr)
        generate(url, args.contacts)
    return url


def rebuild(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    with session_factory(engine)() as session:
        rollups.rebuild_rollups(session, now=NOW)
        session.commit()
    print(f"rollups rebuilt (the nightly job) in {time.perf_counter() - started:.1f} s")
    engine.dispose()


def writes(url: str, count: int) -> tuple[list[float], int]:
    """``count`` purchases over the minute after the rebuild, each committed with its refresh; the last is the
    largest ever, for a contact of rep1's."""
    app, clock = make_app(url, now=NOW)
    with app.services.session() as session:
        contacts = list(session.exec(select(models.Contact.id).order_by(col(models.Contact.id)).limit(count)))
        product = session.exec(select(models.Product.id).limit(1)).one()
        biggest = session.exec(select(func.max(models.Purchase.amount_minor))).one() or 0
        rep1 = session.exec(select(models.Staff.id).where(models.Staff.handle == "rep1")).one()
        last = session.exec(select(models.Contact.id).where(models.Contact.owner_id == rep1).limit(1)).one()
    times = []
    for n, contact_id in enumerate([*contacts[: count - 1], last]):
        clock.advance(seconds=60 / count)
        amount = biggest * 10 if n == count - 1 else 10_000 + n
        started = time.perf_counter()
        with app.services.session() as session:
            sales.record_purchase(
                session=session, contact_id=contact_id, product_id=product, quantity=1, amount_minor=amount,
                currency="EUR", purchased_at=clock.now(), author_id=None, now=clock.now(),
            )  # fmt: skip
        times.append(time.perf_counter() - started)
    app.engine.dispose()
    return times, last


async def questions(url: str, handle: str, repeat: int) -> list[tuple[str, float, str]]:
    app, clock = make_app(url, now=NOW + timedelta(minutes=1), charts=False)
    chat = Chat(app, clock, handle=handle)
    with app.services.session() as session:
        org = session.exec(select(models.Organization.name).limit(1)).one()
    out = []
    for question in (q.format(org=org) for q in QUESTIONS):
        times, text = [], ""
        for _ in range(repeat):
            started = time.perf_counter()
            replies = await chat.say(question)
            times.append(time.perf_counter() - started)
            text = replies[0].text if replies else ""
        out.append((question, statistics.median(times), text))
    app.engine.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an already generated store")
    parser.add_argument("--contacts", type=int, default=20_000, help="size for the LOCAL generator")
    parser.add_argument("--writes", type=int, default=300, help="purchases written in the minute before the questions")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    url = _store(args)
    rebuild(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        sizes = {
            t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("contact", "interaction", "purchase")
        }
    engine.dispose()
    print(f"store: {url}  " + "  ".join(f"{t}={n:,}" for t, n in sizes.items()))
    times, last = writes(url, args.writes)
    ordered = sorted(times)
    p50, p99 = ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    missed = int(p99 > 0.020)
    print(
        f"{'ok  ' if p99 <= 0.020 else 'SLOW'} write + refresh: p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms over {len(times)} writes"
    )
    for handle in ("rep1", "bench-admin"):
        for question, seconds, text in asyncio.run(questions(url, handle, args.repeat)):
            ok = seconds <= 1.0
            missed += not ok
            print(f"{'ok  ' if ok else 'SLOW'} {seconds * 1000:8.0f} ms  {handle}: {question}")
            if handle == "bench-admin" and question == "top 5 customers":
                # The first ranked line (after the header and the currency line) is the last write's contact.
                ranked = [line for line in text.splitlines() if line.strip().startswith("•")]
                counted = bool(ranked) and f"Person {last} " in ranked[0]
                missed += not counted
                print(f"{'ok  ' if counted else 'MISS'} the last write leads the admin's top customers")
    print(f"{missed} over target")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
