"""Links stated in chat: "Rui is Acme's CFO and the decision maker", "Fornitori Uniti supplies Torino Meccanica",
"Élodie Laurent introduced us to Lumière SA", "Ana left Acme for Globex". Audited and undoable like every write."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import access
from handlers.network_refs import Found, NeedsAnswer, contact_of, find
from storage import audit, network
from storage.models import LINK_KINDS, ORG_KINDS, Contact, Organization

# Which end is a person ("c") or an organization ("o"); None: either.
_ENDS: dict[str, tuple[str | None, str | None]] = {
    "employee": ("c", "o"), "former_employee": ("c", "o"), "board_member": ("c", "o"), "advisor": (None, "o"),
    "partner": ("o", "o"), "supplier": ("o", "o"), "investor": (None, "o"), "reseller": ("o", "o"),
    "subsidiary": ("o", "o"), "competitor": ("o", "o"), "introduced": (None, None), "referred": (None, None),
    "reports_to": ("c", "c"), "knows": (None, None), "champion": ("c", None), "decision_maker": ("c", None),
    "blocker": ("c", None),
}  # fmt: skip


def statement(ctx: HandlerContext, kind: str, a: str, b: str, title: str | None = None) -> str:
    if kind == "employee" and title:
        a = f"{a} ({title})"
    return ctx.t("network.statement", a=a, rel=ctx.t(f"network.kind.{kind}"), b=b)


async def record_link(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    frame: dict[str, Any] = u.network if u else {}
    kind = frame.get("kind")
    now = ctx.now()
    with ctx.session() as session:
        undo: list[list[Any]] = []
        lines: list[str] = []
        first = "c"  # what the sentence's first party is: a person ("c") or an organization ("o")
        try:
            if kind == "move":
                lines = _move(session, ctx, frame, undo)
            else:
                roles = frame.get("roles") or [kind]
                lines, first = _links(session, ctx, frame, roles, undo)
        except NeedsAnswer as question:
            session.rollback()
            return Reply(str(question))
        if not undo:
            return Reply(ctx.t("network.already", lines="; ".join(lines)))
        ctx.audit(
            session, at=now, action="create", entity="relationship", entity_id=None,
            detail={"kind": kind, "lines": lines}, undo=undo,
        )  # fmt: skip
    party = str(frame.get("a", ""))
    acted = Acted(company=party) if first == "o" else Acted(contact=party)
    return Reply(ctx.t("network.saved", lines="; ".join(lines)), acted=acted)


def _owner(session: Session, ctx: HandlerContext, found: Found) -> None:
    """A link may be written by whoever may change the record it hangs on."""
    contact = contact_of(session, found)
    if contact is not None:
        access.check(session, ctx, "update", contact.owner_id, what=contact.full_name)


def _links(
    session: Session, ctx: HandlerContext, frame: dict[str, Any], roles: list[str], undo: list[list[Any]]
) -> tuple[list[str], str]:
    """The statements written, and the kind of node the first party turned out to be."""
    kinds = [r for r in roles if r in LINK_KINDS]
    titles = [r for r in roles if r not in LINK_KINDS]
    first = kinds[0] if kinds else "employee"
    want_a, want_b = _ENDS[first]
    a = find(session, ctx, frame.get("a"), want=want_a, create_org=want_a == "o")
    b = find(session, ctx, frame.get("b"), want=want_b, create_org=want_b == "o")
    for end in (a, b):
        if end.created:
            undo.append(["delete", "organization", end.node[1]])
        _owner(session, ctx, end)
    if a.created and first in ORG_KINDS:
        # A supplier, partner or investor new to the store is one: "our suppliers" lists organizations by kind.
        org = session.get(Organization, a.node[1])
        if org is not None:
            org.kind = first
            session.add(org)
    lines = []
    if titles or (a.node[0] == "c" and b.node[0] == "o" and kinds and kinds[0] in ("decision_maker", "champion")):
        # A job title ("CFO") is an employee link; a role at an account also says the person works there.
        title = " ".join(titles) or None
        if titles or _employer(session, a) is None:
            lines.append(_one(session, ctx, "employee", a, b, undo, title=title))
    for kind in dict.fromkeys(kinds):
        lines.append(_one(session, ctx, kind, a, b, undo))
    return lines, a.node[0]


def _employer(session: Session, person: Found) -> int | None:
    contact = contact_of(session, person)
    return contact.organization_id if contact is not None else None


def _one(
    session: Session,
    ctx: HandlerContext,
    kind: str,
    a: Found,
    b: Found,
    undo: list[list[Any]],
    title: str | None = None,
) -> str:
    existing = network.active(session=session, kind=kind, a=a.node, b=b.node)
    before = audit.snapshot(existing, ["title"]) if existing is not None else None
    link, created = network.add_link(
        session=session, kind=kind, a=a.node, b=b.node, owner_id=ctx.staff_id, now=ctx.now(), title=title
    )
    if created:
        undo.append(["delete", "relationship", link.id])
    elif before is not None and before["title"] != link.title:
        undo.append(["restore", "relationship", link.id, before])
    if kind == "employee" and a.node[0] == "c":
        contact = contact_of(session, a)
        if contact is not None and contact.organization_id is None:
            undo.append(["restore", "contact", contact.id, audit.snapshot(contact, ["organization_id", "updated_at"])])
            contact.organization_id, contact.updated_at = b.node[1], ctx.now()
            session.add(contact)
    return statement(ctx, kind, a.name, b.name, title)


def _move(session: Session, ctx: HandlerContext, frame: dict[str, Any], undo: list[list[Any]]) -> list[str]:
    """ "Ana left Acme for Globex": the employee link at the old organization ends (kept as a former employee),
    one at the new organization starts, and the contact's organization follows."""
    person = find(session, ctx, frame.get("a"), want="c")
    _owner(session, ctx, person)
    contact = contact_of(session, person)
    assert contact is not None and contact.id is not None
    new = find(session, ctx, frame.get("c"), want="o", create_org=True)
    if new.created:
        undo.append(["delete", "organization", new.node[1]])
    old_id = contact.organization_id
    if frame.get("b"):
        old_id = find(session, ctx, frame.get("b"), want="o").node[1]
    now = ctx.now()
    lines = []
    if old_id is not None and old_id != new.node[1]:
        old = ("o", old_id)
        current = network.active(session=session, kind="employee", a=person.node, b=old)
        title = current.title if current else None
        # Leaving ends the job and the roles at the old account; the rows stay as history.
        for link in [current, *(network.active(session=session, kind=k, a=person.node, b=old) for k in network.ROLES)]:
            if link is not None:
                undo.append(["restore", "relationship", link.id, {"ended_at": None}])
                network.end_link(session=session, link=link, at=now)
        former, created = network.add_link(
            session=session, kind="former_employee", a=person.node, b=old, owner_id=ctx.staff_id, now=now, title=title
        )
        if created:
            undo.append(["delete", "relationship", former.id])
        old_name = network.names(session=session, nodes=[old]).get(old, "?")
        lines.append(ctx.t("network.moved", name=contact.full_name, old=old_name, new=new.name))
    else:
        lines.append(statement(ctx, "employee", contact.full_name, new.name))
    link, created = network.add_link(
        session=session, kind="employee", a=person.node, b=new.node, owner_id=ctx.staff_id, now=now
    )
    if created:
        undo.append(["delete", "relationship", link.id])
    undo.append(["restore", "contact", contact.id, audit.snapshot(contact, ["organization_id", "updated_at"])])
    _set_org(session, contact, new.node[1], now)
    return lines


def _set_org(session: Session, contact: Contact, organization_id: int, now: Any) -> None:
    contact.organization_id, contact.updated_at = organization_id, now
    session.add(contact)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.RECORD_LINK)(record_link)
