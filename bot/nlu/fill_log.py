"""Entities of a logged interaction, of a follow-up, and of a correction to the last logged interaction."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from functools import cache, lru_cache
from typing import cast
from zoneinfo import ZoneInfo

from bot.nlu.date_phrases import patterns_for
from bot.nlu.dates import DateMatch, date_spans, find_dates
from bot.nlu.lexicons import compiled, fold, kind_phrases, kinds, lexicon, word
from bot.nlu.refs import blank, company_after, skip_intro, take_ref
from bot.nlu.understanding import Understanding

_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "his",
        "her",
        "their",
        "o",
        "a",
        "os",
        "as",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "il",
        "lo",
        "gli",
        "un",
        "une",
        "uno",
        "una",
        "um",
        "uma",
    ]
)


def split_follow_up(raw: str, lang: str) -> tuple[str, str | None]:
    """ "call w/ maria re renewal. f/u next tue" -> ("call w/ maria re renewal", "f/u next tue")."""
    best: re.Match[str] | None = None
    for code in dict.fromkeys((lang, "en")):
        match = compiled(cast(str, lexicon(code).FOLLOW_UP_MARKERS)).search(raw)
        if match and match.start() > 0 and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return raw, None
    start = best.start()
    if lang == "hu":
        # Hungarian puts the verb last: "…tegnap, pénteken visszahívom": the follow-up is the whole clause.
        clause = max(raw.rfind(sep, 0, start) for sep in ",;.") + 1
        start = clause if 0 < clause < start and raw[clause:start].strip() else start
    return raw[:start].rstrip(" ,.;-–—"), raw[start:].lstrip()


def at_default_hour(match: DateMatch, hour: int, now: datetime | None = None) -> datetime:
    """A date-only follow-up is due at the default hour; today, once that hour has passed, the next full hour."""
    if match.has_time:
        return match.value
    zone = match.value.tzinfo or ZoneInfo("UTC")
    due = datetime.combine(match.value.date(), time(hour), zone)
    if now is not None and due <= now:
        soon = (now.astimezone(zone) + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        if soon.date() == due.date():
            return soon
    return due


def same_time_on(day: datetime, now: datetime, tz: str) -> datetime:
    """A date-only past phrase ("yesterday") keeps a sane time: now for today, noon for another day."""
    local_now = now.astimezone(ZoneInfo(tz))
    if day.date() == local_now.date():
        return local_now
    return datetime.combine(day.date(), time(12), ZoneInfo(tz))


def past_value(match: DateMatch, now: datetime, tz: str) -> datetime:
    return match.value if match.has_time else same_time_on(match.value, now, tz)


_LEADING_ARTICLE = re.compile(
    r"^(?:(?:an?|the|um|uma|o|a|un|una|une|uno|el|la|le|il|lo|egy|az)\s+|l['’](?=\w))(?=\S)", re.IGNORECASE
)


def read_kind(text: str, lang: str) -> tuple[str | None, str]:
    """The interaction kind at the start of text (multi-word phrases first), and the text after it."""
    stripped = _LEADING_ARTICLE.sub("", text.lstrip())  # "log a call with Bill"
    low = fold(stripped)
    for phrase, kind in kind_phrases(lang):
        if low.startswith(phrase) and (len(low) == len(phrase) or not low[len(phrase)].isalnum()):
            return kind, stripped[len(phrase) :]
    first = re.match(r"^([^\s,:;.!?]+)[,:;.!?]?", stripped)
    if not first:
        return None, stripped
    token = first.group(1).lower()
    found = kinds(lang).get(token) or kinds(lang).get(fold(token))
    if found:
        return found, stripped[first.end() :]
    return None, stripped


def kind_anywhere(text: str, lang: str) -> str | None:
    """The interaction kind named anywhere in the text ("maria - call re renewal", "recuérdame llamar a Carmen",
    "írtam Zsófinak whatsappon"): a word naming the medium (whatsapp, voicemail, e-mail, lunch) beats a verb that
    only suggests one ("wrote", "talked"), so "wrote to her on whatsapp" is a message."""
    low = fold(text)
    for pattern, kind in _phrase_patterns(lang):
        if pattern.search(low):
            return kind  # "point avec Partenaires Conseil", "coup de fil à Rui"
    # Clause by clause: "dragon trade - had a call w li na, she wants a demo" was a call; the demo is what she wants.
    for clause in _CLAUSE.split(text):
        found = _medium(clause) or _verb_kind(clause, lang)
        if found:
            return found
    return None


_CLAUSE = re.compile(r"[,;.!?]\s|\s[-–—]\s")


@cache
def _phrase_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The language's multi-word kinds as whole-word patterns, in their order, compiled once (each was looked up in
    re's cache by its text for every message)."""
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"), kind) for phrase, kind in kind_phrases(lang) if " " in phrase
    )


