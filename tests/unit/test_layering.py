"""The layering rules of docs/ARCHITECTURE.md, checked on every module's imports (those inside functions too).

* ``bot/adapters/`` translates: it imports neither ``handlers``, ``storage`` nor the composition root
  (``bot.app``, ``bot.entry``); what it needs comes in through the dispatcher and its own settings.
* ``config/`` and ``storage/`` are the bottom layers: they import neither ``reminders``, ``handlers`` nor ``bot``.
* ``handlers/`` build no SQL: no ``select``, ``col``, ``func``, ``text``… from sqlmodel or sqlalchemy.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# folder -> the packages (or modules) no file under it may import
RULES: dict[str, tuple[str, ...]] = {
    "bot/adapters": ("handlers", "storage", "bot.app", "bot.entry"),
    "config": ("reminders", "handlers", "bot"),
    "storage": ("reminders", "handlers", "bot"),
    # Handlers build no queries: what they read and write goes through storage/ functions.
    "handlers": tuple(
        f"{lib}.{name}"
        for lib in ("sqlmodel", "sqlalchemy")
        for name in ("select", "col", "func", "or_", "and_", "text")
    ),
}


def imported_modules(source: str, *, package: str) -> set[str]:
    """Every module a source file imports, at any depth of the tree; ``from x import y`` counts x and x.y
    (y may be a module), relative imports are resolved against ``package``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            if base:
                found.add(base)
            found.update(f"{base}.{alias.name}" if base else alias.name for alias in node.names)
    return found


def forbidden(module: str, banned: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in banned)


def violations(root: Path = ROOT, rules: dict[str, tuple[str, ...]] = RULES) -> list[str]:
    found = []
    for folder, banned in rules.items():
        for path in sorted((root / folder).rglob("*.py")):
            relative = path.relative_to(root)
            if "migrations" in relative.parts and "versions" in relative.parts:
                continue  # generated Alembic revisions import only alembic and sqlalchemy
            package = ".".join(relative.with_suffix("").parts[:-1])
            hits = {
                m for m in imported_modules(path.read_text(encoding="utf-8"), package=package) if forbidden(m, banned)
            }
            # "from handlers import home" is one violation, not two (handlers and handlers.home).
            found.extend(
                f"{relative} imports {m}" for m in sorted(hits) if not any(m.startswith(h + ".") for h in hits)
            )
    return found


def test_the_tree_keeps_the_layering_rules() -> None:
    assert violations() == []


@pytest.mark.parametrize(
    ("folder", "source", "caught"),
    [
        ("bot/adapters", "from handlers import home\n", "handlers"),
        ("bot/adapters", "def late():\n    from storage.models import Staff\n", "storage.models"),
        ("bot/adapters", "import bot.app\n", "bot.app"),
        ("bot/adapters", "from bot.entry.runner import run_forever\n", "bot.entry.runner"),
        ("bot/adapters", "from bot import app\n", "bot.app"),
        ("bot/adapters", "from ... import handlers\n", "handlers"),
        ("config", "def lazy():\n    from reminders.policies import parse_policies\n", "reminders.policies"),
        ("config", "from bot.texts import t\n", "bot.texts"),
        ("storage", "import handlers.cards\n", "handlers.cards"),
        ("handlers", "def late():\n    from sqlmodel import col, select\n", "sqlmodel.select"),
    ],
)
def test_a_violation_is_found(tmp_path: Path, folder: str, source: str, caught: str) -> None:
    module = tmp_path / folder / "bad.py"
    module.parent.mkdir(parents=True)
    module.write_text(source, encoding="utf-8")
    assert f"{Path(folder) / 'bad.py'} imports {caught}" in violations(tmp_path, {folder: RULES[folder]})


def test_allowed_imports_pass(tmp_path: Path) -> None:
    module = tmp_path / "bot/adapters/fine.py"
    module.parent.mkdir(parents=True)
    module.write_text("from bot.types import Reply\nfrom bot.middleware import Dispatcher\nimport config.settings\n")
    assert violations(tmp_path, {"bot/adapters": RULES["bot/adapters"]}) == []
