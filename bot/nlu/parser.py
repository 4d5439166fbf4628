"""Message -> Understanding: intent by per-language rules, then entities.

Rules are fast, deterministic and explainable; the console's ``--json`` shows what they found. The
entity fillers live beside this module (fill_log, fill_contact, fill_sales); the vocabulary lives in
bot/nlu/lexicon/<lang>.py.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.nlu import choose, focus, tense
from bot.nlu import entities as ent
from bot.nlu.checks import flag_values
from bot.nlu.dates import find_dates
from bot.nlu.fill_birthday import birthday_stated, whose_birthday
from bot.nlu.fill_bound import fill_amount_bound
from bot.nlu.fill_contact import fill_add, fill_update
from bot.nlu.fill_deals import fill_deal_change, fill_new_deal, fill_new_organization
from bot.nlu.fill_insight import fill_insight, table_measure
from bot.nlu.fill_lists import (
    fill_followup_window,
    fill_list_contacts,
    fill_stage_move,
    lapsed_buyers,
    tags_asked,
)
from bot.nlu.fill_log import fill_correction, fill_followup, fill_log, kind_anywhere, set_follow_up
from bot.nlu.fill_network import NETWORK_INTENTS, fill_network, narrow_subject
from bot.nlu.fill_sales import days_in, fill_cross_sell, fill_deal, fill_deal_stage, fill_purchase, period_in
from bot.nlu.insight_terms import INSIGHT_INTENTS, read_question
from bot.nlu.intents import Intent
from bot.nlu.lexicons import languages_for, lexicon, priority_rules, rules
from bot.nlu.lifecycle import became
from bot.nlu.reading import Reading, read
from bot.nlu.refs import lookup_ref
from bot.nlu.understanding import Understanding
from bot.nlu.written_in import written_in
from config.languages import LANGUAGES
from storage.search import is_company_name

SLASH_INTENTS = {
    "log": Intent.LOG_INTERACTION,
    "find": Intent.FIND_CONTACT,
    "f": Intent.FIND_CONTACT,
    "followup": Intent.SCHEDULE_FOLLOWUP,
    "fu": Intent.SCHEDULE_FOLLOWUP,
    "remind": Intent.SCHEDULE_FOLLOWUP,
    "followups": Intent.LIST_FOLLOWUPS,
    "bday": Intent.BIRTHDAYS,
    "birthdays": Intent.BIRTHDAYS,
    "atrisk": Intent.AT_RISK,
    "undo": Intent.UNDO,
    "help": Intent.HELP,
    "add": Intent.ADD_CONTACT,
    "update": Intent.UPDATE_CONTACT,
    "buy": Intent.RECORD_PURCHASE,
    "purchase": Intent.RECORD_PURCHASE,
    "deal": Intent.UPDATE_DEAL,
    "newdeal": Intent.CREATE_DEAL,
    "company": Intent.ADD_ORGANIZATION,
    "pipeline": Intent.PIPELINE,
    "portfolio": Intent.PORTFOLIO,
    "crosssell": Intent.CROSS_SELL,
    "stale": Intent.LIST_CONTACTS,
    "debug": Intent.HELP,
}
_SLASH = re.compile(r"^/(\w+)(?:@\w+)?\s*(.*)$", re.DOTALL)
_ONLY_SYMBOLS = re.compile(r"^[\W\d_]*$")


def detect_intent(text: str, lang: str) -> tuple[str | None, str]:
    """The intent and the language whose rule matched: the sender's language first, then English, then the rest."""
    for code in languages_for(lang):
        for intent, pattern in priority_rules(code):
            if pattern.search(text):
                return intent, code
        for intent, pattern, _ in rules(code):
            if pattern.search(text):
                return intent, code
    return _fuzzy_keyword(text, lang)


