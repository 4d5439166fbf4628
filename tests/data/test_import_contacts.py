"""Importing contacts: messy CSVs, encodings, delimiters, vCards, dry runs and re-runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bot.app import App
from storage import models
from tests.data.helpers import count, member, run_import
from tests.support import make_app

MESSY = (
    "Nome;E-mail;Telemóvel;Empresa;Aniversário;Etiquetas;Responsável\n"
    "Maria Silva;maria@acme.pt;912 345 678;Acme;29/02/1988;vip, renewal;\n"
    "João Costa;joao@x.pt;12;Acme;;;\n"  # bad phone
    "Ana Lopes;;;;31/02/1990;;\n"  # impossible date
    ";;;;;;\n"  # blank line: skipped
    ";sem.nome@x.pt;;;;;\n"  # no name
    "Maria Silva;MARIA@acme.pt;+351 913 000 111;Acme;;new;\n"  # duplicate of line 2 by email
    "Pedro Dias;;+351 961 234 567;;--03-12;;bob\n"  # unknown owner
    "Rui Nunes;rui@@x;;;;;\n"  # bad email
    "Inês Faria;ines@faria.pt;N/A;Faria Lda;29 Feb;;\n"  # N/A is a blank; 29 Feb without a year is fine
    "Carla Mota;carla@mota.pt;;;1985-02-29;;\n"  # 29 February of a non-leap year
)


@pytest.fixture
def store(any_db_url: str) -> Iterator[App]:
    app, _ = make_app(any_db_url)
    yield app
    app.engine.dispose()


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_messy_latin1_semicolon_file(store: App, tmp_path: Path) -> None:
    admin = member(store, "boss", "admin")
    path = _write(tmp_path, "messy.csv", MESSY, "latin-1")
    report, outcomes = run_import(store, path, as_=admin)
    by_line = {o.line: o for o in outcomes}
    assert (report.encoding, report.delimiter) in (("cp1252", ";"), ("latin-1", ";"))
    assert by_line[2].action == "created"
    assert "not a valid phone number" in by_line[3].reason
    assert "31/02/1990" in by_line[4].reason
    assert by_line[6].reason == "no name"
    assert by_line[7].action == "updated" and "same person as line 2" in by_line[7].reason
    assert 'owner "bob"' in by_line[8].reason
    assert "not a valid email" in by_line[9].reason
    assert by_line[10].action == "created"
    assert "1985" in by_line[11].reason
    # Every row with a name is kept; what could not be read is dropped from it with a warning (issue 13).
    assert all(by_line[n].action == "created" and by_line[n].warned for n in (3, 4, 8, 9, 11))
    assert (report.created, report.updated, report.rejected) == (7, 1, 1)
    with Session(store.engine) as session:
        maria = session.exec(select(models.Contact).where(models.Contact.full_name == "Maria Silva")).one()
        assert (maria.birthday_month, maria.birthday_day, maria.birthday_year) == (2, 29, 1988)
        phones = set(session.exec(select(models.ContactPhone.e164).where(models.ContactPhone.contact_id == maria.id)))
        assert phones == {"+351912345678", "+351913000111"}
        tags = set(session.exec(select(models.ContactTag.tag).where(models.ContactTag.contact_id == maria.id)))
        assert tags == {"vip", "renewal", "new"}
        ines = session.exec(select(models.Contact).where(models.Contact.full_name == "Inês Faria")).one()
        assert (ines.birthday_month, ines.birthday_day, ines.birthday_year) == (2, 29, None)
        audit = session.exec(select(models.AuditLog).where(models.AuditLog.action == "import")).one()
        assert audit.detail and audit.detail["created"] == 7
        pedro = session.exec(select(models.Contact).where(models.Contact.full_name == "Pedro Dias")).one()
        assert pedro.owner_id == admin.id


def test_rerun_changes_nothing_and_dry_run_writes_nothing(store: App, tmp_path: Path) -> None:
    admin = member(store, "boss", "admin")
    path = _write(tmp_path, "messy.csv", MESSY, "latin-1")
    dry, outcomes = run_import(store, path, as_=admin, dry_run=True)
    assert count(store, models.Contact) == 0 and count(store, models.Organization) == 0
    assert count(store, models.AuditLog) == 0  # a dry run is not audited either
    assert (dry.created, dry.updated, dry.rejected) == (7, 1, 1)
    assert [o.action for o in outcomes][:2] == ["created", "created"]
    first, _ = run_import(store, path, as_=admin)
    assert (first.created, first.updated, first.rejected) == (dry.created, dry.updated, dry.rejected)
    contacts, emails = count(store, models.Contact), count(store, models.ContactEmail)
    again, _ = run_import(store, path, as_=admin)
    assert (again.created, again.updated) == (0, 0)
    assert again.unchanged == 8
    assert (count(store, models.Contact), count(store, models.ContactEmail)) == (contacts, emails)


def test_bom_comma_file_with_english_headers_and_name_company_match(store: App, tmp_path: Path) -> None:
    admin = member(store, "boss", "admin")
    text = (
        "First name,Last name,Email,Phone,Company,Date of birth,Owner\n"
        'Chen,Wei,chen@dragon.cn,"+86 138 0013 8000","Dragon Trade, Ltd",03/12/1979,boss\n'
        'Chen,Wei,,,"Dragon Trade, Ltd",,\n'  # same name and company: same person
        "Chen,Wei,,,Other Co,,\n"  # same name, another company: another person
    )
    path = _write(tmp_path, "bom.csv", text, "utf-8-sig")
    report, outcomes = run_import(store, path, as_=admin)
    assert report.encoding == "utf-8-sig"
    assert [o.action for o in outcomes] == ["created", "unchanged", "created"]
    assert "name and company" in outcomes[1].reason


def test_vcard_3_and_4(store: App, tmp_path: Path) -> None:
    admin = member(store, "boss", "admin")
    cards = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoltán Kovács\r\nN:Kovács;Zoltán;;;\r\nORG:Budapest Kft\r\n"
        "EMAIL;TYPE=INTERNET:zoltan@bp.hu\r\nTEL;TYPE=CELL:+36 30 123 4567\r\nBDAY:1980-05-17\r\n"
        "CATEGORIES:fair,vip\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Léa Dubois\r\nEMAIL:lea@dubois.fr\r\nTEL;VALUE=uri:tel:+33-6-12-34-56-78\r\n"
        "BDAY:--0229\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad Phone\r\nTEL:123\r\nEND:VCARD\r\n"
    )
    path = _write(tmp_path, "phone.vcf", cards)
    report, outcomes = run_import(store, path, as_=admin)
    assert report.file_format == "vcard"
    assert [o.action for o in outcomes] == ["created", "created", "created"]
    assert outcomes[2].warned and "phone dropped" in outcomes[2].reason
    with Session(store.engine) as session:
        lea = session.exec(select(models.Contact).where(models.Contact.full_name == "Léa Dubois")).one()
        assert (lea.birthday_month, lea.birthday_day) == (2, 29)
        assert session.exec(select(models.ContactPhone.e164).where(models.ContactPhone.contact_id == lea.id)).one() == (
            "+33612345678"
        )
    again, _ = run_import(store, path, as_=admin)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_rep_import_owns_rows_and_cannot_touch_other_teams(store: App, tmp_path: Path) -> None:
    ana = member(store, "ana", "rep", team="north")
    member(store, "bruno", "rep", team="south")
    attempt = _write(tmp_path, "north.csv", "Name,Email,Owner\nNorte Contact,norte@n.pt,bruno\n")
    _, outcomes = run_import(store, attempt, as_=ana)
    # An owner outside the importer's team costs the assignment, not the row: it is the importer's.
    assert outcomes[0].action == "created" and "outside your team" in outcomes[0].reason and outcomes[0].warned
    with Session(store.engine) as session:
        norte = session.exec(select(models.Contact).where(models.Contact.full_name == "Norte Contact")).one()
        assert norte.owner_id == ana.id
    first = _write(tmp_path, "south.csv", "Name,Email,Owner\nSul Lda Contact,sul@sul.pt,bruno\n")
    admin = member(store, "boss", "admin")
    run_import(store, first, as_=admin)
    mine = _write(
        tmp_path, "mine.csv", "Name,Email,Phone\nSul Lda Contact,sul@sul.pt,+351 912 000 001\nNew One,new@one.pt,\n"
    )
    _, outcomes = run_import(store, mine, as_=ana)
    assert outcomes[0].action == "rejected" and "outside your team" in outcomes[0].reason
    assert outcomes[1].action == "created"
    with Session(store.engine) as session:
        new = session.exec(select(models.Contact).where(models.Contact.full_name == "New One")).one()
        assert new.owner_id == ana.id


def test_ten_megabyte_file(db_url: str, tmp_path: Path) -> None:
    app, _ = make_app(db_url)
    admin = member(app, "boss", "admin")
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("Name,Email,Phone,Company,Birthday,Notes\n")
        i = 0
        while f.tell() < 10_000_000:
            bad = "31/02/1990" if i % 1000 == 0 else f"{1 + i % 28:02d}/{1 + i % 12:02d}/1980"
            f.write(f"Person {i},p{i}@example.com,+3519{'1236'[i % 4]}{i:07d},Company {i % 300},{bad},{'x' * 60}\n")
            i += 1
    report, _ = run_import(app, path, as_=admin, parallel=True, chunk_rows=5000)
    assert report.rows == i
    # An impossible birthday drops the birthday, never the person.
    assert report.rejected == 0
    assert report.created == i
    assert count(app, models.Contact) == report.created
    assert report.organizations_created == 300
    from storage import search

    with Session(app.engine) as session:  # the full-text index was filled in bulk
        found = search.find_contacts(session=session, query=f"Person {i - 1}")
        assert found and found[0].full_name == f"Person {i - 1}"
        trigger = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'contact_fts_ai'"
        assert session.connection().exec_driver_sql(trigger).scalar() == 1, "the per-row trigger is back"
    app.engine.dispose()
