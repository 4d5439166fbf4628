"""Train the intent model on bot/nlu/corpus/*.jsonl and save it: ``python -m bot.nlu.train``.

Each line is read exactly as a message is at run time (values, then mentions looked up in a demo store
built at the corpus's reference moment, then the rules' verdict) and the model learns from the result.
scikit-learn is needed here only: the saved arrays are scored with numpy (bot/nlu/intent_model.py).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

from bot.nlu.intent_model import MODEL_PATH, corpus_files, corpus_hash
from bot.nlu.intents import Intent
from bot.nlu.parser import detect_intent
from bot.nlu.reading import read
from config.languages import LANGUAGES

TZ = "Europe/Lisbon"
# Thursday 12 March 2026, 10:40 in Lisbon: the moment every corpus line is read at.
NOW = datetime(2026, 3, 12, 10, 40, tzinfo=ZoneInfo(TZ))


def load_lines(paths: list[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                row = json.loads(line)
                row["_where"] = f"{path.name}:{number}"
                rows.append(row)
    return rows


@contextmanager
def demo_store() -> Iterator[Any]:
    """A session factory over a throwaway SQLite store holding the demo data at NOW."""
    from storage import migrate
    from storage.db import make_engine, session_factory
    from storage.demo import load_demo

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/corpus.db")
        migrate.upgrade(engine)
        factory = session_factory(engine)
        load_demo(factory, now=NOW)
        try:
            yield factory
        finally:
            engine.dispose()


def rule_of(text: str, lang: str) -> str | None:
    intent, _ = detect_intent(" ".join(text.split()), lang if lang in LANGUAGES else "en")
    return intent.split(":")[0] if intent else None


def featurize_rows(rows: list[dict[str, Any]], factory: Any) -> list[list[str]]:
    out: list[list[str]] = []
    with factory() as session:
        for row in rows:
            lang = row.get("lang", "en")
            reading = read(row["text"], session=session, lang=lang, now=NOW, tz=TZ)
            out.append(reading.features(rule_of(row["text"], lang)))
    return out


def fit(features: list[list[str]], labels: list[str], *, c: float = 8.0) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=lambda feats: feats, sublinear_tf=True, min_df=1, lowercase=False)
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(matrix, labels)
    return vectorizer, model


def save(vectorizer: Any, model: Any, path: Path = MODEL_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    names = vectorizer.get_feature_names_out()
    np.savez_compressed(
        path,
        classes=np.array(model.classes_, dtype=str),
        features=np.array(names, dtype=str),
        idf=vectorizer.idf_.astype(np.float32),
        coef=model.coef_.astype(np.float32),
        intercept=model.intercept_.astype(np.float32),
        corpus_hash=np.array(corpus_hash()),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, default=8.0, help="inverse regularization strength")
    args = parser.parse_args(argv)
    rows = load_lines(corpus_files())
    with demo_store() as factory:
        features = featurize_rows(rows, factory)
    labels = [str(Intent(row["intent"])) for row in rows]  # a label that is no intent stops the training
    vectorizer, model = fit(features, labels, c=args.c)
    save(vectorizer, model)
    print(f"trained on {len(rows)} lines, {len(set(labels))} intents, {len(vectorizer.vocabulary_)} features")
    print(f"saved {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KiB), corpus {corpus_hash()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
