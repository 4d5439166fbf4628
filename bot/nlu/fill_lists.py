"""Entities of list questions about contacts ("show me all leads", "vip contacts at Acme", "who haven't we talked to
in 60 days?") and of a lifecycle move stated in passing ("Tiago is a prospect now", "Giulia adesso è cliente")."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.nlu.dates import find_dates
from bot.nlu.fill_sales import days_in, named_period
from bot.nlu.intents import Intent
from bot.nlu.lifecycle import stage_named, tags_named
from bot.nlu.reading import Reading
from bot.nlu.understanding import Understanding


def fill_list_contacts(u: Understanding, raw: str, reading: Reading) -> None:
    """Filters: days without a touch, lifecycle stage, tags (named as tags, or words that are stored tags); the
    company comes from the store's mentions (bot/nlu/choose.py)."""
    u.days = days_in(raw)
    u.tags = tags_asked(raw, reading)
    stage, _ = stage_named(raw, u.lang)
    # "lista os clientes com tag vip": a list of customers by tag uses "customers" for contacts in general.
    if stage is not None and not (stage == "customer" and u.tags):
        u.stage = stage


# "who hasn't bought anything in 6 months?", "quem não compra há 90 dias?", "qui n'a rien acheté depuis 3 mois ?"
_LAPSED = re.compile(
    r"\b(?:hasn'?t|haven'?t|has not|have not|didn'?t|did not|not|no|never|não|nao|nunca|ya no|n'a|n'ont|pas|non|nem|"
    r"sem|sin|sans|senza)\b.{0,25}?\b(?:bought|buy|purchased?|ordered|compr\w*|achet\w*|achat\w*|command\w*|"
    r"acquist\w*|vásárol\w*|vett\w*|rendel\w*)\b",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"\?\s*$|^\s*(?:who|which|any|list|show|quem|quais|que|quién|quiénes|cuáles|qui|quels?|quelles?|chi|quali|ki|kik|"
    r"melyik)\b",
    re.IGNORECASE,
)


def lapsed_buyers(u: Understanding, raw: str) -> bool:
    """ "who hasn't bought anything in 6 months?": a list of buyers gone quiet (they bought before, not since), never
    a purchase by someone called "who hasnt"; ``u`` becomes that list question."""
    days = days_in(raw)
    if days is None or not _LAPSED.search(raw) or not _ASKING.search(raw):
        return False
    u.intent, u.days, u.no_purchase = Intent.LIST_CONTACTS, days, True
    u.contact_ref = u.product = u.occurred_at = None
    u.alternatives = []
    return True


def tags_asked(raw: str, reading: Reading) -> list[str]:
    """The tags a question filters by: named as tags ("tagged vip") or words that are stored tags ("vip customers")."""
    return list(dict.fromkeys([*tags_named(raw), *reading.tags]))


def fill_stage_move(u: Understanding, raw: str) -> None:
    """An update that names no field but a lifecycle stage moves the contact there ("Tiago is a prospect now")."""
    if u.field_name or u.stage or u.tags or u.email or u.phone or u.birthday or u.company:
        return
    stage, _ = stage_named(raw, u.lang, churn=True)
    if stage is not None:
        u.stage = stage


# "what's overdue?", "o que está atrasado?", "qu'est-ce qui est en retard ?", "mi van lejárva?"
_OVERDUE = re.compile(
    r"\b(?:overdue|past due|late|missed|atrasad[oa]s?|em atraso|vencid[oa]s?|en retard|échu(?:e|es|s)?|in ritardo|"
    r"scadut[oie]|retrasad[oa]s?|pendientes? vencid\w*|lejárt\w*|késés\w*|elmaradt\w*|lejárva)\b",
    re.IGNORECASE,
)


def fill_followup_window(u: Understanding, raw: str, *, now: datetime, tz: str) -> None:
    """Which follow-ups a list question asks for: "the next 7 days" (days), one day ("today", "for friday"), or
    the overdue ones (period "overdue")."""
    if _OVERDUE.search(raw):
        u.period = "overdue"
        return
    u.days = days_in(raw)
    if u.days is not None:
        return
    found = [d for d in find_dates(raw, now=now, tz=tz, lang=u.lang, prefer="future") if d.doubt is None]
    today = now.astimezone(ZoneInfo(tz)).date()
    if not found or found[0].value.astimezone(ZoneInfo(tz)).date() == today:
        # "what do I have to do this week?": the days ahead, not today alone
        span = named_period(raw, u.lang)
        if span in ("week", "month"):
            u.days = 7 if span == "week" else 31
            return
    if found:
        u.follow_up_at = found[0].value
