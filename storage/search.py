"""Fuzzy look-up of contacts and organizations.

An index returns candidates (SQLite FTS5 trigram, PostgreSQL pg_trgm); rapidfuzz ranks them. No query
here reads every contact, so a look-up costs the same on 100 contacts or a million.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import bindparam, case, literal, text
from sqlmodel import Session, col, select

from storage import models, nicknames
from storage.db import driver_rows, time_processors
from storage.normalize import email_normal, phone_e164, search_key
from storage.search_recent import match_text, prefix_and_fetch, recent_matches
from storage.types import UTCDateTime

CANDIDATES = 200
MIN_SCORE = 68.0
# A score this high matches the whole name (as typed, or a nickname of it: "Bob Smith" for Robert Smith).
WHOLE_NAME = 95.0
_INITIAL = re.compile(r"^(\w)\.?$")
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{6,}$")


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    full_name: str
    organization: str | None
    owner_id: int | None
    last_touch_at: datetime | None
    score: float


@dataclass(frozen=True)
class OrgCandidate:
    organization_id: int
    name: str
    score: float


def _swaps(word: str) -> list[str]:
    """The word with two neighbouring letters swapped ("mraia" -> "maria"): the typo trigrams miss most.

    Up to 12 letters ("Franecsca"): a swap in a long name otherwise falls through to the ranked trigram
    query, which scores every name sharing a trigram and costs 10-20 ms on a big store.
    """
    if not 4 <= len(word) <= 12:
        return [word]
    return [word, *(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))]


def _trigram_query(key: str) -> str:
    """FTS5 MATCH text: any trigram of any word, so a misspelt name still shares most of them."""
    grams: list[str] = []
    for word in key.split():
        if len(word) < 3:
            continue
        for variant in _swaps(word):
            grams.extend(variant[i : i + 3] for i in range(len(variant) - 2))
    unique = list(dict.fromkeys(grams))
    return " OR ".join('"' + g.replace('"', '""') + '"' for g in unique)


def _owned_by(owner_ids: Collection[int] | None, alias: str = "") -> str:
    """SQL condition "owned by one of these" (ids are integers, inlined); empty when everyone's records count.

    Applied in the candidate query itself, so the index's first CANDIDATES rows are all ones the sender may
    see: filtering afterwards would let a big store push a rep's own contact out of the list.
    """
    if owner_ids is None:
        return ""
    ids = ",".join(str(int(i)) for i in sorted(owner_ids)) or "NULL"
    return f" AND {alias}owner_id IN ({ids})"


def _candidate_ids(
    session: Session,
    table: str,
    column: str,
    key: str,
    limit: int,
    owner_ids: Collection[int] | None = None,
    thorough: bool = True,
) -> list[int]:
    dialect = session.get_bind().dialect.name
    owned = _owned_by(owner_ids)
    words = [w for w in key.split() if len(w) >= 3]
    if not words:
        # Too short for trigrams: a prefix on any word of the key, which the b-tree index serves.
        rows = session.execute(
            text(f"SELECT id FROM {table} WHERE ({column} LIKE :prefix OR {column} LIKE :inner){owned} LIMIT :n"),
            {"prefix": f"{key}%", "inner": f"% {key}%", "n": limit},
        )
        return list(rows.scalars().all())
    if dialect == "sqlite":
        return _sqlite_candidates(session, table, column, key, limit, owner_ids, thorough)
    if dialect == "postgresql":
        # The default threshold (0.6) misses two-typo names; 0.3 still lets the GIN index prune.
        session.execute(text("SET LOCAL pg_trgm.word_similarity_threshold = 0.3"))
        rows = session.execute(
            text(
                f"SELECT id FROM {table} WHERE :q <% {column}{owned} "
                f"ORDER BY word_similarity(:q, {column}) DESC LIMIT :n"
            ),
            {"q": key, "n": limit},
        )
        return list(rows.scalars().all())
    rows = session.execute(
        text(f"SELECT id FROM {table} WHERE {column} LIKE :q{owned} LIMIT :n"), {"q": f"%{key}%", "n": limit}
    )
    return list(rows.scalars().all())


def _word_variants(key: str, *, swaps: bool) -> list[list[str]]:
    """Every word of three letters or more, each with its variants (with swaps, two neighbouring letters swapped):
    the name must hold every word, as any of its variants, as a substring."""
    return [list(dict.fromkeys(_swaps(word) if swaps else [word])) for word in key.split() if len(word) >= 3]


def _sqlite_candidates(
    session: Session,
    table: str,
    column: str,
    key: str,
    limit: int,
    owner_ids: Collection[int] | None = None,
    thorough: bool = True,
) -> list[int]:
    """Candidates from the trigram index in two steps, so the common case stays well under a millisecond. Every
    statement here is SQLite's own and runs on the driver's connection (storage.db.driver_rows).

    0. The name exactly as typed, or names that start with it, from the b-tree index (the usual case).
    1. Every typed word is a substring of the name, then the same with a swapped pair of letters allowed:
       precise, and the index answers it without ranking. For contacts, recently touched ones come
       first, and an initial ("j silva") filters the rows.
    2. Only when that finds nothing (a misspelling beyond a swap): any shared trigram, best first by
       bm25 rank. Slower on a big store, and rare.
    """
    owned = _owned_by(owner_ids)
    fetched: list[Any] | None = None
    if " " not in key and not owned and table == "contact":
        # One word and no filter (scanning a sentence): the prefix step and the word step's fetch in one statement.
        rows, fetched = prefix_and_fetch(session, key, _word_variants(key, swaps=False), limit)
    elif " " not in key and table == "organization":
        rows, fetched = _org_prefix_and_word(session, key, limit)
    else:
        rows = driver_rows(
            session,
            f"SELECT id, {column} FROM {table} WHERE {column} >= :lo AND {column} < :hi{owned} LIMIT :n",
            {"lo": key, "hi": key + "\uffff", "n": limit},
        )
    exact = [row[0] for row in rows]
    if len(key.split()) > 1 and any(row[1] == key for row in rows):
        return exact  # a full name typed exactly: it wins over any fuzzy neighbour
    initials = [w for w in key.split() if len(w) == 1 and w.isalpha()]
    fts = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q"
    # Contacts: the most recently touched matches (storage/search_recent.py), an initial filtering them.
    where = "".join(f" AND (c.{column} LIKE :i{n} OR c.{column} LIKE :j{n})" for n in range(len(initials)))
    sql = f"{fts} LIMIT :n"
    params: dict[str, object] = {"n": limit}
    for n, letter in enumerate(initials):
        params[f"i{n}"], params[f"j{n}"] = f"{letter}%", f"% {letter}%"
    for swaps in (False, True) if thorough else (False,):
        words = _word_variants(key, swaps=swaps)
        if table == "contact":
            owned_contacts = _owned_by(owner_ids, "c.")
            ids = recent_matches(
                session, words, limit=limit, where=where, params=params, owned=owned_contacts, fetched=fetched
            )
            fetched = None  # the swaps' pass fetches its own
        elif fetched is not None:
            ids, fetched = [row[0] for row in fetched], None
        else:
            ids = [row[0] for row in driver_rows(session, sql, params | {"q": match_text(words)})]
        if ids:
            return list(dict.fromkeys(exact + ids))
    if not thorough:
        return exact  # scanning a sentence for names: no ranked trigram search for every word
    if owner_ids is None:
        sql = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q ORDER BY rank LIMIT :n"
    else:
        sql = (
            f"SELECT f.rowid FROM {table}_fts f JOIN {table} c ON c.id = f.rowid "
            f"WHERE {table}_fts MATCH :q{_owned_by(owner_ids, 'c.')} ORDER BY f.rank LIMIT :n"
        )
    return [row[0] for row in driver_rows(session, sql, {"q": _trigram_query(key), "n": limit})]


# An organization's prefix step and word step for one word, in one statement (see _sqlite_candidates).
_ORG_PREFIX_AND_WORD = (
    "SELECT * FROM (SELECT 0, id, name_key FROM organization WHERE name_key >= :lo AND name_key < :hi LIMIT :n) "
    "UNION ALL SELECT * FROM (SELECT 1, rowid, NULL FROM organization_fts WHERE organization_fts MATCH :q LIMIT :n)"
)


def _org_prefix_and_word(session: Session, key: str, limit: int) -> tuple[list[Any], list[Any]]:
    bounds = {"lo": key, "hi": key + "\uffff", "n": limit, "q": match_text(_word_variants(key, swaps=False))}
    rows = driver_rows(session, _ORG_PREFIX_AND_WORD, bounds)
    return [(r[1], r[2]) for r in rows if r[0] == 0], [(r[1],) for r in rows if r[0] == 1]


def covers(query_key: str, name_key: str) -> bool:
    """Every typed word stands for a word of the name (a typo, a prefix or an initial at most), so "john smith"
    is not "john miller" and "maria oliveira" is not "lucas oliveira"."""
    return bool(any(_covers(variant, name_key) for variant in (query_key, *nicknames.expansions(query_key))))


def _covers(query_key: str, name_key: str) -> bool:
    name_words = name_key.split()
    for word in query_key.split():
        if len(word) == 1:
            if not any(n.startswith(word) for n in name_words):
                return False
            continue
        if not any(fuzz.ratio(word, n) >= 80 or (len(word) >= 3 and n.startswith(word)) for n in name_words):
            return False
    return True


def name_score(query_key: str, candidate_key: str) -> float:
    """How well a typed reference matches a stored name, 0-100 (initials and word order tolerated)."""
    q_words, c_words = query_key.split(), candidate_key.split()
    if not q_words or not c_words:
        return 0.0
    if query_key == candidate_key:
        return 100.0
    # "j silva" / "j. silva": an initial stands for any word starting with that letter.
    if any(_INITIAL.match(w) for w in q_words) and len(q_words) > 1:
        expanded = []
        for w in q_words:
            m = _INITIAL.match(w)
            letter = m.group(1) if m else None
            full = next((c for c in c_words if letter and c.startswith(letter)), None)
            expanded.append(full if full else w)
        query_key = " ".join(expanded)
    partial = fuzz.partial_token_sort_ratio(query_key, candidate_key) if len(query_key) >= 4 else 0.0
    whole = fuzz.WRatio(query_key, candidate_key)
    # A query that is one full word of the name ("maria") is a strong, not a perfect, match.
    word_hit = 92.0 if any(fuzz.ratio(w, c) >= 85 for w in q_words for c in c_words) and len(q_words) == 1 else 0.0
    return max(whole, min(partial, 95.0) * 0.97, word_hit)


_ALIAS = select(models.ContactAlias.contact_id).where(
    col(models.ContactAlias.staff_id) == bindparam("staff_id"), col(models.ContactAlias.alias_key) == bindparam("key")
)

_ALIAS_SQLITE = "SELECT contact_id FROM contact_alias WHERE staff_id = :staff_id AND alias_key = :key LIMIT 1"


def alias_for(*, session: Session, staff_id: int | None, query: str) -> int | None:
    """The contact this sender's own alias names ("maria" -> the Maria they chose twice), if any."""
    key = search_key(query)
    if staff_id is None or not key:
        return None
    params = {"staff_id": staff_id, "key": key}
    if session.get_bind().dialect.name == "sqlite":  # asked for every name resolved: on the driver's connection
        rows = driver_rows(session, _ALIAS_SQLITE, params)
        found = rows[0][0] if rows else None
    else:
        found = session.connection().execute(_ALIAS, params).scalar()
    return int(found) if found is not None else None


