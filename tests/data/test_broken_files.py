"""Structurally broken or hostile import files: every broken row is reported by its line and none becomes a
contact; what is imported is clean and within the same limits on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bot.app import App
from storage import models
from tests.data.helpers import member, run_import
from tests.support import make_app


@pytest.fixture
def store(any_db_url: str) -> Iterator[App]:
    app, _ = make_app(any_db_url)
    yield app
    app.engine.dispose()


def names(app: App) -> list[str]:
    with Session(app.engine) as session:
        return sorted(c.full_name for c in session.exec(select(models.Contact)))


def test_unbalanced_quote_and_truncated_row_are_reported_not_merged(store: App, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text(
        "name,company,email\n"
        "Ana Lopes,Acme,ana@acme.pt\n"
        'Bruno Reis,"Beta,bruno@beta.pt\n'  # the quote is never closed: it would swallow the next rows
        "Carla Mota,Gama,carla@gama.pt\n",
        encoding="utf-8",
    )
    cut = tmp_path / "cut.csv"
    cut.write_text("name,company,email\nAna Lopes,Acme,ana@acme.pt\nDiana Sá,Delta\n", encoding="utf-8")
    report, outcomes = run_import(store, path, as_=member(store, "boss", "admin"))
    cut_report, cut_outcomes = run_import(store, cut, as_=member(store, "boss", "admin"))

    rejected = {o.line: o.reason for o in outcomes if o.action == "rejected"}
    assert report.rejected == 1 and "cannot be read" in rejected[3]
    assert names(store) == ["Ana Lopes"]
    assert cut_report.rejected == 1
    [short] = [o for o in cut_outcomes if o.action == "rejected"]
    assert short.line == 3 and "2 of the 3 columns" in short.reason


def test_a_huge_cell_and_a_long_company_reject_their_row_only(store: App, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "name,company,notes\n"
        f"Ana Lopes,{'A' * 240},\n"
        f"Bruno Reis,Beta,{'x' * 200_000}\n"  # past the csv module's own 128 KiB limit
        "Carla Mota,Gama,\u202eevil note\n",
        encoding="utf-8",
    )
    report, outcomes = run_import(store, path, as_=member(store, "boss", "admin"))

    rejected = {o.line: o.reason for o in outcomes if o.action == "rejected"}
    assert "too long for the company: 240 characters, and the limit is 200" in rejected[2]
    assert "too long for the notes: 200000 characters, and the limit is 4000" in rejected[3]
    assert report.created == 1 and names(store) == ["Carla Mota"]
    with Session(store.engine) as session:
        [carla] = session.exec(select(models.Contact))
        assert carla.notes == "evil note"


def test_shift_jis_is_refused_instead_of_imported_as_mojibake(store: App, tmp_path: Path) -> None:
    path = tmp_path / "japan.csv"
    path.write_bytes("name,company\n山田太郎,株式会社テスト\n佐藤花子,東京商事\n".encode("shift_jis"))
    with pytest.raises(ValueError, match="not UTF-8"):
        run_import(store, path, as_=member(store, "boss", "admin"))
    assert names(store) == []


def test_a_damaged_byte_in_a_utf8_file_rejects_only_its_row(store: App, tmp_path: Path) -> None:
    path = tmp_path / "damaged.csv"
    path.write_bytes(
        "name,company\nJoão Costa,Acme\n".encode() + b"Ana \xff Lopes,Beta\n" + "Inês Faria,Gama\n".encode()
    )
    _report, outcomes = run_import(store, path, as_=member(store, "boss", "admin"))

    [bad] = [o for o in outcomes if o.action == "rejected"]
    assert bad.line == 3 and "not UTF-8" in bad.reason
    assert names(store) == ["Inês Faria", "João Costa"]
