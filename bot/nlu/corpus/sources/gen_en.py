#!/usr/bin/env python3
"""Generate /work/train/en.jsonl: hand-written lines (hand_en_*.txt) + frame-generated lines.
All date labels are computed with datetime relative to Thu 2026-03-12 10:40 Europe/Lisbon."""
import json, random, re, unicodedata, datetime as dt, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 3, 12, 10, 40)
TODAY = NOW.date()
WD = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

def day(tok):
    """@today @tom @yday @+N @-N @mon..@sun (next, strictly after today) @pmon..@psun (last, strictly before)
    @nw (next week's monday) @nm (1st of next month) @eom (end of month) @M1 (same day next month) or YYYY-MM-DD"""
    if not tok.startswith('@'):
        return dt.date.fromisoformat(tok)
    t = tok[1:]
    if t == 'today': return TODAY
    if t == 'tom': return TODAY + dt.timedelta(1)
    if t == 'yday': return TODAY - dt.timedelta(1)
    if re.fullmatch(r'[+-]\d+', t): return TODAY + dt.timedelta(int(t))
    if t in WD:
        n = (WD.index(t) - TODAY.weekday()) % 7 or 7
        return TODAY + dt.timedelta(n)
    if t[0] == 'p' and t[1:] in WD:
        n = (TODAY.weekday() - WD.index(t[1:])) % 7 or 7
        return TODAY - dt.timedelta(n)
    if t == 'nw': return TODAY + dt.timedelta(7 - TODAY.weekday())
    if t == 'nm': return (TODAY.replace(day=28) + dt.timedelta(10)).replace(day=1)
    if t == 'eom': return (TODAY.replace(day=28) + dt.timedelta(10)).replace(day=1) - dt.timedelta(1)
    if t == 'M1': return TODAY.replace(month=TODAY.month + 1)
    raise ValueError(tok)

def when(spec):
    parts = spec.split()
    d = day(parts[0])
    if len(parts) > 1:
        h, m = parts[1].split(':')
        return dt.datetime(d.year, d.month, d.day, int(h), int(m)).strftime('%Y-%m-%dT%H:%M')
    return d.isoformat()

# sanity checks from the brief
assert when('@tom') == '2026-03-13' and when('@yday') == '2026-03-11' and when('@tue') == '2026-03-17'
assert when('@fri') == '2026-03-13' and when('@pmon') == '2026-03-09' and when('@mon') == '2026-03-16'
assert when('@thu') == '2026-03-19' and when('@nm') == '2026-04-01' and when('@eom') == '2026-03-31'

# ---------------------------------------------------------------- store
PEOPLE = """Maria Silva|Acme;João Pereira|Acme;Rui Almeida|Acme;Ana Ferreira|Padaria Lisboa;Tiago Santos|Porto Digital;
Beatriz Costa|Porto Digital;Inês Carvalho|Lusitânia Têxteis;Sofia Nunes|Lusitânia Têxteis;Maria Santos|Samba Foods;
Lucas Oliveira|Samba Foods;Camila Rodrigues|Rio Logística;Larissa Lima|Rio Logística;Pedro Almeida|Rio Logística;
Fernanda Costa|;Pierre Lefèvre|Bordeaux Vins;Sophie Martin|Lumière SA;Camille Bernard|Lumière SA;Julien Moreau|Atelier Moreau;
Antoine Dubois|Atelier Moreau;Élodie Laurent|Partenaires Conseil;Maria Rossi|Milano Design;Giuseppe Bianchi|Milano Design;
Francesca Romano|Trattoria Romano;Giulia Ferrari|Trattoria Romano;Alessandro Ricci|Torino Meccanica;Chiara Colombo|Torino Meccanica;
Luca Marino|Fornitori Uniti;Zsófia Nagy|Budapest Soft;Bence Kovács|Budapest Soft;Péter Horváth|Budapest Soft;
Katalin Tóth|Danube Partners;Gábor Szabó|;Carmen García|Iberia Retail;Javier Fernández|Iberia Retail;Lucía Martínez|Madrid Móvil;
Diego Torres|Madrid Móvil;Pablo Sánchez|Valencia Foods;Elena López|Valencia Foods;Oliver Smith|Thames Analytics;
Emily Jones|Thames Analytics;Harry Taylor|Northwind UK;Amelia Brown|Northwind UK;John Miller|Globex;Sarah Johnson|Globex;
Michael Davis|Initech;Jessica Wilson|Initech;David Moore|Hooli;Lisa Anderson|Hooli;Chen Wei|Dragon Trade;Li Na|Dragon Trade;
Wang Fang|Shenzhen Parts;Zhang Wei|Shanghai Textiles"""
PEOPLE = [p.strip().split('|') for p in PEOPLE.replace('\n', '').split(';')]
PERSON_NAMES = [p[0] for p in PEOPLE]
ORGS = ["Acme", "Padaria Lisboa", "Porto Digital", "Lusitânia Têxteis", "Samba Foods", "Rio Logística", "Bordeaux Vins",
        "Lumière SA", "Atelier Moreau", "Partenaires Conseil", "Milano Design", "Trattoria Romano", "Torino Meccanica",
        "Fornitori Uniti", "Budapest Soft", "Danube Partners", "Iberia Retail", "Madrid Móvil", "Valencia Foods",
        "Thames Analytics", "Northwind UK", "Globex", "Initech", "Hooli", "Dragon Trade", "Shenzhen Parts", "Shanghai Textiles"]
PRODUCTS = ["Premium", "Basic", "Onboarding", "Support", "Training"]
STAFF_TOKENS = {"marco", "claire", "ana costa", "ana", "marco rossi", "claire dubois"}

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(ch for ch in s if not unicodedata.combining(ch)).strip()

HONORIFICS = {'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.'}

def resolve_person(s):
    toks = [t for t in norm(s).split() if t not in HONORIFICS]
    key = ' '.join(toks)
    for n in PERSON_NAMES:
        if norm(n) == key:
            return n
    if len(toks) == 1:
        hits = [n for n in PERSON_NAMES if toks[0] in norm(n).split()]
        if len(hits) == 1: return hits[0]
        if len(hits) > 1: return 'ASK'
    return 'NEW'

def resolve_org(s):
    for o in ORGS:
        if norm(o) == norm(s):
            return o
    return 'NEW'

# ---------------------------------------------------------------- record building
INTENTS = {'log': 'log_interaction', 'fu': 'schedule_followup', 'find': 'find_contact', 'addc': 'add_contact',
           'addo': 'add_organization', 'upd': 'update_contact', 'buy': 'record_purchase', 'deal': 'create_deal',
           'updeal': 'update_deal', 'need': 'record_need', 'list': 'list_contacts', 'lfu': 'list_followups',
           'bday': 'birthdays', 'risk': 'at_risk', 'xsell': 'cross_sell', 'pipe': 'pipeline', 'port': 'portfolio',
           'help': 'help', 'undo': 'undo', 'unk': 'unknown'}
