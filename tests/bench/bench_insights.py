"""Benchmark: every insight question answered through the dispatcher, and chart rendering, on a large store.

    python -m tests.bench.bench_insights --db sqlite:///data/bench-1m.db      # a store from tests/bench/generate.py
    python -m tests.bench.bench_insights --contacts 200000                      # LOCAL generator (below), cached

Targets: each question <= 1 s on SQLite (charts off, so the query and the text are timed), each chart <= 300 ms
(rendering only: matplotlib is imported and warmed up first). Prints one line per figure and exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import col, select

from bot.app import App
from storage import models
from storage.analytics import freshness, rollups
from storage.db import make_engine, session_factory
from storage.migrate import upgrade
from tests.support import Chat, make_app

NOW = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
QUESTIONS = (
    "revenue by segment",
    "revenue by owner this year",
    "revenue by tag",
    "top 5 customers",
    "top 5 customers by profit",
    "bottom 5 customers",
    "RFM segments",
    "lifetime value by segment",
    "churn rate over the last 90 days",
    "retention by cohort",
    "pipeline",
    "win rate this year",
    "which deals are stuck?",
    "lifecycle stages",
    "channel preferences",
    "rank customers by risk",
    "my week",
    "cross-sell",
    "brief me on {org}",
    "what does {org} buy?",
)
PRODUCTS = (
    ("Premium", 48_000, 9_000),
    ("Basic", 12_000, 3_000),
    ("Onboarding", 150_000, 60_000),
    ("Support", 25_000, 10_000),
    ("Training", 90_000, None),
)
SEGMENTS = ("SMB", "mid-market", "enterprise")
KINDS = models.INTERACTION_KINDS
BATCH = 20_000


# ---- LOCAL generator: a stand-in until the shared tests/bench/generate.py lands; simple, seeded, not realistic. ----
def generate(url: str, contacts: int) -> None:
    rng = random.Random(1)
    engine = make_engine(url)
    upgrade(engine)
    staff_n, orgs_n = 20, max(10, contacts // 20)
    with engine.begin() as conn:
        conn.execute(insert(models.Team.__table__), [{"name": "Bench"}])
        conn.execute(
            insert(models.Staff.__table__),
            [
                {
                    "handle": f"rep{i}",
                    "display_name": f"Rep {i}",
                    "role": "rep",
                    "tz": "UTC",
                    "language": "en",
                    "digest_time": "08:30",
                    "team_id": 1,
                    "active": True,
                    "created_at": NOW,
                }
                for i in range(staff_n)
            ],
        )
        conn.execute(
            insert(models.Product.__table__),
            [
                {"name": n, "name_key": n.lower(), "unit_price_minor": p, "unit_cost_minor": c, "currency": "EUR"}
                for n, p, c in PRODUCTS
            ],
        )
        conn.execute(
            insert(models.Organization.__table__),
            [
                {
                    "name": f"Org {i}",
                    "name_key": f"org {i}",
                    "kind": "customer",
                    "segment": SEGMENTS[i % 3],
                    "owner_id": i % staff_n + 1,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for i in range(1, orgs_n + 1)
            ],
        )
    stages = ("prospect", "lead", "customer", "customer", "customer", "advocate", "churned")
    for start in range(0, contacts, BATCH):
        people, tags, touches, buys = [], [], [], []
        for cid in range(start + 1, min(start + BATCH, contacts) + 1):
            stage = stages[cid % len(stages)]
            last = NOW - timedelta(days=rng.randint(0, 300))
            people.append(
                {
                    "id": cid,
                    "full_name": f"Person {cid}",
                    "search_key": f"person {cid}",
                    "organization_id": cid % orgs_n + 1,
                    "owner_id": cid % staff_n + 1,
                    "stage": stage,
                    "last_touch_at": last,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
            if cid % 4 == 0:
                tags.append({"contact_id": cid, "tag": ("vip", "export", "local")[cid % 3]})
            for _ in range(rng.randint(1, 5)):
                at = last - timedelta(days=rng.randint(0, 200))
                touches.append(
                    {
                        "contact_id": cid,
                        "author_id": cid % staff_n + 1,
                        "kind": KINDS[rng.randrange(len(KINDS))],
                        "occurred_at": at,
                        "summary": "bench",
                        "created_at": at,
                    }
                )
            if stage in ("customer", "advocate", "churned"):
                for _ in range(rng.randint(1, 4)):
                    pid = rng.randint(1, len(PRODUCTS))
                    qty = rng.randint(1, 5)
                    buys.append(
                        {
                            "contact_id": cid,
                            "product_id": pid,
                            "quantity": qty,
                            "amount_minor": PRODUCTS[pid - 1][1] * qty,
                            "currency": "USD" if cid % 10 == 0 else "EUR",
                            "purchased_at": NOW - timedelta(days=rng.randint(0, 700)),
                        }
                    )
        with engine.begin() as conn:
            conn.execute(insert(models.Contact.__table__), people)
            if tags:
                conn.execute(insert(models.ContactTag.__table__), tags)
            conn.execute(insert(models.Interaction.__table__), touches)
            conn.execute(insert(models.Purchase.__table__), buys)
        print(f"  generated {min(start + BATCH, contacts):,} contacts", file=sys.stderr)
    deal_stages = ("qualification", "proposal", "negotiation", "won", "lost")
    with engine.begin() as conn:
        conn.execute(
            insert(models.Deal.__table__),
            [
                {
                    "title": f"Deal {i}",
                    "contact_id": i * 7 % contacts + 1,
                    "organization_id": i % orgs_n + 1,
                    "owner_id": i % staff_n + 1,
                    "stage": (s := deal_stages[i % 5]),
                    "value_minor": rng.randint(1, 100) * 100_000,
                    "currency": "EUR",
                    "stage_changed_at": (c := NOW - timedelta(days=rng.randint(0, 120))),
                    "created_at": c,
                    "closed_at": c if s in ("won", "lost") else None,
                }
                for i in range(1, contacts // 50 + 1)
            ],
        )
        conn.execute(
            insert(models.FollowUp.__table__),
            [
                {
                    "contact_id": i * 13 % contacts + 1,
                    "owner_id": i % staff_n + 1,
                    "due_at": NOW + timedelta(days=rng.randint(-20, 20)),
                    "text": "bench",
                    "status": "open" if i % 3 else "done",
                    "created_at": NOW - timedelta(days=30),
                    "done_at": NOW - timedelta(days=rng.randint(0, 10)) if i % 3 == 0 else None,
                }
                for i in range(1, contacts // 20 + 1)
            ],
        )
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE")
    engine.dispose()


async def bench_questions(url: str, repeat: int, handle: str = "rep1") -> list[tuple[str, float]]:
    app, clock = make_app(url, now=NOW, charts=False)
    chat = Chat(app, clock, handle=handle)
    org = _an_organization_of(app, handle)
    out = []
    for question in (q.format(org=org) for q in QUESTIONS):
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            replies = await chat.say(question)
            times.append(time.perf_counter() - start)
        assert replies and "went wrong" not in replies[0].text, (question, replies)
        assert "couldn't find" not in replies[0].text, (question, replies)  # a real answer is timed, not a miss
        out.append((question, statistics.median(times)))
    app.engine.dispose()
    return out


def _an_organization_of(app: App, handle: str) -> str:
    """The organization of the asker's first customer (any organization for an asker who owns none): a question
    about it gets a real brief, whichever generator made the store."""
    with app.services.session() as session:
        mine = (
            select(models.Organization.name)
            .join(models.Contact, col(models.Contact.organization_id) == models.Organization.id)
            .join(models.Staff, col(models.Staff.id) == models.Contact.owner_id)
            .where(models.Staff.handle == handle)
            .order_by(col(models.Contact.id))
            .limit(1)
        )
        name = session.exec(mine).first() or session.exec(select(models.Organization.name).limit(1)).first()
    assert name, "the store has no organization"
    return name


def bench_charts(repeat: int) -> list[tuple[str, float]]:
    from bot import charts

    folder = Path(tempfile.mkdtemp(prefix="rapport-bench-charts-"))
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    matrix = [[1.0] + [max(0.0, 1 - 0.07 * k - 0.01 * i) for k in range(1, 12 - i)] for i in range(12)]
    start_day = NOW - timedelta(days=365)
    events = [
        (start_day + timedelta(days=i * 3), KINDS[i % 6] if i % 5 else "purchase", float(i * 10)) for i in range(120)
    ]
    jobs = {
        "funnel": lambda n: charts.funnel(
            ["qualification", "proposal", "negotiation"],
            [300 + n, 120, 40],
            ["€1", "€2", "€3"],
            title=f"Pipeline {n}",
            folder=folder,
        ),
        "bars": lambda n: charts.bars(
            list(SEGMENTS), [1e6 + n, 2e6, 3e6], title=f"Revenue {n}", unit="EUR", folder=folder
        ),
        "cohort heat map": lambda n: charts.heatmap(months, matrix, title=f"Cohorts {n}", folder=folder),
        "timeline": lambda n: charts.timeline(events, title=f"Timeline {n}", folder=folder),
    }
    for job in jobs.values():
        job(-1)  # warm-up: font cache and first-draw costs are paid once per process
    out = []
    for name, job in jobs.items():
        times = []
        for n in range(repeat):
            start = time.perf_counter()
            job(n)  # a new title each time: a real render, not the content-hash cache
            times.append(time.perf_counter() - start)
        out.append((name, statistics.median(times)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="an already generated store (e.g. from tests/bench/generate.py)")
    parser.add_argument(
        "--contacts", type=int, default=100_000, help="size for the LOCAL generator when --db is absent"
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--as",
        dest="handle",
        default="rep1",
        help="who asks: rep1 is a rep (answers scoped to the team's owners); an unknown handle is created as admin",
    )
    parser.add_argument(
        "--no-rebuild", action="store_true", help="do not (re)build the insight rollups: time the ledger path"
    )
    args = parser.parse_args()
    url = args.db
    if url is None:
        path = Path(tempfile.gettempdir()) / f"rapport-bench-insights-{args.contacts}.db"
        url = f"sqlite:///{path}"
        if not path.exists():
            print(f"generating {args.contacts:,} contacts (LOCAL generator) into {path}", file=sys.stderr)
            started = time.perf_counter()
            generate(url, args.contacts)
            print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    engine = make_engine(url)
    upgrade(engine)
    if not args.no_rebuild:
        # What the nightly job does; the questions then read the rollups as of NOW (the bench's clock).
        started = time.perf_counter()
        with session_factory(engine)() as session:
            # A store migrated since its last rebuild lacks the newer summaries (lifetime value): rebuild it.
            stored = session.exec(
                select(models.RollupChurn.as_of).where(
                    models.RollupChurn.window_days == freshness.CHURN_WINDOW_DAYS,
                    col(models.RollupChurn.owner_id).is_(None),
                )
            ).first()
            fresh = freshness.as_of(session) == NOW and stored == NOW
            if not fresh:
                rollups.rebuild_rollups(session, now=NOW)
        if not fresh:
            with engine.connect() as conn:
                if engine.dialect.name == "sqlite":
                    conn.exec_driver_sql("ANALYZE")
            print(f"rollups rebuilt (the nightly job) in {time.perf_counter() - started:.1f} s")
    with engine.connect() as conn:
        sizes = {
            t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("contact", "interaction", "purchase", "deal")
        }
    engine.dispose()
    print(f"store: {url}  " + "  ".join(f"{t}={n:,}" for t, n in sizes.items()))
    missed = 0
    for question, seconds in asyncio.run(bench_questions(url, args.repeat, args.handle)):
        ok = seconds <= 1.0
        missed += not ok
        print(f"{'ok  ' if ok else 'SLOW'} {seconds * 1000:8.0f} ms  question: {question}")
    for name, seconds in bench_charts(args.repeat):
        ok = seconds <= 0.3
        missed += not ok
        print(f"{'ok  ' if ok else 'SLOW'} {seconds * 1000:8.0f} ms  chart: {name}")
    print(f"{missed} over target")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