def _verb_kind(text: str, lang: str) -> str | None:
    table = kinds(lang)
    for token in re.findall(r"[\w/'-]+", text.lower())[:40]:
        key = fold(token).strip("'-")
        if key not in _NOT_KINDS:
            verb = table.get(token) or table.get(key) or _verb_stem(key)
            if verb:
                return verb
    return None


def _medium(text: str) -> str | None:
    """The first word naming a medium (whatsapp, e-mail, lunch…) in the text."""
    for token in re.findall(r"[\w/'-]+", text.lower())[:40]:
        key = fold(token).strip("'-")
        medium = None if key in _NOT_KINDS else _medium_stem(key)
        if medium:
            return medium
    return None


# The stem tables are constant: a word's kind is looked up once (the same words come back in every message).
@lru_cache(maxsize=4096)
def _verb_stem(key: str) -> str | None:
    return _stem_kind(key, _VERB_STEMS)


@lru_cache(maxsize=4096)
def _medium_stem(key: str) -> str | None:
    return _stem_kind(key, _MEDIUM_STEMS)


def _stem_kind(key: str, stems: tuple[tuple[str, str], ...]) -> str | None:
    for stem, kind in stems:
        if key == stem or (len(stem) >= 3 and key.startswith(stem)):
            return kind
    return None


