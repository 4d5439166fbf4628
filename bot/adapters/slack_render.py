"""Reply -> Block Kit, as pure functions. Every string that reaches Slack as mrkdwn is escaped here, once.

Slack reads ``&``, ``<`` and ``>`` as control characters in mrkdwn (``<!channel>`` pings a channel,
``<http://x|y>`` is a disguised link), so stored text is escaped to ``&amp;``, ``&lt;``, ``&gt;`` and can
never format, ping or link. ``plain_text`` objects are shown verbatim by Slack and need no escaping.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.adapters.inert_links import defang
from bot.requests import Form, FormField
from bot.types import Button, Card, Reply

Block = dict[str, Any]

MAX_BLOCKS = 50  # per message (Slack's limit)
MAX_HOME_BLOCKS = 100  # per App Home view
SECTION_CHARS = 3000  # text of one section block
FIELD_CHARS = 2000  # one section field
FIELDS_PER_SECTION = 10
BUTTONS_PER_BLOCK = 25
LABEL_CHARS = 75  # button and option labels
FALLBACK_CHARS = 3900  # top-level "text" used in notifications
PAGE_CARDS = 10  # cards per message: a long list becomes several messages, each marked "n/N"
MAX_INPUT = 3000  # a plain_text_input's largest max_length
DUPLICATE_MARK = "#"  # action_id suffix making repeated action ids unique within a message


@dataclass(frozen=True)
class SlackMessage:
    text: str
    blocks: list[Block]


def escape(text: str) -> str:
    """Make any stored string inert in mrkdwn: no pings, no links (bare URLs included), no entity tricks."""
    return defang(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mrkdwn(text: str) -> Block:
    return {"type": "mrkdwn", "text": text}


def plain(text: str, limit: int = LABEL_CHARS) -> Block:
    return {"type": "plain_text", "text": _clip(text, limit) or " ", "emoji": True}


def _sections(text: str) -> list[Block]:
    """Escaped text as section blocks, split on line boundaries so no block exceeds Slack's limit."""
    blocks: list[Block] = []
    chunk: list[str] = []
    size = 0
    for line in escape(text).split("\n"):
        line = _clip(line, SECTION_CHARS)
        if chunk and size + len(line) + 1 > SECTION_CHARS:
            blocks.append({"type": "section", "text": _mrkdwn("\n".join(chunk))})
            chunk, size = [], 0
        chunk.append(line)
        size += len(line) + 1
    if any(part.strip() for part in chunk):
        blocks.append({"type": "section", "text": _mrkdwn("\n".join(chunk))})
    return blocks


def card_blocks(card: Card) -> list[Block]:
    """A card: bold title, its fields as section fields (10 per section), then its lines."""
    title = f"*{escape(card.title)}*"
    if card.subtitle:
        title += f" — {escape(card.subtitle)}"
    blocks: list[Block] = [{"type": "section", "text": _mrkdwn(_clip(title, SECTION_CHARS))}]
    fields = [_mrkdwn(_clip(f"*{escape(label)}*\n{escape(value)}", FIELD_CHARS)) for label, value in card.fields]
    for start in range(0, len(fields), FIELDS_PER_SECTION):
        blocks.append({"type": "section", "fields": fields[start : start + FIELDS_PER_SECTION]})
    if card.lines:
        blocks.extend(_sections("\n".join(card.lines)))
    return blocks


def button_elements(buttons: Sequence[Button]) -> list[Block]:
    """Buttons whose action_id is our action id; a repeat within one message gets a ``#n`` suffix."""
    seen: dict[str, int] = {}
    elements: list[Block] = []
    for button in buttons:
        count = seen.get(button.action, 0)
        seen[button.action] = count + 1
        action_id = button.action if count == 0 else f"{button.action}{DUPLICATE_MARK}{count}"
        element: Block = {
            "type": "button",
            "text": plain(button.label),
            "action_id": action_id[:255],
            "value": button.value[:2000],
        }
        if button.style in ("primary", "danger"):
            element["style"] = button.style
        elements.append(element)
    return elements


def action_id_of(element_action_id: str) -> str:
    """Our action id back from a Slack action_id (drops the uniqueness suffix)."""
    base, mark, count = element_action_id.rpartition(DUPLICATE_MARK)
    return base if mark and count.isascii() and count.isdigit() else element_action_id


