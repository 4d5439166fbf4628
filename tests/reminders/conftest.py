from __future__ import annotations

import pytest

from bot.app import App
from tests.reminders.helpers import RecordingSender


@pytest.fixture
def sender(app: App) -> RecordingSender:
    recording = RecordingSender()
    app.delivery.register(recording)
    return recording
