"""What customers value: needs, pains, preferences, objections, promises and free notes, with full-text search.

Search runs in the database's own full-text index, in every staff language:
- SQLite: FTS5 over the words (accents folded); each query word is looked up by its shortest Snowball stem in the
  six staff languages as a prefix ("delays" -> delay*, "atrasos" -> atras*), so plurals and verb forms match.
- PostgreSQL: a GIN index on each fact's tsvector in its own language's configuration (PG_DOCUMENT); the query is
  the OR of the words' tsqueries in all six configurations, so a question in French finds a fact noted in English
  when the words agree ("SSO").
Logged notes and interactions ("note: Acme complains about invoice delays") are searched too
(:func:`search_interactions`): SQLite FTS5 over their summaries, PostgreSQL a GIN index on their words as written
('simple': an interaction has no language of its own), both matched by the same stem prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from storage.models import Contact, CustomerFact, Interaction

# Kept in step with migrations/versions/0009_network.py: PostgreSQL uses the index only for the same expression.
PG_DOCUMENT = (
    "(CASE lang WHEN 'pt' THEN to_tsvector('portuguese', text) WHEN 'es' THEN to_tsvector('spanish', text) "
    "WHEN 'fr' THEN to_tsvector('french', text) WHEN 'it' THEN to_tsvector('italian', text) "
    "WHEN 'hu' THEN to_tsvector('hungarian', text) ELSE to_tsvector('english', text) END)"
)
_CONFIGS = ("english", "portuguese", "spanish", "french", "italian", "hungarian")
_STEMMERS = ("english", "portuguese", "spanish", "french", "italian", "hungarian")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Found:
    fact: CustomerFact
    subject: str  # "Maria Silva (Acme)" or "Acme"


def record(
    *,
    session: Session,
    kind: str,
    text_: str,
    lang: str,
    author_id: int | None,
    owner_id: int | None,
    now: datetime,
    contact_id: int | None = None,
    organization_id: int | None = None,
    due_at: datetime | None = None,
    source: str = "chat",
) -> CustomerFact:
    fact = CustomerFact(
        kind=kind, contact_id=contact_id, organization_id=organization_id, text=text_[:1000], lang=lang,
        due_at=due_at, author_id=author_id, owner_id=owner_id, source=source, created_at=now,
    )  # fmt: skip
    session.add(fact)
    session.flush()
    return fact


@cache
def _stemmer(language: str):  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def _fold(word: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def sqlite_match(query: str) -> str:
    """FTS5 MATCH text: every word, as a prefix of its shortest stem in the staff languages (at least 3 letters)."""
    return " AND ".join('"' + stem.replace('"', '""') + '"*' for stem in _prefixes(query))


def _visible(statement, owner_ids: Collection[int] | None):  # type: ignore[no-untyped-def]
    if owner_ids is None:
        return statement
    return statement.where(col(CustomerFact.owner_id).in_(list(owner_ids)))


def search(
    *,
    session: Session,
    query: str,
    kinds: Collection[str] | None = None,
    owner_ids: Collection[int] | None = None,
    limit: int = 20,
) -> list[CustomerFact]:
    """Facts whose text matches every word of ``query``, newest first."""
    if session.get_bind().dialect.name == "postgresql":
        words = " ".join(_WORD.findall(query))
        if not words:
            return []
        tsquery = " || ".join(f"plainto_tsquery('{cfg}', :q)" for cfg in _CONFIGS)
        ids_sql = f"SELECT id FROM customer_fact WHERE {PG_DOCUMENT} @@ ({tsquery})"
        params: dict[str, object] = {"q": words}
    else:
        match = sqlite_match(query)
        if not match:
            return []
        ids_sql = "SELECT rowid FROM customer_fact_fts WHERE customer_fact_fts MATCH :q"
        params = {"q": match}
    ids = [row[0] for row in session.connection().execute(text(ids_sql + " LIMIT 5000"), params)]
    if not ids:
        return []
    statement = select(CustomerFact).where(col(CustomerFact.id).in_(ids))
    if kinds:
        statement = statement.where(col(CustomerFact.kind).in_(list(kinds)))
    statement = _visible(statement, owner_ids)
    return list(session.exec(statement.order_by(col(CustomerFact.created_at).desc()).limit(limit)))


def _prefixes(query: str) -> list[str]:
    """Each word's shortest stem in the staff languages (at least 3 letters), accents folded."""
    out = []
    for word in _WORD.findall(query):
        folded = _fold(word)
        if len(folded) < 2:
            continue
        stems = [_fold(_stemmer(lang).stemWord(word.lower())) for lang in _STEMMERS]
        out.append(min((s for s in stems if len(s) >= 3 and folded.startswith(s)), key=len, default=folded))
    return out


