"""The send queue through the real adapters and the fake platforms: a 429 in one chat does not delay another
chat, order within a chat is kept, a nudge is recorded as delivered only once the platform accepted it, and a
stop leaves what it could not send unmarked. ``HeldTime`` holds a 429's wait until the test releases it, so
the test looks at the other chats while one chat waits."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlmodel import col, select

from bot.delivery import NotSent
from bot.types import Reply
from reminders import dispatch, sweep
from storage import followups
from storage import staff as staff_repo
from storage.models import Nudge, Staff, StaffIdentity
from tests.adapters.slack_harness import slack_harness
from tests.adapters.telegram_rig import ADMIN, HeldTime, Rig, telegram_rig
from tests.fakes import FakeSlackAPI, FakeTelegramAPI

GROUP = -100200
REP = 600  # a second staff member's private chat


async def test_a_429_in_one_chat_does_not_delay_the_answer_in_another(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    held = HeldTime()
    async with telegram_rig(telegram_api, db_url, fake_time=held) as rig:
        telegram_api.fail_next("sendMessage", status=429, retry_after=30, chat_id=ADMIN)
        private = telegram_api.push_message(ADMIN, "help")
        group = telegram_api.push_message(ADMIN, "/help", chat_id=GROUP, chat_type="group")
        await rig.handled_update(group)  # answered while the private chat waits out its 429
        waiting = [m["text"] for m in telegram_api.sent_messages(ADMIN)]
        clock_then, held_then = held.now, list(held.held)
        held.release()
        await rig.handled_update(private)

    [answer] = telegram_api.sent_messages(GROUP)
    assert answer["text"].startswith("What I understand")
    assert held_then == [30.0] and clock_then == 1000.0  # the group's answer went out at once
    assert len(waiting) == 1  # only the refused attempt had reached the private chat
    refused, delivered = telegram_api.sent_messages(ADMIN)
    assert refused["text"] == delivered["text"] and delivered["text"].startswith("What I understand")


async def test_order_within_a_chat_is_kept_through_a_429_and_other_chats_go_on(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    held = HeldTime()
    async with telegram_rig(telegram_api, db_url, fake_time=held) as rig:
        telegram_api.fail_next("sendMessage", status=429, retry_after=20, chat_id=ADMIN)
        sends = [asyncio.create_task(rig.adapter.send(str(ADMIN), Reply(f"note {n}"))) for n in range(5)]
        other = await rig.adapter.send(str(GROUP), Reply("to the group"))
        pending = sum(not task.done() for task in sends)
        held.release()
        refs = await asyncio.gather(*sends)

    assert other.chat_id == str(GROUP) and pending == 5
    texts = [m["text"] for m in telegram_api.sent_messages(ADMIN)]
    assert texts == ["note 0", "note 0", "note 1", "note 2", "note 3", "note 4"]  # the refused one, then in order
    assert [int(r.message_id) for r in refs] == sorted(int(r.message_id) for r in refs)


def link_rep(rig: Rig) -> None:
    now = rig.clock.now()
    with rig.app.services.session() as session:
        rep = staff_repo.create(session=session, handle="bob", display_name="Bob", role="rep", now=now)
        staff_repo.link_identity(
            session=session, staff=rep, platform="telegram", external_id=str(REP), chat_id=str(REP), now=now
        )


def due_follow_ups(rig: Rig) -> None:
    """One follow-up due now for the admin and one for the rep, and the sweep that makes their nudges."""
    now = rig.clock.now()
    with rig.app.services.session() as session:
        for handle in (f"tg{ADMIN}", "bob"):
            owner = staff_repo.by_handle(session=session, handle=handle)
            assert owner is not None and owner.id is not None
            followups.schedule(
                session=session,
                owner_id=owner.id,
                due_at=now - timedelta(minutes=5),
                text=f"call for {handle}",
                now=now,
            )
    with rig.app.services.session() as session:
        sweep.sweep(session=session, now=now, settings=rig.app.settings)


def follow_up_nudges(rig: Rig) -> dict[str, Nudge]:
    """Each owner's follow-up nudge, by the owner's handle."""
    with rig.app.services.session() as session:
        handles = {s.id: s.handle for s in session.exec(select(Staff))}
        rows = session.exec(select(Nudge).where(Nudge.kind == "follow_up"))
        return {handles[row.owner_id]: row for row in rows}


def deliver(rig: Rig) -> asyncio.Task[int]:
    services = rig.app.services
    return asyncio.create_task(
        dispatch.deliver_pending(
            session_factory=services.session, delivery=rig.app.delivery, now=rig.clock.now(), settings=rig.app.settings
        )
    )


async def test_nudges_to_other_chats_go_out_while_one_chat_waits_and_each_is_recorded_once_accepted(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    held = HeldTime()
    async with telegram_rig(telegram_api, db_url, fake_time=held) as rig:
        link_rep(rig)
        due_follow_ups(rig)
        telegram_api.fail_next("sendMessage", status=429, retry_after=60, chat_id=ADMIN)
        delivering = deliver(rig)
        await telegram_api.wait_for("sendMessage", 2)  # the admin's refused nudge and the rep's
        while follow_up_nudges(rig)["bob"].sent_platform is None:
            await asyncio.sleep(0.01)
        during = follow_up_nudges(rig)
        held.release()
        sent = await delivering
        after = follow_up_nudges(rig)

    admin = f"tg{ADMIN}"
    assert during["bob"].sent_chat_id == str(REP)  # delivered and recorded while the admin's chat waited
    assert during[admin].sent_platform is None  # behind the refused send in its chat: not recorded as delivered
    assert sent >= 2 and after[admin].sent_chat_id == str(ADMIN) and after[admin].attempts == 0
    assert [m["text"] for m in telegram_api.sent_messages(REP)].count(during["bob"].text) == 1


async def test_a_stop_while_a_chat_waits_leaves_its_nudge_unmarked_for_the_next_start(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    held = HeldTime()  # never released: the admin's chat is still waiting out its 429 when the bot stops
    async with telegram_rig(telegram_api, db_url, fake_time=held) as rig:
        link_rep(rig)
        due_follow_ups(rig)
        telegram_api.fail_next("sendMessage", status=429, retry_after=60, chat_id=ADMIN, times=10)
        delivering = deliver(rig)
        while not held.held or follow_up_nudges(rig)["bob"].sent_platform is None:
            await asyncio.sleep(0.01)
        await rig.adapter.sender.queue.stop(grace=0.2)  # what the adapter's stop does, with a short grace
        await delivering
        after = follow_up_nudges(rig)

    admin = after[f"tg{ADMIN}"]
    assert admin.status == "pending" and admin.sent_platform is None and admin.next_attempt_at is None
    assert admin.attempts == 0 and admin.last_error is None  # put back as it was: no failure, no back-off
    assert after["bob"].sent_chat_id == str(REP)


async def test_slack_a_429_in_one_channel_does_not_hold_up_another(slack_api: FakeSlackAPI, db_url: str) -> None:
    held = HeldTime()
    async with slack_harness(slack_api, db_url, sleep=held.sleep) as slack:
        slack_api.fail_next("chat.postMessage", retry_after=30, channel="C0ALPHA")
        first = asyncio.create_task(slack.adapter.send("C0ALPHA", Reply("one")))
        second = asyncio.create_task(slack.adapter.send("C0ALPHA", Reply("two")))
        elsewhere = await slack.adapter.send("C0BRAVO", Reply("elsewhere"))
        while not held.held:
            await asyncio.sleep(0.01)
        waiting = not first.done() and not second.done()
        held.release()
        await asyncio.gather(first, second)

    assert elsewhere.chat_id == "C0BRAVO" and waiting and held.held == [30.0]
    texts = [call["text"] for call in slack.posted() if call["channel"] == "C0ALPHA"]
    assert texts == ["one", "one", "two"]  # the refused attempt, then in order


async def test_a_graceful_stop_drains_what_is_queued_and_refuses_what_comes_after(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        sends = [asyncio.create_task(rig.adapter.send(str(ADMIN), Reply(f"note {n}"))) for n in range(6)]
        await asyncio.sleep(0)  # queued, the first ones on their way
        await rig.adapter.sender.queue.stop(grace=5)
        refs = await asyncio.gather(*sends)
        with pytest.raises(NotSent):
            await rig.adapter.send(str(ADMIN), Reply("too late"))

    assert [m["text"] for m in telegram_api.sent_messages(ADMIN)] == [f"note {n}" for n in range(6)]
    assert len({r.message_id for r in refs}) == 6
    assert rig.time.sleeps == pytest.approx([1.0, 1.0, 1.0])  # paced in the lane: a burst of three, then 1/s


def all_nudges(rig: Rig) -> list[Nudge]:
    with rig.app.services.session() as session:
        return list(session.exec(select(Nudge).order_by(col(Nudge.id))))


async def test_a_nudge_waiting_its_turn_in_a_chat_is_not_claimed_until_its_send(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    held = HeldTime(hold=1.0)  # the pacing wait (one a second in a chat, after a burst of three) is held
    async with telegram_rig(telegram_api, db_url, fake_time=held) as rig:
        link_rep(rig)
        due_follow_ups(rig)
        due_follow_ups(rig)
        with rig.app.services.session() as session:  # the rep's nudges go to the admin's chat too: one lane
            rep = staff_repo.by_handle(session=session, handle="bob")
            assert rep is not None and rep.id is not None
            session.exec(select(StaffIdentity).where(StaffIdentity.staff_id == rep.id)).one().chat_id = str(ADMIN)
        delivering = deliver(rig)
        while not held.held:
            await asyncio.sleep(0.01)
        waiting = all_nudges(rig)
        held.release()
        await delivering
        after = all_nudges(rig)

    sent = [n for n in waiting if n.sent_platform is not None]
    assert len(sent) == 3 and len(waiting) > 3  # the burst went out; the next waits for its slot
    # Waiting for its slot is not being sent: nothing is claimed, so a crash now would leave it plainly pending.
    assert all(n.status == "pending" and n.next_attempt_at is None for n in waiting if n not in sent)
    assert all(n.sent_chat_id == str(ADMIN) and n.last_error is None for n in after)
