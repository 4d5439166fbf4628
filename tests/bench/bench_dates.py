"""Benchmark: the date reader alone, per message, beside dateparser.search_dates on the same messages.

    python -m tests.bench.bench_dates [--repeat 3] [--dateparser-sample 200]

Messages: the CRM sentences of tests/dates (the Recognizers-Text cases in en, es, fr and the blind pt, it, hu
ones), each read with its own reference time, language and tense. Both readers are warmed up first (the
holidays tables and dateparser's language data are built once per process). Targets: find_dates median
<= 0.3 ms and p99 <= 2 ms per message.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.nlu.dates import find_dates
from tests.dates.score import TZ, load


def _cases() -> list[dict]:
    return load() + load(blind=True)


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered):7.3f} ms   p99 {p99:7.3f} ms   max {ordered[-1]:7.3f} ms"


def _ours(cases: list[dict], repeat: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    samples = []
    for case in cases * repeat:
        now = datetime.fromisoformat(case["now"]).replace(tzinfo=ZoneInfo(TZ))
        prefer = "past" if case["kind"] == "log" else "future"
        start = clock()
        find_dates(case["text"], now=now, tz=TZ, lang=case["lang"], prefer=prefer)
        samples.append((clock() - start) * 1000)
    return samples


def _dateparser(cases: list[dict], clock: Callable[[], float] = time.perf_counter) -> list[float]:
    from dateparser.search import search_dates

    samples = []
    for case in cases:
        now = datetime.fromisoformat(case["now"])
        settings = {"RELATIVE_BASE": now, "PREFER_DATES_FROM": "past" if case["kind"] == "log" else "future"}
        start = clock()
        search_dates(case["text"], languages=[case["lang"]], settings=settings)
        samples.append((clock() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dateparser-sample", type=int, default=200, help="messages for dateparser (it is slow)")
    args = parser.parse_args()
    cases = _cases()
    _ours(cases, 1)  # warm-up: patterns, holiday tables
    sample = cases[:: max(1, len(cases) // args.dateparser_sample)]
    _dateparser(sample[:20])
    print(f"{len(cases)} messages x {args.repeat}; wall time, then CPU time of this thread (a shared machine's")
    print("other processes stretch wall time, not CPU time)")
    for label, clock in (("wall", time.perf_counter), ("cpu ", time.thread_time)):
        print(f"{label} find_dates               {_percentiles(_ours(cases, args.repeat, clock))}")
        print(
            f"{label} dateparser.search_dates  {_percentiles(_dateparser(sample, clock))}"
            f"   ({len(sample)} of the same messages)"
        )


if __name__ == "__main__":
    main()
