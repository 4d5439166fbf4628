"""Calendar periods (this and last month, quarter and year) in the business time zone.

The questions' windows ("revenue this quarter") and the periods the nightly rollup stores come from this one
function, so a stored period answers a question exactly when their bounds agree. They are the company's periods,
in Settings.default_timezone, whoever asks: two reps in different time zones asking for "this year" get the same
figures, as a finance team closing the books would expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

# Short names: they are also the suffixes of the rollup columns (contact_revenue.revenue_ytd ...).
CALENDAR = ("mtd", "lm", "qtd", "lq", "ytd", "ly")


@dataclass(frozen=True)
class Period:
    name: str
    since: datetime
    until: datetime | None  # None: open, up to now
    label: str


def calendar(now: datetime, tz: tzinfo) -> list[Period]:
    """The periods around ``now``, in CALENDAR's order."""
    local = now.astimezone(tz)

    def start(year: int, month: int) -> datetime:
        return datetime(year, month, 1, tzinfo=tz)

    this_month = start(local.year, local.month)
    last_month = start(local.year - (local.month == 1), (local.month - 2) % 12 + 1)
    quarter_month = (local.month - 1) // 3 * 3 + 1
    this_quarter = start(local.year, quarter_month)
    last_quarter = start(local.year - (quarter_month == 1), (quarter_month - 4) % 12 + 1)
    this_year, last_year = start(local.year, 1), start(local.year - 1, 1)
    return [
        Period("mtd", this_month, None, "this month"),
        Period("lm", last_month, this_month, "last month"),
        Period("qtd", this_quarter, None, "this quarter"),
        Period("lq", last_quarter, this_quarter, "last quarter"),
        Period("ytd", this_year, None, f"{local.year} so far"),
        Period("ly", last_year, this_year, str(local.year - 1)),
    ]


def named(now: datetime, tz: tzinfo, name: str) -> Period:
    return next(p for p in calendar(now, tz) if p.name == name)
