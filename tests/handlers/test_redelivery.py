"""At-least-once handling, exactly-once effects: an event whose reply never went out (the process died after
the handler committed) is handled again on redelivery, stores nothing new, and its reply is sent this time."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.app import App
from bot.types import IncomingMessage
from storage.models import Interaction
from tests.support import Chat


class Killed(BaseException):
    """Stands for kill -9 between the handler's commit and the reply."""


async def test_a_reply_lost_in_a_crash_is_sent_on_redelivery(chat: Chat, app: App) -> None:
    await chat.say("add Maria Silva")
    event = IncomingMessage(
        chat.user, chat.conversation, "call with Maria Silva about the renewal", message_id="m1", event_id="u1"
    )
    dispatcher = app.dispatcher
    with pytest.raises(Killed):
        async with dispatcher.settling(event) as dispatch:
            await dispatch()
            raise Killed  # the reply was never sent
    async with dispatcher.settling(event) as dispatch:
        [again] = await dispatch()  # the platform redelivers the same update
    async with dispatcher.settling(event) as dispatch:
        after_reply = await dispatch()  # a further redelivery: handled and answered, nothing to do

    assert again.text.startswith("Already logged: call with Maria Silva")
    assert after_reply == []
    with app.services.session() as session:
        assert len(session.exec(select(Interaction)).all()) == 1
