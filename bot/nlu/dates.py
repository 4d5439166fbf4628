"""Date and time phrases in staff messages: locate them, resolve them against an injected "now".

Our own rules find the phrases (`date_phrases`: per-language regexes, longest match first) and
resolve every family they find (`date_pieces`, `date_calendar`): about 0.1 ms a message. dateparser
(1.5.0) is the fallback of `parse_date_phrase` for phrases the rules do not know, and never sees a
whole sentence. It is not used for the phrases we find because, besides costing 0.5-25 ms a phrase,
it reads "Mar 12" on 12 March as next year, "3/4/26" as 2126, "03.04." as 03:04, and shifts wall
times by an hour across DST when asked for aware results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from bot.nlu import date_calendar as cal
from bot.nlu.date_doubt import partly_read
from bot.nlu.date_numbers import digitize
from bot.nlu.date_phrases import GAP, flatten, norm, patterns_for
from bot.nlu.date_pieces import WEEKDAY_DAY_REACH, Piece, Scan, collect
from bot.nlu.entities import region_for_tz

Prefer = Literal["future", "past"]
_COMPANY: dict[str, str | None] = {"country": None}


def set_company_country(country: str | None) -> None:
    """The company's country (CRM_COUNTRY): whose public holidays are read by name. Set once by the app."""
    _COMPANY["country"] = country.upper() if country else None


_DAY_FIRST_ORDER = {"en": "MDY", "hu": "YMD"}  # everyone else writes day first
# Where English is written month first (the import's rule too: bot/entry/data_cli.py); None: no region known.
_MONTH_FIRST_REGIONS = frozenset({"US", "CA", "PH", None})
_LATEST_BUSINESS_PM = 6  # a bare "at 3" means 15:00, "at 7" means 07:00
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class DateMatch:
    start: int  # span in the original text
    end: int
    text: str  # the matched phrase as written
    value: datetime  # timezone-aware, in the sender's tz
    has_time: bool  # the phrase named a time of day ("3pm", "15:00", "tomorrow morning")
    is_range_end: bool = False  # a deadline-like phrase: "end of month", "eod"
    # Why the phrase cannot be trusted ("unread": part of it was not understood, "impossible": "30 Feb"):
    # the caller asks, quoting `text`, and stores nothing. None when the whole phrase was read.
    doubt: str | None = None
    # The span of a time said apart from its day ("tomorrow call Rui at 10"): part of this moment, not another.
    clock: tuple[int, int] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(self.start, self.end), *([self.clock] if self.clock else [])]


def date_spans(found: list[DateMatch]) -> list[tuple[int, int]]:
    """Every stretch of text the dates were read from, to blank before the rest of the sentence is read."""
    return [span for match in found for span in match.spans]


def find_dates(
    text: str,
    *,
    now: datetime,
    tz: str,
    lang: str = "en",
    prefer: Prefer = "future",
    day_first: bool | None = None,
    country: str | None = None,
) -> list[DateMatch]:
    """Date/time phrases in `text`, in order. Names and ordinary words ("May Chen", "she may") are not dates.

    `prefer` settles phrases that could be either side of `now`: "tuesday" is the coming Tuesday
    for a follow-up ("future") and the last one for a logged call ("past"); today counts for both.
    `country` (ISO code) names the public holidays known by name; by default the company's country
    (CRM_COUNTRY, set by the app) or else the country of `tz`. A phrase only partly read, or impossible,
    comes back with `doubt` set, spanning the whole phrase, for the caller to ask about.
    """
    # One message asks for the same reading several times (its values, its tense, its log and follow-up
    # slots): the answer depends only on these arguments, so it is read once. The matches are frozen. (``now``'s
    # zone is part of the key: equal instants in two zones are equal datetimes.)
    country = country or _COMPANY["country"] or region_for_tz(tz)
    return list(_remembered(text, now, now.tzinfo, tz, lang, prefer, day_first, country))


@lru_cache(maxsize=64)
def _remembered(
    text: str,
    now: datetime,
    _zone: object,
    tz: str,
    lang: str,
    prefer: Prefer,
    day_first: bool | None,
    country: str | None,
) -> tuple[DateMatch, ...]:
    return tuple(_read(text, now=now, tz=tz, lang=lang, prefer=prefer, day_first=day_first, country=country))


