"""What the bot answers where others read along (a group chat or a channel).

There, only the minimal card (name, company, stage) may appear: no phones, emails, birthdays, notes or
figures. So a group gets the everyday actions that reply with names only (look a contact up, log a touch,
set and list one's follow-ups, add or update a contact without echoing values, help, undo); everything
else (birthdays, at-risk lists, portfolio and pipeline figures, purchases, deals, audit answers, exports,
erasure, reassignment, reminder history, "what did you understand?", file uploads for import) is answered
with a pointer to a direct message (an upload reaches the dispatcher as the "upload" command, absent below). One allow-list, applied by the dispatcher before any handler runs.
"""

from __future__ import annotations

from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding

GROUP_INTENTS = frozenset(
    {
        Intent.FIND_CONTACT,
        Intent.LOG_INTERACTION,
        Intent.SCHEDULE_FOLLOWUP,
        Intent.LIST_FOLLOWUPS,
        Intent.SNOOZE,
        Intent.HELP,
        Intent.UNDO,
        Intent.ADD_CONTACT,
        Intent.UPDATE_CONTACT,
        Intent.UNKNOWN,
    }
)
GROUP_COMMANDS = frozenset({"start", "link", "snooze"})
# Buttons: open a (minimal) card, pick or cancel, act on one's own follow-ups and nudges.
GROUP_ACTION_PREFIXES = ("crm:contact.", "crm:followup.", "crm:nudge.", "crm:cancel")


def allows_intent(understanding: Understanding) -> bool:
    # "what did you understand?" is the help intent, but it replays entities (an email, a phone) verbatim.
    return understanding.intent in GROUP_INTENTS and understanding.debug is None


def allows_command(name: str) -> bool:
    return name.lower() in GROUP_COMMANDS


def allows_action(action: str) -> bool:
    return action.startswith(GROUP_ACTION_PREFIXES)
