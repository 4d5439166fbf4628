"""Strict decoders for Slack payloads: one per kind of request, each returning None for anything malformed.

A signed request can still carry a forged or stale body (a replayed action, a hand-made modal submit), so the
listeners read payloads only through these functions and answer None politely; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.adapters import slack_render as render

_SLACK_ID = re.compile(r"[A-Z0-9]{2,32}")
_TS = re.compile(r"[0-9]{1,12}\.[0-9]{1,9}")
MAX_ACTION_ID = 255  # Slack's own limits for the block element fields
MAX_VALUE = 2000
MAX_TEXT = 40_000  # a Slack message is at most 40,000 characters; a longer "text" is not Slack's
MAX_FIELD = 3000  # a plain_text_input's largest max_length
MAX_INPUTS = 100  # inputs read from one submitted modal (Slack's block limit)


def slack_id(value: object) -> str | None:
    """A user, channel or team id (``U0AB12``, ``D024BE91L``); None for anything else."""
    return value if isinstance(value, str) and _SLACK_ID.fullmatch(value) else None


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: object, limit: int) -> str | None:
    if value is None:
        return ""
    return value if isinstance(value, str) and len(value) <= limit else None


def user_of(body: dict[str, Any]) -> str | None:
    """The acting user of an interactive payload (``user.id``) or a slash command (``user_id``)."""
    return slack_id(_dict(body.get("user")).get("id")) or slack_id(body.get("user_id"))


@dataclass(frozen=True)
class ActionInput:
    user: str
    channel: str | None  # None: open a DM (a press on the Home tab, or a payload without a channel)
    ts: str | None
    action_id: str
    value: str
    on_home: bool
    ephemeral: bool


def action_input(body: dict[str, Any], action: dict[str, Any]) -> ActionInput | None:
    user = user_of(body)
    container = _dict(body.get("container"))
    action_id = _text(action.get("action_id"), MAX_ACTION_ID)
    raw = action.get("value") if "value" in action else _dict(action.get("selected_option")).get("value")
    value = _text(raw, MAX_VALUE)
    if user is None or not action_id or value is None:
        return None
    on_home = container.get("type") == "view"
    channel = slack_id(_dict(body.get("channel")).get("id")) or slack_id(container.get("channel_id"))
    ts = container.get("message_ts") or _dict(body.get("message")).get("ts")
    return ActionInput(
        user=user,
        channel=None if on_home else channel,
        ts=ts if isinstance(ts, str) and _TS.fullmatch(ts) and not on_home else None,
        action_id=render.action_id_of(action_id),
        value=value,
        on_home=on_home,
        ephemeral=container.get("is_ephemeral") is True,
    )


@dataclass(frozen=True)
class CommandInput:
    user: str
    channel: str
    text: str


def command_input(command: dict[str, Any]) -> CommandInput | None:
    user, channel = slack_id(command.get("user_id")), slack_id(command.get("channel_id"))
    text = _text(command.get("text"), MAX_TEXT)
    if user is None or channel is None or text is None:
        return None
    return CommandInput(user, channel, text)


@dataclass(frozen=True)
class MessageInput:
    user: str
    channel: str
    text: str
    ts: str | None
    thread: str | None


def message_input(event: dict[str, Any]) -> MessageInput | None:
    user, channel = slack_id(event.get("user")), slack_id(event.get("channel"))
    text = _text(event.get("text"), MAX_TEXT)
    if user is None or channel is None or text is None:
        return None
    ts, thread = event.get("ts"), event.get("thread_ts")
    return MessageInput(
        user,
        channel,
        text,
        ts if isinstance(ts, str) and _TS.fullmatch(ts) else None,
        thread if isinstance(thread, str) and _TS.fullmatch(thread) else None,
    )


INVALID = object()  # a form field that is present but not something our modal could have produced


def _selected(values: dict[str, Any], block_id: str) -> Any:
    """One modal input (block_id == action_id by our convention): None when empty, INVALID when forged."""
    state = _dict(_dict(values.get(block_id)).get(block_id))
    kind = state.get("type")
    if kind in ("static_select", "external_select"):
        option = state.get("selected_option")
        if option is None:
            return None
        value = _dict(option).get("value")
        return value if isinstance(value, str) and len(value) <= MAX_VALUE else INVALID
    if kind == "datepicker":
        raw = state.get("selected_date")
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else INVALID
        except ValueError:
            return INVALID
    value = state.get("value")
    return value if value is None or (isinstance(value, str) and len(value) <= MAX_FIELD) else INVALID


def form_values(view: dict[str, Any]) -> tuple[dict[str, str | date | None], frozenset[str]]:
    """A submitted modal's values by input (our block ids are the form's field keys), and the inputs whose
    values no modal of ours could have produced (forged)."""
    values = _dict(_dict(view.get("state")).get("values"))
    read: dict[str, str | date | None] = {}
    forged: set[str] = set()
    for block_id in list(values)[:MAX_INPUTS]:
        if not isinstance(block_id, str) or len(block_id) > MAX_ACTION_ID:
            continue
        value = _selected(values, block_id)
        if value is INVALID:
            forged.add(block_id)
        else:
            read[block_id] = value
    return read, frozenset(forged)
