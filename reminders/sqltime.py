"""Date arithmetic inside SQL that reads the same on SQLite and PostgreSQL.

Rules compare silences with cadences per row, so the day counts must be computed by the database:
both backends here yield fractional days since the Unix epoch, which Python computes the same way.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float, Integer, cast, func
from sqlalchemy.sql.elements import ColumnElement

_UNIX_JULIAN_DAY = 2440587.5


def epoch_days(expr: Any, dialect: str) -> ColumnElement[float]:
    """Fractional days since 1970-01-01 UTC of a UTCDateTime column."""
    if dialect == "sqlite":
        return func.julianday(expr) - _UNIX_JULIAN_DAY
    return cast(func.extract("epoch", expr), Float) / 86400.0


def day_number(expr: Any, dialect: str) -> ColumnElement[int]:
    """Whole UTC days since the epoch: touches on the same day count once."""
    if dialect == "sqlite":
        return cast(func.julianday(expr) - _UNIX_JULIAN_DAY, Integer)  # dates after 1970: truncation is floor
    return cast(func.floor(epoch_days(expr, dialect)), Integer)


def days_since_epoch(at: datetime) -> float:
    return at.timestamp() / 86400.0
