"""Scoring the parser against the phrase corpus (tests/nlu/corpus/*.jsonl): per intent, entity kind and language."""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.nlu.parser import parse

CORPUS = Path(__file__).parent / "corpus"
TZ = "Europe/Lisbon"
# Thursday 12 March 2026, 10:40 in Lisbon: the clock every phrase is read against.
NOW = datetime(2026, 3, 12, 10, 40, tzinfo=ZoneInfo(TZ))


def load() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def fold(value: Any) -> str:
    text = unicodedata.normalize("NFKD", str(value).casefold())
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())


def same(key: str, expected: Any, actual: Any) -> bool:
    if expected is None or actual is None:
        return False
    if key in ("date", "follow_up"):
        # "2026-03-11" checks the day only; "2026-03-17T15:00" checks the time too.
        return str(actual).startswith(str(expected))
    if key == "tags":
        return sorted(fold(t) for t in expected) == sorted(fold(t) for t in actual)
    if key in ("quantity", "days"):
        return int(expected) == int(actual)
    if key == "amount":
        # 25000, "25000.00" and "25,000.00" are one amount: the parser keeps money as a decimal string.
        return _decimal(expected) == _decimal(actual)
    if key == "birthday":
        # "--07-04" (ISO 8601 without a year) and the store's "07-04" are one birthday.
        return str(expected).lstrip("-") == str(actual).lstrip("-")
    if key == "phone":
        # A label keeps the number as typed ("+351 912 345 999"); the parser gives E.164 ("+351912345999").
        # A national number ("912 345 678", "06 12 34 56 78") is the E.164 one without its country code.
        national = _digits(expected).lstrip("0")
        return _digits(expected) == _digits(actual) or (len(national) >= 7 and _digits(actual).endswith(national))
    return fold(expected) == fold(actual)


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return None


def _digits(value: Any) -> str:
    return "".join(ch for ch in str(value) if ch.isdigit())


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += ok

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    intents: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    entity_kinds: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    lang_intent: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    lang_entity: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    lang_phrase: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    failures: list[str] = field(default_factory=list)

    def overall(self, table: dict[str, Tally]) -> Tally:
        return Tally(sum(t.right for t in table.values()), sum(t.total for t in table.values()))

    def table(self) -> str:
        lines = [f"{'intent':<20}{'right':>7}{'total':>7}{'acc':>8}"]
        lines += [f"{k:<20}{t.right:>7}{t.total:>7}{t.rate:>8.1%}" for k, t in sorted(self.intents.items())]
        lines += ["", f"{'entity':<20}{'right':>7}{'total':>7}{'acc':>8}"]
        lines += [f"{k:<20}{t.right:>7}{t.total:>7}{t.rate:>8.1%}" for k, t in sorted(self.entity_kinds.items())]
        lines += ["", f"{'language':<10}{'phrases':>8}{'intent':>9}{'entities':>10}{'all right':>11}"]
        for lang in sorted(self.lang_intent):
            i, e, p = self.lang_intent[lang], self.lang_entity[lang], self.lang_phrase[lang]
            lines.append(f"{lang:<10}{i.total:>8}{i.rate:>9.1%}{e.rate:>10.1%}{p.rate:>11.1%}")
        i, e, p = self.overall(self.lang_intent), self.overall(self.lang_entity), self.overall(self.lang_phrase)
        lines.append(f"{'all':<10}{i.total:>8}{i.rate:>9.1%}{e.rate:>10.1%}{p.rate:>11.1%}")
        return "\n".join(lines)


def score(rows: list[dict[str, Any]]) -> Report:
    report = Report()
    for row in rows:
        lang = row["lang"]
        u = parse(row["text"], now=NOW, tz=TZ, lang=lang)
        got = u.entities()
        intent_ok = u.intent == row["intent"]
        report.intents[row["intent"]].add(intent_ok)
        report.lang_intent[lang].add(intent_ok)
        wrong: list[str] = []
        for key in sorted(set(row["entities"]) | set(got)):
            ok = same(key, row["entities"].get(key), got.get(key))
            report.entity_kinds[key].add(ok)
            report.lang_entity[lang].add(ok)
            if not ok:
                wrong.append(f"{key}: want {row['entities'].get(key)!r} got {got.get(key)!r}")
        report.lang_phrase[lang].add(intent_ok and not wrong)
        if not intent_ok or wrong:
            head = "" if intent_ok else f"intent want {row['intent']} got {u.intent}; "
            report.failures.append(f"[{lang}] {row['text']!r}: {head}{'; '.join(wrong)}")
    return report
