"""Pure builders for the Bot API objects the fake sends and receives (User, Chat, Message, Update parts).

Kept apart from the server so the shapes can be read in one place and reused for webhook bodies.
"""

from __future__ import annotations

import time
from typing import Any

JSON = dict[str, Any]

DEFAULT_BOT_ID = 1000


def bot_id_from_token(token: str) -> int:
    """A real token starts with the bot's id ("123456:ABC..."); anything else gets a stable default."""
    head = token.split(":", 1)[0]
    return int(head) if head.isdigit() else DEFAULT_BOT_ID


def bot_user(bot_id: int, username: str, first_name: str) -> JSON:
    return {
        "id": bot_id,
        "is_bot": True,
        "first_name": first_name,
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
    }


def human_user(user_id: int, *, first_name: str, username: str | None = None, language_code: str | None = None) -> JSON:
    user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username is not None:
        user["username"] = username
    if language_code is not None:
        user["language_code"] = language_code
    return user


def chat_for_user(user: JSON, *, chat_id: int | None, chat_type: str, title: str | None = None) -> JSON:
    """The chat a user writes in: their private chat, or a group they are a member of."""
    if chat_type == "private":
        chat: JSON = {"id": chat_id if chat_id is not None else user["id"], "type": "private"}
        chat.update({key: user[key] for key in ("first_name", "username") if key in user})
        return chat
    if chat_id is None:
        # Supergroup ids carry the -100 prefix; basic groups are plain negatives.
        chat_id = -1_000_000_000_000 - user["id"] if chat_type in ("supergroup", "channel") else -user["id"]
    return {"id": chat_id, "type": chat_type, "title": title or "Test group"}


def guess_chat(chat_id: int | str) -> JSON:
    """A plausible Chat for an id the fake never saw in an update (a proactive send)."""
    if isinstance(chat_id, str) and not chat_id.lstrip("-").isdigit():
        return {
            "id": -1_001_000_000_000,
            "type": "channel",
            "title": chat_id,
            "username": chat_id.lstrip("@"),
        }
    numeric = int(chat_id)
    if numeric > 0:
        return {"id": numeric, "type": "private", "first_name": "User"}
    chat_type = "supergroup" if str(numeric).startswith("-100") else "group"
    return {"id": numeric, "type": chat_type, "title": "Test group"}


def command_entities(text: str) -> list[JSON]:
    """Telegram marks a leading "/command" (or "/command@bot") as a bot_command entity."""
    if not text.startswith("/"):
        return []
    length = len(text.split(maxsplit=1)[0])
    return [{"type": "bot_command", "offset": 0, "length": length}]


def message(
    *,
    message_id: int,
    chat: JSON,
    sender: JSON,
    text: str | None = None,
    date: int | None = None,
    **extra: Any,
) -> JSON:
    msg: JSON = {"message_id": message_id, "date": date or int(time.time()), "chat": chat, "from": sender}
    if text is not None:
        msg["text"] = text
    msg.update({key: value for key, value in extra.items() if value is not None})
    return msg


def photo_sizes(file_id: str, size: int) -> list[JSON]:
    """Telegram answers a photo with several thumbnails; clients usually take the last (largest)."""
    return [
        {
            "file_id": f"{file_id}-s",
            "file_unique_id": f"{file_id}-su",
            "width": 90,
            "height": 90,
            "file_size": size // 4,
        },
        {
            "file_id": file_id,
            "file_unique_id": f"{file_id}-u",
            "width": 800,
            "height": 600,
            "file_size": size,
        },
    ]


def document(file_id: str, *, file_name: str | None, mime_type: str | None, size: int) -> JSON:
    doc: JSON = {"file_id": file_id, "file_unique_id": f"{file_id}-u", "file_size": size}
    if file_name:
        doc["file_name"] = file_name
    if mime_type:
        doc["mime_type"] = mime_type
    return doc


def error_body(status: int, description: str | None, retry_after: int | None) -> JSON:
    """Telegram's error envelope; 429 carries `parameters.retry_after`, which PTB turns into RetryAfter."""
    defaults = {
        400: "Bad Request: message to edit not found",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: "Conflict: terminated by other getUpdates request",
        429: f"Too Many Requests: retry after {retry_after}",
        502: "Bad Gateway",
    }
    body: JSON = {
        "ok": False,
        "error_code": status,
        "description": description or defaults.get(status, "Error"),
    }
    if status == 429 and retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return body
