"""Network columns in a contacts CSV become links: title and department, introduced by, reports to, role."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlmodel import select

from bot.app import App
from reminders.clock import FrozenClock
from storage.importer.run import ImportOptions, import_file
from storage.models import Relationship, Staff
from tests.support import Chat

CSV = """Name,Company,Email,Job title,Department,Introduced by,Reports to,Role
Laura Becker,Zeta Corp,laura@zeta.example,CTO,Engineering,Élodie Laurent,,decision maker
Tom Weber,Zeta Corp,tom@zeta.example,Platform lead,Engineering,,Laura Becker,champion
"""


async def test_network_columns_are_imported_once_and_answered_in_chat(
    demo_app: tuple[App, FrozenClock], ana: Callable[[str], Chat], tmp_path: Path
) -> None:
    app, clock = demo_app
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    with app.services.session() as session:
        admin = session.exec(select(Staff).where(Staff.handle == "claire")).one()
    report = import_file(app.engine, path, staff=admin, now=clock.now(), options=ImportOptions())
    assert report.created == 2 and report.extra["links_created"] == 6, report.extra
    again = import_file(app.engine, path, staff=admin, now=clock.now(), options=ImportOptions())
    assert again.extra["links_created"] == 0
    with app.services.session() as session:
        assert {r.source for r in session.exec(select(Relationship).where(Relationship.source == "import"))} == {
            "import"
        }
    chat = ana("en")
    people = (await chat.say("who do we know at Zeta Corp?"))[0].text
    assert "Laura Becker — CTO, decision maker" in people and "Tom Weber — Platform lead, champion" in people, people
    assert "Élodie Laurent" in (await chat.say("who introduced us to Zeta Corp?"))[0].text