KEYS = {'c': 'contact', 'co': 'company', 'k': 'kind', 'd': 'date', 'fu': 'follow_up', 'ph': 'phone', 'em': 'email',
        'p': 'product', 'q': 'quantity', 'a': 'amount', 'cur': 'currency', 'st': 'stage', 'tg': 'tags',
        'b': 'birthday', 'days': 'days'}
ORDER = ['contact', 'company', 'kind', 'date', 'follow_up', 'phone', 'email', 'product', 'quantity', 'amount',
         'currency', 'stage', 'tags', 'birthday', 'days']

def make(intent, text, ents, match_over=None, src='frame', lower=False):
    if lower:
        text = text.lower()
        ents = {k: (v.lower() if k in ('c', 'co', 'ph', 'em') else v) for k, v in ents.items()}
    e = {}
    for k, v in ents.items():
        K = KEYS.get(k, k)
        if K in ('date', 'follow_up'):
            v = when(v)
        elif K in ('quantity', 'days'):
            v = int(v)
        elif K == 'tags':
            v = v if isinstance(v, list) else [t.strip() for t in v.split(',')]
        e[K] = v
    e = {k: e[k] for k in ORDER if k in e}
    m = {}
    if 'contact' in e: m['contact'] = resolve_person(e['contact'])
    if 'company' in e: m['company'] = resolve_org(e['company'])
    for k, v in (match_over or {}).items():
        m[KEYS.get(k, k)] = v
    rec = {"lang": "en", "text": text, "intent": INTENTS.get(intent, intent), "entities": e}
    if m: rec["match"] = m
    rec['_src'] = src
    return rec

def parse_kv(s):
    out = {}
    for part in s.split(';'):
        part = part.strip()
        if not part: continue
        k, v = part.split('=', 1)
        out[k.strip()] = v.strip()
    return out

def load_hand():
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, 'hand_en_*.txt'))):
        for ln in open(fn, encoding='utf-8'):
            ln = ln.rstrip('\n')
            if not ln.strip() or ln.startswith('#'): continue
            parts = ln.split('|')
            assert len(parts) == 4, (fn, ln)
            intent, text, ents, match = [p.strip() for p in parts]
            recs.append(make(intent, text, parse_kv(ents), parse_kv(match), src='hand'))
    return recs

# ---------------------------------------------------------------- pools for frames
# ---------------------------------------------------------------- frames (included into gen_en.py)
STORED_VARIANTS = []
for n, org in PEOPLE:
    f, l = n.split(' ', 1)
    STORED_VARIANTS += [n, n.lower(), norm(n)]
    if resolve_person(f) == n:
        STORED_VARIANTS += [f, f.lower()]
    if resolve_person(l) == n and l not in ('Smith', 'Martin', 'Moore', 'Brown'):
        STORED_VARIANTS += [l]
STORED_VARIANTS = [v for v in STORED_VARIANTS if norm(v) not in STAFF_TOKENS and norm(v) != 'ana']
ASK_VARIANTS = ['maria', 'Maria', 'Costa', 'costa', 'Almeida', 'almeida', 'Santos', 'santos', 'Wei', 'wei', 'MARIA']
NEW_FULL = """May Thompson;April Novak;Will Harper;Bill Crawford;Sat Grewal;Rose Delgado;Grant Ellis;Hope Mbatha;June Okafor;
Mark Hughes;Jack Frost;Dawn Fletcher;Summer Reyes;Faith Adeyemi;Joy Mensah;Art Kowalski;Chase Bennett;Sky Lindholm;
Ray Donovan;Pat Quinn;Frank Ocean;Rich Patel;Ben Carter;Gene Hackett;Hazel Brooks;Iris Moreno;Amber Walsh;Ruby Tan;
Olive Grant;Holly Stein;Ivy Chen;Penny Lane;Miles Davis Jr;Drew Barrett;Wade Wilson;Reed Hastings;Dale Cooper;
Laura Becker;Hans Müller;Priya Patel;Kwame Mensah;Aoife Byrne;Sven Lindqvist;Noor Haddad;Tomasz Nowak;Mei Tanaka;
Ahmed Khalil;Olga Ivanova;Ravi Shankar;Ngozi Eze;Lars Eriksson;Fiona MacLeod;Mateo Vargas;Valentina Greco;
Hiroshi Yamamoto;Anika Schulz;Jorge Ramírez;Thandiwe Ndlovu;Ewa Kowalczyk;Kemal Aydın;Siobhan Kelly;Nikos Papadopoulos;
Ana Beatriz Rocha;Maria Oliveira;John Smith;David Lee;Sarah Connor;Pedro Gomes;Tiago Ramos;Lucas Meyer;Elena Popescu;
Juliette Roux;Matteo Galli;Bruno Teixeira;Helena Duarte;Ricardo Moura;Zoltán Varga;Réka Balogh;Ferenc Molnár;
Dóra Kiss;Csaba Takács;Agnieszka Wójcik;Oskar Berg;Yusuf Demir;Leila Farouk;Kofi Boateng;Abena Asante;Rahul Mehta;
Sanjay Gupta;Min-jun Kim;Seo-yeon Park;Nguyen Van An;Tran Thi Mai;Isabel Cruz;Camilo Restrepo;Florencia Díaz;
Benoît Garnier;Manon Lefort;Hugo Lambert;Gwen Marchetti;Lorenzo Sala;Federica Mancini;Chloe Barnes;Tom Fletcher;
Jake Morrison;Ellie Walker;Oscar Nilsson;Freya Jensen;Aisling Murphy;Declan Walsh;Marta Ribeiro;Carlos Mendoza;
Yuki Sato;Dmitri Volkov;Fatou Diallo;Sean O'Connor;Ingrid Hansen;Kenji Watanabe;Amara Nwosu;Priyanka Rao;Omar Haddad""".replace('\n', '')
NEW_FULL = [x.strip() for x in NEW_FULL.split(';')]
NEW_FIRST = ['May', 'April', 'Will', 'Bill', 'Sat', 'Rose', 'Grant', 'Hope', 'June', 'Mark', 'Dawn', 'Joy', 'Faith', 'Chase',
             'Ray', 'Pat', 'Frank', 'Hazel', 'Iris', 'Amber', 'Ruby', 'Holly', 'Ivy', 'Penny', 'Miles', 'Drew', 'Wade',
             'Priya', 'Hans', 'Kwame', 'Aoife', 'Sven', 'Noor', 'Tomasz', 'Mei', 'Ahmed', 'Olga', 'Ravi', 'Lars', 'Fiona',
             'Mateo', 'Hiroshi', 'Anika', 'Jorge', 'Siobhan', 'Nikos', 'Bruno', 'Helena', 'Zoltán', 'Réka', 'Kofi', 'Rahul',
             'bob', 'steve', 'kate', 'raj', 'luis', 'fatima', 'greg', 'nina', 'tom', 'ellie', 'oscar', 'may', 'will', 'rose']