def search_interactions(
    *, session: Session, query: str, owner_ids: Collection[int] | None = None, limit: int = 10
) -> list[Interaction]:
    """Logged notes and interactions whose summary has every word of ``query`` (as stem prefixes), newest first."""
    stems = _prefixes(query)
    if not stems:
        return []
    if session.get_bind().dialect.name == "postgresql":
        # Prefix terms of the words as written ('simple'): the same stems as on SQLite, through the GIN index.
        tsquery = " & ".join(re.sub(r"[^\w]", "", s) + ":*" for s in stems if re.sub(r"[^\w]", "", s))
        if not tsquery:
            return []
        sql = "SELECT id FROM interaction WHERE to_tsvector('simple', summary) @@ to_tsquery('simple', :q)"
        params: dict[str, object] = {"q": tsquery}
    else:
        sql = "SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH :q"
        params = {"q": " AND ".join('"' + s.replace('"', '""') + '"*' for s in stems)}
    ids = [row[0] for row in session.connection().execute(text(sql + " LIMIT 5000"), params)]
    if not ids:
        return []
    statement = select(Interaction).join(Contact, col(Contact.id) == Interaction.contact_id)
    statement = statement.where(col(Interaction.id).in_(ids))
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(Interaction.occurred_at).desc()).limit(limit)))


def about(
    *,
    session: Session,
    contact_ids: Collection[int] = (),
    organization_id: int | None = None,
    kinds: Collection[str] | None = None,
    only_open: bool = False,
    owner_ids: Collection[int] | None = None,
    limit: int = 30,
) -> list[CustomerFact]:
    """Facts about these people, or the organization (and, for an organization, its people), newest first."""
    conditions = []
    if contact_ids:
        conditions.append(col(CustomerFact.contact_id).in_(list(contact_ids)))
    if organization_id is not None:
        conditions.append(col(CustomerFact.organization_id) == organization_id)
    found: dict[int | None, CustomerFact] = {}
    # One query per index (the people's facts, the organization's): an OR lets SQLite scan every fact by date.
    for condition in conditions:
        statement = select(CustomerFact).where(condition)
        if kinds:
            statement = statement.where(col(CustomerFact.kind).in_(list(kinds)))
        if only_open:
            statement = statement.where(CustomerFact.status == "open")
        statement = _visible(statement, owner_ids)
        found.update(
            (f.id, f) for f in session.exec(statement.order_by(col(CustomerFact.created_at).desc()).limit(limit))
        )
    newest = sorted(found.values(), key=lambda f: (f.created_at, f.id or 0), reverse=True)
    return newest[:limit]


def open_promises(*, session: Session, owner_ids: Collection[int] | None = None, limit: int = 30) -> list[CustomerFact]:
    """Promises not yet kept, soonest due first."""
    statement = select(CustomerFact).where(CustomerFact.kind == "promise", CustomerFact.status == "open")
    statement = _visible(statement, owner_ids)
    return list(session.exec(statement.order_by(col(CustomerFact.due_at), col(CustomerFact.id)).limit(limit)))


def subjects(*, session: Session, found: Collection[CustomerFact]) -> dict[int, str]:
    """Each fact's subject name: the person (with organization) or the organization."""
    from storage.network import names

    nodes = {("c", f.contact_id) for f in found if f.contact_id} | {
        ("o", f.organization_id) for f in found if f.organization_id and not f.contact_id
    }
    named = names(session=session, nodes=nodes)  # type: ignore[arg-type]
    out = {}
    for f in found:
        node = ("c", f.contact_id) if f.contact_id else ("o", f.organization_id)
        assert f.id is not None
        out[f.id] = named.get(node, "?")  # type: ignore[arg-type]
    return out


def keep_promise(*, session: Session, nudge: Any) -> list[list[Any]]:
    """Done on a promise_due nudge ("promise_due:<fact id>") marks the promise kept; returns the undo step."""
    if nudge.kind != "promise_due" or not str(nudge.dedupe_key).startswith("promise_due:"):
        return []
    fact = session.get(CustomerFact, int(nudge.dedupe_key.split(":")[1]))
    if fact is None or fact.status != "open":
        return []
    fact.status = "kept"
    session.add(fact)
    return [["restore", "customer_fact", fact.id, {"status": "open"}]]
