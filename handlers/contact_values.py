"""Phones and e-mails a message holds that the value readers could not read: named back, never dropped.

"add Ingrid Berg 020 7946 0321" without a country code, or "ingrid@@bad", used to store the contact without
them and answer "Added"; the sender never learnt the number was lost.
"""

from __future__ import annotations

import re

from bot.nlu.understanding import Understanding

_EMAILISH = re.compile(r"(?<!\S)[^\s,;<>()]*\w[^\s,;<>()]*@[^\s,;<>()]*")
_PHONEISH = re.compile(r"(?<![\w.])\+?\(?\d[\d\s()\-]{5,}\d(?![\w.])")
_DATEISH = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")
MIN_PHONE_DIGITS = 7


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def unread(u: Understanding) -> tuple[str, str] | None:
    """("phone" | "email", the text as written) for the first such value the frame does not hold, else None."""
    text = u.text or ""
    for match in _EMAILISH.finditer(text):
        written = match.group(0).rstrip(".")
        if u.email is None or written.lower() != u.email.lower():
            return "email", written
    held = _digits(u.phone or "")
    for match in _PHONEISH.finditer(text):
        written = match.group(0).strip()
        digits = _digits(written)
        if len(digits) < MIN_PHONE_DIGITS or _DATEISH.fullmatch(written):
            continue
        if not held or not (held.endswith(digits.lstrip("0")) or digits.endswith(held)):
            return "phone", written
    return None
