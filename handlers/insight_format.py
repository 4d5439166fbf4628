"""Shared pieces of the insight answers: money per currency, a frame's period and scope, chart folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.charts import chart_dir
from bot.context import HandlerContext
from bot.nlu.frame import InsightFrame, Period
from bot.texts import formats
from handlers import access
from storage.analytics import customers, freshness, periods

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
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
    return "n/a" if share is None else f"{share:.0%}"


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


def window(period: Period | None, *, now: datetime, tz: ZoneInfo, default_days: int = 365) -> Window:
    """The period of a question's frame ("last 90 days", "this quarter", "last year", "all time"), or the last
    ``default_days`` when it names none; calendar periods in ``tz``, the business time zone
    (storage.analytics.periods)."""
    end = periods.question_end(now)
    if period is not None and period.key == "last" and period.n is not None and period.unit is not None:
        key = {"d": "last_days", "w": "last_weeks", "m": "last_months", "y": "last_years"}[period.unit]
        label = f"the last {period.n} {period.words}"
        return Window(end - timedelta(days=period.n * _UNIT_DAYS[period.unit]), end, label, key, (("n", period.n),))
    if period is not None and period.key == "all":
        return Window(None, end, "all time", "all")
    if period is not None and period.key in periods.CALENDAR:
        named = periods.named(now, tz, period.key)
        year = named.since.astimezone(tz).year
        until = end if named.open else named.until
        return Window(named.since, until, named.label, period.key, (("year", year),))
    return Window(
        end - timedelta(days=default_days), end, f"the last {default_days} days", "last_days", (("n", default_days),)
    )


def owner_filter(frame: InsightFrame, ctx: HandlerContext, session: Session) -> frozenset[int] | None:
    """Whose records a figure covers: "my pipeline", "my customers" only the asker's own; otherwise what the
    asker may see (a rep their own and their team's, a manager their team's, an admin everyone's: None)."""
    if frame.scope == "mine" and ctx.staff_id is not None:
        return frozenset({ctx.staff_id})
    return access.owner_ids(session, ctx)


def as_of_note(ctx: HandlerContext, session: Session, since: datetime | None, until: datetime) -> list[str]:
    """One line when a figure over the trailing year or a calendar period comes from the last rollup rebuild
    rather than this instant."""
    at = freshness.as_of(session)
    if (
        at is None
        or until <= periods.question_end(at)
        or freshness.window(session, since=since, until=until) in (None, "all")
    ):
        return []
    local = at.astimezone(ctx.tz)
    return [ctx.t("insight.as_of", at=f"{day(at, ctx.tz)} {local:%H:%M}")]


def charts_folder(ctx: HandlerContext) -> Path | None:
    return chart_dir(ctx.settings.chart_dir) if ctx.settings.charts else None


def day(at: datetime | date, tz: ZoneInfo, lang: str | None = None) -> str:
    local = at.astimezone(tz) if isinstance(at, datetime) else at
    return formats.day(local, lang)


def no_purchases(ctx: HandlerContext, session: Session, frame: InsightFrame, period: str) -> str:
    """The empty answer: "you own no customers yet" when the figure covers only people the asker owns none of
    (a new rep), else no purchases in the period."""
    owners = owner_filter(frame, ctx, session)
    if owners is not None and not customers.owned_count(session=session, owner_ids=owners):
        return ctx.t("insight.no_customers_yet")
    return ctx.t("insight.no_purchases", period=period)
