"""Every reading the intent model can offer has a label in the clarifying question, in every language (a
missing one raised a KeyError inside the handler; the 10,000-update fuzz found it for "find_facts")."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.texts import _table
from config.languages import LANGUAGES

MODEL = Path(__file__).resolve().parents[2] / "bot" / "nlu" / "model" / "intent.npz"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_intent_the_model_can_offer_has_a_clarify_label(lang: str) -> None:
    classes = [str(c) for c in np.load(MODEL, allow_pickle=True)["classes"]]
    assert classes
    missing = [intent for intent in classes if f"clarify.{intent}" not in _table(lang)]
    assert missing == []
