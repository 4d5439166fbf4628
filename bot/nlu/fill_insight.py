"""A question about figures -> an InsightFrame (bot/nlu/frame.py), read once, in every staff language.

Another language's question is first rendered as English words by its lexicon's INSIGHT_TERMS
(bot/nlu/insight_terms.py: "receita por segmento este ano" -> "revenue by segment this year"); the frame is read
from those words. A measure the question table declares (handlers/questions.py) is recognised by its phrases in
the texts of every language (``ask.<measure>`` in bot/texts/<lang>.py), so a new question needs no rule here.
"""

from __future__ import annotations

import re
from functools import cache

from bot.nlu.frame import InsightFrame, Period
from bot.nlu.insight_terms import english_question
from bot.nlu.lexicons import fold
from bot.nlu.understanding import Understanding
from bot.texts import entries
from config.languages import LANGUAGES

# The question a message asks, when no table measure is named: first match wins, specific before general.
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("brief", r"\bbrief(?:ing)?\b|\bprep(?:are)?\b(?:\s+me)?\s+for\b|\bmeeting prep\b"),
    ("my_week", r"\bmy week\b|\b(?:our|team'?s?|the) week\b|\bweekly (?:summary|report|review)\b"),
    ("timeline", r"\btimeline\b|\bhistory of\b"),
    (
        "products",
        r"\bwhat (?:does|do|did) .+ (?:buy|purchase)\b|\bproducts? (?:of|for)\b|\b(?:doesn'?t|never|not) buy\b",
    ),
    ("win_rate", r"\bwin(?:ning)? (?:rate|ratio)\b|\bclose rate\b|\bwon (?:vs|versus|and) lost\b|\bconversion\b"),
    ("idle", r"\bidle\b|\bstalled\b|\bstuck\b|\bstale deals?\b|\bsitting\b"),
    ("lifecycle", r"\blifecycle\b|\blife cycle\b|\bfunnel of contacts\b|\bprospects?\b.*\bleads?\b"),
    ("ltv", r"\blifetime value\b|\bltv\b|\bclv\b|\bworth over\b"),
    ("cohorts", r"\bcohorts?\b|\bretention\b|\bretained\b"),
    ("churn", r"\bchurn(?:ed)?\b"),
    ("rfm", r"\brfm\b|\bchampions\b|\bhibernating\b|\bloyal customers\b|\bcustomer segments\b"),
    ("channels", r"\bchannels?\b|\b(?:like|likes|prefer|prefers) to be (?:contacted|reached)\b"),
    ("rank", r"\brank(?:ing)?\b|\bby risk\b|\briskiest\b"),
    ("customers", r"\b(?:top|bottom|best|worst|biggest|smallest|most profitable|least profitable)\b"),
    ("revenue", r"\brevenue\b|\bsales\b|\bmargin\b|\bprofit\b|\bturnover\b"),
    ("pipeline", r"\bpipeline\b|\bdeals?\b|\bforecast\b|\bfunnel\b"),
)
_COMPILED = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in QUESTIONS)
_ABOUT_SOMEONE = frozenset({"brief", "timeline", "products", "channels"})

_DIMENSIONS = (
    ("tag", r"\bby tags?\b|\btagged\b"),
    ("owner", r"\bby (?:owner|rep|reps|staff|salesperson|account manager|person)\b"),
    ("organization", r"\bby (?:organi[sz]ation|company|companies|account|org|customer)s?\b"),
    ("segment", r"\bby segments?\b|\bper segment\b"),
)

# Scope: "my team's deals" and "our week" are the team's; "my pipeline" the asker's own.
_TEAM = re.compile(r"\bmy team'?s?\b|\bour\b|\bteam'?s?\b", re.IGNORECASE)
_MINE = re.compile(r"\bmy\b", re.IGNORECASE)

_LAST_N = re.compile(r"\b(?:last|past|previous)\s+(\d{1,4})\s*(days?|weeks?|months?|years?)\b", re.IGNORECASE)
_ALL_TIME = re.compile(r"\b(?:all[- ]time|ever|to date|lifetime|since the start)\b", re.IGNORECASE)
_CALENDAR = (
    (r"\b(?:this|current) month\b|\bmtd\b", "mtd"),
    (r"\blast month\b", "lm"),
    (r"\b(?:this|current) quarter\b|\bqtd\b", "qtd"),
    (r"\blast quarter\b", "lq"),
    (r"\b(?:this|current) year\b|\bytd\b", "ytd"),
    (r"\blast year\b", "ly"),
)

_BOTTOM = re.compile(r"\b(?:bottom|worst|smallest|least|lowest)\b", re.IGNORECASE)
_PROFIT = re.compile(r"\b(?:profit|profitable|margin)\w*\b", re.IGNORECASE)
_TOP_N = re.compile(r"\b(?:top|bottom|best|worst)\s+(\d{1,2})\b", re.IGNORECASE)
_RANK = re.compile(r"\brank(?:ing)?\b", re.IGNORECASE)
_RISK = re.compile(r"\brisk", re.IGNORECASE)

