"""Pure Telegram rendering and pacing: no server, no store."""

from __future__ import annotations

import pytest

from bot.adapters import telegram_render as render
from bot.adapters.telegram_limits import retrying, telegram_pacer
from bot.types import Button, Card, Reply
from tests.adapters.telegram_rig import FakeTime


def test_reply_text_and_card_fields_are_escaped_and_the_title_is_shown_once() -> None:
    card = Card("<b>x</b>", fields=(("Company", "A & B"), ("Notes", "1 < 2 > 0")), lines=("• call: <script>",))
    [message] = render.to_messages(Reply("<b>x</b>", cards=(card,)))

    assert message.text == (
        "<b>&lt;b&gt;x&lt;/b&gt;</b>\n<i>Company</i>: A &amp; B\n<i>Notes</i>: 1 &lt; 2 &gt; 0\n• call: &lt;script&gt;"
    )
    assert message.keyboard == ()


def test_text_before_a_different_card_is_kept_with_a_blank_line() -> None:
    [message] = render.to_messages(Reply("2 contacts match:", cards=(Card("Ana"),)))
    assert message.text == "2 contacts match:\n\n<b>Ana</b>"


def test_callback_data_round_trips_and_stays_under_64_bytes() -> None:
    for action in render.ACTION_CODES:
        data = render.encode_action(action, "123456789")
        assert data is not None and len(data.encode()) <= 64
        assert render.decode(data) == render.ActionData(action, "123456789")
    other = render.encode_action("crm:deal.stage", "42:won")
    assert other is not None and render.decode(other) == render.ActionData("crm:deal.stage", "42:won")
    assert render.encode_action("crm:contact.show", "9" * 80) is None
    assert render.decode("pg:tok:3") == render.PageData("tok", 3)
    assert render.decode("something else") is None
    assert render.decode("a:zz:1") is None  # a code we never issued


def test_codes_are_unique() -> None:
    assert len(set(render.ACTION_CODES.values())) == len(render.ACTION_CODES)


def test_buttons_go_on_the_last_message_in_rows_by_label_length() -> None:
    short = (Button("Done", "crm:followup.done", "1"), Button("Snooze 1 day", "crm:followup.snooze1d", "1"))
    long = (Button("1. Maria Silva (Acme International)", "crm:contact.pick", "7"),)
    [message] = render.to_messages(Reply("Follow up", buttons=short + long))
    assert [[k.text for k in row] for row in message.keyboard] == [
        ["Done"],
        ["Snooze 1 day"],
        ["1. Maria Silva (Acme International)"],
    ]
    [nudge] = render.to_messages(Reply("Follow up", buttons=short))
    assert [[k.text for k in row] for row in nudge.keyboard] == [["Done", "Snooze 1 day"]]


def test_an_oversized_button_is_dropped_not_sent_broken() -> None:
    [message] = render.to_messages(Reply("x", buttons=(Button("Open", "crm:contact.show", "v" * 100),)))
    assert message.keyboard == ()


def test_keyboard_pages() -> None:
    buttons = tuple(Button(f"Contact number {n}", "crm:contact.show", str(n)) for n in range(1, 20))
    first = render.keyboard(buttons, page=0, token="T")
    last = render.keyboard(buttons, page=2, token="T")
    assert [k.text for k in first[-1]] == ["1/3", "›"] and first[-1][1].data == "pg:T:1"
    assert [k.text for k in last[-1]] == ["‹", "3/3"]
    assert [k.text for row in last[:-1] for k in row] == ["Contact number 17", "Contact number 18", "Contact number 19"]
    assert render.keyboard(buttons, page=99, token="T") == last  # a stale page number shows the last page
    untokened = render.keyboard(buttons)
    assert sum(len(row) for row in untokened) == render.PAGE_SIZE


def test_long_text_splits_on_line_boundaries_within_the_limit() -> None:
    lines = [f"line {n} & more" for n in range(50)]
    parts = render.to_messages(Reply("\n".join(lines)), limit=100)
    assert all(render.utf16_len(p.text) <= 100 for p in parts)
    assert "\n".join(p.text for p in parts).split("\n") == [line.replace("&", "&amp;") for line in lines]


