"""Step three and the seams of step two: the intent from the model, and the names from the store.

The model scores every intent; the rules' verdict is one of its features. A reading the model is not sure of
carries its runner-up (``Understanding.alternatives``) so a write can be asked about instead of guessed
(handlers/clarify.py). Names found in the store replace names cut out of the sentence by grammar whenever the
two disagree: "Logged a meeting with Sophie Martin" names Sophie Martin, not "ged".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.nlu import intent_model
from bot.nlu.fill_network import NETWORK_INTENTS
from bot.nlu.intents import Intent
from bot.nlu.lexicons import fold
from bot.nlu.mentions import Mention
from bot.nlu.reading import Reading
from bot.nlu.refs import hu_name
from bot.nlu.understanding import Understanding
from storage.search import is_company_name

# Below this the top reading is not trusted for a write: the sender is asked, with the two best readings.
ASK_BELOW = 0.5
# A message no rule reads and the model is this unsure of is not understood, unless a write is among its two best
# readings and the best is at least NOTHING_BELOW: then both readings are offered instead of "I didn't understand".
UNKNOWN_BELOW = 0.3
# Below UNKNOWN_BELOW, a runner-up at least this fraction of the best is a close call, asked even when the rules agree.
CLOSE_CALL = 0.75
NOTHING_BELOW = 0.15
# The model overrules a rule that fired only when at least this sure, and at least KEEP_RULE times as sure of its
# own reading as of the rule's.
OUTVOTE = 0.5
KEEP_RULE = 2.0
WRITE_INTENTS = frozenset(
    {
        Intent.LOG_INTERACTION,
        Intent.SCHEDULE_FOLLOWUP,
        Intent.ADD_CONTACT,
        Intent.ADD_ORGANIZATION,
        Intent.UPDATE_CONTACT,
        Intent.RECORD_PURCHASE,
        Intent.CREATE_DEAL,
        Intent.UPDATE_DEAL,
        Intent.RECORD_NEED,
        Intent.UNDO,  # "cancel" with nothing to cancel must not quietly revert the last change
        Intent.MY_SETTINGS,
    }
)
# Product decisions the corpus labels disagree on: a stated channel preference ("Lisa prefers email", the update
# rule's reading) sets the contact's preferred channel, which reminders and the channel questions use, rather than
# being only a customer fact.
_RULE_KEEPS = frozenset({(Intent.UPDATE_CONTACT, Intent.RECORD_NEED)})
PERSON_INTENTS = frozenset(
    {
        Intent.BIRTHDAYS,  # "quando faz anos o Rui?": one person's birthday
        Intent.LIST_FOLLOWUPS,  # "my follow-ups with Sophie Martin this week"
        Intent.LOG_INTERACTION,
        Intent.SCHEDULE_FOLLOWUP,
        Intent.UPDATE_CONTACT,
        Intent.RECORD_PURCHASE,
        Intent.FIND_CONTACT,
        Intent.RECORD_NEED,
    }
)


@dataclass(frozen=True)
class Verdict:
    intent: str
    confidence: float
    alternatives: tuple[str, ...]


def intent(reading: Reading, ruled: str | None, *, lookup: bool) -> Verdict | None:
    """The model's reading, or None to keep the rules' (no model, or an exact rule: corrections, debug)."""
    if ruled is not None and ":" in ruled:
        return None
    model = intent_model.load()
    if model is None or (ruled is not None and ruled not in model.classes):
        return None  # no model, or an intent it was never taught (nudge history, erase…): the rule stands
    ranked = model.scores(reading.features(ruled))
    (top, p), (second, second_p) = ranked[0], ranked[1]
    rule_p = dict(ranked).get(ruled or "", 0.0)
    if (ruled, top) in _RULE_KEEPS:
        return Verdict(ruled or "", rule_p, ())
    if ruled is not None and top != ruled and (p < OUTVOTE or rule_p * KEEP_RULE > p):
        # A rule is exact where it fires on the sentences it was written for: the model overrules it only
        # when it is sure and the rule's reading is unlikely.
        return Verdict(ruled, rule_p, ())
    if ruled is None and p < ASK_BELOW and lookup and len(reading.text.split()) <= 2 and _a_name(reading):
        return Verdict("find_contact", p, ())  # a name alone ("chen wie") is a look-up, whatever else it might be
    if ruled is None and p < UNKNOWN_BELOW and not (p >= NOTHING_BELOW and {top, second} & WRITE_INTENTS):
        return Verdict("find_contact" if lookup and _names_something(reading) else "unknown", p, ())
    # The rules and the model agreeing is a confident reading, unless the model barely leans that way, with another
    # reading close behind (the rule is one of its features: "a chamada … foi anteontem e ele pediu desconto" fires
    # the need rule on a clause).
    close_call = p < UNKNOWN_BELOW and second_p >= CLOSE_CALL * p and top in WRITE_INTENTS and second in WRITE_INTENTS
    unsure = p < ASK_BELOW and (top != ruled or close_call)
    alternatives = (top, second) if unsure and (top in WRITE_INTENTS or second in WRITE_INTENTS) else ()
    return Verdict(top, p, alternatives)


def _a_name(reading: Reading) -> bool:
    """The store found a name, or (no store to ask) the words are written as one: "Bob Smith?", "J. Silva"."""
    words = reading.text.strip(" ?!").split()
    return bool(reading.mentions) or all(re.fullmatch(r"[A-ZÀ-Ý][\w'’.-]*", w) for w in words)


def _names_something(reading: Reading) -> bool:
    return bool(reading.mentions) or len(reading.text.split()) <= 3


def _overlaps(u_ref: str | None, text: str, start: int, end: int) -> bool:
    if not u_ref:
        return False
    at = text.lower().find(u_ref.lower())
    return at >= 0 and at < end and start < at + len(u_ref)


def _within(u_ref: str, text: str, start: int, end: int) -> bool:
    """The grammar's name is all inside the company's name ("Acme" in "Acme Lda"): nobody else is named."""
    span = text[start:end].lower()
    return u_ref.lower().strip(" ?!.,") in span


def _company_marker_before(text: str, start: int) -> bool:
    return _COMPANY_MARKER.search(text[:start]) is not None


_COMPANY_MARKER = re.compile(
    r"(?:\b(?:from|at|of|with|for|da|do|de|des|di|del|della|chez|bei|von|presso)|@|,)\s*$", re.IGNORECASE
)


# Intents about a company's deal or purchase: a function word cut out as the person ("el deal de Hooli") means the
# company the sentence names.
ORG_INTENTS = frozenset(
    {Intent.UPDATE_DEAL, Intent.CREATE_DEAL, Intent.RECORD_PURCHASE, Intent.RECORD_NEED, Intent.CROSS_SELL}
)
# Stop words that are first names too ("call will tomorrow" names someone; the store decides whether it knows him).
_ALSO_NAMES = frozenset({"may", "will", "bill", "mark", "don", "sue", "ben", "mar", "li"})


@cache
def _never_names(lang: str) -> frozenset[str]:
    """Words that are no name in this language or English (built once per language: every message asks)."""
    from bot.nlu.mentions import CRM_WORDS, stop_words

    return (stop_words(lang) | stop_words("en") | CRM_WORDS) - _ALSO_NAMES


def _weak_ref(ref: str | None, reading: Reading) -> bool:
    """A name cut out by grammar that is no name: only function words ("I'm", "el", "we're") or the CRM's own
    words ("schedule", "enviado", "marcar"), in the sender's language or English."""
    if not ref:
        return True
    never = _never_names(reading.lang)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", ref)
    at = reading.text.find(ref)
    if any(w[:1].isupper() and w != "I" for w in words) and at > 0:
        return False  # "met with May from Hooli", "meet Bill": written as a name, mid-sentence
    return not words or all(w.lower() in never or w.lower().replace("’", "'") in never for w in words)


