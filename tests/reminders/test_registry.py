"""The nudge kinds have one registry: the rule modules of reminders/rules/ each declare theirs."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from importlib import import_module

from config.languages import LANGUAGES
from reminders import rules
from reminders.health import Health, render


def _table(lang: str) -> dict[str, str]:
    return import_module(f"bot.texts.{lang}").TEXTS  # type: ignore[no-any-return]


def test_every_kind_is_declared_once_in_delivery_order() -> None:
    kinds = rules.kinds()
    assert len(kinds) == len(set(kinds))
    # The digest comes first within a due instant: it announces what follows.
    assert kinds[:6] == ("digest", "birthday", "follow_up", "at_risk", "stay_in_touch", "cross_sell")
    assert {"promise_due", "champion_moved", "thank_introducer"} <= set(kinds)
    assert [kind for kind, _ in sorted(rules.order().items(), key=lambda kv: kv[1])] == list(kinds)
    assert sum(rule.summary for rule in rules.registry()) == 1


def test_every_rule_text_is_written_in_six_languages_with_the_same_fields() -> None:
    for rule in rules.registry():
        keys = [*rule.text_keys, *([rule.digest_label] if rule.digest_label else [])]
        assert keys, rule.kinds
        for key in keys:
            fields = set(re.findall(r"{(\w+)}", _table("en")[key]))
            for lang in LANGUAGES:
                assert key in _table(lang), (lang, key)
                assert set(re.findall(r"{(\w+)}", _table(lang)[key])) == fields, (lang, key)


def test_the_digest_counts_the_kinds_that_declare_a_label() -> None:
    labels = list(rules.digest_labels())
    assert labels[:2] == ["stay_in_touch", "cross_sell"]
    assert "at_risk" not in labels and "digest" not in labels  # the digest lists the at-risk accounts itself


def test_health_is_read_in_the_readers_language() -> None:
    now = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)
    health = Health(now=now, last_sweep=now - timedelta(minutes=3), last_result={"created": 2}, due_pending=1, later=4)
    english = render(health)
    assert english.splitlines()[0] == "Last sweep: 2026-03-12T10:37:00+00:00 (3 min ago, 2 new nudges)."
    assert english.splitlines()[-1] == "Unreachable staff: none."
    assert render(health, "pt").splitlines()[1] == "Entregas pendentes para agora: 1; agendadas para mais tarde: 4."
    assert render(health, "hu").splitlines()[-1] == "Elérhetetlen munkatársak: nincs."