def find_contacts(
    *,
    session: Session,
    query: str,
    limit: int = 8,
    staff_id: int | None = None,
    now: datetime | None = None,
    min_score: float = MIN_SCORE,
    owner_ids: Collection[int] | None = None,
    thorough: bool = True,
) -> list[Candidate]:
    """Contacts matching a name, email or phone, best first; the sender's own and recent ones lead ties.

    ``owner_ids`` (a permission scope's) limits the search to those owners' contacts, inside the index
    query; None searches everyone's.
    """
    raw = query.strip()
    if owner_ids is not None and not owner_ids:
        return []
    if _EMAIL_LIKE.match(raw):
        email = email_normal(raw) or raw.lower()
        ids = list(session.exec(select(models.ContactEmail.contact_id).where(models.ContactEmail.email == email)))
        return _load(session, ids, {i: 100.0 for i in ids}, owner_ids)
    if _PHONE_LIKE.match(raw) and sum(ch.isdigit() for ch in raw) >= 6:
        e164 = phone_e164(raw) or phone_e164("+" + re.sub(r"\D", "", raw))
        if e164:
            ids = list(session.exec(select(models.ContactPhone.contact_id).where(models.ContactPhone.e164 == e164)))
            return _load(session, ids, {i: 100.0 for i in ids}, owner_ids)
    key = search_key(raw)
    if not key:
        return []
    scores: dict[int, float] = {}
    if staff_id is not None:
        alias = session.connection().execute(_ALIAS, {"staff_id": staff_id, "key": key}).scalar()
        if alias is not None:
            scores[alias] = 101.0
    # "Bob Smith" is also "Robert Smith"; a nickname match counts a little less than the name as typed.
    variants = [(key, 1.0), *((v, 0.97) for v in nicknames.expansions(key))]
    wanted: set[int] = set(scores)
    for variant, _ in variants:
        wanted.update(_candidate_ids(session, "contact", "search_key", variant, CANDIDATES, owner_ids, thorough))
    if not wanted:
        return []
    recent = (now - timedelta(days=30)) if now else None
    rows = _scoring_rows(session, wanted, owner_ids, recent)
    by_key: dict[str, float] = {}  # many contacts share a name; score each distinct name once
    ranked: list[tuple[tuple[float, int, int], int, float]] = []
    for cid, ckey, owner, touched in sorted(rows, key=lambda r: r[0]):
        score = by_key.get(ckey)
        if score is None:
            score = by_key[ckey] = max(name_score(v, ckey) * w for v, w in variants)
        score = max(scores.get(cid, 0.0), score)
        if score >= min_score:
            mine = 1 if staff_id is not None and owner == staff_id else 0
            ranked.append(((round(score), mine, 1 if touched else 0), cid, score))
    ranked.sort(key=lambda r: r[0], reverse=True)
    kept = ranked[:limit]
    if not kept:
        return []
    loaded = {c.contact_id: c for c in _load(session, [cid for _, cid, _ in kept], {cid: sc for _, cid, sc in kept})}
    return [loaded[cid] for _, cid, _ in kept if cid in loaded]


