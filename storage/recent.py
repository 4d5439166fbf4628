"""What the assistant understood from each chat's previous message, for "what did you understand?".

Kept in the dialog_state table under a separate user key, so it never stands in for a pending question
and any instance can answer (the store, not process memory, remembers).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from storage import dialogs

KIND = "last_understood"


def _key(user_id: str) -> str:
    return f"{user_id[:58]}#last"


def remember(
    *, session: Session, platform: str, chat_id: str, user_id: str, payload: dict[str, Any], now: datetime
) -> None:
    """One upsert per message (:func:`storage.dialogs.put`): this runs for every message."""
    dialogs.put(
        session=session, platform=platform, chat_id=chat_id, user_id=_key(user_id), kind=KIND, payload=payload, now=now
    )


def recall(*, session: Session, platform: str, chat_id: str, user_id: str, now: datetime) -> dict[str, Any] | None:
    state = dialogs.get(session=session, platform=platform, chat_id=chat_id, user_id=_key(user_id), now=now)
    return dict(state.payload) if state is not None and state.kind == KIND else None


FOCUS = "focus"


def remember_focus(*, session: Session, platform: str, chat_id: str, user_id: str, name: str, now: datetime) -> None:
    """The contact this chat is talking about now ("her", a bare "maria" in the next message mean them)."""
    dialogs.put(
        session=session,
        platform=platform,
        chat_id=chat_id,
        user_id=f"{user_id[:57]}#focus",
        kind=FOCUS,
        payload={"contact": name},
        now=now,
    )


def recall_focus(*, session: Session, platform: str, chat_id: str, user_id: str, now: datetime) -> str | None:
    state = dialogs.get(session=session, platform=platform, chat_id=chat_id, user_id=f"{user_id[:57]}#focus", now=now)
    if state is None or state.kind != FOCUS:
        return None
    name = state.payload.get("contact")
    return str(name) if name else None