# Not a kind, though they begin like one: "Shanghai Textiles" is no text message, a "coupon" no "coup de fil".
_NOT_KINDS = frozenset(
    {"log", "note", "logged", "nota", "jegyzet", "notes", "calls", "textiles", "textile", "textil", "coupon", "coupons"}
)
# Accent-folded beginnings of words, in the six staff languages; exact where a prefix would catch other words.
_MEDIUM_STEMS: tuple[tuple[str, str], ...] = (
    ("whatsapp", "message"),
    ("whats", "message"),
    ("linkedin", "message"),
    ("messenger", "message"),
    ("telegram", "message"),
    ("imessage", "message"),
    ("viber", "message"),
    ("wa", "message"),
    ("zap", "message"),
    ("sms", "message"),
    ("msg", "message"),
    ("dm", "message"),
    ("texto", "message"),
    ("text", "message"),
    ("texted", "message"),
    ("messag", "message"),
    ("mensag", "message"),
    ("mensaj", "message"),
    ("uzenet", "message"),
    ("telegram", "message"),
    ("messenger", "message"),
    ("viber", "message"),
    ("linkedin", "message"),
    ("voicemail", "call"),
    ("vm", "call"),
    ("telefonema", "call"),
    ("ligacao", "call"),
    ("llamada", "call"),
    ("chiamata", "call"),
    ("telefonata", "call"),
    ("hivas", "call"),
    ("coup", "call"),
    ("e-mail", "email"),
    ("email", "email"),
    ("mail", "email"),
    ("correo", "email"),
    ("courriel", "email"),
    ("zoom", "meeting"),
    ("teams", "meeting"),
    ("meet", "meeting"),
    ("meeting", "meeting"),
    ("mtg", "meeting"),
    ("reuni", "meeting"),
    ("rdv", "meeting"),
    ("rendez", "meeting"),
    ("riunion", "meeting"),
    ("appuntament", "meeting"),
    ("talalkoz", "meeting"),
    ("megbeszel", "meeting"),
    ("lunch", "meeting"),
    ("almoc", "meeting"),
    ("almuerz", "meeting"),
    ("dej", "meeting"),
    ("dejeun", "meeting"),
    ("pranz", "meeting"),
    ("ebed", "meeting"),
    ("dinner", "meeting"),
    ("jantar", "meeting"),
    ("coffee", "meeting"),
    ("cafe", "meeting"),
    ("caffe", "meeting"),
    ("kave", "meeting"),
    ("demo", "meeting"),
    ("visit", "visit"),
    ("latogat", "visit"),
    ("meglatogat", "visit"),
)
_VERB_STEMS: tuple[tuple[str, str], ...] = (
    ("call", "call"),
    ("rang", "call"),
    ("ring", "call"),
    ("phon", "call"),
    ("telefon", "call"),
    ("telephon", "call"),
    ("tel", "call"),
    ("spoke", "call"),
    ("talked", "call"),
    ("lig", "call"),
    ("llam", "call"),
    ("chiam", "call"),
    ("richiam", "call"),
    ("appel", "call"),
    ("rappel", "call"),
    ("hiv", "call"),
    ("felhiv", "call"),
    ("visszahiv", "call"),
    ("beszel", "call"),
    ("met", "meeting"),
    ("encontr", "meeting"),
    ("incontr", "meeting"),
    ("rencontr", "meeting"),
    ("wrote", "email"),
    ("emailed", "email"),
    ("escrev", "email"),
    ("escrib", "email"),
    ("ecrit", "email"),
    ("scritt", "email"),
    ("irtam", "email"),
    ("pinged", "message"),
    ("ping", "message"),
    # Sending a document is an e-mail unless a medium is named ("sent the deck to David", "enviei o contrato").
    ("sent", "email"),
    ("envie", "email"),
    ("envio", "email"),
    ("envié", "email"),
    ("mandei", "email"),
    ("envoy", "email"),
    ("inviat", "email"),
    ("kuldtem", "email"),
)
# Leading verbs that only suggest a medium: a medium named later in the message wins ("írtam Zsófinak whatsappon").
_SUGGESTIVE = frozenset(
    {
        "wrote", "escrevi", "escribi", "ecrit", "scritto", "irtam", "talked", "spoke", "sent", "chatted",
        "falei", "falamos", "conversei", "hable", "hablamos", "parle", "parlato", "sentito", "beszeltem",
        "beszeltunk",
    }
)  # fmt: skip


_NOTE_LEAD = re.compile(r"^\s*(?:note|nota|log|jegyzet|add(?:ed)? (?:a )?note)\b", re.IGNORECASE)
# A date after these words is a deadline in the conversation ("she wants a quote by friday"), not when it happened.
_DEADLINE = re.compile(
    r"\b(?:by|until|till|before|due|for|para|até|hasta|avant|pour|entro|per|jusqu'à)\s*$", re.IGNORECASE
)


def when_it_happened(body: str, found: list[DateMatch], now: datetime, tz: str, lang: str) -> DateMatch | None:
    """The date of a logged interaction: the first one that is not a deadline, not after today, and not a month
    nearer ahead than behind ("they want a pilot in april", said in March, is no call on 1 April last year)."""
    today = now.astimezone(ZoneInfo(tz)).date()
    for match in found:
        if match.value.date() > today or _DEADLINE.search(body[: match.start]):
            continue
        if _month_ahead(match, now=now, tz=tz, lang=lang):
            continue
        return match
    return None


def _month_ahead(match: DateMatch, *, now: datetime, tz: str, lang: str) -> bool:
    if match.value.day != 1 or any(ch.isdigit() for ch in match.text) or match.has_time:
        return False  # a month alone reads as its first day, with no number written
    ahead = find_dates(match.text, now=now, tz=tz, lang=lang, prefer="future")
    return bool(ahead) and now < ahead[0].value and ahead[0].value - now < now - match.value


def doubt_about(u: Understanding, found: list[DateMatch], field: str) -> bool:
    """Ask about the first phrase the reader could not fully read; True when there is one."""
    doubted = next((match for match in found if match.doubt), None)
    if doubted is None or u.date_question is not None:
        return doubted is not None
    u.date_question, u.date_field = doubted.text, field
    return True


