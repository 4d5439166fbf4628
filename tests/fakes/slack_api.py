"""A local fake of the Slack Web API for driving the real slack_sdk / Bolt clients over HTTP.

    async with FakeSlackAPI() as fake:
        client = AsyncWebClient(token="xoxb-test", base_url=fake.url + "/")
        await client.chat_postMessage(channel="C1", text="hi")
        assert fake.calls_to("chat.postMessage")[0]["text"] == "hi"

slack_sdk joins base_url and the method name, so requests arrive as POST /<method>; /api/<method>
(the production layout) is served too. Unknown methods answer {"ok": true} so optional calls
(e.g. Bolt's own housekeeping) never break a test.

conversations.history reads back what chat.postMessage stored (metadata included only when asked for, as Slack
does), and checks the history scope of the channel's kind against ``scopes`` when that is set. A message's ts
is ``BASE_TS`` plus a counter, or the seconds of ``ts_clock`` (say a test's clock) plus the counter, so the
history's ``oldest`` / ``latest`` mean what they mean at Slack.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.fakes._server import (
    JSON,
    Failure,
    FakeServer,
    RecordedCall,
    UploadedFile,
    json_or_text,
    read_params,
)

# Form-encoded Slack params are plain strings (ts "1700000000.000001" must not become a float);
# only these carry JSON.
_JSON_KEYS = frozenset({"blocks", "attachments", "view", "files", "metadata", "unfurls", "options", "user_auth_blocks"})

BASE_TS = 1_700_000_000
# The scope conversations.history needs for each kind of conversation, by its id's first letter.
HISTORY_SCOPES = {"D": "im:history", "C": "channels:history", "G": "groups:history"}


def _decode(key: str, value: str) -> Any:
    return json_or_text(value) if key in _JSON_KEYS else value


class FakeSlackAPI(FakeServer):
    """Fake Slack Web API; `users` configures users.info, `fail_next` injects errors."""

    def __init__(
        self,
        *,
        team_id: str = "T0FAKE",
        bot_user_id: str = "U0BOT",
        bot_id: str = "B0BOT",
        app_id: str = "A0FAKE",
        valid_tokens: set[str] | None = None,
    ) -> None:
        super().__init__()
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.app_id = app_id
        self.valid_tokens = valid_tokens  # None: any token is accepted
        self.scopes: set[str] | None = None  # the bot token's scopes; None: every scope a call needs
        self.ts_clock: Callable[[], float] | None = None  # seconds since the epoch for new messages' ts
        self.users: dict[str, JSON] = {}  # user id -> partial user object merged over the defaults
        self.messages: dict[tuple[str, str], JSON] = {}  # (channel, ts) -> message
        self.views: dict[str, JSON] = {}
        self.uploads: dict[str, bytes] = {}  # file id -> uploaded bytes
        self.shared: dict[str, tuple[JSON, bytes]] = {}  # file id -> (file object, bytes) users sent
        self._ts = itertools.count(1)
        self._ids = itertools.count(1)
        self._held: dict[str, tuple[int, asyncio.Event]] = {}  # method -> (calls to let through, then one to hold)
        self._gates: list[asyncio.Event] = []  # every hold, released at stop so no answer hangs the shutdown
        self._handlers: dict[str, Callable[[JSON], JSON]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update_message,
            "chat.postEphemeral": self._post_ephemeral,
            "chat.delete": lambda p: {"ok": True, "channel": p.get("channel"), "ts": p.get("ts")},
            "conversations.open": self._open_conversation,
            "conversations.history": self._history,
            "users.info": self._user_info,
            "users.lookupByEmail": self._lookup_by_email,
            "views.open": self._open_view,
            "views.push": self._open_view,
            "views.publish": self._open_view,
            "views.update": self._update_view,
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": self._complete_upload,
            "files.info": self._file_info,
        }

    def _routes(self) -> list[web.AbstractRouteDef]:
        return [
            web.post("/upload/{file_id}", self._receive_upload),
            web.get("/files-pri/{team_file}/download/{name}", self._serve_file),
            web.route("*", "/api/{method}", self._handle),
            web.route("*", "/{method}", self._handle),
        ]

    # -- configuration and failure injection ---------------------------------------------------------

    def set_user(
        self,
        user_id: str,
        *,
        email: str | None = None,
        real_name: str | None = None,
        tz: str = "UTC",
        is_bot: bool = False,
        **extra: Any,
    ) -> None:
        profile: JSON = {"real_name": real_name or f"User {user_id}"}
        if email is not None:
            profile["email"] = email
        self.users[user_id] = {
            "real_name": profile["real_name"],
            "tz": tz,
            "is_bot": is_bot,
            "profile": profile,
            **extra,
        }

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 1,
        times: int = 1,
        error: str | None = None,
        channel: str | None = None,
    ) -> None:
        """429 comes with Retry-After and error "ratelimited"; other statuses carry `error` (or fatal_error).
        With `channel`, only calls to that channel fail.

        status=200 with an error models Slack's usual API-level failure (e.g. error="channel_not_found").
        """
        only = None if channel is None else (lambda params: params.get("channel") == channel)
        if status == 429:
            body = {"ok": False, "error": error or "ratelimited"}
            failure = Failure(429, body, {"Retry-After": str(retry_after)}, times, only=only)
        else:
            failure = Failure(status, {"ok": False, "error": error or "fatal_error"}, times=times, only=only)
        self._inject(method, failure)

    def hold_next(self, method: str, *, skip: int = 0) -> asyncio.Event:
        """The next call of ``method`` (after ``skip`` answered as usual) is carried out (a message is posted) but
        answered only once the returned event is set: Slack accepted it and the caller has not heard, as when
        its process dies mid-call."""
        gate = asyncio.Event()
        self._held[method] = (skip, gate)
        self._gates.append(gate)
        return gate

    def _before_stop(self) -> None:
        for gate in self._gates:
            gate.set()

    def share_file(
        self, name: str, data: bytes, *, mimetype: str = "text/csv", size: int | None = None, user: str = "U0USER"
    ) -> JSON:
        """A file a user sent (the object a file_share message event carries); its download URL is served here.

        ``size`` overrides the announced size, so a size-limit test need not send that many bytes.
        """
        file_id = f"F{next(self._ids):08d}"
        url = f"{self.url}/files-pri/{self.team_id}-{file_id}/download/{name}"
        file: JSON = {
            "id": file_id,
            "created": BASE_TS,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": name.rsplit(".", 1)[-1] if "." in name else "binary",
            "user": user,
            "size": len(data) if size is None else size,
            "mode": "hosted",
            "is_external": False,
            "url_private": url,
            "url_private_download": url,
        }
        self.shared[file_id] = (file, data)
        return dict(file)

    def tokens(self) -> list[str | None]:
        """The bearer token of every recorded call, in order (None where the call had none)."""
        return [_token(call.headers, call.params) for call in self.requests]

    # -- HTTP entry points ---------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, files = await read_params(request, _decode)
        headers = dict(request.headers)
        await self._record(RecordedCall(method, params, headers, files))
        failure = self._failure_for(method, params)
        if failure is not None:
            return web.json_response(failure.body, status=failure.status, headers=failure.headers)
        token = _token(headers, params)
        if token is None:
            return web.json_response({"ok": False, "error": "not_authed"})
        if self.valid_tokens is not None and token not in self.valid_tokens:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        handler = self._handlers.get(method)
        answer = handler(params) if handler else {"ok": True}
        held = self._held.pop(method, None)
        if held is not None and held[0] > 0:
            self._held[method] = (held[0] - 1, held[1])
        elif held is not None:
            await held[1].wait()
        return web.json_response(answer)

    async def _receive_upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        data = await request.read()
        self.uploads[file_id] = data
        await self._record(
            RecordedCall(
                "upload",
                {"file_id": file_id},
                dict(request.headers),
                {"file": UploadedFile(None, request.content_type, data)},
            )
        )
        return web.Response(text=f"OK - {len(data)}")

    async def _serve_file(self, request: web.Request) -> web.Response:
        """url_private_download: the bytes for the bot token; without one, Slack's HTML sign-in page."""
        file_id = request.match_info["team_file"].rsplit("-", 1)[-1]
        headers = dict(request.headers)
        await self._record(RecordedCall("files.download", {"file": file_id}, headers))
        token = _token(headers, {})
        if token is None or (self.valid_tokens is not None and token not in self.valid_tokens):
            return web.Response(text="<!DOCTYPE html><title>Sign in</title>", content_type="text/html")
        if file_id not in self.shared:
            return web.Response(status=404, text="not found")
        file, data = self.shared[file_id]
        return web.Response(body=data, content_type=file["mimetype"])

    # -- method handlers ------------------------------------------------------------------------------

    def _next_ts(self) -> str:
        seconds = BASE_TS if self.ts_clock is None else int(self.ts_clock())
        return f"{seconds}.{next(self._ts):06d}"

    def _bot_message(self, params: JSON, ts: str) -> JSON:
        msg: JSON = {
            "type": "message",
            "subtype": "bot_message",
            "text": params.get("text", ""),
            "ts": ts,
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
        }
        msg.update({key: params[key] for key in ("blocks", "attachments", "thread_ts", "metadata") if key in params})
        return msg

    def _auth_test(self, params: JSON) -> JSON:
        return {
            "ok": True,
            "url": "https://fake.slack.com/",
            "team": "Fake Team",
            "user": "rapport",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _post_message(self, params: JSON) -> JSON:
        channel, ts = str(params.get("channel")), self._next_ts()
        msg = self._bot_message(params, ts)
        self.messages[(channel, ts)] = msg
        return {"ok": True, "channel": channel, "ts": ts, "message": msg}

    def _update_message(self, params: JSON) -> JSON:
        channel, ts = str(params.get("channel")), str(params.get("ts"))
        # Lenient: updating a message the fake never saw (e.g. one a payload builder invented) works.
        msg = dict(self.messages.get((channel, ts)) or self._bot_message({}, ts))
        msg.update({key: params[key] for key in ("text", "blocks", "attachments") if key in params})
        msg["edited"] = {"user": self.bot_user_id, "ts": self._next_ts()}
        self.messages[(channel, ts)] = msg
        return {"ok": True, "channel": channel, "ts": ts, "text": msg.get("text", ""), "message": msg}

    def _post_ephemeral(self, params: JSON) -> JSON:
        return {"ok": True, "message_ts": self._next_ts()}

    def _open_conversation(self, params: JSON) -> JSON:
        users = str(params.get("users") or "").split(",")
        if params.get("channel"):
            return {"ok": True, "channel": {"id": params["channel"]}}
        if len(users) == 1 and users[0]:
            return {"ok": True, "channel": {"id": "D" + users[0], "is_im": True, "user": users[0]}}
        return {"ok": True, "channel": {"id": "G" + "".join(users), "is_mpim": True}}

    def _history(self, params: JSON) -> JSON:
        """The channel's top-level messages between ``oldest`` and ``latest``, newest first, a page at a time."""
        channel = str(params.get("channel") or "")
        needed = HISTORY_SCOPES.get(channel[:1])
        if needed is None:
            return {"ok": False, "error": "channel_not_found"}
        if self.scopes is not None and needed not in self.scopes:
            return {"ok": False, "error": "missing_scope", "needed": needed, "provided": ",".join(sorted(self.scopes))}
        inclusive = _flag(params.get("inclusive"))
        oldest, latest = float(params.get("oldest") or 0), float(params.get("latest") or "inf")

        def inside(ts: str) -> bool:
            at = float(ts)
            return oldest <= at <= latest if inclusive else oldest < at < latest

        found = sorted(
            (
                message
                for (where, ts), message in self.messages.items()
                if where == channel and inside(ts) and message.get("thread_ts") in (None, ts)
            ),
            key=lambda message: float(message["ts"]),
            reverse=True,
        )
        start, limit = int(params.get("cursor") or 0), int(params.get("limit") or 100)
        page = [dict(message) for message in found[start : start + limit]]
        if not _flag(params.get("include_all_metadata")):
            for message in page:
                message.pop("metadata", None)
        more = start + limit < len(found)
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "pin_count": 0,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    def user(self, user_id: str) -> JSON:
        """The full users.info `user` object for `user_id`: defaults with `users[user_id]` merged in."""
        user: JSON = {
            "id": user_id,
            "team_id": self.team_id,
            "name": user_id.lower(),
            "deleted": False,
            "real_name": f"User {user_id}",
            "tz": "UTC",
            "tz_label": "Coordinated Universal Time",
            "tz_offset": 0,
            "is_bot": False,
            "is_admin": False,
            "updated": BASE_TS,
            "profile": {
                "real_name": f"User {user_id}",
                "display_name": user_id.lower(),
                "team": self.team_id,
            },
        }
        override = copy.deepcopy(self.users.get(user_id, {}))
        user["profile"].update(override.pop("profile", {}))
        user.update(override)
        return user

    def _user_info(self, params: JSON) -> JSON:
        return {"ok": True, "user": self.user(str(params.get("user")))}

    def _lookup_by_email(self, params: JSON) -> JSON:
        for user_id in self.users:
            user = self.user(user_id)
            if user["profile"].get("email") == params.get("email"):
                return {"ok": True, "user": user}
        return {"ok": False, "error": "users_not_found"}

    def _store_view(self, view_id: str, view: JSON) -> JSON:
        stored: JSON = {
            "id": view_id,
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "type": view.get("type", "modal"),
            "blocks": view.get("blocks", []),
            "callback_id": view.get("callback_id", ""),
            "private_metadata": view.get("private_metadata", ""),
            "external_id": view.get("external_id", ""),
            "state": {"values": {}},
            "hash": f"{BASE_TS}.{next(self._ids):08d}",
            "root_view_id": view_id,
            "previous_view_id": None,
            **{key: view[key] for key in ("title", "submit", "close") if key in view},
        }
        self.views[view_id] = stored
        return {"ok": True, "view": stored}

    def _open_view(self, params: JSON) -> JSON:
        view = params.get("view") or {}
        # views.publish re-publishes the same App Home view per user, so keep its id stable.
        user_id = params.get("user_id")
        view_id = f"V{user_id}" if user_id else f"V{next(self._ids):08d}"
        return self._store_view(view_id, view)

    def _update_view(self, params: JSON) -> JSON:
        view_id = params.get("view_id")
        if not view_id:
            external = params.get("external_id")
            view_id = next((v["id"] for v in self.views.values() if external and v["external_id"] == external), None)
        if not view_id:
            return {"ok": False, "error": "not_found"}
        return self._store_view(str(view_id), params.get("view") or {})

    def _upload_url(self, params: JSON) -> JSON:
        file_id = f"F{next(self._ids):08d}"
        return {"ok": True, "upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}

    def _complete_upload(self, params: JSON) -> JSON:
        files = [
            {
                "id": f["id"],
                "title": f.get("title") or f["id"],
                "name": f.get("title") or f["id"],
                "size": len(self.uploads.get(f["id"], b"")),
                "channels": [params["channel_id"]] if "channel_id" in params else [],
            }
            for f in params.get("files") or []
        ]
        return {"ok": True, "files": files}

    def _file_info(self, params: JSON) -> JSON:
        shared = self.shared.get(str(params.get("file")))
        return {"ok": True, "file": dict(shared[0])} if shared else {"ok": False, "error": "file_not_found"}


def _flag(value: Any) -> bool:
    """A boolean parameter as slack_sdk sends it (1 / 0) or as written by hand (true / false)."""
    return str(value).lower() in ("1", "true")


def _token(headers: dict[str, str], params: JSON) -> str | None:
    auth = headers.get("Authorization", "")
    if auth.startswith("Bearer "):
        return auth.removeprefix("Bearer ")
    token = params.get("token")
    return str(token) if token else None
