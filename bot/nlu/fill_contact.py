"""Entities of adding and updating a contact: name, company, email, phone, birthday, tags, stage."""

from __future__ import annotations

import re
from datetime import datetime

from bot.nlu import entities as ent
from bot.nlu.dates import day_first_for
from bot.nlu.fill_changes import fill_change, fill_renewal, replaces
from bot.nlu.lifecycle import stage_named
from bot.nlu.refs import blank, hu_name
from bot.nlu.understanding import Understanding
from storage.models import STAGES

FIELD_WORDS = {
    "phone": "phone",
    "mobile": "phone",
    "cell": "phone",
    "number": "phone",
    "tel": "phone",
    "telefone": "phone",
    "teléfono": "phone",
    "telefono": "phone",
    "téléphone": "phone",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "birthday": "birthday",
    "bday": "birthday",
    "b-day": "birthday",
    "dob": "birthday",
    "company": "company",
    "employer": "company",
    "stage": "stage",
    "status": "stage",
    "tier": "tier",
    "note": "notes",
    "notes": "notes",
    "name": "name",
    "tags": "tags",
    "tag": "tags",
}
_FIELD_ALT = "|".join(sorted((re.escape(w) for w in FIELD_WORDS), key=len, reverse=True))
_ADD_LEAD = re.compile(
    r"^\s*(?:pls |please |por favor |s'il te plaît |per favore |légyszi )?"
    r"(?:add|new|create|save|adicionar|adiciona|acrescenta|cria|criar|regista|novo contacto|novo contato|añadir|añade|"
    r"agregar|agrega|crea|crear|nuevo contacto|ajouter|ajoute|crée|créer|créé|enregistre|nouveau contact|aggiungi|"
    r"creare|salva|registra|nuovo contatto|új kontakt|hozzáad|hozz létre|vegyél fel|vedd fel|rögzítsd)"
    r"(?:\s+(?:a|an|the|el|la|il|lo|le|un|une|una|uno|um|uma|o|egy|új)?\s*(?:new\s+|nuevo\s+|novo\s+|nouveau\s+|nuovo\s+)?"
    r"(?:contact|contacto|contato|contatto|kontakt|kontaktot|névjegyet)\b)?\s*:?\s*"
    r"(?:(?<=añade )a\s+|(?<=añadir )a\s+|(?<=agrega )a\s+|(?<=agregar )a\s+)?",  # "añade a Paloma Díaz"
    re.IGNORECASE,
)
# A tag said inside the sentence: "con tag event-lead", "com a tag export", "avec le tag vip", "with tag vip",
# "etiqueta event-lead", "event-lead címkével".
_INLINE_TAG = re.compile(
    r"\s*(?:\b(?:with|con|com|avec|amb)\s+(?:(?:the|el|la|a|le|il|lo)\s+)?)?"
    r"\b(?:tags?|tagged|etiqueta|étiquette|etichetta)\s*:?\s+(#?[\w-]+)"
    r"|\s+(#?[\w-]+)\s+címkével\b",
    re.IGNORECASE,
)
_HU_AS_NEW = re.compile(r"\s+(?:új\s+)?(?:kontaktként|ügyfélként|partnerként)\b", re.IGNORECASE)
# "Kovács Anna néven": with the name.
_HU_NAMED = re.compile(r"^(?:egy\s+)?(?:kontaktot\s+)?(.+?)\s+néven\b", re.IGNORECASE)
_NAME_AND_COMPANY = re.compile(
    r"^(.*?)(?:\s+(?:from|at|of|works at|works for|@|da|de|chez|di|presso)\s+([A-Z0-9].+))?$", re.IGNORECASE
)
_COMPANY = re.compile(
    r"^(?:works? (?:at|for)|company:?|from|at|employer:?|org(?:anization)?:?|trabalha (?:na|no|em)|empresa:?|"
    r"trabaja en|travaille (?:chez|à)|lavora (?:da|presso|a|in))\s+(.+)$",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(
    r"^(?:birthday|bday|born|b-day|dob|aniversário|cumpleaños|anniversaire|compleanno|szülinap)\b", re.IGNORECASE
)
_TAGS = re.compile(r"^(?:tags?|tagged)\s*:?\s*(.+)$", re.IGNORECASE)


# "save a new lead: Nina Park", "new prospect Tom Ray", "novo cliente: …": the kind of contact is its stage.
_ARTICLE = re.compile(r"^(?:a|o|as|os|el|la|il|lo|l'|l’|le|az|the)\s+(?=\S)")
_ADD_STAGE = re.compile(
    r"^\s*(?:pls |please )?(?:add|new|create|save|adiciona\w*|novo|nova|añad\w*|nuevo|nueva|"
    r"ajoute\w*|nouveau|nouvelle|aggiungi|nuovo|nuova|új)\s+(?:a\s+|an\s+|um\s+|uma\s+|un\s+|une\s+|una\s+)?"
    r"(?:new\s+)?([^\W\d_]+)\s*:?",
    re.IGNORECASE,
)


def fill_add(u: Understanding, raw: str, *, tz: str) -> None:
    lead = _ADD_STAGE.match(raw)
    stage, _ = stage_named(lead.group(1), u.lang) if lead else (None, None)
    if lead and stage:
        u.stage = stage
    body = raw[lead.end() :] if lead and stage else _ADD_LEAD.sub("", raw, count=1)
    for tag in _INLINE_TAG.finditer(body):
        u.tags.append((tag.group(1) or tag.group(2)).lstrip("#"))
    body = _INLINE_TAG.sub("", body)
    named = _HU_NAMED.match(body)
    if named:
        body = named.group(1) + body[named.end() :]
    as_new = _HU_AS_NEW.search(body)
    if as_new:
        # "vedd fel Tóth Gergőt új kontaktként": the name is the object, with its accusative ending
        body = hu_name(body[: as_new.start()].strip()) + body[as_new.end() :]
    u.email, email_span = ent.find_email(body)
    u.phone, phone_span = ent.find_phone(body, tz=tz, lang=u.lang)
    parts = [p.strip() for p in re.split(r"[,;\n]", blank(body, [s for s in (email_span, phone_span) if s]))]
    parts = [p for p in parts if p]
    name_part = parts[0] if parts else ""
    name_match = _NAME_AND_COMPANY.match(name_part)
    if name_match:
        # "adiciona a Maria Sousa", "aggiungi il Marco", "add the Zeta Corp Ltd": the article is not the name
        u.contact_ref = _ARTICLE.sub("", name_match.group(1).strip()) or None
        if name_match.group(2):
            u.company = name_match.group(2).strip()
    in_tags = False
    for part in parts[1:]:
        if in_tags and re.fullmatch(r"#?[\w-]+", part):
            u.tags.append(part.lstrip("#"))  # "tags: vip, music": the list goes on after a comma
            continue
        in_tags = apply_attribute(u, part, tz=tz) == "tags"


def apply_attribute(u: Understanding, part: str, *, tz: str) -> str | None:
    low = part.lower()
    company = _COMPANY.match(part)
    if company:
        u.company = company.group(1).strip()
        return "company"
    if _BIRTHDAY.match(low):
        u.birthday = ent.parse_birthday(part, day_first=day_first_for(u.lang, tz))
        if u.birthday is None:
            u.field_name, u.field_value = "birthday_invalid", part
        return "birthday"
    tags = _TAGS.match(part)
    if tags:
        u.tags.extend(t.strip().lstrip("#") for t in re.split(r"[\s/]+", tags.group(1)) if t.strip())
        return "tags"
    u.tags.extend(t.lstrip("#") for t in re.findall(r"#[\w-]+", part))
    for stage in STAGES:
        if re.fullmatch(rf"(?:stage:?\s*)?{stage}", low):
            u.stage = stage
            return "stage"
    return None


def fill_update(u: Understanding, raw: str, *, tz: str, now: datetime) -> None:
    if fill_renewal(u, raw, now=now, tz=tz):
        return
    u.email, _ = ent.find_email(raw)
    u.phone, _ = ent.find_phone(raw, tz=tz, lang=u.lang)
    u.replace = replaces(raw, u.lang)
    if fill_change(u, raw):
        return
    possessive = re.match(
        rf"^(?:(?:update|change|set|edit|fix)\s+)?(.+?)(?:'s|’s|s')\s+(?:(?:new|other|second|mobile|work|home)\s+)?({_FIELD_ALT})"
        r"(?:\s+number)?\s*(?:is now|is|to|=|:|changed to|now)?\s*(.*)$",
        raw,
        re.IGNORECASE,
    )
    # "john miller bday is july 4", "Rui email is rui@x.pt": the possessive left out, as people type.
    bare = re.match(
        rf"^(?:(?:update|change|set|edit|fix)\s+)?(.+?)\s+({_FIELD_ALT})\s+(?:is now|is|=|:|changed to)\s*(.+)$",
        raw,
        re.IGNORECASE,
    )
    plain = re.match(
        r"^(?:update|change|set|edit|fix)\s+(.+?)\s*[:,]\s*([\w-]+)\s*(?:is|to|=|:)?\s*(.*)$",
        raw,
        re.IGNORECASE,
    )
    of_form = re.match(
        r"^(?:update|change|set|edit|fix)\s+(?:the\s+)?([\w-]+)\s+(?:of|for)\s+(.+?)\s+(?:to|=|:)\s*(.*)$",
        raw,
        re.IGNORECASE,
    )
    tag = re.match(r"^tag\s+(.+?)\s+(?:as|with)\s+(.+)$", raw, re.IGNORECASE) or re.match(
        r"^tag\s+(her|him|them)\s+(?:as\s+|with\s+)?(#?[\w-]+(?:[,\s]+#?[\w-]+)*)$", raw, re.IGNORECASE
    )  # "tag her hot": the person on screen
    if tag:
        u.contact_ref, u.field_name = tag.group(1), "tags"
        u.tags = [t.strip().lstrip("#") for t in re.split(r"[,\s]+", tag.group(2)) if t.strip()]
        return
    if of_form and of_form.group(1).lower() in FIELD_WORDS:
        u.contact_ref = of_form.group(2).strip()
        u.field_name = FIELD_WORDS[of_form.group(1).lower()]
        u.field_value = of_form.group(3).strip() or None
    else:
        match = possessive or plain or bare
        if match:
            u.contact_ref = match.group(1).strip()
            u.field_name = FIELD_WORDS.get(match.group(2).lower())
            u.field_value = match.group(3).strip() or None
    if u.field_name == "birthday" and u.field_value:
        u.birthday = ent.parse_birthday(u.field_value, day_first=day_first_for(u.lang, tz))
    elif u.field_name == "company" and u.field_value:
        u.company = u.field_value
    elif u.field_name == "stage" and u.field_value:
        first = u.field_value.lower().split()[0]
        u.stage = first if first in STAGES else None
    elif u.field_name == "tags" and u.field_value:
        u.tags = [t.strip().lstrip("#") for t in re.split(r"[,\s]+", u.field_value) if t.strip()]
