"""Import from chat: an admin sends a CSV or vCard file, sees what a dry run found, then confirms.

The work is the command line's (storage/importer): the same dry run, the same import as the sender, the same
audit row. Checks come before the download (who sends, the announced size, the type), so a refused file never
leaves the platform. The file waits for the answer in a private staging folder (storage/importer/staging.py)
and is removed once imported, cancelled or expired.
"""

from __future__ import annotations

import asyncio
import logging
import re
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.lexicons import NO_ANSWER, yes_pattern
from bot.router import Router
from bot.texts.formats import number
from bot.types import (
    Acted,
    ActionEvent,
    Attachment,
    AttachmentTooLarge,
    AttachmentUnavailable,
    Button,
    IncomingMessage,
    Reply,
)
from storage.dialogs import DIALOG_TTL
from storage.importer import staging
from storage.importer.report import ImportReport, Outcome

log = logging.getLogger(__name__)

# Who may import in chat. The issue asks for admins; the command line is there for everyone else.
UPLOAD_ROLES = frozenset({"admin"})
CONFIRM_ACTION = "crm:import.confirm"
CANCEL_ACTION = "crm:import.cancel"
PENDING = "confirm_import"
SHOWN_REJECTIONS = 5
_SUFFIXES = {".csv": ".csv", ".vcf": ".vcf", ".vcard": ".vcf"}
_MIMES = {
    "text/csv": ".csv",
    "text/comma-separated-values": ".csv",
    "application/csv": ".csv",
    "text/vcard": ".vcf",
    "text/x-vcard": ".vcf",
    "text/directory": ".vcf",
}
_KINDS = (
    (re.compile(r"\b(?:interactions?|activit(?:y|ies)|touch(?:es)?|calls|meetings)\b", re.I), "interactions"),
    (re.compile(r"\b(?:purchases?|sales|orders)\b", re.I), "purchases"),
    (re.compile(r"\bcontacts?\b", re.I), "contacts"),
)
_YES = yes_pattern("confirm", "import", "import it", "go", "do it")


def _root(ctx: HandlerContext) -> Path:
    return staging.uploads_dir(ctx.settings.database_url)


def _engine(ctx: HandlerContext) -> Engine:
    with ctx.session() as session:
        bind = session.get_bind()
    assert isinstance(bind, Engine)
    return bind


def _suffix(attachment: Attachment) -> str | None:
    """.csv or .vcf, by the file's name first and its type second; None for anything else."""
    by_name = _SUFFIXES.get(Path(attachment.name).suffix.lower())
    if by_name or Path(attachment.name).suffix:
        return by_name
    return _MIMES.get((attachment.mime or "").split(";")[0].strip().lower())


def _kind(caption: str) -> str | None:
    for pattern, kind in _KINDS:
        if pattern.search(caption):
            return kind
    return None


def _mb(size: int) -> str:
    return number(round(size / 1_048_576, 1))


def _refuse(ctx: HandlerContext, key: str, **values: Any) -> Reply:
    return Reply(ctx.t(key, **values), intent="import")


