"""English texts."""

TEXTS: dict[str, str] = {
    "refuse.unknown_user": (
        "Sorry, I only work with the team's staff, and I don't know you yet. "
        "Ask an admin for a link code, then send /link CODE."
    ),
    "refuse.too_long": "That message is {length} characters; the limit is {limit}. Nothing was saved.",
    "refuse.empty": 'I got an empty message. Try "help" to see what I can do.',
    "error.internal": "Something went wrong on my side, so nothing was saved. Please try again.",
    "error.bad_input": "{problem} Nothing was saved.",
    "link.ok": 'Linked: you are {name} ({role}). Try "help".',
    "link.bad": "That link code is not valid or has expired. Ask an admin for a new one.",
    "link.usage": "Send /link CODE with the code an admin gave you.",
    "link.issued": "Link code for {name}: {code} (valid 24 hours). They send /link {code} to the bot.",
    "link.need_admin": "Only an admin can issue link codes.",
    "link.no_staff": "There is no staff member called {name}.",
    "start": (
        "Hi! I keep the team's customer relationships in this chat.\n"
        "To start, send /link CODE with the code an admin gave you.\n"
        'Then try: "call with Maria Silva, wants premium, follow up next Tuesday", "Acme?" or "help".'
    ),
    "help": (
        "What I understand (plain words work, slash forms too):\n"
        "• add Chen Wei, chen@example.cn, +86 138 0013 8000, works at Dragon Trade — add a contact\n"
        "• call with Maria Silva, she wants premium, follow up next Tue 3pm — log a call (/log)\n"
        "• Maria? / find acme / find chen@example.cn — look a contact up (/find)\n"
        "• remind me to call Ana in 2 weeks — a follow-up (/followup)\n"
        "• my follow-ups — what is due\n"
        "• birthdays this week (/bday) · who's at risk? (/atrisk) · who haven't we talked to in 60 days?\n"
        "• Ana bought 3 Premium for €1,200 · move the Acme deal to negotiation\n"
        "• undo — revert your last change (/undo)"
    ),
    "unknown": 'Sorry, I didn\'t understand "{text}". You could try:\n{examples}',
    "contact.added": "Added {name}{details}.",
    "contact.exists": "{name} is already in the store; I updated what was new{details}.",
    "contact.updated": "Updated {name}: {changes}.",
    "contact.nothing_to_update": "I didn't see anything to change for {name}.",
    "contact.not_found": 'I couldn\'t find "{query}".',
    "contact.offer_create": 'I don\'t know "{query}" yet. Add them as a new contact?',
    "contact.need_name": "Which contact? Give me a name, an email or a phone number.",
    "contact.ambiguous": 'Which "{query}" do you mean? Answer with a number or tap one:',
    "contact.found_many": '{count} contacts match "{query}":',
    "contact.org_members": "{org}: {count} contact(s).",
    "card.company": "Company",
    "card.stage": "Stage",
    "card.owner": "Owner",
    "card.email": "Email",
    "card.phone": "Phone",
    "card.birthday": "Birthday",
    "card.tags": "Tags",
    "card.last_touch": "Last touch",
    "card.never": "never",
    "card.recent": "Recent:",
    "card.follow_ups": "Open follow-ups:",
    "card.deals": "Open deals:",
    "card.notes": "Notes",
    "logged": "Logged {kind} with {name}{org}, {when}.",
    "logged.again": "Already logged: {kind} with {name}, {when}. Nothing new was saved.",
    "followup.logged": "Follow-up {when}.",
    "followup.set": "Follow-up {when}: {text}.",
    "followup.need_date": 'When should I remind you? e.g. "follow up with Ana next Tuesday".',
    "followup.none": "No open follow-ups. Nice.",
    "followup.list": "Your open follow-ups:",
    "followup.done": "Marked done: {text}.",
    "followup.snoozed": "Snoozed until {when}.",
    "undo.done": "Undone: {what}.",
    "undo.nothing": "There is nothing of yours to undo.",
    "cancelled": "OK, cancelled. Nothing was saved.",
    "pending.expired": "That question has expired; please ask again.",
    "button.create": "Create it",
    "button.cancel": "Cancel",
    "button.done": "Done",
    "button.snooze_day": "Snooze 1 day",
    "button.snooze_week": "Snooze 1 week",
    "button.log": "Log",
    "button.more": "More",
    "kind.call": "call",
    "kind.meeting": "meeting",
    "kind.email": "email",
    "kind.message": "message",
    "kind.note": "note",
    "kind.visit": "visit",
    "when.today": "today {time}",
    "when.yesterday": "yesterday {time}",
    "when.tomorrow": "tomorrow {time}",
    "list.none": "Nobody matches.",
    "stale.header": "Not contacted in {days} days ({count}):",
    "stale.none": "Everyone has been contacted in the last {days} days.",
    "privacy.exported": (
        "Exported everything stored about {name} ({interactions} interactions, {purchases} purchases, "
        "{follow_ups} follow-ups, {deals} deals, {audit} audit entries) to {path}."
    ),
    "privacy.confirm_erase": (
        "Erase {name} and everything stored about them (interactions, purchases, follow-ups)? "
        "This cannot be undone. Answer yes or no."
    ),
    "privacy.confirm_anonymize": (
        "Anonymize {name}? Name, emails, phones, notes and texts are removed; purchases and activity "
        "counts are kept for the figures. This cannot be undone. Answer yes or no."
    ),
    "privacy.button_erase": "Yes, erase",
    "privacy.erased": "Erased {name} and everything stored about them.",
    "privacy.anonymized": "Anonymized {name}; purchases and activity counts are kept without personal data.",
    "privacy.outside_team": "{name} is outside your team, so I can't give them your records.",
    "privacy.reassigned": "{name} now belongs to {owner}.",
    "privacy.reassigned_org": "{org} and {count} of its contacts now belong to {name}.",
    "privacy.who_changed": "{who} changed {name}'s {field} {when}{via}{what}.",
    "privacy.set_at_create": "Nobody changed {name}'s {field} since {who} added the contact {when}.",
    "privacy.never_changed": "I have no record of a change to {name}'s {field}.",
}
