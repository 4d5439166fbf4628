"""Generated hostile platform input for the fuzz tests: well-formed envelopes (the platform builds those) around
forged, stale, oversized and malformed content (which anyone with a client can send).

Everything comes from one seeded ``random.Random``, so a failure names its seed and replays exactly.
"""

from __future__ import annotations

import json
import random
from typing import Any

from bot.adapters import telegram_render
from tests.fakes import slack_signing as slack

JSON = dict[str, Any]

# Pieces that have broken parsers before: digits int() rejects, bidi overrides, controls, surrogates,
# markup, mentions, separators our own formats use, and lengths at and past every limit.
HOSTILE = (
    "²",
    "٣",
    "①",
    "\u202e",
    "\u2066",
    "\u200f",
    "\x00",
    "\x1b[2J",
    "\ud800",
    "<b>",
    "</a>",
    "&amp;",
    "<!channel>",
    "<@U0ADMIN>",
    "@everyone",
    "/start",
    ":",
    "|",
    "pg:",
    "a:nd:",
    "u:crm:",
    "-1",
    "0",
    "1e5",
    "99999999999999999999999",
    " ",
    "\n",
    "Joana",
    "é",
    "🙂",
    "null",
    "{}",
)
WORDS = ("call", "with", "maria", "acme", "find", "add", "follow", "up", "tomorrow", "log", "help", "note", "€50")
COMMANDS = ("/start", "/link", "/help", "/find", "/log", "/followup", "/health", "/reminders", "/upload", "/undo")


def hostile_text(rng: random.Random, *, longest: int = 300) -> str:
    parts = []
    for _ in range(rng.randint(0, 8)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(HOSTILE))
        elif roll < 0.8:
            parts.append(rng.choice(WORDS))
        elif roll < 0.95:
            parts.append("".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 12))))
        else:
            parts.append(rng.choice(HOSTILE) * rng.randint(10, 400))
    text = " ".join(parts)
    return text if rng.random() < 0.9 else text + "x" * rng.randint(longest, longest * 20)


def _value(rng: random.Random) -> str:
    return rng.choice((str(rng.randint(1, 50)), hostile_text(rng, longest=20), "", str(rng.randint(1, 10**20))))


# -- Telegram ------------------------------------------------------------------------------------------


def callback_data(rng: random.Random) -> str | None:
    code = rng.choice(list(telegram_render.ACTION_CODES.values()))
    choices = (
        f"a:{code}:{_value(rng)}",
        f"a:{rng.choice(('zz', '', '²'))}:{_value(rng)}",
        f"u:crm:{rng.choice(WORDS)}|{_value(rng)}",
        f"u:{hostile_text(rng, longest=10)}|1",
        f"pg:{rng.choice(('tok', '', '²'))}:{rng.choice(('1', '²', '-1', '', '99999999'))}",
        hostile_text(rng, longest=64),
        None,  # a game's callback carries no data
    )
    return rng.choice(choices)


def group_of(user_id: int, staff: int) -> int:
    """Staff and strangers talk in different groups, so what reaches a stranger's group is attributable."""
    return -1000 if user_id == staff else -2000


def telegram_update(rng: random.Random, *, staff: int, stranger: int, known_message: int) -> JSON:
    """One update of a random type; the caller pushes it through the fake Bot API."""
    user_id = rng.choice((staff, stranger, stranger + rng.randint(1, 5)))
    user = {"id": user_id, "is_bot": False, "first_name": hostile_text(rng, longest=10)[:64] or "X"}
    private = rng.random() < 0.7
    chat = (
        {"id": user_id, "type": "private", "first_name": "X"}
        if private
        else {
            "id": group_of(user_id, staff) - rng.randint(0, 1),
            "type": rng.choice(("group", "supergroup")),
            "title": "G",
        }
    )
    kind = rng.choice(("message", "message", "command", "callback", "callback", "inline", "document", "other"))
    base = {"message_id": rng.randint(1, 10**6), "date": 1_700_000_000, "chat": chat, "from": user}
    if kind == "message":
        text = hostile_text(rng)
        if not private and rng.random() < 0.5:
            text = "@rapport_test_bot " + text
        return {"message": base | {"text": text}}
    if kind == "command":
        command = rng.choice(COMMANDS)
        text = f"{command} {hostile_text(rng, longest=40)}"
        entity = {"type": "bot_command", "offset": 0, "length": len(command)}
        return {"message": base | {"text": text, "entities": [entity]}}
    if kind == "callback":
        query: JSON = {"id": str(rng.randint(1, 10**12)), "from": user, "chat_instance": "1"}
        data = callback_data(rng)
        if data is not None:
            query["data"] = data
        if rng.random() < 0.85:
            sender = {"id": 1, "is_bot": True, "first_name": "Rapport", "username": "rapport_test_bot"}
            message_id = known_message if rng.random() < 0.5 else rng.randint(1, 10**6)
            query["message"] = {"message_id": message_id, "date": 1_700_000_000, "chat": chat, "from": sender}
        else:
            query["inline_message_id"] = "inline-1"
        return {"callback_query": query}
    if kind == "inline":
        offset = rng.choice(("", "8", "²", "-3", "99999999999", hostile_text(rng, longest=10)))
        return {
            "inline_query": {
                "id": str(rng.randint(1, 10**9)),
                "from": user,
                "query": hostile_text(rng),
                "offset": offset,
            }
        }
    if kind == "document":
        document: JSON = {"file_id": f"missing-{rng.randint(1, 99)}", "file_unique_id": "u"}
        if rng.random() < 0.8:
            document["file_name"] = hostile_text(rng, longest=300)
        if rng.random() < 0.7:
            document["mime_type"] = rng.choice(("text/csv", "application/x-evil", hostile_text(rng, longest=20)))
        if rng.random() < 0.8:
            document["file_size"] = rng.choice((0, 10, 10**12))
        return {"message": base | {"document": document, "caption": hostile_text(rng, longest=40)}}
    other = rng.choice(("edited_message", "channel_post", "my_chat_member_like"))
    if other == "my_chat_member_like":
        return {"message": base | {"new_chat_members": [user]}}  # a service message, no text
    return {other: base | {"text": hostile_text(rng)}}


