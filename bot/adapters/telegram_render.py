"""Pure rendering of neutral replies into Telegram HTML messages and inline keyboards.

Every piece of text that comes from a reply (and so maybe from the store) is escaped here, in one place:
a contact named ``<b>x</b>`` shows literally. Markup is only ever added by this module.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass

from bot.adapters.inert_links import defang
from bot.inputs import ascii_int
from bot.types import Button, Card, Reply

log = logging.getLogger(__name__)

MAX_TEXT = 4096  # Telegram's limit for one message, counted here in UTF-16 units to be safe with emoji
MAX_CALLBACK_BYTES = 64
MAX_LABEL = 60
PAGE_SIZE = 8
MAX_PAGES = 10_000  # a page number beyond any list we send is forged

# Short, stable codes for our action ids so callback data stays far under 64 bytes. Buttons on old
# messages carry these codes, so a code is never reused or renumbered; new actions get new codes.
ACTION_CODES: dict[str, str] = {
    "crm:contact.pick": "p",
    "crm:contact.create": "c",
    "crm:contact.show": "s",
    "crm:cancel": "x",
    "crm:followup.done": "fd",
    "crm:followup.snooze1d": "f1",
    "crm:followup.snooze1w": "f7",
    "crm:nudge.done": "nd",
    "crm:nudge.snooze1d": "n1",
    "crm:nudge.snooze1w": "n7",
    "crm:nudge.log": "nl",
}
_ACTIONS_BY_CODE = {code: action for action, code in ACTION_CODES.items()}
_ACTION_ID = re.compile(r"crm:[a-z0-9_]+(?:\.[a-z0-9_]+)*")


@dataclass(frozen=True)
class KeyButton:
    text: str
    data: str


Keyboard = tuple[tuple[KeyButton, ...], ...]


@dataclass(frozen=True)
class Rendered:
    """One Telegram message: HTML text and an inline keyboard (rows of buttons)."""

    text: str
    keyboard: Keyboard = ()


@dataclass(frozen=True)
class ActionData:
    action: str
    value: str


@dataclass(frozen=True)
class PageData:
    token: str
    page: int


WORD_JOINER = "\u2060"
# Telegram turns "@name" in plain text into a mention (a ping in a group) and a "/word" at a word start into a
# command one tap sends as the reader. Stored text must do neither: an invisible word joiner after the "@" or
# "/" breaks the entity and shows the same characters. Hints naming our own commands ("/link CODE": the names
# of the command menu, passed in as ``commands``) stay tappable; "/cmd@otherbot" never does. "a@b.c" in an
# email is left alone; links are made inert by bot/adapters/inert_links.py.
_AT = re.compile(r"(?<!\w)@(?=\w)")
_SLASH = re.compile(r"(?<![\w/:.<])/(\w+)(@\w+)?")  # "<" : a closing tag typed in a name stays as typed
Commands = frozenset[str]
NONE: Commands = frozenset()


def neutralise(text: str, commands: Commands = NONE) -> str:
    """No mention, no foreign command and no link from stored text (see above and bot/adapters/inert_links.py)."""

    def slash(match: re.Match[str]) -> str:
        if match.group(1).lower() in commands and not match.group(2):
            return match.group(0)
        return "/" + WORD_JOINER + match.group(0)[1:]

    return defang(_SLASH.sub(slash, _AT.sub("@" + WORD_JOINER, text)))


def escape(text: str, commands: Commands = NONE) -> str:
    # quote=False: quotes need no escaping outside attributes, and Telegram shows &#x27; literally in some clients.
    return html.escape(neutralise(text, commands), quote=False)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# -- callback data -------------------------------------------------------------------------------------


def encode_action(action: str, value: str) -> str | None:
    """Callback data for a button, or None when it cannot fit in Telegram's 64 bytes."""
    code = ACTION_CODES.get(action)
    data = f"a:{code}:{value}" if code else f"u:{action}|{value}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        return None
    return data


def encode_page(token: str, page: int) -> str:
    return f"pg:{token}:{page}"


def decode(data: str) -> ActionData | PageData | None:
    """What a pressed button meant; None for data we never produced (or a code since retired).

    Strict, because a client can send any data: more than Telegram's 64 bytes, anything but printable ASCII
    (lone surrogates included) or an action id we could not have named is refused here.
    """
    if len(data) > MAX_CALLBACK_BYTES or not (data.isascii() and data.isprintable()):
        return None
    kind, _, rest = data.partition(":")
    if kind == "a":
        code, sep, value = rest.partition(":")
        action = _ACTIONS_BY_CODE.get(code)
        return ActionData(action, value) if action and sep else None
    if kind == "u":
        action, sep, value = rest.partition("|")
        return ActionData(action, value) if sep and _ACTION_ID.fullmatch(action) else None
    if kind == "pg":
        token, _, page = rest.rpartition(":")
        number = ascii_int(page, high=MAX_PAGES)
        return PageData(token, number) if token and number is not None else None
    return None


# -- keyboards -----------------------------------------------------------------------------------------


