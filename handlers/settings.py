"""A staff member's own settings in chat: "my language is Portuguese", "my timezone is Europe/Lisbon", "send my
digest at 7:30". Audited and undoable like any change; the answer is in the language just chosen."""

from __future__ import annotations

import re
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.texts import t
from bot.types import Acted, IncomingMessage, Reply
from config.languages import LANGUAGES
from storage import audit
from storage.models import Staff
from storage.normalize import search_key

_LANGUAGE = re.compile(r"\b(?:language|língua|lingua|idioma|langue|nyelv\w*)\b", re.I)
_ZONE = re.compile(r"\b(?:time ?zone|timezone|tz|fuso(?: horário)?|zona horaria|fuseau(?: horaire)?|időzón\w*)\b", re.I)
_DIGEST = re.compile(r"\b(?:digest|resumo|resumen|résumé|riepilogo|összefoglaló)\b", re.I)
_TIME = re.compile(r"\b([01]?\d|2[0-3])[:h.]([0-5]\d)\b|\b([01]?\d|2[0-3])\s*(am|pm)\b", re.I)


@cache
def language_names() -> dict[str, str]:
    """Every way the six staff languages name each other ("portuguese", "português", "portugais", "pt")."""
    from babel import Locale

    out = {code: code for code in LANGUAGES}
    for ui in LANGUAGES:
        names = Locale.parse(ui).languages
        for code in LANGUAGES:
            out[search_key(names[code])] = code
    return out


def _language(tail: str) -> str | None:
    """The language a phrase names: a whole name or code ("pt"), else the last word that is a language's name."""
    names = language_names()
    key = search_key(re.sub(r"^\s*(?:is|to|=|:|é|es|est|è|a|o|el|le|il|la|now)\s+", "", tail.strip(" .!?")))
    if key in names:
        return names[key]
    words = [w for w in key.split() if len(w) > 2]
    return next((names[w] for w in reversed(words) if w in names), None)


@cache
def _zones_by_city() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in available_timezones():
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            out.setdefault(search_key(name.rsplit("/", 1)[1].replace("_", " ")), name)
    return out


def _zone(text: str) -> str | None:
    for token in re.findall(r"[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|UTC", text):
        if token in available_timezones():
            return token
    tail = re.split(r"\b(?:is|to|=|:|é|es|est|è|a|para)\b", text)[-1]
    return _zones_by_city().get(search_key(tail))


def _digest_time(text: str) -> str | None:
    found = _TIME.search(text)
    if not found:
        return None
    if found.group(1):
        return f"{int(found.group(1)):02d}:{found.group(2)}"
    hour = int(found.group(3)) % 12 + (12 if found.group(4).lower() == "pm" else 0)
    return f"{hour:02d}:00"


async def my_settings(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    text = u.text if u else msg.text
    if ctx.staff is None:
        raise PermissionError(ctx.t("refuse.unknown_user"))
    changes: dict[str, str] = {}
    if _LANGUAGE.search(text):
        lang = _language(_LANGUAGE.split(text, maxsplit=1)[-1])
        if lang is None:
            raise ValueError(ctx.t("settings.bad_language", languages=", ".join(LANGUAGES)))
        changes["language"] = lang
    elif _ZONE.search(text):
        zone = _zone(_ZONE.split(text, maxsplit=1)[-1])
        if zone is None:
            raise ValueError(ctx.t("settings.bad_zone"))
        ZoneInfo(zone)
        changes["tz"] = zone
    elif _DIGEST.search(text):
        at = _digest_time(text)
        if at is None:
            raise ValueError(ctx.t("settings.bad_time"))
        changes["digest_time"] = at
    elif re.search(r"\bin\s+\w+\W*$", text) and _language(text.rsplit(" in ", 1)[-1]):
        changes["language"] = _language(text.rsplit(" in ", 1)[-1]) or ""  # "speak to me in English"
    else:
        return Reply(ctx.t("settings.usage"))
    with ctx.session() as session:
        member = session.get(Staff, ctx.staff_id)
        assert member is not None
        before = audit.snapshot(member, list(changes))
        for name, value in changes.items():
            setattr(member, name, value)
        session.add(member)
        ctx.audit(
            session, at=ctx.now(), action="update", entity="staff", entity_id=member.id,
            detail={"name": member.display_name, "fields": {k: {"old": before[k], "new": v} for k, v in changes.items()}},
            undo=[["restore", "staff", member.id, before]],
        )  # fmt: skip
        lang = member.language
    key, value = next(iter(changes.items()))
    shown = t(lang, f"language.{value}") if key == "language" else value
    return Reply(t(lang, f"settings.{key}", value=shown), acted=Acted(details=((key, value),)))


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.MY_SETTINGS)(my_settings)