def _read(
    text: str, *, now: datetime, tz: str, lang: str, prefer: Prefer, day_first: bool | None, country: str | None
) -> list[DateMatch]:
    read_text = text
    # "hétfőn 9-kor vagyis inkább 10-kor", "at 3, no, 4": the time taken back is not read; "alle 11 non alle 10",
    # "11-kor volt nem 10-kor": the time denied is not read
    dropped = _DENIED.search(text) or _TAKEN_BACK.search(text)
    if dropped:
        start, end = dropped.span("gone")
        read_text = text[:start] + " " * (end - start) + text[end:]
    # "un descuento del 10% para el viernes": a percentage is never a day of the month
    read_text = _PERCENT.sub(lambda m: " " * len(m.group()), read_text)
    spelled = digitize(read_text, lang)
    scan = _scan(spelled.text, now, tz, lang, prefer, day_first, strict=True)
    scan = replace(scan, country=country)
    found = _resolve(scan)
    if any(m.clock and _partly_read_apart(m, scan) for m in found):
        found = _resolve(scan, join=False)  # "na segunda-feria às 10": the whole phrase is asked about
    spans = [(m.start, m.end) for m in found]
    out = []
    for match in found:
        others = [span for span in spans if span != (match.start, match.end)]
        whole = partly_read(scan.text, match.start, match.end, scan.pat, others)
        start, end = whole or (match.start, match.end)  # a doubted phrase is quoted whole: "two days after today"
        doubt = match.doubt or ("unread" if whole else None)
        start, end = spelled.original(start), spelled.original(end, end=True)
        clock = match.clock and (spelled.original(match.clock[0]), spelled.original(match.clock[1], end=True))
        out.append(replace(match, start=start, end=end, text=text[start:end], doubt=doubt, clock=clock))
    return [_their_time(m, text) for m in _either_or(_outermost(out), text)]


# "3pm his time", "às 15h hora deles", "a las 3 hora de ellos", "15h heure locale", "alle 15 ora loro": a time in
# someone else's zone, which the sender's clock would read wrong; asked, never stored as the sender's 15:00.
_THEIR_TIME = re.compile(
    r"\s*(?:(?:his|her|their|the client'?s|the customer'?s|local|your)\s+time|hora (?:dele|dela|deles|delas|local|"
    r"de ellos|de ella|de él|suya)|su hora|heure (?:locale|de chez eux|à eux)|(?:l')?ora (?:loro|sua|locale)|"
    r"(?:az )?ő(?:k)? idej[eé]\w*|helyi id[őo]\w*)\b",
    re.IGNORECASE,
)


def _their_time(match: DateMatch, text: str) -> DateMatch:
    their = _THEIR_TIME.match(text, match.end) if match.has_time else None
    if their is None:
        return match
    return replace(match, end=their.end(), text=text[match.start : their.end()], doubt="unread")