def _fuzzy_keyword(text: str, lang: str) -> tuple[str | None, str]:
    """A short message whose key word is misspelt: "brthdays pls", "folowups?", "hlep"."""
    from rapidfuzz import fuzz, process

    tokens = re.findall(r"[^\W\d_][\w-]*", text.lower())
    if not 0 < len(tokens) <= 4:
        return None, lang
    for code in dict.fromkeys((lang, "en")):
        table: dict[str, str] = getattr(lexicon(code), "FUZZY_KEYWORDS", {})
        for token in tokens:
            if len(token) < 4:
                continue
            hit = process.extractOne(token, list(table), scorer=fuzz.ratio, score_cutoff=75)
            if hit:
                return table[hit[0]], code
    return None, lang


# A follow-up moved to another day, in the six languages (the whole message).
_MOVE_FOLLOWUP = re.compile(
    r"^(?:move|push|reschedule|postpone)\s+(?:the\s+)?(?:follow[- ]?up|f/u|reminder)\s+(?:with|for|of)\s+(?P<who>.+?)"
    r"\s+(?:to|till|until)\s+(?P<when>.+?)\W*$"
    r"|^(?:move|push|reschedule|postpone)\s+(?P<who2>.+?)(?:'s)?\s+(?:follow[- ]?up|f/u|reminder)\s+(?:to|till|until)\s+"
    r"(?P<when2>.+?)\W*$",
    re.IGNORECASE,
)
_MOVE_OTHER = re.compile(
    r"^(?:adia|adiar|muda|mudar|passa|passar)\s+o\s+(?:follow[- ]?up|lembrete)\s+d[oa]\s+(?P<who>.+?)\s+para\s+(?P<when>.+?)\W*$"
    r"|^(?:mueve|mover|pospón|posponer|pasa|pasar|aplaza|aplazar)\s+el\s+(?:seguimiento|recordatorio)\s+de\s+(?P<who2>.+?)"
    r"\s+(?:al?|para)\s+(?P<when2>.+?)\W*$"
    r"|^(?:reporte|reporter|déplace|décale)\s+la\s+relance\s+(?:de\s+|d')(?P<who3>.+?)\s+(?:à|au|a)\s+(?P<when3>.+?)\W*$"
    r"|^(?:sposta|rimanda|posticipa)\s+il\s+promemoria\s+di\s+(?P<who4>.+?)\s+(?:a|al)\s+(?P<when4>.+?)\W*$"
    r"|^halaszd\s+(?:el\s+)?(?P<who5>.+?)\s+eml[ée]keztet[őo]j[ée]t\s+(?P<when5>.+?)\W*$",
    re.IGNORECASE,
)


def _moved(raw: str) -> tuple[str, str] | None:
    """(who, when) of a follow-up moved in words, or None."""
    for pattern in (_MOVE_FOLLOWUP, _MOVE_OTHER):
        match = pattern.match(raw)
        if match is not None:
            groups = [g for g in match.groups() if g]
            return (groups[0], groups[1]) if len(groups) == 2 else None
    return None


# A follow-up said done for someone, in the six languages (the whole message).
_DONE_WITH = re.compile(
    r"^(?:done|finished|completed|did it)\s+(?:with|for)\s+(.+?)\W*$"
    r"|^(.+?)(?:'s)?\s+(?:follow[- ]?up|f/u|reminder|task)\s+(?:is\s+)?done\W*$"
    r"|^(?:feito|conclu[ií]do)\s*(?::|-|com|para|o d[oa]|a d[oa])\s*(.+?)\W*$"
    r"|^(?:hecho|listo|terminado)\s*(?::|-|lo de|con|para)\s*(.+?)\W*$"
    r"|^(?:c'est fait|fait|termin[ée])\s*(?::|-|pour|avec)\s*(.+?)\W*$"
    r"|^(?:fatto|finito)\s*(?::|-|con|per)\s*(.+?)\W*$"
    r"|^k[ée]sz\s+(?:a|az)\s+(.+?)(?:-s|-es|-os|-ös)?\s+(?:teend[őo]|feladat|eml[ée]keztet[őo])\w*\W*$",
    re.IGNORECASE,
)


