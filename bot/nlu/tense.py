"""When a touch happens: done (logged), planned (a reminder), or unclear (asked). A planned meeting logged as done
would reset the customer's clock and set no reminder; a past call filed as a reminder would never be logged."""

from __future__ import annotations

import re
from datetime import datetime
from typing import cast

from bot.nlu.dates import find_dates
from bot.nlu.delex import Span
from bot.nlu.fill_log import split_follow_up
from bot.nlu.intents import Intent
from bot.nlu.lexicons import compiled, word
from bot.nlu.reading import Reading
from bot.nlu.understanding import Understanding

_PAST = re.compile(
    r"\b(?:\w+ed|met|spoke|rang|had|did|sent|wrote|saw|got|was|were|"
    r"liguei|falei|reuni|estive|encontrei|mandei|enviei|tive|"
    r"llam[eé]|habl[eé]|me reun[ií]|estuve|envi[eé]|tuve|"
    r"appel[eé]|vu|rencontr[eé]|parl[eé]|eu|envoy[eé]|"
    r"chiamato|sentito|visto|incontrato|parlato|mandato|avuto|stat[oaie]|"
    r"felh[ií]vtam|besz[eé]ltem|besz[eé]lt[uü]nk|tal[aá]lkoztam|tal[aá]lkoztunk|k[uü]ldtem|j[aá]rtam|volt|voltam|"
    r"voltunk|j[oö]tt|h[ií]vott|realizou|aconteceu|almocei|jantei|conheci|tuvo lugar|fue|com[ií]|conoc[ií]|"
    r"a eu lieu|d[ée]jeun[ée]|si [èe] tenut[oa]|pranzato|conosciuto|"
    # a day said to be behind: "6a passada", "last friday", "vendredi dernier", "venerdì scorso", "múlt pénteken"
    r"passad[oa]|last|derni[eè]re?|scors[oa]|pasad[oa]|m[uú]lt)\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|due|para|até|hasta|avant|entro|jusqu)\W*$", re.IGNORECASE)


# "nota: a Lusitânia muda o processo em abril", "nota sobre a Samba Foods: …", "note sur Bordeaux Vins : …",
# "megjegyzés a Budapest Softról: …": a note says something about a date; it is not a plan for it.
NOTE_LEAD = re.compile(
    r"^\s*(?:notes?|nota|jegyzet|megjegyz[ée]s|remarque|add(?:ed)? (?:a )?note)"
    r"(?:\s+(?:about|on|re|for|sobre|sur|su|sul|sulla|de|do|da|a|az)\s+[^:]{1,60})?\s*:",
    re.IGNORECASE,
)


def _first_date(reading: Reading) -> Span | None:
    """The message's first date phrase, labelled by tense (FUTUREDATE, PASTDATE, TODAYDATE, ANYDATE)."""
    return next((v for v in reading.values if v.label.endswith("DATE")), None)


def planned(u: Understanding, reading: Reading, *, now: datetime, tz: str) -> bool:
    """A "logged" touch whose only date is ahead and whose sentence has no past tense is a plan."""
    if u.intent != Intent.LOG_INTERACTION or u.correction or u.follow_up_text or NOTE_LEAD.match(reading.text):
        return False
    if u.occurred_at is not None and u.occurred_at.date() >= now.date():
        return False  # read as today or earlier on its own terms ("this morning")
    first = _first_date(reading)
    if first is None or first.label != "FUTUREDATE" or _DEADLINE.search(reading.text[: first.start]):
        return False
    if _THEIR_CLAUSE.search(reading.text[: first.start]):
        return False  # "call with lisa, they want a pilot in april": the date is theirs, not the call's
    return not _PAST.search(reading.text[: first.start])


# A clause about what the customer says or wants: a break, then its subject ("they want…", "ela quer…").
_THEIR_CLAUSE = re.compile(
    r"[,;.]\s*(?:they|she|he|we|ela|ele|eles|elas|ella|[ée]l|ellos|ellas|elle|il|ils|elles|lei|lui|loro|[őo]k?)\b",
    re.IGNORECASE,
)


def contradicted(u: Understanding, reading: Reading, *, now: datetime) -> Span | None:
    """ "met Sophie Martin next wednesday": told in the past, dated ahead, in one clause. Logged, it would be a
    touch today; the date phrase is returned so the sender is asked (a plan, or when it happened)."""
    if u.intent != Intent.LOG_INTERACTION or u.correction or u.follow_up_text or NOTE_LEAD.match(reading.text):
        return None
    if u.occurred_at is not None and u.occurred_at.date() >= now.date():
        return None  # a date of its own that reads as today or earlier ("this morning")
    first = _first_date(reading)
    if first is None or first.label != "FUTUREDATE":
        return None
    before = reading.text[: first.start]
    if _DEADLINE.search(before) or _CLAUSE_BREAK.search(before) or not _PAST.search(before):
        return None  # "met Sophie, she wants a demo next week": the date belongs to another clause
    return first


