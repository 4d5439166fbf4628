"""The permission matrix: roles (rep, manager, admin) x actions (view, update, reassign, export, erase)."""

from __future__ import annotations

import pytest

from bot.app import App
from reminders.clock import FrozenClock
from storage.permissions import Scope
from tests.data.helpers import member
from tests.support import Chat

MINE, TEAM, OTHER = 1, 2, 3
REP = Scope(MINE, "rep", 1, frozenset({MINE, TEAM}))
MANAGER = Scope(MINE, "manager", 1, frozenset({MINE, TEAM}))
ADMIN = Scope(MINE, "admin", 1, None)

# (scope, action, owner) -> allowed
MATRIX = {
    "rep": {"view": (1, 1, 0), "update": (1, 1, 0), "reassign": (0, 0, 0), "export": (0, 0, 0), "erase": (0, 0, 0)},
    "manager": {"view": (1, 1, 0), "update": (1, 1, 0), "reassign": (1, 1, 0), "export": (1, 1, 0), "erase": (0, 0, 0)},
    "admin": {"view": (1, 1, 1), "update": (1, 1, 1), "reassign": (1, 1, 1), "export": (1, 1, 1), "erase": (1, 1, 1)},
}  # fmt: skip
SCOPES = {"rep": REP, "manager": MANAGER, "admin": ADMIN}


@pytest.mark.parametrize("role", list(MATRIX))
@pytest.mark.parametrize("action", ["view", "update", "reassign", "export", "erase"])
def test_matrix(role: str, action: str) -> None:
    scope = SCOPES[role]
    got = tuple(int(scope.allows(action, owner)) for owner in (MINE, TEAM, OTHER))
    assert got == MATRIX[role][action]
    assert scope.allows(action, None) == (role == "admin")  # an owner-less record is the admins'


async def test_matrix_in_chat(app: App, clock: FrozenClock) -> None:
    """The same rules where people meet them: search, cards, updates, reassignment, export, erasure."""
    admin = Chat(app, clock, handle="boss")
    member(app, "ana", "rep", team="north")
    member(app, "nuno", "manager", team="north")
    member(app, "sara", "rep", team="south")
    ana, nuno, sara = (Chat(app, clock, handle=h) for h in ("ana", "nuno", "sara"))
    await ana.say("add Maria Silva, maria@acme.com, works at Acme")

    assert (await nuno.say("Maria Silva?"))[0].cards[0].title == "Maria Silva"
    hidden = await sara.say("Maria Silva?")
    assert hidden[0].text.startswith("I couldn't find") and not hidden[0].cards
    assert "outside your team" in (await sara.say("add Maria Silva, maria@acme.com"))[0].text

    assert (await nuno.say("change Maria Silva's tier to gold"))[0].text.startswith("Updated Maria Silva")
    assert "Only a manager or an admin" in (await ana.say("give Maria Silva to nuno"))[0].text
    assert "Only a manager or an admin" in (await ana.say("export Maria Silva"))[0].text
    assert "outside your team" in (await nuno.say("give Maria Silva to sara"))[0].text
    assert (await nuno.say("give Maria Silva to nuno"))[0].text == "Maria Silva now belongs to Nuno."
    assert (await nuno.say("export Maria Silva"))[0].text.startswith("Exported everything stored about Maria Silva")
    assert "Only an admin can erase" in (await nuno.say("erase Maria Silva"))[0].text
    assert (await admin.say("give Acme to sara"))[0].text == "Acme and 1 of its contacts now belong to Sara."
    assert (await sara.say("Maria Silva?"))[0].cards[0].title == "Maria Silva"
    assert (await ana.say("Maria Silva?"))[0].text.startswith("I couldn't find")
