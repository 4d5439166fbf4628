"""Strict decoders for values that arrive from a platform and come back to us: button values, page numbers,
offsets, ids in modal fields.

Anything a client sends can be forged or stale, so each kind of value has one decoder that accepts exactly
what we produce and returns None for everything else; callers answer None politely instead of raising.
Digits are ASCII only: ``str.isdigit()`` accepts "²" and "٣", which ``int()`` then rejects or reads as 3.
"""

from __future__ import annotations

import re
from enum import StrEnum

MAX_ID = 2**63 - 1  # the largest BIGINT primary key on PostgreSQL and SQLite
_DIGITS = re.compile(r"[0-9]{1,19}")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff/\\\\]")
MAX_FILE_NAME = 200
MAX_FREE_VALUE = 256  # a value we never read still has a bound


class ValueKind(StrEnum):
    """What a button's value is, declared beside the action's handler (``router.action(name, value=...)``)."""

    ID = "id"  # a row id: ASCII digits, 1..MAX_ID
    TOKEN = "token"  # an opaque token we issued (an upload): letters, digits, "-" and "_"
    IGNORED = "ignored"  # the handler never reads the value (Cancel, Create)


def ascii_int(text: object, *, low: int = 0, high: int = MAX_ID) -> int | None:
    """``text`` as an int when it is plain ASCII digits within [low, high]; None otherwise."""
    if not isinstance(text, str) or not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if low <= value <= high else None


def valid_value(kind: ValueKind, value: object) -> bool:
    """Whether a button value is one we could have produced for an action of this kind."""
    if not isinstance(value, str):
        return False
    if kind is ValueKind.ID:
        return ascii_int(value, low=1) is not None
    if kind is ValueKind.TOKEN:
        return bool(_TOKEN.fullmatch(value))
    return len(value) <= MAX_FREE_VALUE


def short_text(value: object, *, limit: int) -> str | None:
    """A string field of a payload, or None when it is missing, not a string, or longer than ``limit``."""
    return value if isinstance(value, str) and len(value) <= limit else None


def file_meta(name: object, mime: object) -> tuple[str, str | None]:
    """A file's announced name and type made safe to show and to match on: no controls, bidi overrides or path
    separators in the name (a ``report\u202etxt.csv`` shows as what it is), at most 200 characters; a type
    that is not a plain ``type/subtype`` is unknown (None)."""
    shown = _UNSAFE_NAME.sub("", name) if isinstance(name, str) else ""
    shown = " ".join(shown.split())[:MAX_FILE_NAME].strip(". ") or "file"
    kind = mime.lower() if isinstance(mime, str) else None
    return shown, kind if kind and _MIME.fullmatch(kind) else None
