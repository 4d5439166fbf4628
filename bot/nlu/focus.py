"""Step four: the conversation fills what the message leaves out.

Each conversation keeps its focus, the last contact a reply was about. "her", "him", "them" (in every staff
language) and a bare first name of that contact ("maria", right after Maria Silva was discussed) mean that
contact; anything else is read as written. The focus lives in the store (storage/recent.py), so any instance
answers the next message the same way.
"""

from __future__ import annotations

import re

from bot.nlu.choose import PERSON_INTENTS
from bot.nlu.intents import Intent
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
    r"^[a-zà-ÿ]{3,}(?:ar|er|ir)(?:la|lo|le|li|gli|las|los|les)$|^[a-zà-ÿ]{3,}[aeiáéí]r?-(?:la|lo|lhe|lhes|las|los|o|a)$|"
    # an imperative carrying it ("llámala", "chiamala", "escríbele"): only the verbs of reaching someone, since
    # "Daniela" and "Rafaela" end the same way
    r"^(?:ll[aá]m|escr[ií]b|chi[aá]m|richi[aá]m|s[eé]nt|scr[ií]v|cont[aá]ct|ricont[aá]tt|m[aá]nd|av[ií]s)[aei]"
    r"(?:la|lo|le|li|gli|las|los|les)$"
)


# An object pronoun before its verb: "rappelle-moi de le relancer", "la richiamo venerdì", "lo llamo mañana"; and
# Hungarian verbs whose definite form carries the object: "hívd fel holnap" (call him/her), "keressem meg".
_BEFORE_VERB = re.compile(
    r"\b(?:le|la|les|lo|li|l['’]|los|las)\s*(?=[a-zà-ÿ]{3,}(?:er|ir|re|ar|are|ere|ire)\b|"
    r"(?:richiamo|chiamo|sento|risento|llamo|escribo|contacto|ligo|rappelle|relance|appelle|recontacte)\b)"
    r"|\b(?:hívd|hívjam|hívjuk|keresd|keressem|keressük|írd|értesítsd|emlékeztesd)\b"
    # "l'ho chiamata", "je l'ai appelée": the elided pronoun before its auxiliary
    r"|\bl['’](?=(?:ho|ha|abbiamo|hanno|ai|a|avons|ont)\b)"
    # "felhívtam, minden rendben": a Hungarian past verb in its definite form carries the object
    r"|\b(?:fel|vissza|meg)?(?:hívtam|hívtuk|kerestem|kerestük|értesítettem)\b",
    re.IGNORECASE,
)


_SUBJECTS = frozenset({"je", "j", "io", "yo", "eu", "en", "i", "me", "moi"})
_AUXILIARIES = frozenset({"ho", "ha", "abbiamo", "hanno", "ai", "a", "avons", "ont"})


def names_someone_unsaid(u: Understanding) -> bool:
    """The message points at a person it does not name: "call her tomorrow", "la richiamo", "hívd fel"."""
    ref = search_key(u.contact_ref or "")
    if ref in PRONOUNS or (bool(_CLITIC.match(u.contact_ref or "")) and u.mention_kind != "contact"):
        return True
    if ref in _SUBJECTS:
        ref = ""  # "je la rappelle vendredi": the sender, not the person
    before_verb = _BEFORE_VERB.search(u.text)
    lower_words = bool(u.contact_ref) and (u.contact_ref or "").islower() and u.lang == "hu"
    if (
        before_verb
        and u.mention_kind != "contact"
        and (
            not ref
            or _verb_taken_for_name(u, before_verb.end())
            or lower_words
            or ref.split()[0] in _AUXILIARIES  # "ho", "ho chiamata adesso": the auxiliary taken for the name
            or _pronoun_inside(u.contact_ref or "", u.text, before_verb)  # "je l'ai appelée" as the name
        )
    ):
        return True  # "la richiamo venerdì": the grammar may have taken the verb for the name
    return not ref and (
        any(w.lower() in PRONOUNS for w in _WORD.findall(u.text))
        or any(_CLITIC.match(w.lower()) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", u.text))
    )


def _pronoun_inside(ref: str, text: str, pronoun: re.Match[str]) -> bool:
    """The grammar's name holds the pronoun, a word of its own ("l'", "la "), not the start of "Lefèvre"."""
    start = text.lower().find(ref.lower()) if ref else -1
    separate = pronoun.group(0)[-1:] in ("'", "’") or text[pronoun.end() - 1 : pronoun.end()].isspace()
    return separate and start >= 0 and start <= pronoun.start() < start + len(ref)


def _verb_taken_for_name(u: Understanding, after: int) -> bool:
    """The grammar's name is one lower-case word right where the pronoun's verb is ("la richiamo"), not a name
    written after it ("hívjam fel Nagy Zsófiát")."""
    ref = u.contact_ref or ""
    return len(ref.split()) == 1 and ref.islower() and ref in u.text[max(0, after - len(ref) - 1) : after + 12]


def drop_unsaid(u: Understanding) -> None:
    """ "la richiamo venerdì", "je la rappelle": the grammar took a verb or the sender for the name; the person is
    the one the conversation is about (apply) or is asked for, never "richiamo"."""
    if u.intent in PERSON_INTENTS and u.mention_kind is None and u.contact_ref and names_someone_unsaid(u):
        u.contact_ref = None


def apply(u: Understanding, focus: str | None) -> bool:
    """Point a pronoun or the focus contact's bare first name at the focus; True when it did."""
    if u.intent == Intent.CREATE_DEAL and u.company and search_key(u.company) in PRONOUNS:
        # "new deal with her": the account is the person the conversation is about, or nobody yet
        u.company = None
        if focus and u.contact_id is None:
            u.contact_ref = focus
            return True
        return False
    if u.intent not in PERSON_INTENTS or u.contact_id is not None:
        return False
    pronoun = names_someone_unsaid(u)
    if not focus:
        return False
    ref = search_key(u.contact_ref or "")
    words = set(search_key(focus).split())
    first_name = bool(ref) and len(ref.split()) == 1 and ref in words and u.mention_kind != "new"
    if not (pronoun or first_name):
        return False
    u.contact_ref, u.mention_kind, u.mention_ids = focus, None, {}
    return True
