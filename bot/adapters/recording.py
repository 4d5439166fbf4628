"""A nudge claimed and recorded inside the platform call its chat's send queue runs (bot/adapters/base.py:
RecordedSender): the claim is asked when the call's turn comes, right before the request, and the delivery
is told the moment the platform's answer is read, before anything else of this process can run."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from bot.delivery import Claim, Declined, OnSent
from bot.types import MessageRef

T = TypeVar("T")


async def claimed_first(make: Callable[[], Awaitable[T]], claim: Claim) -> T:
    if not claim():
        raise Declined("claimed by another instance")
    return await make()


async def then_record(make: Callable[[], Awaitable[T]], ref_of: Callable[[T], MessageRef], on_sent: OnSent) -> T:
    answer = await make()
    on_sent(ref_of(answer))
    return answer
