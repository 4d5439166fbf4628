"""Finding the words that name a person (or a company) inside a sentence."""

from __future__ import annotations

import re
from typing import cast

from bot.nlu.lexicons import lexicon, word
from storage.search import is_legal_form

# Lower-case words that belong inside a capitalised name ("Maria da Silva", "Ludwig van Beethoven").
PARTICLES = frozenset(
    [
        "da",
        "de",
        "do",
        "dos",
        "das",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "du",
        "y",
        "e",
        "bin",
    ]
)
# Punctuation ends a reference; a full stop does not after an initial or a title ("J. Silva", "Dr. Mbeki").
_CUT = re.compile(
    r"[,;:!?()\[\]\n\"“”¿¡]|(?<!\b\w)(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bst)(?<!\bsr)(?<!\bsra)\.(?!\w)"
    r"|\s[-–—]\s|\s[-–—]$|^[-–—]\s",
    re.IGNORECASE,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]")
_HU_CASE = re.compile(r"(?<=\w\w)(?:val|vel|nak|nek|tól|től|ról|ről|hoz|hez|höz|nál|nél|ot|et|öt|at|t)$")
# "-val/-vel" after a consonant doubles it: "Ádámmal", "Kováccsal" (cs -> ccs), "Balázzsal", "Tóthtal".
_HU_DOUBLED = re.compile(
    r"(?<=\w\w)(?:(?P<whole>cs|sz|zs|gy|ly|ny|ty)(?P=whole)|(?P<di>[cgklnstz])(?P=di)(?P<y>[syz])"
    r"|(?P<one>[bcdfghjklmnprstvz])(?P=one)|(?P<th>th)t)[ae]l$"
)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace spans with spaces, keeping every other offset valid."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _stops(lang: str) -> frozenset[str]:
    return cast(frozenset[str], lexicon(lang).REF_STOP_WORDS) | cast(frozenset[str], lexicon("en").REF_STOP_WORDS)


def _is_name_word(token: str, lang: str) -> bool:
    names = cast(frozenset[str], word(lang, "NAME_WORDS")) | cast(frozenset[str], lexicon("en").NAME_WORDS)
    return token.lower() in names


def take_ref(fragment: str, lang: str, extra_stops: frozenset[str] = frozenset()) -> str | None:
    """The reference at the start of a fragment: words up to a stop word or punctuation, at most 4.

    When the typist capitalises the name, the name ends at the first lower-case word that is not a
    particle ("Maria Silva wants premium" -> "Maria Silva").
    """
    fragment = _EMOJI.sub(" ", fragment)
    fragment = _CUT.split(fragment.strip(), maxsplit=1)[0]
    tokens = [t.strip("'\"’") for t in fragment.split()]
    tokens = [t for t in tokens if t]
    stops = _stops(lang) | extra_stops
    kinds = cast(dict[str, str], lexicon(lang).KIND_WORDS)
    words: list[str] = []
    capitalised = False
    for i, token in enumerate(tokens):
        low = token.lower()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not words and _is_name_word(token, lang) and (token[:1].isupper() or (nxt and nxt.lower() not in stops)):
            # "Will Smith", "May Chen", "sat singh": a name, not a verb or a date.
            words.append(token)
            capitalised = token[:1].isupper()
            continue
        if low in stops or low in kinds:
            break
        if words and capitalised and not token[:1].isupper() and low not in PARTICLES and not token[:1].isdigit():
            break
        if not words:
            capitalised = token[:1].isupper()
        words.append(token)
        if len(words) == 4:
            break
    while words and words[-1].lower() in PARTICLES:
        words.pop()
    if words and re.search(r"['’]s$", words[-1]) and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]  # "Chase Bank's rep" -> "Chase Bank"
    if lang == "hu" and words:
        words[-1] = _hu_base(words[-1])  # the case ending goes on the last word only: "Kovács Annával"
    return " ".join(words) or None


