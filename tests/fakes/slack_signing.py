"""Signed request bodies for driving a Bolt app in HTTP mode, shaped like what Slack really sends.

    body = slash_command_body("log call with maria", user_id="U1")
    await http.post(bolt_url, data=body, headers=signed_headers(body, SECRET))

Events arrive as JSON; slash commands as a plain form; every interactive payload (block_actions,
shortcuts, view_submission, block_suggestion) as a form with one `payload=<json>` field.
Defaults (team, app, bot user) match `FakeSlackAPI`'s, so Bolt's auth.test answer agrees with them.
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

JSON = dict[str, Any]

TEAM_ID = "T0FAKE"
APP_ID = "A0FAKE"
BOT_USER_ID = "U0BOT"
_serial = itertools.count(1)


def signed_headers(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 signature headers for `body`; Bolt rejects timestamps more than 5 minutes off now."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert signature is not None  # only None when timestamp is None, which it never is here
    content_type = "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature, "Content-Type": content_type}


def _trigger_id() -> str:
    return f"{next(_serial)}.{TEAM_ID}.trigger"


def _user(user_id: str, team_id: str) -> JSON:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id}


def _team(team_id: str) -> JSON:
    return {"id": team_id, "domain": "fake"}


def _interactive(payload: JSON) -> str:
    return urlencode({"payload": json.dumps(payload)})


def _envelope(team_id: str, app_id: str) -> JSON:
    return {
        "token": "legacy-verification-token",
        "api_app_id": app_id,
        "team": _team(team_id),
        "enterprise": None,
        "is_enterprise_install": False,
    }


# -- Events API ----------------------------------------------------------------------------------------


def message_im_event(
    user: str, text: str, *, channel: str | None = None, ts: str | None = None, team_id: str = TEAM_ID
) -> JSON:
    """A direct message to the bot (event type "message", channel_type "im")."""
    ts = ts or f"{int(time.time())}.{next(_serial):06d}"
    return {
        "type": "message",
        "channel_type": "im",
        "channel": channel or "D" + user,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": team_id,
        "client_msg_id": f"msg-{ts}",
    }


def app_mention_event(
    user: str,
    text: str,
    *,
    channel: str = "C0GENERAL",
    ts: str | None = None,
    team_id: str = TEAM_ID,
    bot_user_id: str = BOT_USER_ID,
) -> JSON:
    """An @-mention in a channel; Slack puts the `<@bot>` token in the text itself."""
    ts = ts or f"{int(time.time())}.{next(_serial):06d}"
    return {
        "type": "app_mention",
        "user": user,
        "text": f"<@{bot_user_id}> {text}",
        "ts": ts,
        "event_ts": ts,
        "channel": channel,
        "team": team_id,
        "client_msg_id": f"msg-{ts}",
    }


def event_callback_body(
    event: JSON,
    *,
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
    event_id: str | None = None,
    event_time: int | None = None,
    bot_user_id: str = BOT_USER_ID,
) -> str:
    """The JSON envelope of an Events API delivery; pass the same event_id twice to model a retry."""
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "api_app_id": api_app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_serial):08d}",
            "event_time": event_time or int(time.time()),
            "is_ext_shared_channel": False,
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": team_id,
                    "user_id": bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
        }
    )


def url_verification_body(challenge: str = "challenge-token") -> str:
    return json.dumps({"token": "legacy-verification-token", "challenge": challenge, "type": "url_verification"})


# -- slash commands ------------------------------------------------------------------------------------


def slash_command_body(
    text: str,
    *,
    user_id: str = "U0USER",
    channel_id: str = "D0USER",
    command: str = "/crm",
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
    response_url: str = "https://hooks.slack.invalid/commands/1",
) -> str:
    return urlencode(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "team_domain": "fake",
            "channel_id": channel_id,
            "channel_name": "directmessage",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": api_app_id,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": _trigger_id(),
        }
    )


# -- interactivity -------------------------------------------------------------------------------------


def block_actions_body(
    action_id: str,
    value: str = "",
    *,
    user_id: str = "U0USER",
    channel_id: str = "D0USER",
    message_ts: str = f"{1_700_000_000}.000001",
    block_id: str = "actions",
    text: str = "Button",
    action_type: str = "button",
    message_text: str = "",
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
) -> str:
    """A button press (or `action_type` element) on a message the bot posted at `message_ts`."""
    action: JSON = {
        "action_id": action_id,
        "block_id": block_id,
        "type": action_type,
        "action_ts": f"{int(time.time())}.000000",
    }
    if action_type == "button":
        action.update({"value": value, "text": {"type": "plain_text", "text": text, "emoji": True}})
    else:
        action["selected_option"] = {"text": {"type": "plain_text", "text": text}, "value": value}
    return _interactive(
        {
            **_envelope(team_id, api_app_id),
            "type": "block_actions",
            "user": _user(user_id, team_id),
            "container": {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel_id,
                "is_ephemeral": False,
            },
            "trigger_id": _trigger_id(),
            "channel": {"id": channel_id, "name": "directmessage"},
            "message": {
                "type": "message",
                "user": BOT_USER_ID,
                "bot_id": "B0BOT",
                "text": message_text,
                "ts": message_ts,
                "team": team_id,
            },
            "state": {"values": {}},
            "response_url": "https://hooks.slack.invalid/actions/1",
            "actions": [action],
        }
    )


def message_action_body(
    callback_id: str,
    *,
    user_id: str = "U0USER",
    channel_id: str = "C0GENERAL",
    message_text: str = "",
    message_user: str = "U0OTHER",
    message_ts: str = f"{1_700_000_000}.000002",
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
) -> str:
    """A message shortcut ("…" menu on a message) with `callback_id`."""
    return _interactive(
        {
            **_envelope(team_id, api_app_id),
            "type": "message_action",
            "callback_id": callback_id,
            "trigger_id": _trigger_id(),
            "action_ts": f"{int(time.time())}.000000",
            "user": _user(user_id, team_id),
            "channel": {"id": channel_id, "name": "general"},
            "message_ts": message_ts,
            "message": {"type": "message", "user": message_user, "text": message_text, "ts": message_ts},
            "response_url": "https://hooks.slack.invalid/actions/2",
        }
    )


def shortcut_body(
    callback_id: str, *, user_id: str = "U0USER", team_id: str = TEAM_ID, api_app_id: str = APP_ID
) -> str:
    """A global shortcut (lightning-bolt menu)."""
    return _interactive(
        {
            **_envelope(team_id, api_app_id),
            "type": "shortcut",
            "callback_id": callback_id,
            "trigger_id": _trigger_id(),
            "action_ts": f"{int(time.time())}.000000",
            "user": _user(user_id, team_id),
        }
    )


def text_input_values(values: dict[str, str]) -> JSON:
    """`state.values` for plain_text_inputs whose block_id and action_id are both the dict key."""
    return {key: {key: {"type": "plain_text_input", "value": value}} for key, value in values.items()}


def _view(
    callback_id: str, *, view_id: str, values: JSON, private_metadata: str, team_id: str, api_app_id: str
) -> JSON:
    return {
        "id": view_id,
        "team_id": team_id,
        "type": "modal",
        "callback_id": callback_id,
        "blocks": [],
        "private_metadata": private_metadata,
        "state": {"values": values},
        "hash": "1700000000.hash",
        "title": {"type": "plain_text", "text": "Rapport"},
        "root_view_id": view_id,
        "previous_view_id": None,
        "app_id": api_app_id,
        "external_id": "",
        "bot_id": "B0BOT",
    }


def view_submission_body(
    callback_id: str,
    values: JSON | None = None,
    *,
    user_id: str = "U0USER",
    private_metadata: str = "",
    view_id: str = "V0MODAL",
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
) -> str:
    """A modal submit; `values` is `state.values` ({block_id: {action_id: element state}})."""
    view = _view(
        callback_id,
        view_id=view_id,
        values=values or {},
        private_metadata=private_metadata,
        team_id=team_id,
        api_app_id=api_app_id,
    )
    return _interactive(
        {
            **_envelope(team_id, api_app_id),
            "type": "view_submission",
            "user": _user(user_id, team_id),
            "trigger_id": _trigger_id(),
            "view": view,
            "response_urls": [],
        }
    )


def block_suggestion_body(
    action_id: str,
    value: str,
    *,
    user_id: str = "U0USER",
    block_id: str = "contact",
    callback_id: str = "crm:modal",
    view_id: str = "V0MODAL",
    team_id: str = TEAM_ID,
    api_app_id: str = APP_ID,
) -> str:
    """An external_select asking for options while the user types `value` in a modal."""
    view = _view(callback_id, view_id=view_id, values={}, private_metadata="", team_id=team_id, api_app_id=api_app_id)
    return _interactive(
        {
            **_envelope(team_id, api_app_id),
            "type": "block_suggestion",
            "user": _user(user_id, team_id),
            "container": {"type": "view", "view_id": view_id},
            "action_id": action_id,
            "block_id": block_id,
            "value": value,
            "view": view,
        }
    )