def _label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def _rows(buttons: list[KeyButton]) -> Keyboard:
    """Short labels side by side (Done / Snooze), long ones (a name and a company) one per row."""
    longest = max((len(b.text) for b in buttons), default=0)
    per_row = 3 if longest <= 12 else 2 if longest <= 20 else 1
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


def key_buttons(buttons: tuple[Button, ...]) -> list[KeyButton]:
    keys = []
    for b in buttons:
        data = encode_action(b.action, b.value)
        if data is None:
            log.warning("button %r dropped: its callback data would exceed 64 bytes", b.action)
            continue
        keys.append(KeyButton(_label(b.label), data))
    return keys


def page_count(buttons: tuple[Button, ...], page_size: int = PAGE_SIZE) -> int:
    return max(1, -(-len(buttons) // page_size))


def keyboard(
    buttons: tuple[Button, ...], *, page: int = 0, token: str | None = None, page_size: int = PAGE_SIZE
) -> Keyboard:
    """The inline keyboard; more than a page of buttons shows one page and a ‹ n/m › row (needs ``token``)."""
    if not buttons:
        return ()
    pages = page_count(buttons, page_size)
    if pages == 1 or token is None:
        return _rows(key_buttons(buttons[:page_size] if token is None else buttons))
    page = min(max(page, 0), pages - 1)
    rows = _rows(key_buttons(buttons[page * page_size : (page + 1) * page_size]))
    nav = []
    if page > 0:
        nav.append(KeyButton("‹", encode_page(token, page - 1)))
    nav.append(KeyButton(f"{page + 1}/{pages}", encode_page(token, page)))
    if page < pages - 1:
        nav.append(KeyButton("›", encode_page(token, page + 1)))
    return (*rows, tuple(nav))


# -- text ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    plain: str  # for splitting a line too long for one message
    html: str


def _plain_line(text: str, commands: Commands) -> _Line:
    return _Line(text, escape(text, commands))


def card_lines(card: Card, commands: Commands = NONE) -> list[_Line]:
    title = card.title + (f" — {card.subtitle}" if card.subtitle else "")
    lines = [_Line(title, f"<b>{escape(title, commands)}</b>")]
    lines.extend(
        _Line(f"{label}: {value}", f"<i>{escape(label, commands)}</i>: {escape(value, commands)}")
        for label, value in card.fields
    )
    lines.extend(_plain_line(line, commands) for line in card.lines)
    return lines


def card_html(card: Card, *, commands: Commands = NONE) -> str:
    return "\n".join(line.html for line in card_lines(card, commands))


def _reply_lines(reply: Reply, commands: Commands) -> list[_Line]:
    lines = [_plain_line(line, commands) for line in reply.text.split("\n")] if reply.text else []
    for card in reply.cards:
        # Handlers often repeat the card title as the reply text; show it once, in bold.
        if lines and lines[-1].plain == card.title:
            lines.pop()
        elif lines:
            lines.append(_Line("", ""))
        lines.extend(card_lines(card, commands))
    return lines


def _hard_split(text: str, limit: int, commands: Commands = NONE) -> list[str]:
    """Cut one over-long line into escaped pieces of at most ``limit``, at spaces where possible."""
    pieces: list[str] = []
    rest = text
    while rest:
        cut = len(rest)
        while utf16_len(escape(rest[:cut], commands)) > limit:
            cut = max(1, cut * 3 // 4 if cut > 64 else cut - 1)
        if cut < len(rest):
            space = rest.rfind(" ", 0, cut)
            if space > cut // 2:
                cut = space + 1
        pieces.append(escape(rest[:cut].rstrip(" "), commands))
        rest = rest[cut:]
    return pieces


def split_text(lines: list[_Line], limit: int = MAX_TEXT, commands: Commands = NONE) -> list[str]:
    """Pack lines into messages of at most ``limit``; tags never straddle a cut (each line closes its own)."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        parts = [line.html] if utf16_len(line.html) <= limit else _hard_split(line.plain, limit, commands)
        for part in parts:
            extra = utf16_len(part) + (1 if current else 0)
            if current and size + extra > limit:
                chunks.append("\n".join(current))
                current, size = [], 0
                extra = utf16_len(part)
            current.append(part)
            size += extra
    if current:
        chunks.append("\n".join(current))
    return [c for c in chunks if c.strip()]


def to_messages(
    reply: Reply, *, page_token: str | None = None, limit: int = MAX_TEXT, commands: Commands = NONE
) -> list[Rendered]:
    """The messages for one reply; the keyboard rides on the last one, under the text it belongs to.
    ``commands``: the bot's own command names, whose hints stay tappable."""
    chunks = split_text(_reply_lines(reply, commands), limit, commands)
    keys = keyboard(reply.buttons, token=page_token)
    if not chunks:
        # A keyboard needs some text to sit on.
        return [Rendered("…", keys)] if keys else []
    return [Rendered(text) for text in chunks[:-1]] + [Rendered(chunks[-1], keys)]


def needs_pages(reply: Reply) -> bool:
    return page_count(reply.buttons) > 1
