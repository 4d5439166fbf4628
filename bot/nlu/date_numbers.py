"""Spelled-out numbers in date phrases, turned into digits before the date rules run.

"twenty second of June" -> "22nd of June", "a las siete" -> "a las 7", "vingt-deux juin" -> "22 juin".
text2num (pinned) reads the cardinals of en, es, fr, pt and it; the ordinals and Hungarian come from the small
tables below (text2num has no Hungarian, and leaves a lone ordinal such as "second" as a word). Only runs of
known number words are converted, so ordinary words never reach the library, and every replacement keeps a
map back to the original text so that spans stay the sender's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from bot.nlu.date_phrases import norm

_TEXT2NUM_LANGS = {"en", "es", "fr", "pt", "it"}
_UNITS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen",
    "es": "cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis"
    " diecisiete dieciocho diecinueve veintiuno veintidos veintitres veinticuatro veinticinco veintiseis"
    " veintisiete veintiocho veintinueve",
    "fr": "zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
    "pt": "zero um uma dois duas tres quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze"
    " dezasseis dezesseis dezassete dezessete dezoito dezanove dezenove",
    "it": "zero uno una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici"
    " sedici diciassette diciotto diciannove ventuno ventidue ventitre ventiquattro venticinque ventisei"
    " ventisette ventotto ventinove trentuno",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil dos mil",
    "fr": "vingt trente quarante cinquante soixante cent mille",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento mil",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento mille mila",
}
_JOINERS = {"en": {"and"}, "es": {"y"}, "fr": {"et"}, "pt": {"e"}, "it": set(), "hu": set()}
# Ordinals 1-31 (days of the month, "the second Monday"), as stems a phrase is made of.
_ORDINALS = {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
    " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
    "es": "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo",
    "fr": "premier deuxieme troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme",
    # pt "segunda", "terça", "quarta", "quinta", "sexta" are weekdays, it "prima" is "before": left out here,
    # and the nth-weekday rule reads them ("na segunda terça de abril") from `nth_words`.
    "pt": "primeiro segundo terceiro quarto quinto",
    "it": "primo secondo terzo quarto quinto",
    "hu": "elso masodik harmadik negyedik otodik",
}
_EN_TENS_ORD = {"twentieth": 20, "thirtieth": 30}
# Accent-folded, so "hét" (seven, and week) and "hat" (six, and "can") are left out: "két hét múlva" is two weeks.
_HU_NUMBERS = {
    "egy": 1, "ket": 2, "ketto": 2, "harom": 3, "negy": 4, "ot": 5, "nyolc": 8, "kilenc": 9,
    "tiz": 10, "tizenegy": 11, "tizenketto": 12, "tizenket": 12, "husz": 20, "harminc": 30,
}  # fmt: skip
# "háromkor", "hatkor": an hour spelled out with its "-kor" (at) glued on. "hat" (6) and "hét" (7) are words too
# ("hat" has, "hét" week) and are read only with the ending.
_HU_AT = {**_HU_NUMBERS, "hat": 6, "het": 7}
_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _ordinal_suffix(value: int, lang: str) -> str:
    if lang == "en":
        return _EN_SUFFIX.get(value, "th")
    if lang == "fr":
        return "er" if value == 1 else "e"
    return "." if lang == "hu" else "º"


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _table(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    ordinals = {norm(w): i + 1 for i, w in enumerate(_ORDINALS.get(lang, "").split())}
    if lang == "en":
        ordinals.update(_EN_TENS_ORD)
    if lang == "es":
        ordinals.update({"primer": 1, "tercer": 3, "vigesimo": 20, "trigesimo": 30})
    if lang == "fr":
        ordinals.update({"premiere": 1, "second": 2, "seconde": 2})
    if lang == "pt":
        ordinals.update({"primeira": 1, "terceira": 3})
    if lang == "it":
        ordinals.update({"seconda": 2, "terza": 3, "quarta": 4, "quinta": 5})
    cardinals = frozenset(_UNITS.get(lang, "").split()) | frozenset(_TENS.get(lang, "").split())
    return ordinals, cardinals


@dataclass(frozen=True)
class Spelled:
    text: str  # the message with number words as digits
    edits: tuple[tuple[int, int, int, int], ...]  # (new_start, new_end, old_start, old_end)

    def original(self, position: int, *, end: bool = False) -> int:
        """Where a position of `text` lies in the sender's message."""
        shift = 0
        for new_start, new_end, old_start, old_end in self.edits:
            if position < new_start or (end and position == new_start):
                break
            if position < new_end or (end and position == new_end):
                return old_end if end else old_start
            shift = old_end - new_end
        return position + shift


