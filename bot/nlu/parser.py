"""Message -> Understanding: intent by per-language rules, then entities.

Rules are fast, deterministic and explainable; the console's ``--json`` shows what they found.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from importlib import import_module
from types import ModuleType
from zoneinfo import ZoneInfo

from bot.nlu import entities as ent
from bot.nlu.dates import DateMatch, find_dates
from bot.nlu.understanding import Understanding
from storage.models import DEAL_STAGES, STAGES

SLASH_INTENTS = {
    "log": "log_interaction",
    "find": "find_contact",
    "f": "find_contact",
    "followup": "schedule_followup",
    "fu": "schedule_followup",
    "remind": "schedule_followup",
    "followups": "list_followups",
    "bday": "birthdays",
    "birthdays": "birthdays",
    "atrisk": "at_risk",
    "undo": "undo",
    "help": "help",
    "add": "add_contact",
    "update": "update_contact",
    "buy": "record_purchase",
    "purchase": "record_purchase",
    "deal": "update_deal",
    "pipeline": "pipeline",
    "portfolio": "portfolio",
    "crosssell": "cross_sell",
    "stale": "list_contacts",
}
_SLASH = re.compile(r"^/(\w+)(?:@\w+)?\s*(.*)$", re.DOTALL)
_DAYS = re.compile(r"\b(\d{1,4})\s*(days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?)\b", re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
_FIELD_WORDS = {
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "number": "phone",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "birthday": "birthday",
    "bday": "birthday",
    "company": "company",
    "employer": "company",
    "stage": "stage",
    "tier": "tier",
    "note": "notes",
    "notes": "notes",
    "name": "name",
    "tags": "tags",
    "tag": "tags",
}


def _lexicon(lang: str) -> ModuleType:
    try:
        return import_module(f"bot.nlu.lexicon.{lang}")
    except ModuleNotFoundError:
        return import_module("bot.nlu.lexicon.en")


_COMPILED: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


def _rules(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    if lang not in _COMPILED:
        rules: list[tuple[str, re.Pattern[str]]] = []
        for code in dict.fromkeys((lang, "en")):
            for intent, patterns in _lexicon(code).INTENT_PATTERNS.items():
                rules.extend((intent, re.compile(p, re.IGNORECASE)) for p in patterns)
        _COMPILED[lang] = rules
    return _COMPILED[lang]


def detect_intent(text: str, lang: str) -> str | None:
    for intent, pattern in _rules(lang):
        if pattern.search(text):
            return intent
    return None


def parse(text: str, *, now: datetime, tz: str, lang: str = "en", currency: str = "EUR") -> Understanding:
    raw = " ".join(text.split())
    slash = _SLASH.match(raw)
    forced: str | None = None
    if slash:
        forced = SLASH_INTENTS.get(slash.group(1).lower(), "unknown")
        raw = slash.group(2).strip()
    intent = forced or detect_intent(raw, lang)
    if intent is None:
        intent = "find_contact" if _looks_like_lookup(raw) else "unknown"
    u = Understanding(intent=intent, text=raw, lang=lang)
    lex = _lexicon(lang)
    if intent == "log_interaction":
        _fill_log(u, raw, now=now, tz=tz, lex=lex, explicit=forced is not None)
    elif intent == "schedule_followup":
        _fill_followup(u, raw, now=now, tz=tz, lex=lex)
    elif intent == "add_contact":
        _fill_add(u, raw, tz=tz, lang=lang)
    elif intent == "update_contact":
        _fill_update(u, raw, tz=tz, lang=lang)
    elif intent == "find_contact":
        u.contact_ref = _lookup_ref(raw, lex)
    elif intent == "record_purchase":
        _fill_purchase(u, raw, now=now, tz=tz, lang=lang, currency=currency)
    elif intent == "update_deal":
        _fill_deal(u, raw)
    elif intent in ("list_contacts", "at_risk"):
        u.days = _days(raw)
    elif intent == "birthdays":
        u.period = _period(raw)
    return u


def _looks_like_lookup(raw: str) -> bool:
    words = raw.rstrip("?").split()
    return (0 < len(words) <= 4 and any(ch.isalpha() for ch in raw)) or bool(ent.EMAIL.fullmatch(raw.strip()))


def _lookup_ref(raw: str, lex: ModuleType) -> str | None:
    words = [w for w in re.split(r"\s+", raw.strip().rstrip("?!. ")) if w]
    while words and words[0].lower().strip(":") in lex.QUERY_FILLERS:
        words.pop(0)
    return " ".join(words) or None


def _days(raw: str) -> int | None:
    match = _DAYS.search(raw)
    if not match:
        return None
    return int(match.group(1)) * _UNIT_DAYS.get(match.group(2)[0].lower(), 1)


def _period(raw: str) -> str:
    low = raw.lower()
    if "today" in low:
        return "today"
    if "tomorrow" in low:
        return "tomorrow"
    if "month" in low:
        return "month"
    return "week"


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace spans with spaces, keeping every other offset valid."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _take_ref(fragment: str, lex: ModuleType, extra_stops: frozenset[str] = frozenset()) -> str | None:
    """The contact reference at the start of a fragment: words up to a stop word or punctuation, at most 4."""
    fragment = re.split(r"[,.;:!?()\n]|\s[-–—]\s", fragment, maxsplit=1)[0]
    words: list[str] = []
    for word in fragment.split():
        low = word.lower()
        if not words and low in ("the", "a", "an", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."):
            continue
        if low in lex.REF_STOP_WORDS or low in extra_stops or low in lex.KIND_WORDS:
            break
        words.append(word.strip("'\""))
        if len(words) == 4:
            break
    return " ".join(words) or None


def _split_follow_up(raw: str, lex: ModuleType) -> tuple[str, str | None]:
    match = re.search(lex.FOLLOW_UP_MARKERS, raw, re.IGNORECASE)
    if not match or match.start() == 0:
        return raw, None
    return raw[: match.start()].rstrip(" ,.;-–—"), raw[match.start() :]


def _at_default_hour(match: DateMatch, hour: int) -> datetime:
    if match.has_time:
        return match.value
    zone = match.value.tzinfo or ZoneInfo("UTC")
    return datetime.combine(match.value.date(), time(hour), zone)


def _fill_log(u: Understanding, raw: str, *, now: datetime, tz: str, lex: ModuleType, explicit: bool) -> None:
    body, follow = _split_follow_up(raw, lex)
    past = find_dates(body, now=now, tz=tz, lang=u.lang, prefer="past")
    if past:
        first = past[0]
        u.occurred_at = first.value if first.has_time else _same_time_on(first.value, now, tz)
    if follow:
        future = find_dates(follow, now=now, tz=tz, lang=u.lang, prefer="future")
        if future:
            u.follow_up_at = _at_default_hour(future[0], 9)
        u.follow_up_text = follow
    cleaned = _blank(body, [(m.start, m.end) for m in past])
    words = cleaned.split(maxsplit=1)
    first_word = words[0].lower().rstrip(":,") if words else ""
    u.kind = lex.KIND_WORDS.get(first_word)
    rest = cleaned
    intro = re.match(
        rf"^\s*(?:(?:just\s+)?(?:had|did)\s+(?:a\s+|an\s+)?)?(?:\w[\w/-]*)\s+(?:{lex.REF_INTRO}\s+)?",
        cleaned,
        re.IGNORECASE,
    )
    if intro and (u.kind or first_word in ("had", "did", "just")):
        if first_word in ("had", "did", "just"):
            kind_word = re.match(r"^\s*(?:just\s+)?(?:had|did)\s+(?:a\s+|an\s+)?([\w/-]+)", cleaned, re.IGNORECASE)
            if kind_word:
                u.kind = lex.KIND_WORDS.get(kind_word.group(1).lower())
        rest = cleaned[intro.end() :]
    elif explicit:
        rest = cleaned
    u.kind = u.kind or "note"
    u.contact_ref = _take_ref(rest, lex)
    company = re.search(r"\b(?:from|at|of)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", rest)
    if company and u.contact_ref and company.group(1) not in u.contact_ref:
        u.company = company.group(1)
    u.summary = body.strip() or raw


def _same_time_on(day: datetime, now: datetime, tz: str) -> datetime:
    """A date-only past phrase ("yesterday") keeps the time of day of now: the order of events stays sane."""
    local_now = now.astimezone(ZoneInfo(tz))
    if day.date() == local_now.date():
        return local_now
    return datetime.combine(day.date(), time(12), ZoneInfo(tz))


def _fill_followup(u: Understanding, raw: str, *, now: datetime, tz: str, lex: ModuleType) -> None:
    dates = find_dates(raw, now=now, tz=tz, lang=u.lang, prefer="future")
    if dates:
        u.follow_up_at = _at_default_hour(dates[0], 9)
    cleaned = _blank(raw, [(m.start, m.end) for m in dates])
    after = re.sub(
        r"^\s*(?:remind me|reminder|follow[- ]?up|f/u|fu|ping me|nudge me|chase|call back|callback|"
        r"i\s+(?:need|have)\s+to|need to|have to)\s*(?:to\s+|about\s+|on\s+)?",
        "",
        cleaned,
        flags=re.IGNORECASE,
    )
    verb = re.match(
        r"^\s*(?:(?:call|email|ping|text|phone|chase|visit|send|check in|write|contact|meet)\s+(?:with\s+)?|with\s+)",
        after,
        re.IGNORECASE,
    )
    target = after[verb.end() :] if verb else after
    u.contact_ref = _take_ref(target, lex, frozenset({"the", "a", "an", "my", "our", "his", "her", "their"}))
    u.follow_up_text = " ".join(cleaned.split()) or raw


def _fill_add(u: Understanding, raw: str, *, tz: str, lang: str) -> None:
    body = re.sub(
        r"^\s*(?:add|new|create|save)(?:\s+(?:a\s+)?(?:new\s+)?contact)?\s*:?\s*",
        "",
        raw,
        flags=re.IGNORECASE,
    )
    u.email, email_span = ent.find_email(body)
    u.phone, phone_span = ent.find_phone(body, tz=tz)
    parts = [p.strip() for p in re.split(r"[,;\n]", _blank(body, [s for s in (email_span, phone_span) if s]))]
    parts = [p for p in parts if p]
    name_part = parts[0] if parts else ""
    name_match = re.match(r"^(.*?)(?:\s+(?:from|at|of|works at|@)\s+(.+))?$", name_part, re.IGNORECASE)
    if name_match:
        u.contact_ref = name_match.group(1).strip() or None
        if name_match.group(2):
            u.company = name_match.group(2).strip()
    for part in parts[1:]:
        _apply_attribute(u, part, lang=lang)


def _apply_attribute(u: Understanding, part: str, *, lang: str) -> None:
    low = part.lower()
    company = re.match(
        r"^(?:works? (?:at|for)|company:?|from|at|employer:?|org(?:anization)?:?)\s+(.+)$",
        part,
        re.IGNORECASE,
    )
    if company:
        u.company = company.group(1).strip()
        return
    if re.match(r"^(?:birthday|bday|born|b-day|dob)\b", low):
        u.birthday = ent.parse_birthday(part, day_first=lang != "en")
        if u.birthday is None:
            u.field_name, u.field_value = "birthday_invalid", part
        return
    tags = re.match(r"^(?:tags?|tagged)\s*:?\s*(.+)$", part, re.IGNORECASE)
    if tags:
        u.tags.extend(t.strip().lstrip("#") for t in re.split(r"[\s/]+", tags.group(1)) if t.strip())
        return
    u.tags.extend(t.lstrip("#") for t in re.findall(r"#[\w-]+", part))
    for stage in STAGES:
        if re.fullmatch(rf"(?:stage:?\s*)?{stage}", low):
            u.stage = stage
            return


def _fill_update(u: Understanding, raw: str, *, tz: str, lang: str) -> None:
    u.email, _ = ent.find_email(raw)
    u.phone, _ = ent.find_phone(raw, tz=tz)
    possessive = re.match(
        r"^(?:(?:update|change|set|edit|fix)\s+)?(.+?)'s\s+([\w-]+)\s*(?:is|to|=|:)?\s*(.*)$",
        raw,
        re.IGNORECASE,
    )
    plain = re.match(
        r"^(?:update|change|set|edit|fix)\s+(.+?)\s*[:,]\s*([\w-]+)\s*(?:is|to|=|:)?\s*(.*)$",
        raw,
        re.IGNORECASE,
    )
    tag = re.match(r"^tag\s+(.+?)\s+(?:as|with)\s+(.+)$", raw, re.IGNORECASE)
    if tag:
        u.contact_ref, u.field_name = tag.group(1), "tags"
        u.tags = [t.strip().lstrip("#") for t in re.split(r"[,\s]+", tag.group(2)) if t.strip()]
        return
    match = possessive or plain
    if match:
        u.contact_ref = match.group(1).strip()
        u.field_name = _FIELD_WORDS.get(match.group(2).lower())
        u.field_value = match.group(3).strip() or None
    if u.field_name == "birthday" and u.field_value:
        u.birthday = ent.parse_birthday(u.field_value, day_first=lang != "en")
    elif u.field_name == "company" and u.field_value:
        u.company = u.field_value
    elif u.field_name == "stage" and u.field_value:
        u.stage = u.field_value.lower().split()[0] if u.field_value.lower().split()[0] in STAGES else None


def _fill_purchase(u: Understanding, raw: str, *, now: datetime, tz: str, lang: str, currency: str) -> None:
    u.amount, u.currency, money_span = ent.find_money(raw, default_currency=currency)
    dates = find_dates(raw, now=now, tz=tz, lang=lang, prefer="past")
    if dates:
        u.occurred_at = dates[0].value if dates[0].has_time else _same_time_on(dates[0].value, now, tz)
    cleaned = _blank(raw, [(m.start, m.end) for m in dates] + ([money_span] if money_span else []))
    match = re.match(
        r"^\s*(.+?)\s+(?:bought|purchased|ordered|renewed|signed up for|paid for)\s+(?:(\d+)\s*x?\s+)?(.*?)\s*(?:\bfor\b|\bat\b|$)",
        cleaned,
        re.IGNORECASE,
    )
    if match:
        u.contact_ref = match.group(1).strip()
        u.quantity = int(match.group(2)) if match.group(2) else 1
        product = re.sub(
            r"\b(?:licen[cs]es?|seats?|units?|subscriptions?|of|the|a|an|plan)\b",
            " ",
            match.group(3),
            flags=re.IGNORECASE,
        )
        u.product = " ".join(product.split()) or None


def _fill_deal(u: Understanding, raw: str) -> None:
    low = raw.lower()
    for stage in (*DEAL_STAGES, "closed won", "closed lost"):
        if re.search(rf"\b{stage}\b", low):
            u.stage = stage.replace("closed ", "")
    match = re.search(r"\b(?:move|mark|set|update)\s+(?:the\s+)?(.+?)\s+deal\b", raw, re.IGNORECASE) or re.search(
        r"^(?:the\s+)?(.+?)\s+deal\b", raw, re.IGNORECASE
    )
    if match:
        u.contact_ref = match.group(1).strip()
