"""The one logging setup: quiet chatty libraries and keep tokens out of the logs."""

from __future__ import annotations

import logging
import re

_TOKEN_PATTERNS = (
    re.compile(r"bot\d+:[A-Za-z0-9_-]{20,}"),  # Telegram tokens appear inside request URLs
    re.compile(r"xox[abposr]-[A-Za-z0-9-]+"),
    re.compile(r"xapp-[A-Za-z0-9-]+"),
)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def redact(text: str) -> str:
    for pattern in _TOKEN_PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


def setup_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram.ext", "slack_bolt", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
