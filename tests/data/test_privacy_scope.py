"""Ownership everywhere a customer's data shows: deals, briefs, birthdays, figures, look-ups, forms, at-risk
lists, search in a big store and duplicate detection. Two teams (see privacy_world.py), on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import Session, col, select

from bot.requests import FieldSearch, FormSubmitted, HomeOpened, InlineQuery
from bot.types import UserRef
from handlers import modal_log
from storage import models
from storage.analytics import rollups
from tests.data.privacy_world import World, build_world
from tests.support import make_app


@pytest.fixture
def world(any_db_url: str) -> Iterator[World]:
    app, clock = make_app(any_db_url)
    yield build_world(app, clock)
    app.engine.dispose()


def _deal_stage(world: World, key: str) -> str:
    with Session(world.app.engine) as session:
        deal = session.get(models.Deal, world.ids[key])
        assert deal is not None
        return deal.stage


def _audits(world: World, action: str) -> list[models.AuditLog]:
    with Session(world.app.engine) as session:
        return list(session.exec(select(models.AuditLog).where(models.AuditLog.action == action)))


async def test_deals_move_only_within_the_team(world: World) -> None:
    assert (await world.bob.say("move the Acme deal to won"))[0].text == 'I couldn\'t find "Acme".'
    assert (await world.max.say("move the Acme deal to won"))[0].text == 'I couldn\'t find "Acme".'
    assert _deal_stage(world, "acme_deal") == "proposal"
    assert (await world.bob.say("move the Bravo deal to negotiation"))[0].text.startswith("Moved Bravo pilot")
    assert (await world.ann.say("move the Acme deal to negotiation"))[0].text.startswith("Moved Acme renewal")
    assert _deal_stage(world, "acme_deal") == "negotiation"


async def test_several_deals_list_only_the_senders(world: World) -> None:
    with Session(world.app.engine) as session:
        bob = session.exec(select(models.Staff).where(models.Staff.handle == "bob")).one()
        ann = session.exec(select(models.Staff).where(models.Staff.handle == "ann")).one()
        for title, owner in (("Acme Bravo bundle", bob), ("Acme Bravo upsell", ann)):
            session.add(
                models.Deal(
                    title=title,
                    owner_id=owner.id,
                    stage="proposal",
                    value_minor=100,
                    stage_changed_at=world.clock.now(),
                    created_at=world.clock.now(),
                )
            )
        session.commit()
    only_bob = (await world.bob.say("move the acme bravo deal to won"))[0].text
    assert only_bob.startswith("Moved Acme Bravo bundle from proposal to won.")
    several = (await world.boss.say("move the acme deal to lost"))[0].text
    assert several.startswith('Several open deals match "acme"') and "Acme renewal" in several


@pytest.mark.parametrize(
    "question", ["brief me on Acme", "brief me on Maria Silva", "what does Acme buy?", "timeline of Maria Silva"]
)
async def test_briefs_about_other_teams_are_not_found(world: World, question: str) -> None:
    reply = (await world.bob.say(question))[0]
    assert reply.text.startswith("I couldn't find"), reply.text
    assert "420" not in reply.text and reply.image_path is None


async def test_a_brief_is_audited_as_a_full_view(world: World) -> None:
    reply = (await world.ann.say("brief me on Maria Silva"))[0]
    assert reply.text.startswith("Maria Silva — customer") and "Acme renewal" in reply.text
    [view] = _audits(world, "view")
    assert (view.entity, view.entity_id, view.detail) == ("contact", world.ids["maria"], {"via": "insight"})
    org = (await world.boss.say("brief me on Acme"))[0]
    assert "Maria Silva" in org.text
    assert [(v.entity, v.detail) for v in _audits(world, "view")][-1] == (
        "organization",
        {"via": "insight", "contact_ids": [world.ids["maria"]]},
    )


async def test_birthdays_follow_the_team(world: World) -> None:
    ann = (await world.ann.say("birthdays this month"))[0].text
    assert "Maria Silva" in ann and "Bruno Costa" not in ann
    manager = (await world.max.say("birthdays this month"))[0].text
    assert "Bruno Costa" in manager and "Maria Silva" not in manager
    admin = (await world.boss.say("birthdays this month"))[0].text
    assert "Bruno Costa" in admin and "Maria Silva" in admin
    assert (await world.bob.say("when is Maria Silva's birthday?"))[0].text.startswith("I couldn't find")
    assert "20 Mar 1980" in (await world.ann.say("when is Maria Silva's birthday?"))[0].text


INSIGHTS = (
    "revenue by organization",
    "top 5 customers",
    "RFM segments",
    "what's the lifetime value by segment?",
    "rank customers by risk",
    "pipeline",
    "which deals are stuck?",
    "lifecycle stages",
    "cross-sell ideas",
    "team week",
    "channel preferences by segment",
)


@pytest.mark.parametrize("rolled_up", [False, True])
async def test_figures_cover_only_what_the_asker_may_see(world: World, rolled_up: bool) -> None:
    if rolled_up:
        with world.app.services.session() as session:
            rollups.rebuild_rollups(session, now=world.clock.now())
    for question in INSIGHTS:
        south = " ".join(r.text for r in await world.max.say(question))
        assert "Maria" not in south and "Acme" not in south and "Ann" not in south, (question, south)
        everyone = " ".join(r.text for r in await world.boss.say(question))
        north = " ".join(r.text for r in await world.ann.say(question))
        assert "Bruno" not in north and "Bravo" not in north and "Bob" not in north, (question, north)
        if "Maria" in everyone or "Acme" in everyone:
            assert "Maria" in north or "Acme" in north, (question, north)
    assert (await world.bob.say("pipeline"))[0].text.startswith("Pipeline: 1 open deals worth €1,800")
    assert (await world.boss.say("pipeline"))[0].text.startswith("Pipeline: 2 open deals worth €10,200")
    assert "customer: 1 (100%)" in (await world.max.say("lifecycle stages"))[0].text
    assert "0 of 1 customers" in (await world.ann.say("churn rate over the last 30 days"))[0].text
    assert "0 of 2 customers" in (await world.boss.say("churn rate over the last 30 days"))[0].text


async def test_my_narrows_and_a_rep_sees_the_team(world: World) -> None:
    mine = (await world.ann.say("my pipeline"))[0].text
    assert mine.startswith("Pipeline: 1 open deals worth €8,400")
    assert "Ann" in (await world.ann.say("my week"))[0].text
    assert "Bob" not in (await world.ann.say("team week"))[0].text


async def test_inline_results_and_slack_form_choices_are_the_senders(world: World) -> None:
    answer = world.app.dispatcher.answer
    bob, ann = UserRef("test", "bob", "bob"), UserRef("test", "ann", "ann")
    assert (await answer(InlineQuery(bob, "maria"))).choices == ()
    assert [c.title for c in (await answer(InlineQuery(ann, "maria"))).choices] == ["Maria Silva"]
    assert (await answer(FieldSearch(bob, modal_log.CONTACT, "maria"))).items == ()
    assert (await answer(FieldSearch(ann, modal_log.CONTACT, "maria"))).items[0][1].startswith("Maria Silva")


async def test_the_form_cannot_log_on_someone_elses_contact(world: World) -> None:
    values = {"record": str(world.ids["maria"]), "kind": "call", "summary": "sneaky"}

    def submitted(user: str) -> FormSubmitted:
        return FormSubmitted(UserRef("test", user), modal_log.LOG_FORM, dict(values), submission_id=f"V-{user}")

    refused = await world.app.dispatcher.answer(submitted("bob"))
    assert refused.reply is not None and refused.reply.text == f'I couldn\'t find "{world.ids["maria"]}".'
    with Session(world.app.engine) as session:
        assert not session.exec(select(models.Interaction).where(models.Interaction.summary == "sneaky")).all()
    ok = await world.app.dispatcher.answer(submitted("ann"))
    assert ok.reply is not None and ok.reply.text.startswith("Logged call with Maria Silva")


async def test_at_risk_lists_follow_the_scope(world: World) -> None:
    assert "Maria Silva" in (await world.ann.say("who's at risk?"))[0].text
    south = (await world.max.say("who's at risk?"))[0].text
    assert "Bruno Costa" in south and "Maria" not in south
    rep = (await world.bob.say("who's at risk?"))[0].text
    assert "Bruno Costa" in rep and "Maria" not in rep
    assert "Maria Silva" in (await world.boss.say("who's at risk?"))[0].text
    page = await world.app.dispatcher.answer(HomeOpened(UserRef("test", "max")))
    risk = page.cards[2].lines
    assert len(risk) == 1 and risk[0].startswith("• Bruno Costa — usually every 10 days, 60 days silent")


async def test_a_rep_finds_their_own_contact_in_a_crowded_store(world: World) -> None:
    """300 namesakes of another team come first in the index; the rep's own Maria is still found."""
    now = world.clock.now()
    with Session(world.app.engine) as session:
        bob = session.exec(select(models.Staff).where(models.Staff.handle == "bob")).one()
        session.add_all(
            models.Contact(
                full_name="Maria Silva",
                search_key="maria silva",
                owner_id=bob.id,
                last_touch_at=now,
                created_at=now,
                updated_at=now,
            )
            for _ in range(300)
        )
        # Ann's Maria comes after the namesakes in id order, so any "first 200" cut would drop her.
        old = session.get(models.Contact, world.ids["maria"])
        assert old is not None
        old.full_name, old.search_key = "Old Record", "old record"
        session.add(old)
        session.flush()
        session.add(
            models.Contact(
                full_name="Maria Silva",
                search_key="maria silva",
                owner_id=old.owner_id,
                created_at=now,
                updated_at=now,
            )
        )
        session.commit()
        assert len(session.exec(select(models.Contact.id).where(col(models.Contact.owner_id) == bob.id)).all()) > 300
    for query in ("Maria Silva?", "maria silv?", "mraia silva?", "Silva?"):
        reply = (await world.ann.say(query))[0]
        assert reply.cards and reply.cards[0].title == "Maria Silva", (query, reply.text)


async def test_adding_a_namesake_or_a_taken_email(world: World) -> None:
    added = (await world.bob.say("add Maria Silva, works at Acme"))[0].text
    assert added.startswith("Added Maria Silva"), added
    with Session(world.app.engine) as session:
        owners = session.exec(select(models.Contact.owner_id).where(models.Contact.full_name == "Maria Silva")).all()
        assert len(owners) == 2
    taken = (await world.bob.say("add Mary Sil, maria@acme.com"))[0].text
    assert "outside your team" in taken and "Maria" not in taken and "Ann" not in taken
    again = (await world.ann.say("add Maria Silva, +351 912 345 678"))[0].text
    assert again.startswith("Maria Silva is already in the store")
