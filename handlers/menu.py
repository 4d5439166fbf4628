"""The command menu platforms show (Telegram's "/" list): names and one-line descriptions."""

from __future__ import annotations

from bot.texts import t

MENU = ("help", "find", "log", "followup", "followups", "bday", "atrisk", "undo", "link", "start")


def menu(lang: str) -> list[tuple[str, str]]:
    return [(name, t(lang, f"command.{name}")) for name in MENU]
