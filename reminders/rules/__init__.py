"""The nudge kinds: every module here that declares ``RULE = NudgeRule(...)`` is a rule the engine runs.

A new kind of nudge is one module in this package (its ``due()`` and its ``RULE``) and its texts in
``bot/texts/<lang>.py``; the engine, the digest and the delivery order find it here.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from reminders.candidates import NudgeCandidate

# When a rule is asked: on every sweep (follow-ups), at each owner's birthday time, or at their digest time.
Schedule = Literal["every_sweep", "birthday", "daily"]


@dataclass(frozen=True)
class NudgeRule:
    kinds: tuple[str, ...]  # the Nudge.kind values the rule produces
    # due(*, session, at, settings, owners) -> candidates; a summary rule also gets ``others=``.
    due: Callable[..., list[NudgeCandidate]]
    schedule: Schedule
    order: int  # delivery order within one due instant (lowest first); kinds of one rule in declared order
    text_keys: tuple[str, ...]  # the bot/texts keys its nudges are written with (checked in six languages)
    # A text key with {n}: the digest counts this kind's nudges of the day under it ("cross-sell ideas 3").
    digest_label: str | None = None
    # The digest: runs after every other daily rule and receives their candidates.
    summary: bool = False


@cache
def registry() -> tuple[NudgeRule, ...]:
    """Every rule of this package, in delivery order."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        rule = getattr(import_module(f"{__name__}.{info.name}"), "RULE", None)
        if isinstance(rule, NudgeRule):
            found.append(rule)
    return tuple(sorted(found, key=lambda r: r.order))


def kinds() -> tuple[str, ...]:
    return tuple(kind for rule in registry() for kind in rule.kinds)


def order() -> dict[str, int]:
    """Delivery order within one due instant: the digest first, then what it announces."""
    return {kind: i for i, kind in enumerate(kinds())}


def digest_labels() -> dict[str, str]:
    """kind -> text key, for the kinds the digest counts, in delivery order."""
    return {kind: rule.digest_label for rule in registry() if rule.digest_label for kind in rule.kinds}