def _number_of(words: list[str], lang: str) -> tuple[int, bool] | None:
    """(value, is_ordinal) of a run of number words, or None when the run is no number."""
    ordinals, _ = _table(lang)
    keys = [norm(w) for w in words]
    if all(k in ordinals for k in keys) and len(keys) == 2 and ordinals[keys[0]] in (20, 30):
        return ordinals[keys[0]] + ordinals[keys[1]], True  # "vigésimo segundo"
    if keys[-1] in ordinals:
        head = keys[:-1]
        base = _cardinal(head, lang) if head else 0
        if base is None or (head and base % 10):
            return None
        return base + ordinals[keys[-1]], True
    value = _cardinal(keys, lang)
    return (value, False) if value is not None else None


def _cardinal(keys: list[str], lang: str) -> int | None:
    if lang == "hu":
        values = [_HU_NUMBERS.get(k) for k in keys]
        return sum(values) if all(v is not None for v in values) and len(values) <= 2 else None  # type: ignore[arg-type]
    if lang not in _TEXT2NUM_LANGS:
        return None
    try:
        return int(text2num(" ".join(keys).replace("-", " "), lang))
    except ValueError:
        return _years(keys, lang)


def _years(keys: list[str], lang: str) -> int | None:
    """ "nineteen seventy eight": two numbers that text2num reads one by one."""
    for cut in range(1, len(keys)):
        try:
            high, low = text2num(" ".join(keys[:cut]), lang), text2num(" ".join(keys[cut:]), lang)
        except ValueError:
            continue
        if 10 <= high <= 20 and 0 <= low < 100:
            return high * 100 + low
    return None


@lru_cache(maxsize=8)
def _vocabulary(lang: str) -> frozenset[str]:
    ordinals, cardinals = _table(lang)
    words = set(ordinals) | {norm(w) for w in cardinals} | _JOINERS.get(lang, set())
    if lang == "hu":
        words |= set(_HU_NUMBERS)
    return frozenset(words)


def is_number_word(word: str, lang: str) -> bool:
    return norm(word) in _vocabulary(lang) and norm(word) not in _JOINERS.get(lang, set())


def digitize(text: str, lang: str) -> Spelled:
    """Replace each longest run of number words by its digits ("twenty second" -> "22nd")."""
    vocab = _vocabulary(lang)
    joiners = _JOINERS.get(lang, set())
    words = [m for m in _WORD.finditer(text) if all(part in vocab for part in norm(m[0]).split()) or _hu_at(m[0], lang)]
    if not words:
        return Spelled(text, ())
    runs: list[list[re.Match[str]]] = []
    for word in words:
        if runs and text[runs[-1][-1].end() : word.start()].strip(" -") == "":
            runs[-1].append(word)
        else:
            runs.append([word])
    out, edits, cursor = [], [], 0
    for run in runs:
        while run and norm(run[-1][0]) in joiners:
            run = run[:-1]
        while run and norm(run[0][0]) in joiners:
            run = run[1:]
        for start, end, value in _convert(run, lang):
            out.append(text[cursor:start])
            new_start = sum(len(part) for part in out)
            out.append(value)
            edits.append((new_start, new_start + len(value), start, end))
            cursor = end
    out.append(text[cursor:])
    return Spelled("".join(out), tuple(edits))


def _hu_at(word: str, lang: str) -> int | None:
    key = norm(word)
    return _HU_AT.get(key[:-3]) if lang == "hu" and key.endswith("kor") else None


def _convert(run: list[re.Match[str]], lang: str) -> list[tuple[int, int, str]]:
    """Longest readable sub-runs, left to right; "a"/"one" alone stay words ("one of them")."""
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(run):
        at = _hu_at(run[index][0], lang)
        if at is not None:
            found.append((run[index].start(), run[index].end(), f"{at}-kor"))
            index += 1
            continue
        for stop in range(len(run), index, -1):
            words = [w[0] for w in run[index:stop]]
            read = _number_of(" ".join(words).replace("-", " ").split(), lang)
            if read is not None:
                value, ordinal = read
                if not ordinal and len(words) == 1 and norm(words[0]) in {"un", "une", "uno", "una", "um", "egy"}:
                    index += 1  # an article, not a number
                    break
                suffix = _ordinal_suffix(value, lang) if ordinal else ""
                found.append((run[index].start(), run[stop - 1].end(), f"{value}{suffix}"))
                index = stop
                break
        else:
            index += 1
    return found