# Hot statements take their ids as one parameter (a JSON array on SQLite, an array on PostgreSQL), so the
# statement text never changes: compiled once by SQLAlchemy, prepared once by the driver.
_IDS_SQL = {
    "sqlite": " WHERE c.id IN (SELECT value FROM json_each(:ids))",
    "postgresql": " WHERE c.id = ANY(CAST(:ids AS bigint[]))",
}


def _ids_value(session: Session, ids: Collection[int]) -> Any:
    values = sorted(int(i) for i in ids)
    return json.dumps(values) if session.get_bind().dialect.name == "sqlite" else values


class _TextCache:
    """text() statements by their variable tail (the owner filter): built once, reused for every call."""

    def __init__(self, head: str, **types: Any) -> None:
        self.head, self.types, self.built = head, types, dict[str, Any]()

    def text(self, tail: str) -> Any:
        statement = self.built.get(tail)
        if statement is None:
            statement = text(self.head + tail)
            binds = [bindparam(name, type_=kind) for name, kind in self.types.items() if f":{name}" in self.head]
            results = {name: kind for name, kind in self.types.items() if f":{name}" not in self.head}
            statement = statement.bindparams(*binds) if binds else statement
            statement = statement.columns(**results) if results else statement
            if len(self.built) < 64:  # owner sets differ per team; keep the cache small
                self.built[tail] = statement
        return statement


