"""English vocabulary for the intent rules (regular expressions, matched case-insensitively)."""

# A question never starts like a logged interaction or a reminder.
_NOT_A_LOG = (
    r"^(?!(?:call(?:ed)?|rang|phoned|spoke|talked|chatted|met|meeting|mtg|lunch|dinner|coffee|visit(?:ed)?|"
    r"email(?:ed)?|wrote|texted|messaged|note|log|logged|had|did|remind|follow|add|update|set)\b)"
)

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "snooze": (r"^/?snooze\b",),
    "nudge_history": (
        r"\bwhat did you remind me\b",
        r"\b(?:my |show (?:me )?)?(?:reminders?|nudges?) (?:history|today|yesterday|this week|last week)\b",
        r"^(?:reminder|nudge) history\b",
    ),
    "help": (r"^(?:help|\?|what can you do|commands|how does this work)\b",),
    "undo": (r"^(?:undo|revert|oops,? undo|scratch that)\b",),
    "add_contact": (r"^(?:add|new contact|create contact|create|save contact|new)\b",),
    "update_contact": (
        r"^(?:update|change|set|edit|fix)\b",
        r"^[\w .'-]+?'s (?:phone|mobile|email|e-mail|birthday|company|stage|tier|notes?) (?:is|=|:)",
        r"^(?:tag|untag)\b",
    ),
    "list_followups": (
        r"^(?:my |open |show (?:my )?|list (?:my )?)?(?:follow[- ]?ups?|f/us?|todos?|tasks)\??$",
        r"^what(?:'s| is) (?:due|on my plate)",
    ),
    "birthdays": (r"\bbirthdays?\b(?! is\b)(?!.*\bis\b)", r"\bbday(?:s)?\b"),
    "at_risk": (
        r"\bat[- ]risk\b",
        # "churn rate" / "churn over the last quarter" are figures (portfolio), not a list of people.
        r"\bchurn(?:ing)?\b(?!\s*(?:rate|%|over|during|by|per|for|this|last|in the))",
        r"\bslipping\b",
    ),
    "list_contacts": (
        r"\bhaven'?t (?:we |i )?(?:talked|spoken|heard|been in touch)\b",
        r"\bnot (?:talked|spoken|contacted)\b",
        r"^(?:list|show)(?: my| all)? contacts\b",
        r"^my contacts\b",
    ),
    "cross_sell": (r"\bcross[- ]?sell\b", r"\bupsell\b", r"\bwhat (?:else )?(?:can|could|should) \w+ buy\b"),
    "pipeline": (
        r"\bpipeline\b",
        r"\bdeals? by stage\b",
        r"\bforecast\b",
        r"\bwin(?:ning)? (?:rate|ratio)\b",
        r"\b(?:idle|stalled|stuck|open) deals?\b",
        r"\bdeals? (?:are |that are )?(?:idle|stalled|stuck)\b",
        r"\blife ?cycle\b",
    ),
    "portfolio": (
        r"\bportfolio\b",
        r"\brevenue by\b",
        r"\btop customers\b",
        r"\bsegments?\b",
        r"\bbrief(?:ing)?(?: me)? (?:on|about|for)\b",
        r"^brief\b",
        r"\bprep(?:are)?(?: me)? for\b",
        r"\bmy week\b",
        r"\b(?:lifetime value|ltv|clv|rfm|cohorts?|retention|champions|hibernating)\b",
        r"\bchurn (?:rate|over|during|by|per|for|this|last|in the)\b",
        r"\b(?:top|bottom|worst|best|biggest|smallest|most profitable|least profitable) (?:\d+ )?customers\b",
        r"\brank(?:ing)?\b.*\bcustomers\b|\bcustomers\b.*\bby (?:risk|profit|revenue)\b",
        r"\bwhat (?:does|do|did|has|have) .+ (?:buy|bought|purchased?)\b",
        r"\b(?:doesn'?t|never|not) buy\b",
        r"\b(?:like|likes|prefer|prefers) to be (?:contacted|reached)\b|\bpreferred channels?\b",
        # Broad words only in a question, never in a logged note ("call with Maria about revenue").
        _NOT_A_LOG + r".*\b(?:revenue|margins?|profit|channels?|timeline)\b",
    ),
    "update_deal": (
        r"\bmove (?:the )?.+? deal\b",
        r"\bdeal\b.*\b(?:to|is now|stage)\b",
        r"\bmark (?:the )?.+? deal\b",
    ),
    "record_purchase": (r"\b(?:bought|purchased|ordered|renewed|signed up for|paid for)\b",),
    "schedule_followup": (
        r"^(?:remind me|reminder|follow[- ]?up|f/u|fu|ping me|call back|callback|chase|nudge me)\b",
        r"^(?:i )?(?:need|have) to (?:call|email|ping|follow up|chase|send)\b",
    ),
    "log_interaction": (
        r"^(?:call(?:ed)?|rang|phoned|spoke|talked|chatted|met|meeting|mtg|lunch|dinner|coffee|breakfast|visit(?:ed)?|"
        r"email(?:ed)?|e-mailed|mailed|wrote|texted|messaged|whatsapp(?:ed)?|sms|note|log|logged|demo|zoom|teams)\b",
        r"^(?:had|did) (?:a )?(?:call|meeting|lunch|coffee|chat|demo|visit)\b",
        r"^(?:just )?(?:got off the phone|got off a call|hung up)\b",
    ),
    "find_contact": (r"^(?:find|search|look ?up|lookup|show|who is|who's|whos|card|info|details)\b",),
}