# -- Slack ---------------------------------------------------------------------------------------------


def _slack_user(rng: random.Random, staff: str, stranger: str) -> Any:
    return rng.choice((staff, staff, stranger, "u-lower", "", 42, None, "U" + "9" * 40))


def slack_body(rng: random.Random, *, staff: str, stranger: str, action_ids: list[str]) -> tuple[str, str]:
    """(kind, body): one request of a random kind (events JSON, commands form-encoded, interactivity)."""
    kind = rng.choice(("message", "mention", "command", "action", "action", "submit", "options", "shortcut", "home"))
    return kind, _slack_body(rng, kind, staff=staff, stranger=stranger, action_ids=action_ids)


def _slack_body(rng: random.Random, kind: str, *, staff: str, stranger: str, action_ids: list[str]) -> str:
    user = _slack_user(rng, staff, stranger)
    if kind in ("message", "mention"):
        event: JSON = {
            "type": "message" if kind == "message" else "app_mention",
            "user": user,
            "text": rng.choice((hostile_text(rng), None, 7)),
            "channel": rng.choice(("D" + str(user), "C0STAFF" if user == staff else "C0STRANGERS", "", None)),
            "ts": rng.choice(("1700000000.000100", "²", None)),
            "channel_type": "im",
        }
        if rng.random() < 0.2:
            event["thread_ts"] = rng.choice(("1700000000.000001", {"x": 1}))
        if rng.random() < 0.1:
            event["files"] = rng.choice(([{"id": "F1", "name": hostile_text(rng, longest=20)}], "nope"))
        return slack.event_callback_body(event, event_id=f"Ev{rng.randint(1, 10**9)}")
    if kind == "command":
        # The form encoding keeps strings only; the ids are what a forger controls.
        text = hostile_text(rng).encode("utf-8", "replace").decode()  # a form body is UTF-8: no lone surrogates
        return slack.slash_command_body(text, user_id=str(user or ""), channel_id="D" + str(user or ""))
    if kind == "action":
        action_id = rng.choice((*action_ids, hostile_text(rng, longest=300), f"{rng.choice(action_ids)}~²"))
        body = json.loads(_payload(slack.block_actions_body(action_id, _value(rng), user_id=staff)))
        if rng.random() < 0.3:
            body["user"] = rng.choice(({"id": user}, {}, "U1", None))
        if rng.random() < 0.2:
            body["container"] = rng.choice(({"type": "view", "view_id": "V1"}, {"message_ts": 5}, None))
        if rng.random() < 0.1:
            body["actions"][0]["value"] = rng.choice((None, 5, ["x"], "v" * 3000))
        return _interactive(body)
    if kind == "submit":
        values = {
            "record": {"record": {"type": "external_select", "selected_option": {"value": _value(rng)}}},
            "kind": {"kind": {"type": "static_select", "selected_option": rng.choice(({"value": "call"}, None, 5))}},
            "date": {"date": {"type": "datepicker", "selected_date": rng.choice(("2026-02-30", "²", None, 3))}},
            "summary": {"summary": {"type": "plain_text_input", "value": rng.choice((hostile_text(rng), 9))}},
        }
        metadata = rng.choice(("", "{", '{"source": 5}', '["x"]', json.dumps({"source": hostile_text(rng)})))
        body = json.loads(
            _payload(slack.view_submission_body("log_form", values, user_id=staff, private_metadata=metadata))
        )
        if rng.random() < 0.3:
            body["user"] = rng.choice(({"id": user}, {}, None))
        return _interactive(body)
    if kind == "options":
        body = json.loads(_payload(slack.block_suggestion_body("record", hostile_text(rng), user_id=staff)))
        if rng.random() < 0.3:
            body["user"] = rng.choice(({"id": user}, None))
            body["value"] = rng.choice((None, 5, "x" * 5000))
        return _interactive(body)
    if kind == "shortcut":
        body = json.loads(
            _payload(slack.message_action_body("log_to_crm", user_id=staff, message_text=hostile_text(rng)))
        )
        if rng.random() < 0.4:
            body["message"] = rng.choice(({"text": 5, "ts": None}, None, {"ts": {"a": 1}}))
            body["user"] = rng.choice(({"id": user}, {"id": stranger}))
        return _interactive(body)
    return slack.event_callback_body({"type": "app_home_opened", "user": user, "tab": rng.choice(("home", "messages"))})


def _payload(form_body: str) -> str:
    from urllib.parse import parse_qs

    return parse_qs(form_body)["payload"][0]


def _interactive(payload: JSON) -> str:
    from urllib.parse import urlencode

    return urlencode({"payload": json.dumps(payload)})