def _pronoun(ref: str | None) -> bool:
    from bot.nlu.focus import PRONOUNS

    return bool(ref) and (ref or "").lower() in PRONOUNS


def _org_names_ref(ref: str | None, text: str, org: Mention, reading: Reading) -> bool:
    """The grammar's name holds the company and nothing written as another name: "acme ops team", "send thames
    analytics", "see if Dragon Trade", "our contact at Rio Logística", "Initech Inc — who do we know there"."""
    if not ref:
        return False
    at = text.find(ref)
    if at >= 0 and at <= org.start and org.end <= at + len(ref):
        rest = text[at : org.start] + " " + text[org.end : at + len(ref)]
    elif ref.lower().startswith(org.text.lower()):
        rest = ref[len(org.text) :]  # the grammar joined words across a date: "madrid movil [hoy a las 9:30] muy bien"
    else:
        return False
    never = _never_names(reading.lang)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", rest)
    return all(not w[:1].isupper() or w.lower() in never or w == "I" for w in words)


def _as_written(mention: Mention, reading: Reading) -> str:
    """The name without the Hungarian case ending the sentence gave it ("Szép Ádámmal" is Szép Ádám, "a danube
    partnersre" is danube partners: a company as long as its stored name, a person by the ending's grammar)."""
    if reading.lang != "hu":
        return mention.text
    if mention.kind == "organization" and mention.candidates:
        stored = mention.candidates[0].name
        if fold(mention.text).startswith(fold(stored)) and len(mention.text) > len(stored):
            return mention.text[: len(stored)]
        return mention.text
    return hu_name(mention.text)


