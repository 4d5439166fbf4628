"""Fixtures for adapter tests: one fresh fake platform server per test, on a free loopback port."""

from collections.abc import AsyncIterator

import pytest

from tests.fakes import FakeSlackAPI, FakeTelegramAPI


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def slack_api() -> AsyncIterator[FakeSlackAPI]:
    async with FakeSlackAPI() as fake:
        yield fake
