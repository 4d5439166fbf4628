"""Contract renewals: the owner of an organization is nudged CRM_RENEWAL_NOTICE_DAYS before its renews_on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import App
from reminders.clock import FrozenClock
from reminders.sweep import sweep
from storage.importer.run import ImportOptions, import_file
from storage.models import Organization, Staff
from tests.reminders.helpers import contact, due, interaction, staff, staff_row
from tests.support import Chat, make_app


@pytest.fixture
def store(any_db_url: str) -> Iterator[tuple[App, FrozenClock]]:
    app, clock = make_app(any_db_url)
    yield app, clock
    app.engine.dispose()


def _renews(app: App, name: str, on: date | None) -> None:
    with app.services.session() as session:
        org = session.exec(select(Organization).where(Organization.name == name)).one()
        org.renews_on = on
        session.add(org)


def _sweep(app: App, clock: FrozenClock) -> None:
    with app.services.session() as session:
        sweep(session=session, now=clock.now(), settings=app.settings)


def test_nudged_once_thirty_days_before(store: tuple[App, FrozenClock]) -> None:
    app, clock = store
    ana = staff(app, "ana")
    maria = contact(app, "Maria Silva", ana, org="Acme")
    contact(app, "Rui Costa", ana, org="Acme")
    interaction(app, maria, clock.now() - timedelta(days=3), summary="pricing questions")
    _renews(app, "Acme", date(2026, 4, 21))  # 40 days after Thursday 12 March
    assert due(app, kind="renewal") == []

    clock.advance(days=10)  # Sunday 22 March, 10:40: 30 days to go
    found = due(app, kind="renewal")
    assert [(c.owner_id, c.contact_id) for c in found] == [(ana, maria)]
    assert found[0].text == (
        "Renewal: Acme: the contract renews on Tue 21 Apr, in 30 days. Talk to Maria Silva: "
        "Last: call 9 Mar — pricing questions."
    )
    digest = next(c for c in due(app) if c.kind == "digest")
    assert "Also to follow: contract renewals 1." in digest.text
    _sweep(app, clock)
    assert [c.kind for c in due(app, kind="renewal")] == ["renewal"], "the same morning: today's own nudge"

    clock.advance(days=1)
    assert due(app, kind="renewal") == [], "once per renewal"
    _renews(app, "Acme", date(2026, 4, 10))  # moved: a new renewal, nudged the next morning
    clock.advance(days=1)
    assert [c.dedupe_key for c in due(app, kind="renewal")] == [f"renewal:{_org_id(app, 'Acme')}:2026-04-10"]


def _org_id(app: App, name: str) -> int:
    with app.services.session() as session:
        found = session.exec(select(Organization.id).where(Organization.name == name)).one()
        assert found is not None
        return found


def test_notice_days_owner_language_and_no_contact(any_db_url: str) -> None:
    app, clock = make_app(any_db_url, renewal_notice_days=7)
    try:
        ana = staff(app, "ana")
        with app.services.session() as session:
            member = session.get(Staff, ana)
            assert member is not None
            member.language = "pt"
            session.add(member)
            for name, owner, on in (("Globex", ana, date(2026, 3, 20)), ("Initech", None, date(2026, 3, 13))):
                org = Organization(name=name, name_key=name.lower(), owner_id=owner, renews_on=on)
                org.created_at = org.updated_at = clock.now()
                session.add(org)
        assert due(app, kind="renewal") == []
        clock.advance(days=1)
        found = due(app, kind="renewal")
        assert [(c.owner_id, c.contact_id, c.text) for c in found] == [
            (ana, None, "Renovação: Globex: o contrato renova a sex 20/03, daqui a 7 dias.")
        ]
    finally:
        app.engine.dispose()


CSV = """Name,Company,Email,Renewal
Maria Silva,Acme,maria@acme.example,01/03/2027
Rui Costa,Acme,rui@acme.example,01/03/2027
Ana Lima,Globex,ana@globex.example,2026-04-11
Tom Weber,Initech,tom@initech.example,next spring
"""


def test_the_renewal_column_of_a_contacts_file(store: tuple[App, FrozenClock], tmp_path: Path) -> None:
    app, clock = store
    staff(app, "ana")
    path = tmp_path / "accounts.csv"
    path.write_text(CSV, encoding="utf-8")
    report = import_file(app.engine, path, staff=staff_row(app, "ana"), now=clock.now(), options=ImportOptions())
    assert report.created == 4
    assert report.extra == {"renewals_set": 2, "renewals_kept": 0, "renewals_unread": 1}
    with app.services.session() as session:
        dates = {o.name: o.renews_on for o in session.exec(select(Organization))}
    assert dates == {"Acme": date(2027, 3, 1), "Globex": date(2026, 4, 11), "Initech": None}
    again = import_file(app.engine, path, staff=staff_row(app, "ana"), now=clock.now(), options=ImportOptions())
    assert again.extra["renewals_set"] == 0 and again.extra["renewals_kept"] == 2, "an import never overwrites"
    assert [c.kind for c in due(app, kind="renewal")] == ["renewal"]  # Globex, in 30 days


async def test_set_in_chat_then_nudged_then_snoozed(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    told = await chat.say("Acme renews on 20 April")
    assert told[0].intent == "update_contact" and told[0].entities["renews_on"] == "2026-04-20"
    assert told[0].text == "Acme: the contract renews on 20 Apr 2026. I'll remind Alice 30 days before."
    assert [n.reply.intent for n in await chat.sweep()] == [], "39 days to go"

    chat.clock.advance(days=9)  # Saturday 21 March, 10:40: this morning's digest is due, 30 days to go
    morning = await chat.sweep()
    assert [n.reply.intent for n in morning] == ["nudge.digest", "nudge.renewal"]
    assert "Also to follow: contract renewals 1." in morning[0].reply.text
    nudge = morning[1]
    assert nudge.reply.text == (
        "Renewal: Acme: the contract renews on Mon 20 Apr, in 30 days. Talk to Maria Silva: No interaction logged yet."
    )
    assert [b.action for b in nudge.reply.buttons][:3] == ["crm:nudge.done", "crm:nudge.snooze1d", "crm:nudge.snooze1w"]
    snoozed = await chat.click(nudge.button("crm:nudge.snooze1w"))
    assert snoozed[0].text == "Snoozed until Sat 28 Mar 10:40." and nudge.edited
    chat.clock.advance(days=1)
    assert [n.reply.intent for n in await chat.sweep()] == [], "once per renewal date, and snoozed"
    chat.clock.advance(days=6)
    assert [n.reply.intent for n in await chat.sweep()] == ["nudge.renewal"], "back after the snooze"


@pytest.mark.parametrize(
    "said",
    [
        "Acme's contract renews 2027-03-01",
        "o contrato da Acme renova a 1 de março",
        "el contrato de Acme se renueva el 1 de marzo",
        "le contrat d'Acme est renouvelé le 1er mars",
        "il contratto di Acme si rinnova il 1 marzo",
        "az Acme szerződése március 1-jén megújul",
    ],
)
async def test_set_in_six_languages(chat: Chat, said: str) -> None:
    await chat.say("add Maria Silva, works at Acme")
    told = await chat.say(said)
    assert told[0].entities["renews_on"] == "2027-03-01", told[0].text
    with chat.app.services.session() as session:
        assert session.exec(select(Organization.renews_on).where(Organization.name == "Acme")).one() == date(2027, 3, 1)
    assert (await chat.say("undo"))[0].text.startswith("Undone")
    with chat.app.services.session() as session:
        assert session.exec(select(Organization.renews_on).where(Organization.name == "Acme")).one() is None


async def test_an_unknown_company_or_a_past_date_writes_nothing(chat: Chat) -> None:
    assert (await chat.say("Zorglub renews on 1 March"))[0].text.startswith("I don't have a company called Zorglub.")
    await chat.say("add Maria Silva, works at Acme")
    past = (await chat.say("Acme renews on 2025-03-01"))[0].text
    assert past.startswith("1 Mar 2025 has passed"), past
