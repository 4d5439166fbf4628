"""The Slack adapter end to end: signed requests into the real Bolt app, replies observed on the fake Web API."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.types import Button, Reply
from handlers.followups import DONE_ACTION, SNOOZE_DAY_ACTION
from storage import contacts, followups
from storage import interactions as interaction_log
from storage import staff as staff_repo
from storage.models import Contact, FollowUp, Interaction, StaffIdentity
from tests.adapters.slack_harness import DM, SECRET, USER, SlackHarness, blocks_text, slack_harness
from tests.fakes import FakeSlackAPI
from tests.fakes import slack_signing as slack


@pytest.fixture
async def bot(slack_api: FakeSlackAPI, db_url: str) -> AsyncIterator[SlackHarness]:
    async with slack_harness(slack_api, db_url, slack_admin_ids="U0ADMIN") as harness:
        alice = harness.link(USER, "alice")
        now = harness.clock.now()
        with harness.app.services.session() as session:
            org, _ = contacts.get_or_create_organization(session=session, name="Acme", owner_id=alice.id, now=now)
            contacts.create(
                session=session,
                full_name="Maria Silva",
                owner_id=alice.id,
                now=now,
                organization_id=org.id,
                stage="customer",
                emails=["maria@example.com"],
            )
        yield harness


def interactions(bot: SlackHarness) -> list[Interaction]:
    with bot.app.services.session() as session:
        return list(session.exec(select(Interaction)))


def maria_id(bot: SlackHarness) -> int:
    with bot.app.services.session() as session:
        contact = session.exec(select(Contact).where(Contact.full_name == "Maria Silva")).one()
        assert contact.id is not None
        return contact.id


# -- surfaces -------------------------------------------------------------------------------------------


async def test_slash_command_in_dm_shows_the_full_card(bot: SlackHarness) -> None:
    status, body = await bot.post(slack.slash_command_body("maria", channel_id=DM))

    assert (status, body) == (200, "")  # acknowledged at once, with nothing in the ack itself
    [call] = bot.posted()
    assert call["channel"] == DM and call["text"] == "Maria Silva"
    assert "maria@example.com" in blocks_text(call)  # a DM with staff: full details


async def test_slash_log_is_mapped_to_the_log_command(bot: SlackHarness) -> None:
    await bot.post(slack.slash_command_body("log call with maria about the renewal", channel_id=DM))

    [entry] = interactions(bot)
    assert entry.kind == "call" and entry.author_id is not None
    assert bot.posted_texts()[0].startswith("Logged call with Maria Silva")


async def test_slash_command_in_a_channel_answers_ephemerally_with_a_minimal_card(bot: SlackHarness) -> None:
    body = slack.slash_command_body("maria", channel_id="C0GENERAL", response_url=bot.api.url + "/respond")
    await bot.post(body)

    assert bot.posted() == []
    [answer] = bot.api.calls_to("respond")
    assert answer["response_type"] == "ephemeral"
    shown = json.dumps(answer["blocks"])
    assert "Maria Silva" in shown and "Acme" in shown and "maria@example.com" not in shown


async def test_mention_strips_the_bot_and_keeps_channels_minimal(bot: SlackHarness) -> None:
    assert await bot.event(slack.app_mention_event(USER, "maria?")) == 200

    [call] = bot.posted()
    assert call["channel"] == "C0GENERAL" and call["text"] == "Maria Silva"
    assert "customer" in blocks_text(call) and "maria@example.com" not in blocks_text(call)


async def test_direct_message_logs_an_interaction_and_remembers_the_dm(bot: SlackHarness) -> None:
    event = slack.message_im_event(USER, "call with maria, she wants premium, follow up next tuesday")
    assert await bot.event(event) == 200

    [entry] = interactions(bot)
    assert entry.source_platform == "slack" and entry.source_message_id == f"{DM}:{event['ts']}"
    [reply] = bot.posted()
    assert reply["channel"] == DM and reply["text"].startswith("Logged call with Maria Silva")
    with bot.app.services.session() as session:
        identity = session.exec(select(StaffIdentity).where(StaffIdentity.external_id == USER)).one()
    assert identity.chat_id == DM  # where nudges will reach this person


async def test_bot_echoes_and_message_edits_are_ignored(bot: SlackHarness) -> None:
    echo = slack.message_im_event(USER, "call with maria") | {"bot_id": "B0BOT"}
    edited = slack.message_im_event(USER, "call with maria") | {"subtype": "message_changed"}
    assert await bot.event(echo) == 200 and await bot.event(edited) == 200
    assert bot.posted() == [] and interactions(bot) == []


async def test_retried_event_never_logs_twice(bot: SlackHarness) -> None:
    body = slack.event_callback_body(slack.message_im_event(USER, "call with maria re pricing"), event_id="Ev0RETRY")
    first = await bot.post(body)
    retry = await bot.post(body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})

    assert first[0] == retry[0] == 200
    assert len(interactions(bot)) == 1
    assert len(bot.posted()) == 1  # the retry is acknowledged and otherwise ignored


async def test_a_retry_racing_the_original_still_logs_once(bot: SlackHarness) -> None:
    body = slack.event_callback_body(slack.message_im_event(USER, "call with maria re pricing"), event_id="Ev0RACE")
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    await asyncio.gather(bot.post(body), bot.post(body, headers=retry))

    assert len(interactions(bot)) == 1  # the source message id is unique even when both get past the event check


# -- shortcut, modal, options ---------------------------------------------------------------------------


async def test_message_shortcut_opens_the_log_modal(bot: SlackHarness) -> None:
    body = slack.message_action_body("log_to_crm", message_text="Maria wants a quote &amp; a demo <http://x|y>")
    assert (await bot.post(body))[0] == 200

    [call] = bot.api.calls_to("views.open")
    view = call["view"]
    assert view["callback_id"] == "log_form"
    blocks = {block["block_id"]: block["element"] for block in view["blocks"]}
    assert blocks["record"]["type"] == "external_select"
    assert blocks["kind"]["initial_option"]["value"] == "message"
    assert blocks["date"]["initial_date"] == "2026-03-12"  # the store's clock, in the user's zone
    assert blocks["summary"]["initial_value"] == "Maria wants a quote & a demo y (http://x)"
    assert json.loads(view["private_metadata"]) == {"source": "C0GENERAL:1700000000.000002"}


async def test_external_select_suggests_contacts_only_to_staff(bot: SlackHarness) -> None:
    status, body = await bot.post(slack.block_suggestion_body("record", "mari", block_id="record"))
    stranger = await bot.post(slack.block_suggestion_body("record", "mari", block_id="record", user_id="U0NOBODY"))

    assert status == 200
    assert json.loads(body)["options"] == [
        {"text": {"type": "plain_text", "text": "Maria Silva (Acme)", "emoji": True}, "value": str(maria_id(bot))}
    ]
    assert json.loads(stranger[1])["options"] == []


def form(contact_id: int | None, *, day: str = "2026-03-11", follow_up: str | None = "2026-03-17") -> dict:
    values: dict = {
        "kind": {"kind": {"type": "static_select", "selected_option": {"value": "meeting"}}},
        "date": {"date": {"type": "datepicker", "selected_date": day}},
        "follow_up": {"follow_up": {"type": "datepicker", "selected_date": follow_up}},
        "summary": {"summary": {"type": "plain_text_input", "value": "Quote for 40 seats"}},
        "record": {"record": {"type": "external_select", "selected_option": None}},
    }
    if contact_id is not None:
        values["record"]["record"]["selected_option"] = {"value": str(contact_id)}
    return values


async def test_modal_submission_logs_once_with_its_follow_up(bot: SlackHarness) -> None:
    meta = json.dumps({"source": "C0GENERAL:1700000000.000002"})
    body = slack.view_submission_body("log_form", form(maria_id(bot)), private_metadata=meta)
    assert await bot.post(body) == (200, "")  # closes the modal
    assert (await bot.post(body))[0] == 200  # a second submit of the same message

    [entry] = interactions(bot)
    assert (entry.kind, entry.summary) == ("meeting", "Quote for 40 seats")
    assert entry.occurred_at.date().isoformat() == "2026-03-11"
    with bot.app.services.session() as session:
        [follow] = session.exec(select(FollowUp)).all()
    assert follow.due_at.isoformat() == "2026-03-17T09:00:00+00:00"
    first, second = bot.posted()
    assert first["channel"] == DM and first["text"].startswith("Logged meeting with Maria Silva")
    assert second["text"].startswith("Already logged")


async def test_modal_submission_without_a_contact_shows_the_error_in_the_form(bot: SlackHarness) -> None:
    status, body = await bot.post(slack.view_submission_body("log_form", form(None, follow_up="2026-03-01")))

    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"record", "follow_up"}
    assert interactions(bot) == [] and bot.posted() == []


# -- buttons, nudges, App Home --------------------------------------------------------------------------


async def test_nudge_goes_to_a_dm_and_its_button_updates_it_in_place(bot: SlackHarness) -> None:
    with bot.app.services.session() as session:
        alice = staff_repo.by_handle(session=session, handle="alice")
        assert alice is not None and alice.id is not None
        follow = followups.schedule(
            session=session, owner_id=alice.id, due_at=bot.clock.now(), text="send the quote", now=bot.clock.now()
        )
    nudge = Reply(
        "Follow up: send the quote",
        buttons=(
            Button("Done", DONE_ACTION, str(follow.id)),
            Button("Snooze 1 day", SNOOZE_DAY_ACTION, str(follow.id)),
        ),
    )
    ref = await bot.adapter.send(USER, nudge)  # a user id: the adapter opens the DM itself

    assert ref.chat_id == DM
    [posted] = bot.posted()
    [actions] = [b for b in posted["blocks"] if b["type"] == "actions"]
    assert [e["action_id"] for e in actions["elements"]] == [DONE_ACTION, SNOOZE_DAY_ACTION]

    await bot.post(slack.block_actions_body(DONE_ACTION, str(follow.id), channel_id=DM, message_ts=ref.message_id))

    [update] = bot.api.calls_to("chat.update")
    assert (update["channel"], update["ts"]) == (DM, ref.message_id)
    assert update["text"] == "Marked done: send the quote."
    assert not [b for b in update["blocks"] if b["type"] == "actions"]  # buttons gone once acted on
    with bot.app.services.session() as session:
        assert session.get(FollowUp, follow.id).status == "done"  # type: ignore[union-attr]


async def test_app_home_lists_follow_ups_and_quiet_customers(bot: SlackHarness) -> None:
    now = bot.clock.now()
    with bot.app.services.session() as session:
        alice = staff_repo.by_handle(session=session, handle="alice")
        assert alice is not None and alice.id is not None
        followups.schedule(session=session, owner_id=alice.id, due_at=now, text="<!channel> call", now=now)
        maria = session.exec(select(Contact).where(Contact.full_name == "Maria Silva")).one()
        for n in range(6):  # a call every 10 days, the last one 60 days ago: the at-risk rule flags her
            interaction_log.log(
                session=session, contact_id=maria.id, author_id=alice.id, kind="call",
                occurred_at=now - timedelta(days=60 + 10 * n), summary="check-in", now=now,
            )  # fmt: skip
    event = {"type": "app_home_opened", "user": USER, "channel": DM, "tab": "home", "event_ts": "1.2"}
    assert await bot.event(event) == 200

    [publish] = bot.api.calls_to("views.publish")
    shown = json.dumps(publish["view"])
    assert publish["user_id"] == USER and publish["view"]["type"] == "home"
    assert "Follow-ups due" in shown and "&lt;!channel&gt; call" in shown and "<!channel>" not in shown
    assert "Accounts at risk" in shown and "Maria Silva \\u2014 usually every 10 days, 60 days silent" in shown


# -- who may talk to it ---------------------------------------------------------------------------------


async def test_bad_signature_and_stale_timestamp_are_refused(bot: SlackHarness) -> None:
    body = slack.slash_command_body("maria", channel_id=DM)
    forged = await bot.post(body, secret="not-the-secret")
    stale = slack.signed_headers(body, SECRET, timestamp=int(time.time()) - 10 * 60)
    old = await bot.post(body, headers=stale)

    assert forged[0] == 401 and old[0] == 401
    assert bot.posted() == []


async def test_other_workspaces_are_refused(bot: SlackHarness) -> None:
    command = await bot.post(slack.slash_command_body("maria", channel_id=DM, team_id="T0OTHER"))
    event = await bot.event(slack.message_im_event(USER, "call with maria", team_id="T0OTHER"), team_id="T0OTHER")

    assert command[0] == 403
    assert event == 200  # acknowledged so Slack does not retry, and ignored
    assert bot.posted() == [] and interactions(bot) == []


async def test_unlinked_user_gets_one_polite_refusal_and_no_data(bot: SlackHarness) -> None:
    await bot.event(slack.message_im_event("U0NOBODY", "maria?"))

    [refusal] = bot.posted()
    assert refusal["channel"] == "DU0NOBODY" and refusal["text"].startswith("Sorry, I only work with the team")
    assert "Maria" not in blocks_text(refusal)


async def test_link_code_through_the_slash_command(bot: SlackHarness) -> None:
    with bot.app.services.session() as session:
        # An admin: a rep would only see their own team's contacts, and Maria belongs to nobody's team.
        member = staff_repo.create(session=session, handle="bob", display_name="Bob", role="admin", now=bot.clock.now())
        code = staff_repo.issue_link_code(session=session, staff=member, now=bot.clock.now())
    await bot.post(slack.slash_command_body(f"link {code}", user_id="U0BOB", channel_id="DU0BOB"))
    await bot.post(slack.slash_command_body("maria", user_id="U0BOB", channel_id="DU0BOB"))

    assert bot.posted_texts() == ['Linked: you are Bob (admin). Try "help".', "Maria Silva"]


async def test_link_code_typed_in_a_dm_without_the_slash(bot: SlackHarness) -> None:
    with bot.app.services.session() as session:
        member = staff_repo.create(session=session, handle="bob", display_name="Bob", role="rep", now=bot.clock.now())
        code = staff_repo.issue_link_code(session=session, staff=member, now=bot.clock.now())
    await bot.event(slack.message_im_event("U0BOB", f"link {code}"))

    assert bot.posted_texts() == ['Linked: you are Bob (rep). Try "help".']
    with bot.app.services.session() as session:
        identity = session.exec(select(StaffIdentity).where(StaffIdentity.external_id == "U0BOB")).one()
    assert identity.chat_id == "DU0BOB"  # linked from the DM, so nudges can reach Bob there


async def test_admins_from_the_settings_are_linked_at_start(bot: SlackHarness) -> None:
    with bot.app.services.session() as session:
        admin = staff_repo.by_identity(session=session, platform="slack", external_id="U0ADMIN")
        identity = session.exec(select(StaffIdentity).where(StaffIdentity.external_id == "U0ADMIN")).one()
    assert admin is not None and (admin.handle, admin.role) == ("slack-u0admin", "admin")
    assert identity.chat_id == "DU0ADMIN"


async def test_link_by_verified_email_when_allowed(slack_api: FakeSlackAPI, db_url: str) -> None:
    slack_api.set_user("U0CAROL", email="Carol@Example.com")
    async with slack_harness(slack_api, db_url, slack_link_by_email=True) as bot:
        bot.link("U0SOMEONE", "carol", email="carol@example.com")  # staff record exists, Slack id not yet linked
        await bot.event(slack.message_im_event("U0CAROL", "help"))

    [reply] = bot.posted()
    assert reply["text"].startswith("What I understand")
    with bot.app.services.session() as session:
        member = staff_repo.by_identity(session=session, platform="slack", external_id="U0CAROL")
    assert member is not None and member.handle == "carol"


# -- platform rules -------------------------------------------------------------------------------------


async def test_429_is_retried_after_the_requested_delay_without_loss(bot: SlackHarness) -> None:
    bot.api.fail_next("chat.postMessage", status=429, retry_after=7)
    await bot.event(slack.message_im_event(USER, "call with maria about delivery"))

    assert bot.waits == [7.0]  # Retry-After honoured, through the injected sleeper
    assert len(bot.posted()) == 2  # the 429, then the retry
    assert bot.posted_texts()[-1].startswith("Logged call with Maria Silva")
    assert len(interactions(bot)) == 1


async def test_stored_here_and_channel_never_ping(bot: SlackHarness) -> None:
    with bot.app.services.session() as session:
        maria = session.exec(select(Contact).where(Contact.full_name == "Maria Silva")).one()
        maria.notes = "@here @channel <!everyone> call her"
        session.add(maria)
    await bot.post(slack.slash_command_body("maria", channel_id=DM))

    [call] = bot.posted()
    assert "link_names" not in call and "parse" not in call  # Slack would turn plain @here into a ping
    assert "@here @channel &lt;!everyone&gt;" in blocks_text(call) and "<!everyone>" not in json.dumps(call)
