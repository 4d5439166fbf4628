"""Splits a batch file ("=== name" then the scenario's lines) into tests/scenarios/<name>.txt files."""

import sys
from pathlib import Path

name, buf = None, []
text = Path(sys.argv[1]).read_text(encoding="utf-8")
for line in [*text.splitlines(), "=== end"]:
    if line.startswith("=== "):
        if name:
            Path(f"tests/scenarios/{name}.txt").write_text("\n".join(buf).strip("\n") + "\n", encoding="utf-8")
        name, buf = line[4:].strip(), []
    else:
        buf.append(line)