async def receive(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    """A file arrived (or "/upload" was typed): check it, stage it, dry-run it and ask."""
    checked = _acceptable(msg, ctx)
    if isinstance(checked, Reply):
        return checked
    attachment, suffix = checked
    data = await _download(ctx, attachment)
    if isinstance(data, Reply):
        return data
    root, now = _root(ctx), ctx.now()
    staging.sweep(root, now=now)
    name = staging.safe_name(attachment.name, suffix)
    staged = staging.stage(root, name=name, data=data, expires=now + DIALOG_TTL)
    caption = re.sub(r"^/\w+(?:@\w+)?", "", msg.text.strip()).strip()
    try:
        report, rejected = await _run(ctx, staged.path, kind=_kind(caption), dry_run=True)
    except ValueError as exc:
        staging.discard(root, staged.token)
        return _refuse(ctx, "upload.unreadable", file=attachment.name, problem=str(exc).rstrip(".") + ".")
    except BaseException:
        staging.discard(root, staged.token)
        raise
    acted = _acted(report, name)
    if report.created + report.updated == 0:
        staging.discard(root, staged.token)
        text = ctx.t("upload.nothing", file=name, unchanged=report.unchanged, rejected=report.rejected)
        return Reply(_with_rejections(ctx, text, report, rejected), intent="import", acted=acted)
    payload = {"token": staged.token, "file": name, "kind": report.kind}
    earlier = _pending_payload(ctx, msg)
    if earlier is not None:  # a new file replaces a question still open about an earlier one
        staging.discard(root, str(earlier.get("token", "")))
    with ctx.session() as session:
        ctx.set_pending(session, PENDING, payload)
    text = ctx.t(
        "upload.confirm",
        file=name,
        kind=report.kind,
        created=report.created,
        updated=report.updated,
        rejected=report.rejected,
        unchanged=ctx.t("upload.unchanged", count=report.unchanged) if report.unchanged else "",
    )
    buttons = (
        Button(ctx.t("upload.button_import"), CONFIRM_ACTION, value=staged.token, style="primary"),
        Button(ctx.t("button.cancel"), CANCEL_ACTION, value=staged.token),
    )
    return Reply(_with_rejections(ctx, text, report, rejected), buttons=buttons, intent="import", acted=acted)


def _acceptable(msg: IncomingMessage, ctx: HandlerContext) -> tuple[Attachment, str] | Reply:
    """The one file and its kind (".csv", ".vcf"), or why it is refused before it is even read."""
    if ctx.staff is None or ctx.staff.role not in UPLOAD_ROLES:
        return _refuse(ctx, "upload.admins_only")
    if not msg.attachments:
        return _refuse(ctx, "upload.how")
    if len(msg.attachments) > 1:
        return _refuse(ctx, "upload.one_file")
    attachment = msg.attachments[0]
    suffix = _suffix(attachment)
    if suffix is None:
        return _refuse(ctx, "upload.bad_type", file=attachment.name)
    limit = ctx.settings.max_upload_mb * 1_048_576
    if attachment.size > limit:
        return _refuse(ctx, "upload.too_big", file=attachment.name, size=_mb(attachment.size), limit=_mb(limit))
    return attachment, suffix


async def _download(ctx: HandlerContext, attachment: Attachment) -> bytes | Reply:
    """The file's bytes, at most the size limit; a refusal when it is larger, unreachable or empty."""
    limit = ctx.settings.max_upload_mb * 1_048_576
    try:
        data = await attachment.read(limit)
    except AttachmentTooLarge:
        return _refuse(ctx, "upload.too_big", file=attachment.name, size=f"> {_mb(limit)}", limit=_mb(limit))
    except AttachmentUnavailable as exc:
        log.warning("an uploaded file could not be fetched: %s", exc)
        return _refuse(ctx, "upload.download_failed", file=attachment.name)
    except Exception:
        log.exception("could not download an uploaded file")
        return _refuse(ctx, "upload.download_failed", file=attachment.name)
    if not data.strip():
        return _refuse(ctx, "upload.empty", file=attachment.name)
    return data


async def _run(ctx: HandlerContext, path: Path, *, kind: str | None, dry_run: bool) -> tuple[ImportReport, list[str]]:
    """The command line's import, as the sender, off the event loop; with the first few rejected rows."""
    from bot.nlu.entities import region_for_tz
    from storage.importer.run import ImportOptions, import_file

    staff = ctx.staff
    assert staff is not None
    region = (region_for_tz(staff.tz) or "").upper() or None
    options = ImportOptions(
        dry_run=dry_run,
        kind=kind,
        region=region,
        day_first=region not in ("US", "CA", "PH"),
        tz=staff.tz,
        currency=ctx.settings.currency,
        business_tz=ctx.settings.default_timezone,
        churn_window_days=ctx.settings.churn_window_days,
        parallel=False,  # a chat upload is small; no worker process inside the bot
    )
    rejected: list[str] = []

    def keep(outcome: Outcome) -> None:
        if len(rejected) < SHOWN_REJECTIONS:
            rejected.append(outcome.as_text())

    engine, now = _engine(ctx), ctx.now()
    report = await asyncio.to_thread(import_file, engine, path, staff=staff, now=now, options=options, on_outcome=keep)
    return report, rejected


def _with_rejections(ctx: HandlerContext, text: str, report: ImportReport, rejected: list[str]) -> str:
    lines = [text, *rejected]
    if report.rejected > len(rejected):
        lines.append(ctx.t("upload.more_rejected", count=report.rejected - len(rejected)))
    return "\n".join(lines)


def _acted(report: ImportReport, name: str) -> Acted:
    counts = tuple((k, getattr(report, k)) for k in ("created", "updated", "rejected", "unchanged"))
    return Acted(details=(("file", name), ("kind", report.kind), ("dry_run", report.dry_run), *counts))


def _pending_payload(ctx: HandlerContext, event: ActionEvent | IncomingMessage) -> dict[str, Any] | None:
    from storage import dialogs

    with ctx.session() as session:
        state = dialogs.get(
            session=session,
            platform=event.conversation.platform,
            chat_id=event.conversation.chat_id,
            user_id=event.user.user_id,
            now=ctx.now(),
        )
        return dict(state.payload) if state is not None and state.kind == PENDING else None


async def confirm_button(event: ActionEvent, ctx: HandlerContext) -> Reply:
    payload = _pending_payload(ctx, event)
    if payload is None or payload.get("token") != event.value:
        return Reply(ctx.t("pending.expired"), replaces=event.message)
    return await _import(ctx, payload, replaces=event)


async def cancel_button(event: ActionEvent, ctx: HandlerContext) -> Reply:
    staging.discard(_root(ctx), event.value)
    payload = _pending_payload(ctx, event)
    if payload is not None and payload.get("token") == event.value:
        with ctx.session() as session:
            ctx.clear_pending(session)
    return Reply(ctx.t("cancelled"), replaces=event.message, intent="import")


async def answer(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Reply | None:
    """ "yes" / "import" imports, "no" cancels; anything else drops the file and is read as a new message."""
    text = msg.text.strip()
    if _YES.match(text):
        return await _import(ctx, payload, replaces=None)
    staging.discard(_root(ctx), str(payload.get("token", "")))
    with ctx.session() as session:
        ctx.clear_pending(session)
    return Reply(ctx.t("cancelled"), intent="import") if NO_ANSWER.match(text) else None


async def _import(ctx: HandlerContext, payload: dict[str, Any], *, replaces: ActionEvent | None) -> Reply:
    where = replaces.message if replaces is not None else None
    with ctx.session() as session:
        ctx.clear_pending(session)
    if ctx.staff is None or ctx.staff.role not in UPLOAD_ROLES:  # the role may have changed since the question
        staging.discard(_root(ctx), str(payload.get("token", "")))
        return Reply(ctx.t("upload.admins_only"), replaces=where, intent="import")
    path = staging.claim(_root(ctx), str(payload.get("token", "")), str(payload.get("file", "")))
    if path is None or not path.is_file():
        return Reply(ctx.t("upload.gone"), replaces=where, intent="import")
    try:
        report, rejected = await _run(ctx, path, kind=payload.get("kind"), dry_run=False)
    finally:
        staging.discard_path(path)
    name = str(payload["file"])
    text = ctx.t("upload.done", file=name, created=report.created, updated=report.updated, rejected=report.rejected)
    return Reply(
        _with_rejections(ctx, text, report, rejected), replaces=where, intent="import", acted=_acted(report, name)
    )


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.command("upload", "import")(receive)
    router.answer(PENDING)(answer)
    router.action(CONFIRM_ACTION, value=ValueKind.TOKEN)(confirm_button)
    router.action(CANCEL_ACTION, value=ValueKind.TOKEN)(cancel_button)
