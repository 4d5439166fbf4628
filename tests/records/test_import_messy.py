"""Import as people's files really are: the messy 200-row export of another CRM keeps every row with a name; a bad
field costs the field (with a per-row warning), an unknown owner costs the assignment; a broken vCard is rejected by
itself with its line number; dry run and real run print the same report; never a traceback."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

import run_bot
from storage import models
from tests.data.helpers import count, member, run_import
from tests.support import make_app

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "messy_crm_export.csv"


@pytest.fixture
def store(any_db_url: str):  # type: ignore[no-untyped-def]
    app, _ = make_app(any_db_url)
    yield app
    app.engine.dispose()


def _named_rows() -> list[tuple[int, str]]:
    with FIXTURE.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        return [(reader.line_num, f"{r[0]} {r[1]}".strip()) for r in reader if any(r) and (r[0] or r[1])]


def test_the_messy_export_keeps_every_row_with_a_name(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = member(store, "boss", "admin")
    member(store, "ana", "rep")
    report, outcomes = run_import(store, FIXTURE, as_=admin, region=None)
    by_line = {o.line: o for o in outcomes}
    named = _named_rows()
    assert len(named) == 197 and report.rows == 200
    assert all(by_line[line].action != "rejected" for line, _ in named)
    assert report.rejected == 3 and all(o.reason.startswith("no name") for o in outcomes if o.action == "rejected")
    # One person was in the other CRM twice: one contact, and every other named row is a contact of its own.
    assert count(store, models.Contact) == 196
    with Session(store.engine) as session:
        phones = set(session.exec(select(models.ContactPhone.e164)))
        assert {"+31692531967", "+33696344816", "+447700571033"} <= phones
        # Unknown owners ("jsmith@oldcrm.example", "Former Employee") go to the importer; "ana" is ours.
        ana = session.exec(select(models.Staff).where(models.Staff.handle == "ana")).one()
        owners = set(session.exec(select(models.Contact.owner_id).distinct()))
        assert owners == {admin.id, ana.id}
        formula = session.exec(select(models.Contact).where(col(models.Contact.notes).like("=%"))).first()
        assert formula is None
    warned = [o for o in outcomes if o.warned]
    assert any('owner "Former Employee" is not a staff member' in o.reason for o in warned)
    assert any("birthday dropped" in o.reason for o in warned)
    assert any("email info@acme.example dropped: it belongs to another person" in o.reason for o in warned)


def test_owner_option_takes_the_unassigned_rows(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = member(store, "boss", "admin")
    ana = member(store, "ana", "rep")
    run_import(store, FIXTURE, as_=admin, region=None, owner="ana")
    with Session(store.engine) as session:
        assert set(session.exec(select(models.Contact.owner_id).distinct())) == {ana.id}


def test_a_broken_vcard_is_rejected_alone(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin = member(store, "boss", "admin")
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann One\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Bob\r\n"  # never terminated
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cat Three\r\nTEL:+351 912 345 678\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report, outcomes = run_import(store, path, as_=admin)
    assert [(o.line, o.action) for o in outcomes] == [(1, "created"), (5, "rejected"), (8, "created")]
    assert outcomes[1].reason == "the vCard at line 5 has no END:VCARD before the next card (line 8)"
    assert (report.created, report.rejected) == (2, 1)


def test_dry_run_and_real_run_print_the_same_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run_bot.main(["import", str(FIXTURE), "--db", db, "--as", "boss", "--dry-run"]) == 0
    dry = capsys.readouterr().out.strip().splitlines()
    assert run_bot.main(["import", str(FIXTURE), "--db", db, "--as", "boss"]) == 0
    real = capsys.readouterr().out.strip().splitlines()
    assert dry[:-1] == real[:-1] and len(real) > 100
    assert dry[-1] == "dry run, nothing written: would be " + real[-1]
    assert real[-1] == "created 196, updated 0, rejected 3, unchanged 1"


def test_a_file_that_cannot_be_read_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    path = tmp_path / "binary.csv"
    path.write_bytes(b"Name,Email\n\x00\x01\x02,\xff\xfe\n" * 3)
    code = run_bot.main(["import", str(path), "--db", db, "--as", "boss"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 0 or err.startswith("error:")
