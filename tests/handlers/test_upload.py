"""Import by file upload, through the dispatcher: check, dry run, confirm; refusals write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import App
from bot.types import Attachment, IncomingMessage, Reply
from reminders.clock import FrozenClock
from storage import staff as staff_repo
from storage.models import AuditLog, Contact, Interaction
from tests.support import Chat, make_app

CSV = (
    "Name,Email,Phone,Company\n"
    "Maria Silva,maria@example.com,+351 912 345 678,Acme\n"
    "João Costa,joao@example.com,,Beta Lda\n"
    ",bad@example.com,12,\n"  # no name: the one kind of row an import rejects (issue 13)
).encode()


class Uploader(Chat):
    """A Chat that can also send a file, as an adapter would hand it over."""

    async def send_file(
        self, name: str, data: bytes, *, caption: str = "", mime: str | None = None, size: int | None = None
    ) -> list[Reply]:
        attachment = Attachment(name, mime, len(data) if size is None else size, data=data)
        msg = IncomingMessage(self.user, self.conversation, caption, attachments=(attachment,))
        replies = await self.app.dispatcher.dispatch(msg)
        self.history.extend(replies)
        return replies


def contact_names(app: App) -> list[str]:
    with app.services.session() as session:
        return sorted(c.full_name for c in session.exec(select(Contact)))


def uploads(app: App) -> list[Path]:
    folder = Path(app.settings.database_url.removeprefix("sqlite:///")).parent / "uploads"
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def add_rep(app: App, handle: str) -> None:
    with app.services.session() as session:
        member = staff_repo.create(
            session=session, handle=handle, display_name=handle.title(), role="rep", now=app.services.clock.now()
        )
        staff_repo.link_identity(
            session=session, staff=member, platform="test", external_id=handle, chat_id=None, now=member.created_at
        )


@pytest.fixture
def admin(app: App, clock: FrozenClock) -> Uploader:
    return Uploader(app, clock, handle="alice")  # the first local user is an admin


async def test_admin_upload_shows_the_dry_run_then_imports_on_confirmation(admin: Uploader, app: App) -> None:
    [ask] = await admin.send_file("contacts.csv", CSV)

    assert ask.text.startswith("Checked contacts.csv (contacts; nothing saved yet). Import 2 new, update 0, reject 1?")
    assert "line 4: rejected bad@example.com — no name" in ask.text
    assert [b.label for b in ask.buttons] == ["Import", "Cancel"]
    assert contact_names(app) == []  # the dry run wrote nothing
    [staged] = uploads(app)
    assert staged.name == "contacts.csv" and staged.stat().st_mode & 0o777 == 0o600

    [done] = await admin.click(ask.buttons[0])

    assert done.text.splitlines()[0] == "Imported contacts.csv: created 2, updated 0, rejected 1."
    assert contact_names(app) == ["João Costa", "Maria Silva"]
    assert uploads(app) == []  # the temp file is gone
    with app.services.session() as session:
        [entry] = session.exec(select(AuditLog).where(AuditLog.action == "import"))
    assert entry.detail["file"] == "contacts.csv" and entry.detail["created"] == 2
    # The same file again: nothing new, so nothing to confirm.
    [again] = await admin.send_file("contacts.csv", CSV)
    assert again.text.startswith("Nothing to import from contacts.csv: 2 already up to date, 1 rejected.")
    assert again.buttons == () and uploads(app) == []


async def test_answering_yes_imports_and_no_cancels(admin: Uploader, app: App) -> None:
    await admin.send_file("contacts.csv", CSV)
    [cancelled] = await admin.say("no")
    assert cancelled.text.startswith("OK, cancelled")
    assert contact_names(app) == [] and uploads(app) == []

    await admin.send_file("contacts.csv", CSV)
    [done] = await admin.say("yes")
    assert done.text.startswith("Imported contacts.csv: created 2")
    # A second press on the old button finds nothing waiting.
    [late] = await admin.click(admin.history[-2].buttons[0])
    assert late.text == "That question has expired; please ask again."
    assert len(contact_names(app)) == 2


async def test_cancel_button_removes_the_file(admin: Uploader, app: App) -> None:
    [ask] = await admin.send_file("contacts.csv", CSV)
    [cancelled] = await admin.click(ask.buttons[1])
    assert cancelled.text.startswith("OK, cancelled")
    assert uploads(app) == [] and contact_names(app) == []


async def test_a_rep_is_refused_and_nothing_is_read(app: App, clock: FrozenClock) -> None:
    add_rep(app, "bob")
    rep = Uploader(app, clock, handle="bob")
    read: list[int] = []

    async def fetch(limit: int) -> bytes:
        read.append(limit)
        return CSV

    msg = IncomingMessage(
        rep.user, rep.conversation, "", attachments=(Attachment("c.csv", "text/csv", 100, fetch=fetch),)
    )
    [reply] = await app.dispatcher.dispatch(msg)

    assert reply.text.startswith("Only an admin can import files in chat")
    assert read == [] and contact_names(app) == [] and uploads(app) == []


async def test_size_and_type_are_checked_before_reading(admin: Uploader, app: App) -> None:
    [big] = await admin.send_file("huge.csv", b"Name\nA\n", size=21 * 1_048_576)
    assert big.text.startswith("huge.csv is 21 MB; the limit in chat is 20 MB.")
    [sheet] = await admin.send_file("book.xlsx", b"PK\x03\x04")
    assert sheet.text.startswith("I can import CSV (.csv) and vCard (.vcf) files, not book.xlsx.")
    [odd] = await admin.send_file("notes.csv", b"Colour,Flavour\nred,mint\n")
    assert odd.text.startswith("I couldn't import notes.csv:") and odd.text.endswith("Nothing was saved.")
    assert contact_names(app) == [] and uploads(app) == []


async def test_a_fetch_that_runs_past_the_limit_is_refused(app: App, clock: FrozenClock) -> None:
    admin = Uploader(app, clock, handle="alice")

    async def fetch(limit: int) -> bytes:
        return b"x" * (limit + 1)  # the platform announced no size, and the file is bigger than allowed

    msg = IncomingMessage(admin.user, admin.conversation, "", attachments=(Attachment("c.csv", None, 0, fetch=fetch),))
    [reply] = await app.dispatcher.dispatch(msg)
    assert reply.text.startswith("c.csv is > 20 MB")


async def test_vcard_by_mime_and_interactions_by_caption(admin: Uploader, app: App) -> None:
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Reis\r\nN:Reis;Ana;;;\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n"
    [ask] = await admin.send_file("phone export", card, mime="text/vcard")
    assert "Import 1 new" in ask.text
    await admin.click(ask.buttons[0])
    activity = b"Email,Date,Summary\nana@example.com,2026-03-01,Intro call about pricing\n"
    [ask] = await admin.send_file("log.csv", activity, caption="import as interactions")
    assert ask.text.startswith("Checked log.csv (interactions;")
    [done] = await admin.click(ask.buttons[0])
    assert done.text.startswith("Imported log.csv: created 1")
    with app.services.session() as session:
        assert len(session.exec(select(Interaction)).all()) == 1


async def test_upload_in_a_group_points_to_a_direct_message(app: App, clock: FrozenClock) -> None:
    admin = Uploader(app, clock, handle="alice", private=False)
    [reply] = await admin.send_file("contacts.csv", CSV)
    assert reply.text.startswith("Others can read this chat")
    assert contact_names(app) == [] and uploads(app) == []


async def test_typing_upload_explains_how(admin: Uploader) -> None:
    [reply] = await admin.say("/import")
    assert reply.text.startswith("Send me a CSV (.csv) or vCard (.vcf) file")


async def test_an_unanswered_upload_is_swept_by_the_next(db_url: str) -> None:
    app, clock = make_app(db_url)
    admin = Uploader(app, clock, handle="alice")
    await admin.send_file("contacts.csv", CSV)
    clock.advance(hours=1)
    other = Uploader(app, clock, handle="alice")
    other.private = True
    await other.send_file("more.csv", b"Name,Email\nZed,zed@example.com\n")
    assert [p.name for p in uploads(app)] == ["more.csv"]
    app.engine.dispose()


async def test_a_second_file_replaces_the_first_question(admin: Uploader, app: App) -> None:
    [first] = await admin.send_file("contacts.csv", CSV)
    await admin.send_file("more.csv", b"Name,Email\nZed,zed@example.com\n")
    assert [p.name for p in uploads(app)] == ["more.csv"]
    [late] = await admin.click(first.buttons[0])
    assert late.text == "That question has expired; please ask again."
    assert contact_names(app) == []


async def test_upload_round_trip_on_both_backends(
    any_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # PostgreSQL stages under ./data/uploads
    app, clock = make_app(any_db_url)
    try:
        admin = Uploader(app, clock, handle="alice")
        [ask] = await admin.send_file("contacts.csv", CSV)
        [done] = await admin.click(ask.buttons[0])
        assert done.text.startswith("Imported contacts.csv: created 2, updated 0, rejected 1.")
        assert contact_names(app) == ["João Costa", "Maria Silva"]
        staged = [p for p in tmp_path.rglob("*") if p.is_file() and p.parent.parent.name == "uploads"]
        assert staged == []
    finally:
        app.engine.dispose()
