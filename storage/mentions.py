"""The store as a dictionary: which of a message's word spans name a contact, an organization, a product or staff.

One statement answers every exact span of a message at once (``search_key IN (...)`` on each table's b-tree
index, with the product catalogue), so finding "Sophie Martin", "Acme" and "Premium" in one sentence costs one
round trip whatever the sentence's shape. Fuzzy spans (typos, a first name alone) go through ``storage.search``'s trigram index.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlmodel import Session

from storage.db import driver_rows

EXACT_LIMIT = 50
CATALOGUE_LIMIT = 500


@dataclass(frozen=True)
class Named:
    kind: str  # "contact", "organization", "product", "staff"
    id: int
    name: str
    key: str
    organization: str | None = None
    owner_id: int | None = None


# One statement answers a whole message: the exact contacts, the exact organizations, the product catalogue and
# which of its words are stored tags, each branch on its own index (or, for the catalogue, tens of rows), so a
# message costs one round trip. (PostgreSQL types a bare NULL in a subquery as text, hence the casts.)
_NAMES_SQL = (
    "SELECT * FROM (SELECT 'contact', c.id, c.full_name, c.search_key, o.name, c.owner_id FROM contact c "
    "LEFT OUTER JOIN organization o ON o.id = c.organization_id WHERE c.search_key IN {keys} "
    f"LIMIT {EXACT_LIMIT}) AS exact_contacts "
    "UNION ALL SELECT * FROM (SELECT 'organization', id, name, name_key, CAST(NULL AS TEXT), owner_id FROM organization "
    f"WHERE name_key IN {{keys}} LIMIT {EXACT_LIMIT}) AS exact_organizations "
    "UNION ALL SELECT * FROM (SELECT 'product', id, name, name_key, CAST(NULL AS TEXT), CAST(NULL AS INTEGER) "
    "FROM product "
    f"ORDER BY id LIMIT {CATALOGUE_LIMIT}) AS catalogue "
    "UNION ALL SELECT 'tag', 0, tag, tag, CAST(NULL AS TEXT), CAST(NULL AS INTEGER) FROM (SELECT DISTINCT tag "
    f"FROM contact_tag WHERE tag IN {{tag_keys}} LIMIT {EXACT_LIMIT}) AS stored_tags"
)
# The key lists are expanding parameters (the statement compiled once whatever the number of spans, rendered with
# that many placeholders); on SQLite they are one JSON array each, so the text never changes and SQLite prepares
# it once, not once for every count of spans; it runs on the driver's connection (storage.db.driver_rows).
_NAMES = text(_NAMES_SQL.format(keys=":keys", tag_keys=":tag_keys")).bindparams(
    bindparam("keys", expanding=True), bindparam("tag_keys", expanding=True)
)
_NAMES_JSON = _NAMES_SQL.format(
    keys="(SELECT value FROM json_each(:keys))", tag_keys="(SELECT value FROM json_each(:tag_keys))"
)
_CATALOGUE = text(f"SELECT id, name, name_key FROM product ORDER BY id LIMIT {CATALOGUE_LIMIT}")


@dataclass(frozen=True)
class Names:
    exact: list[Named]  # contacts and organizations whose folded name is exactly a key, EXACT_LIMIT of each kind
    catalogue: list[Named]  # the product catalogue, small: for spans such as "pro licences" that name one loosely
    tags: frozenset[str]  # the tag keys some contact carries


def names(*, session: Session, keys: Collection[str], tag_keys: Collection[str] = ()) -> Names:
    """Every exact name among ``keys``, the catalogue and the stored tags among ``tag_keys``, in one statement."""
    wanted = [k for k in dict.fromkeys(keys) if k]
    tag_wanted = [k for k in dict.fromkeys(tag_keys) if k]
    if not wanted:
        return Names([], products(session=session), frozenset(tags(session=session, keys=tag_wanted)))
    found = Names([], [], frozenset())
    stored: set[str] = set()
    if session.get_bind().dialect.name == "sqlite":
        rows = driver_rows(session, _NAMES_JSON, {"keys": json.dumps(wanted), "tag_keys": json.dumps(tag_wanted)})
    else:
        rows = session.connection().execute(_NAMES, {"keys": wanted, "tag_keys": tag_wanted}).all()
    for kind, row_id, name, key, organization, owner_id in rows:
        if kind == "tag":
            stored.add(name)
        else:
            named = Named(kind, row_id, name, key, organization, owner_id)
            (found.catalogue if kind == "product" else found.exact).append(named)
    return Names(found.exact, found.catalogue, frozenset(stored))


def products(*, session: Session) -> list[Named]:
    """The product catalogue (small: tens of rows), in id order."""
    return [Named("product", r[0], r[1], r[2]) for r in session.connection().execute(_CATALOGUE)]


_TAGS = text(f"SELECT DISTINCT tag FROM contact_tag WHERE tag IN :keys LIMIT {EXACT_LIMIT}").bindparams(
    bindparam("keys", expanding=True)
)


def tags(*, session: Session, keys: Collection[str]) -> list[str]:
    """Which of ``keys`` are tags some contact carries ("vip", "event-lead"): one look-up on the tag index."""
    wanted = [k for k in dict.fromkeys(keys) if k]
    if not wanted:
        return []
    return sorted(r[0] for r in session.connection().execute(_TAGS, {"keys": wanted}))
