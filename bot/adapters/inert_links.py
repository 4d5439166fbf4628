"""Stored text that cannot become a link: a URL in a note or a name is shown, never made clickable.

Telegram and Slack turn "https://…", "www.…" and bare domains ("evil.example.com") into live links by
themselves, so a note or an imported name could carry a link that looks like ours. An invisible word joiner
after the scheme's colon and before each dot of a domain breaks their link detection and shows the same
characters. E-mail addresses are left whole: staff copy them from a card to write.
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,15}):(?=//)")
# Top-level domains a link detector takes: every two-letter country code and the common generic ones. A file
# name ("contacts.csv", "deck.pdf") ends otherwise and stays as written.
_GENERIC = "com|net|org|info|biz|edu|gov|int|mil|io|app|dev|xyz|online|site|shop|store|tech|cloud|link|click|live|pro|name|mobi|asia|tel|travel|museum|top|club|vip|work|page"
# a dotted name ending in such a domain ("evil.example.com", "bit.ly/x"), not an e-mail's domain or "e.g."
_DOMAIN = re.compile(rf"(?<![@\w.-])((?:[a-z0-9][a-z0-9-]*\.)+)([a-z]{{2}}|{_GENERIC})\b(?![.-]?\w)", re.IGNORECASE)


def _domain(match: re.Match[str]) -> str:
    labels = match.group(1).split(".")[:-1]
    if all(len(label) <= 1 for label in labels):
        return match.group(0)  # "e.g.", "i.e.", "J.R." stay as written
    return f"{WORD_JOINER}.".join(labels) + f"{WORD_JOINER}." + match.group(2)


def defang(text: str) -> str:
    """``text`` with every URL and domain shown but not linkable (see above)."""
    if "." not in text and ":" not in text:
        return text
    return _DOMAIN.sub(_domain, _SCHEME.sub(lambda m: m.group(1) + ":" + WORD_JOINER, text))
