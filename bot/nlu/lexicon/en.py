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
    "help": (
        r"^(?:help|\?|what can you do|commands|how does this work)\b",
        r"^(?:h[ea]lp|hepl|halp)\W*$",
        r"^(?:what|how) (?:can|do) (?:i|you) (?:do|say|use|type)\b",
        r"^how (?:do|can|should) i\b",
        r"^(?:what are (?:the |your )?commands|examples?|usage|menu|start over|getting started)\W*$",
        r"^(?:hi|hello|hey|yo|hiya)\W*$",
    ),
    "undo": (
        r"^(?:undo|revert|oops,? undo|scratch that)\b",
        r"^(?:undo+|udno|unod)\W*$",
        r"^(?:oops|whoops)?[,! ]*(?:take that back|delete (?:that|the last(?: one)?)|cancel (?:that|the last(?: one)?)|"
        r"remove (?:that|the last(?: one)?)|forget (?:that|it)|never ?mind (?:that|the last))\b",
    ),
    # Privacy and ownership (handlers/privacy.py): before the generic patterns below.
    "who_changed": (r"^who (?:changed|updated|edited|set|modified|added|touched) ",),
    "export_contact": (r"^export\b",),
    "erase_contact": (
        r"^(?:erase|forget|anonymi[sz]e|gdpr (?:erase|delete))\b",
        # "delete jessica wilson", "remove jessica wilson from the crm": a person, never a record of theirs
        r"^(?:delete|remove)\s+(?:the\s+)?(?:contact\s+)?(?!that\b|it\b|this\b|the last\b|my\b|all\b)(?!.*\b(?:reminders?|follow[- ]?ups?|f/u|notes?|deals?|interactions?|calls?|meetings?|emails?|purchases?|tasks?|tags?|nudges?|touch(?:es)?)\b)[^\W\d_]+(?:[\s'-]+[^\W\d_]+){0,4}(?:\s+from (?:the )?(?:crm|system|database|contacts|store))?\W*$",
    ),
    "reassign": (r"^(?:give|reassign|transfer|hand(?: over)?|assign)\b.+\bto\s+@?[\w.-]+(?: [\w.-]+)?\s*$",),
    "add_contact": (r"^(?:add|new contact|create contact|create|save contact|new)\b",),
    "update_contact": (
        r"^(?:update|change|set|edit|fix)\b",
        r"^[\w .'-]+?'s (?:(?:new|other|second|mobile|work|home) )?(?:phone|mobile|number|email|e-mail|birthday|company|"
        r"stage|tier|notes?|job title|title|role|position|cadence)(?: number)? (?:is|=|:|changed to|now)",
        r"^(?:tag|untag)\b",
        r"^(?:remove|delete|drop|take off) (?:the )?(?:tags? )?#?[\w-]+(?: tag)? from\b",
        r"^(?:keep|stay) in touch with .+ every\b",
        r"^[\w .'-]+? (?:prefers|likes|wants) (?:to be (?:contacted|reached) (?:by|via|on) )?(?:email|e-mail|mail|calls?|"
        r"phone(?: calls)?|whatsapp|sms|texts?|messages?|meetings?|in person|visits?)\b(?!.*\?)",
    ),
    "list_followups": (
        r"^(?:my |open |show (?:my )?|list (?:my )?)?(?:follow[- ]?ups?|f/us?|todos?|tasks)\??$",
        r"^what(?:'s| is) (?:due|on my plate)",
    ),
    "birthdays": (r"\bbirthdays?\b(?! is\b)(?!.*\bis\b)", r"\bbday(?:s)?\b"),
    "at_risk": (
        r"\bat[- ]?risk\b",
        # "churn rate" / "churn over the last quarter" are figures (portfolio), not a list of people.
        r"\bchurn(?:ing)?\b(?!\s*(?:rate|%|over|during|by|per|for|this|last|in the))",
        r"\bslipping\b",
        r"\b(?:going|gone) cold\b",
        r"\babout to (?:leave|churn)\b",
        r"^(?:who|which (?:clients|customers|accounts))(?:'s| is| are) (?:in danger|at rsik|atrisk)",
    ),
    "list_contacts": (
        r"\bhaven'?t (?:we |i )?(?:talked|spoken|heard|been in touch|contacted|called)\b",
        r"\b(?:have ?n'?t|havent|did ?n'?t|didnt) (?:we |i )?(?:talk|speak|contact|call|touch)\w*\b",
        r"\bno (?:contact|touch|interaction)s? (?:in|for|since)\b",
        r"\b(?:stale|neglected|forgotten|dormant|quiet) (?:contacts|clients|customers|accounts)\b",
        r"\bnot (?:been )?(?:in touch|touched)\b",
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
        _NOT_A_LOG + r".*\b(?:revenue|margins?|profit|timeline)\b",
        # "channel" alone is too common ("@channel hi"): only a question about channels counts.
        r"\b(?:which|what|best|favou?rite) channels?\b|\bchannels? (?:of|for|by|mix|preferences?|does|do)\b",
    ),
    "update_deal": (
        r"\bmove (?:the )?.+? deal\b",
        r"\b(?:deal|opp(?:ortunity)?)\b.*\b(?:is|was)\s+(?:now\s+)?(?:won|lost|dead|closed|signed)\b",
        r"^(?:move|push|bump|mark|set|put)\b.*\b(?:deal|opp(?:ortunity)?)\b",
        r"\bdeal\b.*\b(?:to|is now|stage)\b",
        r"\bdeal\s*(?:->|→|=>|:)\s*\w",
        r"^(?:we |i )?(?:just )?(?:won|lost|closed|signed)\b.*\b(?:deal|opp(?:ortunity)?)\b",
        r"\b(?:deal|opp(?:ortunity)?)\b.*\b(?:worth|amount|value|clos(?:e|es|ing)(?: date)?)\b",
        r"\bmark (?:the )?.+? deal\b",
    ),
    "record_purchase": (r"\b(?:bought|purchased|ordered|renewed|signed up for|paid for)\b",),
    "schedule_followup": (
        r"^(?:remind me|reminder|follow[- ]?up|f/u|fu|ping me|call back|callback|chase|nudge me)\b",
        r"^(?:pls |please )?(?:rmd|remnd|remidn|remind|reminde) me\b",
        r"^(?:set (?:a |up a )?(?:reminder|follow[- ]?up))\b",
        r"^(?:(?:i |we )?(?:should|must|gotta|got to|need to|have to|needa) )(?:call|email|ping|text|follow up|chase|send|"
        r"visit|ring|phone|write|check in|meet|contact)\b",
        r"^(?!.*\b(?:f/u|fu|follow[- ]?up|remind|yesterday|ago|last)\b)"
        r"(?:call|email|ping|text|ring|phone|chase|visit|contact|write to|check in with) (?!with\b|w/|w\b).+ "
        r"(?:tomorrow|tmrw|tmr|next|on (?:mon|tue|wed|thu|fri|sat|sun)|in \d+|in (?:a|one|two|three) |by |before |"
        r"end of|this (?:afternoon|evening|week|fri|mon)|later|(?:mon|tue|wed|thu|fri)\w*\s*$)",
        r"^(?:i )?(?:need|have) to (?:call|email|ping|follow up|chase|send)\b",
    ),
    "log_interaction": (
        r"^(?:call(?:ed)?|rang|phoned|spoke|talked|chatted|met|meeting|mtg|lunch|dinner|coffee|breakfast|visit(?:ed)?|"
        r"email(?:ed)?|e-mailed|mailed|wrote|texted|messaged|whatsapp(?:ed)?|sms|note|log|logged|demo|zoom|teams)\b",
        r"^(?:had|did) (?:a )?(?:call|meeting|lunch|coffee|chat|demo|visit)\b",
        r"^(?:just )?(?:got off the phone|got off a call|hung up)\b",
        r"^(?:just |quick |short |long |good |great |nice |brief )*(?:call|phone call|video call|meeting|chat|catch[- ]?up|"
        r"coffee|lunch|demo|visit|email|convo|conversation|f2f|site visit|zoom|teams call)\b",
        r"^(?:i |we )?(?:just )?(?:had|did|made|took|got) (?:a |an |my |our )?(?:quick |short |long |good |great |brief )?"
        r"(?:call|meeting|lunch|coffee|chat|demo|visit|catch[- ]?up|convo|conversation|zoom|phone call)\b",
        r"^(?:i |we )?(?:just )?(?:called|rang|phoned|spoke|talked|chatted|met|visited|emailed|mailed|texted|messaged|"
        r"pinged|caught up)\b",
        r"^(?:cll|calll|clal|caal|clled|calld|caled|calle|cal|mtg|mtng|meetign|metting|emial|emailled|spk|spoke2)\b",
        r"^[\w'.-]+(?: [\w'.-]+){0,3} (?:called|rang|phoned|emailed|texted|messaged|wrote|visited|came by|dropped by)\b",
        r"^(?:added? (?:a )?note|note (?:for|on|to|about))\b",
        r"^(?:i |we )?(?:just )?(?:left|sent|dropped|wrote) (?:a |an )?(?:voicemail|vm|message|msg|email|e-mail|mail|"
        r"note|text|line|dm|linkedin message)\b",
        r"^(?:📞|☎️|☎|📧|✉️|🤝|☕)",
    ),
    "find_contact": (
        r"^(?:find|search|look ?up|lookup|show|who is|who's|whos|card|info|details)\b",
        r"^(?:fnd|serch|seach|finde|pull up|open|get|what do (?:we|i) (?:know|have) (?:about|on))\b",
        r"^(?:what(?:'s|s| is) (?:the |his |her )?(?:phone number|number|phone|mobile|email|e-mail|address)"
        r"(?: number| address)? (?:of|for))\b",
        r"^(?:do (?:we|i) (?:know|have))\b",
    ),
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
        "abt",
        "bout",
        "re:",
        "wrt",
        "ref",
        "asap",
        "coz",
        "cuz",
        "bc",
        "has",
        "had",
        "wants",
        "told",
        "mentioned",
        "about",
        "after",
        "before",
        "by",
        "end",
        "via",
        "over",
        "per",
        "as",
        "not",
        "no",
        "yes",
        "ok",
        "&",
        "+",
        "=",
        "->",
    ]
)

