"""Benchmark: the network and customer-fact questions on a generated store (not collected by pytest).

    python -m tests.bench.bench_network --contacts 20000                      # SQLite in a temporary folder
    python -m tests.bench.bench_network --contacts 20000 --db postgresql+psycopg://user@host/db   # an EMPTY database

The issue's figures are for 1M contacts, 200k organizations, 5M links and 10M notes and interactions. This script
generates the same proportions at any scale (N contacts, N/5 organizations, 5N links, 5N facts, 5N interactions and
N purchases)
and prints, per question, the median and the 95th percentile over random targets, storage call and full chat
turn (understanding, name look-up, access checks, the answer's text):

- neighbours of one account (its links both ways and its people)            target <= 20 ms
- a connection path of at most 3 hops (recursive SQL)                       target <= 300 ms
- full-text "who needs X" over the facts                                    target <= 100 ms
- "what should I offer X" (facts, purchases, cross-sell rules, peers, margin) target <= 500 ms

Run it at the scale your machine allows and say which scale the figures are for.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import Session

from storage import facts, models, network, network_paths
from storage.analytics import cross_sell, offer, revenue, rollups
from storage.db import make_engine, session_factory
from storage.migrate import upgrade
from tests.support import Chat, make_app

NOW = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
SEGMENTS = ("SMB", "mid-market", "enterprise")
PRODUCTS = (("Premium", 48_000, 9_000), ("Basic", 12_000, 3_000), ("Onboarding", 150_000, 60_000),
            ("Support", 25_000, 10_000), ("Training", 90_000, None))  # fmt: skip
ORG_LINKS = ("partner", "supplier", "investor", "reseller", "subsidiary", "competitor")
PERSON_LINKS = ("knows", "reports_to")
ROLE_LINKS = ("champion", "decision_maker", "blocker", "board_member", "advisor", "introduced")
WORDS = ("invoice", "delays", "pricing", "renewal", "onboarding", "reporting", "export", "support", "training",
         "dashboard", "integration", "contract", "discount", "delivery", "uptime", "migration", "billing", "API")  # fmt: skip
RARE = "SSO"  # in 1 fact out of 1,000: "who needs SSO?" finds a few hundred at 1M contacts


def _chunks(rows: Iterator[dict[str, Any]], size: int = 20_000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(url: str, contacts: int, seed: int = 15) -> None:
    rng = random.Random(seed)
    engine = make_engine(url)
    upgrade(engine)
    orgs = max(10, contacts // 5)
    with engine.begin() as conn:

        def put(model: Any, rows: Iterator[dict[str, Any]]) -> None:
            for batch in _chunks(rows):
                conn.execute(insert(model.__table__), batch)

        put(models.Staff, ({"handle": f"rep{i}", "display_name": f"Rep {i}", "role": "rep", "tz": "UTC",
                             "language": "en", "digest_time": "08:30", "active": True, "created_at": NOW}
                            for i in range(10)))  # fmt: skip
        put(models.Product, ({"name": n, "name_key": n.lower(), "unit_price_minor": p, "unit_cost_minor": c,
                               "currency": "EUR"} for n, p, c in PRODUCTS))  # fmt: skip
        put(models.Organization, ({"name": f"Org {i}", "name_key": f"org {i}", "kind": "customer",
                                    "segment": SEGMENTS[i % 3], "owner_id": 1 + i % 10, "created_at": NOW,
                                    "updated_at": NOW} for i in range(orgs)))  # fmt: skip
        stages = ("customer", "customer", "customer", "prospect", "lead", "advocate", "churned")
        put(models.Contact, ({"full_name": f"Person {i}", "search_key": f"person {i}", "organization_id": 1 + i % orgs,
                               "owner_id": 1 + i % 10, "stage": rng.choice(stages), "created_at": NOW,
                               "updated_at": NOW} for i in range(contacts)))  # fmt: skip

        def links() -> Iterator[dict[str, Any]]:
            for _ in range(5 * contacts):
                roll = rng.random()
                if roll < 0.4:
                    kind, a, b = rng.choice(ORG_LINKS), ("o", rng.randint(1, orgs)), ("o", rng.randint(1, orgs))
                elif roll < 0.7:
                    kind, a, b = (
                        rng.choice(PERSON_LINKS),
                        ("c", rng.randint(1, contacts)),
                        ("c", rng.randint(1, contacts)),
                    )
                else:
                    kind, a, b = rng.choice(ROLE_LINKS), ("c", rng.randint(1, contacts)), ("o", rng.randint(1, orgs))
                yield {"kind": kind, "a_type": a[0], "a_id": a[1], "b_type": b[0], "b_id": b[1], "source": "import",
                       "owner_id": 1, "created_at": NOW, "started_at": NOW}  # fmt: skip

        put(models.Relationship, links())

        def notes() -> Iterator[dict[str, Any]]:
            for i in range(5 * contacts):
                words = rng.sample(WORDS, 4) + ([RARE] if rng.random() < 0.001 else [])
                cid = 1 + i % contacts
                yield {"kind": rng.choice(models.FACT_KINDS), "contact_id": cid, "text": "needs " + " ".join(words),
                       "lang": "en", "status": "open", "owner_id": 1 + (cid - 1) % 10, "author_id": 1,
                       "source": "import", "created_at": NOW - timedelta(days=rng.randint(0, 700))}  # fmt: skip

        put(models.CustomerFact, notes())

        def interactions() -> Iterator[dict[str, Any]]:
            kinds = ("call", "meeting", "email", "message", "note", "visit")
            for i in range(5 * contacts):
                words = rng.sample(WORDS, 4) + ([RARE] if rng.random() < 0.001 else [])
                at = NOW - timedelta(days=rng.randint(0, 700))
                yield {"contact_id": 1 + i % contacts, "author_id": 1 + i % 10, "kind": kinds[i % 6],
                       "occurred_at": at, "summary": "talked about " + " ".join(words), "created_at": at}  # fmt: skip

        put(models.Interaction, interactions())

        def purchases() -> Iterator[dict[str, Any]]:
            for _ in range(contacts):
                product = rng.randint(1, len(PRODUCTS))
                yield {"contact_id": 1 + rng.randrange(contacts), "product_id": product, "quantity": 1,
                       "amount_minor": PRODUCTS[product - 1][1], "currency": "EUR",
                       "purchased_at": NOW - timedelta(days=rng.randint(0, 700))}  # fmt: skip

        put(models.Purchase, purchases())
    # The nightly rollups (contact_product, product_pair, summaries) are what the offer reads on a live store.
    with session_factory(engine)() as session:
        rollups.rebuild_rollups(session, now=NOW)
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the caches once
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def measure(url: str, contacts: int, runs: int) -> list[tuple[str, float, float, float]]:
    orgs = max(10, contacts // 5)
    rng = random.Random(7)
    targets = [rng.randint(1, orgs) for _ in range(runs + 1)]
    engine = make_engine(url)
    factory = session_factory(engine)
    out: list[tuple[str, float, float, float]] = []
    with factory() as session:
        it = itertools.cycle(targets)

        def neighbours() -> object:
            org = next(it)
            return network.hops(session=session, node=("o", org)), network.employees(
                session=session, organization_id=org
            )

        def path() -> object:
            return network_paths.paths_to(session=session, target=("o", next(it)))

        cold = [
            row[0]
            for row in session.connection().execute(
                text(
                    "SELECT o.id FROM organization o WHERE NOT EXISTS (SELECT 1 FROM contact c WHERE "
                    "c.organization_id = o.id AND c.stage IN ('customer', 'advocate')) ORDER BY o.id LIMIT :n"
                ),
                {"n": runs + 1},
            )
        ]
        cold_it = itertools.cycle(cold or targets)

        def cold_path() -> object:
            return network_paths.paths_to(session=session, target=("o", next(cold_it)))

        def full_walk() -> object:
            return network_paths.paths_to(session=session, target=("o", next(it)), deepen=False)

        def who_needs() -> object:
            return facts.search(session=session, query=RARE), facts.search_interactions(session=session, query=RARE)

        def what_to_offer() -> object:
            return _offer(session, next(it))

        for name, fn, target in (
            ("neighbours of one account", neighbours, 20.0),
            ("connection path <= 3 hops", path, 300.0),
            ("path, nobody known at the target", cold_path, 300.0),
            ("path, full 3-hop walk (worst case)", full_walk, 300.0),
            ('full-text "who needs SSO"', who_needs, 100.0),
            ('"what should I offer X"', what_to_offer, 500.0),
        ):
            median, p95 = _time(fn, runs)
            out.append((name, median, p95, target))
    engine.dispose()
    return out


def _offer(session: Session, org_id: int) -> object:
    """The storage work of one value proposition (handlers/offer.py adds only text)."""
    people = network.employees(session=session, organization_id=org_id)
    ids = [c.id for c in people if c.id is not None]
    org = session.get(models.Organization, org_id)
    assert org is not None and org.segment is not None
    needs = facts.about(session=session, contact_ids=ids, organization_id=org_id)
    bought, never = revenue.products_of(session=session, contact_ids=ids)
    rules = cross_sell.rules(session=session, thresholds=cross_sell.Thresholds())
    peers = offer.peer_shares(session=session, segment=org.segment, products=never)
    margin = offer.segment_margin(session=session, segment=org.segment, now=NOW)
    return needs, bought, rules, peers, margin


async def chat_turns(url: str, contacts: int, runs: int) -> list[tuple[str, float, float]]:
    app, clock = make_app(url, now=NOW)
    chat = Chat(app, clock, handle="bench")
    rng = random.Random(11)
    orgs = max(10, contacts // 5)
    out = []
    for label, template in (
        ("chat: who do we know at X", "who do we know at Org {n}?"),
        ("chat: how are we connected to X", "how are we connected to Org {n}?"),
        ("chat: who needs SSO", "who needs SSO?"),
        ("chat: what should I offer X", "what should I offer Org {n}?"),
    ):
        samples = []
        for i in range(runs + 1):
            message = template.format(n=rng.randint(1, orgs))
            start = time.perf_counter()
            await chat.say(message)
            if i:
                samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        out.append((label, statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]))
    app.engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--db", help="an empty database URL (default: a new SQLite file)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--reuse", action="store_true", help="--db was built by an earlier run: only measure")
    args = parser.parse_args(argv)
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench-network.db'}"
    started = time.perf_counter()
    if not args.reuse:
        build(url, args.contacts)
    n = args.contacts
    print(f"store: {n:,} contacts, {max(10, n // 5):,} organizations, {5 * n:,} links, {5 * n:,} facts + {5 * n:,} interactions, "
          f"{n:,} purchases on {url.split(':')[0]} (built in {time.perf_counter() - started:.0f} s)")  # fmt: skip
    missed = False
    for name, median, p95, target in measure(url, n, args.runs):
        ok = p95 <= target
        missed |= not ok
        print(
            f"{name:34s} median {median:8.1f} ms  p95 {p95:8.1f} ms  (target {target:.0f} ms){'' if ok else '  MISS'}"
        )
    for name, median, p95 in asyncio.run(chat_turns(url, n, max(5, args.runs // 2))):
        print(f"{name:34s} median {median:8.1f} ms  p95 {p95:8.1f} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
