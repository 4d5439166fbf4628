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
    "contact.taken": (
        "That email or phone number is already on a contact outside your team, so I didn't save it. "
        "Ask a manager or an admin if it needs to move."
    ),
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
    "birthdays.none": "No birthdays {period}.",
    "birthdays.header": "Birthdays {period} ({count}):",
    "birthdays.unknown": "I don't have {name}'s birthday. Add it with \"{name}'s birthday is 3 May\".",
    "birthdays.one": "{name}'s birthday is {date}; next on {next}{turning}.",
    "list.none": "Nobody matches.",
    "stale.header": "Not contacted in {days} days ({count}):",
    "stale.none": "Everyone has been contacted in the last {days} days.",
    "form.title": "Log to CRM",
    "form.submit": "Log it",
    "form.cancel": "Cancel",
    "form.contact": "Contact",
    "form.kind": "Kind",
    "form.date": "When",
    "form.follow_up": "Follow up on",
    "form.summary": "Summary",
    "form.need_contact": "Pick a contact.",
    "form.bad_kind": "Pick a kind of interaction.",
    "form.future_date": "An interaction happened already; pick today or earlier.",
    "form.past_follow_up": "A follow-up needs a day after today.",
    "home.title": "Hi {name}, here is your day.",
    "home.follow_ups": "Follow-ups due",
    "home.nudges": "Today's nudges",
    "home.at_risk": "Accounts at risk",
    "home.none": "Nothing here.",
    "command.help": "What I understand, with examples",
    "command.find": "Look a contact up: /find maria",
    "command.log": "Log a call or meeting: /log call with Ana",
    "command.followup": "Set a follow-up: /followup Ana next Tue",
    "command.followups": "Your open follow-ups",
    "command.bday": "Upcoming birthdays",
    "command.atrisk": "Customers at risk",
    "command.undo": "Undo your last change",
    "command.link": "Link your account: /link CODE",
    "command.start": "How to get started",
    # Insights (handlers/insights.py and friends; docs/insights.md defines the figures).
    "insight.no_purchases": "No purchases recorded in {period}.",
    "insight.revenue.header": "Revenue by {by}, {period} (per currency, never converted):",
    "insight.revenue.margin": ", margin {margin} ({share})",
    "insight.revenue.counts": "{customers} customers, {purchases} purchases",
    "insight.revenue.tag_overlap": "A customer with several tags counts under each, so tag totals overlap.",
    "insight.revenue.margin_note": "Margin covers only products with a unit cost in the purchase's currency.",
    "insight.customers.top": "Top {count} customers by {by}, {period}:",
    "insight.customers.bottom": "Bottom {count} customers by {by} (among those who bought), {period}:",
    "insight.rfm.header": "RFM segments of {total} customers (everyone with a purchase):",
    "insight.rfm.how": (
        "Scores 1-5 by quintile: R = how recent the last purchase, F = how many purchases, M = how much "
        "(within its currency). Champions R≥4 and FM≥4; loyal R≥3 and FM≥3; promising R≥3; at risk R≤2 and FM≥3; "
        "hibernating the rest (FM = average of F and M, rounded up)."
    ),
    "insight.ltv.header": "Lifetime value by segment (per currency):",
    "insight.ltv.segment": "• {segment} ({currency}): average {average} over {customers} customers; projected {projected}",
    "insight.ltv.best": "Highest lifetime value so far:",
    "insight.ltv.lifetime": "Expected customer lifetime: {years} years (annual churn {churn}).",
    "insight.churn": (
        "Churn over {period}: {rate} — {churned} of {active} customers active at the start made no purchase in the "
        "{days} days up to the end. (Active = at least one purchase in the previous {days} days.)"
    ),
    "insight.cohorts.header": (
        "Retention by monthly cohort (cohort = month of first purchase; share buying again 1, 2, 3 months later):"
    ),
    "insight.channels.none": "No interactions logged in the last 12 months.",
    "insight.channels.header": "Channel mix of logged interactions, last 12 months:",
    "insight.as_of": "Figures as of {at} (the nightly summary; all-time totals are live).",
    "insight.cohorts.as_of": "Cohorts as of {at} (the nightly summary).",
    "insight.ltv.as_of": "Segment figures and churn as of {at} (the nightly summary); the highest values are live.",
    "insight.rank.risk": "Customers by risk (silence ÷ their usual gap between touches; ⚠ at ×{factor} or more):",
    "insight.pipeline.header": ("Pipeline: {count} open deals worth {value}; probability-weighted {weighted}."),
    "insight.pipeline.closed_suffix": " (closed in the last 90 days)",
    "insight.win_rate": (
        "Win rate, {period}: {rate} — {won} won ({won_value}) and {lost} lost ({lost_value}). "
        "Win rate = won ÷ (won + lost), deals closed in the period, by count."
    ),
    "insight.idle.none": "No deal has sat in its stage longer than the limit. 👍",
    "insight.idle.header": "{count} deal(s) idle past their stage's limit:",
    "insight.idle.limits": "Limits: {limits} (CRM_STAGE_IDLE_DAYS).",
    "insight.lifecycle.header": "Lifecycle stages of {total} contacts:",
    "insight.week.header": "The last 7 days:",
    "insight.week.row": (
        "• {name}: {logged} interactions logged{kinds}; {done} follow-ups done, {overdue} overdue, {coming} due in the next 7 days"
    ),
    "insight.cross_sell.none": "No strong product pattern yet (it needs at least 3 buyers of a product).",
    "insight.cross_sell.header": "Strong cross-sell patterns (bought A → also bought B):",
    "insight.cross_sell.targets": "Bought {a} but never {b}: {names}",
    "insight.cross_sell.contact": "Ideas for {name}:",
    "insight.cross_sell.contact_none": "Nothing obvious for {name}: they already have what similar customers buy.",
    "insight.brief.need_name": 'Who about? e.g. "brief me on Acme".',
    "insight.brief.people": "People: {people}",
    "insight.brief.revenue": "Bought in the last 12 months: {revenue}",
    "insight.brief.buys": "Buys: {products}",
    "insight.brief.never": "Never bought: {products}",
    "insight.brief.recent": "Last interactions:",
    "insight.brief.deals": "Open deals:",
    "insight.brief.risk": "Risk: {level} — {name} silent {days} days, ×{ratio} their usual gap.",
    "insight.brief.risk_none": "Risk: no customer rhythm to compare with yet.",
    "insight.products.header": "What {name} buys:",
    "insight.products.nothing": "• nothing yet",
    # Purchases and deals (handlers/sales.py).
    "purchase.recorded": "Recorded: {name} bought {quantity} × {product} for {amount}, {when}.",
    "purchase.again": "Already recorded: {name} bought {product}. Nothing new was saved.",
    "purchase.need_product": 'What did they buy? e.g. "Ana bought 3 Premium for €1,200".',
    "purchase.need_amount": 'How much was it? e.g. "Ana bought 3 Premium for €1,200" (no price is known for {product}).',
    "purchase.stage_up": "{name} is now a customer.",
    "purchase.need_person": '{org} has several contacts; name the buyer, e.g. "Maria from {org} bought Premium".',
    "deal.moved": "Moved {title} from {old} to {new}.",
    "deal.was_since": "(It was in {stage} since {since}.)",
    "deal.same": "{title} is already in {stage}. Nothing changed.",
    "deal.need_stage": "Which stage? qualification, proposal, negotiation, won or lost.",
    "deal.none": 'No open deal found for "{query}".',
    "deal.several": 'Several open deals match "{query}"; name one:',
    "button.dismiss": "Dismiss",
    "nudge.done": "Done: {text}",
    "nudge.snoozed": "Snoozed until {when}.",
    "nudge.snoozed_words": "Snoozed {what} until {when}.",
    "nudge.dismissed": "Dismissed: {text}",
    "nudge.log_ask": 'What happened with {name}? (e.g. "call: agreed the renewal")',
    "nudge.logged": "Logged {kind} with {name}; reminder done.",
    "nudge.nothing_to_snooze": "There is no recent reminder to snooze.",
    "nudge.history": "Reminders {period} ({count}):",
    "nudge.history_none": "I sent you no reminders {period}.",
    "nudge.health_admin_only": "Only an admin can see the reminders' health.",
    "at_risk.none": "Nobody is at risk: every customer with a rhythm has heard from us within {factor}× their usual gap.",
    "at_risk.header": "At risk ({count}), by value at risk:",
    "at_risk.line": "usually every {cadence} days, {silence} days silent, {value}",
    "at_risk.value": "{value} a year",
    "at_risk.no_value": "no purchases in the last year",
    "correction.done": "Corrected: {kind} with {name}, {when}.",
    "correction.unchanged": "That is what I had already; nothing changed.",
    "correction.nothing": (
        "Your last change was not a logged interaction, so there is nothing to correct. "
        'Log one first, e.g. "call with Ana yesterday".'
    ),
    "debug.header": 'How I read "{text}":',
    "debug.nothing": "I don't remember your previous message (it was too long ago or there was none).",
    "birthdays.period.today": "today",
    "birthdays.period.tomorrow": "tomorrow",
    "birthdays.period.week": "in the next 7 days",
    "birthdays.period.month": "this month",
    "birthdays.turns": ", turns {age}",
    "cal.weekdays": "Mon Tue Wed Thu Fri Sat Sun",
    "cal.months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "example.log": "call with Maria Silva, she wants premium, follow up next Tuesday",
    "example.log_meeting": "met João yesterday at the Lisbon fair",
    "example.log_followup": "call w/ Ana re renewal, f/u next tue 3pm",
    "example.find": "Acme?",
    "example.find_email": "find chen@example.cn",
    "example.followup": "remind me to call Ana in 2 weeks",
    "example.followup_date": "follow up with Bob from Acme end of month",
    "example.followups": "my follow-ups",
    "example.add": "add Chen Wei, chen@example.cn, works at Dragon Trade",
    "example.birthdays": "birthdays this week",
    "example.stale": "who haven't we talked to in 60 days?",
    "example.at_risk": "who's at risk?",
    "example.purchase": "Ana bought 3 Premium for €1,200 today",
    "example.deal": "move the Acme deal to negotiation",
    "example.undo": "undo",
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
    "purchase.too_big": "That looks like a typo: I record at most {quantity} units and amounts under {amount}.",
    "privacy.dm_only": "Others can read this chat, so I answer that only in a direct message: ask me there.",
    "upload.admins_only": "Only an admin can import files in chat, so I haven't read or saved this one.",
    "upload.how": (
        "Send me a CSV (.csv) or vCard (.vcf) file to import contacts. For activity, add the caption "
        '"import as interactions" or "import as purchases". I check it first and ask before saving anything.'
    ),
    "upload.one_file": "One file at a time, please. Nothing was saved.",
    "upload.bad_type": "I can import CSV (.csv) and vCard (.vcf) files, not {file}. Save a spreadsheet as CSV first.",
    "upload.too_big": (
        "{file} is {size} MB; the limit in chat is {limit} MB. Nothing was saved. "
        "Split it, or import it on the server: python run_bot.py import FILE"
    ),
    "upload.download_failed": "I couldn't download {file}; please send it again. Nothing was saved.",
    "upload.empty": "{file} is empty, so there is nothing to import.",
    "upload.unreadable": "I couldn't import {file}: {problem} Nothing was saved.",
    "upload.confirm": (
        "Checked {file} ({kind}; nothing saved yet). Import {created} new, update {updated}, reject {rejected}?"
        "{unchanged}"
    ),
    "upload.unchanged": " ({count} already up to date.)",
    "upload.nothing": "Nothing to import from {file}: {unchanged} already up to date, {rejected} rejected.",
    "upload.more_rejected": "…and {count} more rejected rows.",
    "upload.button_import": "Import",
    "upload.done": "Imported {file}: created {created}, updated {updated}, rejected {rejected}.",
    "upload.gone": "That file is no longer waiting (it expired or was already imported); please send it again.",
}
