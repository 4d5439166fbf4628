"""The intent model: a linear classifier over word and character n-grams of delexicalized messages.

Trained ahead of time by ``python -m bot.nlu.train`` (scikit-learn's TF-IDF and logistic regression) on the
corpus in bot/nlu/corpus/, and saved as plain arrays (bot/nlu/model/intent.npz): the running bot needs only
numpy to score a message, loads in milliseconds, and does not depend on scikit-learn's pickle format. The
per-language rules still run, and what they say is one feature among the others: a rule that is usually
right weighs a lot, one that fires on the wrong sentences is outvoted ("scores, not races").
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).parent / "model" / "intent.npz"
CORPUS_DIR = Path(__file__).parent / "corpus"
# Bump when featurize() changes: the saved model records it, and a stale model is refused by the tests.
FEATURES_VERSION = 3
_WORD = re.compile(r"[A-Z]{3,}|[^\W_]+|[?!]|/")


def featurize(delexed: str, rule: str | None, lang: str) -> list[str]:
    """Word 1-2 grams, character 2-4 grams inside words, the rule's verdict and the shape of the message."""
    words = _WORD.findall(delexed)
    feats = [f"w:{w}" for w in words]
    feats += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    if words:
        feats.append(f"first:{words[0]}")
        feats.append(f"last:{words[-1]}")
    for w in words:
        if w.isupper():
            continue
        padded = f"<{w}>"
        feats += [f"c:{padded[i : i + n]}" for n in (3, 4) for i in range(len(padded) - n + 1)]
    feats.append(f"rule:{rule or 'none'}")
    feats.append(f"len:{min(len(words), 12) // 3}")
    feats.append(f"lang:{lang}")
    return feats


@dataclass(frozen=True)
class IntentModel:
    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # classes x features
    intercept: np.ndarray
    corpus_hash: str

    def scores(self, feats: list[str]) -> list[tuple[str, float]]:
        """(intent, probability) best first."""
        counts: dict[int, int] = {}
        for f in feats:
            index = self.vocabulary.get(f)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        logits = self.intercept.astype(np.float64).copy()
        if counts:
            idx = np.fromiter(counts, dtype=np.int64)
            tf = np.fromiter(counts.values(), dtype=np.float64)
            weights = (1.0 + np.log(tf)) * self.idf[idx]
            weights /= np.linalg.norm(weights) or 1.0
            logits += self.coef[:, idx].astype(np.float64) @ weights
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        order = np.argsort(-probs)
        return [(self.classes[i], float(probs[i])) for i in order]


def corpus_files() -> list[Path]:
    return sorted(CORPUS_DIR.glob("*.jsonl"))


def corpus_hash() -> str:
    """What the model was trained on: the corpus and the feature code's version."""
    digest = hashlib.sha256(f"features-{FEATURES_VERSION}".encode())
    for path in corpus_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def load(path: Path = MODEL_PATH) -> IntentModel | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        # tolist() turns the 25,000 feature names into str in one C call (a Python loop was ~20 ms of a start).
        names: list[str] = data["features"].tolist()
        return IntentModel(
            classes=tuple(str(c) for c in data["classes"]),
            vocabulary=dict(zip(names, range(len(names)), strict=True)),
            idf=data["idf"].astype(np.float64),
            coef=data["coef"].astype(np.float32, copy=False),
            intercept=data["intercept"].astype(np.float64),
            corpus_hash=str(data["corpus_hash"]),
        )
