"""The store on SQLite and on a real PostgreSQL server: schema, search, idempotency, undo, dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage import audit, contacts, dialogs, followups, interactions, search
from storage import staff as staff_repo
from storage.db import make_engine, session_factory
from storage.models import Contact, Interaction, Nudge
from tests.support import T0


@pytest.fixture
def session(any_db_url: str) -> Iterator[Session]:
    engine = make_engine(any_db_url)
    with session_factory(engine)() as s:
        yield s
    engine.dispose()


def _staff(session: Session) -> int:
    member = staff_repo.create(session=session, handle="alice", display_name="Alice", role="admin", now=T0)
    assert member.id is not None
    return member.id


def test_schema_has_every_table_and_search_index(session: Session) -> None:
    names = set(inspect(session.get_bind()).get_table_names())
    assert {"contact", "interaction", "follow_up", "purchase", "deal", "nudge", "audit_log", "staff"} <= names


def test_fuzzy_search_finds_misspelt_accented_and_initials(session: Session) -> None:
    owner = _staff(session)
    acme, _ = contacts.get_or_create_organization(session=session, name="Acme", owner_id=owner, now=T0)
    contacts.create(session=session, full_name="João Pereira", owner_id=owner, now=T0, organization_id=acme.id)
    contacts.create(session=session, full_name="Maria Silva", owner_id=owner, now=T0, emails=["maria@acme.com"])
    contacts.create(session=session, full_name="Mario Rossi", owner_id=owner, now=T0, phones=["+393331234567"])
    session.flush()

    assert search.find_contacts(session=session, query="joao")[0].full_name == "João Pereira"
    assert search.find_contacts(session=session, query="JOÃO pereira")[0].full_name == "João Pereira"
    assert search.find_contacts(session=session, query="maira silv")[0].full_name == "Maria Silva"
    assert search.find_contacts(session=session, query="M. Silva")[0].full_name == "Maria Silva"
    assert search.find_contacts(session=session, query="maria@acme.com")[0].full_name == "Maria Silva"
    assert search.find_contacts(session=session, query="+39 333 123 4567")[0].full_name == "Mario Rossi"
    assert search.find_organizations(session=session, query="acme")[0].name == "Acme"
    assert search.find_contacts(session=session, query="zzzzqqq") == []


def test_interaction_from_same_platform_message_is_stored_once(session: Session) -> None:
    owner = _staff(session)
    contact = contacts.create(session=session, full_name="Ana Costa", owner_id=owner, now=T0)
    assert contact.id is not None
    kwargs = dict(
        session=session,
        contact_id=contact.id,
        author_id=owner,
        kind="call",
        occurred_at=T0,
        summary="x",
        now=T0,
        source_platform="telegram",
        source_message_id="1:42",
    )
    first, created = interactions.log(**kwargs)  # type: ignore[arg-type]
    again, created_again = interactions.log(**kwargs)  # type: ignore[arg-type]
    assert created and not created_again and first.id == again.id
    assert len(session.exec(select(Interaction)).all()) == 1
    assert session.get(Contact, contact.id).last_touch_at == T0  # type: ignore[union-attr]


def test_nudge_dedupe_key_is_unique(session: Session) -> None:
    owner = _staff(session)
    session.add(Nudge(kind="birthday", dedupe_key="birthday:1:2026", owner_id=owner, due_at=T0, created_at=T0))
    session.flush()
    with pytest.raises(IntegrityError), session.begin_nested():
        session.add(Nudge(kind="birthday", dedupe_key="birthday:1:2026", owner_id=owner, due_at=T0, created_at=T0))
        session.flush()


def test_undo_restores_and_deletes(session: Session) -> None:
    owner = _staff(session)
    contact = contacts.create(session=session, full_name="Ana Costa", owner_id=owner, now=T0)
    follow = followups.schedule(session=session, owner_id=owner, contact_id=contact.id, due_at=T0, text="x", now=T0)
    audit.record(
        session=session,
        at=T0,
        staff_id=owner,
        action="create",
        entity="follow_up",
        entity_id=follow.id,
        undo=[["delete", "follow_up", follow.id]],
    )
    before = audit.snapshot(contact, ["stage", "updated_at"])
    contact.stage, contact.updated_at = "customer", T0 + timedelta(hours=1)
    session.add(contact)
    audit.record(
        session=session,
        at=T0,
        staff_id=owner,
        action="update",
        entity="contact",
        entity_id=contact.id,
        undo=[["restore", "contact", contact.id, before]],
    )
    session.flush()
    last = audit.last_undoable(session=session, staff_id=owner)
    assert last is not None and last.entity == "contact"
    audit.apply_undo(session=session, entry=last)
    assert contact.stage == "prospect" and contact.updated_at == T0
    nxt = audit.last_undoable(session=session, staff_id=owner)
    assert nxt is not None and nxt.entity == "follow_up"
    audit.apply_undo(session=session, entry=nxt)
    assert audit.last_undoable(session=session, staff_id=owner) is None
    assert followups.open_for_owner(session=session, owner_id=owner) == []


def test_dialog_state_expires_and_events_are_claimed_once(session: Session) -> None:
    dialogs.put(session=session, platform="t", chat_id="c", user_id="u", kind="k", payload={"a": 1}, now=T0)
    state = dialogs.get(session=session, platform="t", chat_id="c", user_id="u", now=T0)
    assert state is not None and state.payload == {"a": 1}
    assert dialogs.get(session=session, platform="t", chat_id="c", user_id="u", now=T0 + timedelta(hours=1)) is None
    assert dialogs.claim_event(session=session, platform="t", event_id="1", now=T0)
    assert not dialogs.claim_event(session=session, platform="t", event_id="1", now=T0)


def test_link_code_is_single_use_and_expires(session: Session) -> None:
    owner = _staff(session)
    member = session.get(staff_repo.models.Staff, owner)
    assert member is not None
    code = staff_repo.issue_link_code(session=session, staff=member, now=T0)
    assert staff_repo.redeem_link_code(session=session, code=code.lower(), now=T0) is not None
    assert staff_repo.redeem_link_code(session=session, code=code, now=T0) is None
    late = staff_repo.issue_link_code(session=session, staff=member, now=T0)
    assert staff_repo.redeem_link_code(session=session, code=late, now=T0 + timedelta(days=2)) is None


def test_aware_timestamps_round_trip(session: Session) -> None:
    owner = _staff(session)
    contact = contacts.create(session=session, full_name="Ana", owner_id=owner, now=T0)
    session.commit()
    session.expire_all()
    again = session.get(Contact, contact.id)
    assert again is not None and again.created_at == T0 and again.created_at.tzinfo is not None


def test_migrations_downgrade_and_upgrade(any_db_url: str) -> None:
    from storage.migrate import alembic_config, upgrade

    engine = make_engine(any_db_url)
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert "contact" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "contact" in inspect(engine).get_table_names()
    engine.dispose()


def test_migrations_match_the_models(any_db_url: str) -> None:
    """Every model change has its migration: autogenerate against the migrated store finds nothing to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    engine = make_engine(any_db_url)
    with engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()

    # The trigram search index lives outside the models (FTS5 tables, pg_trgm GIN indexes).
    def ours(diff: object) -> bool:
        text = repr(diff)
        return not any(name in text for name in ("_fts", "trgm"))

    assert [d for d in diffs if ours(d)] == []


def test_head_revision_read_from_the_files_matches_alembic() -> None:
    from alembic.script import ScriptDirectory

    from storage.migrate import alembic_config, head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