def set_follow_up(u: Understanding, match: DateMatch, now: datetime) -> None:
    u.follow_up_at = at_default_hour(match, DEFAULT_HOUR, now)
    u.follow_up_timed = match.has_time
    u.follow_up_end_of_day = match.is_range_end and match.has_time and match.value.hour == END_OF_DAY_HOUR


END_OF_DAY_HOUR = 17  # "end of day" is the end of the working day, when a reminder can still be acted on
DEFAULT_HOUR = 9  # a follow-up with a day and no time is due at 09:00 (said so in the confirmation)


def fill_log(u: Understanding, raw: str, *, now: datetime, tz: str, explicit: bool) -> None:
    lang = u.lang
    body, follow = split_follow_up(raw, lang)
    if follow is None and (cut := _task_clause(raw, lang)) is not None:
        # "spoke to john, he wants 3 seats, send quote fri": a later clause that is a task of ours with a date
        # of its own is the follow-up, never dropped
        task = raw[cut:]
        if any(d.doubt is None for d in find_dates(task, now=now, tz=tz, lang=lang, prefer="future")):
            body, follow = raw[:cut].rstrip(" ,.;"), task.strip()
    # "met oliver earlier today, then emailed emily at 3": the later touch's time is not this one's
    later = _NEXT_TOUCH.search(body)
    past = find_dates(body[: later.start()] if later else body, now=now, tz=tz, lang=lang, prefer="past")
    happened = when_it_happened(body, past, now, tz, lang)
    if not doubt_about(u, past, "date") and happened is not None:
        u.occurred_at = past_value(happened, now, tz)
    if follow:
        future = find_dates(follow, now=now, tz=tz, lang=lang, prefer="future")
        if not doubt_about(u, future, "follow_up") and future:
            set_follow_up(u, future[0], now)
        u.follow_up_text = follow_task(follow, future, lang) or follow
    cleaned = blank(body, date_spans(past))
    as_note = bool(_NOTE_LEAD.match(cleaned))
    lead = compiled(cast(str, word(lang, "LOG_LEAD"))).match(cleaned)
    rest = cleaned[lead.end() :] if lead else cleaned
    if lang != "en":
        en_lead = compiled(cast(str, lexicon("en").LOG_LEAD)).match(rest)
        rest = rest[en_lead.end() :] if en_lead else rest
    # "🤝 met Nora", "catch up call with Sophie": a kind may follow another.
    for _ in range(2):
        kind, after = read_kind(rest, lang)
        if kind is None:
            break
        if fold(rest.split(maxsplit=1)[0]).strip(",.:;") in _SUGGESTIVE:
            kind = _medium(after) or kind
        u.kind = u.kind if u.kind and u.kind != "call" else kind
        rest = after
    if u.kind is None:
        after_verb = compiled(cast(str, word(lang, "KIND_AFTER"))).match(rest.strip())
        if after_verb:
            u.kind = cast(dict[str, str], word(lang, "KIND_AFTER_WORDS")).get(after_verb.group("verb").lower(), "call")
            u.kind = _medium(rest) or u.kind  # "Virág Eszter írt whatsappon": the medium, not the verb
            u.contact_ref = take_ref(after_verb.group("name"), lang)
    if u.contact_ref is None:
        target = skip_intro(rest, lang)
        first = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
        recipient = re.search(rf"\s(?i:{word(lang, 'RECIPIENT_INTRO')})\s+(?=[A-ZÀ-Ý])", rest)
        if first in _ARTICLES and recipient:
            target = rest[recipient.end() :]  # "emailed the contract to Kevin Malone"
        u.contact_ref = take_ref(target, lang, _ARTICLES)
    if u.kind is None and not as_note:
        u.kind = kind_anywhere(rest, lang)
    u.kind = u.kind or "note"
    u.company = company_after(rest, u.contact_ref, lang)
    u.summary = " ".join(body.split()) or raw


