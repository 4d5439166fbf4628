"""Block Kit rendering and payload reading are pure: stored text can never ping, link or format."""

from __future__ import annotations

import json
from datetime import date

from bot.adapters import slack_render as render
from bot.adapters.slack_events import plain_text, slash_text, strip_mention, team_of
from bot.adapters.slack_inputs import form_values
from bot.requests import Form, FormField
from bot.types import Button, Card, Reply


def shown(reply: Reply) -> str:
    return json.dumps([m.blocks for m in render.to_messages(reply)] + [m.text for m in render.to_messages(reply)])


def test_escape_neutralises_pings_links_and_entities() -> None:
    assert render.escape("<!channel> hi") == "&lt;!channel&gt; hi"
    assert render.escape("<http://x|y>") == "&lt;http:\u2060//x|y&gt;"
    assert render.escape("pay at www.evil.io") == "pay at www\u2060.evil\u2060.io"
    assert render.escape("ana@acme.com") == "ana@acme.com"
    assert render.escape("Tom & Jerry &lt;") == "Tom &amp; Jerry &amp;lt;"


def test_every_stored_string_is_escaped_in_text_cards_and_fallback() -> None:
    card = Card(
        "<!here> Maria",
        subtitle="<@U1>",
        fields=(("Company", "A&B <http://evil|Acme>"),),
        lines=("• note: <!channel>",),
    )
    blocks = shown(Reply("Found <!everyone> & co", cards=(card,)))

    for raw in ("<!here>", "<!channel>", "<!everyone>", "<http://evil|Acme>", "<@U1>"):
        assert raw not in blocks
    assert "&lt;!channel&gt;" in blocks and "A&amp;B &lt;http:\\u2060//evil|Acme&gt;" in blocks
    [message] = render.to_messages(Reply("a <!channel> b"))
    assert message.text == "a &lt;!channel&gt; b"


def test_card_fields_become_section_fields() -> None:
    card = Card("Maria Silva", fields=(("Company", "Acme"), ("Stage", "customer")))
    [message] = render.to_messages(Reply("Maria Silva", cards=(card,)))
    [fields] = [b for b in message.blocks if "fields" in b]
    assert [f["text"] for f in fields["fields"]] == ["*Company*\nAcme", "*Stage*\ncustomer"]


def test_buttons_keep_our_action_id_and_value_and_repeats_stay_unique() -> None:
    reply = Reply(
        "Your follow-ups",
        buttons=(Button("✓ 1", "crm:followup.done", "7"), Button("✓ 2", "crm:followup.done", "8", style="primary")),
    )
    [message] = render.to_messages(reply)
    [actions] = [b for b in message.blocks if b["type"] == "actions"]
    ids = [e["action_id"] for e in actions["elements"]]
    assert ids == ["crm:followup.done", "crm:followup.done#1"]
    assert [render.action_id_of(i) for i in ids] == ["crm:followup.done", "crm:followup.done"]
    assert [e["value"] for e in actions["elements"]] == ["7", "8"]
    assert actions["elements"][1]["style"] == "primary"


def test_long_lists_are_paginated_within_slack_limits() -> None:
    cards = tuple(Card(f"Contact {n}", fields=(("Stage", "lead"),)) for n in range(25))
    pages = render.to_messages(Reply("25 contacts", cards=cards, buttons=(Button("More", "crm:more", "25"),)))

    assert len(pages) == 3
    assert all(len(p.blocks) <= render.MAX_BLOCKS for p in pages)
    assert pages[0].blocks[-1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "1/3"}]}
    assert any(b["type"] == "actions" for b in pages[-1].blocks)  # buttons ride on the last page
    assert not any(b["type"] == "actions" for b in pages[0].blocks)


def test_very_long_text_is_split_into_sections_under_the_limit() -> None:
    text = "\n".join(f"• line {n} " + "x" * 90 for n in range(200))
    pages = render.to_messages(Reply(text))
    sections = [b for p in pages for b in p.blocks if b["type"] == "section"]
    assert all(len(s["text"]["text"]) <= render.SECTION_CHARS for s in sections)
    assert sum(s["text"]["text"].count("• line") for s in sections) == 200


