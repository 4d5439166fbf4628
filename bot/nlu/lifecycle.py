"""The customer lifecycle stage a message names ("Tiago is a prospect now", "lista de leads", "adesso è cliente"),
in the sender's language and English, and the tags it names explicitly ("tagged vip", "com tag vip", "#vip",
"partner címkés").

The words are accent-folded; a stage is read only as a whole word, so "clientele" or "leader" name nothing.
"""

from __future__ import annotations

import re
from functools import cache

from bot.nlu.lexicons import fold, languages_for

# Singular and plural; the value is the stored stage (storage.models.STAGES).
STAGE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "lead": "lead", "leads": "lead", "prospect": "prospect", "prospects": "prospect",
        "customer": "customer", "customers": "customer", "client": "customer", "clients": "customer",
        "advocate": "advocate", "advocates": "advocate", "promoter": "advocate", "promoters": "advocate",
        "churned": "churned", "former customer": "churned", "former customers": "churned", "lost customer": "churned",
        "lost customers": "churned",
    },
    "pt": {
        "lead": "lead", "leads": "lead", "prospect": "prospect", "prospects": "prospect", "prospecto": "prospect",
        "prospectos": "prospect", "potencial cliente": "prospect", "potenciais clientes": "prospect",
        "cliente": "customer", "clientes": "customer", "promotor": "advocate", "promotores": "advocate",
        "embaixador": "advocate", "embaixadores": "advocate", "ex-cliente": "churned", "ex-clientes": "churned",
        "cliente perdido": "churned", "clientes perdidos": "churned",
    },
    "es": {
        "lead": "lead", "leads": "lead", "prospecto": "prospect", "prospectos": "prospect", "prospect": "prospect",
        "cliente potencial": "prospect", "clientes potenciales": "prospect", "cliente": "customer",
        "clientes": "customer", "promotor": "advocate", "promotores": "advocate", "embajador": "advocate",
        "embajadores": "advocate", "excliente": "churned", "exclientes": "churned", "ex cliente": "churned",
        "cliente perdido": "churned", "clientes perdidos": "churned",
    },
    "fr": {
        "lead": "lead", "leads": "lead", "prospect": "prospect", "prospects": "prospect", "client": "customer",
        "clients": "customer", "cliente": "customer", "clientes": "customer", "ambassadeur": "advocate",
        "ambassadeurs": "advocate", "ambassadrice": "advocate", "promoteur": "advocate", "ancien client": "churned",
        "anciens clients": "churned", "client perdu": "churned", "clients perdus": "churned",
    },
    "it": {
        "lead": "lead", "prospect": "prospect", "potenziale cliente": "prospect", "potenziali clienti": "prospect",
        "cliente": "customer", "clienti": "customer", "promotore": "advocate", "promotori": "advocate",
        "ambasciatore": "advocate", "ambasciatori": "advocate", "ex cliente": "churned", "ex clienti": "churned",
        "cliente perso": "churned", "clienti persi": "churned",
    },
    "hu": {
        "lead": "lead", "leadek": "lead", "leadeket": "lead", "prospect": "prospect", "prospectek": "prospect",
        "érdeklődő": "prospect", "érdeklődők": "prospect", "érdeklődőket": "prospect", "ügyfél": "customer",
        "ügyfelek": "customer", "ügyfeleket": "customer", "ügyféllé": "customer", "vevő": "customer",
        "vevők": "customer", "vevőket": "customer", "nagykövet": "advocate", "nagykövetek": "advocate",
        "volt ügyfél": "churned", "volt ügyfelek": "churned", "elvesztett ügyfél": "churned",
    },
}  # fmt: skip

# "tagged vip", "with the tag vip", "com tag vip", "#vip", "vip címkés", "etiqueta vip", "étiquette vip".
_TAG_AFTER = re.compile(
    r"(?:\btag(?:ged)?\s+(?:her|him|them|it|ela|ele|la|lo|le|la|lui|lei)(?:\s+as|\s+with)?|\btagged(?:\s+as|\s+with)?|\b(?:with|com|con|avec|with the|com a|con la|avec l'|con il)\s+(?:(?:the|a|la|l')\s+)?"
    r"(?:tags?|etiquetas?|étiquettes?|etichett[ae])|\btag(?:s|g[ée]e?s?|u[ée]e?s?|gat[oiae]|geados?|gelt)?\b|"
    r"\betiquetas?|\bétiquettes?|\betichett[ae]|"
    r"\bcímkéjű|\bcímkével)\s*:?\s*#?([\w-]+)",
    re.IGNORECASE,
)
_TAG_BEFORE = re.compile(r"#?([\w-]+)\s+(?:címkés|címkéjű|címkével)\b", re.IGNORECASE)
_HASHTAG = re.compile(r"(?<![\w&])#([^\W\d_][\w-]*)")
_NOT_TAGS = frozenset({"as", "with", "the", "a", "de", "da", "do", "la", "le", "il", "az", "and", "e", "y", "et"})


