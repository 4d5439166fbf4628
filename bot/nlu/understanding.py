"""What the parser understood from one message: an intent and typed entities."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

INTENTS = (
    "add_contact",
    "update_contact",
    "log_interaction",
    "find_contact",
    "list_contacts",
    "schedule_followup",
    "list_followups",
    "record_purchase",
    "update_deal",
    "birthdays",
    "at_risk",
    "cross_sell",
    "pipeline",
    "portfolio",
    "help",
    "undo",
    "snooze",
    "nudge_history",
    "who_changed",
    "export_contact",
    "erase_contact",
    "reassign",
    "record_need",
    "record_link",
    "network",
    "find_facts",
    "offer",
    "unknown",
)

# The console's JSON reports one of the public intents (the command-line contract); finer internal intents
# are reported as the public one they belong to.
_PUBLIC_PARENT = {
    "snooze": "schedule_followup",
    "nudge_history": "list_followups",
    "who_changed": "find_contact",
    "export_contact": "find_contact",
    "erase_contact": "update_contact",
    "reassign": "update_contact",
    # The network and customer facts (handlers/network.py, handlers/facts.py, handlers/offer.py).
    "record_link": "update_contact",
    "network": "find_contact",
    "find_facts": "find_contact",
    "offer": "cross_sell",
}
PUBLIC_INTENTS = frozenset(INTENTS) - set(_PUBLIC_PARENT)


def public_intent(name: str | None) -> str:
    if name in PUBLIC_INTENTS:
        return name  # type: ignore[return-value]
    return _PUBLIC_PARENT.get(name or "", "unknown")


@dataclass
class Understanding:
    intent: str
    text: str
    lang: str = "en"
    contact_ref: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    kind: str | None = None
    occurred_at: datetime | None = None
    follow_up_at: datetime | None = None
    follow_up_text: str | None = None
    summary: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    product: str | None = None
    quantity: int | None = None
    stage: str | None = None
    tags: list[str] = field(default_factory=list)
    birthday: str | None = None  # "MM-DD" or "YYYY-MM-DD"
    days: int | None = None
    period: str | None = None  # "today", "week", "month" for birthday queries
    field_name: str | None = None  # which field an update_contact changes
    field_value: str | None = None
    # A correction of the sender's last logged interaction ("no, it was a meeting").
    correction: bool = False
    # "/debug <text>" carries the text to explain; "what did you understand?" carries "" (the previous message).
    debug: str | None = None
    # Set once a reference is resolved (by a disambiguation answer), so the handler skips the look-up.
    contact_id: int | None = None
    # The user agreed to create contact_ref as a new contact: the handler does it in its own unit of work.
    create_contact: bool = False
    organization_id: int | None = None
    # A network or customer-fact sentence as read by bot/nlu/fill_network.py (names as written, kinds, topic).
    network: dict[str, Any] = field(default_factory=dict)

    def entities(self) -> dict[str, Any]:
        """The JSON form the console prints: only the keys that apply."""
        out: dict[str, Any] = {}
        if self.contact_ref:
            out["contact"] = self.contact_ref
        for key in (
            "company",
            "email",
            "phone",
            "kind",
            "product",
            "quantity",
            "stage",
            "birthday",
            "days",
            "currency",
        ):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.occurred_at is not None:
            out["date"] = self.occurred_at.isoformat()
        if self.follow_up_at is not None:
            out["follow_up"] = self.follow_up_at.isoformat()
        if self.amount is not None:
            out["amount"] = f"{self.amount:.2f}"
        if self.tags:
            out["tags"] = list(self.tags)
        return out

    def to_payload(self) -> dict[str, Any]:
        """JSON-safe form kept in a pending dialog until the user answers a question."""
        data = asdict(self)
        for key in ("occurred_at", "follow_up_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        if data["amount"] is not None:
            data["amount"] = str(data["amount"])
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Understanding:
        data = dict(data)
        for key in ("occurred_at", "follow_up_at"):
            if data.get(key):
                data[key] = datetime.fromisoformat(data[key])
        if data.get("amount") is not None:
            data["amount"] = Decimal(data["amount"])
        return cls(**data)
