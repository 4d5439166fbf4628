"""Plain-text rendering of replies for the terminal (pure functions)."""

from __future__ import annotations

from typing import Any

from bot.nlu.intents import public_intent
from bot.textclean import clean_text
from bot.types import Card, Reply


def card_text(card: Card) -> str:
    lines = [card.title + (f" — {card.subtitle}" if card.subtitle else "")]
    lines.extend(f"  {label}: {value}" for label, value in card.fields)
    lines.extend(f"  {line}" for line in card.lines)
    return "\n".join(lines)


def to_text(reply: Reply) -> str:
    return clean_text(_to_text(reply))


def _to_text(reply: Reply) -> str:
    parts = [reply.text] if reply.text else []
    for card in reply.cards:
        # The reply text often repeats the card title; show it once.
        text = card_text(card)
        if parts and parts[-1] == card.title:
            parts[-1] = text
        else:
            parts.append(text)
    if reply.image_path:
        parts.append(f"[chart: {reply.image_path}]")
    if reply.buttons:
        parts.append("  ".join(f"[{b.label}]" for b in reply.buttons))
    return "\n".join(parts)


def to_json(replies: list[Reply]) -> dict[str, Any]:
    """One JSON object for all replies to one message (the console --json contract)."""
    first = replies[0] if replies else None
    intent = next((r.intent for r in replies if r.intent), None)
    entities = next((r.entities for r in replies if r.entities), {})
    return {
        "reply": "\n".join(to_text_plain(r) for r in replies),
        "intent": public_intent(intent),
        "entities": entities if first else {},
        "buttons": [{"label": b.label, "action": b.action, "value": b.value} for r in replies for b in r.buttons],
    }


def to_text_plain(reply: Reply) -> str:
    """Text and cards, without the button row (buttons travel separately in JSON)."""
    return to_text(Reply(reply.text, cards=reply.cards, image_path=reply.image_path))
