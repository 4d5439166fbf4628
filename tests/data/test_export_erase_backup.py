"""Export -> erase -> export round trips, chat erasure with a confirmation, who-changed, and backup/restore."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from sqlmodel import Session, select

from bot.app import App
from reminders.clock import FrozenClock
from storage import models
from storage.backup import backup
from storage.privacy import service
from tests.data.helpers import count, member, run_import
from tests.support import T0, Chat, make_app


def _seed(app: App, tmp_path: Path) -> models.Staff:
    admin = member(app, "boss", "admin")
    people = tmp_path / "people.csv"
    people.write_text(
        "Name,Email,Phone,Company,Tags,Notes\n"
        "Maria Silva,maria@acme.pt,+351 912 345 678,Acme,vip,likes golf\n"
        "Ana Costa,ana@globex.pt,,Globex,,\n"
    )
    run_import(app, people, as_=admin)
    calls = tmp_path / "calls.csv"
    calls.write_text("Date,Email,Type,Summary\n2026-03-01,maria@acme.pt,call,Maria wants premium\n")
    run_import(app, calls, as_=admin)
    sales = tmp_path / "sales.csv"
    sales.write_text("Date,Email,Product,Amount\n2026-03-02,maria@acme.pt,Premium,€1200\n")
    run_import(app, sales, as_=admin)
    return admin


def test_export_erase_export_round_trip(any_db_url: str, tmp_path: Path) -> None:
    app, _ = make_app(any_db_url)
    admin = _seed(app, tmp_path)
    with app.services.session() as session:
        data, maria = service.export_person(session=session, staff=admin, ref="maria silva", now=T0)
    assert data["emails"] == ["maria@acme.pt"] and data["phones"] == ["+351912345678"]
    assert data["interactions"][0]["summary"] == "Maria wants premium"
    assert data["purchases"][0]["amount_minor"] == 120000 and data["purchases"][0]["product"] == "Premium"
    json.dumps(data)  # JSON-safe

    out = io.StringIO()
    with app.services.session() as session:
        assert service.export_contacts(session=session, staff=admin, out=out, fmt="csv", now=T0) == 2
    assert "maria@acme.pt" in out.getvalue()
    reimport = tmp_path / "export.csv"
    reimport.write_text(out.getvalue())
    again, _ = run_import(app, reimport, as_=admin)
    assert (again.created, again.updated) == (0, 0), "an export imports back as no change"

    with app.services.session() as session:
        name, counts = service.erase_person(session=session, staff=admin, ref=str(maria.id), anonymize=True, now=T0)
    assert name == "Maria Silva" and counts["purchases_kept"] == 1
    with app.services.session() as session:
        after, _ = service.export_person(session=session, staff=admin, ref=str(maria.id), now=T0)
    text = json.dumps(after, ensure_ascii=False)
    for secret in ("Maria", "maria@acme.pt", "912345678", "golf", "wants premium"):
        assert secret.lower() not in text.lower(), secret
    assert len(after["purchases"]) == 1 and len(after["interactions"]) == 1, "figures are kept"

    vcard = io.StringIO()
    with app.services.session() as session:
        service.export_contacts(session=session, staff=admin, out=vcard, fmt="vcard", now=T0)
    assert "Ana Costa" in vcard.getvalue() and "maria@acme.pt" not in vcard.getvalue()

    with app.services.session() as session:
        service.erase_person(session=session, staff=admin, ref="ana costa", anonymize=False, now=T0)
    assert count(app, models.Contact) == 1
    with Session(app.engine) as session:
        erase = session.exec(select(models.AuditLog).where(models.AuditLog.action == "erase")).one()
        assert "Ana" not in json.dumps(erase.detail)
        exports = session.exec(select(models.AuditLog).where(models.AuditLog.action == "export")).all()
        assert len(exports) == 4
    app.engine.dispose()


async def test_chat_erase_asks_first_and_who_changed(app: App, clock: FrozenClock) -> None:
    chat = Chat(app, clock, handle="boss")
    await chat.say("add Maria Silva, maria@acme.com, +351 912 345 678, works at Acme")
    first = await chat.say("who changed Maria Silva's phone?")
    assert first[0].text.startswith("Nobody changed Maria Silva's phone since Boss added the contact")
    clock.advance(days=1)
    await chat.say("change Maria Silva's phone to +351 913 333 444")
    answer = await chat.say("who changed Maria's phone?")
    assert answer[0].intent == "who_changed"
    assert answer[0].text == "Boss changed Maria Silva's phone today 10:40: +351912345678 → +351913333444."

    question = await chat.say("erase Maria Silva")
    assert "cannot be undone" in question[0].text
    assert (await chat.say("no"))[0].text.startswith("OK, cancelled")
    assert (await chat.say("Maria Silva?"))[0].cards
    await chat.say("anonymize Maria Silva")
    done = await chat.say("yes")
    assert done[0].text.startswith("Anonymized Maria Silva")
    assert (await chat.say("Maria Silva?"))[0].text.startswith("I couldn't find")


def test_backup_while_open_then_restore(db_url: str, tmp_path: Path) -> None:
    app, _ = make_app(db_url)
    _seed(app, tmp_path)
    with app.engine.connect() as busy:  # a reader holding a snapshot open does not stop the backup
        busy.exec_driver_sql("SELECT count(*) FROM contact").scalar()
        result = backup(app.engine, out=tmp_path / "snap" / "copy.db", now=T0)
    assert result.ok and result.path is not None
    with sqlite3.connect(result.path) as copy:
        names = sorted(row[0] for row in copy.execute("SELECT full_name FROM contact"))
        hits = copy.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH '\"silva\"'").fetchall()
    assert names == ["Ana Costa", "Maria Silva"] and len(hits) == 1
    restored, _ = make_app(f"sqlite:///{result.path}")
    with Session(restored.engine) as session:
        assert len(session.exec(select(models.Purchase)).all()) == 1
    assert not backup(app.engine, out=result.path, now=T0).ok, "never overwrites"
    restored.engine.dispose()
    app.engine.dispose()


def test_cli_import_json_last_line_and_backup(tmp_path: Path, capsys: object) -> None:
    import run_bot

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    people = tmp_path / "people.csv"
    people.write_text("Name,Email\nMaria Silva,maria@acme.pt\nBad,not-an-email\n")
    assert run_bot.main(["import", str(people), "--db", db, "--as", "boss", "--dry-run", "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()  # type: ignore[attr-defined]
    # A bad email costs the email, not the person: the row is imported with a warning, and it is the one row reported.
    assert [json.loads(line)["action"] for line in lines[:-1]] == ["created"]
    assert json.loads(lines[0])["reason"] == 'email dropped: "not-an-email" is not a valid email address'
    assert json.loads(lines[-1])["created"] == 2 and json.loads(lines[-1])["dry_run"] is True
    assert run_bot.main(["import", str(people), "--db", db, "--as", "boss", "--dry-run"]) == 0
    dry = capsys.readouterr().out.strip().splitlines()  # type: ignore[attr-defined]
    assert run_bot.main(["import", str(people), "--db", db, "--as", "boss"]) == 0
    real = capsys.readouterr().out.strip().splitlines()  # type: ignore[attr-defined]
    assert real[-1] == "created 2, updated 0, rejected 0, unchanged 0"
    assert dry[:-1] == real[:-1] and dry[-1] == "dry run, nothing written: would be " + real[-1]
    assert run_bot.main(["backup", "--db", db, "--out", str(tmp_path / "b.db")]) == 0
    assert "Backup written" in capsys.readouterr().out  # type: ignore[attr-defined]
    assert run_bot.main(["export", "--db", db, "--as", "boss", "--format", "vcard"]) == 0
    assert "FN:Maria Silva" in capsys.readouterr().out  # type: ignore[attr-defined]
