#!/usr/bin/env python3
"""Independent checker for the blind date test set.
Reads cases_annotated.txt (lang|kind|sentence|expected|spec), recomputes every
expected value from the spec with datetime (NOW = Thu 2026-03-12 10:40), checks
counts/format, and writes cases.txt (lang|kind|sentence|expected)."""
import datetime as dt, collections, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 3, 12, 10, 40)
TODAY = NOW.date()
assert TODAY.weekday() == 3  # Thursday
WD = dict(mon=0, tue=1, wed=2, thu=3, fri=4, sat=5, sun=6)
KIND = None  # set per line

def T(): return TODAY
def D(n): return TODAY + dt.timedelta(days=n)
def WK(n): return TODAY + dt.timedelta(weeks=n)
def MO(n):
    m = TODAY.month - 1 + n
    return dt.date(TODAY.year + m // 12, m % 12 + 1, TODAY.day)
def EOM():
    nxt = dt.date(TODAY.year + TODAY.month // 12, TODAY.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
def W(name):
    """bare weekday: follow_up -> next such day after today; log -> last one before today"""
    w = WD[name]
    if KIND == 'follow_up':
        d = (w - TODAY.weekday()) % 7 or 7
        return TODAY + dt.timedelta(days=d)
    d = (TODAY.weekday() - w) % 7 or 7
    return TODAY - dt.timedelta(days=d)
def _monday(): return TODAY - dt.timedelta(days=TODAY.weekday())
def NW(name): return _monday() + dt.timedelta(days=7 + WD[name])   # weekday of next calendar week
def LW(name): return _monday() + dt.timedelta(days=-7 + WD[name])  # weekday of last calendar week
def Y(y, m, d): return dt.date(y, m, d)
def DM(d, m):
    """day+month without year: follow_up -> next one strictly ahead, log -> last one strictly behind"""
    if KIND == 'follow_up':
        for y in (TODAY.year, TODAY.year + 1):
            try:
                c = dt.date(y, m, d)
            except ValueError:
                continue
            if c > TODAY: return c
    else:
        for y in (TODAY.year, TODAY.year - 1):
            try:
                c = dt.date(y, m, d)
            except ValueError:
                continue
            if c < TODAY: return c
    raise ValueError('no date')
def at(d, h, mi=0): return dt.datetime(d.year, d.month, d.day, h, mi)

# ASK justifications: each must actually hold
def BAD(m, d, y=2026):
    try:
        dt.date(y, m, d)
    except ValueError:
        return 'ASK'
    raise AssertionError(f'{d}/{m}/{y} is a valid date')
def MISMATCH(name, m, d):
    c = DM(d, m)
    assert c.weekday() != WD[name], f'{c} is really a {name}'
    return 'ASK'
def OR(): return 'ASK'
def BADTIME(h):
    assert not 0 <= h <= 23
    return 'ASK'

def fmt(v):
    if v == 'ASK': return v
    if isinstance(v, dt.datetime): return v.strftime('%Y-%m-%dT%H:%M:%S')
    return v.isoformat()

errors = []
rows = []
for n, line in enumerate(open(os.path.join(HERE, 'cases_annotated.txt'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    if not line or line.startswith('#'): continue
    f = line.split('|')
    if len(f) != 5:
        errors.append(f'{n}: wrong field count {len(f)}'); continue
    lang, kind, sent, exp, spec = f
    if lang not in ('pt', 'it', 'hu', 'en', 'es', 'fr'): errors.append(f'{n}: lang {lang}')
    if kind not in ('log', 'follow_up'): errors.append(f'{n}: kind {kind}')
    if not re.fullmatch(r'ASK|\d{4}-\d\d-\d\d(T\d\d:\d\d:00)?', exp): errors.append(f'{n}: format {exp}')
    KIND = kind
    try:
        got = fmt(eval(spec))
    except Exception as e:
        errors.append(f'{n}: spec {spec} failed: {e!r}'); continue
    if got != exp:
        errors.append(f'{n}: expected {exp} but spec {spec} gives {got}: {sent}')
    # direction sanity: follow_up must be in the future, log in the past
    if exp != 'ASK':
        when = dt.datetime.fromisoformat(exp) if 'T' in exp else None
        day = dt.date.fromisoformat(exp[:10])
        if kind == 'follow_up' and not ((when and when > NOW) or (not when and day >= TODAY)):
            errors.append(f'{n}: follow_up not in future: {exp}')
        if kind == 'log' and not ((when and when < NOW) or (not when and day < TODAY)):
            errors.append(f'{n}: log not in past: {exp}')
    rows.append((lang, kind, sent, exp))

sents = collections.Counter(r[2] for r in rows)
for s, c in sents.items():
    if c > 1: errors.append(f'duplicate sentence: {s}')

stats = collections.defaultdict(collections.Counter)
for lang, kind, sent, exp in rows:
    stats[lang][kind] += 1
    stats[lang]['ASK' if exp == 'ASK' else 'dated'] += 1
    stats[lang]['total'] += 1
for lang in ('pt', 'it', 'hu', 'en', 'es', 'fr'):
    print(lang, dict(stats[lang]))
print('total', len(rows))

if errors:
    print('\n'.join(errors)); sys.exit(1)
with open(os.path.join(HERE, 'cases.txt'), 'w', encoding='utf-8') as out:
    for r in rows:
        out.write('|'.join(r) + '\n')
print('OK, wrote cases.txt')
