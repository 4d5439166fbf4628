#!/usr/bin/env python3
import json, re, sys, collections, unicodedata, datetime as dt
INTENTS = {'log_interaction', 'schedule_followup', 'find_contact', 'add_contact', 'add_organization', 'update_contact',
           'record_purchase', 'create_deal', 'update_deal', 'record_need', 'list_contacts', 'list_followups', 'birthdays',
           'at_risk', 'cross_sell', 'pipeline', 'portfolio', 'help', 'undo', 'unknown'}
KEYS = {'contact', 'company', 'kind', 'date', 'follow_up', 'phone', 'email', 'product', 'quantity', 'amount', 'currency',
        'stage', 'tags', 'birthday', 'days'}
KINDS = {'call', 'meeting', 'email', 'message', 'visit', 'note'}
STAGES = {'qualification', 'proposal', 'negotiation', 'won', 'lost', 'lead', 'prospect', 'customer', 'advocate', 'churned'}
PRODUCTS = {'Premium', 'Basic', 'Onboarding', 'Support', 'Training'}
sys.path.insert(0, '/work/train')
import gen_en
PEOPLE = set(gen_en.PERSON_NAMES); ORGS = set(gen_en.ORGS)
fn = sys.argv[1] if len(sys.argv) > 1 else '/work/train/en.jsonl'
errs = []; cnt = collections.Counter(); texts = set()
def date_ok(v):
    try:
        if len(v) == 10: dt.date.fromisoformat(v); return True
        return bool(re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d', v)) and dt.datetime.fromisoformat(v) is not None
    except Exception: return False
for i, ln in enumerate(open(fn, encoding='utf-8'), 1):
    try: r = json.loads(ln)
    except Exception as ex: errs.append((i, 'json', str(ex))); continue
    E = lambda m: errs.append((i, m, ln.strip()[:160]))
    if set(r) - {'lang', 'text', 'intent', 'entities', 'match'} or not {'lang', 'text', 'intent', 'entities'} <= set(r): E('keys')
    if r.get('lang') != 'en': E('lang')
    t = r['text']; tl = t.lower()
    if not t.strip(): E('empty text')
    if tl in texts: E('dup')
    texts.add(tl)
    if r['intent'] not in INTENTS: E('intent'); continue
    cnt[r['intent']] += 1
    e = r['entities']; m = r.get('match', {})
    for k, v in e.items():
        if k not in KEYS: E('entity key ' + k)
    for k in ('contact', 'company', 'phone', 'email'):
        if k in e and (not isinstance(e[k], str) or e[k].lower() not in tl): E(f'{k} not in text')
    if 'kind' in e and e['kind'] not in KINDS: E('kind')
    if 'stage' in e and e['stage'] not in STAGES: E('stage')
    if 'product' in e and e['product'] not in PRODUCTS: E('product')
    for k in ('date', 'follow_up'):
        if k in e and not date_ok(e[k]): E(k)
    if 'amount' in e and not re.fullmatch(r'\d+\.\d\d', e['amount']): E('amount')
    if 'currency' in e and not re.fullmatch(r'[A-Z]{3}', e['currency']): E('currency')
    if ('amount' in e) != ('currency' in e): E('amount/currency pair')
    for k in ('quantity', 'days'):
        if k in e and not (isinstance(e[k], int) and e[k] > 0): E(k)
    if 'tags' in e and not (isinstance(e['tags'], list) and all(isinstance(x, str) and x for x in e['tags'])): E('tags')
    if 'birthday' in e and not re.fullmatch(r'(\d{4}-)?\d\d-\d\d', e['birthday']): E('birthday')
    if set(m) - {'contact', 'company'}: E('match keys')
    for k in ('contact', 'company'):
        if (k in m) != (k in e): E('match/entity mismatch ' + k)
    if 'contact' in m and not (m['contact'] in PEOPLE or m['contact'] in ('NEW', 'ASK')): E('match contact value')
    if 'company' in m and not (m['company'] in ORGS or m['company'] == 'NEW'): E('match company value')
    if r['intent'] in ('log_interaction',) and 'follow_up' in e and 'date' in e and e['follow_up'] <= e['date']: E('fu<=date')
    if r['intent'] == 'schedule_followup' and 'follow_up' in e and e['follow_up'][:10] < '2026-03-12': E('fu in past')
    if r['intent'] == 'log_interaction' and 'date' in e and e['date'][:10] > '2026-03-12': E('date in future')
for x in errs[:50]: print('ERR', *x)
print('errors:', len(errs))
print('total:', sum(cnt.values()))
for k, v in sorted(cnt.items(), key=lambda kv: -kv[1]): print(f'{k:20s} {v}')
