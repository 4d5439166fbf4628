"""Values read as the writer means them. A numeric birthday is in the writer's order: "4/7" typed in English in Paris is
4 July (it once overwrote 4 July with 7 April), in New York 7 April."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.nlu.parser import parse

NOW = datetime(2026, 3, 12, 10, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "tz", "lang", "birthday"),
    [
        ("John Miller's birthday is 4/7", "Europe/Paris", "en", "07-04"),
        ("John Miller's birthday is 4/7", "Europe/London", "en", "07-04"),
        ("John Miller's birthday is 4/7", "America/New_York", "en", "04-07"),
        ("add Tom Ray, birthday 3/2/1980", "Europe/Lisbon", "en", "1980-02-03"),
        ("add Tom Ray, birthday 3/2/1980", "America/Chicago", "en", "1980-03-02"),
        ("adiciona o Rui Almeida, aniversário 4/7", "America/Sao_Paulo", "pt", "07-04"),
    ],
)
def test_numeric_birthday_follows_the_writers_order(text: str, tz: str, lang: str, birthday: str) -> None:
    assert parse(text, now=NOW, tz=tz, lang=lang).birthday == birthday


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hablé con lucía por whatsapp", "es"),
        ("falei por whatsapp com a camila ontem", "pt"),
        ("beszéltem Zsófival messengeren", "hu"),
        ("talked to maria on linkedin", "en"),
    ],
)
def test_a_named_medium_beats_a_talking_verb(text: str, lang: str) -> None:
    """ "hablé … por whatsapp" is a message, not a call (it was logged as a call)."""
    assert parse(text, now=NOW, tz="Europe/Lisbon", lang=lang).kind == "message"


@pytest.mark.parametrize(
    ("text", "lang", "follow_up"),
    [
        ("ligação c/ joão ontem às 17h, quer o premium, ligar-lhe sexta", "pt", "2026-03-13"),
        ("ho sentito giulia ieri, la richiamo venerdì", "it", "2026-03-13"),
        ("appelé julien ce matin, je le rappelle vendredi", "fr", "2026-03-13"),
        ("hablé con lucía ayer, la llamo el viernes", "es", "2026-03-13"),
        ("beszéltem Zsófival tegnap, pénteken visszahívom", "hu", "2026-03-13"),
    ],
)
def test_a_touch_with_a_call_back_keeps_both(text: str, lang: str, follow_up: str) -> None:
    """The follow-up said with a pronoun ("ligar-lhe sexta", "la richiamo venerdì") was dropped without a word."""
    u = parse(text, now=NOW, tz="Europe/Lisbon", lang=lang)
    assert u.intent == "log_interaction" and u.occurred_at is not None
    assert u.follow_up_at is not None and u.follow_up_at.date().isoformat() == follow_up


@pytest.mark.parametrize(("text", "lang"), [("llámala el viernes a las 11", "es"), ("chiamala domani alle 10", "it")])
def test_an_imperative_with_its_pronoun_is_no_name(text: str, lang: str) -> None:
    """ "llámala" was read as a contact called "llámala"; now the person is the one discussed, or asked."""
    u = parse(text, now=NOW, tz="Europe/Lisbon", lang=lang)
    assert u.intent == "schedule_followup" and u.contact_ref is None and u.follow_up_at is not None


def test_a_new_phone_said_in_hungarian_updates_it() -> None:
    u = parse("Kovács Bence új telefonszáma +36 30 123 4567", now=NOW, tz="Europe/Budapest", lang="hu")
    assert u.intent == "update_contact" and u.phone == "+36301234567"


def test_a_weekday_alone_said_the_day_after_is_asked_not_logged() -> None:
    """ "reunión con Javier el lunes a las 9:30" said on Tuesday: yesterday's meeting or next week's? It was
    logged as yesterday's without a word; now the sender picks. With a tense ("met rui monday") it is a log."""
    tuesday = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    asked = parse("reunion con javier fernandez el lunes a las 9:30", now=tuesday, tz="Europe/Madrid", lang="es")
    assert set(asked.alternatives) == {"log_interaction", "schedule_followup"}
    met = parse("met rui monday at 11", now=tuesday, tz="Europe/Madrid", lang="en")
    assert met.intent == "log_interaction" and not met.alternatives


@pytest.mark.parametrize(
    "text",
    [
        "ganamos el deal de iberia retail!!",
        "perdemos el deal de iberia retail, se fueron con la competencia por precio",
    ],
)
def test_a_spanish_deal_won_or_lost_names_the_account_not_the_verb(text: str) -> None:
    from bot.nlu.reading import read
    from bot.nlu.train import demo_store

    with demo_store() as factory, factory() as session:
        reading = read(text, session=session, lang="es", now=NOW, tz="Europe/Madrid")
        u = parse(text, now=NOW, tz="Europe/Madrid", lang="es", reading=reading)
    assert (
        u.stage in ("won", "lost")
        and "ganamos" not in (u.contact_ref or "")
        and "perdemos" not in (u.contact_ref or "")
    )
    if u.stage == "lost":
        assert u.reason == "se fueron con la competencia por precio"


def test_a_count_takes_its_noun_in_the_readers_grammar() -> None:
    """ "1 customers" read wrong in English; French and Portuguese say "0 client"."""
    from bot.texts import tn

    assert tn("en", "insight.revenue.customers", 1) == "1 customer"
    assert tn("en", "insight.revenue.customers", 0) == "0 customers"
    assert tn("fr", "insight.revenue.customers", 0) == "0 client"
    assert tn("it", "insight.revenue.purchases", 2) == "2 acquisti"


def test_the_nearer_reading_of_a_weekday_is_offered_first() -> None:
    """ "rdv avec Pierre jeudi 14h" on a Tuesday: planning it is offered before logging last Thursday's."""
    tuesday = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    thursday = parse("rdv avec pierre lefevre jeudi 14h", now=tuesday, tz="Europe/Paris", lang="fr")
    assert thursday.alternatives == ["schedule_followup", "log_interaction"]
    monday = parse("reunion con javier fernandez el lunes a las 9:30", now=tuesday, tz="Europe/Madrid", lang="es")
    assert monday.alternatives == ["log_interaction", "schedule_followup"]


def test_a_hungarian_deal_lost_says_lost() -> None:
    u = parse("elbuktuk a danube-os dealt", now=NOW, tz="Europe/Budapest", lang="hu")
    assert u.intent == "update_deal" and u.stage == "lost" and u.contact_ref == "danube"
