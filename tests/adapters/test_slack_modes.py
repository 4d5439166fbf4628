"""Which Slack mode runs, what start-up checks, and that the manifest names what the code listens for."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.settings import SlackSettings
from bot.adapters.slack import COMMAND, EVENTS_PATH, SlackAdapter
from bot.entry.runner import configured_adapters
from config.settings import SettingsError
from handlers.modal_log import GLOBAL_SHORTCUT, MESSAGE_SHORTCUT
from tests.adapters.slack_harness import slack_harness
from tests.fakes import FakeSlackAPI
from tests.support import make_app

MANIFEST = Path(__file__).resolve().parents[2] / "slack_manifest.yaml"


def test_app_token_selects_socket_mode_without_a_signing_secret(db_url: str) -> None:
    app, _ = make_app(db_url, slack_bot_token="xoxb-test", slack_app_token="xapp-test")
    try:
        [adapter] = configured_adapters(app)
        assert isinstance(adapter, SlackAdapter) and adapter.socket_mode
        assert str(adapter.client.base_url) == "https://slack.com/api/"
    finally:
        app.engine.dispose()


def test_http_mode_needs_the_signing_secret(db_url: str) -> None:
    app, _ = make_app(db_url, slack_bot_token="xoxb-test")
    try:
        with pytest.raises(SettingsError, match="CRM_SLACK_SIGNING_SECRET"):
            SlackSettings.from_config(app.settings)
    finally:
        app.engine.dispose()


async def test_http_mode_serves_bolt_on_the_configured_port(slack_api: FakeSlackAPI, db_url: str) -> None:
    async with slack_harness(slack_api, db_url, slack_team_id=None) as bot:
        assert bot.url.startswith("http://127.0.0.1:") and bot.url.endswith(EVENTS_PATH)
        assert bot.adapter.team_id == "T0FAKE"  # unset: the bot token's own workspace, from auth.test
        assert slack_api.calls_to("auth.test")


async def test_a_team_id_that_is_not_the_tokens_workspace_stops_start_up(slack_api: FakeSlackAPI, db_url: str) -> None:
    with pytest.raises(SettingsError, match="CRM_SLACK_TEAM_ID"):
        async with slack_harness(slack_api, db_url, slack_team_id="T0ELSEWHERE"):
            pass


def test_manifest_declares_what_the_adapter_listens_for() -> None:
    text = MANIFEST.read_text()
    for needed in (
        f"command: {COMMAND}",
        f"callback_id: {MESSAGE_SHORTCUT}",
        f"callback_id: {GLOBAL_SHORTCUT}",
        "- app_home_opened",
        "- app_mention",
        "- message.im",
        EVENTS_PATH,
        "home_tab_enabled: true",
    ):
        assert needed in text, needed
    assert "message_menu_options_url" in text  # the contact picker's options come from the bot
