"""A nudge claimed and recorded inside the platform call its chat's send queue runs (bot/adapters/base.py:
RecordedSender): the claim is asked when the call's turn comes, right before the request, and the delivery
is told the moment the platform's answer is read, before anything else of this process can run.

Where the platform's HTTP client can say when an answer's bytes are in (Telegram's, see
bot/adapters/telegram_send.py: AnsweredRequest), the delivery is told from those bytes, before the SDK turns
them into objects: a kill -9 between the platform accepting a nudge and the bot storing that it did is what
sends it twice, so that time is kept as short as it can be."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TypeVar

from bot.delivery import Claim, Declined, OnSent
from bot.types import MessageRef

T = TypeVar("T")
Arrived = Callable[[bytes], None]
# The call in hand's listener for its answer's bytes; a context variable, so only that call's request sees it.
_ARRIVED: ContextVar[Arrived | None] = ContextVar("rapport_answer_arrived", default=None)


async def claimed_first(make: Callable[[], Awaitable[T]], claim: Claim) -> T:
    if not claim():
        raise Declined("claimed by another instance")
    return await make()


async def then_record(make: Callable[[], Awaitable[T]], ref_of: Callable[[T], MessageRef], on_sent: OnSent) -> T:
    answer = await make()
    on_sent(ref_of(answer))
    return answer


def answer_arrived(payload: bytes) -> None:
    """Called by an HTTP client with a successful answer's bytes, the moment they are in."""
    arrived = _ARRIVED.get()
    if arrived is not None:
        arrived(payload)


async def record_on_arrival(
    make: Callable[[], Awaitable[T]],
    read: Callable[[bytes], MessageRef | None],
    ref_of: Callable[[T], MessageRef],
    on_sent: OnSent,
) -> T:
    """As :func:`then_record`, telling ``on_sent`` as soon as the answer's bytes are in when the client says so
    (``read`` finds the message in them); from the parsed answer otherwise. Told once either way."""
    told = False

    def arrived(payload: bytes) -> None:
        nonlocal told
        ref = None if told else read(payload)
        if ref is not None:
            told = True
            on_sent(ref)

    token = _ARRIVED.set(arrived)
    try:
        answer = await make()
    finally:
        _ARRIVED.reset(token)
    if not told:
        on_sent(ref_of(answer))
    return answer