_PERCENT = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b|por ciento\b|pour ?cent\b|per cento\b|por cento\b|sz[aá]zal[eé]k\w*)",
    re.IGNORECASE,
)
_CLOCK_TEXT = r"(?<![\d:./])\d{1,2}(?:[:.h]\d{2})?\s*(?:-?kor\b|h\b|hs\b|am\b|pm\b|óra\w*)?"
_DENIED = re.compile(
    rf"{_CLOCK_TEXT}(?:[ \t]+(?:volt|was|were|era|foi|fue|était))?(?P<gone>[ \t]+(?:not|non|nem|não|nao|no)[ \t]+(?:(?:à|a las|às|alle|at)\s+)?{_CLOCK_TEXT})"
    r"(?![\s,]*(?:wait|espera|mejor|plutôt|aspetta|meglio|inkább))",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(
    rf"(?P<gone>{_CLOCK_TEXT}\s*[,;—–-]*\s*"
    r"(?:(?:euh|eh|uh|hm+)\s*,?\s*)?"
    r"(?:(?:no|non|nem|não|nao)(?:[\s,]+(?:wait|espera|mejor|plutôt|aspetta|meglio|inkább))?|sorry|bocs\w*|pardon|"
    r"perd[oó]n|scusa|vagyis(?:\s+inkább)?|inkább|i mean|actually|anzi|o meglio|mejor dicho|quer dizer|ou melhor|digo|"
    r"plutôt|ou plutôt|en fait)\b[\s,;—–-]*(?:(?:à|a las|às|alle|at)\s+)?)(?=\d)",
    re.IGNORECASE,
)


def _outermost(found: list[DateMatch]) -> list[DateMatch]:
    """A phrase widened to be quoted whole ("na segunda-feria às 10") swallows the phrases inside it: reading
    "na segunda" on its own would set the day and drop the time the sender gave."""
    return [
        match
        for match in found
        if not any(
            other is not match
            and other.start <= match.start
            and match.end <= other.end
            and (other.start, other.end) != (match.start, match.end)
            for other in found
        )
    ]


# "tuesday or wednesday", "amanhã ou depois", "kedden vagy szerdán": two days offered, neither chosen.
_OR = r"(?:or|ou|o|oppure|vagy|oder)"
_OR_LATER = re.compile(
    rf"^[ \t,]+{_OR}[ \t]+(?:later|after|depois|después|despues|après|apres|dopo|később|kesobb)\b", re.IGNORECASE
)
_OR_BETWEEN = re.compile(rf"^[ \t,]+{_OR}[ \t]+(?:\w+[ \t]+)?$", re.IGNORECASE)


def _either_or(found: list[DateMatch], text: str) -> list[DateMatch]:
    """Two date phrases joined by "or" (or one followed by "or later") are a choice the sender has not made: the
    whole is asked about, never set to the first."""
    out: list[DateMatch] = []
    index = 0
    while index < len(found):
        match = found[index]
        after = text[match.end :]
        nxt = found[index + 1] if index + 1 < len(found) else None
        if nxt is not None and _OR_BETWEEN.match(text[match.end : nxt.start]):
            out.append(replace(match, end=nxt.end, text=text[match.start : nxt.end], doubt="unread"))
            index += 2
            continue
        later = _OR_LATER.match(after)
        if later:
            end = match.end + later.end()
            match = replace(match, end=end, text=text[match.start : end], doubt="unread")
        out.append(match)
        index += 1
    return out


def parse_date_phrase(
    phrase: str, *, now: datetime, tz: str, lang: str = "en", prefer: Prefer = "future", day_first: bool | None = None
) -> datetime | None:
    """One phrase the caller knows is a date (a dialog answer): "fri" alone counts here. None when it is
    impossible or unclear ("30 Feb", "monday 10"), so the caller asks again rather than guess."""
    scan = _scan(digitize(phrase, lang).text, now, tz, lang, prefer, day_first, strict=False)
    found = _resolve(scan)
    if any(match.doubt for match in found):
        return None
    if len(found) == 1 and _covers(found[0], scan):
        return found[0].value
    parsed = _with_dateparser(phrase, scan, prefer, tz)
    if parsed is None and found:
        return found[0].value
    return parsed


def _covers(match: DateMatch, scan: Scan) -> bool:
    """True when the rest of the phrase is filler ("by", punctuation), not "2 weeks from" + tomorrow."""
    rest = scan.text[: match.start] + " " + scan.text[match.end :]
    context = scan.pat.index["context_words"]
    return all(norm(word) in context for word in _WORD.findall(rest))


def day_first_for(lang: str, tz: str) -> bool:
    """Whether a numeric date "4/7" is day first for this writer: always, except English written where month
    first is the custom (the US, Canada, the Philippines), as the date reader and the CSV import read it."""
    return lang != "en" or region_for_tz(tz) not in _MONTH_FIRST_REGIONS


def _scan(
    text: str, now: datetime, tz: str, lang: str, prefer: Prefer, day_first: bool | None, *, strict: bool
) -> Scan:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if prefer not in ("future", "past"):
        raise ValueError(f"prefer must be 'future' or 'past', not {prefer!r}")
    zone = ZoneInfo(tz)
    text = flatten(text)  # same length: spans fit the original
    patterns = patterns_for(lang)
    order = "DMY" if day_first else "MDY"
    if day_first is None:
        order = _DAY_FIRST_ORDER.get(patterns.lang, "DMY")
        if order == "MDY" and region_for_tz(tz) not in _MONTH_FIRST_REGIONS:
            order = "DMY"  # English written in Lisbon or London: "10/03" is the 10th of March, as the import reads it
    return Scan(text, patterns, now.astimezone(zone), zone, 1 if prefer == "future" else -1, order, strict)


def _select(pieces: list[Piece]) -> list[Piece]:
    """Longest first, then leftmost; a piece overlapping a kept one is dropped."""
    kept: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (p.start - p.end, p.start)):
        if all(piece.end <= other.start or piece.start >= other.end for other in kept):
            kept.append(piece)
    return sorted(kept, key=lambda p: p.start)


