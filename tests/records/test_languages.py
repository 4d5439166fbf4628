"""The reader's language everywhere: every text key in all six languages, and no reply or nudge to a Portuguese,
Spanish, French, Italian or Hungarian staff member carries a word that only the English templates use."""

from __future__ import annotations

import re
from datetime import timedelta
from importlib import import_module
from pathlib import Path

import pytest

from bot.app import App
from config.languages import LANGUAGES
from reminders.clock import FrozenClock
from reminders.preview import preview
from tests.support import Chat

TEXTS = {lang: import_module(f"bot.texts.{lang}").TEXTS for lang in LANGUAGES}
_WORD = re.compile(r"[^\W\d_]{4,}")
ROOT = Path(__file__).resolve().parents[2]


def _words(text: str, *, template: bool = False) -> set[str]:
    """Lower-case words of four letters or more; a template's {placeholders} are not words."""
    if template:
        text = re.sub(r"\{\w*\}", " ", text)
    return {w.lower() for w in _WORD.findall(text)}


def english_only_words() -> set[str]:
    """Words of the English templates that no other language's templates use, and that the demo's own data
    (names, products, logged summaries typed in English) does not contain."""
    english = set().union(*(_words(v, template=True) for v in TEXTS["en"].values()))
    others = set().union(*(_words(v, template=True) for lang in LANGUAGES[1:] for v in TEXTS[lang].values()))
    data = _words((ROOT / "storage" / "demo_data.py").read_text(encoding="utf-8"))
    data |= _words((ROOT / "storage" / "demo.py").read_text(encoding="utf-8"))
    return english - others - data


def test_every_text_key_exists_in_every_language() -> None:
    for lang in LANGUAGES[1:]:
        assert set(TEXTS[lang]) == set(TEXTS["en"]), lang
        placeholders = {k: set(re.findall(r"\{(\w+)", v)) for k, v in TEXTS["en"].items()}
        for key, text in TEXTS[lang].items():
            assert set(re.findall(r"\{(\w+)", text)) <= placeholders[key] | {"time"}, (lang, key)


CONVERSATION = (
    "help",
    "add Rita Gomes, rita@gomes.example, works at Acme",
    "Rita Gomes bought 10 Pro licences for €2,500",
    "brief me on Rita Gomes",
    "Maria Silva's new number is +351 911 111 111",
    "Rui Almeida's job title is CTO",
    "keep in touch with Maria Silva every 30 days",
    "remove tag vip from Maria Silva",
    "undo",
    "call with Rui Almeida 2026-02-30",
    "Rui Almeida bought -3 Premium for €100",
    "Rui Almeida bought 1 Premium for 1 BTC",
    "new deal with Initech, 20k USD, stage proposal, close end of May",
    "Samba Foods deal -> proposal",
    "we lost the Globex deal, price too high",
    "add company Zeta Corp, zeta.example, enterprise, Berlin",
    "Zeta Corp?",
    "find Maria Silva",
    "who's at risk?",
    "birthdays this week",
    "pipeline",
    "who changed Maria Silva's phone?",
    "undo",
)


@pytest.mark.parametrize("handle", ["ana", "marco", "claire"])
async def test_no_english_template_word_reaches_a_non_english_reader(
    handle: str, demo: tuple[App, FrozenClock]
) -> None:
    app, clock = demo
    chat = Chat(app, clock, handle=handle)
    forbidden = english_only_words()
    said = set().union(*(_words(m) for m in CONVERSATION))
    leaks: dict[str, set[str]] = {}
    for message in CONVERSATION:
        for reply in await chat.say(message):
            text = " ".join(
                [
                    reply.text,
                    *(f"{k} {v}" for c in reply.cards for k, v in c.fields),
                    *(line for c in reply.cards for line in c.lines),
                ]
            )
            found = (_words(text) & forbidden) - said
            if found:
                leaks[message] = found
    for item in preview(app.services, at=clock.now() + timedelta(days=1)):
        if item.owner == handle:
            found = _words(item.text) & forbidden
            if found:
                leaks[f"nudge {item.kind}"] = found
    assert not leaks


async def test_dates_and_stages_in_portuguese_spanish_and_hungarian_replies(ana: Chat) -> None:
    moved = (await ana.say("Samba Foods deal -> proposal"))[0].text
    assert "desde 18/02/2026" in moved and "Feb" not in moved
    assert dict((await ana.say("find Maria Silva"))[0].cards[0].fields)["Fase"] == "cliente"
    await ana.say("mi idioma es español")
    assert dict((await ana.say("find Maria Silva"))[0].cards[0].fields)["Etapa"] == "cliente"
    await ana.say("a nyelvem magyar")
    hooli = (await ana.say("Hooli deal -> proposal"))[0].text
    assert hooli.startswith("Hooli platform áthelyezve: minősítés → ajánlat.") and "2026. febr. 23. óta" in hooli
    assert dict((await ana.say("find Maria Silva"))[0].cards[0].fields)["Szakasz"] == "ügyfél"
