"""A write refuses a value it cannot store as written, naming the field (the guard adds "nothing was saved")."""

from __future__ import annotations

from bot.context import HandlerContext
from bot.nlu.understanding import Understanding
from storage.errors import UserError

# The order a person would fix them in: what was bought, then the money, then when.
_FIELDS = ("quantity", "amount", "discount", "currency", "date", "close_date", "keep_in_touch")


def refuse_invalid(ctx: HandlerContext) -> None:
    u = ctx.understanding
    if u is None or not u.invalid:
        return
    for name in _FIELDS:
        if name in u.invalid:
            raise UserError(f"invalid.{name}", value=u.invalid[name])


def understood(u: Understanding | None) -> Understanding:
    """The understanding a handler routed by intent needs (only a malformed call arrives without one)."""
    if u is None:
        raise UserError("error.unreadable")
    return u
