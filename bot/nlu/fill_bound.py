"""A money bound in a question about deals: "deals in negotiation over $20k", "negócios acima de 5 mil euros",
"üzletek 5 millió forint felett", "trattative sotto i 2.000 €"."""

from __future__ import annotations

import re

from bot.nlu.entities import find_amount
from bot.nlu.understanding import Understanding

# The comparison word written right before the amount, in the six languages (and ">", "<").
_BEFORE = re.compile(
    r"(?:(?P<over>\bover|\babove|\bmore than|\bgreater than|\bat least|>=?|\bacima de|\bmais de|\bsuperior(?:es)? a"
    r"|\bmaior(?:es)? (?:do )?que|\bpor encima de|\bmás de|\bmayor(?:es)? (?:a|de|que)|\bau[- ]dessus de|\bplus de"
    r"|\bsup[ée]rieur(?:e|s|es)? [àa]|\bsopra(?: i| il| a| al| gli)?|\boltre(?: i| il| a)?|\bpiù di"
    r"|\bsuperiori a|\bmaggiori? di|\btöbb mint|\bnagyobb mint)"
    r"|(?P<under>\bunder|\bbelow|\bless than|\bat most|<=?|\babaixo de|\bmenos de|\binferior(?:es)? a"
    r"|\bpor debajo de|\bau[- ]dessous de|\bmoins de|\binf[ée]rieur(?:e|s|es)? [àa]|\bsotto(?: i| il| a| al)?"
    r"|\bmeno di|\binferiori a|\bkevesebb mint|\bkisebb mint))\s*$",
    re.IGNORECASE,
)
# Hungarian puts it after: "5 millió forint felett", "2000 euró alatti".
_AFTER = re.compile(r"^\s*(?:(?P<over>felett|fölött)i?|(?P<under>alatt)i?)\b", re.IGNORECASE)


def fill_amount_bound(u: Understanding, raw: str, *, currency: str) -> None:
    """``u.amount`` and ``u.amount_bound`` ("over" or "under") when the question bounds the deals' value; the
    currency as written, or None when only a figure was ("over 20k": the handler's default currency)."""
    amount, written, span = find_amount(raw, default_currency=currency)
    if amount is None or span is None:
        return
    found = _BEFORE.search(raw[max(0, span[0] - 25) : span[0]]) or _AFTER.match(raw[span[1] :])
    if found is None:
        return
    u.amount, u.currency = amount, written
    u.amount_bound = "over" if found.group("over") else "under"
