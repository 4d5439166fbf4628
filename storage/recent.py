"""What the assistant understood from each chat's previous message, for "what did you understand?", and which
contact the chat is talking about (its focus).

Kept in the dialog_state table under separate user keys, so neither stands in for a pending question and any
instance can answer (the store, not process memory, remembers).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from storage import dialogs
from storage.models import DialogState

KIND = "last_understood"
FOCUS = "focus"


def _key(user_id: str) -> str:
    return f"{user_id[:58]}#last"


def focus_key(user_id: str) -> str:
    """The dialog_state user key under which a chat's focus is kept (read with the pending question)."""
    return f"{user_id[:57]}#focus"


def remember(
    *,
    session: Session,
    platform: str,
    chat_id: str,
    user_id: str,
    payload: dict[str, Any],
    now: datetime,
    focus: str | None = None,
) -> None:
    """What this message was understood as, and (when given) the contact it was about: one statement
    (:func:`storage.dialogs.put_many`), since this runs for every message."""
    states = [(_key(user_id), KIND, payload)]
    if focus:
        states.insert(0, (focus_key(user_id), FOCUS, {"contact": focus}))
    dialogs.put_many(session=session, platform=platform, chat_id=chat_id, states=states, now=now)


def recall(*, session: Session, platform: str, chat_id: str, user_id: str, now: datetime) -> dict[str, Any] | None:
    state = dialogs.get(session=session, platform=platform, chat_id=chat_id, user_id=_key(user_id), now=now)
    return dict(state.payload) if state is not None and state.kind == KIND else None


def focus_of(state: DialogState | None) -> str | None:
    """The focused contact's name held by a focus state (as read by :func:`storage.dialogs.get_many`)."""
    if state is None or state.kind != FOCUS:
        return None
    name = state.payload.get("contact")
    return str(name) if name else None


def focus_in(*, session: Session, platform: str, chat_id: str, user_id: str, now: datetime) -> str | None:
    """The contact a chat's conversation with this user is about, read on its own (no pending question with it)."""
    state = dialogs.get(session=session, platform=platform, chat_id=chat_id, user_id=focus_key(user_id), now=now)
    return focus_of(state)
