"""Reading import files: encoding and delimiter detection, header mapping, CSV and vCard rows.

A row comes out as ``RawRow(line, fields)`` where ``fields`` maps our field names to the cell values
found for them (several for emails, phones and tags), so CSV and vCard feed the same cleaning step.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storage.importer import shape
from storage.importer.headers import detect_kind, map_headers

SAMPLE_BYTES = 64 * 1024
_BLOCK = 1 << 20


@dataclass(slots=True)
class RawRow:
    line: int
    fields: dict[str, list[str]] = field(default_factory=dict)
    error: str | None = None  # the row could not be read at all (a broken vCard): rejected with this reason
    problem: str | None = None  # the row is structurally broken: it is reported, never imported

    def first(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None


@dataclass(frozen=True)
class FileInfo:
    path: str
    format: str  # "csv" or "vcard"
    encoding: str
    delimiter: str = ","
    headers: tuple[str, ...] = ()
    fields: tuple[str | None, ...] = ()
    kind: str = "contacts"  # contacts, interactions, purchases
    errors: str = "strict"  # "surrogateescape": UTF-8 with a few damaged bytes, whose rows are reported


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 / Latin-1 (legacy Excel exports)."""
    with path.open("rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        f.seek(0)
        # The whole file is checked: one accented name near the end decides it as much as one at the top.
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for block in iter(lambda: f.read(_BLOCK), b""):
                decoder.decode(block)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        f.seek(0)
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            for block in iter(lambda: f.read(_BLOCK), b""):
                decoder.decode(block)
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"


def inspect(path: Path, *, kind: str | None = None) -> FileInfo:
    """Format, encoding, delimiter, header mapping and kind of an import file (reads a sample)."""
    encoding, errors = detect_encoding(path), "strict"
    if encoding in ("cp1252", "latin-1"):
        if shape.utf8_with_damage(path):
            encoding, errors = "utf-8", "surrogateescape"
        else:
            shape.check_legacy(path)
    with path.open("r", encoding=encoding, errors=errors, newline="") as f:
        sample = f.read(SAMPLE_BYTES)
    if sample.lstrip().upper().startswith("BEGIN:VCARD") or path.suffix.lower() in (".vcf", ".vcard"):
        return FileInfo(str(path), "vcard", encoding, kind="contacts", errors=errors)
    first_line = sample.splitlines()[0] if sample else ""
    try:
        delimiter = csv.Sniffer().sniff(sample if len(sample) < SAMPLE_BYTES else first_line, ",;\t|").delimiter
    except csv.Error:
        delimiter = max(",;\t|", key=first_line.count)
    # The Sniffer can be fooled by commas inside cells: the header line has the final word.
    if first_line.count(delimiter) == 0 and first_line.count(";") > 0:
        delimiter = ";"
    headers = next(csv.reader(io.StringIO(first_line), delimiter=delimiter), [])
    fields = map_headers([h.strip() for h in headers])
    if not any(fields):
        raise ValueError(f"{path.name}: none of the column names {headers[:6]} is one I know")
    kind = kind or detect_kind(list(fields))
    return FileInfo(str(path), "csv", encoding, delimiter, tuple(headers), tuple(fields), kind, errors)


def csv_rows(info: FileInfo) -> Iterator[RawRow]:
    """Rows of a CSV file; a structurally broken record comes out as a row carrying its ``problem``."""
    csv.field_size_limit(max(csv.field_size_limit(), shape.MAX_CELL))
    with open(info.path, encoding=info.encoding, errors=info.errors, newline="") as f:
        # strict: a quote closed in the middle of a cell, or never closed, is an error for that record.
        reader = csv.reader(f, delimiter=info.delimiter, strict=True)
        next(reader, None)
        fields, width = info.fields, len(info.headers)
        while True:
            first = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield RawRow(first, problem=f"line {first}: the row cannot be read ({exc})")
                continue
            if not any(v.strip() for v in values):
                continue
            problem = shape.row_problem(
                values, width=width, first=first, last=reader.line_num, delimiter=info.delimiter
            )
            row = RawRow(first if problem else reader.line_num, problem=problem)
            for name, value in zip(fields, values, strict=False):
                if name is not None and value.strip():
                    row.fields.setdefault(name, []).append(_unguarded(value.strip()))
            yield row


def _unguarded(value: str) -> str:
    """Our CSV export puts ' before a cell that a spreadsheet would run as a formula; take exactly that off."""
    if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_STARTS:
        return value[1:]
    return value


_FORMULA_STARTS = frozenset("=+-@\t\r")


def vcard_rows(info: FileInfo) -> Iterator[RawRow]:
    """One row per card; ``line`` is the file line its BEGIN:VCARD is on. A card that cannot be read (no END, a
    garbled property) becomes a row with an ``error``: rejected by itself, the other cards imported."""
    import vobject

    with open(info.path, encoding=info.encoding, errors=info.errors, newline="") as f:
        text = f.read()
    for start, block, problem in _card_blocks(text):
        if problem:
            yield RawRow(start, error=problem)
            continue
        try:
            card = vobject.readOne(block, ignoreUnreadable=True)
        except Exception as exc:  # vobject raises its own ParseError, ValueError, AttributeError on broken input
            yield RawRow(start, error=f"the vCard at line {start} could not be read ({type(exc).__name__})")
            continue
        yield _card_row(start, card)


def _card_blocks(text: str) -> Iterator[tuple[int, str, str | None]]:
    """(first line, card text, problem) for every BEGIN:VCARD ... END:VCARD in the file."""
    start: int | None = None
    lines: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        tag = line.strip().upper()
        if tag == "BEGIN:VCARD":
            if start is not None:
                yield start, "", f"the vCard at line {start} has no END:VCARD before the next card (line {number})"
            start, lines = number, [line]
        elif start is not None:
            lines.append(line)
            if tag == "END:VCARD":
                yield start, "\r\n".join(lines) + "\r\n", None
                start, lines = None, []
    if start is not None:
        yield start, "", f"the vCard at line {start} has no END:VCARD (the file ends first)"


def _values(card: object, name: str) -> list[str]:
    out: list[str] = []
    for item in getattr(card, "contents", {}).get(name, []):
        value = item.value
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        out.append(str(value).strip())
    return [v for v in out if v]


def _card_row(number: int, card: object) -> RawRow:
    row = RawRow(number)
    names = _values(card, "fn")
    if not names:
        for n in getattr(card, "contents", {}).get("n", []):
            parts = [n.value.given, n.value.additional, n.value.family]
            names.append(" ".join(" ".join(p) if isinstance(p, list) else p for p in parts if p).strip())
    mapping = {"name": names[:1], "email": _values(card, "email"), "phone": _values(card, "tel")}
    orgs = []
    for item in getattr(card, "contents", {}).get("org", []):
        value = item.value
        orgs.append((value[0] if isinstance(value, list) and value else str(value)).strip())
    mapping |= {"company": orgs[:1], "birthday": _values(card, "bday")[:1], "notes": _values(card, "note")[:1]}
    tags = [t.strip() for v in _values(card, "categories") for t in v.split(",")]
    mapping["tags"] = [t for t in tags if t]
    row.fields = {k: v for k, v in mapping.items() if v and any(v)}
    return row


def rows(info: FileInfo) -> Iterator[RawRow]:
    return vcard_rows(info) if info.format == "vcard" else csv_rows(info)