def test_one_huge_line_is_cut_at_spaces_and_never_inside_an_entity() -> None:
    text = " ".join(["a&b"] * 100)  # 399 characters, each & becoming 5
    parts = render.to_messages(Reply(text), limit=60)
    assert all(len(p.text) <= 60 for p in parts)
    assert all(not p.text.endswith(("&", "&a", "&am", "&amp")) for p in parts)
    assert " ".join(p.text for p in parts).replace("&amp;", "&") == text


def test_emoji_count_double_toward_the_limit() -> None:
    parts = render.to_messages(Reply("\n".join(["😀" * 30] * 4)), limit=100)
    # 30 emoji are 60 UTF-16 units: counting characters would wrongly pack three lines into 100.
    assert [len(p.text) for p in parts] == [30, 30, 30, 30]


def test_an_empty_reply_renders_nothing_and_a_bare_keyboard_gets_a_placeholder() -> None:
    assert render.to_messages(Reply("")) == []
    [only] = render.to_messages(Reply("", buttons=(Button("Done", "crm:followup.done", "1"),)))
    assert only.text == "…" and only.keyboard


def test_pacer_allows_a_burst_then_one_a_second_per_private_chat() -> None:
    time = FakeTime()
    pacer = telegram_pacer(time.monotonic)
    waits = [pacer.reserve("42") for _ in range(5)]
    assert waits == pytest.approx([0, 0, 0, 1.0, 2.0])  # a debt: each slot one second after the last
    time.now += 60
    assert pacer.reserve("42") == 0  # refilled


def test_pacer_is_stricter_in_groups() -> None:
    time = FakeTime()
    pacer = telegram_pacer(time.monotonic)
    waits = [pacer.reserve("-100200") for _ in range(4)]
    assert waits == pytest.approx([0, 0, 0, 3.0])  # twenty a minute


async def test_retrying_gives_up_after_the_bounded_attempts() -> None:
    from telegram.error import RetryAfter

    time = FakeTime()
    calls = 0

    async def flood() -> None:
        nonlocal calls
        calls += 1
        raise RetryAfter(2)

    with pytest.raises(RetryAfter):
        await retrying(flood, sleep=time.sleep, attempts=3)
    assert calls == 3 and time.sleeps == [2.0, 2.0]


WJ = render.WORD_JOINER


def test_stored_mentions_and_commands_are_neutralised() -> None:
    card = Card("@admin", fields=(("Notes", "ping @everyone then /kick@otherbot"),), lines=("• /ban bob",))
    [message] = render.to_messages(Reply("Follow-up: /leave the group", cards=(card,)))
    assert f"@{WJ}admin" in message.text and f"@{WJ}everyone" in message.text
    assert f"/{WJ}kick@otherbot" in message.text and f"/{WJ}ban bob" in message.text
    assert f"/{WJ}leave the group" in message.text
    assert "@admin" not in message.text and " /ban" not in message.text


def test_emails_and_our_own_command_hints_are_left_alone() -> None:
    text = "Send /link CODE (or /find maria) · ana@acme.com · 1/2 · </b> · e.g. 3.50"
    [message] = render.to_messages(Reply(text), commands=frozenset({"link", "find"}))
    assert WJ not in message.text
    assert message.text == html_escape(text)


def test_stored_links_are_shown_but_not_linkable() -> None:
    card = Card("Acme", fields=(("Notes", "log in at https://evil.example.com/login or www.acme-pay.io"),))
    [message] = render.to_messages(Reply("see bit.ly/xyz", cards=(card,)))
    assert "https://" not in message.text and "www." not in message.text and "bit.ly" not in message.text
    assert f"https:{WJ}//evil{WJ}.example{WJ}.com/login" in message.text
    assert message.text.replace(WJ, "").count("evil.example.com/login") == 1


def html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def test_a_courtesy_send_takes_a_free_slot_or_none() -> None:
    time = FakeTime()
    pacer = telegram_pacer(time.monotonic)
    taken = [pacer.try_take("42") for _ in range(4)]
    assert taken == [True, True, True, False]  # the burst, then no waiting and no debt
    assert pacer.reserve("42") == pytest.approx(1.0)  # a real answer still gets the next slot
    time.now += 60
    assert pacer.try_take("42")
