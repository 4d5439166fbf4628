"""Requests a platform makes besides messages and button presses, each with its own neutral answer.

An inline query ("@bot mar"), an App Home tab opened, a shortcut that opens a form, a form field asking for
choices, a form submitted, the command menu a platform shows: the adapter translates each into one of these
and awaits ``Dispatcher.answer``, which identifies the sender like every message (a stranger gets
``declined``), routes by type and ``route`` to the handler a capability module registered with
``router.request``, and returns the answer for the adapter's renderer. Nothing here is platform-specific.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from bot.types import Card, ConversationRef, Reply, UserRef

R = TypeVar("R")
FieldValue = str | date | None


class Request(Generic[R]):
    """What every request has: who asks (None at start-up), where, the key the router picks its handler by,
    and the answer a stranger (or a failure, or a request no handler takes) gets."""

    user: UserRef | None
    conversation: ConversationRef | None = None

    @property
    def platform(self) -> str:
        assert self.user is not None
        return self.user.platform

    @property
    def route(self) -> str:
        return ""

    def declined(self, text: str) -> R:
        raise NotImplementedError


# -- inline queries -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class InlineChoice:
    key: str  # stable per record, so a platform can cache or report the choice
    title: str
    description: str
    card: Card  # what is posted when the choice is picked (in any chat: keep it minimal)


@dataclass(frozen=True)
class InlineResults:
    choices: tuple[InlineChoice, ...] = ()
    next_offset: int | None = None  # None: this was the last page


@dataclass(frozen=True)
class InlineQuery(Request[InlineResults]):
    """Text typed after the bot's name in any chat; ``offset`` is where the next page starts."""

    user: UserRef
    text: str
    offset: int = 0

    def declined(self, text: str) -> InlineResults:
        return InlineResults()  # an inline answer has no room for a sentence


# -- a home page --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HomeOpened(Request[Reply]):
    """The user opened the bot's home page (Slack's App Home tab); the answer is shown there."""

    user: UserRef

    def declined(self, text: str) -> Reply:
        return Reply(text, intent="home")


# -- the command menu ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Menu:
    entries: tuple[tuple[str, str], ...] = ()  # (command name without "/", one-line description)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.entries)


@dataclass(frozen=True)
class MenuWanted(Request[Menu]):
    """The command list a platform shows (Telegram's "/" menu), asked for at start-up: in the default language."""

    on: str  # the platform
    user: UserRef | None = None

    @property
    def platform(self) -> str:
        return self.on

    def declined(self, text: str) -> Menu:
        return Menu()


# -- forms --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormField:
    """One input. ``kind``: "search" (choices come from a FieldSearch as the user types), "choice" (from
    ``choices``), "date" (``initial`` an ISO date), "text" (several lines)."""

    key: str  # also how the platform names the input, so its value and its error come back under it
    label: str
    kind: str
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    initial: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class Form:
    name: str  # comes back as FormSubmitted.form
    title: str
    submit: str
    cancel: str
    fields: tuple[FormField, ...]
    # Carried by the platform and handed back on submit (where the form was opened from).
    metadata: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Shortcut(Request["Form | Reply"]):
    """A named shortcut the user picked, on a message (``text`` and ``source``, its platform id) or alone.
    The answer is a form to open, or a reply to send the user instead."""

    user: UserRef
    name: str
    text: str = ""
    source: str | None = None
    conversation: ConversationRef | None = None

    @property
    def route(self) -> str:
        return self.name

    def declined(self, text: str) -> Form | Reply:
        return Reply(text)


@dataclass(frozen=True)
class Choices:
    items: tuple[tuple[str, str], ...] = ()  # (value, label)


@dataclass(frozen=True)
class FieldSearch(Request[Choices]):
    """A "search" field of an open form asking for choices matching what the user typed."""

    user: UserRef
    field: str
    query: str

    @property
    def route(self) -> str:
        return self.field

    def declined(self, text: str) -> Choices:
        return Choices()


@dataclass(frozen=True)
class FormOutcome:
    """Problems to show in the form by field key (the form stays open), or the form closes and ``reply``
    (if any) goes to the user in a direct message."""

    errors: dict[str, str] = field(default_factory=dict)
    reply: Reply | None = None


@dataclass(frozen=True)
class FormSubmitted(Request[FormOutcome]):
    """A form sent back: its values by field key, and the keys whose values the platform could not read (a
    forged submission)."""

    user: UserRef
    form: str
    values: dict[str, FieldValue]
    unreadable: frozenset[str] = frozenset()
    metadata: dict[str, object] = field(default_factory=dict)
    submission_id: str | None = None  # the platform's id of this form instance: a double submit is one

    @property
    def route(self) -> str:
        return self.form

    def declined(self, text: str) -> FormOutcome:
        return FormOutcome(reply=Reply(text))