_SCORING_SQL = _TextCache(
    "SELECT c.id, c.search_key, c.owner_id, CASE WHEN c.last_touch_at >= :recent THEN 1 ELSE 0 END FROM contact c",
    recent=UTCDateTime,
)
_LOAD_SQL = _TextCache(
    "SELECT c.id, c.full_name, o.name, c.owner_id, c.last_touch_at "
    "FROM contact c LEFT OUTER JOIN organization o ON o.id = c.organization_id",
    last_touch_at=UTCDateTime,
)


def _scoring_rows(
    session: Session, ids: Collection[int], owner_ids: Collection[int] | None, recent: datetime | None
) -> list[Any]:
    """(id, search_key, owner_id, touched since ``recent``) for each candidate id the owners allow.

    Scoring needs only these (the recency test runs in SQL, so hundreds of candidates cost no datetime
    conversions); names and companies load afterwards for the few kept.
    """
    where = _IDS_SQL.get(session.get_bind().dialect.name)
    if where is None:
        fresh = case((col(models.Contact.last_touch_at) >= recent, 1), else_=0) if recent is not None else literal(0)
        statement = select(models.Contact.id, models.Contact.search_key, models.Contact.owner_id, fresh)
        return list(session.execute(_only_owners(statement.where(col(models.Contact.id).in_(ids)), owner_ids)).all())
    tail = where + _owned_by(owner_ids, "c.")
    if session.get_bind().dialect.name == "sqlite":  # plain values: on the driver's connection
        touched = _stored_time(session, recent)
        return driver_rows(session, _SCORING_SQL.head + tail, {"ids": _ids_value(session, ids), "recent": touched})
    statement = _SCORING_SQL.text(tail)
    return list(session.connection().execute(statement, {"ids": _ids_value(session, ids), "recent": recent}).all())