def parse(
    text: str,
    *,
    now: datetime,
    tz: str,
    lang: str = "en",
    currency: str = "EUR",
    reading: Reading | None = None,
    intent: str | None = None,
) -> Understanding:
    """The message's intent and entities. ``reading`` carries the mentions found in the store (bot/nlu/reading.py);
    without it (no store at hand) only values are read and names come from the sentence's grammar."""
    raw = " ".join(text.split())
    lang = lang if lang in LANGUAGES else "en"
    if reading is None:
        reading = read(raw, session=None, lang=lang, now=now, tz=tz, currency=currency)
    slash = _SLASH.match(raw)
    forced: str | None = None
    if intent is not None:
        forced = intent  # the sender picked this reading of an unclear message (handlers/clarify.py)
    elif slash:
        command = slash.group(1).lower()
        forced = SLASH_INTENTS.get(command, Intent.UNKNOWN)
        raw = slash.group(2).strip()
        if command == "debug":
            return Understanding(intent=Intent.HELP, text=raw, lang=lang, debug=raw)
    detected, rule_lang = detect_intent(raw, lang)
    moved = None if intent is not None else _moved(raw)
    if moved is not None:
        # "move sophie's follow-up to monday", "adia o follow-up da maria para segunda": her follow-up is moved there
        u = Understanding(intent=Intent.LIST_FOLLOWUPS, text=raw, lang=lang, field_name="move")
        u.contact_ref, when = moved
        when = re.sub(r"(?<=\w{3})(?:ra|re)$", "", when.strip()) if lang == "hu" else when
        found = [d for d in find_dates(when, now=now, tz=tz, lang=lang, prefer="future") if d.doubt is None]
        if found:
            set_follow_up(u, found[0], now)
        choose.fill_mentions(u, reading)
        return u
    done_with = None if intent is not None else _DONE_WITH.match(raw)
    if done_with is not None:
        # "done with sophie", "hecho lo de carmen", "kész a Chen Wei-s teendő": her open follow-ups, one is closed
        u = Understanding(intent=Intent.LIST_FOLLOWUPS, text=raw, lang=lang, field_name="done")
        u.contact_ref = next(g for g in done_with.groups() if g)
        choose.fill_mentions(u, reading)
        return u
    if detected in (None, Intent.LOG_INTERACTION, Intent.RECORD_LINK) and became(raw, lang):
        detected = f"{Intent.UPDATE_CONTACT}:BECAME"  # "elle est passée cliente": a stage move, exact
    if detected is None and tense.NOTE_LEAD.match(raw):
        detected = f"{Intent.LOG_INTERACTION}:NOTE_LEAD"  # the sender says it is a note: exact, not a reading
    question = None if forced else read_question(raw, lang, detected, rule_lang)
    if question is None and not forced and detected in (None, *INSIGHT_INTENTS) and table_measure(raw):
        # A measure of the question table named in any staff language ("average deal size", "ticket médio").
        question = (detected or "portfolio", rule_lang if detected else lang, raw)
    ruled = question[0] if question is not None else detected
    verdict = None if forced else choose.intent(reading, ruled, lookup=_looks_like_lookup(raw, lang))
    if ruled == Intent.LOG_INTERACTION and verdict is not None and tense.logged_then_followed_up(raw, reading):
        verdict = None  # the rule's log with its follow-up, not the model's reminder for the follow-up's date
    if verdict is not None and verdict.intent != (ruled or "").split(":")[0]:
        # The model outvoted the rules: their entities would be read for the wrong intent.
        detected, question = verdict.intent, None
        rule_lang = written_in(raw, lang)
    typed = raw
    if question is not None:
        # The frame reader (fill_insight) reads English words: it gets the question as English ("receita por
        # segmento" -> "revenue by segment"); the language stays the sender's.
        detected, rule_lang, raw = question
    intent = forced or detected
    if intent is None:
        intent = Intent.FIND_CONTACT if _looks_like_lookup(raw, lang) else Intent.UNKNOWN
    # Entities are read with the vocabulary of the language the message is written in.
    u = Understanding(intent=intent.split(":")[0], text=raw, lang=rule_lang if detected else written_in(raw, lang))
    if forced is None and u.intent in _LAPSED_READINGS and lapsed_buyers(u, raw):
        verdict = None  # "who hasn't bought anything in 6 months?": a list question, never a purchase
    if intent.endswith(":DEBUG_PATTERNS"):
        u.debug = ""
    elif intent.endswith(":CORRECTION_PATTERNS"):
        fill_correction(u, raw, now=now, tz=tz)
    elif u.intent == Intent.LOG_INTERACTION:
        fill_log(u, raw, now=now, tz=tz, explicit=forced is not None)
    elif u.intent == Intent.SCHEDULE_FOLLOWUP:
        fill_followup(u, raw, now=now, tz=tz)
        u.kind = kind_anywhere(raw, u.lang)  # "remind me to call Chen", "zoom with Rui next monday"
    elif u.intent == Intent.ADD_CONTACT:
        fill_add(u, raw, tz=tz)
        if u.contact_ref and is_company_name(u.contact_ref) and (u.company is None or u.company == u.contact_ref):
            # "add Zeta Corp Ltd": a name with a legal form and nothing else is a company, never a person
            name = u.contact_ref
            u = Understanding(intent=Intent.ADD_ORGANIZATION, text=raw, lang=u.lang, confidence=u.confidence)
            fill_new_organization(u, raw)  # its domain, city, segment after commas
            u.company = name
    elif u.intent == Intent.UPDATE_CONTACT:
        fill_update(u, raw, tz=tz, now=now)
        fill_stage_move(u, raw)
    elif u.intent == Intent.FIND_CONTACT:
        u.contact_ref = lookup_ref(raw, u.lang)
    elif u.intent == Intent.RECORD_PURCHASE:
        fill_purchase(u, raw, now=now, tz=tz, currency=currency, explicit=forced is not None)
    elif u.intent == Intent.UPDATE_DEAL:
        fill_deal(u, raw, explicit=forced is not None)
        fill_deal_change(u, raw, now=now, tz=tz, currency=currency)
    elif u.intent == Intent.CREATE_DEAL:
        fill_new_deal(u, raw, now=now, tz=tz, currency=currency)
    elif u.intent == Intent.ADD_ORGANIZATION:
        fill_new_organization(u, raw)
    elif u.intent == Intent.CROSS_SELL:
        fill_cross_sell(u, raw)
    elif u.intent == Intent.LIST_CONTACTS:
        fill_list_contacts(u, raw, reading)
    elif u.intent == Intent.AT_RISK:
        u.days = days_in(raw)
        u.tags = tags_asked(raw, reading)  # "which vip customers are at risk?"
    elif u.intent == Intent.LIST_FOLLOWUPS:
        fill_followup_window(u, raw, now=now, tz=tz)
    elif u.intent == Intent.BIRTHDAYS:
        u.period = period_in(raw, u.lang)
        u.days = days_in(raw)  # "birthdays in the next 10 days"
        u.contact_ref = whose_birthday(raw)  # "when is João's birthday?"; a stored name anywhere wins (choose.py)
    elif u.intent in NETWORK_INTENTS:
        fill_network(u, raw, now=now, tz=tz)
    if u.intent in INSIGHT_INTENTS:
        fill_insight(u, typed)
    if u.intent == Intent.PIPELINE:
        fill_deal_stage(u, typed)  # "deals in negotiation?": the stage the question is about
        fill_amount_bound(u, raw, currency=currency)  # "… over $20k"
    if verdict is not None:
        u.confidence, u.alternatives = verdict.confidence, list(verdict.alternatives)
    if forced is None and u.intent in _BIRTHDAY_READINGS and not u.birthday and birthday_stated(u, raw, reading, tz=tz):
        u.alternatives = []  # a person and a whole day with a birthday word: one reading
    choose.fill_mentions(u, reading)
    choose.mark_organization_party(u, reading)
    narrow_subject(u)
    if forced is None and tense.happened(u, reading):
        # "videóhívás volt John Millerrel hétfőn": told in the past, so logged, never set as a reminder.
        u = Understanding(intent=Intent.LOG_INTERACTION, text=raw, lang=u.lang, confidence=u.confidence)
        fill_log(u, raw, now=now, tz=tz, explicit=False)
        choose.fill_mentions(u, reading)
    elif tense.planned(u, reading, now=now, tz=tz):
        # "meeting with Rui next monday at 11": a plan, not a touch that happened.
        kind = u.kind
        u = Understanding(intent=Intent.SCHEDULE_FOLLOWUP, text=raw, lang=u.lang, confidence=u.confidence)
        fill_followup(u, raw, now=now, tz=tz)
        u.kind = kind
        choose.fill_mentions(u, reading)
    elif (ahead := tense.contradicted(u, reading, now=now)) is not None:
        if forced is None:
            u.alternatives = [Intent.SCHEDULE_FOLLOWUP, Intent.LOG_INTERACTION]  # the date is said; the verb is past
        elif u.date_question is None:
            u.date_question, u.date_field = raw[ahead.start : ahead.end], "date"  # done, but when?
    elif forced is None and tense.tense_unclear(u, reading):
        # The nearer reading first: "rdv avec Pierre jeudi 14h" said on a Tuesday is more likely this week's plan.
        u.alternatives = [Intent.LOG_INTERACTION, Intent.SCHEDULE_FOLLOWUP]
        if tense.ahead_is_nearer(raw, now=now, tz=tz, lang=u.lang):
            u.alternatives.reverse()
    elif tense.note_about_later(u, reading):
        u.occurred_at = None  # the note is written now
    flag_values(u, raw)
    focus.drop_unsaid(u)
    return u