def test_form_modal_and_options() -> None:
    form = Form(
        name="log_form",
        title="Log to CRM",
        submit="Log it",
        cancel="Cancel",
        fields=(
            FormField("record", "Contact", "search"),
            FormField("kind", "Kind", "choice", (("call", "Call"), ("message", "Message")), initial="message"),
            FormField("date", "When", "date", initial="2026-03-12"),
            FormField("follow_up", "Follow up on", "date", optional=True),
            FormField("summary", "Summary", "text", initial="<!channel> raw text is plain_text here"),
        ),
        metadata={"source": "C1:1.2"},
    )
    view = render.form_modal(form)
    assert view["callback_id"] == "log_form" and json.loads(view["private_metadata"]) == {"source": "C1:1.2"}
    by_id = {b["block_id"]: b for b in view["blocks"]}
    assert [b["element"]["action_id"] for b in view["blocks"]] == list(by_id)  # values come back by field key
    assert by_id["follow_up"]["optional"] and not by_id["record"]["optional"]
    assert by_id["record"]["element"]["type"] == "external_select"
    assert by_id["kind"]["element"]["initial_option"]["value"] == "message"
    assert by_id["date"]["element"] == {"type": "datepicker", "initial_date": "2026-03-12", "action_id": "date"}
    assert "initial_date" not in by_id["follow_up"]["element"]
    assert by_id["summary"]["element"]["initial_value"].startswith("<!channel>")  # plain_text input: shown verbatim
    assert render.options([("1", "Maria Silva (Acme)")]) == [
        {"text": {"type": "plain_text", "text": "Maria Silva (Acme)", "emoji": True}, "value": "1"}
    ]


def test_incoming_slack_markup_becomes_plain_text() -> None:
    assert plain_text("add Ana, <mailto:ana@x.com|ana@x.com>, <tel:+351911|+351 911>") == "add Ana, ana@x.com, +351 911"
    assert plain_text("see <http://x|y> &amp; <https://a.b> &lt;3") == "see y (http://x) & https://a.b <3"
    assert plain_text("<!channel> ask <@U1> in <#C1|sales>") == "@channel ask @U1 in #sales"
    assert strip_mention("<@U0BOT> maria?") == "maria?"
    assert strip_mention("<@U0BOT>: log call") == "log call"


def test_slash_text_maps_known_subcommands() -> None:
    known = {"log", "find", "link", "help"}
    assert slash_text("log call with maria", known) == "/log call with maria"
    assert slash_text("find acme", known) == "/find acme"
    assert slash_text("link AB12", known) == "/link AB12"
    assert slash_text("maria", known) == "maria"
    assert slash_text("  ", known) == "help"


def test_form_values_and_team() -> None:
    view = {
        "state": {
            "values": {
                "record": {"record": {"type": "external_select", "selected_option": {"value": "3"}}},
                "date": {"date": {"type": "datepicker", "selected_date": "2026-03-11"}},
                "follow_up": {"follow_up": {"type": "datepicker", "selected_date": None}},
                "summary": {"summary": {"type": "plain_text_input", "value": "hi"}},
            }
        }
    }
    assert form_values(view) == (
        {"record": "3", "date": date(2026, 3, 11), "follow_up": None, "summary": "hi"},
        frozenset(),
    )
    forged = {"state": {"values": {"date": {"date": {"type": "datepicker", "selected_date": "2026-02-30"}}}}}
    assert form_values(forged) == ({}, frozenset({"date"}))
    assert team_of({"team_id": "T1"}) == "T1"
    assert team_of({"team": {"id": "T2"}}) == "T2"
    assert team_of({"user": {"id": "U", "team_id": "T3"}}) == "T3"


def test_plain_here_and_channel_words_stay_plain_text() -> None:
    """Slack pings only on <!here> / <!channel> / <@U…> markup (which escaping makes inert) or when a message
    asks Slack to parse names (link_names, parse=full), which we never do; "@here" typed in a note is text."""
    reply = Reply("@here @channel @everyone", cards=(Card("@here", fields=(("Notes", "<!here> @channel"),)),))
    out = shown(reply)
    assert "@here @channel @everyone" in out and "<!" not in out and "&lt;!here&gt;" in out
    for message in render.to_messages(reply):
        assert "<!" not in message.text
