"""Calendar periods (this and last month, quarter and year) in the business time zone.

The questions' windows ("revenue this quarter") and the periods the nightly rollup stores come from this one
function, so a stored period answers a question exactly when their bounds agree. They are the company's periods,
in Settings.default_timezone, whoever asks: two reps in different time zones asking for "this year" get the same
figures, as a finance team closing the books would expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

# Short names: they are also the suffixes of the rollup columns (contact_revenue.revenue_ytd ...).
CALENDAR = ("mtd", "lm", "qtd", "lq", "ytd", "ly")


@dataclass(frozen=True)
class Period:
    name: str
    since: datetime
    until: datetime  # the calendar end: the next month, quarter or year for the running ones
    open: bool  # running ("this month"): a question about it ends now, and the rollup counts it up to the rebuild
    label: str


def calendar(now: datetime, tz: tzinfo) -> list[Period]:
    """The periods around ``now``, in CALENDAR's order."""
    local = now.astimezone(tz)

    def start(year: int, month: int) -> datetime:
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return datetime(year, month, 1, tzinfo=tz)

    quarter_month = (local.month - 1) // 3 * 3 + 1
    return [
        Period("mtd", start(local.year, local.month), start(local.year, local.month + 1), True, "this month"),
        Period("lm", start(local.year, local.month - 1), start(local.year, local.month), False, "last month"),
        Period("qtd", start(local.year, quarter_month), start(local.year, quarter_month + 3), True, "this quarter"),
        Period("lq", start(local.year, quarter_month - 3), start(local.year, quarter_month), False, "last quarter"),
        Period("ytd", start(local.year, 1), start(local.year + 1, 1), True, f"{local.year} so far"),
        Period("ly", start(local.year - 1, 1), start(local.year, 1), False, str(local.year - 1)),
    ]


def named(now: datetime, tz: tzinfo, name: str) -> Period:
    return next(p for p in calendar(now, tz) if p.name == name)


def question_end(now: datetime) -> datetime:
    """Where a window that ends "now" stops: just after the instant, so a write committed at the very instant of
    the question (the console's fixed clock, or a purchase and a question within one clock tick) is counted, while
    the window stays half-open [since, until) like every stored period."""
    return now + timedelta(microseconds=1)
