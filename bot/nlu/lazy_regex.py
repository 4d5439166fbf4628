"""A regular expression compiled when it is first used.

The understanding holds hundreds of expressions (the intent rules of six languages, the date families), and
Python compiles each in about a tenth of a millisecond or more: compiling them all was most of the first reply's
time after a start. A message tries only some of them (rules stop at the first match; a date family runs only
when the message has one of its gate words), so each is compiled when first tried. After that its methods are the
compiled pattern's own, bound on the instance: as fast as a plain ``re.Pattern``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        found = re.compile(self.pattern, self.flags)
        # Instance attributes shadow the class's methods: later calls go straight to the compiled pattern.
        self.search = found.search  # type: ignore[method-assign]
        self.finditer = found.finditer  # type: ignore[method-assign]
        return found

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)
