"""Updates that say how they change a contact: replace or add a number, remove a tag, a job title, the contact's
own stay-in-touch rhythm, a preferred channel ("Laura prefers email"); and an organization's contract renewal date
("Acme renews on 1 March"), the one organization field set through this update."""

from __future__ import annotations

import re
from datetime import datetime

from bot.nlu.dates import find_dates
from bot.nlu.understanding import Understanding

# Words that make a number or address an extra one; anything else stated as the contact's number replaces it
# ("new number", "now", "changed to", or plainly "Maria's phone is ...").
_ADDS = re.compile(
    r"\b(?:add|also|another|second|2nd|additional|extra|other|mobile|cell|work|home|too|as well|"
    r"adiciona|também|outro|segundo|añade|también|otro|ajoute|aussi|autre|deuxième|aggiungi|anche|altro|secondo|"
    r"még|másik)\b",
    re.IGNORECASE,
)
_HU_ALSO = re.compile(r"\bis\b", re.IGNORECASE)  # Hungarian "is" (also); in English it is just "is"
_CHANNELS = {
    "email": "email", "e-mail": "email", "mail": "email", "emails": "email", "correo": "email", "courriel": "email",
    "call": "call", "calls": "call", "phone": "call", "phone calls": "call", "telefone": "call", "chamadas": "call",
    "llamadas": "call", "téléphone": "call", "appels": "call", "telefono": "call", "chiamate": "call",
    "telefon": "call", "hívás": "call",
    "whatsapp": "message", "sms": "message", "text": "message", "texts": "message", "messages": "message",
    "message": "message", "mensagens": "message", "mensajes": "message", "messaggi": "message", "üzenet": "message",
    "meeting": "meeting", "meetings": "meeting", "in person": "meeting", "reuniões": "meeting",
    "reuniones": "meeting", "réunions": "meeting", "riunioni": "meeting", "személyes": "meeting",
    "visit": "visit", "visits": "visit", "visitas": "visit", "visites": "visit", "visite": "visit",
}  # fmt: skip
_CHANNEL_WORDS = "|".join(sorted((re.escape(w) for w in _CHANNELS), key=len, reverse=True))
_PREFERS = re.compile(
    rf"^(?:(?:a|o|la|el|le|il|az?)\s+)?(.+?)\s+(?:prefers?|likes?|wants?|prefere|prefiere|préfère|preferisce|"
    rf"szereti a|inkább)\s+(?:to be (?:contacted|reached) (?:by|via|on|over)\s+|ser contactad[oa] por\s+|"
    rf"(?:o|a|el|la|le|les|il|l'|az?)\s+)?({_CHANNEL_WORDS})\b",
    re.IGNORECASE,
)
_CADENCE = re.compile(
    r"^(?:(?:keep|stay) in touch with|check in with|talk to|contact|(?:manter|mantém|mantenha) (?:o )?contacto com|"
    r"mantener (?:el )?contacto con|garder le contact avec|restare in contatto con|tartsd? a kapcsolatot)\s+"
    r"(?:(?:a|o|la|el)\s+)?(.+?)\s+(?:every|each|a cada|cada|tous les|toutes les|ogni)\s+(.+)$",
    re.IGNORECASE,
)
_CADENCE_OF = re.compile(
    r"^(?:set\s+)?(.+?)(?:'s|’s)\s+(?:cadence|stay[- ]in[- ]touch|keep[- ]in[- ]touch)(?:\s+(?:is|to|=|:))?\s+(?:every\s+)?(.+)$",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"^(?:(?:set|update|change)\s+)?(.+?)(?:'s|’s)\s+(?:new\s+)?(?:job title|job|title|role|position)\s*(?:is now|is|to|=|:)\s*(.+)$",
    re.IGNORECASE,
)
_TITLE_OF = re.compile(
    r"^(?:o cargo d[oa]|el cargo de|la fonction de|il ruolo di|(?:set|change|update) (?:the )?(?:job title|title|role) of)"
    r"\s+(.+?)\s+(?:é|es|est|è|to|=|:)\s+(.+)$",
    re.IGNORECASE,
)
_UNTAG = (
    re.compile(r"^(?:remove|delete|drop|take off|untag)\s+(?:the\s+)?(?:tags?\s+)?#?([\w-]+)(?:\s+tag)?\s+from\s+(.+)$", re.I),
    re.compile(r"^untag\s+(.+?)\s+#?([\w-]+)$", re.I),
    re.compile(r"^(?:remover?|tirar?|retirar?|quitar?|eliminar?|enlever|supprimer|retirer|rimuovi|togli|töröld)\s+"
               r"(?:a\s+|la\s+|l'|il\s+|le\s+)?(?:etiqueta|tag|étiquette|etichetta|címkét)?\s*#?([\w-]+)\s+"
               r"(?:d[aoe]s?|del|de la|du|dal|della|di|a|from)\s+(.+)$", re.I),
)  # fmt: skip


