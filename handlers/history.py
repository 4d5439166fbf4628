""" "Who changed Maria's phone?": every change to one field of one contact, with who and when, oldest first.

An ambiguous name ("Maria": three of them) is a question with buttons, like any other; the answer runs the
question again for the chosen person. One change reads as a sentence; several as a list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sqlmodel import Session, col, select

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import cards
from handlers.resolve import resolve
from storage import models as m

_WHO = re.compile(
    r"^who (?:changed|updated|edited|set|modified|added|touched|removed)\s+"
    r"(?:(.+?)(?:'s|’s)\s+([\w-]+(?: title)?)|the\s+([\w-]+(?: title)?)\s+(?:of|for)\s+(.+))$",
    re.I,
)
# The same question in the other staff languages: (field word, person).
_WHO_OTHER = (
    re.compile(r"^quem (?:alterou|mudou|modificou|editou) (?:o |a |as |os )?([\w-]+) d[aoe]s? (.+)$", re.I),
    re.compile(r"^qui(?:én|en) (?:cambió|modificó|editó) (?:el |la |los |las )?([\w-]+) de (.+)$", re.I),
    re.compile(r"^qui a (?:modifié|changé) (?:le |la |les |l')?([\w-]+) de (.+)$", re.I),
    re.compile(r"^chi ha (?:cambiato|modificato) (?:il |la |l'|le |i )?([\w-]+) di (.+)$", re.I),
)
_HU_WHO = re.compile(r"^ki (?:módosította|változtatta meg|írta át) (.+?) ([\w-]+?)(?:át|ét|ját|jét|t)$", re.I)
FIELDS = {
    "phone": "phone", "mobile": "phone", "number": "phone", "email": "email", "e-mail": "email", "mail": "email",
    "birthday": "birthday", "bday": "birthday", "company": "company", "stage": "stage", "tier": "tier",
    "notes": "notes", "note": "notes", "name": "name", "tags": "tags", "tag": "tags", "owner": "owner",
    "job title": "job_title", "title": "job_title", "job": "job_title", "role": "job_title",
    "channel": "channel", "cadence": "keep_in_touch",
    "telefone": "phone", "telemóvel": "phone", "número": "phone", "teléfono": "phone", "móvil": "phone",
    "téléphone": "phone", "numéro": "phone", "telefono": "phone", "cellulare": "phone", "numero": "phone",
    "telefonszám": "phone", "telefonszámá": "phone", "correo": "email", "courriel": "email",
    "aniversário": "birthday", "cumpleaños": "birthday", "anniversaire": "birthday", "compleanno": "birthday",
    "születésnap": "birthday", "empresa": "company", "société": "company", "azienda": "company", "cég": "company",
    "cargo": "job_title", "fonction": "job_title", "ruolo": "job_title", "beosztás": "job_title",
    "etiquetas": "tags", "étiquettes": "tags", "etichette": "tags", "címkék": "tags",
    "fase": "stage", "etapa": "stage", "étape": "stage", "szakasz": "stage", "responsável": "owner",
}  # fmt: skip


def read_question(text: str) -> tuple[str, str] | None:
    """(person, field word) of "who changed Maria's phone?" in any staff language."""
    match = _WHO.match(text)
    if match:
        return (match.group(1) or match.group(4)).strip(), (match.group(2) or match.group(3)).lower()
    for pattern in _WHO_OTHER:
        found = pattern.match(text)
        if found:
            return found.group(2).strip(), found.group(1).lower()
    found = _HU_WHO.match(text)
    if found:
        return found.group(1).strip(), found.group(2).lower()
    return None


async def who_changed(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    text = (u.text if u else msg.text).strip().rstrip("?!. ")
    asked = read_question(text)
    if asked is None or u is None:
        raise ValueError(ctx.t("history.usage"))
    ref, said = asked
    field = FIELDS.get(said)
    if field is None:
        raise ValueError(ctx.t("history.no_field", field=said))
    u.contact_ref = u.contact_ref or ref
    now = ctx.now()
    with ctx.session() as session:
        found = resolve(session, ctx, u, allow_org=False, offer_create=False)
        if found.question is not None:
            return found.question
        contact = found.contact
        assert contact is not None
        changes, created = _changes(session, contact.id or 0, field)
        acted = Acted(contact=contact.full_name, details=(("field", field),))
        label = ctx.t(f"field.{field}")
        if not changes:
            if created is not None:
                who, when = _who(session, ctx, created), cards.when(created.at, now=now, tz=ctx.tz, lang=ctx.lang)
                text_out = ctx.t("privacy.set_at_create", who=who, name=contact.full_name, field=label, when=when)
                return Reply(text_out, acted=acted)
            return Reply(ctx.t("privacy.never_changed", name=contact.full_name, field=label), acted=acted)
        lines = []
        for entry, change in changes:
            when = cards.when(entry.at, now=now, tz=ctx.tz, lang=ctx.lang)
            via = ctx.t("history.via_import") if (entry.detail or {}).get("via") == "import" else ""
            lines.append((_who(session, ctx, entry), when, via, describe(ctx, change)))
        if len(lines) == 1:
            who, when, via, what = lines[0]
            text_out = ctx.t(
                "privacy.who_changed", who=who, name=contact.full_name, field=label, when=when, via=via, what=what
            )
            return Reply(text_out, acted=acted)
        body = [ctx.t("history.header", name=contact.full_name, field=label, count=len(lines))]
        body += [f"• {when} — {who}{via}{what}" for who, when, via, what in lines]
        return Reply("\n".join(body), acted=replace(acted, details=(*acted.details, ("changes", len(lines)))))


def _changes(session: Session, contact_id: int, field: str) -> tuple[list[tuple[m.AuditLog, Any]], m.AuditLog | None]:
    """(entry, change) for each change to the field, oldest first; and the creation entry."""
    entries = session.exec(
        select(m.AuditLog)
        .where(m.AuditLog.entity == "contact", m.AuditLog.entity_id == contact_id)
        .where(col(m.AuditLog.action).in_(("create", "update", "import")), m.AuditLog.undone == False)  # noqa: E712
        .order_by(col(m.AuditLog.id))
    )
    out: list[tuple[m.AuditLog, Any]] = []
    created = None
    for entry in entries:
        detail = entry.detail or {}
        change = (detail.get("fields") or {}).get(field)
        legacy = any(str(c).startswith(field) for c in detail.get("changes", []) if isinstance(c, str))
        if change is None and entry.action == "create":
            created = entry
        elif change is not None or legacy:
            out.append((entry, change))
    return out, created


def _who(session: Session, ctx: HandlerContext, entry: m.AuditLog) -> str:
    member = session.get(m.Staff, entry.staff_id) if entry.staff_id else None
    return member.display_name if member else ctx.t("history.someone")


def describe(ctx: HandlerContext, change: dict[str, Any] | None) -> str:
    """': +351... → +351...', ': added #vip', ': set to CTO' in the reader's language."""
    if not change:
        return ""
    parts = []
    if change.get("added"):
        parts.append(ctx.t("history.added", values=", ".join(str(v) for v in change["added"])))
    if change.get("removed"):
        parts.append(ctx.t("history.removed", values=", ".join(str(v) for v in change["removed"])))
    if "new" in change and not parts:
        old = change.get("old")
        if old not in (None, ""):
            parts.append(f"{old} → {change.get('new')}")
        else:
            parts.append(ctx.t("history.set_to", value=change.get("new")))
    return ": " + "; ".join(parts) if parts else ""


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.WHO_CHANGED)(who_changed)
