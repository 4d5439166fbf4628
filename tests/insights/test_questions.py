"""Transcripts on the demo data set: each question gets its answer, with a chart where one helps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from storage.demo import load_demo
from tests.support import T0, Chat, make_app, sqlite_url


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Chat]:
    app, clock = make_app(sqlite_url(tmp_path), chart_dir=str(tmp_path / "charts"))
    load_demo(app.services.session, now=T0)
    yield Chat(app, clock)
    app.engine.dispose()


def _image_title(path: str | None) -> str:
    assert path is not None and Path(path).stat().st_size > 0
    return Image.open(path).text["Title"]


async def test_portfolio_questions(demo: Chat) -> None:
    revenue = (await demo.say("revenue by segment"))[0]
    assert revenue.intent == "portfolio" and revenue.entities["question"] == "revenue"
    assert "enterprise: €" in revenue.text and "enterprise: $" in revenue.text, "one line per currency"
    assert _image_title(revenue.image_path).startswith("Revenue by segment")

    expectations = {
        "top 5 customers by profit": ("customers", "Top 5 customers by profit"),
        "RFM segments": ("rfm", "champions:"),
        "what's the lifetime value by segment?": ("ltv", "Projected LTV = revenue per active customer"),
        "churn rate over the last 90 days": ("churn", "Churn over the last 90 days:"),
        "rank customers by risk": ("rank", "Pierre Lefèvre"),
        "channel preferences by segment": ("channels", "enterprise:"),
        "what does Acme buy?": ("products", "What Acme buys:"),
        "my week": ("my_week", "Ana Costa:"),
    }
    for question, (kind, snippet) in expectations.items():
        reply = (await demo.say(question))[0]
        assert reply.intent == "portfolio", question
        assert reply.entities["question"] == kind, question
        assert snippet in reply.text, (question, reply.text)


async def test_cohorts_come_with_a_heat_map(demo: Chat) -> None:
    reply = (await demo.say("retention by cohort"))[0]
    assert reply.text.startswith("Retention by monthly cohort")
    assert _image_title(reply.image_path) == "Retention by monthly cohort"


async def test_brief_me_on_acme(demo: Chat) -> None:
    reply = (await demo.say("brief me on Acme"))[0]
    assert reply.intent == "portfolio" and reply.entities == {"question": "brief", "subject": "Acme"}
    for snippet in (
        "Acme — customer, mid-market",
        "Maria Silva",
        "João Pereira",
        "Acme renewal 2026",
        "Send the renewal quote",
        "Risk:",
    ):
        assert snippet in reply.text
    assert _image_title(reply.image_path) == "Acme: the last 12 months"


async def test_pipeline_questions(demo: Chat) -> None:
    pipeline = (await demo.say("how does the pipeline look?"))[0]
    assert pipeline.intent == "pipeline"
    assert pipeline.text.startswith("Pipeline: 8 open deals")
    assert "× 60% = €16,200" in pipeline.text
    assert _image_title(pipeline.image_path) == "Pipeline: open deals by stage"
    stuck = (await demo.say("which deals are stuck?"))[0]
    assert stuck.text.startswith("3 deal(s) idle") and "Globex expansion: proposal for 40 days (limit 21)" in stuck.text
    rate = (await demo.say("win rate this year"))[0]
    assert rate.text.startswith("Win rate, 2026 so far: 50%")
    stages = (await demo.say("lifecycle stages"))[0]
    assert "customer: 27 (52%)" in stages.text


async def test_cross_sell(demo: Chat) -> None:
    reply = (await demo.say("cross-sell ideas"))[0]
    assert reply.intent == "cross_sell"
    assert "Premium → Onboarding" in reply.text
    assert "Bought Premium but never Onboarding: Bence Kovács (Budapest Soft), Camila Rodrigues" in reply.text
    personal = (await demo.say("what else could Camila buy?"))[0]
    assert personal.text.startswith("Ideas for Camila Rodrigues:") and "Onboarding" in personal.text


async def test_stage_probabilities_are_configurable(tmp_path: Path) -> None:
    app, clock = make_app(
        sqlite_url(tmp_path), chart_dir=str(tmp_path), stage_probabilities="qualification:0,proposal:0,negotiation:1"
    )
    load_demo(app.services.session, now=T0)
    reply = (await Chat(app, clock).say("pipeline"))[0]
    assert "probability-weighted €27,000 + $0." in reply.text
    app.engine.dispose()
