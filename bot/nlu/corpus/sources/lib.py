"""Shared helpers for writing the NLU training corpus.

Hand-written lines use a compact DSL, one per line:
    intent | text | key=value; key=value ...
intent abbreviations: see INTENTS.  entity keys: c contact, o company, k kind, d date, f follow_up,
ph phone, em email, pr product, q quantity, a amount, cur currency, st stage, tg tags (comma list),
bd birthday, dy days; mc / mo = explicit match for contact / company (else resolved automatically).
Date values are codes computed with datetime relative to Thursday 2026-03-12 10:40 Europe/Lisbon:
TD today, TM tomorrow, YD yesterday, DBY day before yesterday, DAT day after tomorrow,
n.mon.. upcoming weekday (strictly after today), p.mon.. past weekday (strictly before today),
nw.mon.. weekday of next week, +Nd / -Nd offsets, or an ISO date; optional @HH:MM.
"""
import json
import random
import re
import unicodedata
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher

NOW = datetime(2026, 3, 12, 10, 40)  # Europe/Lisbon
TODAY = NOW.date()
WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

INTENTS = {
    "log": "log_interaction", "sch": "schedule_followup", "find": "find_contact", "addc": "add_contact",
    "addo": "add_organization", "upc": "update_contact", "pur": "record_purchase", "cdeal": "create_deal",
    "udeal": "update_deal", "need": "record_need", "lc": "list_contacts", "lf": "list_followups",
    "bday": "birthdays", "risk": "at_risk", "xs": "cross_sell", "pipe": "pipeline", "port": "portfolio",
    "help": "help", "undo": "undo", "unk": "unknown",
}
KEYS = {"c": "contact", "o": "company", "k": "kind", "d": "date", "f": "follow_up", "ph": "phone", "em": "email",
        "pr": "product", "q": "quantity", "a": "amount", "cur": "currency", "st": "stage", "tg": "tags",
        "bd": "birthday", "dy": "days"}

STAFF = ["Ana Costa", "Marco Rossi", "Claire Dubois"]
ORGS = ["Acme", "Padaria Lisboa", "Porto Digital", "Lusitânia Têxteis", "Samba Foods", "Rio Logística",
        "Bordeaux Vins", "Lumière SA", "Atelier Moreau", "Partenaires Conseil", "Milano Design", "Trattoria Romano",
        "Torino Meccanica", "Fornitori Uniti", "Budapest Soft", "Danube Partners", "Iberia Retail", "Madrid Móvil",
        "Valencia Foods", "Thames Analytics", "Northwind UK", "Globex", "Initech", "Hooli", "Dragon Trade",
        "Shenzhen Parts", "Shanghai Textiles"]
PEOPLE = """Maria Silva|Acme;João Pereira|Acme;Rui Almeida|Acme;Ana Ferreira|Padaria Lisboa;Tiago Santos|Porto Digital;
Beatriz Costa|Porto Digital;Inês Carvalho|Lusitânia Têxteis;Sofia Nunes|Lusitânia Têxteis;Maria Santos|Samba Foods;
Lucas Oliveira|Samba Foods;Camila Rodrigues|Rio Logística;Larissa Lima|Rio Logística;Pedro Almeida|Rio Logística;
Fernanda Costa|;Pierre Lefèvre|Bordeaux Vins;Sophie Martin|Lumière SA;Camille Bernard|Lumière SA;
Julien Moreau|Atelier Moreau;Antoine Dubois|Atelier Moreau;Élodie Laurent|Partenaires Conseil;Maria Rossi|Milano Design;
Giuseppe Bianchi|Milano Design;Francesca Romano|Trattoria Romano;Giulia Ferrari|Trattoria Romano;
Alessandro Ricci|Torino Meccanica;Chiara Colombo|Torino Meccanica;Luca Marino|Fornitori Uniti;Zsófia Nagy|Budapest Soft;
Bence Kovács|Budapest Soft;Péter Horváth|Budapest Soft;Katalin Tóth|Danube Partners;Gábor Szabó|;
Carmen García|Iberia Retail;Javier Fernández|Iberia Retail;Lucía Martínez|Madrid Móvil;Diego Torres|Madrid Móvil;
Pablo Sánchez|Valencia Foods;Elena López|Valencia Foods;Oliver Smith|Thames Analytics;Emily Jones|Thames Analytics;
Harry Taylor|Northwind UK;Amelia Brown|Northwind UK;John Miller|Globex;Sarah Johnson|Globex;Michael Davis|Initech;
Jessica Wilson|Initech;David Moore|Hooli;Lisa Anderson|Hooli;Chen Wei|Dragon Trade;Li Na|Dragon Trade;
Wang Fang|Shenzhen Parts;Zhang Wei|Shanghai Textiles"""
PEOPLE = [p.split("|")[0].strip() for p in PEOPLE.replace("\n", "").split(";")]
PRODUCTS = ["Premium", "Basic", "Onboarding", "Support", "Training"]
KINDS = {"call", "meeting", "email", "message", "visit", "note"}
STAGES = {"qualification", "proposal", "negotiation", "won", "lost", "lead", "prospect", "customer", "advocate", "churned"}
ASK_WORDS = {"maria", "ana", "wei", "costa", "almeida", "santos"}  # brief: ambiguous bare names
LEGAL = r"(?:lda\.?|ltda\.?|s\.?a\.?|sarl|sas|s\.?p\.?a\.?|s\.?r\.?l\.?|kft\.?|zrt\.?|bt\.?|ltd\.?|inc\.?|gmbh|s\.?l\.?)"
HU_CASE = re.compile(r"(?:-?(?:val|vel|nak|nek|tól|től|ról|ről|hoz|hez|höz|nál|nél|ból|ből|ba|be|ra|re|ot|et|öt|at|t|on|en|ön|n|é))$")


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", " ", s)).strip()


