"""Requests that are not chat messages go through the dispatcher like messages: identified there (strangers are
declined), routed to the module that registered them, answered in neutral types any adapter can render."""

from __future__ import annotations

from bot.app import App
from bot.requests import FormSubmitted, HomeOpened, InlineQuery, Menu, MenuWanted, Shortcut
from bot.texts import t
from bot.types import IncomingMessage, Reply, UserRef
from handlers import modal_log
from handlers.menu import MENU
from storage import staff as staff_repo
from tests.support import Chat

STRANGER = UserRef("test", "nobody")


async def test_strangers_are_declined_by_the_dispatcher(app: App) -> None:
    refusal = t("en", "refuse.unknown_user")
    assert await app.dispatcher.answer(HomeOpened(STRANGER)) == Reply(refusal, intent="home")
    assert (await app.dispatcher.answer(InlineQuery(STRANGER, "maria"))).choices == ()
    form = await app.dispatcher.answer(Shortcut(STRANGER, modal_log.MESSAGE_SHORTCUT, text="call with Maria"))
    assert form == Reply(refusal)


async def test_the_menu_is_public_and_in_the_default_language(app: App) -> None:
    menu = await app.dispatcher.answer(MenuWanted("telegram"))
    assert isinstance(menu, Menu) and [name for name, _ in menu.entries] == list(MENU)
    assert all(description for _, description in menu.entries)


async def test_a_shortcut_opens_the_log_form_prefilled_from_the_message(chat: Chat) -> None:
    form = await chat.app.dispatcher.answer(Shortcut(chat.user, modal_log.MESSAGE_SHORTCUT, "Call with Maria", "C1:2"))
    assert not isinstance(form, Reply)
    fields = {f.key: f for f in form.fields}
    assert form.name == modal_log.LOG_FORM and form.metadata == {"source": "C1:2"}
    assert fields[modal_log.KIND].initial == "call" and fields[modal_log.SUMMARY].initial == "Call with Maria"
    unknown = await chat.app.dispatcher.answer(Shortcut(chat.user, "crm:retired_shortcut"))
    assert unknown == Reply(t("en", "input.stale_button"))


async def test_a_forged_form_value_is_shown_in_the_form_and_nothing_is_stored(chat: Chat) -> None:
    forged = FormSubmitted(chat.user, modal_log.LOG_FORM, {"record": "1", "kind": "call", "date": "yesterday"})
    outcome = await chat.app.dispatcher.answer(forged)
    assert list(outcome.errors) == ["date"] and outcome.reply is None


async def test_a_verified_email_links_a_new_account_once(chat: Chat) -> None:
    asked: list[str] = []

    async def email() -> str:
        asked.append("x")
        return "alice@example.com"

    with chat.app.services.session() as session:
        member = staff_repo.by_handle(session=session, handle="alice")
        assert member is not None
        member.email = "alice@example.com"
        session.add(member)
    newcomer = UserRef("slack", "U0ALICE", verified_email=email)
    page = await chat.app.dispatcher.answer(HomeOpened(newcomer))
    assert page.text == t("en", "home.title", name="Alice")
    await chat.app.dispatcher.answer(HomeOpened(newcomer))
    assert asked == ["x"]  # linked the first time: no second look-up
    replies = await chat.app.dispatcher.dispatch(IncomingMessage(newcomer, chat.conversation, "help"))
    assert replies and replies[0].intent == "help"
