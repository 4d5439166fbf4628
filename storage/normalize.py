"""Canonical forms of names, phones and emails, used for storage keys and matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s@.+-]", re.UNICODE)


# A message's spans, its candidates' names and their words are keyed again and again (tens of calls a message,
# mostly the same strings): the keys are remembered, a bounded number of them.
@lru_cache(maxsize=8192)
def search_key(text: str) -> str:
    """Accent- and case-insensitive key: "João  Silva" -> "joao silva"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = _NON_WORD.sub(" ", stripped.casefold())
    return _SPACES.sub(" ", cleaned).strip()


def clean_display(text: str) -> str:
    """Collapse whitespace and drop control and format characters (bidi overrides) from a name as typed.

    Not clipped: a name longer than the store keeps is refused with a clear message (storage.textguard).
    Zero-width joiners stay, or family and flag emoji would fall apart.
    """
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in " \u200d")
    return _SPACES.sub(" ", visible).strip()


def phone_e164(raw: str, *, region: str | None = None) -> str | None:
    """E.164 form of a phone number, or None when it is not a valid number."""
    import phonenumbers  # here: ~35 ms of a cold start, needed only when a number is given

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email_normal(raw: str) -> str | None:
    """Normalized email address, or None when it is not a valid address (no DNS look-up)."""
    # Imported here: it compiles its grammar at import (~40 ms of every start) and few messages hold an address.
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None