# Readings a question about buyers gone quiet was taken for ("who hasnt bought…" read as a purchase by "who hasnt").
_LAPSED_READINGS = frozenset(
    {Intent.RECORD_PURCHASE, Intent.LOG_INTERACTION, Intent.FIND_CONTACT, Intent.LIST_CONTACTS, Intent.PORTFOLIO,
     Intent.CROSS_SELL, Intent.UNKNOWN, Intent.AT_RISK}
)  # fmt: skip

# Readings a stated birthday ("aniversário do rui almeida: 12/07/1983") was taken for before its day was seen.
_BIRTHDAY_READINGS = frozenset(
    {Intent.BIRTHDAYS, Intent.FIND_CONTACT, Intent.UPDATE_CONTACT, Intent.UNKNOWN, Intent.RECORD_LINK}
)

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")


def looks_like_noise(text: str) -> bool:
    """Keyboard mash ("asdfgh", "qwerty", "xkcdzzq"): runs along a keyboard row, long consonant runs, no vowels."""
    for token in re.findall(r"[^\W\d_]+", text.lower()):
        if len(token) < 4:
            continue
        if any(token[i : i + 4] in row for row in _KEYBOARD_ROWS for i in range(len(token) - 3)):
            return True
        if re.search(r"[bcdfghjklmnpqrstvwxz]{5,}", token) or not re.search(r"[aeiouyà-ÿő]", token):
            return True
        if re.search(r"(.)\1\1", token):
            return True
    return False


_EVERYDAY = frozenset(
    [
        "i",
        "you",
        "me",
        "my",
        "your",
        "love",
        "like",
        "hate",
        "think",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "am",
        "not",
        "very",
        "so",
    ]
)


def _looks_like_lookup(raw: str, lang: str = "en") -> bool:
    """A bare name ("maria", "Acme?", an email) is a look-up; a symbol soup or a long sentence is not."""
    text = raw.strip()
    if ent.EMAIL.fullmatch(text) or (ent.PHONE.fullmatch(text) and sum(c.isdigit() for c in text) >= 7):
        return True
    if _ONLY_SYMBOLS.match(text) or (looks_like_noise(text) and not text.endswith("?")):
        return False
    words = text.rstrip("?").split()
    if len(words) >= 3 and not text.endswith("?"):
        # "I love this weather" is a sentence, not a name: names are not made of everyday words.
        stops = lexicon(lang).REF_STOP_WORDS | lexicon("en").REF_STOP_WORDS | _EVERYDAY
        if any(w.lower() in stops for w in words):
            return False
    return 0 < len(words) <= 4 and any(ch.isalpha() for ch in text)
