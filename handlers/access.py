"""Ownership checks for handlers: what the sender may see and change (rules in storage/permissions.py)."""

from __future__ import annotations

from sqlmodel import Session

from bot.context import HandlerContext
from storage.permissions import Scope, require, scope_for
from storage.search import Candidate


def scope(session: Session, ctx: HandlerContext) -> Scope:
    if ctx.staff is None:
        raise PermissionError(ctx.t("refuse.unknown_user"))
    return scope_for(session=session, staff=ctx.staff)


def visible(session: Session, ctx: HandlerContext, found: list[Candidate]) -> list[Candidate]:
    """Search results the sender may see: a rep never learns that someone else's contact exists."""
    s = scope(session, ctx)
    return found if s.owner_ids is None else [c for c in found if s.sees(c.owner_id)]


def check(session: Session, ctx: HandlerContext, action: str, owner_id: int | None, *, what: str) -> Scope:
    s = scope(session, ctx)
    require(s, action, owner_id, what=what)
    return s