def _joinable(group: list[Piece], piece: Piece, text: str) -> bool:
    if piece.instant or any(p.instant for p in group):
        return False
    if GAP.fullmatch(text, group[-1].end, piece.start) is None:
        return False
    dates = [p for p in group if p.kind == "date"]
    if piece.kind == "date" and dates:  # only "tue, 17 March": a weekday naming an explicit date
        return len(dates) == 1 and dates[0].weekday_only != piece.weekday_only
    return all(p.kind != piece.kind for p in group)


def _groups(pieces: list[Piece], text: str) -> list[list[Piece]]:
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and _joinable(groups[-1], piece, text):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _time_of_day(clock: Piece | None, part_hour: int | None) -> tuple[int, int, int] | None:
    if clock is None:
        return None if part_hour is None else (part_hour, 0, 0)
    hour = clock.hour
    if clock.meridiem:
        hour = hour % 12 + (12 if clock.meridiem == "p" else 0)
    elif part_hour is not None:
        hour += 12 if hour < 12 <= part_hour and part_hour >= 14 else 0  # "at 3 in the afternoon", "10, tonight"
    elif (clock.bare or clock.short) and 1 <= hour <= _LATEST_BUSINESS_PM:
        hour += 12
    return hour, clock.minute, clock.second


def _supported(piece: Piece, group: list[Piece]) -> bool:
    """A doubtful piece ("fri", "morning", "3h") counts only beside a piece of another kind; a lone
    number ("7") only beside a part of day ("7, this morning", "10 tonight")."""
    if piece.needs_part:
        return any(other.kind == "part" or other.part_hour is not None for other in group)
    if not piece.needs_support:
        return True
    # "Thursday the 21st": a weekday is supported by the day number it names
    return any(other.kind != piece.kind or (piece.weekday_only and not other.weekday_only) for other in group)


def _match(group: list[Piece], scan: Scan) -> DateMatch | None:
    if scan.strict:
        group = [piece for piece in group if _supported(piece, group)]
        if not group:
            return None
    dates = [p for p in group if p.kind == "date"]
    day_piece = next((p for p in dates if not p.weekday_only), dates[0] if dates else None)
    clock = next((p for p in group if p.kind == "clock"), None)
    part = next((p for p in group if p.kind == "part"), None)
    start, end = group[0].start, group[-1].end
    range_end = any(p.range_end for p in group)
    if day_piece is not None and day_piece.instant is not None:
        return DateMatch(start, end, scan.text[start:end], day_piece.instant, True, range_end)
    part_hour = part.hour if part else day_piece.part_hour if day_piece else None
    hour_minute = _time_of_day(clock, part_hour)
    doubt = "impossible" if any(p.impossible for p in group) else "unread" if any(p.unclear for p in group) else None
    day = _weekday_checked(dates, scan) if day_piece is not None else None
    if day_piece is not None and day is None:
        doubt, day = "impossible", day_piece.day
    if day is not None:
        hour, minute, second = hour_minute or (0, 0, 0)
        value = cal.local(day, hour, minute, scan.zone, second)
    elif hour_minute is not None:  # a lone time: the next (or last) time the clock shows it
        hour, minute, second = hour_minute
        value = cal.local(scan.today, hour, minute, scan.zone, second)
        if scan.lean > 0 and value < scan.now:
            value = cal.local(scan.today + timedelta(days=1), hour, minute, scan.zone, second)
        elif scan.lean < 0 and value > scan.now:
            value = cal.local(scan.today - timedelta(days=1), hour, minute, scan.zone, second)
    else:
        return None
    return DateMatch(start, end, scan.text[start:end], value, hour_minute is not None, range_end, doubt)


