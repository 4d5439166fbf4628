"""Incoming text made safe to store and to show: no NUL, no terminal control codes, no lone surrogates."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: never meaningful in a chat message, and an
# escape sequence stored in a name would repaint a terminal that shows it. Lone surrogates come from
# undecodable bytes (surrogateescape) and cannot be encoded to UTF-8 or stored in PostgreSQL.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    text = _SURROGATES.sub("\ufffd", text)
    return _CONTROLS.sub(lambda m: " " if m.group(0) in "\r\x0b\x0c" else "", text)