# Phrases that introduce a contact after the kind word ("call with Maria", "met João").
REF_INTRO = r"(?:with|w/|w|to|from|for|and|at)"

FOLLOW_UP_MARKERS = (
    r"\b(?:f/u|fu|follow[- ]?up|followup|follow up with|remind me|reminder|call (?:her|him|them) back|"
    r"call back|callback|check back|ping (?:her|him|them)|chase(?= (?:her|him|them|up|again)\b))\b"
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
        "what",
        "whats",
        "what's",
        "do",
        "we",
        "i",
        "know",
        "have",
        "pull",
        "get",
        "open",
        "of",
        "number",
        "phone",
        "email",
        "search",
        "for",
    ]
)


# Matched before everything else, in this order (the dict above is tried after these).
PRIORITY_PATTERNS: dict[str, tuple[str, ...]] = {
    # A contract renewal date is an update of the organization (bot/nlu/fill_changes.py: fill_renewal).
    "update_contact": (
        r"^(?:(?:set|update|change) )?(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+(?:'s|’s) (?:contract |subscription )?(?:renewal(?: date)? ?(?:is|to|=|:)|renews?\b)",
        r"^(?:the )?contract (?:with|of|for) [^,;:?]+? renews\b",
        r"^(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ (?:renews|is up for renewal|comes up for renewal)\b(?!.*\?)",
    ),
    "my_settings": (
        r"^(?:set |change )?my (?:language|lang|time ?zone|timezone|tz|digest(?: time)?)\b",
        r"^(?:send|set|move) my (?:daily )?digest\b",
        r"^(?:speak|write|talk|reply|answer)(?: to me)? in \w+\W*$",
    ),
    "create_deal": (r"^(?:add|new|create|open|log) (?:a )?(?:new )?(?:deal|opportunity|opp)\b",),
    "add_organization": (r"^(?:add|new|create|set up) (?:an? )?(?:new )?(?:company|organi[sz]ation|org|account)\b",),
    "schedule_followup": (r"^(?:set|add|create|make) (?:a |up a |me a )?(?:reminder|follow[- ]?up)\b",),
    "birthdays": (r"^(?:whose|who has a|any(?:one)?(?: with a)?) (?:birthday|bday)s?\b",),
    "help": (r"^\?+$",),
    "log_interaction": (r"^(?:add(?:ed)? (?:a )?note|note (?:for|on|to|about))\b",),
    "list_followups": (
        r"^(?:what(?:'s| is| do i have)) (?:due|on my plate|coming up|pending|open)\b",
        r"^(?:my|open|show(?: me)?(?: my)?|list(?: my)?|any|pending|upcoming|due|overdue)(?: open| pending| upcoming)? "
        r"(?:follow[- ]?ups?|f/us?|todos?|to-dos?|tasks|reminders)\b",
        r"^(?:follow[- ]?ups?|f/us?|todos?)(?: list| due| today| this week)?\W*$",
        r"^(?:who|what) (?:do i|should i) (?:need to |have to )?(?:call|follow up)(?: (?:today|this week))?\W*$",
    ),
}

