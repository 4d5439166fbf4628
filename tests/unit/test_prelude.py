"""What every message reads first (bot/prelude.py): one unit of work, and nothing kept between messages."""

from __future__ import annotations

from sqlalchemy import event
from sqlmodel import select

from bot.texts import t
from bot.types import ConversationRef, IncomingMessage, UserRef
from storage import dialogs, recent
from storage.models import Staff, StaffIdentity
from tests.support import make_app


def _identity(app: object, user_id: str) -> StaffIdentity:
    with app.services.session() as session:  # type: ignore[attr-defined]
        return session.exec(select(StaffIdentity).where(StaffIdentity.external_id == user_id)).one()


async def test_a_direct_chat_is_remembered_only_when_it_changed(db_url: str) -> None:
    app, _ = make_app(db_url)
    app.ensure_local_user("ana", platform="slack")  # linked with chat "slack:ana"
    writes: list[str] = []
    event.listen(app.engine, "before_cursor_execute", lambda c, cu, s, *a: writes.append(s) if "UPDATE" in s else None)
    user = UserRef("slack", "ana")

    await app.dispatcher.dispatch(IncomingMessage(user, ConversationRef("slack", "slack:ana"), "hi", direct_chat=True))
    assert not [s for s in writes if "staff_identity" in s]

    await app.dispatcher.dispatch(IncomingMessage(user, ConversationRef("slack", "D42"), "hi", direct_chat=True))
    assert _identity(app, "ana").chat_id == "D42"
    app.engine.dispose()


async def test_a_pending_question_and_focus_written_by_another_instance_are_seen_by_the_next_message(
    db_url: str,
) -> None:
    app, clock = make_app(db_url)
    other, _ = make_app(db_url)  # a second instance on the same store
    app.ensure_local_user("ana", platform="console")
    user, chat = UserRef("console", "ana"), ConversationRef("console", "console:ana")
    await app.dispatcher.dispatch(IncomingMessage(user, chat, "add contact Maria Silva"))
    with other.services.session() as session:
        recent.remember(
            session=session, platform="console", chat_id=chat.chat_id, user_id="ana", payload={}, now=clock.now(),
            focus="Maria Silva",
        )  # fmt: skip
        dialogs.put(
            session=session, platform="console", chat_id=chat.chat_id, user_id="ana", kind="offer_create",
            payload={"understanding": {"intent": "find_contact", "contact_ref": "Rui Costa"}}, now=clock.now(),
        )  # fmt: skip

    replies = await app.dispatcher.dispatch(IncomingMessage(user, chat, "no"))
    assert replies[0].text == t("en", "cancelled")  # the other instance's question was the one answered
    with app.services.session() as session:
        assert (
            dialogs.get(session=session, platform="console", chat_id=chat.chat_id, user_id="ana", now=clock.now())
            is None
        )
    replies = await app.dispatcher.dispatch(IncomingMessage(user, chat, "show her"))
    assert "Maria Silva" in replies[0].text
    app.engine.dispose()
    other.engine.dispose()


async def test_the_sender_is_read_afresh_so_a_change_on_another_instance_counts_on_the_next_message(
    any_db_url: str,
) -> None:
    app, _ = make_app(any_db_url)
    other, _ = make_app(any_db_url)  # a second instance on the same store
    member = app.ensure_local_user("ana", platform="console")
    user, chat = UserRef("console", "ana"), ConversationRef("console", "console:ana")
    assert (await app.dispatcher.dispatch(IncomingMessage(user, chat, "")))[0].text == t("en", "refuse.empty")

    with other.services.session() as session:
        changed = session.get(Staff, member.id)
        assert changed is not None
        changed.language = "pt"
        session.add(changed)
    assert (await app.dispatcher.dispatch(IncomingMessage(user, chat, "")))[0].text == t("pt", "refuse.empty")

    with other.services.session() as session:
        removed = session.get(Staff, member.id)
        assert removed is not None
        removed.active = False
        session.add(removed)
    replies = await app.dispatcher.dispatch(IncomingMessage(user, chat, "birthdays this week"))
    assert replies[0].text == t("en", "refuse.unknown_user")
    app.engine.dispose()
    other.engine.dispose()