def fill_change(u: Understanding, raw: str) -> bool:
    """Fill the kinds of change this module knows; False when the message is none of them."""
    text = raw.strip().rstrip(".!")
    for index, pattern in enumerate(_UNTAG):
        match = pattern.match(text)
        if match:
            who, tag = (match.group(1), match.group(2)) if index == 1 else (match.group(2), match.group(1))
            u.contact_ref, u.field_name, u.untag = who.strip(), "tags", [tag.lstrip("#")]
            return True
    match = _CADENCE.match(text) or _CADENCE_OF.match(text)
    if match:
        from bot.nlu.fill_sales import days_in

        u.contact_ref, u.field_name = match.group(1).strip(), "keep_in_touch"
        u.days = days_in(match.group(2)) or days_in("1 " + match.group(2))
        if u.days is None or u.days < 1:
            u.invalid["keep_in_touch"] = match.group(2)
        return True
    match = _PREFERS.match(text)
    if match:
        u.contact_ref, u.field_name = match.group(1).strip(), "channel"
        u.channel = _CHANNELS[match.group(2).lower()]
        return True
    match = _TITLE.match(text) or _TITLE_OF.match(text)
    if match:
        u.contact_ref, u.field_name = match.group(1).strip(), "job_title"
        u.job_title = match.group(2).strip().strip("\"'") or None
        return True
    return False


# "<org> renews <when>" in the six languages; <org> is the company as named, <when> a date phrase.
_RENEWS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:(?:set|update|change)\s+)?(?P<org>.+?)(?:'s|’s)\s+(?:contract\s+|subscription\s+)?"
        r"(?:renewal(?:\s+date)?\s*(?:is|to|=|:)|renews?(?:\s+on)?)\s+(?P<when>.+)$",
        r"^(?:the\s+)?contract\s+(?:with|of|for)\s+(?P<org>.+?)\s+renews\s+(?:on\s+)?(?P<when>.+)$",
        r"^(?P<org>.+?)\s+(?:renews|is up for renewal|comes up for renewal)\s+(?:on\s+)?(?P<when>.+)$",
        r"^(?:o\s+)?contrato\s+d[aoe]\s+(?P<org>.+?)\s+(?:renova(?:-se)?|é renovado|vence)\s+"
        r"(?:a\s+|em\s+|no dia\s+|dia\s+)?(?P<when>.+)$",
        r"^(?:el\s+)?contrato\s+de\s+(?P<org>.+?)\s+(?:se renueva|vence)\s+(?:el\s+)?(?P<when>.+)$",
        r"^(?:le\s+)?contrat\s+(?:d'|d’|de\s+)(?P<org>.+?)\s+(?:est renouvelé|se renouvelle|expire)\s+"
        r"(?:le\s+)?(?P<when>.+)$",
        r"^(?:il\s+)?contratto\s+(?:di|con)\s+(?P<org>.+?)\s+(?:si rinnova|scade)\s+(?:il\s+|l'|l’)?(?P<when>.+)$",
        r"^(?:a\s+|o\s+)?(?P<org>.+?)\s+renova(?:\s+o\s+contrato)?\s+(?:a|em|no dia)\s+(?P<when>.+)$",
        r"^(?P<org>.+?)\s+renueva(?:\s+(?:el|su)\s+contrato)?\s+(?:el\s+)?(?P<when>.+)$",
        r"^(?P<org>.+?)\s+renouvelle(?:\s+son\s+contrat)?\s+(?:le\s+)?(?P<when>.+)$",
        r"^(?P<org>.+?)\s+rinnova(?:\s+il\s+contratto)?\s+(?:il\s+|l'|l’)?(?P<when>.+)$",
        r"^(?:az?\s+)?(?P<org>.+?)\s+szerződése\s+(?P<when>.+?)\s+(?:megújul|lejár|újul meg)$",
        r"^(?:az?\s+)?(?P<org>.+?)\s+(?:szerződésének\s+)?megújítása:?\s+(?P<when>.+)$",
    )
)


def fill_renewal(u: Understanding, raw: str, *, now: datetime, tz: str) -> bool:
    """ "Acme renews on 1 March": the organization (as named) and its renewal date; False when not such a message."""
    text = raw.strip().rstrip(".!")
    for pattern in _RENEWS:
        match = pattern.match(text)
        if match:
            u.contact_ref, u.field_name = match.group("org").strip(), "renews_on"
            found = find_dates(match.group("when"), now=now, tz=tz, lang=u.lang, prefer="future")
            if found and not found[0].doubt:
                u.renews_on = found[0].value.date()
            else:
                u.invalid["renews_on"] = match.group("when")
            return True
    return False


def replaces(raw: str, lang: str) -> bool:
    """Does the message put a number or address in place of the stored one (True) or add one (False)?"""
    return not (_ADDS.search(raw) or (lang == "hu" and _HU_ALSO.search(raw)))
