"""Birthday rule: the owner's morning in their own zone, DST, 29 February, age, days ahead."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.reminders.helpers import contact, due, staff
from tests.support import make_app


def test_morning_in_the_owners_time_zone(db_url: str) -> None:
    app, _ = make_app(db_url)  # 12 Mar 2026 10:40 UTC
    shanghai = staff(app, "li", tz="Asia/Shanghai")
    new_york = staff(app, "bob", tz="America/New_York")
    contact(app, "Wang Fang", shanghai, birthday=(3, 12, 1986), org="Dragon Trade")
    contact(app, "Mary Smith", new_york, birthday=(3, 12, None))

    found = due(app, kind="birthday")
    assert [c.text.split(".")[0] for c in found] == ["Birthday: Wang Fang (Dragon Trade) turns 40 today"]
    assert found[0].due_at == datetime(2026, 3, 12, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    assert "No purchases yet." in found[0].text and "No interaction logged yet." in found[0].text

    # New York's 09:00 (EDT since 8 March) is 13:00 UTC: nothing before, Mary (no year: no age) after.
    before = due(app, datetime(2026, 3, 12, 12, 59, tzinfo=UTC), "birthday")
    assert not any("Mary" in c.text for c in before)
    later = due(app, datetime(2026, 3, 12, 13, 0, tzinfo=UTC), "birthday")
    assert any(c.text.startswith("Birthday: Mary Smith has a birthday today") for c in later)
    app.engine.dispose()


def test_dst_change_moves_the_utc_instant(db_url: str) -> None:
    app, _ = make_app(db_url, now=datetime(2026, 3, 29, 7, 59, tzinfo=UTC))
    lisbon = staff(app, "ana", tz="Europe/Lisbon")
    contact(app, "Rui Costa", lisbon, birthday=(3, 29, 1990))
    # Summer time began at 01:00 UTC that day: 09:00 in Lisbon is 08:00 UTC, not 09:00.
    assert due(app, kind="birthday") == []
    found = due(app, datetime(2026, 3, 29, 8, 0, tzinfo=UTC), "birthday")
    assert len(found) == 1 and found[0].due_at == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    assert "turns 36 today" in found[0].text
    app.engine.dispose()


def test_29_february_on_28_february_in_other_years(tmp_path: Path) -> None:
    from tests.support import sqlite_url

    app, _ = make_app(sqlite_url(tmp_path), now=datetime(2027, 2, 28, 9, 30, tzinfo=UTC))
    owner = staff(app, "ana")
    contact(app, "Leap Person", owner, birthday=(2, 29, 1988))
    assert ["turns 39 today" in c.text for c in due(app, kind="birthday")] == [True]
    assert due(app, datetime(2027, 3, 1, 9, 30, tzinfo=UTC), "birthday") == []
    # In a leap year the day itself, not the 28th.
    assert due(app, datetime(2028, 2, 28, 9, 30, tzinfo=UTC), "birthday") == []
    assert ["turns 40 today" in c.text for c in due(app, datetime(2028, 2, 29, 9, 30, tzinfo=UTC), "birthday")] == [
        True
    ]
    app.engine.dispose()


def test_days_ahead(db_url: str) -> None:
    app, _ = make_app(db_url, now=datetime(2026, 3, 9, 9, 0, tzinfo=UTC), birthday_days_ahead=3)
    owner = staff(app, "ana")
    contact(app, "Maria Silva", owner, birthday=(3, 12, 1986))
    found = due(app, kind="birthday")
    assert len(found) == 1
    assert "Maria Silva turns 40 on Thu 12 Mar" in found[0].text
    assert found[0].dedupe_key.endswith("2026-03-12")
    app.engine.dispose()
