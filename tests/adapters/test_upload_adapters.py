"""Import by file upload through the real PTB and Bolt clients: the platform's file -> dry run -> confirm."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlmodel import select

from bot.app import App
from handlers.upload import CONFIRM_ACTION
from storage import staff as staff_repo
from storage.models import AuditLog, Contact
from tests.adapters.slack_harness import DM, TOKEN, USER, SlackHarness, slack_harness
from tests.adapters.telegram_rig import ADMIN, button_data, telegram_rig
from tests.fakes import FakeSlackAPI, FakeTelegramAPI
from tests.fakes import slack_signing as slack

CSV = (
    "Name,Email,Phone,Company\n"
    "Maria Silva,maria@example.com,+351 912 345 678,Acme\n"
    "João Costa,joao@example.com,,Beta Lda\n"
    ",bad@example.com,12,\n"  # no name: the one kind of row an import rejects (issue 13)
).encode()
REP = 77


def contact_names(app: App) -> list[str]:
    with app.services.session() as session:
        return sorted(c.full_name for c in session.exec(select(Contact)))


def link_rep(app: App, platform: str, user_id: str) -> None:
    now = app.services.clock.now()
    with app.services.session() as session:
        rep = staff_repo.create(session=session, handle="bob", display_name="Bob", role="rep", now=now)
        staff_repo.link_identity(
            session=session, staff=rep, platform=platform, external_id=user_id, chat_id=None, now=now
        )


# -- Telegram --------------------------------------------------------------------------------------------


async def test_telegram_admin_uploads_a_csv_confirms_and_the_contacts_exist(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        [ask] = await rig.push(telegram_api.push_document(ADMIN, "contacts.csv", CSV))
        assert contact_names(rig.app) == []  # the dry run saved nothing
        sent = rig.last_bot_message(ADMIN)
        await rig.press(ADMIN, button_data(sent, "Import"), sent["message_id"])

        assert ask["text"].startswith("Checked contacts.csv (contacts; nothing saved yet). Import 2 new, update 0")
        assert [k["text"] for row in ask["reply_markup"]["inline_keyboard"] for k in row] == ["Import", "Cancel"]
        [getfile] = telegram_api.calls_to("getFile")  # downloaded once, for the dry run
        assert getfile["file_id"].startswith("file-")
        [edit] = telegram_api.calls_to("editMessageText")  # the question becomes the answer
        assert edit["text"].startswith("Imported contacts.csv: created 2, updated 0, rejected 1.")
        assert "line 4: rejected bad@example.com — no name" in edit["text"]
        assert contact_names(rig.app) == ["João Costa", "Maria Silva"]
        with rig.app.services.session() as session:
            [entry] = session.exec(select(AuditLog).where(AuditLog.action == "import"))
        assert entry.staff_id == rig.staff(f"tg{ADMIN}").id


async def test_telegram_rep_upload_is_refused_without_a_download(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        link_rep(rig.app, "telegram", str(REP))
        [reply] = await rig.push(telegram_api.push_document(REP, "contacts.csv", CSV, caption="import"))

        assert reply["text"].startswith("Only an admin can import files in chat")
        assert telegram_api.calls_to("getFile") == [] and contact_names(rig.app) == []


async def test_telegram_oversized_file_is_refused_before_download(telegram_api: FakeTelegramAPI, db_url: str) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        update = telegram_api.push_document(ADMIN, "big.csv", CSV, file_size=25 * 1_048_576)
        [reply] = await rig.push(update)

        assert reply["text"].startswith("big.csv is 25 MB; the limit in chat is 20 MB.")
        assert telegram_api.calls_to("getFile") == [] and contact_names(rig.app) == []


async def test_telegram_upload_in_a_group_points_to_a_direct_message(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        update = telegram_api.push_document(
            ADMIN, "contacts.csv", CSV, caption="@rapport_test_bot import", chat_type="supergroup"
        )
        [reply] = await rig.push(update)

        assert reply["text"].startswith("Others can read this chat")
        assert telegram_api.calls_to("getFile") == [] and contact_names(rig.app) == []


# -- Slack -----------------------------------------------------------------------------------------------


@pytest.fixture
async def bot(db_url: str) -> AsyncIterator[SlackHarness]:
    async with FakeSlackAPI(valid_tokens={TOKEN}) as api, slack_harness(api, db_url) as harness:
        harness.link(USER, "alice", role="admin")
        yield harness


def file_share(user: str, text: str, files: list[dict[str, object]]) -> dict[str, object]:
    event = slack.message_im_event(user, text)
    return event | {"subtype": "file_share", "files": files, "upload": True}


async def test_slack_dm_upload_summary_then_confirm_imports(bot: SlackHarness) -> None:
    shared = bot.api.share_file("contacts.csv", CSV)
    await bot.event(file_share(USER, "", [shared]))

    [ask] = bot.posted()
    assert ask["channel"] == DM
    assert ask["text"].startswith("Checked contacts.csv (contacts; nothing saved yet). Import 2 new")
    [download] = bot.api.calls_to("files.download")
    assert download["file"] == shared["id"]
    assert [c.headers.get("Authorization") for c in bot.api.requests if c.method == "files.download"] == [
        f"Bearer {TOKEN}"
    ]
    assert contact_names(bot.app) == []
    token = next(
        e["value"] for b in ask["blocks"] if b["type"] == "actions" for e in b["elements"] if "Import" in str(e)
    )

    await bot.post(slack.block_actions_body(CONFIRM_ACTION, token, channel_id=DM, message_ts="1700000000.000001"))

    [update] = bot.api.calls_to("chat.update")
    assert update["text"].startswith("Imported contacts.csv: created 2, updated 0, rejected 1.")
    assert contact_names(bot.app) == ["João Costa", "Maria Silva"]


async def test_slack_file_details_come_from_files_info_when_the_event_leaves_them_out(bot: SlackHarness) -> None:
    shared = bot.api.share_file("people.csv", CSV)
    await bot.event(file_share(USER, "import", [{"id": shared["id"], "file_access": "check_file_info"}]))

    [ask] = bot.posted()
    assert ask["text"].startswith("Checked people.csv (contacts;")
    assert len(bot.api.calls_to("files.info")) == 1


async def test_slack_rep_and_oversized_uploads_are_refused_without_a_download(bot: SlackHarness) -> None:
    link_rep(bot.app, "slack", "U0REP")
    await bot.event(file_share("U0REP", "", [bot.api.share_file("c.csv", CSV, user="U0REP")]))
    await bot.event(file_share(USER, "", [bot.api.share_file("big.csv", CSV, size=30 * 1_048_576)]))

    refused, too_big = bot.posted_texts()
    assert refused.startswith("Only an admin can import files in chat")
    assert too_big.startswith("big.csv is 30 MB")
    assert bot.api.calls_to("files.download") == [] and contact_names(bot.app) == []


async def test_slack_download_refuses_a_foreign_host(bot: SlackHarness) -> None:
    evil = bot.api.share_file("c.csv", CSV) | {"url_private_download": "https://evil.example/steal.csv"}
    await bot.event(file_share(USER, "", [evil]))

    [reply] = bot.posted_texts()
    assert reply.startswith("I couldn't download c.csv")
    assert bot.api.calls_to("files.download") == []