NEW_PEOPLE = NEW_FULL + [n.lower() for n in NEW_FULL[:40]] + NEW_FIRST
assert all(resolve_person(n) == 'NEW' for n in NEW_PEOPLE), [n for n in NEW_PEOPLE if resolve_person(n) != 'NEW']

NEW_ORGS = ['Zeta Corp', 'Brandt Maschinenbau GmbH', 'Delacroix SARL', 'Kovács Logisztika Kft', 'Rinaldi S.p.A.',
            'Ferraz & Filhos Lda', 'Harlow Ltd', 'Kestrel Inc', 'Nordlys AB', 'Sakura Trading', 'Lagos Fintech Ltd',
            'Hofmann & Söhne GmbH', 'Liffey Software Ltd', 'Vidal Lda', 'Volga Systems', 'Becker Logistik GmbH',
            'Crestwood Inc', 'Seoul Robotics Inc.', 'Brightline Ltd', 'Okoye Build Ltd', 'Tejo Metais Lda',
            'Soares & Irmãos Lda', 'Garnier Frères SARL', 'Vinicole du Sud SARL', 'Duna Mérnöki Kft', 'Pannon Agro Kft',
            'Weber Elektronik GmbH', 'Alpen Holz GmbH', 'Marchetti S.p.A.', 'Lombarda Acciai S.p.A.', 'Castellana S.L.',
            'Andaluz Solar S.A.', 'Pinewood Ltd', 'Redcliffe Ltd', 'Bluefin Analytics Inc', 'Summit Peak Inc',
            'Oakridge Partners LLC', 'Nordic Fish AS', 'Baltic Amber UAB', 'Sunrise Textiles Pvt Ltd', 'Hanoi Coffee Co',
            'Cape Logistics (Pty) Ltd', 'Andes Minerals SA', 'Polaris Kft', 'Mosel Weinhaus GmbH', 'Tagus Seguros SA',
            'acme ltd'.title().replace('Acme Ltd', 'Amberline Ltd'), 'Quinta do Vale Lda', 'Helix Bio Inc', 'Norte Frio Lda']
assert all(resolve_org(o) == 'NEW' for o in NEW_ORGS)
STORED_ORG_VARIANTS = ORGS + [o.lower() for o in ORGS] + [norm(o) for o in ORGS if norm(o) != o.lower()] + ['ACME', 'GLOBEX']

def person(rng, w=(0.48, 0.42, 0.10)):
    r = rng.random()
    if r < w[0]: return rng.choice(STORED_VARIANTS)
    if r < w[0] + w[1]: return rng.choice(NEW_PEOPLE)
    return rng.choice(ASK_VARIANTS)

def full_person(rng):
    """a full name, stored or new (for add/need frames)"""
    return rng.choice([n for n, _ in PEOPLE] + NEW_FULL) if rng.random() < 0.4 else rng.choice(NEW_FULL)

def company(rng, stored=0.6):
    return rng.choice(STORED_ORG_VARIANTS) if rng.random() < stored else rng.choice(NEW_ORGS)

PAST = [('yesterday', '@yday'), ('yday', '@yday'), ('today', '@today'), ('earlier today', '@today'),
        ('this morning', '@today'), ('on monday', '@pmon'), ('monday', '@pmon'), ('on tuesday', '@ptue'),
        ('tue', '@ptue'), ('on wednesday', '@pwed'), ('wed', '@pwed'), ('last friday', '@pfri'), ('last thursday', '@pthu'),
        ('2 days ago', '@-2'), ('3 days ago', '@-3'), ('a week ago', '@-7'), ('yesterday at 3pm', '@yday 15:00'),
        ('yesterday 4:30pm', '@yday 16:30'), ('yday at 11', '@yday 11:00'), ('today at 9', '@today 09:00'),
        ('at 9:15 this morning', '@today 09:15'), ('on the 5th', '2026-03-05'), ('on 10 march', '2026-03-10'),
        ('on Mar 4', '2026-03-04'), ('last wed', '@pwed'), ('on monday at 2pm', '@pmon 14:00'),
        ('tuesday 10am', '@ptue 10:00'), ('on the 2nd', '2026-03-02'), ('last saturday', '@psat'), ('on sunday', '@psun'),
        ('yesterday evening at 7', '@yday 19:00'), ('today 8am', '@today 08:00'), ('on 27 feb', '2026-02-27'),
        ('on 6 March', '2026-03-06'), ('4 days ago', '@-4')]
FUT = [('tomorrow', '@tom'), ('tmrw', '@tom'), ('tmr 3pm', '@tom 15:00'), ('tomorrow at 10', '@tom 10:00'),
       ('friday', '@fri'), ('on friday', '@fri'), ('fri 10am', '@fri 10:00'), ('next monday at 11', '@mon 11:00'),
       ('next monday', '@mon'), ('monday', '@mon'), ('mon 9am', '@mon 09:00'), ('next tue', '@tue'),
       ('next tuesday 3pm', '@tue 15:00'), ('tuesday', '@tue'), ('on wednesday', '@wed'), ('wed 9:30', '@wed 09:30'),
       ('next thursday', '@thu'), ('next thu 2pm', '@thu 14:00'), ('next week', '@nw'), ('in 2 weeks', '@+14'),
       ('in 2 wks', '@+14'), ('in 3 days', '@+3'), ('in a week', '@+7'), ('in 10 days', '@+10'), ('next month', '@nm'),
       ('end of month', '@eom'), ('on the 20th', '2026-03-20'), ('april 2', '2026-04-02'), ('on 25 march', '2026-03-25'),
       ('later today at 4pm', '@today 16:00'), ('at 5pm today', '@today 17:00'), ('in a month', '@M1'),
       ('tue at noon', '@tue 12:00'), ('saturday', '@sat'), ('sunday 6pm', '@sun 18:00'), ('in 5 days', '@+5'),
       ('on the 31st', '2026-03-31'), ('on 8 april', '2026-04-08'), ('tomorrow morning 9am', '@tom 09:00'),
       ('monday 2:30pm', '@mon 14:30'), ('wed at 11', '@wed 11:00'), ('in 4 weeks', '@+28'), ('in a fortnight', '@+14')]

