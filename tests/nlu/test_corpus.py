"""The phrase corpus: intent and entity accuracy per intent, entity kind and language (run with -s for the table).

Thresholds: intent >= 95 % and entities >= 92 % overall; every language >= 90 % intent and >= 85 % entities.
"""

from __future__ import annotations

from config.languages import LANGUAGES
from tests.nlu.corpus_check import load, score

INTENT_MIN = 0.95
ENTITY_MIN = 0.92
LANG_INTENT_MIN = 0.90
LANG_ENTITY_MIN = 0.85


def test_corpus_is_big_and_varied() -> None:
    rows = load()
    assert len(rows) >= 300
    assert {r["lang"] for r in rows} >= set(LANGUAGES)
    assert len({r["intent"] for r in rows}) == 17


def test_corpus_accuracy() -> None:
    report = score(load())
    print("\n" + report.table())
    if report.failures:
        print(f"\n{len(report.failures)} phrases not fully right:")
        print("\n".join(report.failures))
    intent = report.overall(report.lang_intent)
    entity = report.overall(report.lang_entity)
    assert intent.rate >= INTENT_MIN, f"intent accuracy {intent.rate:.1%}"
    assert entity.rate >= ENTITY_MIN, f"entity accuracy {entity.rate:.1%}"
    for lang, tally in report.lang_intent.items():
        assert tally.rate >= LANG_INTENT_MIN, f"{lang} intent accuracy {tally.rate:.1%}"
    for lang, tally in report.lang_entity.items():
        assert tally.rate >= LANG_ENTITY_MIN, f"{lang} entity accuracy {tally.rate:.1%}"
