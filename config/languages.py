"""The staff languages: one tuple, read by settings, texts, the understanding, the importer and the tests.

A new language is added here first; tests/records/test_languages.py then names every table still missing it
(its texts, lexicon, date words, corpus lines). English comes first: it is the fallback everywhere.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "pt", "es", "fr", "it", "hu")
