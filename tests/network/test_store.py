"""The network and the facts in the store, on SQLite and PostgreSQL: links, walks, full-text search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import Session

from storage import contacts, facts, network
from storage import staff as staff_repo
from storage.db import make_engine, session_factory
from tests.support import T0


@pytest.fixture
def session(any_db_url: str) -> Iterator[Session]:
    engine = make_engine(any_db_url)
    with session_factory(engine)() as s:
        yield s
    engine.dispose()


def _person(s: Session, name: str, org: str | None, owner: int, stage: str = "customer") -> int:
    org_id = contacts.get_or_create_organization(session=s, name=org, owner_id=owner, now=T0)[0].id if org else None
    c = contacts.create(session=s, full_name=name, owner_id=owner, now=T0, organization_id=org_id, stage=stage)
    assert c.id is not None
    return c.id


def test_a_three_hop_path_names_every_hop(session: Session) -> None:
    me = staff_repo.create(session=session, handle="ana", display_name="Ana", role="admin", now=T0).id
    assert me is not None
    john = _person(session, "John Miller", "Globex", me)
    david = _person(session, "David Moore", "Hooli", me, stage="prospect")
    hooli = contacts.get_or_create_organization(session=session, name="Hooli", owner_id=me, now=T0)[0].id
    assert hooli is not None
    network.add_link(session=session, kind="knows", a=("c", john), b=("c", david), owner_id=me, now=T0)
    paths = network.paths_to(session=session, target=("o", hooli))
    assert paths and paths[0].nodes == (("c", john), ("c", david), ("o", hooli))
    assert paths[0].hops == (("knows", True), ("employee", True))
    # Nothing within 3 hops: no path, and no error.
    lone = contacts.get_or_create_organization(session=session, name="Vertex", owner_id=me, now=T0)[0].id
    assert lone is not None
    assert network.paths_to(session=session, target=("o", lone)) == []


def test_facts_are_found_by_their_words_in_any_language(session: Session) -> None:
    me = staff_repo.create(session=session, handle="ana", display_name="Ana", role="admin", now=T0).id
    maria = _person(session, "Maria Silva", "Acme", me)
    for text, lang in (
        ("needs SSO before signing", "en"),
        ("reclama dos atrasos nas faturas", "pt"),
        ("complains about invoice delays", "en"),
    ):
        facts.record(session=session, kind="need", text_=text, lang=lang, author_id=me, owner_id=me, now=T0,
                     contact_id=maria)  # fmt: skip
    assert [f.text for f in facts.search(session=session, query="SSO")] == ["needs SSO before signing"]
    assert [f.text for f in facts.search(session=session, query="invoice delay")] == ["complains about invoice delays"]
    assert [f.text for f in facts.search(session=session, query="atraso")] == ["reclama dos atrasos nas faturas"]
    assert facts.search(session=session, query="pricing") == []
