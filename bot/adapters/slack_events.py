"""Slack payloads -> plain values, as pure functions (the inverse direction of slack_render)."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

_MENTION_PREFIX = re.compile(r"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s:,]*")
_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


def _link_text(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if target.startswith(("@", "#")):
        return target[0] + label if label else target  # user or channel mention: "@U1" / "#general"
    if target.startswith("!"):
        return "@" + (label or target[1:].split("^")[0]).lstrip("@")  # <!channel>: a word, never a ping
    if target.startswith(("mailto:", "tel:")):
        return label or target.split(":", 1)[1]
    return f"{label} ({target})" if label and label != target else target


def plain_text(text: str) -> str:
    """What the person typed, from Slack's escaped markup: links and auto-linked emails become plain."""
    text = _LINK.sub(_link_text, text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def strip_mention(text: str) -> str:
    """Drop the leading ``<@BOT>`` of an app mention."""
    return _MENTION_PREFIX.sub("", text or "", count=1)


def slash_text(text: str, subcommands: Collection[str]) -> str:
    """``/crm log call with ana`` -> ``/log call with ana``; anything else is free text (``/crm maria``)."""
    words = text.strip().split(maxsplit=1)
    if not words:
        return "help"
    if words[0].lower().lstrip("/") in subcommands:
        return "/" + text.strip().lstrip("/")
    return text.strip()


def is_direct(channel_id: str | None) -> bool:
    """Direct-message channels start with D; everything else (C, G, mpim) is shared with others."""
    return bool(channel_id) and str(channel_id).startswith("D")


def is_channel_id(value: str) -> bool:
    return value[:1] in ("C", "D", "G")


def metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        loaded = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def team_of(body: dict[str, Any]) -> str | None:
    """The workspace a request comes from, wherever this payload type keeps it."""
    team = body.get("team_id")
    if isinstance(team, str) and team:
        return team
    if isinstance(body.get("team"), dict) and body["team"].get("id"):
        return str(body["team"]["id"])
    user = body.get("user")
    if isinstance(user, dict) and user.get("team_id"):
        return str(user["team_id"])
    return None