# Whom a question is about: "brief me on Acme", "timeline of Maria", "what does Acme buy?".
_SUBJECT = re.compile(
    r"(?:brief(?:ing)?(?:\s+me)?(?:\s+(?:on|about|for))?|prep(?:are)?(?:\s+me)?\s+for(?:\s+(?:a|the|my))?(?:\s+meeting\s+with)?"
    r"|timeline\s+(?:of|for)|channels?\s+(?:of|for)|what\s+(?:does|do|did)|products?\s+(?:of|for)|how\s+(?:does|do))\s+"
    r"(?:the\s+)?(.+?)(?:\s+(?:buy|buys|bought|purchase|prefer|like|not\s+buy)\b.*)?[?.!]*$",
    re.IGNORECASE,
)
_CROSS_SELL_FOR = re.compile(r"\bwhat (?:else )?(?:can|could|should) (.+?) buy\b|\b(?:for|to) ([A-Z][\w' -]+?)\??$")
_NOT_SOMEONE = frozenset({"we", "i", "they", "customers", "people", "our customers"})


def fill_insight(u: Understanding, original: str) -> None:
    """Put the frame of ``u.text`` (English words, or the sender's language rendered as English here) on ``u``."""
    english = u.text
    if english == original and u.lang != "en":
        found = english_question(original, (u.lang,))
        english = found[0] if found else english
    u.insight = read_frame(english, original, intent=u.intent)


def read_frame(text: str, original: str = "", *, intent: str = "portfolio") -> InsightFrame:
    """The frame of an English question; ``original`` (the message as typed) is searched for table measures."""
    scope = "team" if _TEAM.search(text) else "mine" if _MINE.search(text) else "all"
    period = read_period(text)
    if intent == "cross_sell":
        return InsightFrame("cross_sell", period=period, scope=scope, filter=_cross_sell_for(text))
    measure = table_measure(original or text) or table_measure(text)
    if measure is not None:
        return InsightFrame(measure, dimension(text), period, scope)
    question = _question(text, "pipeline" if intent == "pipeline" else "revenue")
    if question in _ABOUT_SOMEONE:
        found = _SUBJECT.search(text.strip())
        subject = found.group(1).strip(" ?'\"") if found else None
        return InsightFrame(question, period=period, scope=scope, filter=subject)
    if question == "revenue":
        return InsightFrame("revenue", dimension(text) or "segment", period, scope)
    if question == "rank" and _RISK.search(text):
        return InsightFrame("risk", "customer", period, scope, ranking="top")
    if question in ("rank", "customers"):
        # "rank customers" is the top ten by revenue (or profit, when it says so).
        ranked = _RANK.sub("top 10", text) if question == "rank" else text
        number = _TOP_N.search(ranked)
        return InsightFrame(
            "profit" if _PROFIT.search(ranked) else "revenue",
            "customer",
            period,
            scope,
            ranking="bottom" if _BOTTOM.search(ranked) else "top",
            top_n=int(number.group(1)) if number else 5,
        )
    return InsightFrame(question, period=period, scope=scope)


def _question(text: str, default: str) -> str:
    return next((name for name, pattern in _COMPILED if pattern.search(text)), default)


def dimension(text: str) -> str | None:
    return next((name for name, pattern in _DIMENSIONS if re.search(pattern, text, re.IGNORECASE)), None)


def read_period(text: str) -> Period | None:
    """The period a question names ("last 90 days", "this quarter", "last year", "all time"), or None."""
    match = _LAST_N.search(text)
    if match:
        return Period("last", int(match.group(1)), match.group(2)[0].lower(), match.group(2).lower())
    if _ALL_TIME.search(text):
        return Period("all")
    return next((Period(name) for pattern, name in _CALENDAR if re.search(pattern, text, re.IGNORECASE)), None)


@cache
def _measure_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(phrase, measure) from every language's ``ask.<measure>`` texts ("average deal size|avg deal size"),
    accent-folded, longest first."""
    found: dict[str, str] = {}
    for lang in LANGUAGES:
        for key, phrases in entries(lang, "ask.").items():
            for phrase in phrases.split("|"):
                if phrase.strip():
                    found.setdefault(fold(phrase.strip()), key.removeprefix("ask."))
    ordered = sorted(found.items(), key=lambda kv: -len(kv[0]))
    return tuple((re.compile(rf"(?<!\w){re.escape(p)}(?!\w)"), m) for p, m in ordered)


def table_measure(text: str) -> str | None:
    """The question-table measure a message names, in any staff language."""
    folded = fold(text)
    return next((measure for pattern, measure in _measure_phrases() if pattern.search(folded)), None)


def _cross_sell_for(text: str) -> str | None:
    match = _CROSS_SELL_FOR.search(text)
    if not match:
        return None
    ref = (match.group(1) or match.group(2) or "").strip()
    return None if ref.lower() in _NOT_SOMEONE else ref
