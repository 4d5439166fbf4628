"""Each platform adapter's own settings: the part of config.Settings it reads, checked once at construction.

An adapter is built from a dispatcher and one of these (``TelegramAdapter(dispatcher, TelegramSettings...)``),
so it sees no setting that is not its own, and a test can build one without the rest of the application.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import SecretStr

from config.settings import Settings, SettingsError


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    api_url: str
    default_language: str  # the command menu's and a stale button's language (no staff member is known)
    webhook_url: str | None = None  # unset: long polling
    webhook_secret: str | None = None  # unset with a webhook: a random one per start
    webhook_port: int = 8443
    admin_ids: tuple[int, ...] = ()  # user ids linked as admins at start-up

    @classmethod
    def from_config(cls, settings: Settings) -> TelegramSettings:
        token = _secret(settings.telegram_token)
        if token is None:
            raise SettingsError("CRM_TELEGRAM_TOKEN: needed for Telegram")
        return cls(
            token=token,
            api_url=settings.telegram_api_url,
            default_language=settings.default_language,
            webhook_url=settings.telegram_webhook_url,
            webhook_secret=_secret(settings.telegram_webhook_secret),
            webhook_port=settings.telegram_webhook_port,
            admin_ids=tuple(settings.telegram_admin_id_list),
        )


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    api_url: str
    port: int  # HTTP mode
    app_token: str | None = None  # set: Socket Mode
    signing_secret: str | None = None  # needed in HTTP mode
    team_id: str | None = None  # unset: the bot token's own workspace
    admin_ids: tuple[str, ...] = ()
    link_by_email: bool = False  # an unknown account is linked to the staff member with its verified e-mail

    @classmethod
    def from_config(cls, settings: Settings) -> SlackSettings:
        bot_token = _secret(settings.slack_bot_token)
        if bot_token is None:
            raise SettingsError("CRM_SLACK_BOT_TOKEN: needed for Slack")
        if settings.slack_app_token is None and settings.slack_signing_secret is None:
            raise SettingsError("CRM_SLACK_SIGNING_SECRET: needed in HTTP mode (or set CRM_SLACK_APP_TOKEN)")
        return cls(
            bot_token=bot_token,
            api_url=settings.slack_api_url,
            port=settings.slack_port,
            app_token=_secret(settings.slack_app_token),
            signing_secret=_secret(settings.slack_signing_secret),
            team_id=settings.slack_team_id,
            admin_ids=tuple(settings.slack_admin_id_list),
            link_by_email=settings.slack_link_by_email,
        )
