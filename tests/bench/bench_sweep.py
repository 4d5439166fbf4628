#!/usr/bin/env python3
"""Full reminder sweep over a generated store, against the floor of one GROUP BY over interactions.

    python tests/bench/generate.py --db sqlite:///data/bench.db --contacts 1000000 \
        --interactions 10000000 --purchases 2000000
    python tests/bench/bench_sweep.py --db sqlite:///data/bench.db [--cold]

At the generator's instant every staff member's morning slot is due, so the sweep runs every rule for
every owner: follow-ups, birthdays, at-risk, stay-in-touch, cross-sell, digests, and inserts the nudges.
Before timing, reminder state and nudges are cleared; the per-contact cadence table and the day's
association rules are built first (timed separately as the one-off "cold" cost; --cold rebuilds the
cadence from scratch) and a day of new interactions is added so the sweep's incremental refresh runs.
Prints wall times, peak RSS of this process, and the sweep / floor ratio. Targets: SQLite <= 5 s, <= 500 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import text

from config.settings import get_settings
from reminders import assoc, cadence, engine
from reminders.clock import FrozenClock
from reminders.rules import at_risk, birthday, cross_sell, digest, follow_up, stay_in_touch
from reminders.sweep import sweep
from storage.db import make_engine, session_factory

NOW = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
FLOOR_SQL = "SELECT contact_id, max(occurred_at) FROM interaction GROUP BY contact_id"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = func(*args, **kwargs)
    elapsed = time.perf_counter() - started
    print(f"{label:<44} {elapsed:8.2f} s   peak RSS {peak_mb():7.0f} MB", flush=True)
    return result, elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the reminder sweep.")
    parser.add_argument("--db", required=True)
    parser.add_argument("--cold", action="store_true", help="rebuild the cadence table from scratch first")
    parser.add_argument("--new-interactions", type=int, default=10_000, help="a day of activity before the sweep")
    parser.add_argument("--per-rule", action="store_true", help="also time each rule on its own")
    args = parser.parse_args(argv)
    settings = get_settings(database_url=args.db, _env_file=None)
    db = make_engine(settings.database_url)
    sessions = session_factory(db)
    print(f"backend: {db.dialect.name}   instant: {NOW.isoformat()}", flush=True)
    with db.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("contact", "interaction", "purchase")
        }
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()), flush=True)

    def floor() -> int:
        with db.connect() as conn:
            return len(conn.execute(text(FLOOR_SQL)).all())

    with sessions() as session:
        session.execute(text("DELETE FROM nudge"))
        keys = "('daily_done', 'last_sweep', 'assoc_rules'" + (", 'cadence_marks')" if args.cold else ")")
        session.execute(text(f"DELETE FROM reminder_state WHERE key IN {keys}"))
        if args.cold:
            session.execute(text("DELETE FROM contact_cadence"))

    def build() -> None:
        with sessions() as session:
            cadence.refresh(session=session, currency=settings.currency)

    def mine() -> None:
        with sessions() as session:
            rules = assoc.strong_rules(session=session, at=NOW, settings=settings)
            print(f"  {len(rules)} strong rules, best: {rules[0] if rules else None}", flush=True)

    timed("one-off: cadence table up to date", build)
    timed("once a day: association rules mined", mine)

    with sessions() as session:
        # A day of activity: new interactions for spread-out contacts, so the incremental refresh has work.
        top = session.execute(text("SELECT max(id) FROM contact")).scalar() or 1
        step = max(1, top // max(1, args.new_interactions))
        rows = [
            {"c": 1 + (n * step) % top, "at": NOW - timedelta(hours=1 + n % 20)} for n in range(args.new_interactions)
        ]
        from storage.models import Interaction

        session.execute(
            Interaction.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "contact_id": r["c"],
                    "kind": "call",
                    "occurred_at": r["at"],
                    "summary": "bench",
                    "created_at": r["at"],
                }
                for r in rows
            ],
        )

    def full_sweep() -> int:
        with sessions() as session:
            return sweep(session=session, now=NOW, settings=settings).created

    created, sweep_s = timed("FULL SWEEP (all rules, all owners, insert)", full_sweep)
    sweep_rss = peak_mb()
    with db.connect() as conn:
        by_kind = conn.execute(text("SELECT kind, count(*) FROM nudge GROUP BY kind ORDER BY kind")).all()
    print(f"  nudges created: {created:,}  " + ", ".join(f"{k} {n}" for k, n in by_kind), flush=True)

    def deliver() -> int:
        from bot.delivery import Delivery
        from bot.types import MessageRef, Reply
        from reminders.dispatch import deliver_pending

        class Null:
            platform = "bench"

            async def send(self, chat_id: str, reply: Reply) -> MessageRef:
                return MessageRef("bench", chat_id, "1")

            async def edit(self, message: MessageRef, reply: Reply) -> None:
                return None

        delivery = Delivery()
        delivery.register(Null())
        return asyncio.run(deliver_pending(session_factory=sessions, delivery=delivery, now=NOW, settings=settings))

    sent, _ = timed("delivery: one batch (200) through a null sender", deliver)
    print(f"  sent {sent}", flush=True)

    # Last, so the peak RSS printed for the sweep is the sweep's own (the floor fetches a million rows).
    floor()  # warm the cache the same way for both measurements
    _, floor_s = timed("floor: max(occurred_at) GROUP BY contact_id", floor)

    if args.per_rule:
        clock = FrozenClock(NOW)
        for name, module in (
            ("follow_up", follow_up),
            ("birthday", birthday),
            ("at_risk", at_risk),
            ("stay_in_touch", stay_in_touch),
            ("cross_sell", cross_sell),
            ("digest", digest),
        ):
            with sessions() as session:
                timed(f"  rule {name}", module.due, session=session, at=clock.now(), settings=settings)
        with sessions() as session:
            timed("  engine.evaluate (preview path)", engine.evaluate, session=session, at=NOW, settings=settings)

    print(
        f"\nRESULT backend={db.dialect.name} sweep={sweep_s:.2f}s floor={floor_s:.2f}s "
        f"ratio={sweep_s / floor_s:.2f} sweep_peak_rss={sweep_rss:.0f}MB",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
