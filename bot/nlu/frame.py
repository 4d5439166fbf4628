"""A question about figures as typed values: what is measured, split how, over which period, for whom.

Read once by the understanding step (bot/nlu/fill_insight.py) and put on ``Understanding.insight``; the insight
answers (handlers/questions.py and its helpers) take it as it is and never read the message again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

SCOPES = ("mine", "team", "all")


@dataclass(frozen=True)
class Period:
    """A period as named, resolved against the clock by the answer: ``key`` is "last" (the last ``n`` ``unit``:
    d, w, m, y), "all" (all time) or a calendar period of storage.analytics.periods ("mtd", "lm", "qtd", "lq",
    "ytd", "ly"). ``words`` is the unit as written in the English question ("days", "month"), for the label."""

    key: str
    n: int | None = None
    unit: str | None = None
    words: str | None = None


@dataclass(frozen=True)
class InsightFrame:
    """``measure`` names the figure ("revenue", "profit", "risk", "win_rate", "deal_size", "brief"...);
    ``dimension`` what it is split or ranked by ("segment", "owner", "organization", "tag", "customer") or None;
    ``period`` None when the question names none (each answer has its own default); ``scope`` "mine" ("my
    pipeline"), "team" ("our week", "my team's deals") or "all" (everything the asker may see); ``filter`` the
    customer or company the question is about, as written; ``ranking`` "top" or "bottom" with ``top_n``."""

    measure: str
    dimension: str | None = None
    period: Period | None = None
    scope: str = "all"
    filter: str | None = None
    ranking: str | None = None
    top_n: int | None = None

    def to_payload(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> InsightFrame:
        period = data.get("period")
        return cls(**{**data, "period": Period(**period) if period else None})
