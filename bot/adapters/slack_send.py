"""Sending to Slack: the Web API client with Retry-After honoured, and Slack errors as DeliveryErrors."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.send_queue import Monotonic, Pacer
from bot.delivery import DeliveryError

log = logging.getLogger(__name__)
Sleeper = Callable[[float], Awaitable[None]]

# Errors after which resending the same thing to the same place cannot succeed.
PERMANENT = frozenset(
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "user_not_found",
        "account_inactive",
        "cannot_dm_bot",
        "user_disabled",
        "invalid_auth",
        "not_authed",
        "token_revoked",
        "missing_scope",
    }
)


# Slack's guidance for chat.postMessage: about one message a second in a channel (short bursts allowed);
# the workspace-wide allowance is far above what one bot sends, so the overall bucket is only a safety net.
CHANNEL_RATE = 1.0
GLOBAL_RATE = 20.0
BURST = 3.0


def slack_pacer(clock: Monotonic) -> Pacer:
    return Pacer(rate_for=lambda channel: CHANNEL_RATE, burst=BURST, global_rate=GLOBAL_RATE, clock=clock)


class RetryAfterHandler(AsyncRateLimitErrorRetryHandler):
    """Retries a 429 after exactly the Retry-After seconds Slack asked for, through an injectable sleeper.

    slack_sdk's own handler sleeps on the real clock with jitter; ours waits through ``sleep`` so a test
    records the delay instead of spending it, and caps a pathological header.
    """

    def __init__(self, sleep: Sleeper, *, max_retry_count: int = 3, max_wait: float = 120.0) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.sleep = sleep
        self.max_wait = max_wait
        self.waits: list[float] = []

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error or RuntimeError("rate limited without a response")
        raw = next((value for key, value in response.headers.items() if key.lower() == "retry-after"), None)
        first = raw[0] if isinstance(raw, list) and raw else raw
        try:
            delay = float(first) if first is not None else 1.0
        except ValueError:
            delay = 1.0
        delay = min(max(delay, 0.0), self.max_wait)
        self.waits.append(delay)
        log.info("slack rate limited on %s; retrying in %.0fs", request.url.rsplit("/", 1)[-1], delay)
        state.next_attempt_requested = True
        await self.sleep(delay)
        state.increment_current_attempt()


def make_client(token: str, base_url: str, sleep: Sleeper) -> tuple[AsyncWebClient, RetryAfterHandler]:
    rate_limits = RetryAfterHandler(sleep)
    client = AsyncWebClient(
        token=token,
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        retry_handlers=[rate_limits, AsyncConnectionErrorRetryHandler()],
        timeout=30,
    )
    return client, rate_limits


def delivery_error(exc: SlackApiError) -> DeliveryError:
    response: Any = exc.response
    code = str(response.get("error") or "") if response is not None else ""
    retry_after = None
    if response is not None and getattr(response, "status_code", None) == 429:
        try:
            retry_after = float(response.headers.get("Retry-After", "1"))
        except (TypeError, ValueError):
            retry_after = 1.0
    return DeliveryError(f"slack: {code or exc}", permanent=code in PERMANENT, retry_after=retry_after)
