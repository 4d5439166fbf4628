"""Every labelled line this branch adds to the corpus (bot/nlu/corpus/extra_records.jsonl) is understood today with
its intent, and a new deal or company with the account it names: the rules and the labels agree."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.nlu.parser import parse
from config.languages import LANGUAGES

CORPUS = Path(__file__).resolve().parents[2] / "bot" / "nlu" / "corpus" / "extra_records.jsonl"
LINES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
# The moment every corpus line is read at (NLU_BRIEF): Thursday 12 March 2026, 10:40, Lisbon.
AT = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)


def test_enough_examples_per_new_intent() -> None:
    for intent in ("create_deal", "add_organization"):
        per_lang = {lang: sum(1 for r in LINES if r["intent"] == intent and r["lang"] == lang) for lang in LANGUAGES}
        assert per_lang["en"] >= 25 and min(per_lang.values()) >= 8, (intent, per_lang)


@pytest.mark.parametrize("row", LINES, ids=[r["text"][:40] for r in LINES])
def test_line_is_understood_as_labelled(row: dict) -> None:
    u = parse(row["text"], now=AT, tz="Europe/Lisbon", lang=row["lang"])
    assert u.intent == row["intent"]
    company = row["entities"].get("company")
    if company and u.intent in ("create_deal", "add_organization"):
        assert (u.company or "").lower() == company.lower()
