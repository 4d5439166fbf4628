"""Mentions come from the store, not from grammar: the word spans of a message that name something we know.

A message is cut into runs of words that are not function words, dates, amounts or contact details; each run's
spans (longest first) are looked up: exact folded names in one indexed query per table, then typo-tolerant
names through the trigram index. What a span names does not depend on where it stands in the sentence, so
"Logged a meeting with Sophie Martin", "Sophie Martin: meeting" and "had Sophie Martin on the phone" all find
her. Nothing here decides who a write goes to: a mention carries every candidate, and resolution decides
whether one of them is certain (handlers/resolve.py).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from rapidfuzz import fuzz
from sqlmodel import Session
from stop_words import get_stop_words

from bot.nlu.lexicons import fold, kinds, lexicon
from config.languages import LANGUAGES
from storage import mentions as store
from storage import search
from storage.normalize import search_key

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# Hungarian case endings after a hyphen ("Acme-nál", "Globex-szel") and possessives glue onto names.
_HU_TAIL = re.compile(
    r"-(?:n[aá]l|n[eé]l|val|vel|hoz|hez|h[oö]z|ba|be|b[oó]l|b[oő]l|t[oó]l|t[oő]l|nak|nek|t|szal|szel|ra|re)$"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Name particles that may sit inside a run: "Maria da Silva", "Jean de La Fontaine".
_PARTICLES = _words("da de do dos das di del della van von der le la du")
MAX_SPAN = 4
FUZZY_CONTACT = 88.0
FUZZY_ORG = 88.0
NEAR_MISS = 80.0  # the score a part of an unknown full name keeps: shown as a suggestion, never taken


@dataclass(frozen=True)
class Candidate:
    kind: str
    id: int
    name: str
    score: float
    organization: str | None = None
    owner_id: int | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # the kind of the best candidate
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return bool(self.candidates) and self.candidates[0].score >= 100.0

    @property
    def placeholder(self) -> str:
        return {"contact": "PERSON", "organization": "ORG", "product": "PRODUCT"}.get(self.kind, "NAME")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    stem: str = ""  # Hungarian: the key without its case ending ("zsofiaval" -> "zsofia"); else the key


# "-val/-vel" takes the shape of the last consonant, doubled: "Péterrel", "Kováccsal" (cs -> ccs), "Balázzsal".
# Also written with the whole digraph doubled: "kovácscsal", "balázszsal".
_HU_ASSIMILATED = re.compile(
    r"(?:(cs|sz|zs|gy|ly|ny|ty)\1|([cgklnstz])\2([syz])|([bcdfghjklmnprstvz])\4|(th)t)(?:al|el)$"
)
_HU_ENDINGS = (
    "val",
    "vel",
    "nak",
    "nek",
    "nal",
    "nel",
    "hoz",
    "hez",
    "tol",
    "rol",
    "bol",
    "ban",
    "ben",
    "ba",
    "be",
    "ra",
    "re",
    "ot",
    "et",
    "at",
    "t",
    "n",
)


def hu_stem(key: str) -> str:
    """A Hungarian name without its case ending: "Zsófiával", "Péterrel", "Katalint", "Globexnél" (folded keys)."""
    if len(key) < 5:
        return key
    assimilated = _HU_ASSIMILATED.search(key)
    if assimilated:
        whole, *rest = assimilated.groups()
        return key[: assimilated.start()] + (whole or "".join(g for g in rest if g))
    for ending in _HU_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


@cache
def stop_words(lang: str) -> frozenset[str]:
    """Words that never start a name search on their own: function words, interaction kinds, CRM words."""

    words: set[str] = set()
    for code in dict.fromkeys((lang, "en")):
        words.update(fold(w) for w in get_stop_words(code))
        words.update(fold(w) for w in getattr(lexicon(code), "REF_STOP_WORDS", ()))
        words.update(fold(w) for w in getattr(lexicon(code), "QUERY_FILLERS", ()))
        words.update(fold(w) for w in getattr(lexicon(code), "INTRO_WORDS", ()))
        words.update(fold(w) for w in kinds(code))
    words.update(CRM_WORDS)
    return frozenset(words)


# Words of the trade in the six languages: never a name on their own, whatever the store holds.
CRM_WORDS = _words(
    """
    log logged logging call called calls calling phone phoned rang meeting meetings met meet mtg email emailed mail
    mailed text texted message messaged chat chatted spoke talked visit visited lunch dinner coffee demo zoom teams
    note notes remind reminder reminders follow followup follow-up f/u fu tomorrow tmrw today yesterday tonight
    company companies deal deals customer customers client clients contact contacts who whom what when where which
    how why add new create update change set tag untag find show list get give send quick quickly jumped hopped
    could would please pls plz thanks thx ok okay wants want needs need asked asks said says told price prices
    quote proposal contract invoice discount renewal order orders meeting pipeline revenue margin churn portfolio
    birthday birthdays bday risk segment segments team staff owner product products licence licences license
    licenses seat seats plan plans won lost stage mark marked flag flagged remove move moved whatsapp whatsapped
    ligacao ligacão ligação liguei ligar reuniao reunião encontro almoco almoço cliente clientes empresa negocio
    negócio lembrete lembrar amanha amanhã hoje ontem marca marcar marque lembra lembre enviado enviada enviei
    mandei mandar schedule scheduled book booked arrange
    llamada llamé llame reunión reunion cliente empresa negocio recordar recordatorio mañana hoy ayer
    appel appelé appele réunion reunion rdv client clients entreprise société affaire rappel rappeler demain
    aujourd hui hier
    chiamata chiamato riunione incontro cliente clienti azienda affare ricordami promemoria domani oggi ieri segna
    mandato mandata inviato inviata
    domattina stamattina stasera
    hívás hívtam felhívtam megbeszélés találkozó ügyfél ügyfelek cég üzlet emlékeztess holnap ma tegnap
    """
)


_ELISION = re.compile(r"(?:l|d|dell|all|nell|dall|sull|un|qu)['’](?=\w)", re.IGNORECASE)


def tokens(text: str, lang: str) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(0), match.start()
        trimmed = _POSSESSIVE.sub("", word)
        elided = _ELISION.match(trimmed)
        if elided and len(trimmed) > elided.end():
            # "l'Atelier Moreau", "dell'Acme": the article is not part of the name
            trimmed, start = trimmed[elided.end() :], start + elided.end()
        if lang == "hu":
            trimmed = _HU_TAIL.sub("", trimmed)
        trimmed = trimmed.rstrip(".")
        if not trimmed:
            continue
        key = search_key(trimmed)
        out.append(_Token(start, start + len(trimmed), trimmed, key, hu_stem(key) if lang == "hu" else key))
    return out


def _runs(toks: list[_Token], text: str, lang: str, blocked: list[tuple[int, int]]) -> list[list[_Token]]:
    """Maximal runs of name-like words: no function word, no value, nothing but spaces between them."""
    stops = stop_words(lang if lang in LANGUAGES else "en")
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in toks:
        inside_value = any(s <= tok.start < e for s, e in blocked)
        initial = len(tok.text) == 1 and tok.text.isupper()  # "J. Silva"
        is_stop = tok.key in stops and not initial and not _title_pair(toks, tok, text)
        if is_stop and tok.key in _SURNAME_WORDS and _beside_a_name(toks, tok, text, stops):
            is_stop = False  # "called sarah long", "nagy péter": the surname, not the word
        particle = tok.key in _PARTICLES and bool(current)
        joined = bool(current) and re.fullmatch(r"\.?[ \t]+|\s*&\s*|-", text[current[-1].end : tok.start]) is not None
        if inside_value or (is_stop and not particle):
            if current:
                runs.append(current)
            current = []
            continue
        if current and not joined:
            runs.append(current)
            current = []
        current.append(tok)
    if current:
        runs.append(current)
    # A particle cannot end a run ("Maria da").
    return [r[: len(r) - 1] if r[-1].key in _PARTICLES else r for r in runs if r and r[0].key not in _PARTICLES]


# Surnames that are also function words of a language ("young", "long"; hu "nagy"): beside a name word they are
# part of the name, or "called sarah long" would be a call with the one stored Sarah.
_SURNAME_WORDS = frozenset({"young", "long", "nagy"})


def _beside_a_name(toks: list[_Token], tok: _Token, text: str, stops: frozenset[str]) -> bool:
    index = toks.index(tok)
    for other in (toks[index - 1] if index else None, toks[index + 1] if index + 1 < len(toks) else None):
        if other is None or other.key in stops:
            continue
        gap = text[min(tok.end, other.end) : max(tok.start, other.start)]
        if re.fullmatch(r"[ \t]+", gap):
            return True
    return False


def _title_pair(toks: list[_Token], tok: _Token, text: str) -> bool:
    """A capitalised word beside another capitalised word is a name word even if it is also a word ("May Chen",
    "Will Smith"); the first word of the message counts only with a capitalised neighbour after it."""
    if not tok.text[:1].isupper():
        return False
    index = toks.index(tok)
    for other in (toks[index - 1] if index else None, toks[index + 1] if index + 1 < len(toks) else None):
        if other is None or not other.text[:1].isupper():
            continue
        gap = text[min(tok.end, other.end) : max(tok.start, other.start)]
        if gap.strip() == "":
            return True
    return False


def _spans(run: list[_Token]) -> list[tuple[int, int]]:
    """Index pairs into the run, longest first, then left to right."""
    n = len(run)
    return [(i, i + size) for size in range(min(n, MAX_SPAN), 0, -1) for i in range(n - size + 1)]


def _key(run: list[_Token], i: int, j: int) -> str:
    return " ".join(t.key for t in run[i:j])


def _variants(run: list[_Token], i: int, j: int, lang: str) -> list[str]:
    """The span's key; in Hungarian also without the last word's case ending, and family name first."""
    key = _key(run, i, j)
    if lang != "hu":
        return [key]
    stemmed = [t.key for t in run[i : j - 1]] + [run[j - 1].stem]
    out = [key, " ".join(stemmed)]
    if j - i == 2:  # "Tóth Katalint" is Katalin Tóth
        out += [f"{run[i + 1].key} {run[i].key}", " ".join(reversed(stemmed))]
    return list(dict.fromkeys(out))


def _without_legal(key: str) -> str:
    return search.company_key(key)


def _segments(toks: list[_Token], text: str) -> list[list[_Token]]:
    """Tokens split where anything but spaces (a comma, a full stop, a colon) separates two words."""
    out: list[list[_Token]] = []
    for tok in toks:
        if out and re.fullmatch(r"\.?[ \t]+|\s*&\s*|-", text[out[-1][-1].end : tok.start]):
            out[-1].append(tok)
        else:
            out.append([tok])
    return out


# The common catalogue words of a CRM in the staff languages, by their English name (accent-folded keys).
_PRODUCT_WORDS = {
    "formacao": "training",
    "treinamento": "training",
    "formacion": "training",
    "capacitacion": "training",
    "formation": "training",
    "formazione": "training",
    "kepzes": "training",
    "trening": "training",
    "suporte": "support",
    "soporte": "support",
    "supporto": "support",
    "assistenza": "support",
    "tamogatas": "support",
    "bevezetes": "onboarding",
}
# Their plurals ("2 formations", "3 formazioni", "treinamentos"): the same catalogue product, never a new one.
_PRODUCT_WORDS |= {
    "formacoes": "training",
    "treinamentos": "training",
    "formaciones": "training",
    "capacitaciones": "training",
    "formations": "training",
    "formazioni": "training",
    "trainings": "training",
    "kepzesek": "training",
    "kepzest": "training",
    "kepzeseket": "training",
    "soportes": "support",
    "suportes": "support",
    "supporti": "support",
    "supports": "support",
}


def find(
    session: Session,
    text: str,
    *,
    lang: str,
    blocked: list[tuple[int, int]] | None = None,
    tag_keys: Collection[str] = (),
    stored_tags: set[str] | None = None,
) -> list[Mention]:
    """The mentions in ``text``, in order; ``blocked`` spans (dates, amounts, e-mails) are never names. The same
    statement as the exact names tells which of ``tag_keys`` are stored tags, added to ``stored_tags``."""
    blocked = blocked or []
    toks = [t for t in tokens(text, lang) if not any(s <= t.start < e for s, e in blocked)]
    segments = _segments(toks, text)
    keys = {v for seg in segments for i, j in _spans(seg) for v in _variants(seg, i, j, lang)}
    keys |= {_without_legal(k) for k in keys}
    if not toks:
        if stored_tags is not None:
            stored_tags.update(store.tags(session=session, keys=tag_keys))
        return []
    named = store.names(session=session, keys=keys, tag_keys=tag_keys)
    if stored_tags is not None:
        stored_tags.update(named.tags)
    exact, catalogue = named.exact, named.catalogue
    by_key: dict[str, list[store.Named]] = {}
    for named in [*exact, *(p for p in catalogue if p.key in keys)]:
        by_key.setdefault(named.key, []).append(named)
    for word in keys & _PRODUCT_WORDS.keys():
        # "comprou formação", "vuole il supporto": a catalogue kept in English, named in the staff's language
        by_key.setdefault(word, []).extend(p for p in catalogue if p.key == _PRODUCT_WORDS[word])
    stops = stop_words(lang if lang in LANGUAGES else "en")
    found: list[Mention] = []
    taken: set[int] = set()
    # 1. Exact names anywhere, longest first: "May Chen" and "Will Smith" are names even though "may" and "will"
    #    are words; a lone lower-case function word is not.
    for seg in segments:
        for i, j in _spans(seg):
            if any(t.start in taken for t in seg[i:j]):
                continue
            variants = _variants(seg, i, j, lang)
            key = variants[0]
            hits = next((by_key[v] for v in variants if v in by_key), []) or by_key.get(_without_legal(key), [])
            if not hits:
                continue
            if j - i == 1 and key in stops and hits[0].kind != "product" and not seg[i].text[:1].isupper():
                continue
            found.append(
                _mention(
                    seg, i, j, text, [Candidate(h.kind, h.id, h.name, 100.0, h.organization, h.owner_id) for h in hits]
                )
            )
            taken.update(t.start for t in seg[i:j])
    # 2. Typos, first names, surnames: runs of words that are not function words, through the trigram index.
    rest = [t for t in toks if t.start not in taken]
    for run in _runs(rest, text, lang, blocked):
        used = [False] * len(run)
        parts: list[Mention] = []
        for i, j in _spans(run):
            if any(used[i:j]):
                continue
            mention = _look_up(session, run, i, j, catalogue, text)
            if mention is not None:
                parts.append(mention)
                for k in range(i, j):
                    used[k] = True
        found.extend(_as_new_name(run, parts, text, lang))
    return sorted(found, key=lambda m: m.start)


def _as_new_name(run: list[_Token], parts: list[Mention], text: str, lang: str) -> list[Mention]:
    """A full name we do not have ("John Smith") is one new name, not two halves of other people's names.

    Its parts' matches stay as near misses ("Did you mean John Miller?"), never as the person meant. A full
    name is two or three capitalised words in a row; a known company inside one stays that company.
    """
    out = list(parts)
    groups = _title_groups(run)
    halves = [p for p in parts if p.kind == "contact" and not p.exact]
    if 2 <= len(run) <= 3 and len(halves) >= 2 and not any(p.kind == "organization" and p.exact for p in parts):
        groups.append(run)  # "met with john smith": two halves of two other people are one name we do not have
    else:
        groups.extend(_adjacent_halves(run, halves))  # "giulia rossi di fiat": the run goes on past the name
    other = _other_half(run, parts, lang)
    if other and not any(t in g for g in groups for t in other):
        groups.append(other)  # "elena popescu", "wade wilson": only Elena López and Jessica Wilson are stored
    for group in groups:
        start, end = group[0].start, group[-1].end
        inside = [p for p in out if p.start >= start and p.end <= end]
        if any(p.start == start and p.end == end for p in inside) or any(
            p.kind == "organization" and p.exact for p in inside
        ):
            continue
        near = [
            Candidate(c.kind, c.id, c.name, min(c.score, NEAR_MISS), c.organization, c.owner_id)
            for p in inside
            for c in p.candidates
            if c.kind == "contact"
        ]
        out = [p for p in out if p not in inside] + [Mention(start, end, text[start:end], "new", near)]
    return out


def _adjacent_halves(run: list[_Token], halves: list[Mention]) -> list[list[_Token]]:
    """Two words side by side, each half of a different stored person's name ("giulia" of Giulia Ferrari,
    "rossi" of Maria Rossi): one name the store does not have."""
    starts = {t.start: k for k, t in enumerate(run)}
    ends = {t.end: k for k, t in enumerate(run)}
    groups = []
    for first, second in pairwise(halves):
        a, b = ends.get(first.end), starts.get(second.start)
        if first.start not in starts or a is None or b != a + 1:
            continue
        ids = {c.id for c in first.candidates if c.kind == "contact"}
        if ids & {c.id for c in second.candidates if c.kind == "contact"}:
            continue  # both halves of one stored person ("sophie … martin" misspelt) are left to resolution
        groups.append(run[starts[first.start] : b + 1])
    return groups


def _other_half(run: list[_Token], parts: list[Mention], lang: str) -> list[_Token]:
    """One word of the run names a stored person by half their name, and the word beside it, on the side where the
    rest of a name stands, is nothing we know: "wade wilson" when only Jessica Wilson is stored.

    Words in a run are already not function words. Before a surname an unknown word is taken as the other half;
    after a given name it must also not be a word of the language ("elena popescu", not "elena loved"), since a
    verb often follows the person who did something. A word like the stored person's own other half is a typo
    of it ("sophie martn"), left to resolution. Hungarian, with its free word order and verbs before names
    ("jelöld Gábort"), is left out.
    """
    matched = [p for p in parts if p.kind == "contact" and not p.exact]
    if lang == "hu" or len(matched) != 1 or len(parts) != 1:
        return []
    index = next((k for k, t in enumerate(run) if t.start == matched[0].start), None)
    if index is None or run[index].end != matched[0].end:
        return []
    word = run[index].key
    names = [search_key(c.name).split() for c in matched[0].candidates if c.kind == "contact"]
    others = {w for n in names for w in n if w != word}
    if index > 0 and any(len(n) > 1 and n[-1] == word for n in names):
        other, group = run[index - 1], run[index - 1 : index + 1]
    elif index + 1 < len(run) and any(n and n[0] == word for n in names):
        other, group = run[index + 1], run[index : index + 2]
        if len(other.key) < 4 or (_predicate(other.text.lower(), lang) and other.key not in _SURNAME_WORDS):
            return []
    else:
        return []
    if not _name_like(other) or any(fuzz.ratio(other.key, w) >= 75 for w in others):
        return []
    return group


def _name_like(tok: _Token) -> bool:
    """Letters only, two or more, no particle: "isn't", "whatsapp'd", "J." and "de" are not half of a name."""
    return len(tok.text) >= 2 and tok.text.isalpha() and tok.key not in _PARTICLES


# Adverbs that often follow a name ("pierre toujours fâché", "giulia sempre gentile") and that simplemma's
# dictionaries, made of inflected words, do not hold.
_ADVERBS = frozenset(
    [
        "always",
        "never",
        "still",
        "again",
        "already",
        "also",
        "really",
        "soon",
        "toujours",
        "jamais",
        "souvent",
        "encore",
        "deja",
        "aussi",
        "vraiment",
        "bientot",
        "sempre",
        "mai",
        "spesso",
        "ancora",
        "gia",
        "anche",
        "davvero",
        "presto",
        "siempre",
        "nunca",
        "todavia",
        "tambien",
        "ya",
        "nunca",
        "ainda",
        "tambem",
        "ja",
    ]
)


def _is_word(key: str, lang: str) -> bool:
    """Whether ``key`` is a word of the language (its lemma is in simplemma's dictionary); Hungarian's dictionary
    takes over a second to load, so there any word counts as one, which only makes this less eager."""
    if lang == "hu" or lang not in LANGUAGES:
        return True
    if key in _ADVERBS:
        return True
    # Imported here: it loads every language's rules (~0.1 s), and only a rare two-word new name needs it.
    import simplemma

    # "mandarle", "chiamarlo": a verb with its pronoun is not in the dictionary but lemmatizes to one.
    return bool(simplemma.is_known(key, lang=lang)) or simplemma.lemmatize(key, lang=lang) != key


def _predicate(key: str, lang: str) -> bool:
    """Whether the word after a given name is what the person did ("sophie wants", "giulia vuole", "ana pediu"),
    not their surname ("sophie turner", "peter parker", "giulia rossi", "chiara colombo"). A surname that is also a
    word was read as a verb, and the write went to the stored person with that first name; so only a verb's
    inflected form (its lemma differs, a Romance lemma is an infinitive) or an adverb counts, and a doubtful word
    is a surname, which at worst asks."""
    if lang == "hu" or lang not in LANGUAGES:
        return True
    if key in _ADVERBS or key in _BASE_VERBS.get(lang, ()):
        return True
    import simplemma

    lemma = simplemma.lemmatize(key, lang=lang)
    if lemma[:1].isupper() or lemma == key:
        return False  # a proper noun ("Parker", "López") or a base form ("turner", "colombo", "silva")
    if lang == "en":
        return True  # "wants", "said", "confirmed"
    if lang == "it" and key.endswith(("i", "o")) and not key.endswith(("ato", "uto", "ito")):
        return False  # "bianchi", "gallo", "conti": surnames the lemmatizer takes for verbs or plurals
    return lemma.endswith(("ar", "er", "ir", "re", "ír"))


# Words after a given name that are not a surname though simplemma leaves them as they are: third persons it
# reads as nouns ("o rui quer", "sophie demande", "giulia conferma"), and "wish pablo happy birthday".
_BASE_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"happy", "thanks", "asap", "back", "now", "here", "there", "tonight", "please", "later", "too"}),
    "pt": frozenset({"quer", "fica"}),
    "es": frozenset({"busca", "pregunta", "sigue"}),
    "fr": frozenset({"demande", "reste"}),
    "it": frozenset({"conferma", "accetta", "resta"}),
}


def _title_groups(run: list[_Token]) -> list[list[_Token]]:
    groups: list[list[_Token]] = [[]]
    for tok in run:
        if tok.text[:1].isupper():
            groups[-1].append(tok)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if 2 <= len(g) <= 3]


def _mention(run: list[_Token], i: int, j: int, text: str, candidates: list[Candidate]) -> Mention:
    start, end = run[i].start, run[j - 1].end
    ordered = sorted(candidates, key=lambda c: c.score, reverse=True)
    return Mention(start, end, text[start:end], ordered[0].kind, ordered)


def _look_up(
    session: Session,
    run: list[_Token],
    i: int,
    j: int,
    catalogue: list[store.Named],
    text: str,
) -> Mention | None:
    key = " ".join([t.key for t in run[i : j - 1]] + [run[j - 1].stem])  # Hungarian: without the case ending
    bare = _without_legal(key)
    size = j - i
    first = run[i]
    # One lower-case word alone is a name only when it is long enough not to be a common word's typo.
    if size == 1 and len(key) < 3:
        return None
    product = _product(key, catalogue)
    if product is not None:
        return _mention(run, i, j, text, [product])
    if size > 1:
        # Whole names were looked up exactly (one query for the message); a misspelt full name is found word
        # by word here and offered by resolution, which searches thoroughly only for the name it settles on.
        return None
    contacts = [
        Candidate("contact", c.contact_id, c.full_name, c.score, c.organization, c.owner_id)
        for c in search.find_contacts(session=session, query=bare, limit=8, min_score=FUZZY_CONTACT, thorough=False)
        if c.score >= search.WHOLE_NAME or search.covers(bare, search_key(c.full_name))
    ]
    orgs = [
        Candidate("organization", o.organization_id, o.name, o.score)
        for o in (
            search.find_organizations(session=session, query=bare, min_score=FUZZY_ORG, thorough=False)
            if first.text[:1].isupper() or len(bare) >= 5
            else []
        )
        if (len(bare) >= 4 or o.score >= 100)
        and search.covers(bare, _without_legal(search_key(o.name)))
        # every word of the company's name is there too: "Lisboa" is a city, not Padaria Lisboa
        and search.covers(_without_legal(search_key(o.name)), bare)
    ]
    if size == 1 and not first.text[:1].isupper():
        # "wants", "acme": a lower-case single word must be close to a whole name word to count.
        contacts = [c for c in contacts if c.score >= 90]
    candidates = contacts + orgs
    if not candidates:
        return None
    return _mention(run, i, j, text, candidates)


def _product(key: str, catalogue: list[store.Named]) -> Candidate | None:
    for named in catalogue:
        if key == named.key or (len(key) >= 4 and fuzz.ratio(key, named.key) >= 88):
            return Candidate("product", named.id, named.name, 100.0 if key == named.key else 90.0)
    return None
