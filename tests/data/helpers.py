"""Shared helpers for the data tests: staff in teams, running an import on a store."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, func, select

from bot.app import App
from storage import models
from storage import staff as staff_repo
from storage.importer.report import ImportReport, Outcome
from storage.importer.run import ImportOptions, import_file
from tests.support import T0


def member(app: App, handle: str, role: str = "rep", team: str | None = None) -> models.Staff:
    with app.services.session() as session:
        found = staff_repo.by_handle(session=session, handle=handle)
        if found is None:
            found = staff_repo.create(
                session=session, handle=handle, display_name=handle.capitalize(), role=role, now=T0
            )
        if team is not None:
            row = session.exec(select(models.Team).where(models.Team.name == team)).first()
            if row is None:
                row = models.Team(name=team)
                session.add(row)
                session.flush()
            found.team_id = row.id
            session.add(found)
        return found


def run_import(app: App, path: Path, *, as_: models.Staff, **options: object) -> tuple[ImportReport, list[Outcome]]:
    outcomes: list[Outcome] = []
    opts = ImportOptions(**({"region": "PT", "parallel": False} | options))  # type: ignore[arg-type]
    report = import_file(app.engine, path, staff=as_, now=T0, options=opts, on_outcome=outcomes.append, want_all=True)
    return report, outcomes


def count(app: App, table: type) -> int:
    with Session(app.engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()
