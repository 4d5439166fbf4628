"""The demo data set: loads once, with sensible counts, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import func, select

from storage import models
from storage.demo import load_demo
from storage.normalize import phone_e164
from tests.support import T0, make_app, sqlite_url


def test_demo_loads_once_with_sensible_counts(any_db_url: str) -> None:
    app, _ = make_app(any_db_url)
    try:
        summary = load_demo(app.services.session, now=T0)
        assert summary.startswith("3 staff, 27 organizations, 52 contacts, 5 products")
        assert summary.endswith("19 links, 10 facts")
        assert load_demo(app.services.session, now=T0) == ""
        with app.services.session() as s:

            def count(model: type) -> int:
                return s.exec(select(func.count()).select_from(model)).one()

            assert count(models.Contact) == 52
            assert count(models.Staff) == 3
            assert 300 < count(models.Interaction) < 1000
            assert 100 < count(models.Purchase) < 400
            assert count(models.Deal) == 15
            names = set(s.exec(select(models.Contact.full_name)))
            assert {"Maria Silva", "João Pereira", "Maria Santos", "Maria Rossi", "Ana Ferreira"} <= names
            phones = list(s.exec(select(models.ContactPhone.e164)))
            assert phones and all(phone_e164(p) == p for p in phones)
            leap = s.exec(
                select(models.Contact).where(models.Contact.birthday_month == 2, models.Contact.birthday_day == 29)
            ).one()
            assert leap.birthday_year == 1988
            today = s.exec(
                select(models.Contact.full_name).where(
                    models.Contact.birthday_month == T0.month, models.Contact.birthday_day == T0.day
                )
            ).all()
            assert today == ["Camila Rodrigues"]
            overdue = s.exec(
                select(func.count())
                .select_from(models.FollowUp)
                .where(models.FollowUp.status == "open", models.FollowUp.due_at < T0)
            ).one()
            assert overdue == 1
            currencies = set(s.exec(select(models.Purchase.currency).distinct()))
            assert currencies == {"EUR", "USD"}
    finally:
        app.engine.dispose()


def test_demo_is_deterministic(tmp_path: Path) -> None:
    totals = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        app, _ = make_app(sqlite_url(folder))
        load_demo(app.services.session, now=T0)
        with app.services.session() as s:
            revenue = s.exec(select(func.sum(models.Purchase.amount_minor))).one()
            touches = s.exec(select(func.count()).select_from(models.Interaction)).one()
            totals.append((revenue, touches))
        app.engine.dispose()
    assert totals[0] == totals[1]
