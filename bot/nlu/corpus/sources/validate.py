"""Validate /work/train/{pt,es,fr,it,hu}.jsonl and print counts per language and intent."""
import json
import re
import sys
from collections import Counter

sys.path.insert(0, "/work/train")
from lib import INTENTS, KINDS, STAGES, PRODUCTS, PEOPLE, ORGS  # noqa: E402

INT = set(INTENTS.values())
KEYS = {"contact", "company", "kind", "date", "follow_up", "phone", "email", "product", "quantity", "amount",
        "currency", "stage", "tags", "birthday", "days"}
MINLINES = {"pt": 340, "es": 340, "fr": 340, "it": 340, "hu": 240}
DT = re.compile(r"^2026-\d\d-\d\d(T\d\d:\d\d)?$")
errors = 0


def err(lang, i, msg, rec):
    global errors
    errors += 1
    print(f"ERR {lang}:{i}: {msg}: {rec.get('text') if isinstance(rec, dict) else rec}")


table = {}
for lang in MINLINES:
    path = f"/work/train/{lang}.jsonl"
    cnt = Counter()
    texts = set()
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(lang, i, f"bad json {e}", line)
            continue
        if set(r) - {"lang", "text", "intent", "entities", "match"} or not {"lang", "text", "intent", "entities"} <= set(r):
            err(lang, i, f"top-level keys {sorted(r)}", r)
        if r.get("lang") != lang:
            err(lang, i, "lang", r)
        t = r.get("text", "")
        if not isinstance(t, str) or not t.strip():
            err(lang, i, "empty text", r)
        if t in texts:
            err(lang, i, "duplicate text", r)
        texts.add(t)
        if r.get("intent") not in INT:
            err(lang, i, "intent", r)
        cnt[r.get("intent")] += 1
        e = r.get("entities", {})
        if not isinstance(e, dict) or set(e) - KEYS:
            err(lang, i, f"entity keys {set(e) - KEYS}", r)
            continue
        for k in ("contact", "company"):
            if k in e and (not isinstance(e[k], str) or e[k].lower() not in t.lower()):
                err(lang, i, f"{k} span not in text ({e[k]!r})", r)
        if "kind" in e and e["kind"] not in KINDS:
            err(lang, i, "kind", r)
        if "stage" in e and e["stage"] not in STAGES:
            err(lang, i, "stage", r)
        if "product" in e and e["product"] not in PRODUCTS:
            err(lang, i, "product", r)
        for k in ("date", "follow_up"):
            if k in e and not DT.match(str(e[k])):
                err(lang, i, k, r)
        for k in ("quantity", "days"):
            if k in e and (not isinstance(e[k], int) or isinstance(e[k], bool)):
                err(lang, i, k, r)
        if "amount" in e and not re.fullmatch(r"\d+\.\d\d", str(e["amount"])):
            err(lang, i, "amount", r)
        if "currency" in e and not re.fullmatch(r"[A-Z]{3}", str(e["currency"])):
            err(lang, i, "currency", r)
        if "tags" in e and not (isinstance(e["tags"], list) and all(isinstance(x, str) for x in e["tags"])):
            err(lang, i, "tags", r)
        if "birthday" in e and not re.fullmatch(r"(\d{4}-)?\d\d-\d\d", e["birthday"]):
            err(lang, i, "birthday", r)
        m = r.get("match", {})
        if set(m) - {"contact", "company"}:
            err(lang, i, "match keys", r)
        for k in ("contact", "company"):
            if k in e and k not in m:
                err(lang, i, f"missing match.{k}", r)
            if k in m and k not in e:
                err(lang, i, f"match.{k} without entity", r)
        if "contact" in m and m["contact"] not in set(PEOPLE) | {"NEW", "ASK"}:
            err(lang, i, "match.contact value", r)
        if "company" in m and m["company"] not in set(ORGS) | {"NEW"}:
            err(lang, i, "match.company value", r)
    if len(lines) < MINLINES[lang]:
        err(lang, 0, f"only {len(lines)} lines", {})
    for it in INT:
        if cnt[it] < 8:
            err(lang, 0, f"intent {it} has {cnt[it]} < 8", {})
    table[lang] = (len(lines), cnt)

ints = sorted(INT)
print("\n%-18s" % "intent" + "".join("%6s" % l for l in MINLINES))
for it in ints:
    print("%-18s" % it + "".join("%6d" % table[l][1][it] for l in MINLINES))
print("%-18s" % "TOTAL" + "".join("%6d" % table[l][0] for l in MINLINES))
print("errors:", errors)
sys.exit(1 if errors else 0)