def money(rng):
    v = rng.choice([120, 250, 480, 600, 900, 1200, 1500, 2400, 2500, 3000, 4500, 5000, 7500, 8000, 9800, 12000, 15000,
                    18000, 20000, 25000, 40000, 60000])
    cur = rng.choice(['EUR', 'EUR', 'EUR', 'USD', 'GBP', 'BRL', 'HUF'])
    if cur == 'HUF': v *= 350
    c = f"{v:,}"
    k = f"{v // 1000}k" if v % 1000 == 0 and v >= 1000 else None
    forms = {'EUR': [f"€{c}", f"{v} EUR", f"{c} euros", f"EUR {v}", f"{v}€"] + ([f"€{k}", f"{k} eur"] if k else []),
             'USD': [f"${c}", f"{v} USD", f"{c} dollars", f"US$ {v}"] + ([f"${k}"] if k else []),
             'GBP': [f"£{c}", f"{v} GBP", f"{c} pounds"] + ([f"£{k}"] if k else []),
             'BRL': [f"R$ {c}", f"{v} BRL", f"{c} reais"], 'HUF': [f"{c} HUF", f"{v} Ft", f"HUF {c}"]}[cur]
    return rng.choice(forms), f"{v:.2f}", cur

def product(rng):
    p = rng.choice(PRODUCTS)
    return rng.choice([p, p.lower(), p]), p

def ascii_slug(s):
    return re.sub(r'[^a-z]', '', norm(s))

def email_for(rng, name):
    parts = [ascii_slug(x) for x in name.split()] or ['info']
    dom = rng.choice(['gmail.com', 'acme.pt', 'outlook.com', 'company.com', 'mail.de', 'example.fr', 'corp.co.uk', 'firm.it'])
    return rng.choice(['.'.join(parts), parts[0], parts[0][0] + (parts[-1] if len(parts) > 1 else '')]) + '@' + dom

def phone(rng):
    return rng.choice(['+351 91{} {}{}{} {}{}{}', '+351 93{}{}{}{}{}{}{}', '+44 7700 9{}{}{}{}{}', '+33 6 {}{} {}{} {}{} {}{}',
                       '+39 33{} {}{}{} {}{}{}{}', '+34 6{}{} {}{}{} {}{}{}', '+36 30 {}{}{} {}{}{}{}',
                       '+1 212 555 0{}{}{}', '+55 11 9{}{}{}{}-{}{}{}{}', '+49 151 {}{}{}{}{}{}{}', '91{} {}{}{} {}{}{}',
                       '+86 138 {}{}{}{} {}{}{}{}']).format(*[rng.randint(0, 9) for _ in range(12)])

BDAYS = [('14 june', '06-14'), ('june 14', '06-14'), ('3 May', '05-03'), ('1988-09-23', '1988-09-23'),
         ('the 2nd of november', '11-02'), ('12 Dec', '12-12'), ('29 feb', '02-29'), ('7 July 1985', '1985-07-07'),
         ('jan 5', '01-05'), ('30 april', '04-30'), ('21/08', '08-21'), ('15 March 1979', '1979-03-15'),
         ('October 1st', '10-01'), ('25 sept', '09-25'), ('8 aug', '08-08'), ('17 march', '03-17')]
LIFE = [('lead', 'lead'), ('prospect', 'prospect'), ('customer', 'customer'), ('a customer', 'customer'),
        ('advocate', 'advocate'), ('churned', 'churned'), ('an advocate', 'advocate'), ('a lead', 'lead')]
DSTAGE = [('won', 'won'), ('closed won', 'won'), ('lost', 'lost'), ('closed-lost', 'lost'), ('negotiation', 'negotiation'),
          ('proposal', 'proposal'), ('qualification', 'qualification'), ('negotiating', 'negotiation')]
TAGS = ['vip', 'renewal', 'decision-maker', 'local', 'export', 'event-lead', 'reference', 'partner', 'supplier']
DAYS = [('30 days', 30), ('60 days', 60), ('90 days', 90), ('2 weeks', 14), ('3 weeks', 21), ('a month', 30),
        ('2 months', 60), ('3 months', 90), ('6 weeks', 42), ('45 days', 45), ('120 days', 120), ('6 months', 180),
        ('a week', 7), ('10 days', 10), ('20 days', 20)]
DEALS = [('Acme renewal', 'Acme'), ('Globex expansion', 'Globex'), ('Samba Foods onboarding', 'Samba Foods'),
         ('Milano Design Premium', 'Milano Design'), ('Dragon Trade pilot', 'Dragon Trade'),
         ('Padaria Lisboa Basic', 'Padaria Lisboa'), ('Hooli platform', 'Hooli'), ('Iberia Retail training', 'Iberia Retail'),
         ('acme', 'acme'), ('globex', 'globex'), ('hooli', 'hooli'), ('Bordeaux Vins upgrade', 'Bordeaux Vins'),
         ('Northwind UK Premium', 'Northwind UK'), ('Thames Analytics pilot', 'Thames Analytics'),
         ('dragon trade', 'dragon trade'), ('samba foods', 'samba foods'), ('Lumière SA rollout', 'Lumière SA')]

ORG_OF = {n: o for n, o in PEOPLE}

def org_variant(rng, o):
    return rng.choice([o, o, o.lower()])

def fill(rng, tpl, ents):
    """substitute slots in tpl; return (text, entity shorthand dict).
    Person and company are picked together so that they are coherent: a stored person comes with their own
    organization (or, for '_move' frames, with a different one); an ambiguous bare name is not combined with a company."""
    e = {k: v for k, v in ents.items() if not k.startswith('_')}
    move = '_move' in ents
    slots = re.findall(r'\{(\w+)\}', tpl)
    pre = {}
    pslot = next((s for s in slots if s in ('P', 'PS', 'PN', 'PF')), None)
    cslot = next((s for s in slots if s in ('C', 'CS', 'CN')), None)
    for _ in range(50):
        p = c = None
        if pslot:
            p = {'P': lambda: person(rng), 'PS': lambda: rng.choice(STORED_VARIANTS), 'PN': lambda: rng.choice(NEW_PEOPLE),
                 'PF': lambda: full_person(rng)}[pslot]()
        if cslot:
            c = {'C': lambda: company(rng), 'CS': lambda: rng.choice(STORED_ORG_VARIANTS),
                 'CN': lambda: rng.choice(NEW_ORGS)}[cslot]()
        if p and c:
            rp = resolve_person(p)
            if rp == 'ASK': continue
            if rp != 'NEW':
                home = ORG_OF.get(rp)
                if move:
                    if resolve_org(c) == home: continue
                else:
                    if not home: continue
                    if cslot == 'CN': continue
                    c = org_variant(rng, home) if p[0].isupper() else home.lower()
        break
    pre = {'p': p, 'c': c}
    def sub(m):
        s = m.group(1)
        if s in ('P', 'PS', 'PN', 'PF'): e['c'] = pre['p']; return pre['p']
        if s in ('C', 'CS', 'CN'): e['co'] = pre['c']; return pre['c']
        if s == 'PAST': t, v = rng.choice(PAST); e['d'] = v; return t
        if s == 'FUT': t, v = rng.choice(FUT); e['fu'] = v; return t
        if s == 'PROD': t, v = product(rng); e['p'] = v; return t
        if s == 'Q': v = rng.choice([1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 50, 100]); e['q'] = v; return str(v)
        if s == 'AMT': t, a, cu = money(rng); e['a'] = a; e['cur'] = cu; return t
        if s == 'PH': v = phone(rng); e['ph'] = v; return v
        if s == 'EM': v = email_for(rng, pre['p'] or pre['c'] or 'info'); e['em'] = v; return v
        if s == 'BD': t, v = rng.choice(BDAYS); e['b'] = v; return t
        if s == 'LS': t, v = rng.choice(LIFE); e['st'] = v; return t
        if s == 'DS': t, v = rng.choice(DSTAGE); e['st'] = v; return t
        if s == 'TAG': v = rng.choice(TAGS); e['tg'] = [v]; return v
        if s == 'N': t, v = rng.choice(DAYS); e['days'] = v; return t
        if s == 'DEAL': t, cc = rng.choice(DEALS); e['co'] = cc; return t
        raise KeyError(s)
    text = re.sub(r'\{(\w+)\}', sub, tpl)
    return text, e