# Where a company the store does not have can stand in the person's place ("follow up with Zeta Corp Ltd").
_NEW_COMPANY_INTENTS = frozenset({Intent.LOG_INTERACTION, Intent.SCHEDULE_FOLLOWUP, Intent.FIND_CONTACT})


def _a_company(ref: str | None, reading: Reading) -> bool:
    """The name ends in a legal form ("Greenfield Ltd", "Vetreria Galli S.p.A.") and no stored person is named."""
    return bool(ref) and is_company_name(ref or "") and reading.first("contact") is None


# Between two people one touch was with: "John Miller and Sarah Johnson", "giulia e francesca", "ao tiago e à beatriz".
_AND = re.compile(
    r"\s*(?:,|&|\band\b|\be\b|\by\b|\bet\b|\bés\b|\bed\b)\s*(?:(?:à|a|ao|al|la|le|il|o|com|con|avec|with)\s+)?",
    re.IGNORECASE,
)


def _companions(person: Mention, reading: Reading) -> list[dict[str, object]]:
    """The stored people named right after the first, joined by "and" (in the six languages)."""
    out: list[dict[str, object]] = []
    end = person.end
    for mention in (m for m in reading.people() if m.start >= person.end):
        if mention.kind != "contact" or not _AND.fullmatch(reading.text[end : mention.start]):
            break
        ids = {str(c.id): c.score for c in mention.candidates if c.kind == "contact"}
        out.append({"ref": _as_written(mention, reading), "ids": ids})
        end = mention.end
    return out


def _written_as_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def fill_mentions(u: Understanding, reading: Reading) -> None:
    """Names from the store take the person, company and product slots the grammar filled or missed."""
    text = reading.text
    org = reading.first("organization")
    person = reading.first("contact") or reading.first("new")
    product = reading.first("product")
    if product is not None and not (u.intent == Intent.CROSS_SELL and len(reading.all("product")) > 1):
        _product_from_store(u, product)  # "who bought Premium but never Onboarding?" is about both
    corrected = _SELF_CORRECTION.search(text)
    if u.intent in PERSON_INTENTS and corrected is not None:
        later = [m for m in reading.people() if m.start >= corrected.end()]
        if later and person is not None and person.start < corrected.start():
            # "ligar ao pedro almeida, não, à larissa": the name after the correction is the one meant.
            person, u.contact_ref, u.mention_kind = later[0], None, None
    elif u.intent in PERSON_INTENTS and person is not None and person.kind == "contact":
        earlier = [m for m in reading.all("new") if m.start < person.start and _written_as_name(m.text)]
        if earlier:
            # "Szabó Zsófiával beszéltem ma, ő Katalin asszisztense": the sentence is about the first person it
            # names; a stored name later in it is someone else, never the one written to.
            person = earlier[0]
    if u.intent in PERSON_INTENTS:
        at = text.lower().find(u.contact_ref.lower()) if u.contact_ref else -1
        if (
            person is not None
            and at >= 0
            and at + len(u.contact_ref or "") <= person.start
            and not _weak_ref(u.contact_ref, reading)
            and all(w[:1].isupper() for w in (u.contact_ref or "").split())  # written as a name, not "left"
            and not any(_overlaps(u.contact_ref, text, m.start, m.end) for m in reading.mentions if m.kind != "new")
        ):
            # "called Rose at Thames Analytics, she's replacing emily": the person the sentence is about comes
            # first; a stored name later in it is someone else.
            u.mention_kind = "new"
            person = None
        if person is not None and person.kind == "contact":
            u.contact_ref = _as_written(person, reading)  # the store knows where a name starts and ends
            u.mention_kind = "contact"
            u.mention_ids = {str(c.id): c.score for c in person.candidates if c.kind == "contact"}
            if u.intent == Intent.LOG_INTERACTION:
                u.companions = _companions(person, reading)
        elif (
            person is not None
            and (
                _weak_ref(u.contact_ref, reading)
                or _overlaps(u.contact_ref, text, person.start, person.end)
                # "a kiállításon … megismerkedtem Nagy Péterrel": a name written as one beats a lower-case word
                or (_written_as_name(person.text) and not any(w[:1].isupper() for w in (u.contact_ref or "").split()))
            )
        ):
            u.contact_ref = _as_written(person, reading)  # a name we do not know: the whole of it, never half
            u.mention_kind = "new"
        elif person is None and u.mention_kind == "new":
            pass
        elif org is not None and (
            u.contact_ref is None
            or _within(u.contact_ref, text, org.start, org.end)
            or _org_names_ref(u.contact_ref, text, org, reading)
            or (_weak_ref(u.contact_ref, reading) and (u.intent in ORG_INTENTS or not _pronoun(u.contact_ref)))
        ):
            u.contact_ref = _as_written(org, reading)
            u.mention_kind = "organization"
    if u.intent in _NEW_COMPANY_INTENTS and u.mention_kind == "new" and _a_company(u.contact_ref, reading):
        # "réunion avec Vignobles Blanc SARL le 2 avril": a name with a legal form is a company the store does
        # not have, never a new person called that; the answer offers the company.
        u.company, u.contact_ref, u.mention_kind = u.contact_ref, None, "new_org"
        return
    if (
        u.intent in ORG_INTENTS
        and org is not None
        and (
            _weak_ref(u.contact_ref, reading)
            or _org_names_ref(u.contact_ref, text, org, reading)
            # "ganamos el deal de iberia retail": lower-case words the store does not know are no account
            or (u.intent == Intent.UPDATE_DEAL and (u.contact_ref or "").islower() and person is None)
        )
    ):
        u.contact_ref = _as_written(org, reading)  # "what can I upsell to Acme?", "globex deal lost": the company
        u.mention_kind = "organization"
    if (
        u.intent == Intent.CREATE_DEAL
        and org is None
        and person is not None
        and person.kind == "contact"
        and u.company
        and fold(u.company) == fold(person.text)  # the whole account is the person: "johnson ltd" is a company
        and any(c.score >= 100 for c in person.candidates if c.kind == "contact")
    ):
        # "új üzlet Szabó Gáborral": the deal is with a stored person (their company's), never a new company named
        # after them with their case ending
        u.contact_ref, u.mention_kind, u.company = _as_written(person, reading), "contact", None
        u.mention_ids = {str(c.id): c.score for c in person.candidates if c.kind == "contact"}
        return
    if (
        u.intent == Intent.CREATE_DEAL
        and org is not None
        and u.company
        and not _overlaps(u.company, text, org.start, org.end)
    ):
        u.company = None  # the store knows the account better than the grammar ("open an opp for Porto Digital")
    if u.company or u.mention_kind == "organization":
        return
    if org is not None:
        u.company = org.candidates[0].name
        return
    # "May Chen from Kappa Systems GmbH": an unknown name after a company word, or with a legal form ("Kovács
    # Annával a Tisza Trade Zrt.-től"), is the company.
    for mention in reading.mentions:
        if (
            mention.kind == "new"
            and (mention is not person or u.intent not in PERSON_INTENTS)
            and (_company_marker_before(text, mention.start) or is_company_name(mention.text))
        ):
            u.company = mention.text
            return


