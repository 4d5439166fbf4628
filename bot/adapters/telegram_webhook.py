"""A webhook endpoint that answers Telegram only after the update has been handled.

PTB's webhook server answers 200 as soon as the update is queued, so a process killed before handling it lost
it (Telegram had its confirmation). Here the answer waits for the handler: a crash means no 200, and Telegram
delivers the update again (to this instance after a restart, or to another behind the load balancer), where
an update already handled is recognised by its id. Updates of one chat are handled in order on an instance.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections import Counter

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.adapters.telegram_polling import conversation_key

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # an update is a few kilobytes; anything near a megabyte is not Telegram's


class HandlingWebhook:
    def __init__(self, application: Application, *, secret: str, path: str, listen: str, port: int) -> None:  # type: ignore[type-arg]
        self.application = application
        self.secret = secret
        self.path = "/" + path.lstrip("/")
        self.listen = listen
        self.port = port
        self._locks: dict[str, asyncio.Lock] = {}
        self._users: Counter[str] = Counter()
        self._runner: web.AppRunner | None = None

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def start(self, *, url: str, allowed_updates: list[str]) -> None:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self.path, self._receive)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()
        await self.application.bot.set_webhook(url=url, secret_token=self.secret, allowed_updates=allowed_updates)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()  # lets requests in flight finish: their updates are answered
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), self.secret):
            return web.Response(status=403)
        try:
            update = Update.de_json(json.loads(await request.read()), self.application.bot)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("refused an unreadable webhook body: %s", type(exc).__name__)
            return web.Response(status=400)
        if update is None:
            return web.Response(status=400)
        key = conversation_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] += 1
        try:
            async with lock:
                try:
                    await self.application.process_update(update)
                except Exception:  # already reported by the error handler; Telegram must not retry it forever
                    log.debug("update %s failed", update.update_id)
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]
        return web.Response(status=200)
