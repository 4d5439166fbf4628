"""Structurally broken files and rows, found before anything is cleaned: a broken row is reported by its line
and never becomes a contact.

Spreadsheet exports break in a few known ways: an unbalanced quote swallows the rows after it into one cell
(two people become one), a row cut short loses its last columns, a cell runs past any sane size, and a file
saved in a legacy Asian encoding decodes as Windows-1252 mojibake that still looks like text.
"""

from __future__ import annotations

import codecs
from pathlib import Path

MAX_CELL = 1 << 20  # characters: the csv module's own limit (128 KiB) is raised to this, and bigger is broken
# Windows-1252's punctuation block: rare in real European text, most of what Shift-JIS or GBK bytes become.
_CP1252_SPECIALS = frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))
_LEGACY_ASIAN = ("cp932", "gb18030", "big5", "euc_kr")


def mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 text with a few damaged bytes (more good non-ASCII characters than bad bytes)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return good > bad


def legacy_asian(data: bytes) -> str | None:
    """The legacy CJK encoding a non-UTF-8 file is in, when its Windows-1252 reading is clearly mojibake."""
    western = data.decode("cp1252", errors="replace")
    high = [ch for ch in western if ord(ch) > 127]
    if len(high) < 4 or sum(ch in _CP1252_SPECIALS for ch in high) * 4 < len(high):
        return None
    for encoding in _LEGACY_ASIAN:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def check_legacy(path: Path) -> None:
    """Refuse a file whose Windows-1252 reading would be mojibake (raises ValueError naming the problem)."""
    found = legacy_asian(path.read_bytes())
    if found is not None:
        raise ValueError(
            f"{path.name}: the file is not UTF-8 (it looks like {found}); save it as UTF-8 (CSV UTF-8) and send it again"
        )


def row_problem(values: list[str], *, width: int, first: int, last: int, delimiter: str) -> str | None:
    """Why a CSV record (physical lines first..last) cannot be trusted, or None."""
    if any("\ud800" <= ch <= "\udfff" for value in values for ch in value):
        return f"line {first}: bytes that are not UTF-8 text"
    if len(values) < width:
        return f"line {first}: {len(values)} of the {width} columns (the row is cut short)"
    if len(values) > width:
        return f"line {first}: {len(values)} columns but the header has {width} (a stray delimiter or quote?)"
    if last > first and width >= 3:
        for value in values:
            later = value.split("\n")[1:]
            if any(line.count(delimiter) >= width - 1 for line in later):
                return f"lines {first}-{last}: a quote is not closed, so rows ran into one another"
    return None


def utf8_with_damage(path: Path) -> bool:
    """Whether a file that is not clean UTF-8 is still UTF-8 with a few bad bytes (read row by row then)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(path.read_bytes(), final=True)
        return False
    except UnicodeDecodeError:
        return mostly_utf8(path.read_bytes())
