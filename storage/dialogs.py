"""Per-chat pending questions and processed platform events, kept in the store (any instance answers)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from storage import models

DIALOG_TTL = timedelta(minutes=30)


def get(*, session: Session, platform: str, chat_id: str, user_id: str, now: datetime) -> models.DialogState | None:
    state = session.exec(
        select(models.DialogState).where(
            models.DialogState.platform == platform,
            models.DialogState.chat_id == chat_id,
            models.DialogState.user_id == user_id,
        )
    ).first()
    if state is not None and state.expires_at <= now:
        session.delete(state)
        session.flush()
        return None
    return state


def put(
    *,
    session: Session,
    platform: str,
    chat_id: str,
    user_id: str,
    kind: str,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    clear(session=session, platform=platform, chat_id=chat_id, user_id=user_id)
    session.add(
        models.DialogState(
            platform=platform,
            chat_id=chat_id,
            user_id=user_id,
            kind=kind,
            payload=payload,
            expires_at=now + DIALOG_TTL,
        )
    )
    session.flush()


def clear(*, session: Session, platform: str, chat_id: str, user_id: str) -> None:
    session.exec(  # type: ignore[call-overload]
        delete(models.DialogState).where(
            col(models.DialogState.platform) == platform,
            col(models.DialogState.chat_id) == chat_id,
            col(models.DialogState.user_id) == user_id,
        )
    )
    session.flush()


def event_seen(*, session: Session, platform: str, event_id: str) -> bool:
    """Was this platform event handled already (a redelivery or retry)?"""
    return session.get(models.ProcessedEvent, (platform, event_id)) is not None


def claim_event(*, session: Session, platform: str, event_id: str, now: datetime) -> bool:
    """True the first time an event id is seen; False for a redelivery or retry."""
    try:
        with session.begin_nested():
            session.add(models.ProcessedEvent(platform=platform, event_id=event_id, at=now))
            session.flush()
    except IntegrityError:
        return False
    return True
