"""Entities of a new deal ("new deal with Initech, 20k USD, stage proposal, close end of May"), of a new organization
("add company Zeta Corp, zeta.example, enterprise, Berlin"), and the amount, close date and lost reason of a deal
that changes ("Acme deal is now worth €30k", "Acme deal closes end of June", "we lost the Hooli deal, price too high")."""

from __future__ import annotations

import re
from datetime import datetime

from bot.nlu import entities as ent
from bot.nlu.dates import find_dates
from bot.nlu.understanding import Understanding

_DEAL_LEAD = re.compile(
    r"^\s*(?:(?:add|new|create|open|log)\s+(?:an?\s+)?(?:new\s+)?(?:deal|opportunity|opp)|"
    r"(?:novo|nova|criar|abrir|adicionar?)\s+(?:um\s+|uma\s+)?(?:novo\s+)?(?:neg[oó]cio|oportunidade|deal)|"
    r"(?:nuevo|nueva|crear|abrir|añadir)\s+(?:un\s+|una\s+)?(?:nueva\s+)?(?:oportunidad|negocio|trato|deal)|"
    r"(?:nouvelle|nouveau|créer|ouvrir|ajouter)\s+(?:une\s+|un\s+)?(?:nouvelle\s+)?(?:affaire|opportunité|deal)|"
    r"(?:nuova|nuovo|crea|apri|aggiungi)\s+(?:una\s+|un\s+)?(?:nuova\s+)?(?:trattativa|opportunità|deal)|"
    r"új\s+(?:üzlet|lehetőség|deal)|(?:üzlet|lehetőség)\s+(?:létrehozása|felvétele))\b\s*[:,]?\s*",
    re.IGNORECASE,
)
_WITH = re.compile(
    r"^(?:w/|with|for|at|com|para|a|à|ao|con|avec|pour|chez|con|per|presso|da|de|del|della)\s+(?:(?:a|o|la|el|le|l'|il)\s+)?",
    re.IGNORECASE,
)
_HU_WITH = re.compile(r"^(?:az?\s+)?(.+?)(?:-?(?:[vsz]+[ae]l)|nál|nél)$", re.IGNORECASE)
# Where the account's name ends: the price, the stage, the close date, or a "for ..." purpose.
_CUT = re.compile(
    r"\s+(?:for|por|pour|per|para|stage|etapa|fase|étape|szakasz|clos\w*|fecha\w*|cierr\w*|clôture|chiusura|zárás)\b"
    r"|\s*[€$£¥]|\s+\d",
    re.IGNORECASE,
)
_FOR_PRODUCT = re.compile(r"\s(?:for|para|pour|per)\s+((?:[^\W\d_][\w-]*\s*){1,3})$", re.IGNORECASE)
_TIME_WORDS = re.compile(
    r"\b(?:next|this|last|quarter|month|week|year|q[1-4]|pr[oó]xim[oa]|trimestre|m[eê]s|semana|ano|año|prochain|mois|"
    r"semaine|ann[ée]e|prossim[oa]|mese|settimana|anno|negyed[ée]v|h[oó]nap|h[ée]t|[ée]v)\b",
    re.IGNORECASE,
)
_CLOSE = re.compile(
    r"\b(?:clos(?:e|es|ing)(?: date)?|expected close|fecha(?:r|mento)?|fecho|cierre|cierra|clôture|chiusura|"
    r"chiude|zárás|zárul)\b\s*(?:date\s*)?(?:by|on|at|in|:|em|a|el|le|il|entro)?\s*(.+?)(?:[,;]|$)",
    re.IGNORECASE,
)
_STAGE_LEAD = re.compile(r"^(?:stage|etapa|fase|étape|szakasz)\s*:?\s*", re.IGNORECASE)
_TITLE = re.compile(
    r"(?:called|named|title[d]?|chamado|llamad[oa]|intitulée?|chiamat[oa]|néven)\s+[\"“']?([^\"”',]+)", re.I
)
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
_REASON = re.compile(
    r"(?:\b(?:because|reason:?|due to|porque|motivo:?|raz[oó]n:?|parce que|raison\s*:?|perché|motivo|mert|ok:?)\s+|"
    r"\blost\b[^,:;]*[,:;]\s*|\bperdid[oa]\b[^,:;]*[,:;]\s*|\bperdu[e]?\b[^,:;]*[,:;]\s*|\bpers[oa]\b[^,:;]*[,:;]\s*|"
    # "perdemos o negócio da padaria, foram para a concorrência": the clause after the verb's is the reason
    r"\bperd(?:emos|imos|eram|i|eu)\b[^,:;]*[,:;]\s*|\belvesztettük\b[^,:;]*[,:;]\s*)(.+)$",
    re.IGNORECASE,
)
_ORG_LEAD = re.compile(
    r"^\s*(?:(?:add|new|create|set up)\s+(?:an?\s+)?(?:new\s+)?(?:company|organi[sz]ation|org|account|business)|"
    r"(?:adicionar?|nova|criar?|cria)\s+(?:a\s+|uma\s+)?(?:nova\s+)?(?:empresa|organiza[çc][aã]o|conta)|"
    r"(?:añadir|añade|nueva|crear|crea|agregar|agrega)\s+(?:la\s+|una\s+)?(?:nueva\s+)?(?:empresa|organizaci[oó]n|compañ[ií]a)|"
    r"(?:ajouter|ajoute|nouvelle|créer|crée|cree)\s+(?:la\s+|une\s+)?(?:nouvelle\s+)?(?:société|entreprise|organisation)|"
    r"(?:aggiungi|nuova|crea)\s+(?:l'|una\s+)?(?:nuova\s+)?(?:azienda|società|organizzazione)|"
    r"új\s+(?:cég|szervezet)|(?:cég|szervezet)\s+(?:hozzáadása|felvétele))\b\s*[:,]?\s*",
    re.IGNORECASE,
)
_ABBREVIATED_END = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]\.|\b(?:Inc|Ltd|Co|Corp|Bros|Cia|Lda|Ltda)\.)$")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", re.IGNORECASE)
SEGMENTS = {
    "smb": "SMB", "small business": "SMB", "pme": "SMB", "pyme": "SMB", "kkv": "SMB",
    "mid-market": "mid-market", "midmarket": "mid-market", "mid market": "mid-market",
    "enterprise": "enterprise", "empresarial": "enterprise", "grande empresa": "enterprise", "grande entreprise": "enterprise",
    "grande azienda": "enterprise", "nagyvállalat": "enterprise", "partner": "partner", "parceiro": "partner",
    "socio": "partner", "partenaire": "partner", "supplier": "supplier", "fornecedor": "supplier",
    "proveedor": "supplier", "fournisseur": "supplier", "fornitore": "supplier", "beszállító": "supplier",
}  # fmt: skip
_CITY_LEAD = re.compile(r"^(?:in|based in|city:?|em|en|à|a|in|székhely:?)\s+", re.IGNORECASE)