def F(spec):
    """frames as lines 'kind-or-dash :: template'"""
    out = []
    for ln in spec.strip().split('\n'):
        ln = ln.strip()
        if not ln: continue
        k, t = ln.split(' :: ', 1)
        out.append(({} if k == '-' else parse_kv(k) if '=' in k else {'k': k}, t))
    return out

LOG = F("""
call :: called {P} {PAST} re the renewal
call :: call w/ {P} {PAST}, all good
call :: spoke w/ {P} abt pricing
call :: {P} called me {PAST}
call :: had a quick call with {P} from {C}
call :: phoned {P}, left a msg
call :: rang {P} {PAST}, no answer
call :: {C}: spoke w/ {P}, they want a quote
call :: conf call w/ {C} {PAST}
call :: pls note: call with {P}, wants a discount
call :: could you log that I called {P} {PAST}
call :: log a call with {P} re invoice
call :: just hung up with {P} 📞
call :: {P} rang back {PAST}, interested in {PROD}
call :: talked to {P} on the phone {PAST}
call :: cld {P} re contract
call :: call {P} {PAST} - needs more time
call :: 📞 {P} — budget ok
call :: got a call from {P} at {C}
call :: {P} ({C}) called, wants to renew
call :: spoke to {P} {PAST} and she said they'll sign next quarter
call :: called {P} {PAST}, call back {FUT}
call :: call with {P} re onboarding, f/u {FUT}
call :: talked to {P}, remind me to send the quote {FUT}
call :: phone call w {P} {PAST} abt delivery delays
call :: conf call with {P} and the {C} team
call :: i just had a call with {P} and they want to upgrade to {PROD} so lets follow up {FUT}
meeting :: met {P} {PAST}
meeting :: met w/ {P} from {C} {PAST}
meeting :: mtg w/ {P} re {PROD}
meeting :: meeting with {P} {PAST}, went well
meeting :: lunch w/ {P} {PAST} 🍽️
meeting :: coffee with {P} at their office
meeting :: had coffee w/ {P} ☕
meeting :: demo for {C} {PAST}
meeting :: did a demo with {P}, loved it
meeting :: zoom w/ {P} {PAST}
meeting :: teams call with {C} {PAST}
meeting :: {C}: met {P}, keen on {PROD}
meeting :: breakfast meeting with {P} {PAST}
meeting :: dinner with {P} and her boss {PAST}
meeting :: pls log a meeting with {P} {PAST}
meeting :: could you record that I met {P} {PAST}
meeting :: met {P} at the expo
meeting :: {P} and I met {PAST} to go over the contract
meeting :: mtg {C} {PAST} - agreed on pilot scope
meeting :: met {P} {PAST}, f/u {FUT}
meeting :: demo w/ {P}, send pricing {FUT}
meeting :: workshop with {C} {PAST}, follow up {FUT}
meeting :: we met {P} of {C} {PAST}
meeting :: 🤝 {P} {PAST}
email :: emailed {P} the proposal
email :: sent {P} the price list by email {PAST}
email :: email to {P} re contract
email :: {P} emailed {PAST} asking for a discount
email :: mailed {C} the invoice
email :: replied to {P}'s email
email :: got an email from {P} at {C}
email :: ✉️ {P} - sent deck
email :: email from {P}: they approved the budget
email :: pls log: emailed {P} {PAST}
email :: could you note that I emailed {C} the terms {PAST}
email :: sent the quote to {P} via email, chase {FUT}
email :: emailed {P}, f/u {FUT} if no reply
message :: texted {P} {PAST}
message :: whatsapp'd {P} the brochure
message :: sms to {P} re delivery
message :: {P} messaged me on whatsapp {PAST}
message :: sent {P} a linkedin message
message :: pinged {P} on slack re the integration
message :: {P} texted: ok for {PROD}
message :: chatted w/ {P} on wa
message :: msg'd {P} {PAST}, waiting for reply
message :: texted {P}, remind me to check {FUT}
visit :: visited {C} {PAST}
visit :: site visit at {C}
visit :: went to see {P} at {C} {PAST}
visit :: stopped by {C}'s office, met {P}
visit :: visit to {P} {PAST}
visit :: {P} came to our office {PAST}
visit :: visited {P}'s warehouse
visit :: on-site visit {C} {PAST}, next visit {FUT}
note :: note: {P} is on holiday until the 20th
note :: note on {C}: budget cycle ends in june
note :: pls note {P} is on maternity leave until may
note :: add a note to {P}: loves football, supports Benfica
k=note;_move=1 :: note - {P} is moving to {C}
note :: quick note re {P}: spouse's name is Ines
""")

