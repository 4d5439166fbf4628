"""A store of N generated contacts (SQLAlchemy Core executemany on SQLite; the FTS triggers fill contact_fts)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from storage.db import make_engine
from storage.migrate import upgrade
from storage.models import Contact, Organization
from storage.normalize import search_key

FIRST = [
    "Maria",
    "Ana",
    "João",
    "José",
    "Pedro",
    "Paulo",
    "Rui",
    "Tiago",
    "Inês",
    "Sofia",
    "Beatriz",
    "Carla",
    "Marta",
    "Joana",
    "Francisco",
    "Miguel",
    "Luís",
    "Carlos",
    "Lucía",
    "Javier",
    "Elena",
    "Pablo",
    "Andrés",
    "Dolores",
    "Carmen",
    "Marc",
    "Jean",
    "Claire",
    "Sophie",
    "Hugo",
    "Mathilde",
    "Julien",
    "Luc",
    "Giulia",
    "Marco",
    "Luca",
    "Chiara",
    "Matteo",
    "Francesca",
    "Giuseppe",
    "Alessandro",
    "Sara",
    "Péter",
    "Anna",
    "Zsófia",
    "Gábor",
    "Éva",
    "László",
    "Robert",
    "William",
    "Elizabeth",
    "James",
    "Michael",
    "Sarah",
    "Emma",
    "Olivia",
    "Noah",
    "Liam",
    "Chen",
    "Wei",
    "Priya",
    "Raj",
    "Aisha",
    "Fatima",
    "Ahmed",
    "Kofi",
    "Olga",
    "Ivan",
    "Hans",
    "Ingrid",
    "Sven",
    "Yuki",
    "Hiroshi",
    "Mei",
    "Li",
    "Omar",
    "Layla",
    "Nora",
    "Zoe",
    "Kim",
    "Dana",
    "Kevin",
    "Angela",
    "Oscar",
    "Pam",
    "Jim",
    "Dwight",
]
LAST = [
    "Silva",
    "Santos",
    "Costa",
    "Pereira",
    "Oliveira",
    "Rodrigues",
    "Ferreira",
    "Alves",
    "Martins",
    "Gomes",
    "Lopes",
    "Mendes",
    "Ribeiro",
    "Carvalho",
    "García",
    "Fernández",
    "González",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Lambert",
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Ricci",
    "Conti",
    "Kovács",
    "Nagy",
    "Tóth",
    "Szabó",
    "Horváth",
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Wilson",
    "Davies",
    "Evans",
    "Thomas",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Wang",
    "Zhang",
    "Liu",
    "Patel",
    "Shah",
    "Khan",
    "Okafor",
    "Mensah",
    "Petrov",
    "Ivanova",
    "Tanaka",
    "Sato",
    "Nguyen",
    "Kim",
    "Park",
    "Andersson",
    "Nielsen",
    "Novak",
    "Dvořák",
    "Kowalski",
    "O'Brien",
    "Murphy",
    "Walsh",
]
COMPANY = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Dragon",
    "Trade",
    "Pawnee",
    "Dunder",
    "Soylent",
    "Hooli",
    "Vandelay",
    "Tyrell",
]


def generate(path: Path, contacts: int, *, seed: int = 7, owner_id: int | None = None) -> str:
    """Create (or reuse) a migrated SQLite store at path holding `contacts` generated contacts; returns its URL."""
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade(engine)
    rnd = random.Random(seed)
    now = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
    with engine.begin() as conn:
        have = conn.exec_driver_sql("SELECT count(*) FROM contact").scalar_one()
        if have >= contacts:
            engine.dispose()
            return url
        orgs = [f"{rnd.choice(COMPANY)} {rnd.choice(LAST)} {suffix}" for suffix in range(2000)]
        conn.execute(
            insert(Organization),
            [{"name": o, "name_key": search_key(o), "created_at": now, "updated_at": now} for o in orgs],
        )
        rows = []
        for i in range(contacts - have):
            # Mostly first + two family names, as many real stores hold: full names are then mostly unique.
            given = rnd.choice(FIRST) if rnd.random() < 0.5 else f"{rnd.choice(FIRST)} {rnd.choice(FIRST)}"
            name = f"{given} {rnd.choice(LAST)}"
            if i % 10:
                name = f"{name} {rnd.choice(LAST)}"
            touch = now - timedelta(days=rnd.randint(0, 400)) if rnd.random() < 0.8 else None
            rows.append(
                {
                    "full_name": name,
                    "search_key": search_key(name),
                    "organization_id": rnd.randint(1, len(orgs)),
                    "owner_id": owner_id if rnd.random() < 0.1 else None,
                    "stage": rnd.choice(("prospect", "lead", "customer")),
                    "last_touch_at": touch,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        for start in range(0, len(rows), 10_000):
            conn.execute(insert(Contact), rows[start : start + 10_000])
    engine.dispose()
    return url
