"""bot/adapters/recording.py: a nudge's delivery told once, from the answer's bytes as they arrive when the HTTP
client says so, else from the parsed answer; the claim asked inside the queued call."""

from __future__ import annotations

import json

import pytest

from bot.adapters.recording import answer_arrived, claimed_first, record_on_arrival
from bot.delivery import Declined
from bot.types import MessageRef


def read(payload: bytes) -> MessageRef | None:
    try:
        return MessageRef("test", "1", str(json.loads(payload)["id"]))
    except (ValueError, KeyError):
        return None


def parsed(answer: dict[str, int]) -> MessageRef:
    return MessageRef("test", "1", f"parsed {answer['id']}")


async def test_told_from_the_bytes_as_they_arrive_once_before_the_call_returns() -> None:
    told: list[tuple[str, bool]] = []
    returned = False

    async def client() -> dict[str, int]:
        answer_arrived(b'{"id": 7}')
        answer_arrived(b'{"id": 8}')  # a second answer in the same call is not this message's
        return {"id": 7}

    await record_on_arrival(client, read, parsed, lambda ref: told.append((ref.message_id, returned)))
    returned = True

    assert told == [("7", False)]


@pytest.mark.parametrize("payload", [None, b"<html>not json</html>"])
async def test_from_the_parsed_answer_when_the_client_did_not_say_or_the_bytes_are_unreadable(
    payload: bytes | None,
) -> None:
    told: list[str] = []

    async def client() -> dict[str, int]:
        if payload is not None:
            answer_arrived(payload)
        return {"id": 9}

    await record_on_arrival(client, read, parsed, lambda ref: told.append(ref.message_id))

    assert told == ["parsed 9"]


async def test_an_answer_outside_a_recorded_call_tells_nobody() -> None:
    told: list[str] = []

    async def client() -> dict[str, int]:
        return {"id": 3}

    await record_on_arrival(client, read, parsed, lambda ref: told.append(ref.message_id))
    answer_arrived(b'{"id": 4}')  # another request later in the same task

    assert told == ["parsed 3"]


async def test_a_claim_refused_makes_no_call() -> None:
    calls: list[str] = []

    async def client() -> str:
        calls.append("called")
        return "sent"

    with pytest.raises(Declined):
        await claimed_first(client, lambda: False)
    assert await claimed_first(client, lambda: True) == "sent"
    assert calls == ["called"]
