"""A local fake of the Telegram Bot API for driving the real python-telegram-bot over HTTP.

    async with FakeTelegramAPI() as fake:
        app = Application.builder().token(TOKEN).base_url(fake.url + "/bot") \
            .base_file_url(fake.url + "/file/bot").build()
        fake.push_message(42, "/start")
        await fake.wait_for("sendMessage")

PTB appends the token to base_url, so requests arrive as POST /bot<TOKEN>/<method>. Unknown methods
answer 404 like Telegram does, so an adapter calling something the fake lacks fails loudly.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web

from tests.fakes import telegram_objects as tg
from tests.fakes._server import (
    JSON,
    Failure,
    FakeServer,
    RecordedCall,
    UploadedFile,
    json_or_text,
    read_params,
)
from tests.fakes.telegram_updates import UpdateQueue

# PTB sends free text as the raw string and everything else JSON-encoded, so only these stay as-is.
# fmt: off
_TEXT_KEYS = frozenset((
    "text", "caption", "query", "data", "url", "parse_mode", "callback_query_id", "inline_query_id",
    "secret_token", "file_id", "inline_message_id", "next_offset", "language_code", "description",
))
# Lower-case, because Telegram method names are case-insensitive.
_TRUE_METHODS = frozenset((
    "deletewebhook", "answercallbackquery", "answerinlinequery", "deletemessage", "deletemessages",
    "sendchataction", "setmydescription", "setmyshortdescription", "setmyname", "setchatmenubutton",
    "deletemycommands", "close", "logout", "setmessagereaction",
))
# fmt: on

Handler = Callable[[JSON, dict[str, UploadedFile]], Awaitable[Any]]


def _decode(key: str, value: str) -> Any:
    return value if key in _TEXT_KEYS else json_or_text(value)


class FakeTelegramAPI(FakeServer):
    """Fake Bot API server; `push_*` queue updates for getUpdates, `fail_next` injects errors."""

    def __init__(self, *, bot_username: str = "rapport_test_bot", bot_first_name: str = "Rapport") -> None:
        super().__init__()
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self.commands: list[JSON] = []
        self.messages: dict[tuple[int | str, int], JSON] = {}  # (chat_id, message_id) -> Message
        self.files: dict[str, UploadedFile] = {}
        self._chats: dict[int | str, JSON] = {}  # chats seen in pushed updates, for realistic replies
        self._message_ids: defaultdict[int | str, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        self._ids = itertools.count(1)  # callback query, inline query and file ids
        self.updates = UpdateQueue()
        self._bot_id = tg.DEFAULT_BOT_ID
        self._handlers: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message,
            "editmessagereplymarkup": self._edit_message,
            "editmessagecaption": self._edit_message,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "sendphoto": self._send_photo,
            "senddocument": self._send_document,
            "getfile": self._get_file,
        }

    def _routes(self) -> list[web.AbstractRouteDef]:
        return [
            web.route("*", "/bot{token}/{method}", self._handle),
            web.get("/file/bot{token}/{path:.+}", self._download),
        ]

    def _before_stop(self) -> None:
        self.updates.close()

    # -- HTTP entry point ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        self._bot_id = tg.bot_id_from_token(request.match_info["token"])
        params, files = await read_params(request, _decode)
        await self._record(RecordedCall(method, params, dict(request.headers), files))
        failure = self._failure_for(method, params)
        if failure is not None:
            return web.json_response(failure.body, status=failure.status, headers=failure.headers)
        key = method.lower()
        if key in _TRUE_METHODS:
            if key == "deletewebhook":
                self._delete_webhook(params)
            return _ok(True)
        handler = self._handlers.get(key)
        if handler is None:
            return web.json_response(tg.error_body(404, None, None), status=404)
        result = await handler(params, files)
        if isinstance(result, web.Response):
            return result
        return _ok(result)

    async def _download(self, request: web.Request) -> web.Response:
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        upload = self.files.get(file_id)
        if upload is None:
            return web.json_response(tg.error_body(404, None, None), status=404)
        return web.Response(body=upload.data, content_type=upload.content_type or "application/octet-stream")

    # -- feeding updates -----------------------------------------------------------------------------

    def push_raw(self, update: JSON) -> JSON:
        """Queue an update as-is; re-pushing an already delivered update_id simulates redelivery."""
        return self.updates.push(update)

    def push_message(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        username: str | None = None,
        first_name: str = "Test",
        language_code: str | None = "en",
        entities: list[JSON] | None = None,
    ) -> JSON:
        """Queue a user's text message; a leading /command gets its bot_command entity automatically."""
        user = tg.human_user(user_id, first_name=first_name, username=username, language_code=language_code)
        chat = tg.chat_for_user(user, chat_id=chat_id, chat_type=chat_type)
        self._chats[chat["id"]] = chat
        auto = tg.command_entities(text)
        msg = tg.message(
            message_id=next(self._message_ids[chat["id"]]),
            chat=chat,
            sender=user,
            text=text,
            entities=entities if entities is not None else (auto or None),
        )
        self.messages[(chat["id"], msg["message_id"])] = msg
        return self.push_raw({"message": msg})

    def push_document(
        self,
        user_id: int,
        file_name: str,
        data: bytes,
        *,
        mime_type: str | None = "text/csv",
        caption: str | None = None,
        file_size: int | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Test",
    ) -> JSON:
        """Queue a user's message carrying a file; getFile and the file download then serve ``data``.

        ``file_size`` overrides the size the message announces (Telegram's own figure; a test of a size limit
        sets it large without sending that many bytes).
        """
        user = tg.human_user(user_id, first_name=first_name)
        chat = tg.chat_for_user(user, chat_id=chat_id, chat_type=chat_type)
        self._chats[chat["id"]] = chat
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = UploadedFile(file_name, mime_type, data)
        size = len(data) if file_size is None else file_size
        msg = tg.message(
            message_id=next(self._message_ids[chat["id"]]),
            chat=chat,
            sender=user,
            document=tg.document(file_id, file_name=file_name, mime_type=mime_type, size=size),
            caption=caption,
        )
        self.messages[(chat["id"], msg["message_id"])] = msg
        return self.push_raw({"message": msg})

    def push_callback(
        self,
        user_id: int,
        data: str,
        message_id: int,
        chat_id: int | None = None,
        *,
        first_name: str = "Test",
    ) -> JSON:
        """Queue a button press on message `message_id` (a message the bot sent, if the fake knows it)."""
        chat_id = user_id if chat_id is None else chat_id
        user = tg.human_user(user_id, first_name=first_name)
        original = self.messages.get((chat_id, message_id)) or tg.message(
            message_id=message_id, chat=self._chat(chat_id), sender=self._bot(), text=""
        )
        query = {
            "id": str(next(self._ids)),
            "from": user,
            "chat_instance": str(chat_id),
            "data": data,
            "message": original,
        }
        return self.push_raw({"callback_query": query})

    def push_inline_query(self, user_id: int, query: str, *, offset: str = "", first_name: str = "Test") -> JSON:
        inline = {
            "id": str(next(self._ids)),
            "from": tg.human_user(user_id, first_name=first_name),
            "query": query,
            "offset": offset,
            "chat_type": "sender",
        }
        return self.push_raw({"inline_query": inline})

    async def deliver_webhook(self, url: str | None = None) -> list[int]:
        """POST every pending update to the webhook with its secret token, as Telegram does.

        Use it after `push_*` when the bot under test runs in webhook mode; returns the HTTP statuses (0: no
        answer at all). Like Telegram, an update not answered with 2xx stays pending for the next delivery.
        """
        target = url or self.webhook_url
        if target is None:
            raise RuntimeError("no webhook set: call setWebhook first or pass url")
        headers = {"X-Telegram-Bot-Api-Secret-Token": self.webhook_secret} if self.webhook_secret else {}
        statuses = []
        async with aiohttp.ClientSession() as session:
            for update in self.updates.drain():
                try:
                    async with session.post(target, json=update, headers=headers) as resp:
                        statuses.append(resp.status)
                except aiohttp.ClientError:
                    statuses.append(0)
                if not 200 <= statuses[-1] < 300:
                    self.updates.push(update)
        return statuses

    # -- inspecting and failing ----------------------------------------------------------------------

    def sent_messages(self, chat_id: int | str | None = None) -> list[JSON]:
        """Params of every sendMessage call, optionally only those to `chat_id`."""
        return [p for p in self.calls_to("sendMessage") if chat_id is None or str(p.get("chat_id")) == str(chat_id)]

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
        description: str | None = None,
        chat_id: int | str | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` (to `chat_id` only, when given) with Telegram's error JSON
        for `status`."""
        body = tg.error_body(status, description, retry_after if status == 429 else None)
        only = None if chat_id is None else (lambda params: str(params.get("chat_id")) == str(chat_id))
        self._inject(method, Failure(status, body, times=times, only=only))

    # -- method handlers ------------------------------------------------------------------------------

    def _bot(self) -> JSON:
        return tg.bot_user(self._bot_id, self.bot_username, self.bot_first_name)

    def _chat(self, chat_id: int | str) -> JSON:
        return self._chats.get(chat_id) or tg.guess_chat(chat_id)

    def _new_message(self, params: JSON, **content: Any) -> JSON:
        chat_id = params["chat_id"]
        markup = params.get("reply_markup")
        reply_to = (params.get("reply_parameters") or {}).get("message_id") or params.get("reply_to_message_id")
        msg = tg.message(
            message_id=next(self._message_ids[chat_id]),
            chat=self._chat(chat_id),
            sender=self._bot(),
            # Telegram echoes only inline keyboards; reply keyboards live on the client.
            reply_markup=markup if isinstance(markup, dict) and "inline_keyboard" in markup else None,
            reply_to_message=self.messages.get((chat_id, reply_to)) if reply_to else None,
            message_thread_id=params.get("message_thread_id"),
            **content,
        )
        self.messages[(chat_id, msg["message_id"])] = msg
        return msg

    async def _get_me(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return self._bot()

    async def _get_updates(self, params: JSON, files: dict[str, UploadedFile]) -> Any:
        if self.webhook_url:
            return web.json_response(
                tg.error_body(
                    409,
                    "Conflict: can't use getUpdates method while webhook "
                    "is active; use deleteWebhook to delete the webhook first",
                    None,
                ),
                status=409,
            )
        offset = params.get("offset")
        return await self.updates.take(
            offset=offset if isinstance(offset, int) else None,
            limit=int(params.get("limit") or 100),
            timeout=float(params.get("timeout") or 0),
        )

    async def _set_webhook(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        self.webhook_url = params.get("url") or None
        self.webhook_secret = params.get("secret_token")
        self._drop_pending(params)
        return True

    def _delete_webhook(self, params: JSON) -> None:
        self.webhook_url = None
        self._drop_pending(params)

    def _drop_pending(self, params: JSON) -> None:
        if params.get("drop_pending_updates"):
            self.updates.clear()

    async def _get_webhook_info(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return {
            "url": self.webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    async def _send_message(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        return self._new_message(params, text=params.get("text"), entities=params.get("entities"))

    async def _edit_message(self, params: JSON, files: dict[str, UploadedFile]) -> Any:
        if "inline_message_id" in params:
            return True  # Telegram answers True for messages sent via inline mode
        key = (params["chat_id"], int(params["message_id"]))
        # Lenient: editing a message the fake never sent (e.g. one a test invented for a callback) works.
        original = self.messages.get(key) or tg.message(
            message_id=key[1], chat=self._chat(key[0]), sender=self._bot(), text=""
        )
        msg = dict(original, edit_date=original["date"] + 1)
        for field in ("text", "caption"):
            if field in params:
                msg[field] = params[field]
        # An edit without reply_markup removes the inline keyboard, as on Telegram.
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            msg["reply_markup"] = markup
        else:
            msg.pop("reply_markup", None)
        self.messages[key] = msg
        return msg

    async def _set_my_commands(self, params: JSON, files: dict[str, UploadedFile]) -> bool:
        self.commands = list(params.get("commands") or [])
        return True

    async def _get_my_commands(self, params: JSON, files: dict[str, UploadedFile]) -> list[JSON]:
        return self.commands

    def _store_file(self, field: str, params: JSON, files: dict[str, UploadedFile]) -> tuple[str, UploadedFile]:
        upload = files.get(field)
        if upload is None:  # sent by file_id or URL: nothing to store, but keep the reference
            reference = str(params.get(field))
            return reference, self.files.get(reference) or UploadedFile(None, None, b"")
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = upload
        return file_id, upload

    async def _send_photo(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        file_id, upload = self._store_file("photo", params, files)
        return self._new_message(params, photo=tg.photo_sizes(file_id, len(upload.data)), caption=params.get("caption"))

    async def _send_document(self, params: JSON, files: dict[str, UploadedFile]) -> JSON:
        file_id, upload = self._store_file("document", params, files)
        doc = tg.document(file_id, file_name=upload.filename, mime_type=upload.content_type, size=len(upload.data))
        return self._new_message(params, document=doc, caption=params.get("caption"))

    async def _get_file(self, params: JSON, files: dict[str, UploadedFile]) -> Any:
        file_id = str(params.get("file_id"))
        upload = self.files.get(file_id)
        if upload is None:
            return web.json_response(tg.error_body(400, "Bad Request: invalid file_id", None), status=400)
        return {
            "file_id": file_id,
            "file_unique_id": f"{file_id}-u",
            "file_size": len(upload.data),
            "file_path": f"documents/{file_id}",
        }


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})
