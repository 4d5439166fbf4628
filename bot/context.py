"""What a handler gets besides the event: who is asking, the store, the clock, the settings."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.texts import t, tn
from bot.types import ConversationRef, UserRef
from config.settings import Settings
from reminders.clock import Clock
from storage import audit, dialogs
from storage.db import SessionFactory
from storage.errors import Refusal
from storage.models import Staff
from storage.permissions import Scope

if TYPE_CHECKING:
    from bot.nlu.understanding import Understanding


@dataclass
class Services:
    """Long-lived collaborators shared by all handlers."""

    settings: Settings
    clock: Clock
    session: SessionFactory
    extras: dict[str, Any] = field(default_factory=dict)
    # Held around start-up work (admins, demo data) so instances started together do it once.
    startup_lock: Callable[[], AbstractContextManager[None]] = nullcontext


@dataclass
class HandlerContext:
    services: Services
    user: UserRef
    conversation: ConversationRef
    staff: Staff | None
    understanding: Understanding | None = None
    # Re-runs an intent with a completed understanding (after a disambiguation answer); set by the dispatcher.
    redo: Callable[[Understanding], Awaitable[Any]] | None = None
    # Names of contacts created along the way (an agreed "create it"), for the reply to mention.
    created: list[str] = field(default_factory=list)
    # What the sender may see, once read for this message (handlers/access.py: scope).
    scope: Scope | None = None
    # A question was open and this message did not answer it: a destructive reading is confirmed, never run.
    interrupted: bool = False

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def clock(self) -> Clock:
        return self.services.clock

    def session(self) -> AbstractContextManager[Session]:
        return self.services.session()

    def now(self) -> datetime:
        return self.services.clock.now()

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.staff.tz if self.staff else self.settings.default_timezone)

    @property
    def business_tz(self) -> ZoneInfo:
        """The company's time zone: calendar periods of figures ("this quarter") are the same whoever asks."""
        return ZoneInfo(self.settings.default_timezone)

    @property
    def lang(self) -> str:
        return self.staff.language if self.staff else self.settings.default_language

    @property
    def staff_id(self) -> int:
        if self.staff is None or self.staff.id is None:
            raise Refusal("refuse.unknown_user")
        return self.staff.id

    @property
    def is_private(self) -> bool:
        return self.conversation.is_private

    def t(self, key: str, **values: Any) -> str:
        return t(self.lang, key, **values)

    def tn(self, key: str, count: int, **values: Any) -> str:
        return tn(self.lang, key, count, **values)

    def stage(self, name: str) -> str:
        """A deal or lifecycle stage as the asker says it (stored stages are English words)."""
        return t(self.lang, f"stage.{name}")

    def set_pending(self, session: Session, kind: str, payload: dict[str, Any]) -> None:
        dialogs.put(
            session=session,
            platform=self.conversation.platform,
            chat_id=self.conversation.chat_id,
            user_id=self.user.user_id,
            kind=kind,
            payload=payload,
            now=self.now(),
        )

    def audit(
        self,
        session: Session,
        *,
        action: str,
        entity: str,
        entity_id: int | None,
        detail: dict[str, Any] | None = None,
        undo: list[Any] | None = None,
        at: datetime | None = None,
    ) -> None:
        """Record what this staff member did (and how to revert it) in the same unit of work."""
        audit.record(
            session=session,
            at=at or self.now(),
            staff_id=self.staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            undo=undo,
        )

    def pending(self, session: Session, kind: str) -> dict[str, Any] | None:
        """The payload of this chat's pending question when it is of this kind (a button answering it)."""
        state = dialogs.get(
            session=session,
            platform=self.conversation.platform,
            chat_id=self.conversation.chat_id,
            user_id=self.user.user_id,
            now=self.now(),
        )
        return dict(state.payload) if state is not None and state.kind == kind else None

    def clear_pending(self, session: Session) -> None:
        dialogs.clear(
            session=session,
            platform=self.conversation.platform,
            chat_id=self.conversation.chat_id,
            user_id=self.user.user_id,
        )