_NEXT_TOUCH = re.compile(
    r"[,;.]\s*(?:and\s+)?(?:then|after that|afterwards|depois|a seguir|luego|despu[ée]s|puis|ensuite|poi|dopo|"
    r"azt[áa]n|ut[áa]na)\b",
    re.IGNORECASE,
)
_THEN = re.compile(r"^(?:and|then|e|y|et|és|aztán|depois|luego|puis|poi)\s+", re.IGNORECASE)
_HU_TASK = re.compile(r"\b(?:keressem|keressük|küldjek|küldjem|küldjük|hívjam|hívjuk|írjak|írjam)\b", re.IGNORECASE)


def _task_clause(raw: str, lang: str) -> int | None:
    """Where a later clause starts that begins with one of our task verbs ("send quote fri", "llamarla pasado
    mañana", "envoyer le contrat lundi"), or, in Hungarian, holds one ("10 nap múlva keressem")."""
    verbs = "|".join(
        cast(str, word(code, key)) for code in dict.fromkeys((lang, "en")) for key in ("FOLLOW_UP_VERBS", "SEND_VERBS")
    )
    starts = compiled(rf"^(?:{verbs})(?:la|lo|le|les|las|los|lhe|lhes)?\b")
    for brk in re.finditer(r"[,;.]\s+", raw):
        rest = _THEN.sub("", raw[brk.end() :])
        if starts.match(rest) or (lang == "hu" and _HU_TASK.search(rest)):
            return brk.end()
    return None


def _inside_word(text: str, index: int) -> bool:
    """True when index splits a word ("rappel|er"): the lead matched a prefix, not a word."""
    return 0 < index < len(text) and text[index - 1].isalnum() and text[index].isalnum()


def fill_followup(u: Understanding, raw: str, *, now: datetime, tz: str) -> None:
    lang = u.lang
    dates = find_dates(raw, now=now, tz=tz, lang=lang, prefer="future")
    if not doubt_about(u, dates, "follow_up") and dates:
        set_follow_up(u, dates[0], now)
    cleaned = blank(raw, date_spans(dates))
    after = cleaned
    for code in dict.fromkeys((lang, "en")):
        lead = compiled(cast(str, word(code, "FOLLOW_UP_LEAD"))).match(after)
        if lead and lead.end() > 0 and not _inside_word(after, lead.end()):
            after = after[lead.end() :]
            break
    kind, past_kind = read_kind(after, lang)
    # "video call with Ryan Howard at 9:30": a kind of several words is not the person's name
    several = kind is not None and len(after.split()) - len(past_kind.split()) > 1
    target = _after_verb(past_kind if several else after, lang)
    u.contact_ref = take_ref(target, lang, _ARTICLES) if target is not None else None
    if u.contact_ref and _THING.search(re.sub(rf"(?<!\w){re.escape(u.contact_ref)}(?!\w)", "\x00", after, count=1)):
        u.contact_ref = None  # "remind me to call the bank": a thing, the reminder is the sender's own
    u.company = company_after(target or "", u.contact_ref, lang)
    u.follow_up_text = task_text(after, lang) or follow_task(raw, dates, lang) or raw


# A lower-case word after "the", "my", "la", "mon"… is a thing or a role, never a person's name: English and French
# put no article before names (Portuguese, Spanish, Italian and Hungarian do: "ligar ao joão").
_THING = re.compile(r"\b(?:the|my|our|your|la|le|les|ma|mon|notre|votre)\s+\x00|\bl['’]\x00")


_EDGE = re.compile(r"^[\s,;:.!?–—-]+|[\s,;:–—-]+$")


def follow_task(follow: str, dates: list[DateMatch], lang: str) -> str:
    """The follow-up clause as its reminder reads: no date phrase and nothing that led to it ("relance mardi
    prochain à 15h" -> "relance"; "follow up with amelia brown on friday" -> "follow up with amelia brown")."""
    return _EDGE.sub("", " ".join(_without_dangling(blank(follow, date_spans(dates)), lang)))


