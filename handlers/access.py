"""Ownership checks for handlers: what the sender may see and change (rules in storage/permissions.py)."""

from __future__ import annotations

from sqlmodel import Session

from bot.context import HandlerContext
from storage.errors import Refusal
from storage.permissions import Scope, require, scope_for, visible_organization_ids
from storage.search import Candidate, OrgCandidate


def scope(session: Session, ctx: HandlerContext) -> Scope:
    """What the sender may see, read once per message (a handler asks several times: its search, the companies,
    each check); the next message reads it afresh, so a team change counts at once."""
    if ctx.staff is None:
        raise Refusal("refuse.unknown_user")
    if ctx.scope is None:
        ctx.scope = scope_for(session=session, staff=ctx.staff)
    return ctx.scope


def owner_ids(session: Session, ctx: HandlerContext) -> frozenset[int] | None:
    """Whose records the sender may see (None: everyone's), for storage queries that filter in SQL."""
    return scope(session, ctx).owner_ids


def visible(session: Session, ctx: HandlerContext, found: list[Candidate]) -> list[Candidate]:
    """Search results the sender may see: a rep never learns that someone else's contact exists."""
    s = scope(session, ctx)
    return found if s.owner_ids is None else [c for c in found if s.sees(c.owner_id)]


def visible_orgs(session: Session, ctx: HandlerContext, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """Organizations the sender may see (their team owns it or one of its contacts)."""
    s = scope(session, ctx)
    if s.owner_ids is None:
        return found
    keep = visible_organization_ids(session=session, scope=s, ids={o.organization_id for o in found})
    return [o for o in found if o.organization_id in keep]


def check(session: Session, ctx: HandlerContext, action: str, owner_id: int | None, *, what: str) -> Scope:
    s = scope(session, ctx)
    require(s, action, owner_id, what=what)
    return s