# "no, it was a meeting", "actually it was an email", "change the date to Monday", "it was yesterday".
CORRECTION_PATTERNS = (
    r"^(?:no+|nope|nah|sorry|oops|actually|correction|wait)\b[,.!:]*\s*(?:actually\s+)?(?:it|that)(?:'s| was| is| were)\b",
    # "no wait it was on friday", "actually make it 10", "oops i meant thursday", "sorry, make that 4pm"
    r"^(?:(?:no+|nope|nah|sorry|oops|whoops|actually|correction|wait|hold on|my bad)\b[,.!:]*\s*)+"
    r"(?:(?:it|that)(?:'s| was| is)\b|make (?:it|that) (?:at |on )?(?:\d|to(?:day|morrow)|yesterday|mon|tue|wed|thu|fri|sat|sun|"
    r"last|noon|midday)|i meant (?:on |at )?(?:\d|to(?:day|morrow)|yesterday|mon|tue|wed|thu|fri|sat|sun|last|a |an |with ))",
    r"^(?:no+|nope|nah|sorry|oops|actually|correction|wait)\b[,.!:]*\s*(?:it was |make it |was )?(?:a |an )?"
    r"(?:call|meeting|email|e-mail|message|text|visit|note|lunch|coffee|zoom)\W*$",
    r"^(?:no+|nope|sorry|oops|actually|correction)\b[,.!:]*\s*(?:it was |was )?(?:with|yesterday|today|on|last)\b",
    r"^(?:change|set|move|fix|make) (?:the |that |its |it )?(?:date|day|time|kind|type)(?: of (?:that|the last(?: one)?))?"
    r" (?:to|=|:)",
    r"^(?:make (?:it|that) (?:a |an )?(?:call|meeting|email|message|visit|note)|"
    r"(?:that|it) was (?:a |an )?(?:call|meeting|email|message|visit|note)|it was (?:yesterday|on |last ))",
    r"^(?:change|make) (?:it|that|the last one) (?:to )?(?:a |an )?(?:call|meeting|email|message|visit|note|yesterday)\b",
)

