"""The cross-sell nudge's rules for the day: the one miner (storage/analytics/cross_sell.py), kept for the UTC day.

Mining reads every purchase (or every product pair) once, so the result is kept in reminder_state for the
UTC day under the thresholds in force and mined again the next day: the rules move slowly, the candidates
are re-checked every morning.
"""

from __future__ import annotations

from dataclasses import asdict, astuple
from datetime import datetime

from sqlmodel import Session

from config.settings import Settings
from reminders import state as reminder_state
from storage.analytics.cross_sell import Rule, Thresholds, rules
from storage.models import ReminderState

STATE_KEY = "assoc_rules"
VERSION = 2  # the stored rules' shape: an older day's cache is mined again


def strong_rules(*, session: Session, at: datetime, settings: Settings) -> list[Rule]:
    """Today's rules, strongest first: the chat's ``cross_sell.rules`` under the same thresholds."""
    thresholds = Thresholds.of(settings)
    fingerprint = {"day": at.date().isoformat(), "version": VERSION, "thresholds": list(astuple(thresholds))}
    state = session.get(ReminderState, STATE_KEY)
    if state is not None and state.value and state.value.get("fingerprint") == fingerprint:
        return [Rule(**r) for r in state.value["rules"]]
    found = rules(session=session, thresholds=thresholds)
    reminder_state.put(
        session=session,
        key=STATE_KEY,
        at=at,
        value={"fingerprint": fingerprint, "rules": [asdict(r) for r in found]},
    )
    return found
