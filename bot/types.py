"""Platform-neutral message and reply types. Adapters translate to and from these."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.nlu.understanding import Understanding


@dataclass(frozen=True)
class UserRef:
    platform: str
    user_id: str
    display_name: str | None = None
    email: str | None = None
    team_id: str | None = None
    # Reads the e-mail address the platform verified for this account, for an adapter whose settings trust it:
    # the dispatcher calls it only for an account not linked yet, and links it to the one staff member with
    # that address (bot/identity.py). Fetched lazily, so linked staff cost no platform call.
    verified_email: Callable[[], Awaitable[str | None]] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class ConversationRef:
    platform: str
    chat_id: str
    is_private: bool = True
    thread_id: str | None = None


@dataclass(frozen=True)
class MessageRef:
    platform: str
    chat_id: str
    message_id: str


class AttachmentTooLarge(Exception):
    """The platform's file turned out bigger than the limit the handler allowed (found while downloading)."""


class AttachmentUnavailable(Exception):
    """The platform would not hand the file over (gone, never existed, or not ours to read)."""


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message. ``size`` is what the platform announced; the bytes come from ``read``.

    Adapters pass ``fetch`` rather than the bytes, so a file is downloaded only once the handler has checked the
    sender, the size and the type: a refused upload never leaves the platform.
    """

    name: str
    mime: str | None = None
    size: int = 0
    data: bytes | None = None
    fetch: Callable[[int], Awaitable[bytes]] | None = field(default=None, compare=False, repr=False)

    async def read(self, limit: int) -> bytes:
        """The file's bytes; raises AttachmentTooLarge past ``limit`` bytes (fetch stops reading there)."""
        if self.data is not None:
            data = self.data
        elif self.fetch is not None:
            data = await self.fetch(limit)
        else:
            data = b""
        if len(data) > limit:
            raise AttachmentTooLarge(self.name)
        return data


@dataclass(frozen=True)
class IncomingMessage:
    user: UserRef
    conversation: ConversationRef
    text: str
    message_id: str | None = None
    # Platform event id (Telegram update_id, Slack event_id): a redelivery carries the same one.
    event_id: str | None = None
    received_at: datetime | None = None  # the dispatcher's clock when the adapter leaves it out
    attachments: tuple[Attachment, ...] = ()
    # The conversation is the sender's direct chat with the bot on a platform where that chat has an id of its
    # own (a Slack DM channel): the dispatcher remembers it as where nudges reach this staff member.
    direct_chat: bool = False


@dataclass(frozen=True)
class Button:
    label: str
    action: str
    value: str = ""
    style: str | None = None  # "primary" / "danger", where the platform has such a thing


@dataclass(frozen=True)
class ActionEvent:
    """A button press (or a menu choice) coming back from a platform."""

    user: UserRef
    conversation: ConversationRef
    action: str
    value: str = ""
    message: MessageRef | None = None
    event_id: str | None = None


@dataclass(frozen=True)
class Card:
    """A record to show: title line, labelled fields, a few lines of detail."""

    title: str
    subtitle: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Acted:
    """What a handler acted on or answered, as stored, for the console's JSON ``entities`` (built once, from this
    and the understanding, by ``bot/reply_entities.py``; handlers never write that dictionary themselves).

    ``echo`` starts from what the message was understood to say (a write echoes the message, corrected by what was
    stored); without it only what is set here is reported. ``details`` are a capability's own facts (an import's
    counts, a question's dimension and period, a changed setting), reported after the rest in the order given."""

    echo: bool = False
    # The understanding to echo when it is not this message's own: a date question asked again about the
    # message it was first asked about.
    echoed: Understanding | None = None
    question: str | None = None  # which question an answer answered: "revenue", "brief", "facts"…
    subject: str | None = None  # whom or what a question was about, as stored
    until: datetime | None = None
    company: str | None = None
    deal: str | None = None
    stage: str | None = None
    contact: str | None = None
    product: str | None = None
    quantity: int | None = None
    amount_minor: int | None = None
    currency: str | None = None
    kind: str | None = None
    date: datetime | None = None
    birthday: str | None = None  # "MM-DD" or "YYYY-MM-DD"
    follow_up: datetime | None = None
    days: int | None = None
    details: tuple[tuple[str, Any], ...] = ()
    # Whether ``contact`` becomes the conversation's focus ("her" next): not the first line of a list of several
    focus: bool = True


@dataclass(frozen=True)
class Reply:
    """One answer. ``text`` is plain text: renderers escape it, so stored data can carry no markup."""

    text: str
    cards: tuple[Card, ...] = ()
    buttons: tuple[Button, ...] = ()
    intent: str | None = None
    # What the handler acted on; the dispatcher turns it into ``entities`` (the console's JSON), which handlers
    # leave alone.
    acted: Acted | None = None
    entities: dict[str, Any] = field(default_factory=dict)
    image_path: str | None = None
    # Set when the reply answers a button press and should replace the message the button sat on.
    replaces: MessageRef | None = None
    # Nudge id when the reply is a reminder (the adapters record where it went).
    nudge_id: int | None = None
    # A courtesy the adapter may drop rather than wait for a send slot (a refusal to a stranger): under a flood
    # of strangers, answers to staff never queue behind them.
    best_effort: bool = False
    # A nudge's dedupe key: an adapter that can attach it to the message (Slack's metadata) lets a resend after a
    # crash find the first copy instead of posting a second (bot/adapters/base.py: DeliveredFinder).
    dedupe_key: str | None = None


def as_list(result: Reply | list[Reply] | None) -> list[Reply]:
    if result is None:
        return []
    return [result] if isinstance(result, Reply) else list(result)
