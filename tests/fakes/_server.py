"""What every fake platform server shares: a loopback aiohttp site, a call log and failure injection.

The fakes are driven by the real SDKs over real HTTP, so a test observes the platform side of a
conversation by awaiting `wait_for` on the log rather than by patching library internals.
"""

from __future__ import annotations

import asyncio
import json
from abc import ABC, abstractmethod
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from aiohttp import BodyPartReader, web
from multidict import MultiMapping

JSON = dict[str, Any]


@dataclass(frozen=True)
class RecordedCall:
    """One API request as the platform saw it: decoded params, uploaded files and headers."""

    method: str
    params: JSON
    headers: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Failure:
    """A canned error answer served instead of the next `times` calls of one method."""

    status: int
    body: JSON
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    only: Callable[[JSON], bool] | None = None  # serve it only to calls whose params match (one chat, say)


class FakeServer(ABC):
    """Base class: subclasses add routes in `_routes` and answer through `_record` / `_failure_for`."""

    def __init__(self) -> None:
        self.requests: list[RecordedCall] = []
        self._failures: dict[str, deque[Failure]] = defaultdict(deque)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.url = ""

    # -- lifecycle ---------------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.add_routes(self._routes())
        app.on_response_prepare.append(self._answering)
        # A short shutdown timeout: long polls still open at teardown must not hold a test up.
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)  # port 0: the OS picks a free one
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def stop(self) -> None:
        self._before_stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @abstractmethod
    def _routes(self) -> list[web.AbstractRouteDef]:
        """The fake's endpoints."""

    def _before_stop(self) -> None:  # noqa: B027 (an optional hook, not an abstract method)
        """Hook for subclasses to release requests that are waiting (long polls)."""

    async def _answering(self, request: web.Request, response: web.StreamResponse) -> None:  # noqa: B027
        """Hook for subclasses: an answer is about to be written (its headers, then at once its body)."""

    # -- the call log ------------------------------------------------------------------------------

    @property
    def calls(self) -> list[tuple[str, JSON]]:
        return [(call.method, call.params) for call in self.requests]

    def calls_to(self, method: str) -> list[JSON]:
        return [call.params for call in self.requests if call.method == method]

    async def _record(self, call: RecordedCall) -> None:
        async with self._changed:
            self.requests.append(call)
            self._changed.notify_all()

    async def wait_for(self, method: str, count: int = 1, timeout: float = 5) -> list[JSON]:
        """Wait until `count` calls of `method` were recorded; return the params of all of them."""

        def enough() -> bool:
            return len(self.calls_to(method)) >= count

        try:
            async with asyncio.timeout(timeout), self._changed:
                await self._changed.wait_for(enough)
        except TimeoutError:
            seen = [call.method for call in self.requests]
            raise AssertionError(f"expected {count} x {method} within {timeout}s; calls so far: {seen}") from None
        return self.calls_to(method)

    # -- failure injection -------------------------------------------------------------------------

    def _inject(self, method: str, failure: Failure) -> None:
        self._failures[method].append(failure)

    def _failure_for(self, method: str, params: JSON | None = None) -> Failure | None:
        queue = self._failures.get(method)
        if not queue:
            return None
        failure = next((f for f in queue if f.only is None or (params is not None and f.only(params))), None)
        if failure is None:
            return None
        failure.times -= 1
        if failure.times <= 0:
            queue.remove(failure)
        return failure


ValueDecoder = Callable[[str, str], Any]


async def read_params(request: web.Request, decode: ValueDecoder) -> tuple[JSON, dict[str, UploadedFile]]:
    """Decode query string plus a JSON, urlencoded or multipart body into one params dict.

    Form values arrive as strings; `decode(key, value)` turns the JSON-encoded ones back into Python
    values so tests can assert on `params["reply_markup"]["inline_keyboard"]` directly.
    """
    params: JSON = {key: decode(key, value) for key, value in request.query.items()}
    files: dict[str, UploadedFile] = {}
    if not request.can_read_body:
        return params, files
    content_type = request.content_type
    if content_type == "application/json":
        params.update(await request.json())
    elif content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            if part.filename is not None:
                files[part.name] = UploadedFile(part.filename, part.headers.get("Content-Type"), await part.read())
            else:
                params[part.name] = decode(part.name, await part.text())
    else:
        form: MultiMapping[Any] = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = UploadedFile(value.filename, value.content_type, value.file.read())
            else:
                params[key] = decode(key, value)
    return params, files


def json_or_text(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def json_response(body: JSON, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.json_response(body, status=status, headers=headers)


@asynccontextmanager
async def serve_local(app: web.Application) -> AsyncIterator[str]:
    """Serve an aiohttp app (Bolt's `web_app()`, a PTB webhook stand-in) on 127.0.0.1; yield its URL."""
    runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()
