"""Files people send the bot in Slack: event file objects -> Attachments, downloaded only when asked.

A file's ``url_private_download`` needs the bot token (scope files:read). The token goes only to Slack's
file host or the Web API's own host (a self-hosted or test API), never to whatever URL an event names.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import partial
from typing import Any
from urllib.parse import urlparse

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.inputs import file_meta
from bot.types import Attachment, AttachmentTooLarge, AttachmentUnavailable

log = logging.getLogger(__name__)
FILE_HOSTS = frozenset({"files.slack.com"})
_CHUNK = 1 << 16


class SlackFiles:
    def __init__(self, client: AsyncWebClient, *, token: str, api_url: str) -> None:
        self.client = client
        self.token = token
        api = urlparse(api_url)
        self.hosts = FILE_HOSTS | {api.hostname or "slack.com"}
        self.schemes = frozenset({"https", api.scheme or "https"})

    async def attachments(self, files: Iterable[dict[str, Any]]) -> tuple[Attachment, ...]:
        """One Attachment per shared file. A file whose details the event left out is looked up (files.info)."""
        found = []
        for file in files:
            if not isinstance(file, dict):
                continue  # not something Slack sends: nothing to describe
            if file.get("file_access") == "check_file_info" or not file.get("name"):
                try:
                    info = (await self.client.files_info(file=str(file.get("id")))).get("file")
                    file = info if isinstance(info, dict) else file
                except SlackApiError as exc:
                    log.info("files.info failed for a shared file: %s", exc.response.get("error"))
            name, mime = file_meta(file.get("name") or file.get("title"), file.get("mimetype"))
            size = file.get("size")
            url = file.get("url_private_download") or file.get("url_private")
            found.append(
                Attachment(
                    name,
                    mime,
                    size if isinstance(size, int) and size > 0 else 0,
                    fetch=partial(self.download, url if isinstance(url, str) else ""),
                )
            )
        return tuple(found)

    async def download(self, url: str, limit: int) -> bytes:
        """The file's bytes, read no further than ``limit`` (AttachmentTooLarge past it)."""
        parsed = urlparse(url)
        if parsed.scheme not in self.schemes or parsed.hostname not in self.hosts:
            raise AttachmentUnavailable(f"not a Slack file address: {parsed.hostname}")
        headers = {"Authorization": f"Bearer {self.token}"}
        timeout = aiohttp.ClientTimeout(total=120)
        # aiohttp drops the Authorization header if a redirect leaves the host.
        async with aiohttp.ClientSession(timeout=timeout) as http, http.get(url, headers=headers) as resp:
            if resp.status >= 400:
                raise AttachmentUnavailable(f"Slack answered {resp.status} for a file")
            if resp.content_type == "text/html":
                raise AttachmentUnavailable("Slack answered with a sign-in page (is the files:read scope granted?)")
            if resp.content_length is not None and resp.content_length > limit:
                raise AttachmentTooLarge(url)
            data = bytearray()
            async for chunk in resp.content.iter_chunked(_CHUNK):
                data += chunk
                if len(data) > limit:
                    raise AttachmentTooLarge(url)
        return bytes(data)
