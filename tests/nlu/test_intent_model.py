"""The intent model in the repository is the one the corpus trains, and it reads what it was taught."""

from __future__ import annotations

import json

from bot.nlu import intent_model
from bot.nlu.intents import Intent
from config.languages import LANGUAGES


def test_the_saved_model_was_trained_on_the_corpus_as_it_is() -> None:
    model = intent_model.load()
    assert model is not None, "no bot/nlu/model/intent.npz: run python -m bot.nlu.train"
    assert model.corpus_hash == intent_model.corpus_hash(), (
        "the corpus or the features changed since the model was trained: run python -m bot.nlu.train"
    )


def test_every_corpus_line_is_well_formed_and_the_model_knows_only_real_intents() -> None:
    intents: set[str] = set()
    for path in intent_model.corpus_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            assert row["text"].strip() and row["lang"] in LANGUAGES, f"{path.name}:{number}"
            intents.add(row["intent"])
    model = intent_model.load()
    assert model is not None
    assert set(model.classes) == intents
    assert intents <= set(Intent)


def test_the_corpus_is_big_enough_in_every_language() -> None:
    counts: dict[str, int] = {}
    for path in intent_model.corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lang = json.loads(line)["lang"]
                counts[lang] = counts.get(lang, 0) + 1
    assert counts["en"] >= 1500
    assert all(counts[lang] >= 300 for lang in ("pt", "es", "fr", "it"))
    assert counts["hu"] >= 200
    assert sum(counts.values()) >= 3000
