"""The name search's recency shortcuts (storage/search_recent.py) give the full query's answer, on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from storage import search_recent
from storage.db import make_engine, session_factory
from tests.support import T0, sqlite_url

FULL = (
    "SELECT c.id FROM contact c WHERE c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q) "
    "ORDER BY c.last_touch_at IS NULL, c.last_touch_at DESC LIMIT :n"
)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """A store where "silva" is common (900 of 1,000 contacts, every tenth never touched), "rossi" rare and
    "d_ias" holds an underscore, which LIKE must not read as a wildcard. Last touches are all different (a
    permutation of minutes), so the cut at the limit is never between two contacts touched at once."""
    engine = make_engine(sqlite_url(tmp_path))
    with session_factory(engine)() as s:
        rows = []
        for n in range(1000):
            surname = "silva" if n % 10 else ("rossi" if n % 20 else "d_ias")
            touched = None if n % 10 == 1 else (T0 - timedelta(minutes=n * 7919 % 1000)).isoformat(" ")
            rows.append({"name": f"Ana {surname} {n}", "key": f"ana {surname} {n}", "touched": touched})
        s.connection().execute(
            text(
                "INSERT INTO contact (full_name, search_key, stage, last_touch_at, created_at, updated_at) "
                "VALUES (:name, :key, 'customer', :touched, '2026-01-01', '2026-01-01')"
            ),
            rows,
        )
        yield s
    engine.dispose()


def _full(session: Session, words: list[list[str]], limit: int) -> set[int]:
    query = search_recent.match_text(words)
    return set(session.connection().execute(text(FULL), {"q": query, "n": limit}).scalars())


@pytest.mark.parametrize(
    "words",
    [
        [["silva"]],  # common: walked down the recency index
        [["silva"], ["ana"]],
        [["slvia", "silva", "sliva"]],  # a typo's variants
        [["rossi"]],  # rare: the fetched matches are the answer
        [["d_ias"]],
        [["dxias"]],  # the underscore is not a wildcard
        [["zzz"]],
    ],
)
def test_every_path_gives_the_full_querys_answer(session: Session, words: list[list[str]]) -> None:
    for limit in (5, 200, 850):
        found = search_recent.recent_matches(session, words, limit=limit, where="", params={}, owned="")
        assert set(found) == _full(session, words, limit), (words, limit)


def test_a_walk_that_comes_up_short_falls_back_to_the_full_query(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """810 touched "silva": a limit of 850 cannot be met by the walk, which sees only touched contacts."""
    monkeypatch.setattr(search_recent, "WALK_FACTOR", 0)  # walk whatever the store's size
    found = search_recent.recent_matches(session, [["silva"]], limit=850, where="", params={}, owned="")
    assert len(found) == 850
    assert set(found) == _full(session, [["silva"]], 850)


def test_the_walk_is_taken_for_a_common_word(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[int] = []
    real_walk = search_recent._walk

    def counting_walk(s: Session, words: list[list[str]], limit: int) -> list[int]:
        walked.append(limit)
        return real_walk(s, words, limit)

    monkeypatch.setattr(search_recent, "_walk", counting_walk)
    search_recent.recent_matches(session, [["silva"]], limit=200, where="", params={}, owned="")
    search_recent.recent_matches(session, [["rossi"]], limit=200, where="", params={}, owned="")
    assert walked == [200]


def test_more_matches_than_fetched_and_too_few_to_walk_take_the_full_query(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_recent, "FETCH", 100)
    monkeypatch.setattr(search_recent, "WALK_FACTOR", 10**9)
    found = search_recent.recent_matches(session, [["silva"]], limit=200, where="", params={}, owned="")
    assert set(found) == _full(session, [["silva"]], 200)
