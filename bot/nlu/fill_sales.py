"""Entities of purchases and deals, and of list questions (how many days, which period)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import cast

from bot.nlu import entities as ent
from bot.nlu import spelled_money
from bot.nlu.dates import date_spans, find_dates
from bot.nlu.fill_log import doubt_about, follow_task, past_value, set_follow_up, split_follow_up
from bot.nlu.lexicons import compiled, lexicon, word
from bot.nlu.refs import blank, take_ref
from bot.nlu.understanding import Understanding
from storage.models import DEAL_STAGES

_DAYS = re.compile(
    r"\b(\d{1,4})\+?\s*(?:(?:next|more|prochains|prochaines|derniers|dernières|próximos|próximas|últimos|últimas|"
    r"prossimi|prossime|ultimi|ultime)\s+)?(days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|dias?|días|jours?|giorni|giorno|napja?|napban|napon|napra|nap|"
    r"semanas?|semaines?|settimane?|hét|hete|meses|mois|mesi|mese|hónapja?)\b",
    re.IGNORECASE,
)
_UNIT_DAYS = {"d": 1, "j": 1, "g": 1, "n": 1, "w": 7, "s": 7, "h": 7, "m": 30, "y": 365}
_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "a couple of": 2, "a few": 3}
_STAGE_WORDS = {
    "negotiation": "negotiation",
    "negotiating": "negotiation",
    "negotiations": "negotiation",
    "proposal": "proposal",
    "proposal sent": "proposal",
    "qualification": "qualification",
    "qualified": "qualification",
    "qualifying": "qualification",
    "won": "won",
    "closed won": "won",
    "closed-won": "won",
    "lost": "lost",
    "closed lost": "lost",
    "closed-lost": "lost",
    "dead": "lost",
    "signed": "won",
}


def days_in(raw: str) -> int | None:
    match = _DAYS.search(raw)
    if match:
        unit = match.group(2).lower()
        first = "m" if unit.startswith(("mes", "moi", "hó")) else unit[0]
        if unit.startswith(("hét", "het")):
            first = "w"
        return int(match.group(1)) * _UNIT_DAYS.get(first, 1)
    words = re.search(r"\b(a couple of|a few|a|one|two|three|four|six)\s+(weeks?|months?|years?)\b", raw, re.I)
    if words:
        return _WORD_NUMBERS[words.group(1).lower()] * _UNIT_DAYS[words.group(2)[0].lower()]
    return None


def period_in(raw: str, lang: str) -> str:
    return named_period(raw, lang) or "week"


def named_period(raw: str, lang: str) -> str | None:
    """The period a question names ("today", "tomorrow", "month", "week"), or None when it names none."""
    low = raw.lower()
    found: str | None = None
    for code in dict.fromkeys(("en", lang)):
        for token, period in cast(dict[str, str], word(code, "PERIOD_WORDS")).items():
            if re.search(rf"(?<!\w){re.escape(token)}(?!\w)", low):
                if period in ("today", "tomorrow"):
                    return period
                found = "month" if period == "month" else found or period
    return found


# Verbs that buy only sometimes ("took the premium plan", "got off the phone"): used when no other one is there.
_WEAK_BUY = re.compile(r"\|(?:took|got)(?=[|)])")
_DISCOUNT = re.compile(
    r"\d{1,2}(?:[.,]\d)?\s?%\s?(?:off|discount|de desconto|desconto|de descuento|descuento|de remise|remise|"
    r"di sconto|sconto|kedvezm[ée]ny\w*)",
    re.IGNORECASE,
)


def fill_purchase(u: Understanding, raw: str, *, now: datetime, tz: str, currency: str, explicit: bool = False) -> None:
    # "john miller bought 2 premium for $960, remind me friday to send the invoice": the reminder's day is not
    # the purchase's, and the reminder is kept
    raw, follow = split_follow_up(raw, u.lang)
    if follow:
        ahead = find_dates(follow, now=now, tz=tz, lang=u.lang, prefer="future")
        if not doubt_about(u, ahead, "follow_up") and ahead:
            set_follow_up(u, ahead[0], now)
        u.follow_up_text = follow_task(follow, ahead, u.lang) or follow
    u.amount, u.currency, money_span = ent.find_amount(raw, default_currency=currency)
    discount = _DISCOUNT.search(raw)
    if u.amount is None and discount is not None:
        # "bought support for 10% off": the list price would be stored as if no discount was said; the price is asked
        u.invalid["discount"] = discount.group(0)
    # The amount is not part of a date: "on the 3rd, 1650 usd" is the 3rd, not a phrase only partly read.
    unpriced = blank(raw, [money_span]) if money_span else raw
    # "premium x4 last monday": the count is no part of the date (blanked in place, so the spans still fit)
    uncounted = _TIMES.sub(lambda m: " " * len(m.group()), unpriced)
    dates = find_dates(uncounted, now=now, tz=tz, lang=u.lang, prefer="past")
    if not doubt_about(u, dates, "date") and dates:
        u.occurred_at = past_value(dates[0], now, tz)
    cleaned = blank(unpriced, date_spans(dates))
    verbs = cast(str, word(u.lang, "PURCHASE_VERBS"))
    if u.lang != "en":
        verbs = f"(?:{verbs}|{lexicon('en').PURCHASE_VERBS})"
    strong = _WEAK_BUY.sub("", verbs)
    if compiled(rf"\b{strong}\b").search(cleaned):
        verbs = strong  # "just got off the phone with john, he bought 2 premium": the buying verb, not "got"
    # Hungarian may put the verb last: "Kovács Bence 2 Basic csomagot vásárolt" (who, how many, what, verb).
    verb_last = compiled(rf"^\s*(.+?)\s+(-?\d+)\s*x?\s+(.+?)\s+{verbs}(?:\s|[,;.]|$)") if u.lang == "hu" else None
    match = (verb_last.match(cleaned) if verb_last else None) or compiled(
        rf"^\s*(.+?)\s+{verbs}\s+(?:(?:more|another|mais|outr[oa]s|m[aá]s|otr[oa]s|plus|encore|altri|altre|m[ée]g)\s+)?"
        rf"(?:([-−]?\d+)\s*x?\s+)?(?:(?:more|mais|m[aá]s|de plus|altri|altre)\s+)?(.*?)\s*(?:\bfor\b|\bat\b|\bpor\b|\bpour\b|\bper\b|[,;.]|$)"
    ).match(cleaned)
    if match:
        # "a Ana comprou …", "az Ana vett …": the article is not part of the name.
        who = re.sub(rf"^\s*{word(u.lang, 'REF_INTRO')}\s+(?=\S)", "", match.group(1), flags=re.IGNORECASE)
        u.contact_ref = take_ref(who, u.lang) or who.strip()
        u.quantity = (
            int(match.group(2).replace("−", "-")) if match.group(2) else None
        )  # none said: one (handlers/sales.py)
        product = compiled(cast(str, word(u.lang, "PRODUCT_NOISE"))).sub(" ", match.group(3))
        u.product = " ".join(_TIMES.sub(" ", product).split()) or None  # "premium x10": the count is not the product
    elif explicit:
        # "/buy Ana 2 Basic €40": who, how many, what.
        slash = re.match(r"^\s*(.+?)\s+(?:(-?\d+)\s*x?\s+)?([^\d\s-].*?)\s*$", cleaned)
        if slash:
            u.contact_ref = slash.group(1).strip()
            u.quantity = int(slash.group(2)) if slash.group(2) else None
            u.product = " ".join(slash.group(3).split()) or None
    if u.quantity is None and u.product and " " in u.product:
        # "three premium licences", "três premium", "dos premium": a count in words before the product
        first, rest = u.product.split(" ", 1)
        counted = spelled_money.number(first)
        if counted is not None and 1 <= counted <= 10_000:
            u.quantity, u.product = counted, rest
    if u.quantity is None:
        # "5 licencias premium", "premium x10", "signed for 20 premium licences": counted away from the verb
        u.quantity, _ = ent.find_quantity(cleaned)


_TIMES = re.compile(r"(?<!\w)x\s?\d+\b|\b\d+\s?x(?!\w)")


def fill_deal_stage(u: Understanding, raw: str) -> None:
    """The deal stage a message names, in its own language first ("proposta"), then in English."""
    low = raw.lower()
    lex = lexicon(u.lang)
    # The message's own language first ("proposta" is a stage in Portuguese), then the English stage words.
    for pattern, stage in getattr(lex, "STAGE_PATTERNS", ()):
        if compiled(pattern).search(raw):
            u.stage = stage
            break
    for phrase in sorted(_STAGE_WORDS, key=len, reverse=True) if u.stage is None else ():
        if re.search(rf"\b{re.escape(phrase)}\b", low):
            u.stage = _STAGE_WORDS[phrase]
            break
    if u.stage is None:
        for stage in DEAL_STAGES:
            if re.search(rf"\b{stage}\b", low):
                u.stage = stage


def fill_deal(u: Understanding, raw: str, *, explicit: bool = False) -> None:
    lex = lexicon(u.lang)
    fill_deal_stage(u, raw)
    match = (
        re.search(
            r"\b(?:move|mark|set|update|push|bump|put|won|lost|closed|signed|lose|win)\s+(?:the\s+)?(.+?)(?:'s)?\s+"
            r"(?:deal|opp(?:ortunity)?)\b",
            raw,
            re.IGNORECASE,
        )
        or re.search(r"^(?:the\s+)?(.+?)(?:'s)?\s+(?:deal|opp(?:ortunity)?)\b", raw, re.IGNORECASE)
        or re.search(r"\bdeal (?:with|for)\s+(.+?)\s+(?:to|is|moved|->|=)\b", raw, re.IGNORECASE)
    )
    for pattern in () if match else getattr(lex, "DEAL_REF", ()):
        match = compiled(pattern).search(raw)
        if match:
            break
    if match:
        u.contact_ref = match.group(1).strip()
    elif explicit and u.stage:
        # "/deal Acme negotiation": the words that are not the stage name the account.
        words = [w for w in raw.split() if w.lower() not in _STAGE_WORDS and w.lower() not in ("to", "closed", "deal")]
        u.contact_ref = " ".join(words) or None


_CROSS_SELL_WHO = re.compile(
    r"(?:\bfor|\bto|\bcan|\bcould|\bshould|\bpara|\bpour|\bper)\s+(.+?)(?:\s+(?:buy|purchase|need|get)\b|\?|$)"
    r"|^(?:cross[- ]?sell|upsell)\s+(?!ideas\b)(.+?)\??$",
    re.IGNORECASE,
)


_CROSS_SELL_TO = re.compile(r"\b(?:to|for|para|pour|per)\s+(.+?)(?:\s+(?:buy|purchase|need|get)\b|\?|$)", re.IGNORECASE)
# "cross-sell ideas for my accounts?": the whole book, not a person
_MINE = re.compile(r"^(?:my|our|all|meus|minhas|nossos|mis|nuestros|mes|nos|miei|nostri|az én)\b", re.IGNORECASE)


def fill_cross_sell(u: Understanding, raw: str) -> None:
    """Whose next purchase: "what else can Ana buy?", "cross-sell ideas for Acme", "upsell Maria"."""
    # "what can i upsell to acme": the one sold to follows "to"/"for" wherever "can" stands
    match = _CROSS_SELL_TO.search(raw) or _CROSS_SELL_WHO.search(raw)
    if match:
        who = next(g for g in match.groups() if g)
        u.contact_ref = None if _MINE.match(who) else take_ref(who, u.lang)
