"""Counts the judged scenarios in verdicts.tsv per language, as the FINDINGS.md table shows them.

Flags per scenario: W wrong write, S silent drop or wrong reading shown, U unhelpful question, D wording; "ok" none.
"""

import csv
from collections import Counter
from pathlib import Path

LANGS = ("en", "pt", "es", "fr", "it", "hu")


def main() -> None:
    rows = list(csv.DictReader((Path(__file__).parent / "verdicts.tsv").open(encoding="utf-8"), delimiter="\t"))
    counts: dict[str, Counter[str]] = {lang: Counter() for lang in (*LANGS, "all")}
    for row in rows:
        flags = set() if row["flags"] == "ok" else set(row["flags"].split(","))
        for key in (row["lang"], "all"):
            c = counts[key]
            c["n"] += 1
            for flag in "WSU":
                c[flag] += flag in flags
            c["D"] += flags == {"D"}
            c["ok"] += not flags
    for key in (*LANGS, "all"):
        c = counts[key]
        print(f"| {key} | {c['n']} | {c['W']} | {c['S']} | {c['U']} | {c['D']} | {c['ok']} |")


if __name__ == "__main__":
    main()
