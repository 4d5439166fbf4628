"""The console's JSON entities are built in one place (bot/reply_entities.py) from the understanding and what the
handler acted on; no handler writes them by hand."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.reply_entities import build, settle
from bot.types import Acted, Reply

HANDLERS = Path(__file__).resolve().parents[2] / "handlers"
LISBON = ZoneInfo("Europe/Lisbon")


def test_no_handler_builds_entities_by_hand() -> None:
    for path in sorted(HANDLERS.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bentities\s*=|\.entities\(\)", text), path.name


def test_a_write_echoes_the_message_with_what_was_stored_in_place_then_what_it_added() -> None:
    u = Understanding(intent=Intent.LOG_INTERACTION, text="call w/ chen", contact_ref="chen", kind="meeting")
    at = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
    acted = Acted(echo=True, contact="Chen Wei", kind="call", date=at, follow_up=at)
    out = build(u, acted, tz=LISBON)
    assert json.dumps(out) == json.dumps(
        {
            "contact": "Chen Wei",
            "kind": "call",
            "date": "2026-03-12T10:40:00+00:00",
            "follow_up": "2026-03-12T10:40:00+00:00",
        }
    )


def test_an_answer_reports_only_what_it_answered_its_own_details_last() -> None:
    u = Understanding(intent=Intent.PORTFOLIO, text="revenue by segment", contact_ref="segment")
    acted = Acted(question="revenue", details=(("by", "segment"), ("period", "2025")))
    assert list(build(u, acted, tz=UTC).items()) == [("question", "revenue"), ("by", "segment"), ("period", "2025")]
    assert build(None, Acted(contact="Rui", amount_minor=250050, currency="EUR"), tz=UTC) == {
        "contact": "Rui",
        "amount": "2500.50",
        "currency": "EUR",
    }


def test_settling_leaves_a_reply_that_acted_on_nothing_alone() -> None:
    plain = Reply("hello", intent=Intent.HELP)
    assert settle(plain, None, tz=UTC) is plain
    assert settle(Reply("x", acted=Acted(days=30)), None, tz=UTC).entities == {"days": 30}


def test_an_organization_a_network_sentence_is_about_is_the_company() -> None:
    u = Understanding(intent=Intent.OFFER, text="what can we offer Acme?", contact_ref="Acme")
    assert build(u, Acted(echo=True), tz=UTC) == {"contact": "Acme"}  # the store did not say what Acme is
    u.mention_kind = "organization"
    assert build(u, Acted(echo=True), tz=UTC) == {"company": "Acme"}
    u.intent = Intent.LOG_INTERACTION  # a person's intent keeps its contact slot as it was
    assert build(u, Acted(echo=True), tz=UTC) == {"contact": "Acme"}
