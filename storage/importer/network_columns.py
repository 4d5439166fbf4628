"""The network columns of a contacts file, applied after its contacts are stored: "Title", "Department",
"Introduced by", "Reports to" and "Role" (decision maker, champion, blocker, board member, advisor).

The contacts pass (csv_contacts.py) has matched or created every person; this pass finds them again, a chunk at a
time (one query per chunk for the emails, one for the names), and writes the links with source "import": a job
title or department becomes the person's employee link at their organization, "Introduced by" an introduced link
from the named person or organization to the person's organization (or the person), "Reports to" a reports_to link,
and a role a link to the person's organization. Names in those columns must already be in the store (same name, or
an organization's name); an unknown one is skipped and counted. Re-importing the file adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from itertools import islice

from sqlmodel import Session, col, select

from storage import network
from storage.importer.sources import FileInfo, rows
from storage.models import Contact, ContactEmail, Organization
from storage.normalize import email_normal, search_key

COLUMNS = frozenset({"title", "department", "introduced_by", "reports_to", "role"})
ROLE_WORDS = {
    "decision maker": "decision_maker", "decision-maker": "decision_maker", "decisor": "decision_maker",
    "decideur": "decision_maker", "champion": "champion", "sponsor": "champion", "blocker": "blocker",
    "board member": "board_member", "advisor": "advisor", "adviser": "advisor",
}  # fmt: skip
CHUNK = 5_000


def wanted(info: FileInfo) -> bool:
    return info.kind == "contacts" and bool(COLUMNS & {f for f in info.fields if f})


def apply(session: Session, info: FileInfo, *, owner_id: int | None, now: datetime) -> dict[str, int]:
    counts = {"links_created": 0, "links_skipped": 0}
    source: Iterator = rows(info)
    while chunk := list(islice(source, CHUNK)):
        people = _people(session, chunk)
        for row in chunk:
            person = people.get(row.line)
            if person is None or person.id is None:
                counts["links_skipped"] += 1
                continue
            for created in _links(session, row, person, owner_id, now):
                counts["links_created" if created else "links_skipped"] += 1
    return counts


def _name(row) -> str:  # type: ignore[no-untyped-def]
    return row.first("name") or " ".join(x for x in (row.first("first_name"), row.first("last_name")) if x)


def _people(session: Session, chunk: list) -> dict[int, Contact]:  # type: ignore[type-arg]
    """Each row's stored contact: by its first email, else by its name."""
    emails = {row.line: email_normal(row.first("email") or "") for row in chunk if row.first("email")}
    by_email = dict(
        session.exec(
            select(ContactEmail.email, ContactEmail.contact_id).where(col(ContactEmail.email).in_(list(emails.values())))
        ).all()
    ) if emails else {}  # fmt: skip
    keys = {row.line: search_key(_name(row)) for row in chunk if row.line not in emails and _name(row)}
    by_key = {
        c.search_key: c.id
        for c in session.exec(select(Contact).where(col(Contact.search_key).in_(list(keys.values()))))
    }
    ids = {line: by_email.get(e) for line, e in emails.items()} | {line: by_key.get(k) for line, k in keys.items()}
    found = {c.id: c for c in session.exec(select(Contact).where(col(Contact.id).in_([i for i in ids.values() if i])))}
    return {line: found[i] for line, i in ids.items() if i in found}


def _node(session: Session, name: str) -> network.Node | None:
    """A person or an organization of exactly this name (folded)."""
    key = search_key(name)
    org = session.exec(select(Organization.id).where(Organization.name_key == key)).first()
    if org is not None:
        return ("o", org)
    person = session.exec(select(Contact.id).where(Contact.search_key == key)).first()
    return ("c", person) if person is not None else None


def _links(session: Session, row, person: Contact, owner_id: int | None, now: datetime) -> Iterator[bool]:  # type: ignore[no-untyped-def]
    me: network.Node = ("c", person.id or 0)
    account: network.Node | None = ("o", person.organization_id) if person.organization_id else None

    def add(kind: str, a: network.Node, b: network.Node, **extra: str | None) -> bool:
        _, created = network.add_link(session=session, kind=kind, a=a, b=b, owner_id=owner_id, now=now,
                                      source="import", **extra)  # type: ignore[arg-type]  # fmt: skip
        return created

    title, department = row.first("title"), row.first("department")
    if account is not None and (title or department):
        yield add("employee", me, account, title=title, department=department)
    for column, kind in (("introduced_by", "introduced"), ("reports_to", "reports_to")):
        value = row.first(column)
        if not value:
            continue
        other = _node(session, value)
        if other is None or other == me:
            yield False
            continue
        if kind == "introduced":
            yield add(kind, other, account or me)
        else:
            yield add(kind, me, other)
    role = row.first("role")
    if role and account is not None:
        kind = ROLE_WORDS.get(" ".join(role.lower().split()))
        yield add(kind, me, account) if kind else False