def hu_base(tok):
    if "-" in tok:
        return tok.split("-")[0]
    m = re.match(r"^(.+?)ccs(al|el)$", tok)
    if m:
        return m.group(1) + "cs"
    m = re.match(r"^(.+th)t(al|el)$", tok)
    if m:
        return m.group(1)
    m = re.match(r"^(.+?)([bcdfghjklmnprstvz])\2(al|el)$", tok)
    if m and len(tok) > 5:
        return m.group(1) + m.group(2)
    b = HU_CASE.sub("", tok) if len(tok) > 4 else tok
    if b != tok:
        if b.endswith("á"):
            b = b[:-1] + "a"
        elif b.endswith("é"):
            b = b[:-1] + "e"
        # doubled consonant before -val/-vel (Kováccsal, Tóthtal) is left to explicit mc=
    return b


def resolve_contact(span, lang):
    if lang == "hu":
        raw = resolve_contact(span, "xx")
        if raw != "NEW":
            return raw
    toks = span.split()
    if lang == "hu":
        toks = [hu_base(t) for t in toks]
    n = norm(" ".join(toks))
    parts = n.split()
    if len(parts) == 1:
        w = parts[0]
        if w in ASK_WORDS:
            return "ASK"
        hits = [p for p in PEOPLE if w in norm(p).split()]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return "ASK"
        return "NEW"
    for p in PEOPLE:
        pn = norm(p).split()
        if parts == pn or parts == pn[::-1]:
            return p
    best, score = None, 0
    for p in PEOPLE:
        for cand in (norm(p), " ".join(norm(p).split()[::-1])):
            r = SequenceMatcher(None, n, cand).ratio()
            if r > score:
                best, score = p, r
    if score >= 0.88:
        return best
    return "NEW"


def core(name):
    n = norm(name)
    return re.sub(r"\s+" + LEGAL.replace(r"\.", "") + r"$", "", n).strip()


def resolve_company(span, lang):
    s = span
    if lang == "hu" and resolve_company(span, "xx") != "NEW":
        return resolve_company(span, "xx")
    if lang == "hu":
        s = " ".join(hu_base(t) for t in s.split())
    c = core(re.sub(r"\.", "", s))
    for o in ORGS:
        if c == core(o) or norm(s) == norm(o):
            return o
    for o in ORGS:
        if len(c) >= 5 and SequenceMatcher(None, c, core(o)).ratio() >= 0.88:
            return o
    return "NEW"


