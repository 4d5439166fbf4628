"""Local fake platform servers: the real PTB / slack_sdk / Bolt clients talk to them over HTTP."""

from tests.fakes._server import RecordedCall, UploadedFile, serve_local
from tests.fakes.slack_api import FakeSlackAPI
from tests.fakes.telegram_api import FakeTelegramAPI

__all__ = ["FakeSlackAPI", "FakeTelegramAPI", "RecordedCall", "UploadedFile", "serve_local"]
