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
}