FUPS = F("""
- :: remind me to call {P} {FUT}
- :: remind me to email {P} {FUT}
- :: f/u w/ {P} {FUT}
- :: follow up with {P} {FUT}
- :: followup {P} {FUT}
- :: meeting with {P} {FUT}
- :: mtg w/ {P} {FUT}
- :: call {P} {FUT}
- :: call w/ {P} {FUT}
- :: ping {P} {FUT}
- :: text {P} {FUT}
- :: email {P} {FUT} re the quote
- :: need to call {P} {FUT}
- :: gotta ping {P} {FUT}
- :: I have to chase {P} {FUT}
- :: remind me {FUT} to call {P}
- :: {FUT} call {P}
- :: {FUT}: meeting w/ {P}
- :: pls remind me to follow up w/ {C} {FUT}
- :: chase {C} for payment {FUT}
- :: visit {C} {FUT}
- :: demo with {C} {FUT}
- :: lunch with {P} {FUT}
- :: coffee w/ {P} {FUT}
- :: zoom with {P} {FUT}
- :: conf call with {C} {FUT}
- :: set a reminder to ping {P} {FUT}
- :: set up a call with {P} {FUT}
- :: schedule a meeting with {P} from {C} {FUT}
- :: book a demo for {P} {FUT}
- :: could you remind me to check in with {P} {FUT}
- :: can u set a f/u with {P} {FUT}
- :: don't let me forget to call {P} {FUT}
- :: rmd me to send {P} the contract {FUT}
- :: reminder: {P} {FUT}
- :: reminder - send {C} the proposal {FUT}
- :: {C}: f/u {FUT}
- :: {C} — follow-up call {FUT}
- :: i'm meeting {P} {FUT}
- :: we're seeing {P} {FUT}
- :: we have a meeting with {C} {FUT}
- :: catch up with {P} {FUT}
- :: touch base w/ {P} {FUT}
- :: callback {P} {FUT}
- :: call back {P} {FUT} pls
- :: /fu {P} {FUT}
- :: /followup {C} {FUT}
- :: remind me to send {P} the invoice {FUT}
- :: remind me to ask {P} about the PO {FUT}
- :: nudge {P} {FUT} abt the signature
- :: remind me {FUT} to prep for {C}
- :: plan a visit to {P} {FUT}
- :: follow up on the {C} proposal {FUT}
- :: ok remind me to give {P} a call {FUT} because she asked me to
- :: i need to get back to {P} {FUT} about the pricing question
- :: check in with {P} {FUT} re {PROD}
- :: set a followup for {P} {FUT}
- :: remind me: {C} renewal {FUT}
""")

FIND = F("""
- :: {P}
- :: {P}?
- :: who is {P}
- :: whos {P}
- :: find {P}
- :: look up {P}
- :: lookup {P} pls
- :: search {P}
- :: /find {P}
- :: show me {P}
- :: pull up {P}
- :: info on {P}
- :: details for {P}
- :: what's {P}'s number
- :: whats {P}'s phone
- :: {P}'s email?
- :: {P} email address
- :: {P} mobile
- :: phone number for {P}
- :: email of {P} pls
- :: when is {P}'s birthday?
- :: {P}'s bday
- :: where does {P} work
- :: which company is {P} with
- :: when did we last talk to {P}
- :: last contact with {P}?
- :: when did i last speak w/ {P}
- :: do we have {P} in the crm?
- :: what do we know about {P}
- :: tell me about {P}
- :: {C}
- :: {C}?
- :: find {C}
- :: look up {C}
- :: who do we know at {C}
- :: what do we have on {C}
- :: last touch with {C}
- :: when did we last talk to {C}
- :: {C} phone number
- :: pull up {C} pls
- :: who's the contact at {C}
- :: is {P} from {C}?
- :: does {P} still work at {C}
""")

UPD = F("""
- :: {P}'s new number is {PH}
- :: {P}'s phone is {PH}
- :: update {P}'s phone to {PH}
- :: change {P}'s mobile: {PH}
- :: new number for {P}: {PH}
- :: {P} - new phone {PH}
- :: set {P}'s phone {PH}
- :: {P}'s email is {EM}
- :: update {P} email {EM}
- :: change email of {P} to {EM}
- :: {P} has a new email: {EM}
- :: {P}'s birthday is {BD}
- :: set {P}'s bday to {BD}
- :: {P} born {BD}
- :: update birthday for {P}: {BD}
- :: tag {P} as {TAG}
- :: tag {P} {TAG}
- :: add tag {TAG} to {P}
- :: {P} is {TAG} now, tag pls
- :: remove tag {TAG} from {P}
- :: untag {P} {TAG}
- :: {P} isn't {TAG} anymore, remove the tag
_move=1 :: {P} moved to {C}
_move=1 :: {P} now works at {C}
_move=1 :: change {P}'s company to {C}
_move=1 :: {P} joined {C}
_move=1 :: update {P}: company {C}
- :: {P} is now {LS}
- :: set {P} stage to {LS}
- :: mark {P} as {LS}
- :: change {P}'s lifecycle stage to {LS}
- :: {P} -> {LS}
- :: {P} prefers whatsapp
- :: {P} prefers email, pls update
- :: set preferred channel for {P} to phone
- :: {P} wants to be contacted by sms only
- :: {P}'s new job title is CFO
- :: {P} got promoted to head of sales
- :: update {P}'s title: procurement manager
- :: {P} is now the CTO
- :: could you update {P}'s number to {PH}
- :: pls change {P}'s email to {EM}
""")

ADDC = F("""
- :: add {PN}, {EM}
- :: add {PN}, {PH}
- :: new contact: {PN} from {C}
- :: add {PN} at {C}
- :: create contact {PN}, {EM}, {PH}
- :: add {PN} ({C}) {EM}
- :: pls add {PN}, works at {C}
- :: add {PN}, bday {BD}
- :: add {PN}, tag {TAG}
- :: new person {PN} - {LS}
- :: /add {PN}, {EM}
- :: add a new contact {PN} {PH}
- :: save {PN} from {C} as a contact
- :: could you add {PN}, {EM}, works at {C}
- :: add contact: {PN}; phone {PH}; company {C}
- :: met someone new - add {PN} from {C}, {EM}
""")

ADDO = F("""
- :: add company {CN}
- :: add org {CN}
- :: new company: {CN}
- :: create organization {CN}
- :: add {CN} as a company
- :: pls add the company {CN}
- :: new org {CN}, tag {TAG}
- :: /org {CN}
- :: add account {CN}
- :: register {CN} as a new organisation
- :: create company {CN} in the crm
- :: can you add {CN} as an org
""")

BUY = F("""
- :: {P} bought {Q} {PROD} licences for {AMT}
- :: {P} bought {PROD} for {AMT}
- :: {C} purchased {Q} {PROD} seats for {AMT}
- :: {C} bought {PROD}, {AMT}
- :: {P} ordered {Q} {PROD} at {AMT}
- :: sale: {C}, {Q}x {PROD}, {AMT}
- :: {P} renewed {PROD} for {AMT}
- :: record purchase {C} {PROD} {AMT}
- :: /buy {P} {Q} {PROD} {AMT}
- :: {C} signed for {Q} {PROD} licenses, {AMT} total
- :: {P} from {C} bought {PROD} for {AMT} {PAST}
- :: pls log a sale: {P} bought {Q} {PROD} for {AMT}
- :: closed a sale w/ {C}: {PROD}, {AMT}
- :: {C} paid {AMT} for {Q} {PROD}
""")