def actions_blocks(buttons: Sequence[Button]) -> list[Block]:
    elements = button_elements(buttons)
    return [
        {"type": "actions", "block_id": f"actions-{n}", "elements": elements[start : start + BUTTONS_PER_BLOCK]}
        for n, start in enumerate(range(0, len(elements), BUTTONS_PER_BLOCK))
    ]


def fallback_text(reply: Reply) -> str:
    """The notification / screen-reader text: the reply text, or the first card's title."""
    text = reply.text or (reply.cards[0].title if reply.cards else "")
    return _clip(escape(text), FALLBACK_CHARS) or " "


def to_messages(reply: Reply, *, max_blocks: int = MAX_BLOCKS) -> list[SlackMessage]:
    """One reply as one or more messages: cards are paginated PAGE_CARDS at a time, blocks kept under the cap.

    Buttons go on the last page, so a nudge's buttons and the message they edit stay together.
    """
    head = _sections(reply.text)
    buttons = actions_blocks(reply.buttons)
    card_pages = [reply.cards[i : i + PAGE_CARDS] for i in range(0, len(reply.cards), PAGE_CARDS)] or [()]
    pages: list[list[Block]] = []
    for n, cards in enumerate(card_pages):
        blocks = list(head) if n == 0 else []
        for card in cards:
            if blocks and cards:
                blocks.append({"type": "divider"})
            blocks.extend(card_blocks(card))
        pages.append(blocks)
    # Any page still over the cap (very long text) is cut into cap-sized pieces.
    split: list[list[Block]] = []
    room = max_blocks - 1  # leave one for the page marker
    for blocks in pages:
        split.extend(blocks[i : i + room] for i in range(0, max(len(blocks), 1), room))
    if len(split[-1]) + len(buttons) > room:
        split.append([])
    split[-1].extend(buttons)
    if len(split) > 1:
        for n, blocks in enumerate(split, start=1):
            blocks.append({"type": "context", "elements": [_mrkdwn(f"{n}/{len(split)}")]})
    text = fallback_text(reply)
    return [
        SlackMessage(text if n == 0 else f"{text} ({n + 1}/{len(split)})", blocks) for n, blocks in enumerate(split)
    ]


def home_view(reply: Reply) -> Block:
    """The App Home tab: the reply's text, then each card (a titled list) under a divider."""
    blocks: list[Block] = list(_sections(reply.text))
    for card in reply.cards:
        blocks.append({"type": "divider"})
        blocks.extend(card_blocks(card))
    blocks.extend(actions_blocks(reply.buttons))
    if len(blocks) > MAX_HOME_BLOCKS:
        blocks = [*blocks[: MAX_HOME_BLOCKS - 1], {"type": "context", "elements": [_mrkdwn("…")]}]
    return {"type": "home", "blocks": blocks}


def options(choices: Iterable[tuple[str, str]]) -> list[Block]:
    """external_select options from (value, label) pairs (at most 100, Slack's limit)."""
    return [{"text": plain(label), "value": value[:150]} for value, label in list(choices)[:100]]


def _form_element(field: FormField) -> Block:
    if field.kind == "search":  # choices come from an options request as the user types
        return {"type": "external_select", "min_query_length": 1}
    if field.kind == "choice":
        choices = options(field.choices)
        select: Block = {"type": "static_select", "options": choices}
        initial = next((o for o in choices if o["value"] == field.initial), choices[0] if choices else None)
        if initial is not None:
            select["initial_option"] = initial
        return select
    if field.kind == "date":
        return {"type": "datepicker", **({"initial_date": field.initial} if field.initial else {})}
    text: Block = {"type": "plain_text_input", "multiline": True, "max_length": MAX_INPUT}
    if field.initial:
        text["initial_value"] = field.initial[:MAX_INPUT]
    return text


def _input(field: FormField) -> Block:
    # block_id == action_id == the field's key: the submission's values and the errors come back under it.
    return {
        "type": "input",
        "block_id": field.key,
        "label": plain(field.label, 2000),
        "element": {**_form_element(field), "action_id": field.key},
        "optional": field.optional,
    }


def form_modal(form: Form) -> Block:
    """A neutral form as a modal; its name is the callback_id the submission comes back with."""
    return {
        "type": "modal",
        "callback_id": form.name,
        "title": plain(form.title, 24),
        "submit": plain(form.submit, 24),
        "close": plain(form.cancel, 24),
        "private_metadata": json.dumps(form.metadata)[:3000],
        "blocks": [_input(field) for field in form.fields],
    }
