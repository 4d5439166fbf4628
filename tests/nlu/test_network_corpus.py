"""Every labelled network and customer-fact line (bot/nlu/corpus/extra_network.jsonl) reads as its intent, with the
names it mentions, in its language."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.nlu.parser import parse
from config.languages import LANGUAGES
from tests.support import T0

CORPUS = Path(__file__).resolve().parents[2] / "bot" / "nlu" / "corpus" / "extra_network.jsonl"
ROWS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
NEW = ("record_need", "record_link", "network", "find_facts", "offer")


def test_enough_examples_per_intent_and_language() -> None:
    counts = Counter((r["lang"], r["intent"]) for r in ROWS)
    for intent in NEW:
        assert counts[("en", intent)] >= 25, intent
        for lang in LANGUAGES[1:]:
            assert counts[(lang, intent)] >= 8, (lang, intent)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['lang']}:{r['text'][:40]}")
def test_each_line_is_understood(row: dict[str, object]) -> None:
    u = parse(str(row["text"]), now=T0, tz="Europe/Lisbon", lang=str(row["lang"]))
    assert u.intent == row["intent"]
    written = {str(v).lower() for k, v in dict(row["entities"]).items() if k in ("contact", "company")}  # type: ignore[call-overload]
    read = {str(v).lower() for v in (u.network.get("a"), u.network.get("b"), u.network.get("c")) if v}
    read.add(str(u.contact_ref or "").lower())
    # Hungarian names carry case endings ("a Globexnél"): the name read is the written one without its ending.
    assert all(any(r and w.startswith(r) for r in read) for w in written), (written, read)
