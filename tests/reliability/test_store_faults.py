"""The store under pressure: three instances sweeping one database deliver each nudge once, concurrent writers
on SQLite never see "database is locked", and PostgreSQL connections cut mid-traffic (as by a server restart)
are reconnected without losing an acknowledged message. ``--soak`` runs them longer."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.app import App
from reminders.sweep import run_once
from storage import followups
from storage.models import Interaction, Nudge
from tests.reminders.helpers import RecordingSender, contact, staff
from tests.support import Chat, make_app


def _sweep_rounds(app: App, rounds: int, start: threading.Barrier) -> None:
    start.wait(timeout=60)
    for _ in range(rounds):
        asyncio.run(run_once(app))


def test_three_instances_sweeping_one_store_deliver_each_nudge_once(any_db_url: str, soak: bool) -> None:
    instances = [make_app(any_db_url) for _ in range(3)]
    first, clock = instances[0]
    senders = [RecordingSender() for _ in instances]
    for (app, _), sender in zip(instances, senders, strict=True):
        app.delivery.register(sender)
    owner = staff(first, "alice")
    people = 60 if soak else 15
    for n in range(people):
        cid = contact(first, f"Person {n}", owner, birthday=(3, 12, 1980 + n % 30))
        with first.services.session() as session:
            followups.schedule(
                session=session,
                owner_id=owner,
                due_at=clock.now() - timedelta(minutes=n),
                text=f"task {n}",
                now=clock.now(),
                contact_id=cid,
            )
    rounds = 1000 if soak else 5
    barrier = threading.Barrier(3)
    threads = [threading.Thread(target=_sweep_rounds, args=(app, rounds, barrier)) for app, _ in instances]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    delivered = [reply.nudge_id for sender in senders for _, reply in sender.sent]
    with first.services.session() as session:
        rows = session.exec(select(Nudge)).all()
    print(
        f"\n3 instances x {rounds} sweeps: {len(delivered)} nudges delivered, {len(delivered) - len(set(delivered))} duplicates"
    )
    assert len(delivered) == len(set(delivered)) == len(rows) >= people
    for app, _ in instances:
        app.engine.dispose()


def _write(app: App, handle: str, count: int, start: threading.Barrier, failures: list[BaseException]) -> None:
    chat = Chat(app, app.services.clock, handle=handle)  # type: ignore[arg-type]
    start.wait(timeout=60)
    try:
        for n in range(count):
            replies = asyncio.run(chat.say(f"add {handle.capitalize()} Contact{n:03d}"))
            if "went wrong" in replies[0].text:
                raise AssertionError(replies[0].text)
    except BaseException as exc:  # collected for the main thread
        failures.append(exc)


def test_concurrent_writers_on_sqlite_never_see_database_is_locked(db_url: str, soak: bool) -> None:
    writers = [make_app(db_url)[0] for _ in range(4)]
    count = 200 if soak else 15
    barrier = threading.Barrier(len(writers))
    failures: list[BaseException] = []
    threads = [
        threading.Thread(target=_write, args=(app, f"writer{n}", count, barrier, failures))
        for n, app in enumerate(writers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    with writers[0].services.session() as session:
        from storage.models import Contact

        assert len(session.exec(select(Contact)).all()) == count * len(writers)
    for app in writers:
        app.engine.dispose()


async def test_postgres_connections_cut_mid_traffic_lose_nothing(any_db_url: str) -> None:
    if not any_db_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL fault")
    app, clock = make_app(any_db_url)
    talk = Chat(app, clock)
    await talk.say("add Maria Silva")
    database = app.engine.url.database
    stored = []
    for n in range(6):
        if n % 2:
            # What a server restart does to the pool: every connection of this database dropped under it.
            admin = make_app(any_db_url)[0]
            with admin.engine.connect() as connection:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db AND pid <> pg_backend_pid()"
                    ),
                    {"db": database},
                )
                connection.commit()
            admin.engine.dispose()
        [reply] = await talk.say(f"call with Maria Silva about point {n}", message_id=f"m{n}")
        stored.append(reply.text)

    with app.services.session() as session:
        assert len(session.exec(select(Interaction)).all()) == 6
    assert all(text.startswith("Logged call with Maria Silva") for text in stored)
    app.engine.dispose()
