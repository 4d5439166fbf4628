"""The store as a dictionary: which of a message's word spans name a contact, an organization, a product or staff.

One indexed query per table answers every exact span of a message at once (``search_key IN (...)`` on the
b-tree index), so finding "Sophie Martin", "Acme" and "Premium" in one sentence costs three look-ups whatever
the sentence's shape. Fuzzy spans (typos, a first name alone) go through ``storage.search``'s trigram index.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

EXACT_LIMIT = 50


@dataclass(frozen=True)
class Named:
    kind: str  # "contact", "organization", "product", "staff"
    id: int
    name: str
    key: str
    organization: str | None = None
    owner_id: int | None = None


def _in(keys: Collection[str]) -> tuple[str, dict[str, str]]:
    params = {f"k{n}": key for n, key in enumerate(keys)}
    return ", ".join(f":{name}" for name in params), params


def exact(*, session: Session, keys: Collection[str]) -> list[Named]:
    """Contacts and organizations whose folded name is exactly one of ``keys`` (at most EXACT_LIMIT of each kind per key set)."""
    keys = [k for k in dict.fromkeys(keys) if k]
    if not keys:
        return []
    marks, params = _in(keys)
    found: list[Named] = []
    rows = session.connection().execute(
        text(
            "SELECT c.id, c.full_name, c.search_key, o.name, c.owner_id FROM contact c "
            f"LEFT OUTER JOIN organization o ON o.id = c.organization_id WHERE c.search_key IN ({marks}) "
            f"LIMIT {EXACT_LIMIT}"
        ),
        params,
    )
    found.extend(Named("contact", r[0], r[1], r[2], r[3], r[4]) for r in rows)
    rows = session.connection().execute(
        text(f"SELECT id, name, name_key, owner_id FROM organization WHERE name_key IN ({marks}) LIMIT {EXACT_LIMIT}"),
        params,
    )
    found.extend(Named("organization", r[0], r[1], r[2], owner_id=r[3]) for r in rows)
    return found  # products come from the catalogue, read once per message (products())


def products(*, session: Session) -> list[Named]:
    """The product catalogue (small: tens of rows), for spans such as "pro licences" that name a product loosely."""
    rows = session.connection().execute(text("SELECT id, name, name_key FROM product ORDER BY id LIMIT 500"))
    return [Named("product", r[0], r[1], r[2]) for r in rows]


def tags(*, session: Session, keys: Collection[str]) -> list[str]:
    """Which of ``keys`` are tags some contact carries ("vip", "event-lead"): one look-up on the tag index."""
    keys = [k for k in dict.fromkeys(keys) if k]
    if not keys:
        return []
    marks, params = _in(keys)
    rows = session.connection().execute(
        text(f"SELECT DISTINCT tag FROM contact_tag WHERE tag IN ({marks}) LIMIT {EXACT_LIMIT}"), params
    )
    return sorted(r[0] for r in rows)
