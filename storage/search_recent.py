"""A name search's contacts, most recently touched first, on SQLite: the same answer at any store size.

The search asks for the CANDIDATES most recently touched contacts whose name holds every typed word (each as a
substring, a swapped pair of letters allowed). Through the trigram index alone that reads every match's row to
sort them: nothing for a rare word, tens of milliseconds for one shared by tens of thousands of contacts
("silva" on a million). Without an owner or an initial to filter by, the index's matches are counted first
(up to FETCH of them, in SQL), with the store's size, in the statement that returns them: only the first
``limit`` when the walk below will answer (a common surname's thousands of ids never cross into Python), else all
of them, so the index is asked once:

* none, or no more than the limit: they are the answer (one statement; most words of a sentence are no one's
  name);
* many for the store's size (matches squared at least WALK_FACTOR times the contacts times the variants to
  test): a walk down ``ix_contact_fts_recency`` (last touch, search key, owner: migration 0011), newest first,
  testing the same words as substrings with LIKE; it stops at the limit without reading the table (about 0.1
  microsecond an entry and variant, against one or two for a row read). A walk that comes up short (most
  matches never touched) falls back to the full query;
* otherwise those ids in recency order, read from ``ix_contact_fts_by_id`` (id, last touch: migration 0013)
  without the rows (fetched again only after a walk that came up short), or the full query
  when there were more than FETCH, or whenever there is a filter, as before.

Every statement here is SQLite's own (FTS5, json_each) and runs on the driver's connection (storage.db.driver_rows).
Every way gives the same set as the full query (``ORDER BY last_touch_at IS NULL, last_touch_at DESC LIMIT n``)
up to contacts touched at the very same instant at the cut, whose order that query never fixed either.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from storage.db import driver_rows

FETCH = 4000
# Walk when matches squared >= WALK_FACTOR x contacts x variants: a walk reads about limit x contacts / matches
# entries, testing each variant on each.
WALK_FACTOR = 8
# The matches (up to :fetch, the trigram index asked once) with the store's largest id and how many there are,
# counted in SQL: only the first :n of them when the walk will answer (the test of recent_matches, with :variants),
# else all of them, to be ordered by last touch without asking the index again.
_MATCHES = (
    "WITH m AS MATERIALIZED (SELECT rowid AS id FROM contact_fts WHERE contact_fts MATCH :q LIMIT :fetch), "
    "k AS MATERIALIZED (SELECT count(*) AS n, (SELECT max(id) FROM contact) AS largest FROM m) "
)
_COUNTED = (
    "SELECT m.id, k.largest, {flag}k.n FROM m, k "
    f"LIMIT (SELECT CASE WHEN n * n >= {WALK_FACTOR} * largest * :variants THEN :n ELSE :fetch END FROM k)"
)
_COUNT = _MATCHES + _COUNTED.format(flag="")
_FETCH = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q LIMIT :fetch"
_IN_FTS = "SELECT c.id FROM contact c WHERE c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q)"
_RECENT = " ORDER BY c.last_touch_at IS NULL, c.last_touch_at DESC LIMIT :n"  # the order every path reproduces
# Read from (id, last touch) index entries (migration 0013), not the contacts' rows: SQLite's planner does not pick
# the covering index for an id list by itself.
_BY_RECENCY = (
    "SELECT c.id FROM contact c INDEXED BY ix_contact_fts_by_id WHERE c.id IN (SELECT value FROM json_each(:ids))"
    + _RECENT
)


def match_text(words: list[list[str]]) -> str:
    """FTS5 MATCH text: each group's variants as alternatives, every group required."""
    return " AND ".join("(" + " OR ".join('"' + v.replace('"', '""') + '"' for v in group) + ")" for group in words)


def _like_text(words: list[list[str]]) -> tuple[str, dict[str, str]]:
    """The same test as :func:`match_text` with LIKE (a trigram phrase matches exactly where it is a substring)."""
    groups, params = [], {}
    for group in words:
        alternatives = []
        for variant in group:
            name = f"w{len(params)}"
            escaped = variant.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params[name] = f"%{escaped}%"
            alternatives.append(f"c.search_key LIKE :{name} ESCAPE '\\'")
        groups.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(groups), params


# The name search's first two statements for one word with no filter, as one: the b-tree prefix step
# (storage/search.py) and the fetch above. A word is never a whole name, so the prefix step cannot end the search.
_PREFIX_AND_COUNT = (
    _MATCHES
    + "SELECT * FROM (SELECT id, search_key, 0, 0 FROM contact WHERE search_key >= :lo AND search_key < :hi LIMIT :n) "
    f"UNION ALL SELECT * FROM ({_COUNTED.format(flag='1, ')})"
)


def prefix_and_fetch(session: Session, key: str, words: list[list[str]], limit: int) -> tuple[list[Any], list[Any]]:
    """(the prefix step's (id, search key) rows, the count's (id, largest id, matches) rows for
    :func:`recent_matches`), in one round trip."""
    bounds = {"lo": key, "hi": key + "\uffff", "n": limit, "q": match_text(words), "fetch": FETCH}
    bounds["variants"] = sum(len(group) for group in words)
    rows = driver_rows(session, _PREFIX_AND_COUNT, bounds)  # limit + FETCH rows at most
    return [row[:2] for row in rows if not row[2]], [(row[0], row[1], row[3]) for row in rows if row[2]]


def recent_matches(
    session: Session,
    words: list[list[str]],
    *,
    limit: int,
    where: str,
    params: dict[str, Any],
    owned: str,
    fetched: list[Any] | None = None,
) -> list[int]:
    """Ids of the ``limit`` most recently touched contacts matching ``words`` and the extra ``where`` (initials,
    with its ``params``) and ``owned`` (owner filter) conditions, as one SQL fragment each over ``contact c``.
    ``fetched``: the count's rows when :func:`prefix_and_fetch` already read them."""
    query = match_text(words)
    full = _IN_FTS + where + owned + _RECENT
    if where or owned:
        return [row[0] for row in driver_rows(session, full, params | {"q": query, "n": limit})]
    variants = sum(len(group) for group in words)
    if fetched is None:
        fetched = driver_rows(session, _COUNT, {"q": query, "fetch": FETCH, "n": limit, "variants": variants})
    matches = fetched[0][2] if fetched else 0
    if matches <= limit and matches < FETCH:  # all of them, no more than asked for
        return [row[0] for row in fetched]
    if matches**2 >= WALK_FACTOR * (fetched[0][1] or 0) * variants:  # the test _COUNTED made
        ids = _walk(session, words, limit)
        if len(ids) == limit:
            return ids
    if matches < FETCH:  # fewer than FETCH: ordered by recency without another trigram search when in hand
        found = fetched if len(fetched) == matches else driver_rows(session, _FETCH, {"q": query, "fetch": FETCH})
        ids_json = json.dumps([row[0] for row in found])
        return [row[0] for row in driver_rows(session, _BY_RECENCY, {"ids": ids_json, "n": limit})]
    return [row[0] for row in driver_rows(session, full, params | {"q": query, "n": limit})]


def _walk(session: Session, words: list[list[str]], limit: int) -> list[int]:
    """The newest touched contacts whose key holds the words, down the recency index (never the table)."""
    likes, like_params = _like_text(words)
    walk = (
        "SELECT c.id FROM contact c INDEXED BY ix_contact_fts_recency "
        f"WHERE c.last_touch_at IS NOT NULL AND {likes} ORDER BY c.last_touch_at DESC LIMIT :n"
    )
    return [row[0] for row in driver_rows(session, walk, like_params | {"n": limit})]
