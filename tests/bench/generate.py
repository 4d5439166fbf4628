#!/usr/bin/env python3
"""Synthetic CRM data at scale, shared by every benchmark.

    python tests/bench/generate.py --db sqlite:///data/bench.db --contacts 1000000 \
        --interactions 10000000 --purchases 2000000 [--staff 50] [--seed 7]

Deterministic for a seed. Vectorised with numpy and written with bulk inserts (executemany on SQLite,
COPY on PostgreSQL) into a freshly migrated store. Contacts get names in several languages, organisations,
tiers, tags and birthdays (29 February included); each contact has its own rhythm of interactions, some
have fallen silent, and purchases follow product affinities so association rules exist. last_touch_at is
the latest interaction or purchase, as the application keeps it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage.db import make_engine
from storage.migrate import upgrade
from storage.normalize import search_key

# The reference instant: data ends here (the test suite's T0).
NOW = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
DAY = 86400

NAMES = {
    "en": (
        ["James", "Mary", "Robert", "Linda", "Michael", "Sarah", "David", "Emma"],
        ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke"],
    ),
    "pt": (
        ["João", "Maria", "Ana", "Pedro", "Inês", "Tiago", "Beatriz", "Rui"],
        ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Gonçalves"],
    ),
    "es": (
        ["José", "Lucía", "Carmen", "Javier", "Sofía", "Alejandro", "Núria"],
        ["García", "Martínez", "López", "Sánchez", "Pérez", "Muñoz"],
    ),
    "fr": (
        ["Jean", "Amélie", "Chloé", "Étienne", "Louis", "Camille", "Noémie"],
        ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"],
    ),
    "it": (
        ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"],
    ),
    "hu": (
        ["Zoltán", "Katalin", "László", "Éva", "Gábor", "Zsófia", "Ádám"],
        ["Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Kiss"],
    ),
    "de": (
        ["Jürgen", "Anna", "Lukas", "Sophie", "Felix", "Mia"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner"],
    ),
    "zh": (["Wei", "Fang", "Li Na", "Jun", "Xiu Ying", "Hao"], ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhao"]),
}
ORG_WORDS = (
    ["Acme", "Globex", "Initech", "Umbrella", "Dragon", "Atlas", "Nova", "Sol", "Duna", "Alpine", "Kite", "Orion"],
    ["Trade", "Foods", "Logistics", "Labs", "Systems", "Retail", "Energia", "Partners", "Holding", "Studio"],
)
ORG_KINDS = ["customer", "partner", "supplier", "investor", "prospect"]
STAGES = ["prospect", "lead", "customer", "advocate", "churned"]
STAGE_P = [0.20, 0.12, 0.45, 0.10, 0.13]
TIERS = [None, "standard", "gold", "key"]
TIER_P = [0.40, 0.35, 0.17, 0.08]
TAGS = ["vip", "partner", "newsletter", "reseller", "event-2025", "priority"]
ZONES = ["Europe/Lisbon", "Europe/Budapest", "Europe/Madrid", "America/New_York", "Asia/Shanghai", "UTC"]
PRODUCTS = [  # name, unit price (minor), affinity partner index
    ("Premium", 120000, 1),
    ("Onboarding", 40000, 0),
    ("Basic", 30000, 3),
    ("Support Plus", 25000, 2),
    ("Analytics", 60000, 5),
    ("Data Export", 15000, 4),
    ("Training", 20000, 1),
    ("API Access", 50000, 4),
    ("Mobile", 18000, 9),
    ("Offline Sync", 9000, 8),
    ("SSO", 22000, 0),
    ("Audit Log", 16000, 10),
    ("Consulting Day", 90000, 6),
    ("Hardware Kit", 45000, 14),
    ("Installation", 30000, 13),
    ("Extra Seats", 8000, 0),
    ("Backup", 12000, 5),
    ("White Label", 150000, 12),
    ("Sandbox", 10000, 7),
    ("Priority Line", 35000, 3),
]
KINDS = ["call", "meeting", "email", "message", "note", "visit"]
SUMMARIES = [
    "checked in about the renewal",
    "pricing questions for next year",
    "demo of the new dashboard",
    "complained about invoice delays",
    "wants a proposal for more seats",
    "intro to their new CFO",
    "quarterly business review",
    "asked about onboarding for the new team",
    "follow-up on the support ticket",
    "discussed the roadmap",
    "sent the contract draft",
    "thanked us for the quick fix",
]


def _ts_sqlite(seconds: np.ndarray) -> list[str]:
    text = np.datetime_as_string(seconds.astype("datetime64[s]"), unit="s")
    return [f"{s[:10]} {s[11:]}.000000" for s in text.tolist()]


def _ts_pg(seconds: np.ndarray) -> list[str]:
    text = np.datetime_as_string(seconds.astype("datetime64[s]"), unit="s")
    return [f"{s[:10]} {s[11:]}+00" for s in text.tolist()]


def build(args: argparse.Namespace) -> dict[str, object]:
    """Every table as column arrays, derived from one seeded generator."""
    rng = np.random.default_rng(args.seed)
    now = int(NOW.timestamp())
    n_c, n_i, n_p, n_s = args.contacts, args.interactions, args.purchases, args.staff
    n_o = max(1, n_c // 8)

    # Contacts' own rhythm (days) and how long each has been silent.
    cadence = np.clip(rng.lognormal(np.log(20), 0.6, n_c), 2, 200)
    slipping = rng.random(n_c) < 0.12
    silence = np.where(slipping, cadence * rng.uniform(2.5, 6, n_c), cadence * rng.exponential(0.6, n_c))
    last = now - (silence * DAY).astype(np.int64) - rng.integers(0, DAY, n_c)

    # Interactions: per-contact counts around the mean, exactly n_i in total, timed back from each last touch.
    weight = 1 / cadence
    counts = rng.multinomial(n_i, weight / weight.sum()).astype(np.int64)
    i_contact = np.repeat(np.arange(n_c, dtype=np.int64), counts)
    gaps = (cadence[i_contact] * rng.gamma(2.0, 0.5, i_contact.size) * DAY).astype(np.int64)
    csum = np.cumsum(gaps)
    group_start = np.concatenate(([0], np.cumsum(counts)[:-1]))
    offset = np.repeat(np.concatenate(([0], csum))[group_start], counts)
    back = csum - offset - gaps  # 0 for each contact's newest interaction
    i_time = last[i_contact] - back
    order = np.lexsort((i_time, i_contact))
    i_contact, i_time = i_contact[order], i_time[order]

    # Purchases: buyers are customers, advocates and churned; products follow affinities.
    stage = rng.choice(len(STAGES), n_c, p=STAGE_P)
    buyers = np.flatnonzero(np.isin(stage, [2, 3, 4]))
    p_contact = np.sort(rng.choice(buyers, n_p)) if buyers.size else np.zeros(0, dtype=np.int64)
    zipf = 1 / np.arange(1, len(PRODUCTS) + 1)
    favourite = rng.choice(len(PRODUCTS), n_c, p=zipf / zipf.sum())
    partner = np.array([p[2] for p in PRODUCTS])
    roll = rng.random(n_p)
    p_product = np.where(
        roll < 0.55,
        favourite[p_contact],
        np.where(roll < 0.85, partner[favourite[p_contact]], rng.integers(0, len(PRODUCTS), n_p)),
    )
    qty = rng.integers(1, 4, n_p)
    price = np.array([p[1] for p in PRODUCTS])
    amount = price[p_product] * qty
    span = np.maximum(counts[p_contact], 1) * cadence[p_contact] * DAY
    p_time = last[p_contact] - (rng.random(n_p) * span).astype(np.int64)

    touch = last.copy()
    np.maximum.at(touch, p_contact, p_time)
    has_touch = (counts > 0) | np.isin(np.arange(n_c), p_contact)

    return {
        "rng": rng,
        "now": now,
        "n_c": n_c,
        "n_o": n_o,
        "n_s": n_s,
        "stage": stage,
        "touch": touch,
        "has_touch": has_touch,
        "i_contact": i_contact,
        "i_time": i_time,
        "p_contact": p_contact,
        "p_product": p_product,
        "qty": qty,
        "amount": amount,
        "p_time": p_time,
    }


def rows(d: dict[str, object], ts: object) -> dict[str, tuple[list[str], Iterator[tuple[object, ...]]]]:
    """Table -> (columns, row iterator). ``ts`` turns epoch seconds into the backend's timestamp text."""
    rng: np.random.Generator = d["rng"]  # type: ignore[assignment]
    n_c, n_o, n_s, now = d["n_c"], d["n_o"], d["n_s"], d["now"]
    now_txt = ts(np.array([now]))[0]  # type: ignore[operator]
    langs = list(NAMES)

    def staff() -> Iterator[tuple[object, ...]]:
        for i in range(1, n_s + 1):  # type: ignore[operator]
            zone = ZONES[i % len(ZONES)]
            yield (
                i,
                f"rep{i}",
                f"Rep {i}",
                "admin" if i == 1 else "rep",
                zone,
                "en",
                f"{7 + i % 3:02d}:30",
                True,
                now_txt,
            )

    def identities() -> Iterator[tuple[object, ...]]:
        for i in range(1, n_s + 1):  # type: ignore[operator]
            yield (i, i, "bench", f"rep{i}", f"bench:rep{i}", False, now_txt)

    def orgs() -> Iterator[tuple[object, ...]]:
        a, b = ORG_WORDS
        kinds = rng.choice(len(ORG_KINDS), n_o, p=[0.6, 0.15, 0.1, 0.05, 0.1])
        for i in range(n_o):  # type: ignore[arg-type]
            name = f"{a[i % len(a)]} {b[(i // len(a)) % len(b)]} {i + 1}"
            yield (i + 1, name, search_key(name), ORG_KINDS[kinds[i]], None, 1 + i % n_s, now_txt, now_txt)  # type: ignore[operator]

    def contacts() -> Iterator[tuple[object, ...]]:
        lang = rng.integers(0, len(langs), n_c)
        first = rng.integers(0, 100, n_c)
        family = rng.integers(0, 100, n_c)
        org = rng.integers(1, n_o + 1, n_c)  # type: ignore[operator]
        owner = rng.integers(1, n_s + 1, n_c)  # type: ignore[operator]
        tier = rng.choice(len(TIERS), n_c, p=TIER_P)
        has_bday = rng.random(n_c) < 0.6
        b_month = rng.integers(1, 13, n_c)
        b_day = rng.integers(1, 29, n_c)
        leap = rng.random(n_c) < 0.004  # some are born on 29 February
        b_month = np.where(leap, 2, b_month)
        b_day = np.where(leap, 29, b_day)
        b_year = np.where(rng.random(n_c) < 0.5, rng.integers(1950, 2001, n_c), 0)
        b_year = np.where(leap & (b_year > 0), 1988, b_year)
        touch_txt = ts(d["touch"])  # type: ignore[operator]
        created = ts(np.minimum(d["touch"], now) - 400 * DAY)  # type: ignore[operator]
        stage, has_touch = d["stage"], d["has_touch"]
        for i in range(n_c):  # type: ignore[arg-type]
            firsts, lasts = NAMES[langs[lang[i]]]
            name = f"{firsts[first[i] % len(firsts)]} {lasts[family[i] % len(lasts)]}"
            yield (
                i + 1,
                name,
                int(org[i]),
                int(owner[i]),
                STAGES[stage[i]],  # type: ignore[index]
                int(b_month[i]) if has_bday[i] else None,
                int(b_day[i]) if has_bday[i] else None,
                int(b_year[i]) if has_bday[i] and b_year[i] else None,
                langs[lang[i]],
                TIERS[tier[i]],
                search_key(name),
                touch_txt[i] if has_touch[i] else None,
                created[i],
                created[i],  # type: ignore[index]
            )

    def tags() -> Iterator[tuple[object, ...]]:
        tagged = np.flatnonzero(rng.random(n_c) < 0.2)
        which = rng.integers(0, len(TAGS), tagged.size)
        for cid, t in zip(tagged.tolist(), which.tolist(), strict=True):
            yield (cid + 1, TAGS[t])

    def products() -> Iterator[tuple[object, ...]]:
        for i, (name, price, _) in enumerate(PRODUCTS, start=1):
            yield (i, name, name.lower(), price, price // 3, "EUR")

    def interactions() -> Iterator[tuple[object, ...]]:
        contact, when = d["i_contact"], d["i_time"]
        size = contact.size  # type: ignore[attr-defined]
        kind = rng.integers(0, len(KINDS), size).tolist()
        summ = rng.integers(0, len(SUMMARIES), size).tolist()
        author = rng.integers(1, n_s + 1, size).tolist()  # type: ignore[operator]
        chunk = 1_000_000
        for lo in range(0, size, chunk):
            part_c = (contact[lo : lo + chunk] + 1).tolist()  # type: ignore[index]
            part_t = ts(when[lo : lo + chunk])  # type: ignore[index, operator]
            for j in range(len(part_c)):
                k = lo + j
                yield (k + 1, part_c[j], author[k], KINDS[kind[k]], part_t[j], SUMMARIES[summ[k]], part_t[j])

    def purchases() -> Iterator[tuple[object, ...]]:
        contact, product, qty, amount = d["p_contact"], d["p_product"], d["qty"], d["amount"]
        when = ts(d["p_time"])  # type: ignore[operator]
        c, p, q, a = (contact + 1).tolist(), (product + 1).tolist(), qty.tolist(), amount.tolist()  # type: ignore[operator, attr-defined]
        for k in range(len(c)):
            yield (k + 1, c[k], p[k], q[k], a[k], "EUR", when[k])

    def follow_ups() -> Iterator[tuple[object, ...]]:
        n_f = max(1, n_c // 50)  # type: ignore[operator]
        who = rng.integers(0, n_c, n_f)
        due = now + rng.integers(-10 * DAY, 10 * DAY, n_f)  # type: ignore[operator]
        due_txt = ts(due)  # type: ignore[operator]
        owner = rng.integers(1, n_s + 1, n_f)  # type: ignore[operator]
        for k in range(n_f):
            yield (k + 1, int(who[k]) + 1, int(owner[k]), due_txt[k], "send the proposal", "open", now_txt)

    return {
        "staff": (
            ["id", "handle", "display_name", "role", "tz", "language", "digest_time", "active", "created_at"],
            staff(),
        ),
        "staff_identity": (
            ["id", "staff_id", "platform", "external_id", "chat_id", "unreachable", "created_at"],
            identities(),
        ),
        "organization": (["id", "name", "name_key", "kind", "segment", "owner_id", "created_at", "updated_at"], orgs()),
        "contact": (
            [
                "id",
                "full_name",
                "organization_id",
                "owner_id",
                "stage",
                "birthday_month",
                "birthday_day",
                "birthday_year",
                "language",
                "tier",
                "search_key",
                "last_touch_at",
                "created_at",
                "updated_at",
            ],
            contacts(),
        ),
        "contact_tag": (["contact_id", "tag"], tags()),
        "product": (["id", "name", "name_key", "unit_price_minor", "unit_cost_minor", "currency"], products()),
        "interaction": (
            ["id", "contact_id", "author_id", "kind", "occurred_at", "summary", "created_at"],
            interactions(),
        ),
        "purchase": (
            ["id", "contact_id", "product_id", "quantity", "amount_minor", "currency", "purchased_at"],
            purchases(),
        ),
        "follow_up": (["id", "contact_id", "owner_id", "due_at", "text", "status", "created_at"], follow_ups()),
    }


def _batches(it: Iterator[tuple[object, ...]], size: int = 50_000) -> Iterator[list[tuple[object, ...]]]:
    batch: list[tuple[object, ...]] = []
    for row in it:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_sqlite(path: str, tables: dict[str, tuple[list[str], Iterator[tuple[object, ...]]]]) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    # A bulk load into a throw-away file: no journal (WAL would grow to gigabytes), WAL again at the end.
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    for table, (columns, it) in tables.items():
        started = time.perf_counter()
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        total = 0
        for batch in _batches(it):
            conn.executemany(sql, batch)
            total += len(batch)
        conn.commit()
        print(f"  {table}: {total:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
    conn.execute("ANALYZE")
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def write_postgres(url: str, tables: dict[str, tuple[list[str], Iterator[tuple[object, ...]]]]) -> None:
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as conn:
        for table, (columns, it) in tables.items():
            started = time.perf_counter()
            total = 0
            with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in it:
                    copy.write_row(row)
                    total += 1
            if "id" in columns:
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {max(total, 1)})")
            conn.commit()
            print(f"  {table}: {total:,} rows in {time.perf_counter() - started:.1f} s", flush=True)
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (a fresh store; SQLite file is replaced)")
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--interactions", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=20_000)
    parser.add_argument("--staff", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.db.startswith("sqlite:///"):
        path = Path(args.db.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    engine = make_engine(args.db)
    upgrade(engine)
    backend = engine.dialect.name
    engine.dispose()
    data = build(args)
    print(f"generated arrays in {time.perf_counter() - started:.1f} s", flush=True)
    if backend == "sqlite":
        write_sqlite(args.db.removeprefix("sqlite:///"), rows(data, _ts_sqlite))
    else:
        write_postgres(args.db, rows(data, _ts_pg))
    print(f"done in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
