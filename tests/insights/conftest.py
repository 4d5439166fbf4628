"""The hand-made data set (tests/insights/dataset.py) on either backend; modules that need it rebuilt or
rearranged define their own ``data``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import Session

from storage.db import make_engine, session_factory
from tests.insights.dataset import build


@pytest.fixture
def data(any_db_url: str) -> Iterator[tuple[Session, dict[str, int]]]:
    engine = make_engine(any_db_url)
    with session_factory(engine)() as session:
        yield session, build(session)
    engine.dispose()
