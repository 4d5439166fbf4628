"""Long polling that confirms after handling: Telegram's 429 and 5xx on getUpdates are waited out, an
update handed out but not yet handled is not confirmed (the next getUpdates offset stays below it), and
polling goes on while a chat waits: an update fetched later, in another chat, is answered meanwhile."""

from __future__ import annotations

import asyncio

from bot.types import ActionEvent, IncomingMessage, Reply
from tests.adapters.telegram_rig import ADMIN, HeldTime, telegram_rig
from tests.fakes import FakeTelegramAPI

GROUP = -100200


async def test_429_and_5xx_on_get_updates_are_retried_without_loss(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        polls = len(telegram_api.calls_to("getUpdates"))
        telegram_api.fail_next("getUpdates", status=429, retry_after=7)
        telegram_api.fail_next("getUpdates", status=502, times=2)
        await telegram_api.wait_for("getUpdates", count=polls + 3)
        [helped] = await rig.say(ADMIN, "help")

    assert helped["text"].startswith("What I understand")
    assert 7 in rig.time.sleeps  # Telegram's retry_after, honoured
    assert len([s for s in rig.time.sleeps if s < 7]) >= 2  # the 5xx back-off


async def test_an_update_is_confirmed_only_after_it_was_handled(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        entered, gate = asyncio.Event(), asyncio.Event()
        dispatch = rig.app.dispatcher.dispatch

        async def held(event: IncomingMessage | ActionEvent) -> list[Reply]:
            entered.set()
            await gate.wait()  # the handler is still working
            return await dispatch(event)

        rig.app.dispatcher.dispatch = held  # type: ignore[method-assign]
        update = telegram_api.push_message(ADMIN, "help")
        await entered.wait()
        await telegram_api.wait_for("sendMessage", count=0)  # a turn of the loop for any eager poll to show
        while_handling = [call.get("offset") for call in telegram_api.calls_to("getUpdates")]
        gate.set()
        await rig.handled_update(update)
        polls = len(telegram_api.calls_to("getUpdates"))
        after = await telegram_api.wait_for("getUpdates", count=polls + 1)

    assert all(offset is None or offset <= update["update_id"] for offset in while_handling)
    assert after[-1]["offset"] == update["update_id"] + 1  # confirmed once handled


async def test_a_chat_waiting_out_a_429_does_not_hold_up_polling_for_another_chat(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    held = HeldTime()
    async with telegram_rig(telegram_api, db_url, fake_time=held) as rig:
        telegram_api.fail_next("sendMessage", status=429, retry_after=30, chat_id=ADMIN)
        stuck = telegram_api.push_message(ADMIN, "help")
        await telegram_api.wait_for("sendMessage", count=1)  # refused: the private chat now waits 30 s
        while not held.held:
            await asyncio.sleep(0)
        polls = len(telegram_api.calls_to("getUpdates"))
        later = telegram_api.push_message(ADMIN, "/help", chat_id=GROUP, chat_type="group")
        await rig.handled_update(later)  # fetched by a later poll and answered while the 429 is waited out
        group_answers = telegram_api.sent_messages(GROUP)
        offsets = [call.get("offset") for call in telegram_api.calls_to("getUpdates")[polls:]]
        still_waiting = rig.handled[stuck["update_id"]] == 0
        held.release()
        await rig.handled_update(stuck)
        polls = len(telegram_api.calls_to("getUpdates"))
        after = await telegram_api.wait_for("getUpdates", count=polls + 1)

    assert still_waiting and held.held == [30.0]
    assert [m["text"][:17] for m in group_answers] == ["What I understand"]
    assert offsets and all(offset == stuck["update_id"] for offset in offsets)  # the stuck one never confirmed
    assert after[-1]["offset"] == later["update_id"] + 1  # both confirmed once both are handled
    assert [m["text"][:17] for m in telegram_api.sent_messages(ADMIN)] == ["What I understand"] * 2