def _stored_time(session: Session, value: datetime | None) -> Any:
    bind = time_processors(session)[0]
    return bind(value) if bind is not None else value


def _only_owners(statement: Any, owner_ids: Collection[int] | None) -> Any:
    """The statement (over Contact) restricted to these owners' contacts; unchanged for None (everyone)."""
    if owner_ids is None:
        return statement
    return statement.where(col(models.Contact.owner_id).in_(list(owner_ids)))


def _sqlite_load_rows(session: Session, tail: str, ids: list[int]) -> list[tuple[Any, ...]]:
    """:func:`_load`'s rows on the driver's connection, the last touch converted as the store converts it."""
    read_time = time_processors(session)[1] or (lambda value: value)
    rows = driver_rows(session, _LOAD_SQL.head + tail, {"ids": _ids_value(session, ids)})
    return [(cid, name, org, owner, read_time(touch)) for cid, name, org, owner, touch in rows]


def _load(
    session: Session, ids: list[int], scores: dict[int, float], owner_ids: Collection[int] | None = None
) -> list[Candidate]:
    if not ids:
        return []
    where = _IDS_SQL.get(session.get_bind().dialect.name)
    rows: Any
    if where is not None and session.get_bind().dialect.name == "sqlite":
        rows = _sqlite_load_rows(session, where + _owned_by(owner_ids, "c.") + " ORDER BY c.id", ids)
    elif where is not None:
        rows = (
            session.connection()
            .execute(
                _LOAD_SQL.text(where + _owned_by(owner_ids, "c.") + " ORDER BY c.id"), {"ids": _ids_value(session, ids)}
            )
            .all()
        )
    else:
        rows = session.exec(
            _only_owners(
                select(
                    models.Contact.id,
                    models.Contact.full_name,
                    models.Organization.name,
                    models.Contact.owner_id,
                    models.Contact.last_touch_at,
                )
                .join(
                    models.Organization,
                    col(models.Organization.id) == col(models.Contact.organization_id),
                    isouter=True,
                )
                .where(col(models.Contact.id).in_(ids)),
                owner_ids,
            )
        )
    return [
        Candidate(
            contact_id=cid,
            full_name=name,
            organization=org,
            owner_id=owner,
            last_touch_at=touch,
            score=scores[cid],
        )
        for cid, name, org, owner, touch in rows
        if cid is not None
    ]