@cache
def _stage_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    # Staff write in a colleague's language too; where two languages disagree on a word, the sender's wins.
    for code in reversed(languages_for(lang)):
        table.update({fold(word): stage for word, stage in STAGE_WORDS[code].items()})
    alternatives = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    # Hungarian puts its case ending on the stage word: "tedd át prospectbe", "leadként", "a leadet"
    ending = r"(?:ba|be|kent|nak|nek|va|ve|ra|re|t|et|ot|at|ek|ok|ak|eket|okat|akat|hoz|hez)?" if lang == "hu" else ""
    return re.compile(rf"(?<![\w-])({alternatives}){ending}(?![\w-])"), table


def stage_named(text: str, lang: str, *, churn: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """The lifecycle stage the text names and where, or (None, None). A negated stage ("no longer a customer",
    "n'est plus client", "már nem ügyfél") is never that stage: with ``churn`` (a contact's stage being changed) a
    customer or advocate no more is churned, and otherwise it is skipped for the next stage named, if any."""
    pattern, table = _stage_pattern(lang)
    folded = fold(text)  # folding keeps offsets for the accented letters of these languages
    negated: tuple[str, tuple[int, int]] | None = None
    for match in pattern.finditer(folded):
        if not _NEGATION.search(folded[max(0, match.start(1) - 40) : match.start(1)]):
            return table[match.group(1)], match.span(1)
        negated = negated or (table[match.group(1)], match.span(1))
    if churn and negated is not None and negated[0] in ("customer", "advocate"):
        return "churned", negated[1]
    return None, None


# Said right before a stage word: "is no longer a", "not a … anymore", "n'est plus", "ya no es", "non è più",
# "já não é", "deixou de ser", "dejó de ser", "már nem" (accent-folded).
_NEGATION = re.compile(
    r"(?:\bno longer|\bnot|\bisn'?t|\bn'?est plus|\bne sont plus|\bplus|\bya no(?: es)?|\bno es|\bnon e piu|"
    r"\bnon sono piu|\bnon e|\bnao e mais|\bja nao e|\bnao e|\bdeixou de ser|\bdejo de ser|\bmar nem|\bnem)"
    r"(?:\s+(?:a|an|um|uma|un|une|una|uno|more|mais|el|la|le|il|egy|az))?\s*$"
)


def tags_named(text: str) -> list[str]:
    """Tags the text names explicitly (a tag word or a #hashtag), as stored: lower case, spaces as hyphens."""
    found = [m.group(1) for m in _TAG_AFTER.finditer(text)]
    found += [m.group(1) for m in _TAG_BEFORE.finditer(text)]
    found += [m.group(1) for m in _HASHTAG.finditer(text)]
    return list(dict.fromkeys(t.lower() for t in found if t.lower() not in _NOT_TAGS))


# "became a customer", "virou cliente", "pasó a ser cliente", "est passée cliente", "è passata a cliente", "ügyfél
# lett": a contact's lifecycle move, said with a verb of becoming (accent-folded), never a touch or a new company.
_BECAME = re.compile(
    r"\b(?:became|becomes|has become|turned into|converted to|converted into|is now|now|virou|tornou-se|passou a(?: ser)?|"
    r"agora e|se convirtio en|paso a(?: ser)?|ahora es|ya es|est passee?|est devenue?|devient|est maintenant|"
    r"e passat[oa] a|e diventat[oa]|diventa|ora e|adesso e)\s+(?:(?:a|an|um|uma|un|une|una|uno)\s+)?$"
)
_ASKED = re.compile(r"^\s*(?:who|which|how many|quem|quais|quantos|quien|quienes|cuantos|qui|quels|combien|chi|quali|"
                    r"quanti|ki|kik|hany)\b|\?\s*$")  # fmt: skip


_IS = re.compile(r"(?:\bis|'s|\be|\bes|\best|\bc'est)\s+(?:(?:a|an|um|uma|un|une|una|uno)\s+)?$")
_NOW_AFTER = re.compile(r"\s+(?:now|agora|ahora|maintenant|desormais|adesso|ora)\b")


def became(text: str, lang: str) -> str | None:
    """The stage a contact is said to have moved to ("giulia è passata a cliente"), or None (a question, "who
    became a customer?", is a list, not a move)."""
    folded = fold(text)
    if _ASKED.search(folded):
        return None
    pattern, table = _stage_pattern(lang)
    for match in pattern.finditer(folded):
        before = folded[max(0, match.start(1) - 30) : match.start(1)]
        hungarian = lang == "hu" and re.match(r"\s*(?:lett|valt)\b", folded[match.end(1) :])
        now = _IS.search(before) and _NOW_AFTER.match(folded[match.end(1) :])  # "she's a prospect now"
        if _BECAME.search(before) or hungarian or now:
            return table[match.group(1)]
    return None
