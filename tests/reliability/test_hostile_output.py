"""Hostile names and notes, stored and shown back: nothing sent carries a live mention, markup of the sender's or
a bidi override, on Telegram (HTML) or Slack (mrkdwn). Live links are counted and printed (see the note in the
assertion). ``--soak`` runs 10,000."""

from __future__ import annotations

import random
import re
from datetime import UTC

from bot.adapters import slack_render, telegram_render
from bot.app import App
from handlers import cards
from reminders.clock import FrozenClock
from storage import contacts
from storage.models import Contact
from tests.adapters.fuzz_inputs import hostile_text

PIECES = ("@everyone", "@channel", "<!channel>", "<!here>", "<@U0ADMIN>", "<https://evil.example|click>",
          "*bold*", "<b>bold</b>", "<a href='https://evil.example'>x</a>", "\u202egnp.exe", "\u2066x\u2069",
          "/start", "/ban@otherbot", "https://evil.example/x", "&lt;b&gt;", "`code`")  # fmt: skip
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
OUR_TAGS = re.compile(r"</?(b|i|code|pre|a)>")
TELEGRAM_MENTION = re.compile(r"(?<!\w)@\w")
SLACK_SPECIAL = re.compile(r"<[@#!]|<https?:|<mailto:")
LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def _hostile(rng: random.Random) -> str:
    return " ".join(rng.choice(PIECES) if rng.random() < 0.5 else hostile_text(rng, longest=20) for _ in range(3))


def test_hostile_names_and_notes_are_inert_in_everything_sent(app: App, clock: FrozenClock, soak: bool) -> None:
    rng = random.Random(17)
    count = 10_000 if soak else 400
    owner = app.ensure_local_user("alice").id
    assert owner is not None
    found = {"bidi": 0, "telegram markup": 0, "telegram mention": 0, "slack special": 0, "live links": 0}
    for n in range(count):
        name = (_hostile(rng)[:150] or "x") + f" {n}"
        with app.services.session() as session:
            contact = contacts.create(session=session, full_name=name, owner_id=owner, now=clock.now())
            contact.notes = _hostile(rng)[:3000]
            session.add(contact)
            session.flush()
            stored = session.get(Contact, contact.id)
            assert stored is not None
            card = cards.contact_card(
                contacts.details(session=session, contact=stored), now=clock.now(), tz=UTC, lang="en"
            )
        reply = cards_reply(card, stored.notes or "")
        for message in telegram_render.to_messages(reply):
            outside_tags = OUR_TAGS.sub("", message.text)
            found["telegram markup"] += "<" in outside_tags or ">" in outside_tags
            found["telegram mention"] += bool(TELEGRAM_MENTION.search(message.text))
            found["bidi"] += bool(BIDI.search(message.text))
            found["live links"] += bool(LINK.search(message.text))
        for page in slack_render.to_messages(reply):
            shown = page.text + str(page.blocks)
            found["slack special"] += bool(SLACK_SPECIAL.search(shown))
            found["bidi"] += bool(BIDI.search(shown))
    print(f"\n{count} hostile names and notes: {found}")
    live = found.pop("live links")
    assert found == dict.fromkeys(found, 0)
    # A URL typed into a note stays readable as text; Telegram may turn it into a link on the reader's client.
    assert live >= 0


def cards_reply(card: object, notes: str) -> object:
    from bot.types import Reply

    return Reply(f"Notes: {notes}", cards=(card,))  # type: ignore[arg-type]
