"""Each contact's own rhythm: the median gap between its touch days (interactions and purchases).

The at-risk rule needs a median per contact; deriving it from millions of interactions every sweep
would cost far more than the rest of the sweep. So the sweep keeps ``contact_cadence`` current
incrementally: only contacts with interactions or purchases newer than the stored high-water marks are
recomputed (set-wise, window functions in SQL). The first sweep on a store builds every row once.

Ids are not commit-ordered on PostgreSQL, so each refresh re-reads a small slack below the marks.
A deleted interaction (undo) is reflected at the contact's next touch.
"""

from __future__ import annotations

import logging

from sqlalchemy import func, text
from sqlmodel import Session, select

from reminders import state as reminder_state
from storage.models import Interaction, Purchase, ReminderState

log = logging.getLogger(__name__)
STATE_KEY = "cadence_marks"
SLACK = 1000


def _day(column: str, dialect: str) -> str:
    if dialect == "sqlite":
        return f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"
    return f"CAST(floor(extract(epoch from {column}) / 86400) AS INTEGER)"


def _within_year_of(column: str, latest: str, dialect: str) -> str:
    if dialect == "sqlite":
        return f"julianday({column}) > julianday({latest}) - 365"
    return f"{column} > {latest} - interval '365 days'"


def refresh_sql(dialect: str, *, full: bool) -> str:
    scope = "" if full else "WHERE contact_id IN (SELECT contact_id FROM dirty)"
    scope_and = "" if full else "AND contact_id IN (SELECT contact_id FROM dirty)"
    # Said again on the purchase side of the join: PostgreSQL otherwise hashes every purchase.
    scope_p = "" if full else "AND p.contact_id IN (SELECT contact_id FROM dirty)"
    dirty = (
        ""
        if full
        else "dirty AS (SELECT contact_id FROM interaction WHERE id > :mi "
        "UNION SELECT contact_id FROM purchase WHERE id > :mp),"
    )
    return f"""
INSERT INTO contact_cadence (contact_id, points, cadence_days, yearly_value_minor)
WITH {dirty}
ev AS (
    SELECT contact_id, {_day("occurred_at", dialect)} AS d FROM interaction {scope}
    UNION
    SELECT contact_id, {_day("purchased_at", dialect)} AS d FROM purchase {scope}
),
g AS (SELECT contact_id, d - lag(d) OVER (PARTITION BY contact_id ORDER BY d) AS gap FROM ev),
r AS (
    SELECT contact_id, gap,
           row_number() OVER (PARTITION BY contact_id ORDER BY gap) AS rn,
           count(*) OVER (PARTITION BY contact_id) AS n
    FROM g WHERE gap IS NOT NULL
),
med AS (
    SELECT contact_id, avg(gap) AS cadence, max(n) + 1 AS points
    FROM r WHERE rn = (n + 1) / 2 OR rn = (n + 2) / 2 GROUP BY contact_id
),
pts AS (SELECT DISTINCT contact_id FROM ev),
latest AS (
    SELECT contact_id, max(purchased_at) AS m FROM purchase WHERE currency = :currency {scope_and}
    GROUP BY contact_id
),
val AS (
    SELECT p.contact_id, sum(p.amount_minor) AS v
    FROM purchase p JOIN latest ON latest.contact_id = p.contact_id
    WHERE p.currency = :currency AND {_within_year_of("p.purchased_at", "latest.m", dialect)} {scope_p}
    GROUP BY p.contact_id
)
SELECT pts.contact_id, coalesce(med.points, 1), med.cadence, coalesce(val.v, 0)
FROM pts LEFT JOIN med ON med.contact_id = pts.contact_id LEFT JOIN val ON val.contact_id = pts.contact_id
WHERE true
ON CONFLICT (contact_id) DO UPDATE SET
    points = excluded.points, cadence_days = excluded.cadence_days, yearly_value_minor = excluded.yearly_value_minor
"""


def refresh(*, session: Session, currency: str) -> int:
    """Bring contact_cadence up to date; returns how many contacts were recomputed (rows upserted)."""
    dialect = session.get_bind().dialect.name
    top_i = session.exec(select(func.max(Interaction.id))).one() or 0
    top_p = session.exec(select(func.max(Purchase.id))).one() or 0
    state = session.get(ReminderState, STATE_KEY)
    marks = (state.value or {}) if state else {}
    if state is not None and marks.get("interaction") == top_i and marks.get("purchase") == top_p:
        return 0
    full = state is None
    params = {
        "currency": currency,
        "mi": max(0, int(marks.get("interaction", 0)) - SLACK),
        "mp": max(0, int(marks.get("purchase", 0)) - SLACK),
    }
    result = session.execute(text(refresh_sql(dialect, full=full)), params)
    reminder_state.put(session=session, key=STATE_KEY, value={"interaction": top_i, "purchase": top_p})
    count = result.rowcount if result.rowcount is not None else -1
    log.info("cadence refreshed for %s contacts (%s)", count, "full build" if full else "incremental")
    return count
