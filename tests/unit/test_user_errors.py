"""Errors meant for users carry a text key, translated where the reply is made, in all six languages."""

from __future__ import annotations

import ast
from functools import partial
from pathlib import Path

import pytest

from bot.texts import t
from config.languages import LANGUAGES
from storage.errors import NotFound, Refusal, Term, UserError
from storage.permissions import Forbidden, Scope, require

ROOT = Path(__file__).resolve().parents[2]
RAISED = ("UserError", "Refusal", "NotFound", "Forbidden")


def raised_keys() -> set[str]:
    """Every literal text key given to a user error in handlers/, storage/ and bot/, and every Term."""
    keys: set[str] = set()
    for folder in ("handlers", "storage", "bot"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                    continue
                if node.func.id in (*RAISED, "Term") and node.args and isinstance(node.args[0], ast.Constant):
                    keys.add(node.args[0].value)
    return keys


def test_every_key_raised_exists_in_every_language() -> None:
    keys = raised_keys()
    assert "error.nudge_gone" in keys and "term.that_contact" in keys  # the scan sees storage and handlers
    for lang in LANGUAGES:
        table = __import__(f"bot.texts.{lang}", fromlist=["TEXTS"]).TEXTS
        assert sorted(k for k in keys if k not in table) == [], lang


@pytest.mark.parametrize("action", ["view", "update", "reassign", "export", "erase", "import", "manage_staff"])
@pytest.mark.parametrize("role", ["rep", "manager"])
def test_every_refusal_of_the_rules_has_a_text(action: str, role: str) -> None:
    scope = Scope(staff_id=1, role=role, team_id=None, owner_ids=frozenset({1}))
    if scope.allows(action, 2):
        return
    with pytest.raises(Forbidden) as caught:
        require(scope, action, 2)
    for lang in LANGUAGES:
        table = __import__(f"bot.texts.{lang}", fromlist=["TEXTS"]).TEXTS
        assert caught.value.key in table, (lang, caught.value.key)
        assert "{" not in caught.value.text(partial(t, lang))


def test_the_reader_gets_their_language_and_terms_are_translated() -> None:
    refusal = Forbidden("forbidden.team.view", what=Term("term.that_contact"))
    assert refusal.text(partial(t, "en")) == "That contact belongs to someone outside your team, so I can't view it."
    assert refusal.text(partial(t, "pt")).startswith("Esse contacto pertence a alguém fora da sua equipa")
    gone = UserError("error.could_not_find", ref="Zé")
    assert gone.text(partial(t, "fr")) == "Je n'ai pas trouvé « Zé »."
    assert gone.text(partial(t, "en")) == 'I could not find "Zé".'


def test_the_kinds_stay_catchable_as_before() -> None:
    # Callers that caught the built-in kinds (the command line, the importer) still catch these.
    assert issubclass(UserError, ValueError)
    assert issubclass(Refusal, PermissionError) and issubclass(Forbidden, Refusal)
    assert issubclass(NotFound, LookupError) and issubclass(NotFound, UserError)
    assert str(UserError("error.could_not_find", ref="x")) == "error.could_not_find(ref='x')"