def _weekday_checked(dates: list[Piece], scan: Scan) -> date | None:
    """The day a group names; a weekday beside a day number must agree with it ("martes 25" said on Friday
    28 September is Tuesday 25 December ahead, or 25 September behind); None when nothing fits."""
    named = next((p for p in dates if not p.weekday_only), dates[0])
    weekday = next((p.weekday for p in dates if p.weekday_only and p.weekday is not None), None)
    if named.weekday_only or weekday is None or named.day is None or named.day.weekday() == weekday:
        return named.day
    if named.day_number:
        found = cal.day_with_weekday(scan.today, named.day.day, weekday, scan.lean)
        # "segunda-feira, dia 17" when the 17th is a Tuesday: the nearest Monday 17th is in August, which nobody
        # meant; asked about instead (None), as a weekday that does not match its date is.
        return found if found is not None and abs((found - scan.today).days) <= WEEKDAY_DAY_REACH else None
    return None


def _partly_read_apart(match: DateMatch, scan: Scan) -> bool:
    day, clock = (match.start, match.end), match.clock
    return any(
        partly_read(scan.text, span[0], span[1], scan.pat, [other]) is not None
        for span, other in ((day, clock), (clock, day))
        if span is not None and other is not None
    )


def _resolve(scan: Scan, *, join: bool = True) -> list[DateMatch]:
    groups = _groups(_select(collect(scan)), scan.text)
    day_and_clock = _day_and_clock(groups) if join else None
    if day_and_clock is not None:
        day, clock = day_and_clock
        joined = _match(sorted(day + clock, key=lambda p: p.start), scan)
        if joined is not None and joined.has_time:
            start, end = day[0].start, day[-1].end
            clock_span = (clock[0].start, clock[-1].end)
            return [replace(joined, start=start, end=end, text=scan.text[start:end], clock=clock_span)]
    found = (_match(group, scan) for group in groups)
    return [match for match in found if match is not None]


def _day_and_clock(groups: list[list[Piece]]) -> tuple[list[Piece], list[Piece]] | None:
    """A day and, elsewhere in the sentence, a time alone ("tomorrow call Rui at 10", "holnap hívás Gáborral
    10-kor") are one moment: read apart, the reminder would be set at the default hour, half-read."""
    if len(groups) != 2 or any(p.instant for g in groups for p in g):
        return None
    day, clock = groups if groups[0][0].kind == "date" else groups[::-1]
    if {p.kind for p in day} != {"date"} or not {p.kind for p in clock} <= {"clock", "part"}:
        return None
    if not any(p.kind == "clock" for p in clock) or any(p.part_hour is not None for p in day):
        return None
    return day, clock


def _with_dateparser(phrase: str, scan: Scan, prefer: Prefer, tz: str) -> datetime | None:
    # Imported here: dateparser takes ~0.3 s to import and most messages never need it.
    import dateparser

    settings = {
        "RELATIVE_BASE": scan.now.replace(tzinfo=None),  # naive wall time in the sender's zone
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": scan.order,
        "PREFER_DAY_OF_MONTH": "first",
        # TIMEZONE converts a phrase that names its own zone ("14:30 UTC") to the sender's wall
        # time; the naive result is then localised by zoneinfo, because dateparser's own aware
        # results shift wall times by an hour across a DST change (15:00 came back as 16:00).
        "TIMEZONE": tz,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    languages = list(dict.fromkeys([scan.pat.lang, "en"]))
    try:
        parsed = dateparser.parse(phrase, languages=languages, settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    return cal.local(parsed.date(), parsed.hour, parsed.minute, scan.zone)
