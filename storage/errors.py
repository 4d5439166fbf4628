"""Errors meant for the people using the bot: a text key and its values, translated at the edge.

Any layer may raise them (storage included, which is why they live here, at the bottom): the dispatcher's
error guard renders them in the reader's language from ``bot/texts/<lang>.py``, the command line in English.
A plain ``ValueError`` or ``PermissionError`` is a programming error and gets the generic "something went
wrong" answer, however it was raised.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Term:
    """A value that is itself a text key ("that contact"), translated together with the message."""

    key: str


class UserError(ValueError):
    """Bad input the user can fix; shown as "<text> Nothing was saved." ``ValueError`` for callers that
    already catch one (the command line, the importer)."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values

    def text(self, translate: Callable[..., str]) -> str:
        """The message through ``translate(key, **values)`` (``ctx.t``, or ``partial(t, lang)``)."""
        values = {name: translate(v.key) if isinstance(v, Term) else v for name, v in self.values.items()}
        return translate(self.key, **values)

    def __str__(self) -> str:  # for logs: the key and its values, never a translation
        shown = ", ".join(f"{name}={value!r}" for name, value in self.values.items())
        return f"{self.key}({shown})" if shown else self.key


class Refusal(UserError, PermissionError):
    """Not allowed for this sender; shown as it is (nothing was attempted, so no "nothing was saved")."""


class NotFound(UserError, LookupError):
    """No record, or several, answer to what the user typed; ``LookupError`` for callers that catch one."""
