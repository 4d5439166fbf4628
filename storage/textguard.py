"""Every string the store keeps is clean and bounded, the same on SQLite as on PostgreSQL.

Checked once, as a unit of work is flushed, so no path (chat, form, import, command line) can skip it:
- bidi embeddings, overrides and isolates, invisible direction marks and control characters (all but tab and
  newline) are removed: a note carrying U+202E would otherwise reverse every card and nudge that shows it;
- a value longer than its column is refused with :class:`TextTooLong`, which names the field and both lengths
  (PostgreSQL refused such a value with a driver error, SQLite kept it whole). Free text without a declared
  length (notes, summaries, follow-up texts) is bounded by :data:`FREE_TEXT_LIMIT`.
Keys derived from a name (``search_key``, ``name_key``, ``alias_key``) are clipped instead: nobody reads them,
and the name they come from was checked.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Session
from sqlmodel.sql.sqltypes import AutoString

FREE_TEXT_LIMIT = 4000
DERIVED_KEYS = frozenset({"search_key", "name_key", "alias_key"})
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # controls except tab and newline (C0, DEL, C1)
    "\u061c\u200e\u200f"  # direction marks
    "\u202a-\u202e"  # embeddings and overrides
    "\u2066-\u2069]"  # isolates
)
_SURROGATES = re.compile(r"[\ud800-\udfff]")


class TextTooLong(ValueError):
    """A value is longer than the store keeps; ``field`` and ``table`` name the column (``organization.name``)."""

    def __init__(self, field: str, length: int, limit: int, *, table: str = "") -> None:
        super().__init__(f"Too long for the {field.replace('_', ' ')}: {length} characters, the limit is {limit}.")
        self.field, self.length, self.limit, self.table = field, length, limit, table


def clean(text: str) -> str:
    """``text`` without bidi controls, control characters or lone surrogates (those cannot be stored)."""
    if text.isascii() and text.isprintable():
        return text  # the common case, without a regex
    return _UNSAFE.sub("", _SURROGATES.sub("\ufffd", text))


def limit_of(column: Any) -> int | None:
    """The longest value a string column keeps, or None for a column that is not a string."""
    kind = column.type
    if not isinstance(kind, String | AutoString):
        return None
    length = getattr(kind, "length", None)
    return length if length is not None else FREE_TEXT_LIMIT


def guard(instance: Any) -> None:
    """Clean and bound every string attribute of one mapped object (raises TextTooLong)."""
    table = getattr(type(instance), "__table__", None)
    if table is None:
        return
    for column in table.columns:
        value = instance.__dict__.get(column.key)
        if not isinstance(value, str):
            continue
        limit = limit_of(column)
        if limit is None:
            continue
        cleaned = clean(value)
        if len(cleaned) > limit:
            if column.key not in DERIVED_KEYS:
                raise TextTooLong(column.key, len(cleaned), limit, table=table.name)
            cleaned = cleaned[:limit]
        if cleaned != value:
            setattr(instance, column.key, cleaned)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for instance in (*session.new, *session.dirty):
        guard(instance)


def install() -> None:
    """Guard every session (idempotent; called by the engine factory, never at import)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
