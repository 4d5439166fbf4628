"""The blind split (tests/nlu/blind/, written without seeing the rules, frozen before tuning), read through the
whole understanding against the demo store. Run with -s for the per-language table and every miss.

The first split's floors are the issue's targets (intent 0.93, entities 0.88), reached on 2026-12-03; the later
splits' floors sit just under their figures of the last session that measured them, so a change that makes
understanding worse fails here.
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
# A second split, written in a later session by another helper who saw only the intents, the entity keys and the
# demo store; frozen and measured before any change was made with it in view. Its floors are those first figures.
BLIND2 = Path(__file__).parent / "blind2"
BLIND2_FLOORS = (0.93, 0.87, 0.95)  # intent, entities, resolution (raised 2026-12-03, session 9)
# A third, written and frozen after the dev-split tuning of 2026-12-03 (tests/nlu/blind3/README.md).
BLIND3 = Path(__file__).parent / "blind3"
BLIND3_FLOORS = (0.95, 0.90, 0.92)
# A fourth, frozen before the second dev split's tuning (tests/nlu/blind4/README.md).
BLIND4 = Path(__file__).parent / "blind4"
BLIND4_FLOORS = (0.93, 0.87, 0.92)
INTENT_FLOOR = 0.93
ENTITY_FLOOR = 0.88
RESOLUTION_FLOOR = 0.93


def _rows(folder: Path = BLIND) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    with demo_store() as factory, factory() as s:
        yield s


@pytest.mark.parametrize("folder", [BLIND, BLIND2, BLIND3, BLIND4], ids=["blind", "blind2", "blind3", "blind4"])
def test_the_blind_splits_are_the_frozen_ones(folder: Path) -> None:
    for line in (folder / "FROZEN.sha256").read_text().splitlines():
        digest, name = line.split()
        path = folder / Path(name).name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path.name} changed after it was frozen"
    assert len(_rows(folder)) >= 450


def test_blind_split_accuracy(session: Session) -> None:
    report = score_with_store(_rows(), session)
    print("\n" + report.table())
    print(f"\n{len(report.failures)} lines not fully right:\n" + "\n".join(report.failures))
    assert report.total(report.intent).rate >= INTENT_FLOOR
    assert report.total(report.entity).rate >= ENTITY_FLOOR
    assert report.total(report.resolution).rate >= RESOLUTION_FLOOR
    assert report.wrong_person == 0, "a write would land on a stored person other than the one meant"


@pytest.mark.parametrize(
    ("folder", "floors"),
    [(BLIND2, BLIND2_FLOORS), (BLIND3, BLIND3_FLOORS), (BLIND4, BLIND4_FLOORS)],
    ids=["2", "3", "4"],
)
def test_later_blind_split_accuracy(session: Session, folder: Path, floors: tuple[float, float, float]) -> None:
    report = score_with_store(_rows(folder), session)
    print("\n" + report.table())
    intent, entities, resolution = floors
    assert report.total(report.intent).rate >= intent
    assert report.total(report.entity).rate >= entities
    assert report.total(report.resolution).rate >= resolution
    assert report.wrong_person == 0, "a write would land on a stored person other than the one meant"
