"""Interactions and purchases from a spreadsheet: matched to contacts, touches moved, insight rollups kept exact."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from bot.app import App
from storage import contacts
from storage.analytics import rollups
from storage.models import Contact, ContactRevenue, Interaction, Purchase
from tests.data.helpers import member, run_import
from tests.support import T0


def _people(app: App) -> int:
    boss = member(app, "boss", "admin")
    with app.services.session() as session:
        contacts.create(session=session, full_name="Maria Silva", owner_id=boss.id, now=T0, emails=["maria@acme.pt"])
        contacts.create(session=session, full_name="Rui Costa", owner_id=boss.id, now=T0, emails=["rui@acme.pt"])
    assert boss.id is not None
    return boss.id


def test_interactions_and_purchases_from_csv(app: App, tmp_path: Path) -> None:
    _people(app)
    with app.services.session() as session:
        rollups.rebuild_rollups(session, now=T0)  # the nightly job has run once
    boss = member(app, "boss", "admin")
    calls = tmp_path / "calls.csv"
    calls.write_text(
        "Email;Type;Date;Summary\nmaria@acme.pt;call;2026-03-01;renewal talk\nnobody@x.org;call;2026-03-02;who?\n",
        encoding="utf-8",
    )
    report, rejected = run_import(app, calls, as_=boss)
    assert (report.kind, report.created, report.rejected) == ("interactions", 1, 1)
    [missing] = [o for o in rejected if o.action == "rejected"]
    assert missing.line == 3 and missing.reason

    sales = tmp_path / "sales.csv"
    sales.write_text(
        "Email,Product,Quantity,Amount,Currency,Date\n"
        'maria@acme.pt,Premium,2,"1,200.00",EUR,2026-03-05\n'
        "rui@acme.pt,Basic,1,99.90,EUR,2026-02-10\n",
        encoding="utf-8",
    )
    report, _ = run_import(app, sales, as_=boss)
    assert (report.kind, report.created, report.rejected) == ("purchases", 2, 0)
    again, _ = run_import(app, sales, as_=boss)
    assert again.created == 0, "re-running the same file changes nothing"

    with app.services.session() as session:
        maria = session.exec(select(Contact).where(Contact.full_name == "Maria Silva")).one()
        assert maria.last_touch_at is not None and maria.last_touch_at.date().isoformat() == "2026-03-05"
        assert len(session.exec(select(Interaction)).all()) == 1
        assert sorted(p.amount_minor for p in session.exec(select(Purchase))) == [9990, 120000]
        stored = {(r.contact_id, r.currency, r.revenue_minor) for r in session.exec(select(ContactRevenue))}
        rollups.rebuild_rollups(session, now=T0)
        fresh = {(r.contact_id, r.currency, r.revenue_minor) for r in session.exec(select(ContactRevenue))}
    assert stored == fresh and sum(r for _, _, r in stored) == 129990
