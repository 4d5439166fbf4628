"""Association rules A -> B mined from purchases, set-wise in SQL: support, confidence and lift.

support(A->B) = share of buying customers who bought both; confidence = P(B | A); lift = confidence /
P(B). Mining reads every purchase once, so the result is kept in reminder_state for the UTC day and
re-mined the next day (the rules move slowly; the candidates are re-checked every morning).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session

from config.settings import Settings
from reminders import state as reminder_state
from storage.models import ReminderState

STATE_KEY = "assoc_rules"

MINE_SQL = """
WITH cp AS (SELECT DISTINCT contact_id, product_id FROM purchase WHERE product_id IS NOT NULL),
total AS (SELECT count(DISTINCT contact_id) AS n FROM cp),
pc AS (SELECT product_id, count(*) AS c FROM cp GROUP BY product_id),
pair AS (
    SELECT a.product_id AS a, b.product_id AS b, count(*) AS ab
    FROM cp a JOIN cp b ON b.contact_id = a.contact_id AND b.product_id <> a.product_id
    GROUP BY a.product_id, b.product_id
),
scored AS (
    SELECT pair.a, pair.b, pair.ab, pa.c AS ca, pb.c AS cb, total.n,
           CAST(pair.ab AS FLOAT) / total.n AS support,
           CAST(pair.ab AS FLOAT) / pa.c AS confidence,
           (CAST(pair.ab AS FLOAT) / pa.c) / (CAST(pb.c AS FLOAT) / total.n) AS lift
    FROM pair JOIN pc pa ON pa.product_id = pair.a JOIN pc pb ON pb.product_id = pair.b CROSS JOIN total
)
SELECT scored.a, scored.b, scored.support, scored.confidence, scored.lift, x.name, y.name
FROM scored JOIN product x ON x.id = scored.a JOIN product y ON y.id = scored.b
WHERE scored.support >= :support AND scored.confidence >= :confidence AND scored.lift >= :lift
ORDER BY scored.confidence * scored.lift DESC, scored.a, scored.b
"""


@dataclass(frozen=True)
class Rule:
    a: int
    b: int
    support: float
    confidence: float
    lift: float
    a_name: str
    b_name: str


def mine(*, session: Session, settings: Settings) -> list[Rule]:
    rows = session.execute(
        text(MINE_SQL),
        {
            "support": settings.cross_sell_min_support,
            "confidence": settings.cross_sell_min_confidence,
            "lift": settings.cross_sell_min_lift,
        },
    ).all()
    return [Rule(int(a), int(b), float(s), float(c), float(li), an, bn) for a, b, s, c, li, an, bn in rows]


def strong_rules(*, session: Session, at: datetime, settings: Settings) -> list[Rule]:
    """Today's rules (cached for the UTC day under the thresholds in force), strongest first."""
    fingerprint = {
        "day": at.date().isoformat(),
        "support": settings.cross_sell_min_support,
        "confidence": settings.cross_sell_min_confidence,
        "lift": settings.cross_sell_min_lift,
    }
    state = session.get(ReminderState, STATE_KEY)
    if state is not None and state.value and state.value.get("fingerprint") == fingerprint:
        rules = [Rule(**r) for r in state.value["rules"]]
    else:
        rules = mine(session=session, settings=settings)
        reminder_state.put(
            session=session,
            key=STATE_KEY,
            at=at,
            value={"fingerprint": fingerprint, "rules": [asdict(r) for r in rules]},
        )
    return rules[: settings.cross_sell_max_rules]
