"""``--soak`` runs the reliability suite at benchmark scale (minutes to hours) instead of the CI scale."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fakes import FakeSlackAPI, FakeTelegramAPI


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--soak", action="store_true", default=False, help="reliability suite at soak scale")


@pytest.fixture
def soak(request: pytest.FixtureRequest) -> bool:
    try:
        return bool(request.config.getoption("--soak"))
    except ValueError:  # the option is registered only when tests/reliability is named on the command line
        return False


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def slack_api() -> AsyncIterator[FakeSlackAPI]:
    async with FakeSlackAPI() as fake:
        yield fake
