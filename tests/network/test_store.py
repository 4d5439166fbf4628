"""The network and the facts in the store, on SQLite and PostgreSQL: links, walks, full-text search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import Session

from storage import contacts, facts, network, network_paths
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
    paths = network_paths.paths_to(session=session, target=("o", hooli))
    assert paths and paths[0].nodes == (("c", john), ("c", david), ("o", hooli))
    assert paths[0].hops == (("knows", True), ("employee", True))
    # Nothing within 3 hops: no path, and no error.
    lone = contacts.get_or_create_organization(session=session, name="Vertex", owner_id=me, now=T0)[0].id
    assert lone is not None
    assert network_paths.paths_to(session=session, target=("o", lone)) == []


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


async def test_the_card_shows_links_and_needs_and_erasure_removes_them(any_db_url: str) -> None:
    from sqlmodel import select

    from storage.demo import load_demo
    from storage.models import Contact, CustomerFact, Relationship
    from storage.privacy.person import erase
    from tests.support import Chat, make_app

    app, clock = make_app(any_db_url)
    try:
        load_demo(app.services.session, now=T0)
        card = (await Chat(app, clock, handle="ana").say("Maria Silva"))[0].cards[0]
        lines = "\n".join(card.lines)
        assert "Maria Silva (Head of Operations)" in lines and "SSO" in lines, lines
        with app.services.session() as s:
            maria = s.exec(select(Contact).where(Contact.full_name == "Maria Silva")).one()
            counts = erase(session=s, contact=maria, anonymize=False, now=T0)
        assert counts["links"] == 2 and counts["facts"] == 1
        with app.services.session() as s:
            assert not s.exec(select(CustomerFact).where(CustomerFact.text.contains("Maria Silva"))).all()  # type: ignore[attr-defined]
            assert len(s.exec(select(Relationship)).all()) == 17
    finally:
        app.engine.dispose()
