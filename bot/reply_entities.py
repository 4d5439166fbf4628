"""The console's JSON ``entities``, built in one place: from what the message was understood to say and what the
handler acted on (``bot.types.Acted``). The dispatcher calls ``settle`` on every handler's reply.

Keys keep the order the console has always printed: the understanding's own first (a value the handler stored
replaces the understood one in place), then what the handler adds, in ``Acted``'s field order."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo
from typing import Any

from bot.nlu.fill_network import NETWORK_INTENTS
from bot.nlu.understanding import Understanding
from bot.types import Acted, Reply


def understood(u: Understanding | None) -> dict[str, Any]:
    """What the message said, as the console reports it when the handler adds nothing. A network or facts
    sentence about a stored organization reports it as the company (in the contact's place)."""
    if u is None:
        return {}
    out = u.entities()
    if (
        u.intent in NETWORK_INTENTS
        and u.mention_kind == "organization"
        and out.get("company", out.get("contact")) == out.get("contact")
    ):
        out.pop("company", None)
        out = {("company" if key == "contact" else key): value for key, value in out.items()}
    return out


def build(u: Understanding | None, acted: Acted, *, tz: tzinfo) -> dict[str, Any]:
    out = understood(acted.echoed or u) if acted.echo else {}
    for key, value in _stated(acted, tz):
        out[key] = value
    out.update(acted.details)
    return out


def settle(reply: Reply, u: Understanding | None, *, tz: tzinfo) -> Reply:
    """The reply with its ``entities`` built from what its handler acted on (a reply without ``acted`` is left
    as it is: the dispatcher reports the understanding for it)."""
    if reply.acted is None:
        return reply
    return replace(reply, entities=build(u, reply.acted, tz=tz))


def _stated(acted: Acted, tz: tzinfo) -> list[tuple[str, Any]]:
    def when(value: datetime | None) -> str | None:
        return value.astimezone(tz).isoformat() if value is not None else None

    amount = f"{acted.amount_minor / 100:.2f}" if acted.amount_minor is not None else None
    pairs: list[tuple[str, Any]] = [
        ("question", acted.question),
        ("subject", acted.subject),
        ("until", when(acted.until)),
        ("company", acted.company),
        ("deal", acted.deal),
        ("stage", acted.stage),
        ("contact", acted.contact),
        ("product", acted.product),
        ("quantity", acted.quantity),
        ("amount", amount),
        ("currency", acted.currency),
        ("kind", acted.kind),
        ("date", when(acted.date)),
        ("birthday", acted.birthday),
        ("follow_up", when(acted.follow_up)),
        ("days", acted.days),
    ]
    return [(key, value) for key, value in pairs if value is not None]
