"""/staff: admins list staff and change roles, teams and access in chat (the command line's `staff` does the same)."""

from __future__ import annotations

from bot.context import HandlerContext
from bot.router import Router
from bot.types import IncomingMessage, Reply
from storage import staff_admin

ACTIONS = ("add", "role", "team", "deactivate", "activate")


async def staff_command(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    parts = msg.text.split()[1:]
    if ctx.staff is None or ctx.staff.role != "admin":
        return Reply(ctx.t("staff.need_admin"))
    with ctx.session() as session:
        if not parts:
            rows = staff_admin.listing(session=session)
            lines = [ctx.t("staff.header", count=len(rows))]
            for r in rows:
                state = "" if r.active else ctx.t("staff.inactive")
                team = f", {r.team}" if r.team else ""
                lines.append(f"• {r.handle} — {r.name}, {ctx.t('role.' + r.role)}{team}, {r.language}, {r.tz}{state}")
            return Reply("\n".join(lines) + "\n" + ctx.t("staff.usage"))
        action = parts[0].lower()
        if action not in ACTIONS or len(parts) < 2:
            return Reply(ctx.t("staff.usage"))
        value = " ".join(parts[2:]) or None
        try:
            member = staff_admin.change(
                session=session, by=ctx.staff, action=action, handle=parts[1], value=value, now=ctx.now()
            )
        except LookupError:
            raise ValueError(ctx.t("staff.unknown", handle=parts[1])) from None
        except ValueError as exc:
            key = "staff.last_admin" if str(exc) == "last admin" else "staff.usage"
            raise ValueError(ctx.t(key)) from None
        shown = ctx.t(f"role.{member.role}") if action in ("add", "role") else (value or "")
        return Reply(ctx.t(f"staff.done.{action}", handle=member.handle, value=shown))


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.command("staff")(staff_command)