# "what did you understand?" asks for the reading of the previous message.
DEBUG_PATTERNS = (
    r"^(?:what|wat|wht) (?:did|do) (?:you|u) (?:understand|get|parse|hear|read|think i (?:said|meant))\b",
    r"^(?:how did you (?:understand|read|parse) that|debug(?: that| last)?)\W*$",
)

# Leading words before the kind of a logged interaction ("just had a quick call with ...").
LOG_LEAD = (
    r"^\s*(?:(?:pls\s+|please\s+|can you\s+|could you\s+)?(?:log|logged|note|add(?:ed)? (?:a )?note)"
    r"(?:\s+(?:it|this|that)(?=\s*[:\-]))?\s*[:\-]?\s*)?(?:(?:i|we)\s+)?(?:just\s+)?"
    r"(?:(?:had|did|made|took|got)\s+(?:a\s+|an\s+|my\s+|our\s+)?)?"
    r"(?:(?:quick|short|long|good|great|nice|brief|productive|first|intro|follow-up|followup)\s+)*"
)

# Multi-word kinds, read before the single words of KIND_WORDS.
KIND_PHRASES: dict[str, str] = {
    "got off the phone with": "call",
    "got off the phone": "call",
    "got off a call with": "call",
    "hung up with": "call",
    "off the phone with": "call",
    "off the phone": "call",
    "off a call with": "call",
    "phone call": "call",
    "video call": "meeting",
    "zoom call": "meeting",
    "teams call": "meeting",
    "site visit": "visit",
    "caught up": "call",
    "catch up": "call",
    "catch-up": "call",
    "came by": "visit",
    "dropped by": "visit",
    "sent an email to": "email",
    "left a voicemail for": "call",
    "left a voicemail": "call",
    "left a vm for": "call",
    "left a message for": "message",
    "sent a text to": "message",
    "sent a dm to": "message",
    "dropped a line to": "email",
    "wrote an email to": "email",
    "sent a mail to": "email",
    "sent an email": "email",
    "sent a message to": "message",
    "f2f": "meeting",
    "in person": "meeting",
}