# Words that start an interaction, and the kind each means.
KIND_WORDS: dict[str, str] = {
    "call": "call",
    "called": "call",
    "rang": "call",
    "phoned": "call",
    "phone": "call",
    "spoke": "call",
    "talked": "call",
    "ring": "call",
    "zoom": "meeting",
    "teams": "meeting",
    "met": "meeting",
    "meeting": "meeting",
    "mtg": "meeting",
    "lunch": "meeting",
    "dinner": "meeting",
    "coffee": "meeting",
    "breakfast": "meeting",
    "demo": "meeting",
    "visit": "visit",
    "visited": "visit",
    "email": "email",
    "emailed": "email",
    "e-mailed": "email",
    "mailed": "email",
    "wrote": "email",
    "texted": "message",
    "messaged": "message",
    "whatsapp": "message",
    "whatsapped": "message",
    "sms": "message",
    "chatted": "message",
    "chat": "message",
    "note": "note",
    "log": "note",
    "logged": "note",
}

# Where a contact reference ends: words that start the rest of the sentence.
REF_STOP_WORDS = frozenset(
    [
        "re",
        "about",
        "regarding",
        "on",
        "at",
        "in",
        "for",
        "to",
        "from",
        "she",
        "he",
        "they",
        "we",
        "it",
        "wants",
        "want",
        "wanted",
        "needs",
        "asked",
        "said",
        "says",
        "and",
        "but",
        "so",
        "because",
        "who",
        "which",
        "that",
        "this",
        "is",
        "was",
        "will",
        "would",
        "about:",
        "-",
        "–",
        "—",
        ",",
        ".",
        ";",
        "!",
        "?",
        "(",
        ")",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "last",
        "next",
        "this",
        "f/u",
        "fu",
        "follow",
        "followup",
        "remind",
        "ping",
        "please",
        "pls",
    ]
)

# Phrases that introduce a contact after the kind word ("call with Maria", "met João").
REF_INTRO = r"(?:with|w/|w|to|from|for|and|at)"

FOLLOW_UP_MARKERS = (
    r"\b(?:f/u|fu|follow[- ]?up|followup|follow up with|remind me|reminder|call (?:her|him|them) back|"
    r"call back|callback|check back|ping (?:her|him|them)|chase)\b"
)

QUERY_FILLERS = frozenset(
    [
        "find",
        "search",
        "look",
        "up",
        "lookup",
        "show",
        "me",
        "who",
        "is",
        "who's",
        "whos",
        "card",
        "info",
        "details",
        "on",
        "about",
        "for",
        "the",
        "a",
        "an",
        "contact",
        "please",
        "pls",
    ]
)
