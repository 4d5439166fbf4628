"""Is a found date phrase only part of what the sender wrote? Then the assistant asks instead of guessing.

"two days after today" must not be read as "today", nor "the first friday of july" as "friday". After the
rules have read what they can, the words right beside each phrase are looked at: a chain of date glue
("after", "of", "de", "à") that reaches a number, a month, a weekday or a unit of time means part of the
phrase was not understood. Ordinary words end the chain ("tomorrow after lunch" is fully read).
"""

from __future__ import annotations

import re

from bot.nlu.date_phrases import LanguagePatterns, norm

_GLUE = frozenset(
    [
        "after",
        "before",
        "from",
        "of",
        "the",
        "on",
        "at",
        "to",
        "past",
        "later",
        "ago",
        "in",
        "this",
        "next",
        "last",
        "previous",
        "coming",
        "following",
        "a",
        "an",
        "end",
        "half",
        "quarter",
        "by",
        "for",
        "around",
        "about",
        "de",
        "del",
        "la",
        "el",
        "las",
        "los",
        "a",
        "al",
        "en",
        "despues",
        "antes",
        "desde",
        "proximo",
        "pasado",
        "ultimo",
        "siguiente",
        "menos",
        "cuarto",
        "media",
        "le",
        "les",
        "du",
        "des",
        "au",
        "aux",
        "apres",
        "avant",
        "dans",
        "prochain",
        "dernier",
        "derniere",
        "il",
        "puis",
        "vers",
        "sur",
        "o",
        "os",
        "as",
        "do",
        "da",
        "dos",
        "das",
        "no",
        "na",
        "depois",
        "proxima",
        "ultima",
        "meia",
        "di",
        "del",
        "della",
        "il",
        "lo",
        "gli",
        "dopo",
        "prima",
        "tra",
        "fra",
        "scorso",
        "prossimo",
        "alle",
        "a",
        "az",
        "es",
        "utan",
        "elott",
        "mulva",
        "multan",
    ]
)
# A word, or a figure as typed ("€1,200", "8:00:20"); a comma between words stands alone (it is glue).
_TOKEN = re.compile(r"(?:[^\s,]|,(?=\d))+|,")
_CLAUSE_STOP = re.compile(r"[.;!?\n]\s|[;!?\n]|\.$")
_DIGITS = re.compile(r"\d")
_MONEY = re.compile(r"[€$£%]|\d[,.]\d{3}\b")
_LIMIT = 4  # words looked at on each side


_STRONG: dict[str, frozenset[str]] = {}


def _strong_words(pat: LanguagePatterns) -> frozenset[str]:
    if pat.lang not in _STRONG:
        _STRONG[pat.lang] = _collect_strong(pat)
    return _STRONG[pat.lang]


def _collect_strong(pat: LanguagePatterns) -> frozenset[str]:
    words: set[str] = set()
    # Units ("days", "anos") are not enough alone ("quem faz anos hoje?"): they carry a chain on to a number.
    for name in ("months", "days", "periods"):
        words.update(key for key in pat.index[name] if " " not in key)
    words.update(key for key in pat.index["month_abbrevs"] if len(key) >= 3 and " " not in key)
    weekdays = {key for key in pat.index["weekdays"] if " " not in key}
    words.update(weekdays - set(pat.index["weekdays_ambiguous"]))
    return frozenset(words - _GLUE)


def _strong(token: str, pat: LanguagePatterns) -> bool:
    if _DIGITS.search(token):
        return _MONEY.search(token) is None
    key = norm(token).strip("'’.()!?")
    return key in _strong_words(pat) or (key.endswith("s") and key[:-1] in _strong_words(pat))  # "two sundays"


def _unit(key: str, pat: LanguagePatterns) -> bool:
    return pat.look("units", key) is not None


def _chain(tokens: list[_Token], pat: LanguagePatterns) -> _Token | None:
    """The farthest strong token reached through glue, or None when the chain holds none."""
    reached = None
    for token in tokens[:_LIMIT]:
        word = token[0]
        if _strong(word, pat):
            reached = token
            continue
        key = norm(word).strip("'’.()!?")
        if word not in ",-–—" and key not in _GLUE and not _unit(key, pat):
            break
    return reached


def _clause_before(text: str, start: int) -> str:
    head = text[:start]
    stops = list(_CLAUSE_STOP.finditer(head))
    return head[stops[-1].end() :] if stops else head


def _clause_after(text: str, end: int) -> str:
    tail = text[end:]
    stop = _CLAUSE_STOP.search(tail)
    return tail[: stop.start()] if stop else tail


def partly_read(
    text: str, start: int, end: int, pat: LanguagePatterns, taken: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The whole phrase, when the words beside text[start:end] carry more of the date than was read.

    `taken` are the spans of the other phrases found: one reached through glue ("8pm tonight, 1 Jan")
    is a phrase the rules could not join, so it counts as unread too; "and"/"y"/"et" are not glue, so two
    dates in one message ("tomorrow and friday") stay two.
    """
    before = _clause_before(text, start)
    offset = start - len(before)
    left = [_Token(m, offset, taken) for m in _TOKEN.finditer(before)]
    right = [_Token(m, end, taken) for m in _TOKEN.finditer(_clause_after(text, end))]
    first, last = _chain(list(reversed(left)), pat), _chain(right, pat)
    if first is None and last is None:
        return None
    return (first.start if first else start), (last.end if last else end)


class _Token:
    """A word of the clause, at its place in the whole text; a word of another found phrase reads as "0"."""

    def __init__(self, found: re.Match[str], offset: int, taken: list[tuple[int, int]]) -> None:
        self.start, self.end = found.start() + offset, found.end() + offset
        self.word = "0" if _inside(self.start, taken) else found[0]

    def __getitem__(self, index: int) -> str:
        return self.word


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
