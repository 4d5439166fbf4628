"""Questions about figures in every staff language reach the same answers as in English: the intent and the
frame the insight handlers receive (its question, dimension, period); logs that mention money stay logs."""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlmodel import select

from bot.nlu.frame import InsightFrame
from bot.nlu.parser import parse
from handlers.insight_format import window
from storage.models import Staff
from tests.support import T0, Chat

# (language, phrase, intent, sub-question, dimension or None, period label or None)
CASES = [
    # "how much did we sell this month", "… of the quarter": understood beyond English (were unknown / all year)
    ("pt", "quanto vendemos este mês?", "portfolio", "revenue", "segment", "this month"),
    ("es", "cuánto vendimos este mes?", "portfolio", "revenue", "segment", "this month"),
    ("it", "quanto abbiamo venduto questo mese?", "portfolio", "revenue", "segment", "this month"),
    ("hu", "mennyit adtunk el ebben a hónapban?", "portfolio", "revenue", "segment", "this month"),
    ("fr", "chiffre d'affaires du trimestre", "portfolio", "revenue", "segment", "this quarter"),
    ("it", "fatturato del trimestre", "portfolio", "revenue", "segment", "this quarter"),
    ("pt", "receita por segmento", "portfolio", "revenue", "segment", "the last 365 days"),
    ("pt", "faturação por responsável este ano", "portfolio", "revenue", "owner", "2026 so far"),
    ("pt", "os 5 melhores clientes", "portfolio", "customers", None, None),
    ("pt", "valor vitalício por segmento", "portfolio", "ltv", None, None),
    ("pt", "taxa de abandono nos últimos 90 dias", "portfolio", "churn", None, "the last 90 days"),
    ("pt", "retenção por coorte", "portfolio", "cohorts", None, None),
    ("pt", "o meu pipeline", "pipeline", "pipeline", None, None),
    ("pt", "taxa de conversão no ano passado", "pipeline", "win_rate", None, "2025"),
    ("pt", "resumo sobre a Acme", "portfolio", "brief", None, None),
    ("es", "ingresos por segmento este año", "portfolio", "revenue", "segment", "2026 so far"),
    ("es", "¿qué compra Acme?", "portfolio", "products", None, None),
    ("es", "clasificar los clientes por riesgo", "portfolio", "rank", None, None),
    ("es", "oportunidades estancadas", "pipeline", "idle", None, None),
    ("es", "valor de vida del cliente", "portfolio", "ltv", None, None),
    ("fr", "chiffre d'affaires par segment ce trimestre", "portfolio", "revenue", "segment", "this quarter"),
    ("fr", "les 3 meilleurs clients", "portfolio", "customers", None, None),
    ("fr", "taux de conversion cette année", "pipeline", "win_rate", None, "2026 so far"),
    ("fr", "ma semaine", "portfolio", "my_week", None, None),
    ("fr", "étapes du cycle de vie", "pipeline", "lifecycle", None, None),
    ("it", "fatturato per segmento il mese scorso", "portfolio", "revenue", "segment", "last month"),
    ("it", "cosa compra Acme?", "portfolio", "products", None, None),
    ("it", "tasso di abbandono", "portfolio", "churn", None, None),
    ("it", "preferenze di canale", "portfolio", "channels", None, None),
    ("it", "vendita incrociata", "cross_sell", None, None, None),
    ("hu", "bevétel szegmensenként", "portfolio", "revenue", "segment", "the last 365 days"),
    ("hu", "bevétel címkénként tavaly", "portfolio", "revenue", "tag", "2025"),
    ("hu", "lemorzsolódási arány az elmúlt 90 napban", "portfolio", "churn", None, "the last 90 days"),
    ("hu", "az 5 legjobb ügyfél", "portfolio", "customers", None, None),
    ("hu", "összefoglaló az Acme-ról", "portfolio", "brief", None, None),
]


@pytest.mark.parametrize(("lang", "text", "intent", "question", "dimension", "period"), CASES)
def test_a_question_about_figures_reads_the_same_in_every_language(
    lang: str, text: str, intent: str, question: str | None, dimension: str | None, period: str | None
) -> None:
    u = parse(text, now=T0, tz="UTC", lang=lang)
    assert u.intent == intent, (text, u.text)
    assert u.lang == lang
    frame = u.insight
    assert frame is not None, u.text
    if question is not None:
        assert _question(frame) == question, frame
    if dimension is not None:
        assert frame.dimension == dimension, frame
    if period is not None:
        assert window(frame.period, now=T0, tz=UTC).label == period, frame
    if question in ("brief", "products"):
        assert frame.filter is not None and "Acme" in frame.filter


def _question(frame: InsightFrame) -> str:
    """The sub-question a frame asks, as the console's entities name it."""
    if frame.dimension == "customer":
        return "rank" if frame.measure == "risk" else "customers"
    return frame.measure


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "liguei à Maria sobre a receita"),
        ("es", "llamé a María sobre las ventas"),
        ("fr", "j'ai appelé Marie au sujet du chiffre d'affaires"),
        ("it", "ho chiamato Maria per il fatturato"),
        ("en", "brief me on Mia Wallace"),
    ],
)
def test_logs_that_mention_money_stay_logs_and_names_stay_names(lang: str, text: str) -> None:
    u = parse(text, now=T0, tz="UTC", lang=lang)
    if lang == "en":
        assert u.intent == "portfolio" and "Mia Wallace" in u.text  # not Italian "mia" -> "my"
    else:
        assert u.intent == "log_interaction", (text, u.intent, u.text)


async def test_a_portuguese_colleague_gets_figures_not_a_shrug(chat: Chat) -> None:
    await chat.say("add Ana Ferreira, works at Padaria Lisboa")
    await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    with chat.app.services.session() as session:
        me = session.exec(select(Staff).where(Staff.handle == chat.handle)).one()
        me.language = "pt"
        session.add(me)
    chat.clock.advance(minutes=1)  # windows are [since, now): the purchase is a minute old
    reply = (await chat.say("receita por empresa este ano"))[0]
    assert reply.intent == "portfolio" and reply.entities["by"] == "organization"
    # The figure is written the Portuguese way (Babel): "1 200 €", with no-break spaces.
    assert "Padaria Lisboa" in reply.text and "1\u00a0200\u00a0€" in reply.text
