"""Raw rows -> typed records, or a rejection with the reason. Pure: runs in a worker process on big files."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from config.languages import LANGUAGES
from storage.importer.sources import RawRow
from storage.importer.values import (
    BadValue,
    blank,
    parse_day,
    parse_email,
    parse_instant,
    parse_money,
    parse_phone,
    parse_quantity,
)
from storage.models import INTERACTION_KINDS, STAGES
from storage.normalize import clean_display, search_key
from storage.textguard import FREE_TEXT_LIMIT
from storage.textguard import clean as clean_text

NAME_LIMIT = 200  # the name columns of contact, organization and product
LIMITS = {"name": NAME_LIMIT, "company": NAME_LIMIT, "product": NAME_LIMIT, "notes": FREE_TEXT_LIMIT}
LIMITS["summary"] = FREE_TEXT_LIMIT


@dataclass(frozen=True)
class CleanOptions:
    kind: str = "contacts"
    region: str | None = None
    day_first: bool = True
    tz: str = "UTC"
    currency: str = "EUR"


@dataclass(slots=True)
class Rejected:
    line: int
    reason: str
    name: str | None = None


@dataclass(slots=True)
class ContactRecord:
    line: int
    name: str
    key: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    company: str | None = None
    company_key: str = ""
    birthday: tuple[int, int, int | None] | None = None
    tags: list[str] = field(default_factory=list)
    stage: str | None = None
    notes: str | None = None
    tier: str | None = None
    language: str | None = None
    channel: str | None = None
    owner: str | None = None
    warnings: list[str] = field(default_factory=list)  # fields dropped, each with why


@dataclass(slots=True)
class ActivityRecord:
    """An interaction or a purchase, with the contact it is about as the file names them."""

    line: int
    contact_name: str | None
    contact_key: str
    company_key: str
    email: str | None
    phone: str | None
    occurred_at: datetime
    owner: str | None
    kind: str = "note"
    summary: str = ""
    product: str | None = None
    quantity: int = 1
    amount_minor: int = 0
    currency: str = "EUR"

    def fingerprint(self, contact_id: int) -> str:
        """Stable id of this record for one contact: re-importing the same file inserts nothing."""
        parts = [str(contact_id), self.occurred_at.isoformat(), self.kind, self.summary, self.product or ""]
        parts += [str(self.quantity), str(self.amount_minor), self.currency]
        return "imp:" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


Record = ContactRecord | ActivityRecord | Rejected


def _present(row: RawRow, name: str) -> list[str]:
    values = row.fields.get(name)
    return [v for v in values if not blank(v)] if values else []


def _one(row: RawRow, name: str) -> str | None:
    for value in row.fields.get(name) or ():
        if not blank(value):
            return value
    return None


def _split(values: list[str]) -> list[str]:
    """Cells holding several values ("a@x.pt; b@y.pt", "+351 1 / +351 2")."""
    out: list[str] = []
    for value in values:
        for sep in (";", "|", " / ", "\n"):
            value = value.replace(sep, "\x00")
        out.extend(p.strip() for p in value.split("\x00") if p.strip())
    return out


def _display(text: str) -> str:
    # Printable text has no control or bidi characters: collapsing spaces is all clean_display would do.
    return " ".join(text.split()) if text.isprintable() else clean_display(text)


def _too_long(**values: str | None) -> str | None:
    """The first value over the store's limit for its field, as a reason for the row's rejection."""
    for field_name, value in values.items():
        limit = LIMITS[field_name]
        if value is not None and len(value) > limit:
            return f"too long for the {field_name}: {len(value)} characters, and the limit is {limit}"
    return None


_ASCII_NON_WORD = re.compile(r"[^a-z0-9_\s@.+-]+")


def _key(text: str) -> str:
    """search_key, with a fast path for plain ASCII (the same result, a fifth of the time)."""
    if text.isascii():
        return " ".join(_ASCII_NON_WORD.sub(" ", text.lower()).split())
    return search_key(text)


_cached_key = lru_cache(maxsize=65536)(_key)


def _name(row: RawRow) -> str | None:
    name = _one(row, "name")
    if name is None:
        name = " ".join(p for p in (_one(row, "first_name"), _one(row, "last_name")) if p) or None
    return _display(name) if name else None


def _tag(text: str) -> str:
    return _cached_key(text.lstrip("#")).replace(" ", "-")[:60]


def contact(row: RawRow, opts: CleanOptions) -> ContactRecord | Rejected:
    """A row becomes a contact whenever it has a usable name: a bad phone, email, birthday or stage is dropped
    with a warning (the rest of the row is worth more than one mistyped cell); only a nameless row is rejected."""
    warnings: list[str] = []
    name = _name(row)
    if row.problem is not None:
        return Rejected(row.line, row.problem, name[:NAME_LIMIT] if name else None)
    if name and _is_formula(name):
        warnings.append(f'name "{name}" is a spreadsheet formula')
        name = None
    key = _key(name) if name else ""
    if not name or not key:
        return Rejected(row.line, "no name" + (f" ({warnings[0]})" if warnings else ""), _one(row, "email"))
    region = _region(_one(row, "country")) or opts.region
    emails = _kept(_split(_present(row, "email")), parse_email, "email", warnings)
    phones = _kept(_split(_present(row, "phone")), lambda v: parse_phone(v, region=region), "phone", warnings)
    day = _one(row, "birthday")
    birthday = None
    if day:
        try:
            birthday = parse_day(day, day_first=opts.day_first)
        except BadValue as exc:
            warnings.append(f"birthday dropped: {exc}")
    stage = _one(row, "stage")
    if stage is not None:
        stage = _cached_key(stage)
        if stage not in STAGES:
            warnings.append(f'stage dropped: "{stage}" is not a stage ({", ".join(STAGES)})')
            stage = None
    company = _one(row, "company")
    if company and _is_formula(company):
        warnings.append(f'company dropped: "{company}" is a spreadsheet formula')
        company = None
    notes = _one(row, "notes")
    if notes and _is_formula(notes):
        warnings.append("notes dropped: a spreadsheet formula")
        notes = None
    company = _display(company) if company else None
    notes = clean_text(notes) if notes else None
    too_long = _too_long(name=name, company=company, notes=notes)
    if too_long:
        return Rejected(row.line, too_long, name[:NAME_LIMIT])
    tags = [t for v in _present(row, "tags") for t in v.replace(";", ",").split(",") if _tag(t)]
    return ContactRecord(
        line=row.line,
        name=name,
        key=key,
        emails=list(dict.fromkeys(emails)),
        phones=list(dict.fromkeys(phones)),
        company=company,
        company_key=_cached_key(company) if company else "",
        birthday=birthday,
        tags=list(dict.fromkeys(_tag(t) for t in tags)),
        stage=stage,
        notes=notes,
        tier=(_one(row, "tier") or "")[:32] or None,
        language=(_one(row, "language") or "")[:8] or None,
        channel=(_one(row, "channel") or "")[:16] or None,
        owner=_one(row, "owner"),
        warnings=warnings,
    )


def _kept(values: list[str], parse: Callable[[str], str], field_name: str, warnings: list[str]) -> list[str]:
    out = []
    for value in values:
        if blank(value):
            continue
        try:
            out.append(parse(value))
        except BadValue as exc:
            warnings.append(f"{field_name} dropped: {exc}")
    return out


def _is_formula(value: str) -> bool:
    """A cell a spreadsheet would run ("=HYPERLINK(...)", "=cmd|..."): never a name or a value of ours."""
    return value[:1] == "=" or (value[:1] in "+@" and "(" in value and ")" in value)


@lru_cache(maxsize=512)
def _region(country: str | None) -> str | None:
    """The row's country as a phone region: "PT", "pt", "Portugal", "France", "Deutschland"."""
    if not country:
        return None
    text = country.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    from babel import Locale

    wanted = search_key(text)
    for lang in (*LANGUAGES, "de", "nl"):  # staff languages, and the neighbours' names for countries
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and search_key(name) == wanted:
                return code
    return None