def task_text(after_lead: str, lang: str) -> str:
    """What a reminder says: the words after "remind me to", without what led to the date phrase that was
    taken out ("call Maria Silva by" -> "call Maria Silva"), so a nudge reads as the task."""
    words = _without_dangling(_EDGE.sub("", " ".join(after_lead.split())), lang)
    if words and fold(words[0]) in _dangling(lang) | _WITH:
        return ""  # "f/u with Maria": the lead is part of what the task says
    return _EDGE.sub("", " ".join(words))


def _without_dangling(text: str, lang: str) -> list[str]:
    """The words of ``text`` without the prepositions and articles left at its end once a date was taken out."""
    dangling = _dangling(lang)
    words = text.split()
    while words and fold(words[-1].rstrip(",.;:")) in dangling:
        words.pop()
    return words


_WITH = frozenset({"with", "w/", "com", "con", "avec", "azzal", "vele"})


@cache
def _dangling(lang: str) -> frozenset[str]:
    lex = patterns_for(lang).lex
    found = {fold(w) for w in (*lex.context, *lex.hour_preps, *lex.articles) if " " not in w}
    return frozenset(found | {"on", "in", "at", "by"})


def _after_verb(text: str, lang: str) -> str | None:
    """Where the person starts after the follow-up verb; None when the task names nobody ("prepare the deck")."""
    for code in dict.fromkeys((lang, "en")):
        send = compiled(rf"^\s*{word(code, 'SEND_VERBS')}\b\s*").match(text)
        if send:
            rest = text[send.end() :]
            if rest[:1].isupper():
                return skip_intro(rest, lang)  # "send Acme the proposal"
            first = compiled(rf"^{word(code, 'RECIPIENT_INTRO')}\s+(?=[A-ZÀ-Ý])").match(rest)
            if first:
                return rest[first.end() :]  # "mandar à Acme Lda a proposta": the one right after the verb
            recipient = compiled(rf"\s{word(code, 'RECIPIENT_INTRO')}\s+").search(rest)
            return rest[recipient.end() :] if recipient else None
        verb = compiled(rf"^\s*{word(code, 'FOLLOW_UP_VERBS')}\b\s*").match(text)
        if verb:
            return skip_intro(text[verb.end() :], lang)
    if compiled(rf"^\s*(?:to\s+)?{word(lang, 'TASK_VERBS')}\b").match(text):
        return None
    return skip_intro(text, lang)


_HOUR_ONLY = re.compile(
    r"\b(?:make (?:it|that)|i meant|(?:it|that) was|era|foi|c'était|c'etait|era alle|volt)\s+(?:at\s+|às\s+|a las\s+|à\s+|alle\s+)?"
    r"(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|h|-kor)?\W*$",
    re.IGNORECASE,
)


def fill_correction(u: Understanding, raw: str, *, now: datetime, tz: str) -> None:
    """What a correction changes: the kind, the date, or the person ("no, it was with Ana Costa")."""
    u.correction = True
    lang = u.lang
    dates = find_dates(raw, now=now, tz=tz, lang=lang, prefer="past")
    hour = _HOUR_ONLY.search(raw)
    if not hour and not doubt_about(u, dates, "date") and dates:
        u.occurred_at = past_value(dates[0], now, tz)
    if hour:
        # "actually make it 10": the time on the day already logged (the handler knows which day)
        h, m = int(hour.group(1)), int(hour.group(2) or 0)
        h += 12 if (hour.group(3) or "").lower() == "pm" and h < 12 else 0
        if h < 24 and m < 60:
            u.field_name, u.field_value = "time", f"{h:02d}:{m:02d}"
    cleaned = blank(raw, date_spans(dates))
    table = kinds(lang)
    for token in re.findall(r"[\w-]+", cleaned.lower()):
        found = table.get(token) or table.get(fold(token))
        if found and token not in ("log", "logged", "chat", "talked", "spoke", "falei", "parlé", "parlato", "hablé"):
            u.kind = found
            break
    with_word = compiled(cast(str, word(lang, "CORRECTION_WITH"))).search(cleaned)
    if with_word:
        u.contact_ref = take_ref(cleaned[with_word.end() :], lang, _ARTICLES)
