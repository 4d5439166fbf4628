"""Shared pieces of the insight answers: money per currency, periods named in a question, chart folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.charts import chart_dir
from bot.context import HandlerContext
from bot.texts import formats
from handlers import access
from storage import contacts
from storage.analytics import periods, rollups

_LAST_N = re.compile(r"\b(?:last|past|previous)\s+(\d{1,4})\s*(days?|weeks?|months?|years?)\b", re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def money(minor: int, currency: str) -> str:
    """Whole units, thousands separated, in the reader's way: insight figures are rounded; the ledger keeps the cents."""
    return formats.whole_money(minor, currency)


def money_map(amounts: dict[str, int]) -> str:
    """One figure per currency, never added together: "€12,300 + $4,500"."""
    if not amounts:
        return money(0, "EUR")
    return " + ".join(money(v, c) for c, v in sorted(amounts.items(), key=lambda kv: (-abs(kv[1]), kv[0])))


def pct(share: float | None) -> str:
    return formats.percent(share)


@dataclass(frozen=True)
class Window:
    since: datetime | None
    until: datetime
    label: str  # English, for the entities (the console's JSON); answers show ``text(ctx)``
    key: str = "last_days"  # texts key "period.<key>"
    values: tuple[tuple[str, object], ...] = ()

    def text(self, ctx: HandlerContext) -> str:
        """The period in the asker's language ("2026 so far", "2026 até agora", "2026 eddig")."""
        return ctx.t(f"period.{self.key}", **dict(self.values))


def window(text: str, *, now: datetime, tz: ZoneInfo, default_days: int = 365) -> Window:
    """The period a question names ("last 90 days", "this quarter", "last year", "all time"); calendar periods
    in ``tz``, the business time zone (storage.analytics.periods)."""
    low = text.lower()
    end = periods.question_end(now)
    match = _LAST_N.search(low)
    if match:
        n, unit = int(match.group(1)), match.group(2)[0]
        days = n * _UNIT_DAYS[unit]
        key = {"d": "last_days", "w": "last_weeks", "m": "last_months", "y": "last_years"}[unit]
        return Window(end - timedelta(days=days), end, f"the last {match.group(1)} {match.group(2)}", key, (("n", n),))
    if re.search(r"\b(?:all[- ]time|ever|to date|lifetime|since the start)\b", low):
        return Window(None, end, "all time", "all")
    for pattern, name in _CALENDAR:
        if re.search(pattern, low):
            period = periods.named(now, tz, name)
            year = period.since.astimezone(tz).year
            return Window(period.since, end if period.open else period.until, period.label, name, (("year", year),))
    return Window(
        end - timedelta(days=default_days), end, f"the last {default_days} days", "last_days", (("n", default_days),)
    )


_CALENDAR = (
    (r"\b(?:this|current) month\b|\bmtd\b", "mtd"),
    (r"\blast month\b", "lm"),
    (r"\b(?:this|current) quarter\b|\bqtd\b", "qtd"),
    (r"\blast quarter\b", "lq"),
    (r"\b(?:this|current) year\b|\bytd\b", "ytd"),
    (r"\blast year\b", "ly"),
)


def owner_filter(text: str, ctx: HandlerContext, session: Session) -> frozenset[int] | None:
    """Whose records a figure covers: "my pipeline", "my customers" only the asker's own; otherwise what the
    asker may see (a rep their own and their team's, a manager their team's, an admin everyone's: None)."""
    if re.search(r"\bmy\b", text, re.IGNORECASE) and ctx.staff_id is not None:
        return frozenset({ctx.staff_id})
    return access.owner_ids(session, ctx)


def as_of_note(ctx: HandlerContext, session: Session, since: datetime | None, until: datetime) -> list[str]:
    """One line when a figure over the trailing year or a calendar period comes from the last rollup rebuild
    rather than this instant."""
    at = rollups.as_of(session)
    if (
        at is None
        or until <= periods.question_end(at)
        or rollups.window(session, since=since, until=until) in (None, "all")
    ):
        return []
    local = at.astimezone(ctx.tz)
    return [ctx.t("insight.as_of", at=f"{day(at, ctx.tz)} {local:%H:%M}")]


def charts_folder(ctx: HandlerContext) -> Path | None:
    return chart_dir(ctx.settings.chart_dir) if ctx.settings.charts else None


def day(at: datetime | date, tz: ZoneInfo, lang: str | None = None) -> str:
    local = at.astimezone(tz) if isinstance(at, datetime) else at
    return formats.day(local, lang)


def no_purchases(ctx: HandlerContext, session: Session, text: str, period: str) -> str:
    """The empty answer: "you own no customers yet" when the figure covers only people the asker owns none of
    (a new rep), else no purchases in the period."""
    owners = owner_filter(text, ctx, session)
    if owners is not None and not contacts.owned_count(session=session, owner_ids=owners):
        return ctx.t("insight.no_customers_yet")
    return ctx.t("insight.no_purchases", period=period)
