"""Typed settings, read from the environment (prefix ``CRM_``) and an optional ``.env`` file.

Built by :func:`get_settings`, never at import, so tests and the command line can pass overrides.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from config.languages import LANGUAGES
from config.policies import parse_policies

DATA_DIR = Path("data")
DEFAULT_DB_URL = f"sqlite:///{DATA_DIR / 'rapport.db'}"
_PLACEHOLDERS = {"changeme", "change-me", "your-token-here", "xxx", "todo", "placeholder"}


class SettingsError(Exception):
    """A setting is missing or invalid; the message names the variable in one line."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CRM_", env_file=".env", extra="ignore")

    database_url: str = DEFAULT_DB_URL
    default_timezone: str = "UTC"
    default_language: str = "en"
    currency: str = "EUR"
    # The company's country (ISO code): whose public holidays are read by name ("after Dia da Liberdade").
    # Unset, each sender's time zone gives the country.
    country: str | None = None
    max_message_chars: int = Field(default=4000, ge=1, le=100_000)
    # Files sent in chat for import (Telegram bots cannot download more than 20 MB anyway).
    max_upload_mb: int = Field(default=20, ge=1, le=1000)

    # Console user and bootstrap admin: created as a local admin on first use of a fresh store.
    bootstrap_admin: str | None = None

    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_webhook_port: int = 8443
    telegram_admin_ids: str = ""

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    slack_port: int = 3000
    slack_team_id: str | None = None
    slack_admin_ids: str = ""
    slack_link_by_email: bool = False

    # Nudge thresholds (the reminders read these).
    birthday_hour: int = Field(default=9, ge=0, le=23)
    birthday_days_ahead: int = Field(default=0, ge=0, le=30)
    digest_time: str = "08:30"
    at_risk_factor: float = Field(default=2.0, gt=1.0)
    at_risk_floor_days: int = Field(default=21, ge=1)
    quiet_hours: str = "21:00-08:00"
    catch_up_hours: int = Field(default=24, ge=1)
    sweep_interval_seconds: int = Field(default=60, ge=5)
    # A claimed nudge whose delivery is not recorded within this time (the instance died mid-send) is sent
    # again by whichever instance is alive, marked "(resent)". Longer than any send, rate-limit waits included.
    nudge_lease_seconds: int = Field(default=300, ge=10)
    # Daily kinds (at_risk, cross_sell, stay_in_touch): at most this many single nudges per owner per day.
    nudges_per_kind: int = Field(default=5, ge=1, le=100)
    digest_enabled: bool = True
    digest_top_at_risk: int = Field(default=3, ge=0, le=20)
    # "selector=ideal/max" in days, comma-separated; selector is tier:X, tag:X or org:KIND. Strictest wins.
    stay_in_touch_policies: str = "tier:key=30/45,org:partner=90/120"
    # Cross-sell rules, one set for the chat's answer and the nudge (storage/analytics/cross_sell.py: Thresholds).
    cross_sell_min_customers: int = Field(default=3, ge=1)
    cross_sell_min_support: float = Field(default=0.01, gt=0, le=1)
    cross_sell_min_confidence: float = Field(default=0.5, gt=0, le=1)
    cross_sell_min_lift: float = Field(default=1.2, gt=0)
    cross_sell_max_rules: int = Field(default=5, ge=1, le=50)
    cross_sell_cooldown_days: int = Field(default=90, ge=1)
    # An organization's contract renewal (Organization.renews_on): its owner is nudged this many days before.
    renewal_notice_days: int = Field(default=30, ge=0, le=365)

    # Insights (docs/insights.md defines every figure).
    stage_probabilities: str = "qualification:0.1,proposal:0.3,negotiation:0.6,won:1,lost:0"
    stage_idle_days: str = "qualification:14,proposal:21,negotiation:30"
    churn_window_days: int = Field(default=180, ge=7)
    charts: bool = True
    chart_dir: str | None = None  # default: a private (0700) folder per process under the temp dir

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name like Europe/Lisbon)") from exc
        return value

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        value = value.lower()
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r} (one of {', '.join(LANGUAGES)})")
        return value

    @field_validator("currency")
    @classmethod
    def _currency_code(cls, value: str) -> str:
        if len(value) != 3 or not value.isalpha():
            raise ValueError("must be an ISO 4217 code such as EUR")
        return value.upper()

    @field_validator("telegram_token", "slack_bot_token", "slack_app_token", "slack_signing_secret")
    @classmethod
    def _no_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            raw = value.get_secret_value().strip()
            if not raw:
                return None
            if raw.lower() in _PLACEHOLDERS:
                raise ValueError("is a placeholder, not a real token")
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_range(cls, value: str) -> str:
        if not value.strip():
            return ""
        start, _, end = value.partition("-")
        for part in (start, end):
            hours, _, minutes = part.strip().partition(":")
            if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
                raise ValueError('must be "HH:MM-HH:MM" (e.g. 21:00-08:00) or empty for none')
        return value.replace(" ", "")

    @field_validator("stay_in_touch_policies")
    @classmethod
    def _policies(cls, value: str) -> str:
        parse_policies(value)
        return value

    @field_validator("digest_time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        hours, _, minutes = value.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            raise ValueError("must be HH:MM")
        return value

    @field_validator("database_url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        if "://" not in value:
            raise ValueError("must be a URL such as sqlite:///data/rapport.db or postgresql+psycopg://...")
        # A bare postgres URL would pick psycopg2, which we do not ship.
        for prefix in ("postgresql://", "postgres://"):
            if value.startswith(prefix):
                return "postgresql+psycopg://" + value[len(prefix) :]
        return value

    @field_validator("stage_probabilities", "stage_idle_days")
    @classmethod
    def _stage_map(cls, value: str) -> str:
        parse_stage_map(value)
        return value

    @cached_property
    def stage_probability_map(self) -> dict[str, float]:
        return parse_stage_map(self.stage_probabilities)

    @cached_property
    def stage_idle_day_map(self) -> dict[str, float]:
        return parse_stage_map(self.stage_idle_days)

    @cached_property
    def telegram_admin_id_list(self) -> list[int]:
        return [int(part) for part in self.telegram_admin_ids.replace(" ", "").split(",") if part]

    @cached_property
    def slack_admin_id_list(self) -> list[str]:
        return [part.strip() for part in self.slack_admin_ids.split(",") if part.strip()]

    @field_validator("telegram_admin_ids")
    @classmethod
    def _numeric_ids(cls, value: str) -> str:
        for part in value.replace(" ", "").split(","):
            if part and not part.lstrip("-").isdigit():
                raise ValueError("must be comma-separated numeric Telegram user ids (usernames are not trusted)")
        return value


def parse_stage_map(text: str) -> dict[str, float]:
    """ "proposal:0.3,negotiation:0.6" -> {"proposal": 0.3, "negotiation": 0.6}; raises ValueError when malformed."""
    out: dict[str, float] = {}
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        stage, sep, number = part.partition(":")
        try:
            out[stage.lower()] = float(number)
        except ValueError:
            raise ValueError(f"bad entry {part!r}: use stage:number pairs like proposal:0.3") from None
        if not sep or out[stage.lower()] < 0:
            raise ValueError(f"bad entry {part!r}: use stage:number pairs like proposal:0.3")
    return out


def get_settings(**overrides: object) -> Settings:
    """Build the settings, turning a validation failure into one line that names the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        message = first["msg"].removeprefix("Value error, ")
        raise SettingsError(f"CRM_{field.upper()}: {message}") from None
