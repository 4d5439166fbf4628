"""Buttons on nudges, snooze in words, history, /health and the nudges / reminders-health commands."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.app import App
from bot.types import ActionEvent, Button, MessageRef
from reminders.clock import FrozenClock
from reminders.snooze_words import parse_snooze
from reminders.sweep import run_once
from storage import followups
from storage.models import FollowUp, Interaction, Nudge, ReminderState, Staff
from tests.reminders.helpers import RecordingSender, contact, interaction, last_touch
from tests.support import Chat


async def _nudge_for_follow_up(app: App, chat: Chat, sender: RecordingSender) -> tuple[int, int, int]:
    owner = chat.app.ensure_local_user("alice", platform="test").id
    assert owner is not None
    cid = contact(app, "Maria Silva", owner, org="Acme")
    with app.services.session() as session:
        follow = followups.schedule(
            session=session,
            owner_id=owner,
            due_at=chat.clock.now(),
            text="send the proposal",
            now=chat.clock.now(),
            contact_id=cid,
        )
        fid = follow.id
    await run_once(app)
    assert fid is not None
    return owner, cid, fid


def _button(sender: RecordingSender, kind: str, action: str) -> Button:
    reply = next(r for _, r in sender.sent if r.intent == f"nudge.{kind}")
    return next(b for b in reply.buttons if b.action == action)


async def test_done_marks_the_follow_up_done_touches_the_contact_and_edits(
    app: App, chat: Chat, sender: RecordingSender
) -> None:
    _, cid, fid = await _nudge_for_follow_up(app, chat, sender)
    done = _button(sender, "follow_up", "crm:nudge.done")
    where = MessageRef("test", "test:alice", "1")
    event = ActionEvent(chat.user, chat.conversation, done.action, done.value, message=where)
    replies = await app.dispatcher.dispatch(event)
    assert replies[0].text.startswith("Done: Follow up with Maria Silva (Acme): send the proposal.")
    assert replies[0].replaces == where
    with app.services.session() as session:
        assert session.get(FollowUp, fid).status == "done"  # type: ignore[union-attr]
        assert session.get(Nudge, int(done.value)).status == "done"  # type: ignore[union-attr]
    assert last_touch(app, cid) == chat.clock.now()


async def test_snooze_a_day_moves_the_follow_up_and_it_comes_back_once(
    app: App, chat: Chat, sender: RecordingSender
) -> None:
    await _nudge_for_follow_up(app, chat, sender)
    replies = await chat.click(_button(sender, "follow_up", "crm:nudge.snooze1d"))
    assert replies[0].text == "Snoozed until tomorrow 10:40."
    sender.sent.clear()
    chat.clock.advance(hours=23)
    await run_once(app)
    assert [r for _, r in sender.sent if r.intent == "nudge.follow_up"] == []
    chat.clock.advance(hours=1)
    await run_once(app)
    await run_once(app)
    assert [r.intent for _, r in sender.sent].count("nudge.follow_up") == 1


async def test_snooze_a_week_and_dismiss_on_other_kinds(app: App, chat: Chat, sender: RecordingSender) -> None:
    owner = chat.app.ensure_local_user("alice", platform="test").id
    assert owner is not None
    contact(app, "Ana Costa", owner, birthday=(3, 12, 1990))
    contact(app, "Rui Costa", owner, birthday=(3, 12, 1991))
    await run_once(app)
    birthdays = [r for _, r in sender.sent if r.intent == "nudge.birthday"]
    assert len(birthdays) == 2
    week = next(b for b in birthdays[0].buttons if b.action == "crm:nudge.snooze1w")
    assert (await chat.click(week))[0].text == "Snoozed until Thu 19 Mar 10:40."
    dismiss = next(b for b in birthdays[1].buttons if b.action == "crm:nudge.dismiss")
    assert (await chat.click(dismiss))[0].text.startswith("Dismissed: Birthday: Rui Costa turns 35 today.")
    sender.sent.clear()
    chat.clock.advance(days=7)
    await run_once(app)
    assert [r.intent for _, r in sender.sent].count("nudge.birthday") == 1, "the snoozed one comes back"


async def test_log_button_asks_and_logs(app: App, chat: Chat, sender: RecordingSender) -> None:
    _, cid, _ = await _nudge_for_follow_up(app, chat, sender)
    asked = await chat.click(_button(sender, "follow_up", "crm:nudge.log"))
    assert asked[0].text.startswith("What happened with Maria Silva?")
    logged = await chat.say("call: agreed the renewal")
    assert logged[0].text == "Logged call with Maria Silva; reminder done."
    with app.services.session() as session:
        entry = session.exec(select(Interaction).where(Interaction.contact_id == cid)).one()
        assert (entry.kind, entry.summary) == ("call", "call: agreed the renewal")


async def test_the_log_answer_reads_the_kind_in_the_senders_language(
    app: App, chat: Chat, sender: RecordingSender
) -> None:
    owner, cid, _ = await _nudge_for_follow_up(app, chat, sender)
    with app.services.session() as session:
        me = session.get(Staff, owner)
        assert me is not None
        me.language = "pt"
        session.add(me)
    await chat.click(_button(sender, "follow_up", "crm:nudge.log"))
    await chat.say("reunião: acordámos a renovação")
    with app.services.session() as session:
        entry = session.exec(select(Interaction).where(Interaction.contact_id == cid)).one()
        assert entry.kind == "meeting"


def test_snooze_phrases() -> None:
    now = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
    holidays = parse_snooze("snooze Acme until after the holidays", now=now, tz="Europe/Lisbon")
    assert holidays.contact_ref == "Acme"
    assert holidays.until == datetime(2027, 1, 7, 9, 0, tzinfo=UTC)
    weeks = parse_snooze("snooze 2 weeks", now=now, tz="UTC")
    assert (weeks.contact_ref, weeks.until) == (None, now + timedelta(weeks=2))
    monday = parse_snooze("snooze Maria Silva till monday", now=now, tz="UTC")
    assert monday.contact_ref == "Maria Silva" and monday.until == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    assert parse_snooze("snooze", now=now, tz="UTC").until == now + timedelta(days=1)


async def test_snooze_in_words(app: App, chat: Chat, sender: RecordingSender) -> None:
    owner = chat.app.ensure_local_user("alice", platform="test").id
    assert owner is not None
    contact(app, "Ana Costa", owner, org="Acme", birthday=(3, 12, 1990))
    await run_once(app)
    replies = await chat.say("snooze Acme until after the holidays")
    assert replies[0].intent == "snooze"
    assert replies[0].text == "Snoozed Ana Costa until Thu 7 Jan 2027 09:00."
    last = await chat.say("snooze 2 weeks")
    assert last[0].text.startswith("Snoozed ")
    assert last[0].entities["until"] == "2026-03-26T10:40:00+00:00"


async def test_history_of_what_was_sent(app: App, chat: Chat, sender: RecordingSender, clock: FrozenClock) -> None:
    owner = chat.app.ensure_local_user("alice", platform="test").id
    assert owner is not None
    contact(app, "Ana Costa", owner, birthday=(3, 12, 1990))
    await run_once(app)
    clock.advance(days=7)
    replies = await chat.say("what did you remind me about last week?")
    assert replies[0].intent == "nudge_history"
    assert replies[0].text.startswith("Reminders last week (2):")
    assert "Birthday: Ana Costa turns 36 today" in replies[0].text
    assert (await chat.say("reminders today"))[0].text == "I sent you no reminders today."
    with app.services.session() as session:
        me = session.get(Staff, owner)
        assert me is not None
        me.language = "pt"
        session.add(me)
    asked = (await chat.say("o que me lembraste na semana passada?"))[0]
    assert asked.intent == "nudge_history" and asked.entities["period"] == "last week"
    assert asked.text.startswith("Lembretes — semana passada (2):"), asked.text


async def test_health_command_for_admins(app: App, chat: Chat, sender: RecordingSender) -> None:
    replies = await chat.say("/health")
    assert replies[0].text.startswith("Last sweep: never")
    await run_once(app)
    replies = await chat.say("/health")
    assert replies[0].text.startswith("Last sweep: 2026-03-12T10:40:00+00:00 (0 min ago")
    assert "Unreachable staff: none." in replies[0].text


def test_nudges_command_prints_and_writes_nothing(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from run_bot import main
    from tests.support import make_app

    app, clock = make_app(db_url)
    owner = app.ensure_local_user("alice", platform="console").id
    assert owner is not None
    cid = contact(app, "Ana Costa", owner, birthday=(3, 12, 1990))
    interaction(app, cid, clock.now() - timedelta(days=3), summary="pricing questions")
    with app.services.session() as session:
        followups.schedule(
            session=session, owner_id=owner, due_at=clock.now(), text="call back", now=clock.now(), contact_id=cid
        )
    app.engine.dispose()
    assert main(["nudges", "--db", db_url, "--at", "2026-03-12T10:40:00+00:00", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(x["kind"], x["contact"], x["owner"]) for x in lines] == [
        ("digest", None, "alice"),
        ("birthday", "Ana Costa", "alice"),
        ("follow_up", "Ana Costa", "alice"),
    ]
    assert set(lines[0]) == {"kind", "contact", "owner", "text", "due"}
    assert "Last: call 9 Mar — pricing questions." in lines[1]["text"]
    app, _ = make_app(db_url)
    with app.services.session() as session:
        assert session.exec(select(Nudge)).all() == []
        assert session.exec(select(ReminderState)).all() == []
    app.engine.dispose()
    assert main(["reminders-health", "--db", db_url, "--at", "2026-03-12T10:40:00+00:00"]) == 1  # never swept
    assert "Last sweep: never" in capsys.readouterr().out


async def test_undo_of_a_snooze_puts_the_follow_up_back(app: App, chat: Chat, sender: RecordingSender) -> None:
    _, _, fid = await _nudge_for_follow_up(app, chat, sender)
    due_before = chat.clock.now()
    await chat.click(_button(sender, "follow_up", "crm:nudge.snooze1w"))
    undone = await chat.say("undo")
    assert undone[0].text == "Undone: the snooze of the reminder."
    with app.services.session() as session:
        follow = session.get(FollowUp, fid)
        assert follow is not None and follow.due_at == due_before and follow.status == "open"


async def test_undo_after_the_log_button_takes_back_the_interaction_and_the_done(
    app: App, chat: Chat, sender: RecordingSender
) -> None:
    await _nudge_for_follow_up(app, chat, sender)
    await chat.click(_button(sender, "follow_up", "crm:nudge.log"))
    await chat.say("call: agreed the renewal")
    await chat.say("undo")
    with app.services.session() as session:
        assert session.exec(select(Interaction)).all() == []
        [nudge] = session.exec(select(Nudge).where(Nudge.kind == "follow_up")).all()
        assert nudge.status == "sent"


@pytest.mark.parametrize(
    ("text", "lang", "who", "days"),
    [
        ("/snooze camila 1 semana", "pt", "camila", 7),
        ("/snooze carmen hasta el lunes", "es", "carmen", None),
        ("/snooze sophie jusqu'à lundi", "fr", "sophie", None),
        ("/snooze chen wei fino a lunedì", "it", "chen wei", None),
        ("/snooze Chen Wei hétfőig", "hu", "Chen Wei", None),
        ("/snooze sophie deux semaines", "fr", "sophie", 14),
    ],
)
def test_snooze_reads_the_stay_or_the_day_in_every_language(text: str, lang: str, who: str, days: int | None) -> None:
    now = datetime(2026, 3, 12, 10, 40, tzinfo=ZoneInfo("Europe/Lisbon"))  # a Thursday
    request = parse_snooze(text, now=now, tz="Europe/Lisbon", lang=lang)
    assert request.contact_ref == who
    if days is None:
        assert request.until.date().isoformat() == "2026-03-16"  # Monday, never "tomorrow"
    else:
        assert request.until == now + timedelta(days=days)