_CLAUSE_BREAK = re.compile(r"[,;.!?:(]|\s[-–—]\s")


def tense_unclear(u: Understanding, reading: Reading) -> bool:
    """A touch dated by a weekday alone with no tense anywhere ("call with Hunter monday 9:30", said on a
    Thursday): done last Monday or planned for the next? Logging a plan as done would reset the customer's
    clock and set no reminder, so the sender is asked."""
    if u.intent == Intent.SCHEDULE_FOLLOWUP and _NOUN_TOUCH.match(reading.text):
        pass  # "meeting with Rui thursday 9:30" read as a plan: the same question, whichever reading led
    elif u.intent != Intent.LOG_INTERACTION or u.correction or u.follow_up_text or NOTE_LEAD.match(reading.text):
        return False
    first = _first_date(reading)
    return first is not None and first.label == "ANYDATE" and not _PAST.search(reading.text)


# A touch named as a thing, with whom, and no verb: "call with Rui", "reunião com a Ana", "rdv avec Pierre",
# "riunione con Giulia", "találkozó Bencével". "call Rui monday" (a verb) is a plan and is not matched.
_NOUN_TOUCH = re.compile(
    r"^\s*(?:(?:a|an|the|um|uma|una?|une?)\s+)?(?:(?:quick|short|video|phone|zoom|teams)\s+)?"
    r"(?:call|meeting|mtg|lunch|coffee|zoom|demo|visit|chamada|liga[çc][ãa]o|reuni[ãa]o|almo[çc]o|llamada|reuni[oó]n|"
    r"almuerzo|appel|r[ée]union|rdv|rendez-vous|d[ée]jeuner|chiamata|riunione|pranzo|incontro|call)\s+"
    r"(?:with|w/|com|con|avec|mit)\b"
    r"|^\s*(?:hívás|találkozó|megbeszélés|ebéd|videóhívás)\s+\S+(?:val|vel)\b",
    re.IGNORECASE,
)


def ahead_is_nearer(raw: str, *, now: datetime, tz: str, lang: str) -> bool:
    """Whether the first date phrase's next occurrence is nearer than its last ("jeudi" on a Tuesday)."""
    ahead = find_dates(raw, now=now, tz=tz, lang=lang, prefer="future")
    behind = find_dates(raw, now=now, tz=tz, lang=lang, prefer="past")
    if not ahead or not behind:
        return False
    return ahead[0].value - now < now - behind[0].value


def note_about_later(u: Understanding, reading: Reading) -> bool:
    """A note whose date lies ahead ("nota: Valencia Foods cambia de ERP en mayo") is written now: the date is
    what it talks about, never when it happened (last May)."""
    if u.intent != Intent.LOG_INTERACTION or u.occurred_at is None or not NOTE_LEAD.match(reading.text):
        return False
    first = _first_date(reading)
    # "en septembre" said in March is this September or last: a note is about what lies ahead unless it says past
    return first is not None and first.label in ("FUTUREDATE", "ANYDATE")


def happened(u: Understanding, reading: Reading) -> bool:
    """A "reminder" told in the past tense whose dates are all behind or either way ("videóhívás volt John
    Millerrel hétfőn", "la riunione c'è stata martedì") is a touch that happened; a reminder's own lead
    ("remind me…") or any date ahead keeps it a plan."""
    if u.intent != Intent.SCHEDULE_FOLLOWUP:
        return False
    text = reading.text
    for code in dict.fromkeys((reading.lang, "en")):
        if compiled(cast(str, word(code, "FOLLOW_UP_LEAD"))).match(text):
            return False
    dates = [v for v in reading.values if v.label.endswith("DATE")]
    if not dates or any(v.label == "FUTUREDATE" for v in dates):
        return False
    return _PAST.search(text) is not None


def logged_then_followed_up(raw: str, reading: Reading) -> bool:
    """ "call with maria silva, f/u next tue 3pm": a touch, then its follow-up. The follow-up's date is not the
    touch's: with no date ahead before the follow-up marker, the touch happened and the rules' log reading stands."""
    body, follow = split_follow_up(raw, reading.lang)
    if follow is None or not body.strip():
        return False
    return not any(v.label == "FUTUREDATE" and v.start < len(body) for v in reading.values)