def dcode(code):
    code = code.strip()
    t = None
    if "@" in code:
        code, t = code.split("@")
    if code == "TD":
        d = TODAY
    elif code == "TM":
        d = TODAY + timedelta(1)
    elif code == "YD":
        d = TODAY - timedelta(1)
    elif code == "DBY":
        d = TODAY - timedelta(2)
    elif code == "DAT":
        d = TODAY + timedelta(2)
    elif code.startswith("n."):
        w = WD.index(code[2:])
        k = (w - TODAY.weekday()) % 7 or 7
        d = TODAY + timedelta(k)
    elif code.startswith("p."):
        w = WD.index(code[2:])
        k = (TODAY.weekday() - w) % 7 or 7
        d = TODAY - timedelta(k)
    elif code.startswith("nw."):
        w = WD.index(code[3:])
        monday_next = TODAY + timedelta(7 - TODAY.weekday())
        d = monday_next + timedelta(w)
    elif re.fullmatch(r"[+-]\d+d", code):
        d = TODAY + timedelta(int(code[:-1]))
    else:
        d = date.fromisoformat(code)
    s = d.isoformat()
    if t:
        hh, mm = t.split(":")
        s += "T%02d:%02d" % (int(hh), int(mm))
    return s


def make(lang, intent, text, ents=None, mc=None, mo=None, src="hand"):
    ents = dict(ents or {})
    out = {}
    for k, v in ents.items():
        key = KEYS.get(k, k)
        if key in ("date", "follow_up"):
            v = dcode(v)
        elif key in ("quantity", "days"):
            v = int(v)
        elif key == "amount":
            v = "%.2f" % float(v)
        elif key == "tags" and isinstance(v, str):
            v = [x.strip() for x in v.split(",") if x.strip()]
        out[key] = v
    match = {}
    if "contact" in out:
        match["contact"] = mc or resolve_contact(out["contact"], lang)
    if "company" in out:
        match["company"] = mo or resolve_company(out["company"], lang)
    rec = {"lang": lang, "text": text, "intent": INTENTS.get(intent, intent), "entities": out}
    if match:
        rec["match"] = match
    rec["_src"] = src
    return rec


def parse_dsl(lang, block, src="hand"):
    recs = []
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) == 2:
            parts.append("")
        intent, text, ent = parts[0], parts[1], " | ".join(parts[2:])
        ents, mc, mo = {}, None, None
        for kv in [x.strip() for x in ent.split(";") if x.strip()]:
            k, v = kv.split("=", 1)
            k, v = k.strip(), v.strip()
            if k == "mc":
                mc = v
            elif k == "mo":
                mo = v
            else:
                ents[k] = v
        recs.append(make(lang, intent, text, ents, mc, mo, src))
    return recs


def write(lang, recs, path):
    seen, out = set(), []
    for r in recs:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        out.append(r)
    with open(path, "w", encoding="utf-8") as fh:
        for r in out:
            r = {k: v for k, v in r.items() if k != "_src"}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    hand = sum(1 for r in out if r["_src"] == "hand")
    print(f"{lang}: wrote {len(out)} lines ({hand} hand-written, {len(out) - hand} from frames) -> {path}")
    return out


def fill_frames(lang, frames, pools, n, seed):
    """frames: list of (intent, template, fixed_entities). Placeholders {c} {o} {d} {f} {pr} {q} {a} {x}.
    pools: dict placeholder -> list of (surface, value or None, extra entities dict)."""
    rnd = random.Random(seed)
    recs, tries = [], 0
    texts = set()
    while len(recs) < n and tries < n * 50:
        tries += 1
        intent, tpl, fixed = rnd.choice(frames)
        ents = dict(fixed)
        subs = {}
        mc = mo = None
        for ph in re.findall(r"\{(\w+)\}", tpl):
            if ph in subs:
                continue
            surface, value, extra = rnd.choice(pools[ph])
            subs[ph] = surface
            if ph.startswith("c"):
                ents["c"] = value if value else surface
            elif ph.startswith("o"):
                ents["o"] = value if value else surface
            elif value is not None:
                ents[{"d": "d", "f": "f", "pr": "pr", "q": "q", "a": "a"}.get(ph, ph)] = value
            for k, v in (extra or {}).items():
                if k == "mc":
                    mc = v
                elif k == "mo":
                    mo = v
                elif k == "_t" and ph in ("d", "f"):
                    ents[ph] = ents[ph] + "@" + v
                else:
                    ents[k] = v
        text = tpl.format(**subs)
        text = re.sub(r"\s+", " ", text).strip()
        if text in texts:
            continue
        texts.add(text)
        recs.append(make(lang, intent, text, ents, mc, mo, src="frame"))
    return recs
