"""What the parser understood from one message: an intent and typed entities."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bot.nlu.frame import InsightFrame
from bot.nlu.intents import Intent


@dataclass
class Understanding:
    intent: Intent
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
    # A question's bound on the amount ("deals over 20k"): "over" or "under"; None when the amount is a value.
    amount_bound: str | None = None
    product: str | None = None
    quantity: int | None = None
    stage: str | None = None
    tags: list[str] = field(default_factory=list)
    birthday: str | None = None  # "MM-DD" or "YYYY-MM-DD"
    days: int | None = None
    period: str | None = None  # "today", "week", "month" for birthday queries
    no_purchase: bool = False  # a list of buyers with no purchase in ``days`` ("who hasn't bought in 6 months?")
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
    # How sure the intent model is of ``intent``, and the two readings to offer when it is not sure enough.
    confidence: float | None = None
    alternatives: list[str] = field(default_factory=list)
    # What the store says the person slot names: "contact", "organization", or "new" (a name it does not have).
    mention_kind: str | None = None
    # The stored contacts the person mention matched, with their scores (id -> score): resolution starts there.
    mention_ids: dict[str, float] = field(default_factory=dict)
    # More stored people the same touch was with ("call with John Miller and Sarah Johnson"): {"ref", "ids"} each.
    companions: list[dict[str, Any]] = field(default_factory=list)
    # A date phrase that was only partly read or is impossible ("two days after someday", "30 Feb"), quoted
    # back to the sender; nothing is stored until it is answered. `date_field` says which date it was for.
    date_question: str | None = None
    date_field: str | None = None  # "date" (when it happened) or "follow_up"
    follow_up_timed: bool = True  # False when the follow-up phrase named no time (the default hour was used)
    follow_up_end_of_day: bool = False  # "eod", "by end of day": read as 17:00 by convention, said in the reply
    # Values stated but not storable as written (field -> the text): the handler refuses, naming the field.
    invalid: dict[str, str] = field(default_factory=dict)
    # Updates that mean what they say: a new number replaces ("new number", "now", "changed to"), "also" adds.
    replace: bool = False
    untag: list[str] = field(default_factory=list)
    job_title: str | None = None
    channel: str | None = None  # a contact's preferred channel: call, email, message, meeting, visit
    # Deals and organizations created or changed from chat.
    deal: str | None = None  # the deal as named ("Acme renewal 2026"), when the message names one
    close_on: date | None = None
    renews_on: date | None = None  # an organization's contract renewal date ("Acme renews on 1 March")
    reason: str | None = None  # why a deal was lost
    domain: str | None = None
    city: str | None = None
    segment: str | None = None
    # A network or customer-fact sentence as read by bot/nlu/fill_network.py (names as written, kinds, topic).
    network: dict[str, Any] = field(default_factory=dict)
    # A question about figures as typed values (bot/nlu/fill_insight.py), for the insight answers.
    insight: InsightFrame | None = None

    def __post_init__(self) -> None:
        # A name that is no intent (a typo, a label the corpus invented) fails here, where it was made.
        self.intent = Intent(self.intent)

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
            "job_title",
            "channel",
            "segment",
            "domain",
            "city",
            "reason",
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
        if self.amount_bound is not None:
            out["amount_bound"] = self.amount_bound
        if self.tags:
            out["tags"] = list(self.tags)
        if self.untag:
            out["remove_tags"] = list(self.untag)
        if self.close_on is not None:
            out["close_date"] = self.close_on.isoformat()
        if self.renews_on is not None:
            out["renews_on"] = self.renews_on.isoformat()
        return out

    def to_payload(self) -> dict[str, Any]:
        """JSON-safe form kept in a pending dialog until the user answers a question."""
        data: dict[str, Any] = _plain(self)
        for key in ("occurred_at", "follow_up_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        if data["amount"] is not None:
            data["amount"] = str(data["amount"])
        for key in ("close_on", "renews_on"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Understanding:
        data = dict(data)
        for key in ("occurred_at", "follow_up_at"):
            if data.get(key):
                data[key] = datetime.fromisoformat(data[key])
        if data.get("amount") is not None:
            data["amount"] = Decimal(data["amount"])
        for key in ("close_on", "renews_on"):
            if data.get(key):
                data[key] = date.fromisoformat(data[key])
        if data.get("insight"):
            data["insight"] = InsightFrame.from_payload(data["insight"])
        return cls(**data)


_ATOMIC = (str, int, float, type(None), Decimal, datetime, date)


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copy of every value: immutable values (strings, numbers, dates, the
    intent) are kept as they are, containers are rebuilt. Equal to asdict's result, at a tenth of its cost (it
    ran for every message that leaves a question pending)."""
    if isinstance(value, _ATOMIC):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_plain(v) for v in value)
    return copy.deepcopy(value)
