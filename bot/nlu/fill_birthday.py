"""A birthday stated, not asked: "aniversário do rui almeida: 12/07/1983", "jessica wilson bday 11 feb 1990",
"Kovács Bence születésnapja 1987. április 4.". The birthday word alone made these a question about upcoming
birthdays; with a person named and a whole day written, they set that person's birthday."""

from __future__ import annotations

import re

from bot.nlu import entities as ent
from bot.nlu.dates import day_first_for
from bot.nlu.intents import Intent
from bot.nlu.mentions import Mention
from bot.nlu.reading import Reading
from bot.nlu.refs import hu_name
from bot.nlu.understanding import Understanding

_BIRTHDAY_WORD = re.compile(
    r"\b(?:birthday|bday|b-day|born|anivers[aá]rio|faz anos|nasceu|cumplea[nñ]os|cumple|naci[oó]|anniversaire|"
    r"anniv|n[ée]e? le|compleanno|compie (?:gli )?anni|nat[oa] il|sz[üu]let[ée]snap\w*|sz[üu]linap\w*|"
    r"sz[üu]letett)\b",
    re.IGNORECASE,
)
# A question about a birthday ("when is João's birthday?", "quando faz anos o Rui?") is answered, never written.
_ASKED = re.compile(
    r"\?|^\s*(?:when|what|whose|who|is|any|quando|qual|quem|cu[aá]ndo|qui[eé]n|quand|qui|quel|chi|mikor|ki|"
    r"kinek|melyik)\b",
    re.IGNORECASE,
)


def birthday_stated(u: Understanding, raw: str, reading: Reading, *, tz: str) -> bool:
    """Turn ``u`` into a birthday update when the message states one for a person it names; True if it did."""
    if not _BIRTHDAY_WORD.search(raw) or _ASKED.search(raw):
        return False
    people = reading.people()
    unnamed = _without(raw, people[:1])
    birthday, span = ent.find_birthday(unnamed, day_first=day_first_for(u.lang, tz))
    if not people or birthday is None or span is None:
        return False
    rest = _BIRTHDAY_WORD.sub(" ", unnamed[: span[0]] + " " + unnamed[span[1] :])
    if any(w.lower() not in _FILLERS for w in re.findall(r"[^\W\d_]+", rest)):
        return False  # "sent sofia a happy birthday message on 12 march" is a touch, not her birthday
    person = people[0]
    u.intent, u.field_name, u.birthday = Intent.UPDATE_CONTACT, "birthday", birthday
    u.contact_ref = hu_name(person.text) if u.lang == "hu" else person.text
    u.days = u.period = None
    return True


# The small words a stated birthday is made of, besides the person, the birthday word and the day.
_FILLERS = frozenset(
    [
        "is",
        "s",
        "the",
        "on",
        "of",
        "her",
        "his",
        "their",
        "a",
        "an",
        "was",
        "born",
        "é",
        "e",
        "o",
        "a",
        "do",
        "da",
        "de",
        "dos",
        "das",
        "no",
        "na",
        "em",
        "es",
        "el",
        "la",
        "del",
        "en",
        "le",
        "les",
        "est",
        "du",
        "des",
        "au",
        "il",
        "lo",
        "di",
        "della",
        "dello",
        "è",
        "ha",
        "il",
        "van",
        "az",
        "a",
        "z",
        "ja",
        "je",
        "jét",
        "nap",
        "napja",
        "on",
        "sur",
        "l",
        "d",
        "c",
        "ce",
        "dia",
    ]
)


def _without(raw: str, people: list[Mention]) -> str:
    """The text with the names blanked: a digit in a name must not be read as part of the day."""
    out = raw
    for mention in reversed(people):
        out = out[: mention.start] + " " * (mention.end - mention.start) + out[mention.end :]
    return out


_WHOSE = re.compile(r"(?:when(?:'s| is)\s+)?(?P<name>.+?)(?:'s|’s)\s+(?:birthday|bday|b-day)", re.IGNORECASE)


def whose_birthday(raw: str) -> str | None:
    """The person an English birthday question names by the possessive ("when is João's birthday?")."""
    whose = _WHOSE.search(raw)
    if whose is None or re.fullmatch(r"(?:any|anyone|who|whose|the)", whose.group("name").strip(), re.IGNORECASE):
        return None
    return whose.group("name").strip()