def fill_new_deal(u: Understanding, raw: str, *, now: datetime, tz: str, currency: str) -> None:
    from bot.nlu.fill_sales import fill_deal_stage

    body = _DEAL_LEAD.sub("", raw, count=1)
    _money(u, body, currency)
    _close(u, body, now=now, tz=tz)
    fill_deal_stage(u, body)
    titled = _TITLE.search(body) or _QUOTED.search(body)
    if titled:
        u.deal = titled.group(1).strip()
    parts = [p.strip() for p in re.split(r"[,;]", body) if p.strip()]
    first = parts[0] if parts else ""
    purpose = _FOR_PRODUCT.search(first)
    if (
        purpose
        and not re.search(r"\d|[€$£¥]", purpose.group(1))
        and not find_dates(purpose.group(1), now=now, tz=tz, lang=u.lang)
        and not _TIME_WORDS.search(purpose.group(1))
    ):
        u.product = purpose.group(1).strip(" .")  # "new deal with Globex for Training" (a catalogue name wins later)
    first = _CUT.split(first, maxsplit=1)[0]
    first = _WITH.sub("", first, count=1)
    hu = _HU_WITH.match(first) if u.lang == "hu" or re.search(r"-(?:val|vel|szel|sal|sel)\b", first) else None
    who = (hu.group(1) if hu else first).strip(" .")
    if who and not _CLOSE.match(who) and not _STAGE_LEAD.match(who) and who != u.deal:
        u.company = who


def _money(u: Understanding, text: str, currency: str) -> None:
    u.amount, u.currency, _ = ent.find_amount(text, default_currency=currency)


def _close(u: Understanding, text: str, *, now: datetime, tz: str) -> None:
    match = _CLOSE.search(text)
    if not match:
        return
    phrase = match.group(1)
    found = find_dates(phrase, now=now, tz=tz, lang=u.lang, prefer="future")
    if found:
        u.close_on = found[0].value.date()
    else:
        u.invalid.setdefault("close_date", phrase)


def fill_deal_change(u: Understanding, raw: str, *, now: datetime, tz: str, currency: str) -> None:
    """Amount, close date and lost reason of a deal move ("we lost the Hooli deal, price too high")."""
    if re.search(r"\b(?:worth|amount|value|valor|importe|montant|valeur|importo|valore|összeg|érték)\b", raw, re.I):
        _money(u, raw, currency)
    elif re.search(r"\b(?:is now|now|agora|ahora|maintenant|ora|most)\b", raw, re.I):
        _money(u, raw, currency)  # "milano design deal is now 15k"
    elif u.stage != "lost" and ent.MONEY.search(raw):
        _money(u, raw, currency)  # "passa in negoziazione a 11.500 €": money with its currency is the new amount
    _close(u, raw, now=now, tz=tz)
    if u.stage == "lost":
        reason = _REASON.search(raw)
        if reason:
            u.reason = reason.group(1).strip(" .")[:300] or None


def fill_new_organization(u: Understanding, raw: str) -> None:
    body = _ORG_LEAD.sub("", raw, count=1)
    parts = [p.strip() for p in re.split(r"[,;]", body) if p.strip()]
    if not parts:
        return
    name = re.sub(r"^(?:called|named|for|chamada|llamada|appelée|chiamata)\s+", "", parts[0], flags=re.I).strip(" ")
    # A full stop ends the sentence, except the one of an abbreviated legal form ("Sevilla Solar S.L.", "Acme Inc.").
    u.company = name if _ABBREVIATED_END.search(name) else name.strip(" .")
    for part in parts[1:]:
        low = part.lower().strip(" .")
        domain = _DOMAIN.match(low)
        if domain and "@" not in low:
            u.domain = domain.group(1)
        elif low in SEGMENTS or re.sub(r"^(?:segment|segmento|szegmens)\s*:?\s*", "", low) in SEGMENTS:
            u.segment = SEGMENTS[re.sub(r"^(?:segment|segmento|szegmens)\s*:?\s*", "", low)]
        elif u.city is None:
            u.city = _CITY_LEAD.sub("", part).strip(" .") or None
