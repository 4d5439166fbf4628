"""Blind Portuguese, Italian and Hungarian cases, written from issue 14's text before the reader was changed.

Each line: language, kind (log | follow_up), the CRM sentence, the expected wall time ("YYYY-MM-DD" for a
date without a time, "YYYY-MM-DDTHH:MM:SS" with one), or "ASK" for a phrase that must be asked about.
The moment is Thursday 12 March 2026, 10:40. `python -m tests.dates.blind_source > tests/dates/blind_cases.json`.
"""

from __future__ import annotations

import json
import sys

NOW = "2026-03-12T10:40:00"
CASES = """
pt|follow_up|lembra-me de ligar à Maria Silva amanhã|2026-03-13
pt|follow_up|lembra-me de ligar à Maria Silva amanhã à tarde|2026-03-13T14:00:00
pt|follow_up|agenda reunião com Maria Silva na próxima terça às 15h|2026-03-17T15:00:00
pt|follow_up|lembra-me de ligar à Maria Silva daqui a duas semanas|2026-03-26
pt|follow_up|lembra-me de ligar à Maria Silva daqui a três dias|2026-03-15
pt|follow_up|agenda chamada com Maria Silva a 20 de abril|2026-04-20
pt|follow_up|agenda chamada com Maria Silva dia 25|2026-03-25
pt|follow_up|lembra-me de ligar à Maria Silva ao meio-dia|2026-03-12T12:00:00
pt|follow_up|agenda chamada com Maria Silva sexta-feira às 9h30|2026-03-13T09:30:00
pt|follow_up|lembra-me de ligar à Maria Silva no fim do mês|2026-03-31
pt|follow_up|agenda chamada com Maria Silva em 45 minutos|2026-03-12T11:25:00
pt|follow_up|agenda chamada com Maria Silva 30/02|ASK
pt|log|liguei à Maria Silva ontem|2026-03-11
pt|log|reunião com Maria Silva anteontem|2026-03-10
pt|log|liguei à Maria Silva na segunda-feira passada|2026-03-09
pt|log|reunião com Maria Silva há duas semanas|2026-02-26
pt|log|liguei à Maria Silva a 3 de março|2026-03-03
pt|follow_up|lembra-me de ligar à Maria Silva depois de amanhã às 10h|2026-03-14T10:00:00
it|follow_up|ricordami di chiamare Maria Silva domani|2026-03-13
it|follow_up|ricordami di chiamare Maria Silva stasera|2026-03-12T20:00:00
it|follow_up|fissa una riunione con Maria Silva martedì prossimo alle 15|2026-03-17T15:00:00
it|follow_up|ricordami di chiamare Maria Silva tra due settimane|2026-03-26
it|follow_up|ricordami di chiamare Maria Silva fra tre giorni|2026-03-15
it|follow_up|fissa una chiamata con Maria Silva il 20 aprile|2026-04-20
it|follow_up|fissa una chiamata con Maria Silva venerdì alle 9:30|2026-03-13T09:30:00
it|follow_up|ricordami di chiamare Maria Silva a mezzogiorno|2026-03-12T12:00:00
it|follow_up|ricordami di chiamare Maria Silva dopodomani|2026-03-14
it|follow_up|ricordami di chiamare Maria Silva a fine mese|2026-03-31
it|follow_up|fissa una chiamata con Maria Silva tra 45 minuti|2026-03-12T11:25:00
it|follow_up|fissa una chiamata con Maria Silva il 31 aprile|ASK
it|log|ho chiamato Maria Silva ieri|2026-03-11
it|log|riunione con Maria Silva l'altro ieri|2026-03-10
it|log|ho chiamato Maria Silva lunedì scorso|2026-03-09
it|log|ho chiamato Maria Silva due settimane fa|2026-02-26
it|log|riunione con Maria Silva il 3 marzo|2026-03-03
it|follow_up|ricordami di chiamare Maria Silva domani mattina|2026-03-13T09:00:00
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát holnap|2026-03-13
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát holnap délután|2026-03-13T14:00:00
hu|follow_up|megbeszélés Maria Silvával jövő kedden 15:00-kor|2026-03-17T15:00:00
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát két hét múlva|2026-03-26
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát három nap múlva|2026-03-15
hu|follow_up|hívás Maria Silvával április 20-án|2026-04-20
hu|follow_up|hívás Maria Silvával pénteken 9:30-kor|2026-03-13T09:30:00
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát holnapután|2026-03-14
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát a hónap végén|2026-03-31
hu|follow_up|hívás Maria Silvával 45 perc múlva|2026-03-12T11:25:00
hu|follow_up|hívás Maria Silvával február 30-án|ASK
hu|log|felhívtam Maria Silvát tegnap|2026-03-11
hu|log|megbeszélés Maria Silvával tegnapelőtt|2026-03-10
hu|log|felhívtam Maria Silvát múlt hétfőn|2026-03-09
hu|log|felhívtam Maria Silvát két hete|2026-02-26
hu|log|megbeszélés Maria Silvával március 3-án|2026-03-03
hu|follow_up|emlékeztess, hogy hívjam fel Maria Silvát ma este|2026-03-12T18:00:00
hu|follow_up|hívás Maria Silvával 2026.04.20.|2026-04-20
"""


def cases() -> list[dict]:
    out = []
    for index, line in enumerate(row for row in CASES.strip().splitlines() if row.strip()):
        lang, kind, text, expected = line.split("|")
        out.append(
            {
                "id": f"{lang}-blind-{index}",
                "lang": lang,
                "now": NOW,
                "kind": kind,
                "phrase": text,
                "text": text,
                "expected": "0001-01-01" if expected == "ASK" else expected,
                "has_time": "T" in expected,
            }
        )
    return out


if __name__ == "__main__":
    json.dump(cases(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
