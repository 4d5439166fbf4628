"""How the model's reading and the rules' meet (bot.nlu.choose.intent), with the model's scores fixed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.nlu import choose, intent_model
from bot.nlu.fill_network import narrow_subject
from bot.nlu.reading import Reading
from bot.nlu.understanding import Understanding


@dataclass(frozen=True)
class _Scores:
    ranked: list[tuple[str, float]]
    classes: tuple[str, ...] = ("record_need", "log_interaction", "find_contact", "list_contacts")

    def scores(self, feats: list[str]) -> list[tuple[str, float]]:
        return self.ranked


def _verdict(monkeypatch: pytest.MonkeyPatch, ranked: list[tuple[str, float]], ruled: str) -> choose.Verdict:
    monkeypatch.setattr(intent_model, "load", lambda: _Scores(ranked))
    verdict = choose.intent(Reading(text="a chamada com o tiago foi anteontem e ele pediu desconto", lang="pt"), ruled,
                            lookup=False)  # fmt: skip
    assert verdict is not None
    return verdict


def test_a_rule_the_model_barely_leans_to_is_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    verdict = _verdict(monkeypatch, [("record_need", 0.26), ("log_interaction", 0.24), ("list_contacts", 0.05)],
                       "record_need")  # fmt: skip
    assert verdict.intent == "record_need" and verdict.alternatives == ("record_need", "log_interaction")


def test_a_rule_the_model_agrees_with_is_one_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    verdict = _verdict(monkeypatch, [("record_need", 0.45), ("log_interaction", 0.24)], "record_need")
    assert verdict.intent == "record_need" and verdict.alternatives == ()


def test_a_need_is_recorded_on_the_stored_name_not_the_whole_clause() -> None:
    u = Understanding(intent="record_need", text="…", lang="pt")
    u.network = {"a": "regista aí que a chamada com o tiago foi anteontem e ele", "fact": "need"}
    u.contact_ref, u.mention_kind = "tiago", "contact"
    narrow_subject(u)
    assert u.network["a"] == "tiago"
    u.network["a"], u.mention_kind = "a samba foods", "new"  # a name the store does not have keeps its words
    narrow_subject(u)
    assert u.network["a"] == "a samba foods"
