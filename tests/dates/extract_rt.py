"""Build the Recognizers-Text fixture: single-date and single-datetime cases embedded in CRM sentences.

Run from the repository root, with a local clone of microsoft/Recognizers-Text:

    python -m tests.dates.extract_rt /path/to/Recognizers-Text > tests/dates/rt_cases.json

Sources: Specs/DateTime/<Language>/DateParser.json and DateTimeParser.json (each case has one result with a
future and a past resolution). Cases the reference implementation itself does not support (NotSupported
naming "dotnet", which also have no reference time) are left out. The phrase is the result's text plus the
preposition right before it ("on 15", "el 15"), embedded in a sentence of our own: a phrase whose two
resolutions agree and lie before the reference day goes into a log sentence, every other phrase into a
follow-up sentence, and the expected value is the matching resolution. Nothing here is edited by hand.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French"}
FILES = ("DateParser", "DateTimeParser")
# A preposition just before the phrase belongs to what a person types ("on the 15th", "el 15", "le 15").
PREPOSITIONS = {
    "en": {"on", "at", "by", "for", "in"},
    "es": {"el", "en", "para", "a", "la", "las", "los"},
    "fr": {"le", "la", "à", "a", "en", "pour", "au", "les", "l'"},
}
FOLLOW_UP = {
    "en": ("remind me to follow up with Maria Silva {p}", "schedule a call with Maria Silva {p}"),
    "es": ("recuérdame hacer seguimiento con Maria Silva {p}", "agenda una llamada con Maria Silva {p}"),
    "fr": ("rappelle-moi de relancer Maria Silva {p}", "planifie un appel avec Maria Silva {p}"),
}
LOG = {
    "en": ("call with Maria Silva {p}", "met Maria Silva {p}"),
    "es": ("llamada con Maria Silva {p}", "me reuní con Maria Silva {p}"),
    "fr": ("appel avec Maria Silva {p}", "j'ai rencontré Maria Silva {p}"),
}


def _spec(repo: Path, language: str, name: str) -> list[dict]:
    path = f"Specs/DateTime/{language}/{name}.json"
    if (repo / path).exists():
        text = (repo / path).read_text(encoding="utf-8-sig")
    else:  # a bare git directory (no work tree)
        text = subprocess.run(
            ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True
        ).stdout.decode("utf-8-sig")
    return json.loads(text)


def _phrase(case: dict, result: dict, lang: str) -> str:
    text, start = case["Input"], result["Start"]
    length = result.get("Length", len(result["Text"]))
    phrase = text[start : start + length]
    before = text[:start].rstrip().split(" ")
    if before and before[-1].lower() in PREPOSITIONS[lang]:
        phrase = f"{before[-1]} {phrase}"
    return phrase.strip(" .|")


def _value(resolution: dict) -> tuple[str, bool]:
    if "dateTime" in resolution:
        return resolution["dateTime"].replace(" ", "T"), True
    return resolution["date"], False


def cases(repo: Path) -> list[dict]:
    out: list[dict] = []
    for lang, language in LANGUAGES.items():
        for name in FILES:
            for index, case in enumerate(_spec(repo, language, name)):
                if "dotnet" in case.get("NotSupported", "") or len(case.get("Results", [])) != 1:
                    continue
                result = case["Results"][0]
                value = result.get("Value", {})
                if "FutureResolution" not in value or "PastResolution" not in value:
                    continue
                future, has_time = _value(value["FutureResolution"])
                past, _ = _value(value["PastResolution"])
                now = case["Context"]["ReferenceDateTime"]
                is_log = future == past and future[:10] < now[:10]
                templates = (LOG if is_log else FOLLOW_UP)[lang]
                phrase = _phrase(case, result, lang)
                out.append(
                    {
                        "id": f"{lang}-{name}-{index}",
                        "lang": lang,
                        "now": now,
                        "kind": "log" if is_log else "follow_up",
                        "phrase": phrase,
                        "text": templates[index % len(templates)].format(p=phrase),
                        "expected": future,
                        "has_time": has_time,
                        "source_input": case["Input"],
                    }
                )
    return out


def main() -> None:
    repo = Path(sys.argv[1])
    json.dump(cases(repo), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
