"""The one list of intents: what a message can mean.

The parser, the model's labels (bot/nlu/corpus/*.jsonl), the router's registrations and the console's JSON all
name intents by these values, so a misspelt name fails where it is written (``Intent("lgo")`` raises) instead of
never matching. The values are the console JSON contract: rename a member, never its value.
"""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    ADD_CONTACT = "add_contact"
    UPDATE_CONTACT = "update_contact"
    LOG_INTERACTION = "log_interaction"
    FIND_CONTACT = "find_contact"
    LIST_CONTACTS = "list_contacts"
    SCHEDULE_FOLLOWUP = "schedule_followup"
    LIST_FOLLOWUPS = "list_followups"
    RECORD_PURCHASE = "record_purchase"
    UPDATE_DEAL = "update_deal"
    CREATE_DEAL = "create_deal"
    ADD_ORGANIZATION = "add_organization"
    BIRTHDAYS = "birthdays"
    AT_RISK = "at_risk"
    CROSS_SELL = "cross_sell"
    PIPELINE = "pipeline"
    PORTFOLIO = "portfolio"
    HELP = "help"
    UNDO = "undo"
    SNOOZE = "snooze"
    NUDGE_HISTORY = "nudge_history"
    WHO_CHANGED = "who_changed"
    EXPORT_CONTACT = "export_contact"
    ERASE_CONTACT = "erase_contact"
    REASSIGN = "reassign"
    CLARIFY = "clarify"
    MY_SETTINGS = "my_settings"
    RECORD_NEED = "record_need"
    RECORD_LINK = "record_link"
    NETWORK = "network"
    FIND_FACTS = "find_facts"
    OFFER = "offer"
    UNKNOWN = "unknown"


# The console's JSON reports one of the public intents (the command-line contract); finer internal intents
# are reported as the public one they belong to.
_PUBLIC_PARENT: dict[Intent, Intent] = {
    Intent.SNOOZE: Intent.SCHEDULE_FOLLOWUP,
    Intent.NUDGE_HISTORY: Intent.LIST_FOLLOWUPS,
    Intent.WHO_CHANGED: Intent.FIND_CONTACT,
    Intent.EXPORT_CONTACT: Intent.FIND_CONTACT,
    Intent.ERASE_CONTACT: Intent.UPDATE_CONTACT,
    Intent.REASSIGN: Intent.UPDATE_CONTACT,
    Intent.CLARIFY: Intent.UNKNOWN,
    Intent.MY_SETTINGS: Intent.HELP,
    # The network and customer facts (handlers/network.py, handlers/facts.py, handlers/offer.py).
    Intent.RECORD_LINK: Intent.UPDATE_CONTACT,
    Intent.NETWORK: Intent.FIND_CONTACT,
    Intent.FIND_FACTS: Intent.FIND_CONTACT,
    Intent.OFFER: Intent.CROSS_SELL,
}
PUBLIC_INTENTS = frozenset(Intent) - set(_PUBLIC_PARENT)


def public_intent(name: str | None) -> str:
    """The intent the console's JSON reports for a reply's intent (which may be a non-intent such as "import")."""
    if name in PUBLIC_INTENTS:
        return str(name)
    return str(_PUBLIC_PARENT.get(name or "", Intent.UNKNOWN))  # type: ignore[call-overload]