# Extra words for a kind that typos and shorthand produce.
KIND_TYPOS: dict[str, str] = {
    "cll": "call",
    "calll": "call",
    "clal": "call",
    "caal": "call",
    "clled": "call",
    "calld": "call",
    "caled": "call",
    "calle": "call",
    "cal": "call",
    "convo": "call",
    "conversation": "call",
    "catchup": "call",
    "pinged": "message",
    "mtng": "meeting",
    "meetign": "meeting",
    "metting": "meeting",
    "emial": "email",
    "emailled": "email",
    "whatsapp'd": "message",
    "whatsapped": "message",
    "wa'd": "message",
    "visted": "visit",
    "📞": "call",
    "☎️": "call",
    "☎": "call",
    "📧": "email",
    "✉️": "email",
    "🤝": "meeting",
    "☕": "meeting",
}

# Words between the kind and the name: "call with Maria", "spoke to Ana", "email to Bob".
INTRO_WORDS = frozenset(
    [
        "with",
        "w/",
        "w",
        "to",
        "from",
        "for",
        "and",
        "at",
        "by",
        "the",
        "mr",
        "mrs",
        "ms",
        "dr",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "on",
        "w/the",
    ]
)

# After the name: the company ("Ana from Acme", "Bob at Globex", "Ana (Acme)").
COMPANY_MARKERS = r"(?:from|at|of|@|with)"

# A follow-up message: what comes before the person ("remind me to call", "follow up with").
FOLLOW_UP_LEAD = (
    r"^\s*(?:(?:pls|please)\s+)?(?:remind me|rmd me|remnd me|remidn me|reminde me|set (?:a |up a )?reminder|reminder|"
    r"follow[- ]?up|f/u|fu|ping me|nudge me|(?:i |we )?(?:need|have|should|must|gotta|got|needa)(?: to)?)"
    r"\s*(?:to\s+|about\s+|on\s+|re\s+|:\s*)?"
)
FOLLOW_UP_VERBS = (
    r"(?:call(?:\s+back)?|callback|email|e-mail|ping|text|phone|ring|chase|visit|send|check\s+in(?:\s+with)?|write(?:\s+to)?|"
    r"contact|meet|follow[- ]?up(?:\s+with)?|reach\s+out\s+to|get\s+back\s+to|catch\s+up\s+with|touch\s+base\s+with|"
    r"message|whatsapp|call\s+up)"
)

# Names that are also words of this language; kept as a name when they start a reference.
NAME_WORDS = frozenset(
    [
        "will",
        "may",
        "april",
        "june",
        "august",
        "bill",
        "sat",
        "sun",
        "mark",
        "grace",
        "hope",
        "joy",
        "rose",
        "pat",
        "sue",
        "art",
        "don",
        "chase",
        "faith",
        "summer",
        "autumn",
        "jan",
        "mon",
        "wed",
        "dawn",
        "hunter",
        "tue",
        "fri",
    ]
)

# Words for the period of a birthday question.
PERIOD_WORDS: dict[str, str] = {
    "today": "today",
    "tonight": "today",
    "tomorrow": "tomorrow",
    "tmrw": "tomorrow",
    "month": "month",
    "week": "week",
}

