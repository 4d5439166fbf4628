"""What a rule proposes: one nudge, with the key that makes it unique."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class NudgeCandidate:
    kind: str
    dedupe_key: str
    owner_id: int
    due_at: datetime
    text: str
    contact_id: int | None = None
    follow_up_id: int | None = None
    # One line for the digest ("Maria Silva (Acme) turns 40"): the digest lists, the single nudge explains.
    headline: str = ""
    rank: float = 0.0


@dataclass(frozen=True)
class PreviewItem:
    kind: str
    contact: str | None
    owner: str
    text: str
    due: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "contact": self.contact,
            "owner": self.owner,
            "text": self.text,
            "due": self.due.isoformat(),
        }