DEAL = F("""
- :: new deal with {C} for {AMT}
- :: new deal: {C}, {PROD}, {AMT}
- :: create deal {C} {PROD} {AMT}
- :: open an opportunity with {C} worth {AMT}
- :: new opp: {C} – {Q} {PROD} seats – {AMT}
- :: start a deal for {P} at {C}, {PROD}
st=proposal :: create a deal for {C}, stage proposal, {AMT}
- :: opportunity: {C} wants {PROD}, roughly {AMT}
- :: add deal {C} {AMT}
- :: new deal w/ {P} for {PROD}
- :: open deal: {C} {PROD}
- :: there's a new opportunity at {C}, {AMT}
- :: /deal new {C} {AMT}
""")

UPDEAL = F("""
st=won :: we won the {DEAL} deal
- :: {DEAL} deal -> {DS}
- :: move {DEAL} to {DS}
- :: mark the {DEAL} deal as {DS}
- :: {DEAL}: {DS}
- :: set {DEAL} deal stage to {DS}
- :: {DEAL} is now in {DS}
st=lost :: lost the {DEAL} deal
- :: {DEAL} deal is {DS}
- :: pls move the {DEAL} opp to {DS}
- :: update {DEAL} deal: {DS}
- :: {DEAL} moved to {DS} today
""")

NEED = F("""
- :: {P} needs {PROD} before signing
- :: {P} needs SSO and audit logs
- :: {C} wants invoicing in EUR
- :: {P} is worried about the price
- :: {P} values quick support response
- :: {C} prefers annual billing
- :: we promised {P} a free {PROD} session
- :: promised {C} a 10% discount
- :: {P}'s objection: too expensive
- :: {C} requires an on-prem option
- :: {P} is looking for {PROD} for the whole team
- :: {P} cares mostly about data security
- :: {C} needs the integration with SAP
- :: need from {P}: better reporting
- :: {P} wants {PROD} but only from Q3
- :: {C} objects to the 3-year commitment
- :: {P} needs a proposal in Portuguese
- :: I promised {P} we'd fix the export bug by april
- :: {C}'s main pain point is onboarding time
- :: {P} would love a dedicated account manager
""")

LISTC = F("""
- :: who haven't we talked to in {N}
- :: who havent i contacted in {N}?
- :: contacts not touched in {N}
- :: no contact in {N}
- :: people i haven't called for {N}
- :: who's gone quiet in the last {N}
- :: list contacts with no activity for {N}
- :: stale contacts ({N})
- :: who did we neglect in the past {N}
- :: show everyone tagged {TAG}
- :: list {TAG} contacts
- :: all contacts at {CS}
- :: show me all {LS} contacts
- :: who are the {TAG} people
""")

def literal(lines):
    return [ln.strip() for ln in lines.strip().split('\n') if ln.strip()]

LFU = literal("""
my follow-ups
what's due?
what's due today
show my reminders
any reminders for today
what do i have today
open follow-ups pls
what's on my list
pending follow ups?
my todo
what's overdue
show overdue reminders
who do i need to follow up with
what follow ups are due this week
list my open f/u
which calls do I owe people
what's left for today
upcoming reminders
anything I forgot?
what's on my agenda
whats my day look like
my open tasks pls
show pending tasks
/followups
/reminders
due today?
fu list
what should i do next
tasks for today
reminders?
any follow-ups overdue
what's coming up for me
did I miss any follow ups
show me what's due tomorrow
""")
BDAY = literal("""
birthdays this week
any birthdays today?
bdays this month
birthdays tomorrow
whose birthday is coming up?
upcoming bdays
/bday
/birthdays
birthday list
who's celebrating this week
any client birthdays soon
birthdays coming up in march
who has a bday next week
birthdays in the next 2 weeks
show birthdays
bday reminders
are there birthdays this weekend
which contacts have birthdays this month
🎂 this week?
birthdays pls
any birthdays I should know about
contact birthdays upcoming
who do I need to send birthday wishes to
birthdays today and tomorrow
next birthdays
upcoming birthdays for my customers
birthdays in april
""")
RISK = literal("""
who's at risk?
at-risk customers
/atrisk
churn risk
which customers might churn
accounts at risk of churning
who is going cold
which clients are slipping away
show churn risks
risky accounts
who hasn't ordered in a while and might leave
any customers at risk
which accounts need attention
customers going quiet
churn watchlist
who are we about to lose
at risk accounts this month
show me the customers at risk
which of my customers are cooling
who should i worry about
retention risks
customers with declining activity
slipping accounts?
who's drifting away
danger list
which customers might not renew
""")
XSELL_F = F("""
p=Onboarding :: who should I pitch Onboarding to?
- :: who should i pitch {PROD} to
- :: who could use {PROD}?
- :: which customers should get {PROD}
- :: cross-sell {PROD} - who's a fit
- :: upsell ideas for {C}
- :: what else can {C} buy
- :: cross-sell for {P}
- :: what else could {P} buy from us
- :: what should I offer {P} next
- :: any upsell for {C}?
- :: which products is {C} missing
- :: best next product for {P}
""")
XSELL = literal("""
upsell ideas
cross-sell suggestions
who can I upsell
what should I pitch to whom
cross sell opportunities this month
/crosssell
who could buy more
which customers are ready for more
upsell recommendations
suggest cross-sells
who's a good fit for an upgrade
who else might want more seats
what should i sell next
best upsell targets
expansion opportunities
give me cross-sell ideas
any upsell candidates
who hasn't bought add-ons yet
next best offer per customer
what products should I push
""")
PIPE = literal("""
pipeline
/pipeline
show the pipeline
pipeline overview
how's the pipeline
what's in the pipe
deals by stage
open opportunities
pipeline summary pls
what deals are in progress
how much is in the pipeline
pipeline value by stage
which deals are stuck
forecast for this quarter
my open deals
show all deals
how many opps do we have
deal overview
where are my deals at
what's closing soon
weighted pipeline
pipeline this quarter
status of the deals
funnel
what's hot in the pipeline
""")
HELP = literal("""
help
/help
?
hello
hi there
hey
good afternoon
what can you do
what can I ask you
how do I use this
commands?
how do i log a meeting
how do reminders work
what do you understand
show me examples
how do i add a contact
hello rapport
hey bot
morning!
what are you
who are you
how do i record a sale
help pls
can you help me
hi! how does this work?
what features do you have
getting started
how do i undo something
tips?
how do I find a contact
""")
UNDO = literal("""
undo
/undo
oops undo that
scratch that
delete the last one
undo last
undo pls
revert that
take that back
cancel the last entry
oops
that's wrong, undo
undo the last change
remove the last log
wrong contact, undo
forget that
ignore the last message and undo it
reverse that
please undo
undo undo
delete what you just added
no wait, undo
my bad, revert
roll that back
back out the last change
hmm that's not right, undo it please
undo the reminder you just created
please remove the call i just logged
no that was the wrong maria, undo
↩️ undo
sorry undo that last entry
can you undo the last update
""")
UNK = literal("""
asdfgh
qwerty
...
🤷
42
lol ok
hmm
what's the capital of australia
how's the weather
play some music
set an alarm for 7
what time is it in tokyo
who is the president of france
tell me something funny
sing me a song
i'm bored
brb
k
haha
good night
what's bitcoin at
how many calories in a pastel de nata
recommend a restaurant in porto
book a table for 4
send flowers to my mom
what's 2+2
can you drive me home
xyz
ñññ
...?
the coffee machine is broken again
my laptop is slow
do you like football
what's the meaning of life
order a taxi
""")

