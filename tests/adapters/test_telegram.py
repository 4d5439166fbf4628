"""Telegram conversations end to end: the real PTB Application, long polling the fake Bot API over HTTP."""

from __future__ import annotations

from sqlmodel import select

from bot.app import App
from handlers.menu import MENU
from storage import staff as staff_repo
from storage.models import Interaction, StaffIdentity
from tests.adapters.telegram_rig import ADMIN, button_data, telegram_rig
from tests.fakes import FakeTelegramAPI
from tests.fakes import telegram_objects as tg

STRANGER = 999


def interactions(app: App) -> list[Interaction]:
    with app.services.session() as session:
        return list(session.exec(select(Interaction)))


async def test_start_up_links_configured_admins_and_fills_the_command_menu(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        admin = rig.staff(f"tg{ADMIN}")
        with rig.app.services.session() as session:
            [identity] = session.exec(select(StaffIdentity).where(StaffIdentity.platform == "telegram"))

    assert admin.role == "admin"
    assert (identity.external_id, identity.chat_id) == (str(ADMIN), str(ADMIN))
    assert [c["command"] for c in telegram_api.commands] == list(MENU)
    assert all(c["description"] for c in telegram_api.commands)
    [poll, *_] = telegram_api.calls_to("getUpdates")
    assert set(poll["allowed_updates"]) == {"message", "callback_query", "inline_query"}


async def test_staff_member_links_with_a_code_an_admin_issued(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        with rig.app.services.session() as session:
            ana = staff_repo.create(session=session, handle="ana", display_name="Ana", role="rep", now=rig.clock.now())
            code = staff_repo.issue_link_code(session=session, staff=ana, now=rig.clock.now())

        before = await rig.say(77, "help")
        [linked] = await rig.say(77, f"/link {code}")
        [helped] = await rig.say(77, "help")
        [again] = await rig.say(78, f"/link {code}")  # a code works once

    assert "don't know you yet" in before[0]["text"]
    assert linked["text"] == 'Linked: you are Ana (rep). Try "help".'
    assert linked["parse_mode"] == "HTML" and linked["chat_id"] == 77
    assert helped["text"].startswith("What I understand")
    assert "not valid" in again["text"]
    with rig.app.services.session() as session:
        member = staff_repo.by_identity(session=session, platform="telegram", external_id="77")
        assert member is not None and member.handle == "ana"


async def test_a_stranger_gets_one_polite_refusal_and_no_customer_data(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Joana Ferreira", company="Zeta Corp", emails=["joana@zeta.example"])
        [refused] = await rig.say(STRANGER, "Joana Ferreira?")
        [start] = await rig.say(STRANGER, "/start")
        [in_group] = await rig.say(STRANGER, "@rapport_test_bot Joana?", chat_type="group")
        ignored = await rig.say(STRANGER, "Joana?", chat_type="group")  # not addressed to the bot

    assert "I only work with the team's staff" in refused["text"]
    assert "/link CODE" in start["text"]
    assert "I only work with the team's staff" in in_group["text"]
    assert ignored == []
    everything = " ".join(m["text"] for m in telegram_api.sent_messages())
    assert "Joana" not in everything and "Zeta" not in everything


async def test_logging_a_call_by_free_text(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        maria = rig.add_contact("Maria Silva", company="Acme")
        [logged] = await rig.say(ADMIN, "call with Maria Silva, she wants premium")
        [entry] = interactions(rig.app)

    assert logged["text"].startswith("Logged call with Maria Silva")
    assert entry.contact_id == maria and entry.kind == "call"
    assert entry.source_message_id == f"{ADMIN}:1"  # chat:message, so the same message never logs twice


async def test_which_maria_is_answered_with_a_button(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Maria Silva", company="Acme")
        santos = rig.add_contact("Maria Santos", company="Beta")
        [question] = await rig.say(ADMIN, "call with maria, wants a demo")
        asked = rig.last_bot_message(ADMIN)
        await rig.press(ADMIN, button_data(asked, "2. Maria Santos"), asked["message_id"])
        [logged] = telegram_api.sent_messages()[1:]
        [entry] = interactions(rig.app)

    assert question["text"].startswith('Which "maria" do you mean?')
    labels = [k["text"] for row in question["reply_markup"]["inline_keyboard"] for k in row]
    assert labels == ["1. Maria Silva (Acme)", "2. Maria Santos (Beta)", "Cancel"]
    assert all(
        len(k["callback_data"].encode()) <= 64 for row in question["reply_markup"]["inline_keyboard"] for k in row
    )
    assert telegram_api.calls_to("answerCallbackQuery")  # acknowledged
    assert logged["text"].startswith("Logged call with Maria Santos")
    assert entry.contact_id == santos


async def test_a_redelivered_update_is_not_logged_twice(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Maria Silva")
        update = telegram_api.push_message(ADMIN, "call with Maria Silva about the renewal")
        [logged] = await rig.push(update)
        telegram_api.push_raw(update)  # Telegram sends the same update_id again
        again = await rig.push(update, times=2)
        entries = interactions(rig.app)

    assert logged["text"].startswith("Logged call with Maria Silva")
    assert again == [] and len(entries) == 1


async def test_stored_text_is_escaped(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("<b>x</b>", company="A & B <Ltd>")
        [card] = await rig.say(ADMIN, "/find <b>x</b>")

    assert card["parse_mode"] == "HTML"
    assert card["text"].startswith("<b>&lt;b&gt;x&lt;/b&gt;</b>\n")
    assert "A &amp; B &lt;Ltd&gt;" in card["text"]


async def test_groups_get_minimal_cards_and_only_when_addressed(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Maria Silva", company="Acme", emails=["maria@acme.example"])
        [private] = await rig.say(ADMIN, "Maria Silva?")
        [group] = await rig.say(ADMIN, "@Rapport_Test_Bot Maria Silva?", chat_type="group")
        [command] = await rig.say(ADMIN, "/find@rapport_test_bot Maria Silva", chat_type="group")
        other_bot = await rig.say(ADMIN, "/find@other_bot Maria Silva", chat_type="group")
        chatter = await rig.say(ADMIN, "Maria Silva is great", chat_type="group")

    assert "maria@acme.example" in private["text"]
    for reply in (group, command):
        assert reply["chat_id"] == -ADMIN and "Maria Silva" in reply["text"] and "Acme" in reply["text"]
        assert "maria@acme.example" not in reply["text"]
        assert reply["reply_parameters"]["message_id"] > 0  # answers the message that asked
    assert other_bot == [] and chatter == []


async def test_inline_query_lists_matching_contacts_for_staff_only(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Maria Silva", company="Acme", emails=["maria@acme.example"])
        rig.add_contact("Mario Rossi")
        rig.add_contact("Chen Wei")
        await rig.handled_update(telegram_api.push_inline_query(ADMIN, "mar"))
        await rig.handled_update(telegram_api.push_inline_query(STRANGER, "mar"))
        staff_answer, stranger_answer = telegram_api.calls_to("answerInlineQuery")

    results = {r["title"]: r for r in staff_answer["results"]}
    assert set(results) == {"Maria Silva", "Mario Rossi"}
    maria = results["Maria Silva"]
    assert maria["description"] == "Acme · Last touch: never"
    content = maria["input_message_content"]
    assert content["parse_mode"] == "HTML" and content["message_text"].startswith("<b>Maria Silva</b>")
    assert "Acme" in content["message_text"] and "maria@acme.example" not in content["message_text"]
    assert staff_answer["is_personal"] is True and staff_answer["cache_time"] == 0
    assert stranger_answer["results"] == []


async def test_in_a_forum_topic_the_answer_stays_in_the_topic_and_replies_to_the_bot_count_as_addressed(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    user = tg.human_user(ADMIN, first_name="Admin")
    group = tg.chat_for_user(user, chat_id=-100777, chat_type="supergroup")
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Maria Silva", company="Acme")
        asked = tg.message(
            message_id=10, chat=group, sender=user, text="/find Maria Silva", message_thread_id=5, is_topic_message=True
        )
        asked["entities"] = tg.command_entities(asked["text"])
        [card] = await rig.push(telegram_api.push_raw({"message": asked}))
        bots_card = rig.last_bot_message(-100777)
        answer = tg.message(message_id=12, chat=group, sender=user, text="help", reply_to_message=bots_card)
        [helped] = await rig.push(telegram_api.push_raw({"message": answer}))

    assert card["message_thread_id"] == 5 and "Maria Silva" in card["text"]
    assert helped["text"].startswith("What I understand")
