"""Pairs a scenario's input lines with the console's JSON replies (used by run.sh)."""

import json
import sys
from pathlib import Path

text = Path(sys.argv[1]).read_text(encoding="utf-8")
lines = [x for x in text.splitlines() if not x.startswith("#")]
for inp, out in zip(lines, sys.stdin, strict=False):
    d = json.loads(out)
    print(f">>> {inp}")
    print("    " + d["reply"].replace("\n", "\n    "))
    buttons = [b.get("label", b) if isinstance(b, dict) else b for b in d.get("buttons", [])]
    ents = json.dumps(d["entities"], ensure_ascii=False)
    print(f"    [{d['intent']}] {ents}" + (f" buttons={buttons}" if buttons else ""))
