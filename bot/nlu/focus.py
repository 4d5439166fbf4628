"""Step four: the conversation fills what the message leaves out.

Each conversation keeps its focus, the last contact a reply was about. "her", "him", "them" (in every staff
language) and a bare first name of that contact ("maria", right after Maria Silva was discussed) mean that
contact; anything else is read as written. The focus lives in the store (storage/recent.py), so any instance
answers the next message the same way.
"""

from __future__ import annotations

import re

from bot.nlu.choose import PERSON_INTENTS
from bot.nlu.understanding import Understanding
from storage.normalize import search_key

PRONOUNS = frozenset(
    [
        "her",
        "him",
        "them",
        "she",
        "he",
        "they",
        "hers",
        "his",
        "ela",
        "ele",
        "eles",
        "elas",
        "dela",
        "dele",
        "lhe",
        "ella",
        "él",
        "ellos",
        "elle",
        "lui",
        "eux",
        "leur",
        "lei",
        "loro",
        "ő",
        "őt",
        "vele",
        "neki",
        "tőle",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")
# A verb carrying its object pronoun: "richiamarla", "sentirlo", "llamarla", "escribirle", "ligar-lhe", "ligá-la".
_CLITIC = re.compile(
    r"^[a-zà-ÿ]{3,}(?:ar|er|ir)(?:la|lo|le|li|gli|las|los|les)$|^[a-zà-ÿ]{3,}[aeiáéí]r?-(?:la|lo|lhe|lhes|las|los|o|a)$"
)


def apply(u: Understanding, focus: str | None) -> bool:
    """Point a pronoun or the focus contact's bare first name at the focus; True when it did."""
    if not focus or u.intent not in PERSON_INTENTS or u.contact_id is not None:
        return False
    ref = search_key(u.contact_ref or "")
    words = set(search_key(focus).split())
    clitic = bool(_CLITIC.match(u.contact_ref or "")) and u.mention_kind != "contact"
    pronoun = clitic or ref in PRONOUNS or (not ref and any(w.lower() in PRONOUNS for w in _WORD.findall(u.text)))
    first_name = bool(ref) and len(ref.split()) == 1 and ref in words and u.mention_kind != "new"
    if not (pronoun or first_name):
        return False
    u.contact_ref, u.mention_kind, u.mention_ids = focus, None, {}
    return True
