"""Hungarian vocabulary for the core intents (cheap: no word-order analysis beyond name endings)."""

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "help": (r"^(?:segíts(?:ég)?|segits(?:eg)?|mit tudsz|parancsok)\b",),
    "undo": (r"^(?:visszavon(?:ás)?|vond vissza|mégse)\b",),
    "birthdays": (r"\bszületésnap", r"\bszulinap", r"\bszülinap"),
    "at_risk": (r"\bveszélyben\b", r"\bkockázatos\b", r"\blemorzsol"),
    "list_contacts": (r"\bnem (?:beszéltünk|beszeltunk|hívtuk|kerestük)\b",),
    "schedule_followup": (
        r"^(?:emlékeztess|emlekeztess|emlékeztető|follow[- ]?up|f/u)\b",
        r"^(?:fel kell hívni|hívd fel|hívjam fel|fel kell hivni|küldeni kell)\b",
    ),
    "log_interaction": (
        r"^(?:felhívtam|hívtam|beszéltem|beszeltem|találkoztam|talalkoztam|ebédeltem|meglátogattam|írtam|irtam|"
        r"e-?mailt (?:írtam|küldtem)|hívás|találkozó|megbeszélés|ebéd|látogatás|jegyzet)\b",
    ),
    "find_contact": (r"^(?:keres(?:d)?|mutasd|ki az?)\b",),
}

KIND_WORDS: dict[str, str] = {
    "felhívtam": "call",
    "hívtam": "call",
    "beszéltem": "call",
    "beszeltem": "call",
    "hívás": "call",
    "találkoztam": "meeting",
    "talalkoztam": "meeting",
    "találkozó": "meeting",
    "megbeszélés": "meeting",
    "ebédeltem": "meeting",
    "ebéd": "meeting",
    "meglátogattam": "visit",
    "látogatás": "visit",
    "írtam": "email",
    "irtam": "email",
    "email": "email",
    "e-mail": "email",
    "üzenet": "message",
    "jegyzet": "note",
}
KIND_PHRASES: dict[str, str] = {"e-mailt írtam": "email", "emailt írtam": "email", "emailt küldtem": "email"}
KIND_TYPOS: dict[str, str] = {}

REF_STOP_WORDS = frozenset(
    [
        "tegnap",
        "ma",
        "holnap",
        "és",
        "de",
        "mert",
        "hogy",
        "a",
        "az",
        "-",
        ",",
        ".",
        ";",
        "!",
        "?",
        "(",
        ")",
        "jövő",
        "múlt",
        "héten",
        "hétfőn",
        "kedden",
        "szerdán",
        "csütörtökön",
        "pénteken",
        "a-val",
        "ről",
    ]
)
REF_INTRO = r"(?:a|az)"
INTRO_WORDS = frozenset(["a", "az", "vele", "-"])
COMPANY_MARKERS = r"(?:@)"
FOLLOW_UP_MARKERS = r"\b(?:f/u|follow[- ]?up|emlékeztess|emlekeztess|hívjam vissza|visszahívni)\b"
FOLLOW_UP_LEAD = r"^\s*(?:emlékeztess|emlekeztess|emlékeztető|follow[- ]?up|f/u)(?:\s+hogy)?\s*"
FOLLOW_UP_VERBS = r"(?:hívjam fel|hívd fel|fel kell hívni|fel kell hivni|hívjam|hívni|felhívni|írjak|küldjem)"
LOG_LEAD = r"^\s*(?:(?:jegyzet|log)\s*[:\-]?\s*)?"
KIND_AFTER = r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,2}?)\s+(?P<verb>hívott|írt|telefonált)\b"
KIND_AFTER_WORDS = {"hívott": "call", "telefonált": "call", "írt": "email"}
CORRECTION_PATTERNS = (r"^(?:nem|bocs|javítás)\b[,.!:]*\s*(?:ez |az )?(?:egy )?(?:találkozó|hívás|email|tegnap)\b",)
CORRECTION_WITH = r"\b(?:vele)\s+"
DEBUG_PATTERNS = (r"^mit értettél\b",)
QUERY_FILLERS = frozenset(["keres", "keresd", "mutasd", "ki", "az", "a", "kérlek"])
NAME_WORDS = frozenset()
PERIOD_WORDS = {
    "ma": "today",
    "holnap": "tomorrow",
    "hónap": "month",
    "hónapban": "month",
    "hét": "week",
    "héten": "week",
}

FUZZY_KEYWORDS: dict[str, str] = {
    "születésnapok": "birthdays",
    "segítség": "help",
    "visszavonás": "undo",
}

GREETING = r"^(?:szia|sziasztok|helló|hello|jó napot|jó reggelt)(?:[\s,!.]+(?:hogy vagy))?\W*$"