def decorate(rng, s):
    r = rng.random()
    if r < 0.15: return s + ' pls'
    if r < 0.25: return s.capitalize()
    if r < 0.32: return s + ' 🙏'
    if r < 0.40: return 'hey, ' + s
    if r < 0.46: return s.upper() if len(s) < 25 else s
    if r < 0.52: return s.rstrip('?') + '??'
    return s

def portfolio_lines(rng, n):
    metrics = ['revenue', 'sales', 'margin', 'gross margin', 'lifetime value', 'LTV', 'avg revenue per customer',
               'churn rate', 'number of customers', 'customer count', 'avg order value', 'repeat purchase rate', 'ARR', 'MRR']
    dims = ['by segment', 'by country', 'by owner', 'by rep', 'by tier', 'per segment', 'by product', 'per country',
            'by month', 'by quarter', 'split by segment and country', 'for enterprise', 'for SMB', 'for mid-market',
            'for gold tier', 'in Portugal', 'in Italy', 'in Spain', 'in France', 'in the UK', 'in Brazil', 'in Hungary',
            'in China', 'in the US', 'for my accounts', "for marco's accounts", "for claire's team"]
    periods = ['last quarter', 'this quarter', 'this year', 'last year', 'in 2025', 'last month', 'this month',
               'ytd', 'q1', 'q4 2025', 'last 12 months', 'since january', 'in february', '']
    tpls = ['{m} {d} {p}', 'what is our {m} {d} {p}', "what's the {m} {d} {p}?", 'show {m} {d} {p}',
            'how much {m} {d} {p}', 'can you give me {m} {d} {p}', '{m} {p} {d}', 'quick q: {m} {d} {p}',
            'I need the {m} {d} {p} for the board deck', 'pls send {m} {d} {p}']
    other = ['how many customers do we have {d}', 'how many {seg} customers {d}', 'top {k} customers by {m2} {p}',
             'best customers {d} {p}', 'who are our biggest accounts {d}', 'who spent the most {p}',
             'how many new customers {p}', 'how many customers did we lose {p}', 'which {seg} accounts bring the most revenue',
             'rank customers by {m2} {p}', 'customers {d}: count and revenue', 'largest {k} clients {d}',
             'total customers {d}?', 'what share of revenue is {seg}', 'top {k} accounts {d} {p}']
    segs = ['SMB', 'enterprise', 'mid-market', 'gold', 'silver', 'bronze']
    out, tries = [], 0
    while len(out) < n and tries < 10000:
        tries += 1
        e = {}
        if rng.random() < 0.6:
            t = rng.choice(tpls).format(m=rng.choice(metrics), d=rng.choice(dims), p=rng.choice(periods))
        else:
            t = rng.choice(other).format(d=rng.choice(dims), seg=rng.choice(segs), k=rng.choice([3, 5, 10, 20]),
                                         m2=rng.choice(['revenue', 'margin', 'lifetime value', 'LTV', 'spend']),
                                         p=rng.choice(periods))
        if rng.random() < 0.12:
            co = rng.choice(STORED_ORG_VARIANTS)
            t = rng.choice([f'how much has {co} spent {{p}}', f'{co} revenue {{p}}', f'lifetime value of {co}',
                            f"what's {co}'s margin {{p}}", f'total purchases by {co} {{p}}']).format(p=rng.choice(periods))
            e['co'] = co
        elif rng.random() < 0.1:
            pt, p = product(rng)
            t = rng.choice([f'revenue from {pt} {{p}}', f'how many {pt} licences sold {{p}}', f'{pt} sales {{p}} {{d}}',
                            f'margin on {pt} {{p}}']).format(p=rng.choice(periods), d=rng.choice(dims))
            e['p'] = p
        t = re.sub(r'\s+', ' ', t).strip().replace(' ?', '?')
        if rng.random() < 0.3: t = t.lower()
        out.append(make('port', t, e))
    return out

def from_frames(rng, intent, frames, n):
    out, i = [], 0
    while len(out) < n and i < n * 20:
        ents, tpl = frames[i % len(frames)]
        i += 1
        text, e = fill(rng, tpl, ents)
        low = rng.random() < 0.25 and not text.startswith('/')
        out.append(make(intent, text, e, lower=low))
    return out

def from_literals(rng, intent, lines, n):
    out = [make(intent, s, {}) for s in lines]
    i = 0
    while len(out) < n and i < n * 20:
        out.append(make(intent, decorate(rng, lines[i % len(lines)]), {}))
        i += 1
    return out

def generate(rng):
    recs = []
    recs += from_frames(rng, 'log', LOG, 190)
    recs += from_frames(rng, 'fu', FUPS, 170)
    recs += from_frames(rng, 'find', FIND, 110)
    recs += from_frames(rng, 'upd', UPD, 130)
    recs += from_frames(rng, 'addc', ADDC, 30)
    recs += from_frames(rng, 'addo', ADDO, 30)
    recs += from_frames(rng, 'buy', BUY, 32)
    recs += from_frames(rng, 'deal', DEAL, 38)
    recs += from_frames(rng, 'updeal', UPDEAL, 36)
    recs += from_frames(rng, 'need', NEED, 40)
    recs += from_frames(rng, 'list', LISTC, 36)
    recs += portfolio_lines(rng, 140)
    recs += from_literals(rng, 'lfu', LFU, 38)
    recs += from_literals(rng, 'bday', BDAY, 44)
    recs += from_literals(rng, 'risk', RISK, 44)
    recs += from_literals(rng, 'xsell', XSELL, 30)
    recs += from_frames(rng, 'xsell', XSELL_F, 22)
    recs += from_literals(rng, 'pipe', PIPE, 44)
    recs += from_literals(rng, 'help', HELP, 46)
    recs += from_literals(rng, 'undo', UNDO, 46)
    recs += from_literals(rng, 'unk', UNK, 34)
    return recs


def main():
    random.seed(20260312)
    recs = load_hand()
    recs += generate(random)   # defined in frames_en.py
    seen, out = set(), []
    for r in recs:
        key = r['text'].lower().strip()
        if key in seen: continue
        seen.add(key); out.append(r)
    nh = sum(r['_src'] == 'hand' for r in out)
    with open(os.path.join(HERE, 'en.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            r = {k: v for k, v in r.items() if k != '_src'}
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('lines', len(out), 'hand-written', nh, file=sys.stderr)

if __name__ == '__main__':
    main()
