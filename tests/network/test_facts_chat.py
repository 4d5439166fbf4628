"""What customers value, recorded and searched in chat in English, Portuguese and French, on SQLite and PostgreSQL,
and the value proposition and the brief built from it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.support import Chat

CASES = {
    "en": {
        "need": "Tiago Santos needs SSO before signing",
        "values": "Porto Digital values delivery time over price",
        "promise": "promised Tiago Santos a discount on renewal",
        "pain": "Beatriz Costa complains about late invoices",
        "who": "who needs SSO?",
        "what": "what does Tiago Santos need?",
        "notes": "notes mentioning invoice delays",
        "notes_found": "Oliver Smith",
        "promised": "what did we promise Porto Digital?",
        "offer": "what should I offer Dragon Trade?",
        "offer_acme": "what should I offer Acme?",
        "brief": "brief me on Acme",
    },
    "pt": {
        "need": "O Tiago Santos precisa de SSO antes de assinar",
        "values": "A Porto Digital valoriza o prazo de entrega mais do que o preço",
        "promise": "prometi ao Tiago Santos um desconto na renovação",
        "pain": "A Beatriz Costa queixa-se de atrasos nas faturas",
        "who": "quem precisa de SSO?",
        "what": "do que precisa o Tiago Santos?",
        "notes": "notas que mencionam atrasos nas faturas",
        "notes_found": "Beatriz Costa",
        "promised": "o que prometemos à Porto Digital?",
        "offer": "o que devo oferecer à Dragon Trade?",
        "offer_acme": "o que devo oferecer à Acme?",
        "brief": "resumo sobre a Acme",
    },
    "fr": {
        "need": "Tiago Santos a besoin du SSO avant de signer",
        "values": "Porto Digital privilégie le délai de livraison au prix",
        "promise": "j'ai promis à Tiago Santos une remise au renouvellement",
        "pain": "Beatriz Costa se plaint des retards de facture",
        "who": "qui a besoin du SSO ?",
        "what": "de quoi Tiago Santos a-t-il besoin ?",
        "notes": "notes qui mentionnent des retards de facturation",
        "notes_found": "Pierre Lefèvre",
        "promised": "qu'avons-nous promis à Porto Digital ?",
        "offer": "que dois-je proposer à Dragon Trade ?",
        "offer_acme": "que dois-je proposer à Acme ?",
        "brief": "briefing sur Acme",
    },
}


@pytest.mark.parametrize("lang", ["en", "pt", "fr"])
async def test_needs_values_and_promises_recorded_then_found(ana: Callable[[str], Chat], lang: str) -> None:
    chat, case = ana(lang), CASES[lang]
    need = (await chat.say(case["need"]))[0]
    assert need.intent == "record_need" and need.entities == {"contact": "Tiago Santos", "product": "SSO"}, need
    values = (await chat.say(case["values"]))[0]
    assert values.intent == "record_need" and values.entities == {"company": "Porto Digital"}, values
    promise = (await chat.say(case["promise"]))[0]
    assert promise.intent == "record_need" and "19" in promise.text, promise.text  # due in a week: 19 March
    assert "Beatriz Costa" in (await chat.say(case["pain"]))[0].text

    who = (await chat.say(case["who"]))[0]
    assert who.intent == "find_facts"
    # The demo already noted Maria Silva's SSO need; the new one is found too, newest first.
    assert who.text.index("Tiago Santos") < who.text.index("Maria Silva"), who.text
    what = (await chat.say(case["what"]))[0].text
    assert "SSO" in what and "Porto Digital" not in what.splitlines()[0], what
    notes = (await chat.say(case["notes"]))[0].text
    assert case["notes_found"] in notes, notes
    promised = (await chat.say(case["promised"]))[0].text
    assert "Tiago Santos" in promised and ("discount" in promised or "desconto" in promised or "remise" in promised)


@pytest.mark.parametrize("lang", ["en", "pt", "fr"])
async def test_what_to_offer_says_why_and_the_brief_leads_with_it(ana: Callable[[str], Chat], lang: str) -> None:
    chat, case = ana(lang), CASES[lang]
    offer = (await chat.say(case["offer"]))[0]
    assert offer.intent == "offer" and offer.entities == {"question": "offer", "subject": "Dragon Trade"}
    # Training: Chen Wei said he needs it; the segment line carries the margin.
    assert "Training" in offer.text and "Chen Wei needs Training" in offer.text, offer.text
    assert "enterprise" in offer.text
    acme = (await chat.say(case["offer_acme"]))[0].text
    for snippet in ("SSO", "delivery time", "5%", "Acme renewal 2026"):
        assert snippet in acme, (snippet, acme)
    brief = (await chat.say(case["brief"]))[0].text
    lines = brief.splitlines()
    assert any("SSO" in line for line in lines[:6]), brief  # the brief leads with the needs
    for snippet in ("João Pereira — CEO", "Maria Silva — Head of Operations"):
        assert snippet in brief, (snippet, brief)


async def test_a_recorded_need_is_undone(ana: Callable[[str], Chat]) -> None:
    chat = ana("en")
    await chat.say("Tiago Santos needs a Zapier integration")
    assert "Tiago Santos" in (await chat.say("who needs Zapier?"))[0].text
    await chat.say("undo")
    assert "Nothing noted" in (await chat.say("who needs Zapier?"))[0].text


@pytest.mark.parametrize(
    ("lang", "note", "question"),
    [
        ("en", "note for Tiago Santos: complains about invoice delays again", "notes mentioning invoice delays"),
        ("pt", "nota para a Beatriz Costa: reclama dos atrasos nas faturas", "notas que mencionam atrasos nas faturas"),
        (
            "fr",
            "note pour Pierre Lefèvre : retards de facturation encore",
            "notes qui mentionnent des retards de facturation",
        ),
    ],
)
async def test_logged_notes_are_searched_too(ana: Callable[[str], Chat], lang: str, note: str, question: str) -> None:
    chat = ana(lang)
    logged = (await chat.say(note))[0]
    assert logged.intent == "log_interaction", logged.text
    found = (await chat.say(question))[0]
    assert found.intent == "find_facts", found.text
    assert note.split(":")[-1].strip()[:12] in found.text, found.text
