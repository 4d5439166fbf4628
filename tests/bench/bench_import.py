"""Benchmark: import N contacts from a generated CSV into a fresh SQLite store (not collected by pytest).

    python tests/bench/bench_import.py [--rows 1000000] [--dir /tmp/rapport-bench] [--db-url URL]

Prints rows per second and the peak resident memory of this process and of the reader process.
The CSV is deterministic (seeded): mixed phone formats, dates in three notations, 5,000 companies,
a Latin-script name pool with accents, and a few percent of deliberately bad rows and duplicates.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

FIRST = [
    "Maria",
    "Ana",
    "João",
    "José",
    "Luís",
    "Pedro",
    "Sofia",
    "Inês",
    "Carlos",
    "Lucía",
    "Pablo",
    "Camille",
    "Léa",
    "Hugo",
    "Giulia",
    "Marco",
    "Zoltán",
    "Anna",
    "Bence",
    "Eszter",
    "Chen",
    "Wei",
    "Olivia",
    "Noah",
    "Emma",
    "Liam",
]
LAST = [
    "Silva",
    "Santos",
    "Costa",
    "Pereira",
    "Oliveira",
    "García",
    "Martínez",
    "López",
    "Dubois",
    "Lefèvre",
    "Rossi",
    "Bianchi",
    "Kovács",
    "Nagy",
    "Szabó",
    "Tóth",
    "Smith",
    "Jones",
    "Brown",
    "Müller",
    "Wang",
    "Li",
    "Novak",
    "Horvat",
]


def generate(path: Path, rows: int, *, seed: int = 20260312) -> None:
    rnd = random.Random(seed)
    companies = [
        f"{rnd.choice(LAST)} {rnd.choice(['Trading', 'Lda', 'SA', 'GmbH', 'Kft', 'Srl', 'Inc'])} {n}"
        for n in range(5000)
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["Full name", "E-mail", "Mobile", "Company", "Birthday", "Tags", "Stage"])
        prev_phone = ""
        for i in range(rows):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i:07d}"
            email = f"p{i:07d}.{rnd.randrange(1000)}@example{i % 97}.com"
            national = f"9{rnd.choice('1236')}{i:07d}"
            phone = rnd.choice([f"+351 {national[:3]} {national[3:6]} {national[6:]}", national, f"00351{national}"])
            year, month, day = rnd.randrange(1950, 2004), rnd.randrange(1, 13), rnd.randrange(1, 29)
            birthday = rnd.choice([f"{year}-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/{year}", ""])
            if i % 50 == 7:
                phone = "12345"  # rejected: not a phone number
            if i % 97 == 11:
                birthday = "31/02/1990"  # rejected: impossible date
            if i % 101 == 5 and i > 0:
                email = f"p{i - 1:07d}.dup@example.com"  # a second email, same phone as the previous row
                phone = prev_phone
            out.writerow(
                [name, email, phone, rnd.choice(companies), birthday, rnd.choice(["vip", "", "fair-2025"]), ""]
            )
            prev_phone = phone


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/rapport-bench"))
    parser.add_argument("--db-url", help="default: a fresh SQLite file in --dir")
    parser.add_argument("--serial", action="store_true", help="clean rows in this process (no reader process)")
    parser.add_argument("--fts-trigger", action="store_true", help="keep the per-row full-text trigger (to compare)")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    csv_path = args.dir / f"contacts-{args.rows}.csv"
    if not csv_path.exists():
        started = time.perf_counter()
        generate(csv_path, args.rows)
        print(f"generated {csv_path} ({csv_path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.1f} s")

    from storage import staff as staff_repo
    from storage.db import make_engine, session_factory
    from storage.importer.run import ImportOptions, import_file
    from storage.migrate import upgrade

    url = args.db_url
    if url is None:
        db = args.dir / "bench.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{db}"
    engine = make_engine(url)
    upgrade(engine)
    now = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
    with session_factory(engine)() as session:
        member = staff_repo.by_handle(session=session, handle="bench") or staff_repo.create(
            session=session, handle="bench", display_name="Bench", role="admin", now=now
        )
    started = time.perf_counter()
    report = import_file(
        engine,
        csv_path,
        staff=member,
        now=now,
        options=ImportOptions(region="PT", parallel=False if args.serial else None, bulk_fts=not args.fts_trigger),
    )
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(report.summary())
    print(f"rows: {report.rows}  time: {seconds:.1f} s  rows/s: {report.rows / seconds:,.0f}")
    print(f"peak RSS: main {own:.0f} MB, reader process {children:.0f} MB, sum {own + children:.0f} MB")
    cpu_self = resource.getrusage(resource.RUSAGE_SELF)
    cpu_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"CPU: main {cpu_self.ru_utime + cpu_self.ru_stime:.1f} s, "
        f"reader {cpu_children.ru_utime + cpu_children.ru_stime:.1f} s; load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
