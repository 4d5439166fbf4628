"""The command menu platforms show (Telegram's "/" list): names and one-line descriptions."""

from __future__ import annotations

from bot.context import HandlerContext
from bot.requests import Menu, MenuWanted
from bot.router import Router
from bot.texts import t

MENU = ("help", "find", "log", "followup", "followups", "bday", "atrisk", "undo", "link", "start")


async def menu(_event: MenuWanted, ctx: HandlerContext) -> Menu:
    """Asked at start-up, by no one in particular: in the default language."""
    return Menu(tuple((name, t(ctx.lang, f"command.{name}")) for name in MENU))


def register(router: Router) -> None:
    router.request(MenuWanted, public=True)(menu)
