"""A message with its values and mentions replaced by their kind: what the intent model reads.

"jumped on a call with Rui Almeida about the €2,400 renewal tomorrow" becomes
"jumped on a call with PERSON about the MONEY renewal FUTUREDATE": the model learns sentence shapes, not
names, so a name it never saw changes nothing. A date is marked by tense (resolved against the clock under
both readings), so "meeting with PERSON FUTUREDATE" and "meeting with PERSON PASTDATE" are different
sentences: a planned meeting is scheduled, not logged as done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.nlu import entities as ent
from bot.nlu.dates import find_dates
from bot.nlu.lexicons import fold
from bot.nlu.mentions import Mention

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_URLISH = re.compile(r"https?://\S+|\b[\w-]+\.(?:com|org|net|io|example|pt|fr|es|it|hu|de)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


def value_spans(text: str, *, lang: str, now: datetime, tz: str, currency: str = "EUR") -> list[Span]:
    """E-mails, phones, amounts, dates (with their tense) and bare numbers, left to right, never overlapping."""
    spans: list[Span] = []
    _, email = ent.find_email(text)
    if email:
        spans.append(Span(*email, "EMAIL"))
    _, phone = ent.find_phone(text, tz=tz, lang=lang)
    if phone:
        spans.append(Span(*phone, "PHONE"))
    _, _, money = ent.find_money(text, default_currency=currency)
    if money:
        spans.append(Span(*money, "MONEY"))
    for match in _URLISH.finditer(text):
        spans.append(Span(match.start(), match.end(), "URL"))
    spans.extend(_dates(text, lang=lang, now=now, tz=tz))
    for match in _NUMBER.finditer(text):
        spans.append(Span(match.start(), match.end(), "NUM"))
    return _no_overlaps(spans)


def _dates(text: str, *, lang: str, now: datetime, tz: str) -> list[Span]:
    future = find_dates(text, now=now, tz=tz, lang=lang, prefer="future")
    if not future:
        return []  # the past reading only settles the phrases the future one found
    past = {(m.start, m.end): m for m in find_dates(text, now=now, tz=tz, lang=lang, prefer="past")}
    today = now.astimezone(ZoneInfo(tz)).date()
    out: list[Span] = []
    for match in future:
        other = past.get((match.start, match.end))
        days = {match.value.date(), other.value.date() if other else match.value.date()}
        if len(days) == 2:
            ahead, behind = (max(days) - today).days, (today - min(days)).days
            # "19 march" said on 12 March is next week, not last year; "el viernes" said on a Thursday is
            # tomorrow. But "meeting with Rui monday" said on a Tuesday may be yesterday's or next week's: a
            # weekday alone leans to the past only by the sentence's tense (or the sender's answer).
            weekday = (max(days) - min(days)).days == 7
            if ahead * 3 <= behind:
                days = {max(days)}
            elif behind * 3 <= ahead and not weekday:
                days = {min(days)}
        if all(d > today for d in days) or (match.has_time and match.value > now and days == {today}):
            label = "FUTUREDATE"
        elif all(d < today for d in days):
            label = "PASTDATE"
        elif days == {today}:
            label = "TODAYDATE"
        else:
            label = "ANYDATE"  # "on monday": the sentence's tense decides
        out.extend(Span(start, end, label) for start, end in match.spans)
    return out


def _no_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def mention_spans(mentions: list[Mention]) -> list[Span]:
    return [Span(m.start, m.end, m.placeholder) for m in mentions]


def delexicalize(text: str, spans: list[Span]) -> str:
    """Lower-cased, accent-folded text with each span replaced by its label."""
    out: list[str] = []
    at = 0
    for span in _no_overlaps(spans):
        out.append(fold(text[at : span.start]))
        out.append(f" {span.label} ")
        at = span.end
    out.append(fold(text[at:]))
    return " ".join("".join(out).split())