_LEGAL_FORMS = frozenset(
    "lda ltda ltd llc inc corp co sa sas sarl srl spa s.p.a s.r.l s.a s.l gmbh ag kft zrt bt nyrt kkt nv bv plc oy ab".split()  # noqa: SIM905
)


def is_legal_form(word: str) -> bool:
    """ "Lda", "Kft.", "S.p.A": a company's legal form, not a word of its name."""
    return search_key(word).rstrip(".") in _LEGAL_FORMS


@lru_cache(maxsize=4096)
def company_key(name: str) -> str:
    """A company's search key without its legal form: "Acme, Lda." and "acme" are the same company."""
    words = search_key(name).split()
    while len(words) > 1 and words[-1].rstrip(".") in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def is_company_name(name: str) -> bool:
    """ "Zeta Corp Ltd", "Vetreria Galli S.p.A.": the name ends in a legal form."""
    return company_key(name) != search_key(name)


def same_company(typed: str, stored: str) -> bool:
    return company_key(typed) == company_key(stored)


def find_organizations(
    *, session: Session, query: str, limit: int = 5, min_score: float = 80.0, thorough: bool = True
) -> list[OrgCandidate]:
    key = search_key(query)
    if not key:
        return []
    ids = _candidate_ids(session, "organization", "name_key", key, CANDIDATES, thorough=thorough)
    if not ids:
        return []
    rows = session.exec(
        select(models.Organization.id, models.Organization.name, models.Organization.name_key).where(
            col(models.Organization.id).in_(ids)
        )
    )
    found = []
    for oid, name, okey in rows:
        score = 100.0 if okey == key else float(fuzz.WRatio(key, okey))
        if score >= min_score and oid is not None:
            found.append(OrgCandidate(organization_id=oid, name=name, score=score))
    return sorted(found, key=lambda c: c.score, reverse=True)[:limit]


def contacts_of_organization(
    *, session: Session, organization_id: int, limit: int = 20, owner_ids: Collection[int] | None = None
) -> list[Candidate]:
    statement = _only_owners(
        select(models.Contact.id).where(models.Contact.organization_id == organization_id), owner_ids
    )
    ids = [i for i in session.exec(statement.order_by(col(models.Contact.id)).limit(limit)) if i is not None]
    return _load(session, ids, {i: 100.0 for i in ids})


_FIRST_CHOICE = "?"  # prefix of an alias key seen once: a second identical choice makes it an alias


def note_choice(*, session: Session, staff_id: int, alias: str, contact_id: int) -> bool:
    """Record that ``alias`` was answered with this contact; the second time in a row it becomes an alias.

    Returns whether the alias is now remembered.
    """
    key = search_key(alias)
    if not key:
        return False
    first = session.exec(
        select(models.ContactAlias).where(
            models.ContactAlias.staff_id == staff_id, models.ContactAlias.alias_key == _FIRST_CHOICE + key
        )
    ).first()
    if first is not None and first.contact_id == contact_id:
        session.delete(first)
        remember_alias(session=session, staff_id=staff_id, alias=alias, contact_id=contact_id)
        return True
    if first is None:
        first = models.ContactAlias(staff_id=staff_id, alias_key=_FIRST_CHOICE + key, contact_id=contact_id)
    first.contact_id = contact_id
    session.add(first)
    return False


def remember_alias(*, session: Session, staff_id: int, alias: str, contact_id: int) -> None:
    key = search_key(alias)
    if not key:
        return
    row = session.exec(
        select(models.ContactAlias).where(
            models.ContactAlias.staff_id == staff_id, models.ContactAlias.alias_key == key
        )
    ).first()
    if row is None:
        row = models.ContactAlias(staff_id=staff_id, alias_key=key, contact_id=contact_id)
    row.contact_id = contact_id
    session.add(row)