_KIND_WORDS = {
    "phone": "call", "phone call": "call", "ligacao": "call", "chamada": "call", "llamada": "call",
    "appel": "call", "chiamata": "call", "telefon": "call", "hivas": "call", "reuniao": "meeting",
    "reunion": "meeting", "riunione": "meeting", "talalkozo": "meeting", "mail": "email", "e mail": "email",
    "sms": "message", "whatsapp": "message", "chat": "message", "mensagem": "message", "mensaje": "message",
    "nota": "note", "remarque": "note", "megjegyzes": "note", "visita": "visit", "visite": "visit",
    "latogatas": "visit", "lunch": "meeting", "demo": "meeting",
}  # fmt: skip


def activity(row: RawRow, opts: CleanOptions) -> ActivityRecord | Rejected:
    name = _name(row)
    if row.problem is not None:
        return Rejected(row.line, row.problem, name[:NAME_LIMIT] if name else None)
    try:
        email = next((parse_email(v) for v in _split(_present(row, "email"))), None)
        phone = next((parse_phone(v, region=opts.region) for v in _split(_present(row, "phone"))), None)
        when = _one(row, "date")
        if when is None:
            return Rejected(row.line, "no date", name)
        occurred = parse_instant(when, tz=ZoneInfo(opts.tz), day_first=opts.day_first)
        record = ActivityRecord(
            line=row.line,
            contact_name=name,
            contact_key=search_key(name or ""),
            company_key=search_key(_one(row, "company") or ""),
            email=email,
            phone=phone,
            occurred_at=occurred,
            owner=_one(row, "owner"),
        )
        if not (name or email or phone):
            return Rejected(row.line, "no contact name, email or phone", None)
        if opts.kind == "purchases":
            _purchase_fields(record, row, opts)
        else:
            kind = search_key(_one(row, "kind") or "note")
            record.kind = kind if kind in INTERACTION_KINDS else _KIND_WORDS.get(kind, "")
            if not record.kind:
                return Rejected(row.line, f'"{kind}" is not an interaction kind ({", ".join(INTERACTION_KINDS)})', name)
            record.summary = (_one(row, "summary") or _one(row, "notes") or "").strip()
    except BadValue as exc:
        return Rejected(row.line, str(exc), name)
    record.summary = clean_text(record.summary)
    too_long = _too_long(name=name, summary=record.summary, product=record.product)
    return Rejected(row.line, too_long, (name or "")[:NAME_LIMIT] or None) if too_long else record


def _purchase_fields(record: ActivityRecord, row: RawRow, opts: CleanOptions) -> None:
    product = _one(row, "product")
    amount = _one(row, "amount")
    if product is None and amount is None:
        raise BadValue("no product and no amount")
    record.product = clean_display(product) if product else None
    quantity = _one(row, "quantity")
    record.quantity = parse_quantity(quantity) if quantity else 1
    if amount is not None:
        record.amount_minor, record.currency = parse_money(
            amount, currency=_one(row, "currency"), default_currency=opts.currency
        )
    else:
        record.currency = (_one(row, "currency") or opts.currency).upper()[:3]
    record.summary = (_one(row, "summary") or _one(row, "notes") or "").strip()


def clean(row: RawRow, opts: CleanOptions) -> Record:
    if row.error:
        return Rejected(row.line, row.error)
    return contact(row, opts) if opts.kind == "contacts" else activity(row, opts)