# A name taken back in the same message: "call Rui, no wait, Maria", "ao pedro, não, à larissa", "anzi", "vagyis".
_SELF_CORRECTION = re.compile(
    r",\s*(?:no|não|nao|non|nem)\s*[,.!]|\bno wait\b|"
    r"\b(?:no|não|nao|non|nem)\b[\s,.!—–-]*(?:pardon|sorry|scusa|perd[oó]n|desculp[ae]|bocs\w*)\b|\bI mean\b|\bsorry,|\bactually,|\bquer dizer\b|\bdigo\b|"
    r"\bmejor dicho\b|\bperdón,|\bpardon,|\benfin,|\banzi\b|\bcioè\b|\bvagyis\b|\bazaz\b|\bhelyesebben\b",
    re.IGNORECASE,
)
_PRODUCT_INTENTS = frozenset({Intent.RECORD_PURCHASE, Intent.CREATE_DEAL, Intent.CROSS_SELL, Intent.RECORD_NEED})


def _product_from_store(u: Understanding, product: Mention) -> None:
    """A catalogue product the message names fills the product slot by its stored name ("basic plan" -> Basic);
    a need keeps its own words unless they are the product plus one word ("Onboarding csomag")."""
    if u.intent not in _PRODUCT_INTENTS:
        return
    name = product.candidates[0].name
    if not u.product or u.intent in (Intent.CREATE_DEAL, Intent.CROSS_SELL):
        u.product = name
        return
    if u.intent == Intent.RECORD_PURCHASE and product.text.lower() in u.product.lower():
        u.product = name  # "premium x10", "training days": the catalogue names what was bought
        return
    if u.intent == Intent.RECORD_NEED and product.text.lower() in u.product.lower():
        rest = u.product.lower().replace(product.text.lower(), " ").split()
        if len(rest) <= 1:
            u.product = name


def mark_organization_party(u: Understanding, reading: Reading) -> None:
    """A network or facts sentence whose party is a stored organization ("Acme's supplier is …", "what can we
    offer Acme?") says so in ``mention_kind``, so the console reports it as the company, not as a contact."""
    if u.intent not in NETWORK_INTENTS or not u.contact_ref or u.mention_kind is not None:
        return
    ref = u.contact_ref
    if any(m.kind == "organization" and _within(ref, reading.text, m.start, m.end) for m in reading.mentions):
        u.mention_kind = "organization"