def hu_name(name: str) -> str:
    """A name as stored, from a Hungarian sentence: the case ending goes on the last word only ("Kovács Annával",
    "john millerrel"); the caller knows it is a name, so a lower-case one loses its ending too."""
    *head, last = name.split()
    return " ".join([*head, _hu_base(last, known=True)])


def _hu_base(token: str, *, known: bool = False) -> str:
    """Hungarian adds case endings to names ("Annával", "Pétert"); the stored name has none."""
    if not token[:1].isupper() and not known:
        return token
    hyphened = re.search(r"-[a-záéíóöőúüű]{1,6}$", token)
    if hyphened:
        return token[: hyphened.start()]  # "Chen Wei-nek", "Acme-nál": a foreign name keeps its spelling
    doubled = _HU_DOUBLED.search(token)
    if doubled:
        kept = doubled["whole"] or doubled["th"] or (doubled["di"] + doubled["y"] if doubled["di"] else doubled["one"])
        return token[: doubled.start()] + kept
    if is_legal_form(token):
        return token  # "Mátra Logisztika Kft.-vel": the legal form keeps its letters
    base = _HU_CASE.sub("", token)
    if base != token and base[-1:] in ("á", "é"):
        base = base[:-1] + {"á": "a", "é": "e"}[base[-1]]
    return base


def skip_intro(text: str, lang: str) -> str:
    """Drop the small words between a verb and a name ("with", "to the", "com a", "avec")."""
    intros = cast(frozenset[str], word(lang, "INTRO_WORDS")) | cast(frozenset[str], lexicon("en").INTRO_WORDS)
    tokens = text.lstrip(" -–—:").split()
    start = 0
    while start < len(tokens) and tokens[start].lower().strip(",:") in intros:
        start += 1
    # Keep offsets simple: rebuild from the remaining tokens (spacing inside a name does not matter).
    rest = " ".join(tokens[start:])
    # French/Italian elision: "l'équipe", "à l'Acme" -> drop the article.
    return re.sub(r"^(?:l|d)['’]", "", rest, flags=re.IGNORECASE)


def company_after(text: str, ref: str | None, lang: str) -> str | None:
    """A company named right after the reference: "Ana from Acme", "Bob at Globex Corp", "Ana (Acme)"."""
    if not ref:
        return None
    index = text.find(ref)
    if index < 0:
        index = text.lower().find(ref.lower())
        if index < 0:
            return None
    after = text[index + len(ref) :]
    paren = re.match(r"^\s*\(([^)]{2,40})\)", after)
    if paren:
        return paren.group(1).strip()
    markers = cast(str, word(lang, "COMPANY_MARKERS"))
    if lang != "en":
        markers = f"(?:{markers}|{lexicon('en').COMPANY_MARKERS})"
    # The marker in any case, the company capitalised: "at Initech about renewal" -> "Initech".
    match = re.match(rf"^\s*(?i:{markers})\s+((?:[A-Z0-9][\w&.'-]*)(?:\s+(?:[A-Z0-9][\w&.'-]*|&))*)", after)
    if not match:
        return None
    company = match.group(1).rstrip(".")
    if not company[:1].isupper() and not company[:1].isdigit():
        return None
    return company


def lookup_ref(raw: str, lang: str) -> str | None:
    """The subject of a look-up: "find maria silva" -> "maria silva", "who is ana?" -> "ana"."""
    text = _EMOJI.sub(" ", raw).strip().strip("¿¡").rstrip("?!. ")
    words = [w for w in text.split() if w]
    fillers = cast(frozenset[str], lexicon(lang).QUERY_FILLERS) | cast(frozenset[str], lexicon("en").QUERY_FILLERS)
    while words and words[0].lower().strip(":,") in fillers:
        words.pop(0)
    while words and words[-1].lower().strip(":,?") in ("pls", "please", "por favor", "svp", "stp", "per favore"):
        words.pop()
    found = " ".join(words).strip(" ?") or None
    if found and lang == "hu":
        *head, last = found.split()
        found = " ".join([*head, _hu_base(last)])
    return found
