"""The blind split (tests/nlu/blind/, written without seeing the rules, frozen before tuning), read through the
whole understanding against the demo store. Run with -s for the per-language table and every miss.

The floors are the figures measured when the split was frozen and the model first trained on the corpus,
so a change that makes understanding worse fails here; the issue's targets (intent 0.93, entities 0.88) are
above them and are reported, not yet reached.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from bot.nlu.train import demo_store
from tests.nlu.store_check import score_with_store

BLIND = Path(__file__).parent / "blind"
INTENT_FLOOR = 0.92
ENTITY_FLOOR = 0.77
RESOLUTION_FLOOR = 0.92


def _rows() -> list[dict]:
    rows = []
    for path in sorted(BLIND.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    with demo_store() as factory, factory() as s:
        yield s


def test_the_blind_split_is_the_frozen_one() -> None:
    for line in (BLIND / "FROZEN.sha256").read_text().splitlines():
        digest, name = line.split()
        path = BLIND / Path(name).name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path.name} changed after it was frozen"
    assert len(_rows()) >= 600


def test_blind_split_accuracy(session: Session) -> None:
    report = score_with_store(_rows(), session)
    print("\n" + report.table())
    print(f"\n{len(report.failures)} lines not fully right:\n" + "\n".join(report.failures))
    assert report.total(report.intent).rate >= INTENT_FLOOR
    assert report.total(report.entity).rate >= ENTITY_FLOOR
    assert report.total(report.resolution).rate >= RESOLUTION_FLOOR
    assert report.wrong_person == 0, "a write would land on a stored person other than the one meant"
