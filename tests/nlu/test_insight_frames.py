"""A question about figures is read once into a typed frame; the insight answers take the frame as it is."""

from __future__ import annotations

import pytest

from bot.nlu.frame import InsightFrame, Period
from bot.nlu.parser import parse
from bot.nlu.understanding import Understanding
from tests.support import T0


def _frame(text: str, lang: str = "en") -> InsightFrame:
    u = parse(text, now=T0, tz="UTC", lang=lang)
    assert u.insight is not None, (text, u.intent)
    return u.insight


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("my pipeline", "mine"),
        ("revenue by segment for my customers", "mine"),
        ("my team's pipeline", "team"),
        ("how is our pipeline", "team"),
        ("pipeline", "all"),
    ],
)
def test_scope_is_read_from_the_words_of_the_question(text: str, scope: str) -> None:
    assert _frame(text).scope == scope


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("revenue by owner over the last 90 days", Period("last", 90, "d", "days")),
        ("win rate for the past 2 weeks", Period("last", 2, "w", "weeks")),
        ("revenue by segment this quarter", Period("qtd")),
        ("win rate last year", Period("ly")),
        ("revenue by tag all time", Period("all")),
        ("revenue by segment", None),
    ],
)
def test_the_period_is_typed_and_resolved_later_against_the_clock(text: str, period: Period | None) -> None:
    assert _frame(text).period == period


def test_rankings_carry_their_order_and_size() -> None:
    assert _frame("bottom 3 customers by profit") == InsightFrame(
        "profit", "customer", ranking="bottom", top_n=3, scope="all"
    )
    assert _frame("rank customers") == InsightFrame("revenue", "customer", ranking="top", top_n=10)
    assert _frame("rank customers by risk").measure == "risk"


def test_whom_a_question_is_about_is_its_filter() -> None:
    assert _frame("brief me on Acme") == InsightFrame("brief", filter="Acme")
    assert _frame("what else could Camila buy?") == InsightFrame("cross_sell", filter="Camila")
    assert _frame("cross-sell ideas").filter is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "revenue by owner this year"),
        ("pt", "faturação por responsável este ano"),
        ("es", "ingresos por responsable este año"),
        ("fr", "chiffre d'affaires par responsable cette année"),
        ("it", "fatturato per responsabile quest'anno"),
        ("hu", "bevétel felelősönként idén"),
    ],
)
def test_the_same_question_is_the_same_frame_in_every_language(lang: str, text: str) -> None:
    frame = _frame(text, lang)
    assert (frame.measure, frame.dimension) == ("revenue", "owner"), frame


def test_the_frame_survives_a_pending_question() -> None:
    u = parse("top 5 customers by profit last 30 days", now=T0, tz="UTC")
    again = Understanding.from_payload(u.to_payload())
    assert again.insight == u.insight and isinstance(again.insight, InsightFrame)
