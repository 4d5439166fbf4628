"""What every message reads before a handler runs, in one unit of work (one connection checkout, one transaction).

Who is asking, with the account's stored direct chat; whether the event was handled before; the chat's pending
question and its focus, in one statement; and, when nothing can come between (no pending question to offer the
message to first), the understanding itself, whose store look-ups then share the same transaction. Nothing is
kept between messages: the next message reads again, so what another instance wrote is seen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from bot.context import Services
from bot.nlu.understanding import Understanding
from bot.types import ActionEvent, IncomingMessage
from storage import dialogs, recent
from storage import staff as staff_repo
from storage.models import Staff

# Understands the message inside the prelude's session: (session, who is asking, the chat's focus).
Understand = Callable[[Session, Staff, str | None], Understanding]


@dataclass(frozen=True)
class Prelude:
    staff: Staff | None
    seen: bool
    pending: tuple[str, dict[str, Any]] | None = None
    focus: str | None = None
    # The account's direct chat is stored as this event's chat and reachable: nothing new to remember.
    chat_known: bool = False
    understood: Understanding | None = None


def read(
    services: Services,
    event: IncomingMessage | ActionEvent,
    *,
    want_pending: bool,
    understand: Understand | None = None,
) -> Prelude:
    """The reads every event needs; ``understand`` runs in the same session when there is no pending question
    (with one, the pending handler has the first chance and the caller understands afterwards if it passes)."""
    user, conversation = event.user, event.conversation
    with services.session() as session:
        found = staff_repo.by_identity_with_chat(session=session, platform=user.platform, external_id=user.user_id)
        staff, chat_id, unreachable = found if found is not None else (None, None, False)
        chat_known = chat_id == conversation.chat_id and not unreachable
        seen = bool(event.event_id) and dialogs.event_seen(
            session=session, platform=user.platform, event_id=event.event_id or ""
        )
        if not want_pending or staff is None or seen:
            return Prelude(staff, seen, chat_known=chat_known)
        states = dialogs.get_many(
            session=session,
            platform=conversation.platform,
            chat_id=conversation.chat_id,
            user_ids=[user.user_id, recent.focus_key(user.user_id)],
            now=services.clock.now(),
        )
        state = states.get(user.user_id)
        pending = (state.kind, dict(state.payload)) if state is not None else None
        focus = recent.focus_of(states.get(recent.focus_key(user.user_id)))
        understood = understand(session, staff, focus) if understand is not None and pending is None else None
        return Prelude(staff, seen, pending, focus, chat_known, understood)