# Verbs of a purchase, and words around a product that are not its name.
PURCHASE_VERBS = r"(?:bought|buys|purchased|ordered|renewed|signed up for|paid for|upgraded to|took|got)"
PRODUCT_NOISE = r"\b(?:licen[cs]es?|seats?|units?|days?|hours?|users?|people|ppl|subscriptions?|subs|of|the|a|an|plan|more|new|our|packs?)\b"

# "Maria called", "João Silva emailed about the invoice": the name comes first.
KIND_AFTER = (
    r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+"
    r"(?P<verb>called|rang|phoned|emailed|texted|messaged|wrote|visited|came|dropped|pinged)\b"
)
KIND_AFTER_WORDS: dict[str, str] = {
    "called": "call",
    "rang": "call",
    "phoned": "call",
    "emailed": "email",
    "wrote": "email",
    "texted": "message",
    "messaged": "message",
    "pinged": "message",
    "visited": "visit",
    "came": "visit",
    "dropped": "visit",
}

# In a correction, the word before a different person ("no, it was with Ana Costa").
CORRECTION_WITH = r"\b(?:with|w/)\s+"

# Key words that a typo should not hide ("brthdays", "folowups", "hlep"): matched fuzzily in short messages.
FUZZY_KEYWORDS: dict[str, str] = {
    "birthdays": "birthdays",
    "birthday": "birthdays",
    "followups": "list_followups",
    "follow-ups": "list_followups",
    "reminders": "list_followups",
    "pipeline": "pipeline",
    "portfolio": "portfolio",
    "help": "help",
    "undo": "undo",
    "at-risk": "at_risk",
    "churn": "at_risk",
}

# Sending something to someone: the person follows "to" unless named first ("send Acme the proposal").
SEND_VERBS = r"(?:send|forward|share|mail)"
RECIPIENT_INTRO = r"(?:to|for|with)"
# A reminder about a task, not a person ("remind me to prepare the deck").
TASK_VERBS = (
    r"(?:prepare|finish|review|update|check|book|renew|submit|print|order|draft|sign|pay|invoice|write up|do|buy|"
    r"clean|fix|plan|read|file|post|publish|upload|download|backup|back up)"
)
GREETING = (
    r"^(?:hi|hello|hey|yo|hiya|good (?:morning|afternoon|evening))(?:[\s,!.]+(?:there|how are you|how's it going))?\W*$"
)

# ---- The network around customers and what they value (bot/nlu/fill_network.py, handlers/network.py, facts.py).
# (intent, kind, pattern): named groups a / b / c are people or organizations, role a relation or job title,
# topic what a question searches, what the fact itself. Questions come before statements.
_LINK_ROLES = (
    r"suppliers?|partners?|investors?|resellers?|subsidiar(?:y|ies)|competitors?|decision[- ]makers?|champions?|"
    r"blockers?|board members?|advis[eo]rs?"
)
_NO_LEAD = r"^(?!.*\?\s*$)(?!(?:when|what|who|whom|whose|where|why|how|which|do|does|did|is|are|can|i|we|you|they|he|she|it|let'?s|call(?:ed)?|met|meeting|note|log|remind|email(?:ed)?|spoke|had)\b)"
NETWORK_FRAMES: tuple[tuple[str, str, str], ...] = (
    ("offer", "offer", r"^what (?:should|could|can|do) (?:i|we) (?:offer|propose|pitch|sell)(?: to)? (?P<b>.+?)\W*$"),
    (
        "offer",
        "offer",
        r"^(?:value proposition|offer ideas?|offer|what to (?:offer|propose|pitch)) (?:for |to )?(?P<b>.+?)\W*$",
    ),
    ("network", "introduced", r"^who (?:introduced|referred|brought) (?:us|me)(?: to)? (?P<b>.+?)\W*$"),
    ("network", "introduced", r"^how did (?:we|i) (?:meet|get to know|find) (?P<b>.+?)\W*$"),
    ("network", "connected", r"^how (?:are|am) (?:we|i) (?:connected|linked|related) (?:to|with) (?P<b>.+?)\W*$"),
    ("network", "connected", r"^how (?:can|could) (?:we|i) (?:reach|get (?:in)?to) (?P<b>.+?)\W*$"),
    ("network", "people", r"^who (?:do|does) (?:we|i|anyone) know (?:at|in|from) (?P<b>.+?)\W*$"),
    ("network", "people", r"^who(?:'s| is) who at (?P<b>.+?)\W*$"),
    ("network", "decision_makers", r"\bdecision[- ]makers?\b.*\b(?:deals?|opportunit(?:y|ies)|pipeline)\b"),
    ("network", "decision_makers", r"^who decides on (?:my|our) (?:open )?deals\b"),
    ("network", "referrals", r"^which (?:partners|introducers|referrers)\b.*\b(?:revenue|sales|most|money)\b"),
    ("network", "referrals", r"\breferral (?:revenue|sources?)\b"),
    (
        "network",
        "ours",
        r"^(?:our|all|list(?: all)?(?: our)?|show(?: me)?(?: all)?(?: our)?) (?P<rel>partners|suppliers|investors|resellers)\W*$",
    ),
    (
        "network",
        "related",
        r"^(?!.*\b(?:is|are|was|were)\b)(?P<b>[^?]+?)(?:'s?|’s?)? (?P<rel>" + _LINK_ROLES + r")\W*$",
    ),
    (
        "network",
        "related",
        r"^(?:who are |list |show(?: me)? )?(?:the )?(?P<rel>" + _LINK_ROLES + r") (?:of|at|for) (?P<b>.+?)\W*$",
    ),
    ("network", "related", r"^who (?P<rel>supplies|invests in|resells|partners with|competes with) (?P<b>.+?)\W*$"),
    ("find_facts", "promise", r"^what (?:did|have) (?:we|i) promised? (?:to )?(?P<b>.+?)\W*$"),
    ("find_facts", "promise", r"^(?:our |my )?open promises\W*$"),
    ("find_facts", "about", r"^what (?:does|do) (?P<b>.+?) (?:need|want|value|care about|prefer|require)\W*$"),
    (
        "find_facts",
        "topic",
        r"^who (?:needs|wants|asked for|requires|values|prefers|cares about|complain(?:s|ed) about|objects to) (?P<topic>.+?)\W*$",
    ),
    (
        "find_facts",
        "topic",
        r"^(?:notes|facts|anything|everything) (?:mentioning|about|on|that mentions?|containing) (?P<topic>.+?)\W*$",
    ),
    ("find_facts", "topic", r"^(?:search|find) (?:notes|facts|needs) (?:for|about|mentioning|on) (?P<topic>.+?)\W*$"),
    (
        "record_link",
        "introduced",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:introduced|referred) (?:us|me) to (?P<b>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "introduced",
        r"^(?P<b>[^,;:?]+?) (?:was|were|came) (?:introduced|referred) (?:to us )?(?:by|through|via) (?P<a>[^?]+?)\W*$",
    ),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:left|quit) (?P<b>.+?) (?:for|to join) (?P<c>[^?]+?)\W*$"),
    (
        "record_link",
        "move",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:moved|went|switched) (?:from (?P<b>.+?) )?to (?P<c>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "supplier",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:supplies|sells to|is a supplier (?:of|to)) (?P<b>[^?]+?)\W*$",
    ),
    ("record_link", "investor", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:invests|invested) in (?P<b>[^?]+?)\W*$"),
    ("record_link", "reseller", _NO_LEAD + r"(?P<a>[^,;:?]+?) resells (?P<b>[^?]+?)\W*$"),
    ("record_link", "partner", _NO_LEAD + r"(?P<a>[^,;:?]+?) partners with (?P<b>[^?]+?)\W*$"),
    ("record_link", "competitor", _NO_LEAD + r"(?P<a>[^,;:?]+?) competes with (?P<b>[^?]+?)\W*$"),
    ("record_link", "reports_to", _NO_LEAD + r"(?P<a>[^,;:?]+?) reports to (?P<b>[^?]+?)\W*$"),
    ("record_link", "knows", _NO_LEAD + r"(?P<a>[^,;:?]+?) knows (?P<b>[^?]+?)\W*$"),
    ("record_link", "advisor", _NO_LEAD + r"(?P<a>[^,;:?]+?) advises (?P<b>[^?]+?)\W*$"),
    ("record_link", "board_member", _NO_LEAD + r"(?P<a>[^,;:?]+?) sits on (?P<b>.+?)'s? board\W*$"),
    ("record_link", "role", r"^(?P<b>[^,;:?]+?)'s? (?P<role>" + _LINK_ROLES + r") (?:is|are) (?P<a>[^?]+?)\W*$"),
    (
        "record_link",
        "role",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) (?:is|are) (?:the |a |an |our )?(?P<role>"
        + _LINK_ROLES
        + r") (?:at|of|for|in|to) (?P<b>[^?]+?)\W*$",
    ),
    # "Rui Almeida is the CFO of Acme", "sarah johnson is head of procurement at initech": a job title there
    (
        "record_link",
        "role",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:is|are) (?:the |a |an |our )?(?P<role>(?:[A-Z]{2,5}|head of [\w ]{3,30}?|"
        r"(?:[\w-]+ )?(?:director|manager|officer|lead|buyer|owner|president|founder|engineer)))"
        r" (?:at|of|for|in) (?P<b>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "role",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) (?:is|are) (?P<b>[^,;:?]+?)'s? (?!(?:phone|mobile|cell|email|e-mail|birthday|bday|number|address|company|stage|tier|notes?|deal|renewal|last|new|old)\b)(?P<role>[^?]{2,60}?)\W*$",
    ),
    ("record_need", "promise", r"^(?:we |i )?promised (?P<a>.+?) (?P<what>(?:a|an|the|to|that|free|some|\d+)\b.*)$"),
    (
        "record_need",
        "verb",
        _NO_LEAD
        # "Lisa prefers email" names a channel: an update of her preferred channel (update_contact), not a fact.
        + r"(?!.*\b(?:prefers|likes) (?:to be (?:contacted|reached) (?:by|via|on) )?(?:email|e-mail|mail|calls?|"
        r"phone(?: calls)?|whatsapp|sms|texts?|messages?|meetings?|in person|visits?)\W*$)"
        + r"(?P<a>[^,;:?]{2,60}?) (?P<verb>needs|requires|wants|would like|could use|is looking for|is asking for|values|prefers|cares (?:most )?about|complains about|is worried about|objects to|hates|doesn'?t like|is unhappy with|struggles with|asked for) (?P<what>[^?]+)$",
    ),
)
# The word after the verb or in the role slot -> a fact kind or a link kind; anything else in a role slot is a job title.
NETWORK_WORDS: dict[str, str] = {
    "needs": "need", "requires": "need", "wants": "need", "asked for": "need", "values": "preference",
    "prefers": "preference", "cares about": "preference", "cares most about": "preference",
    "complains about": "pain", "is worried about": "pain", "struggles with": "pain", "is unhappy with": "pain",
    "objects to": "objection", "hates": "objection", "doesn't like": "objection", "doesnt like": "objection",
    "supplier": "supplier", "partner": "partner", "investor": "investor", "reseller": "reseller",
    "subsidiary": "subsidiary", "subsidiaries": "subsidiary", "competitor": "competitor",
    "decision maker": "decision_maker", "decision-maker": "decision_maker", "champion": "champion",
    "blocker": "blocker", "board member": "board_member", "advisor": "advisor", "adviser": "advisor",
    "supplies": "supplier", "invests in": "investor", "resells": "reseller", "partners with": "partner",
    "competes with": "competitor", "partners": "partner", "suppliers": "supplier", "investors": "investor",
    "resellers": "reseller",
}  # fmt: skip
# Joins several roles ("the CFO and the decision maker") and articles dropped from a role or a name.
NETWORK_AND = r"\s+(?:and|&)\s+"
NETWORK_ARTICLES = r"^(?:the|a|an|our|their|its)\s+"
PRIORITY_PATTERNS = {
    **{i: tuple(p for j, _, p in NETWORK_FRAMES if j == i) for i in dict.fromkeys(j for j, _, _ in NETWORK_FRAMES)},
    **PRIORITY_PATTERNS,
}
NETWORK_TOPIC_STOP = frozenset(["the", "a", "an", "of", "on", "in", "for", "with", "about", "some", "any"])
