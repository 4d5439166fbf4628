"""Hungarian vocabulary for the core intents (cheap: no word-order analysis beyond name endings)."""

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "nudge_history": (
        r"\bmire emlékeztettél\b",
        r"\b(?:értesítések|emlékeztetők) előzmény\w*",
    ),
    "record_purchase": (r"\b(?:vett|vettek|vásárolt|vásároltak|rendelt|megvett\w*|megvásárolt\w*|megújított\w*)\b",),
    "update_deal": (
        r"\b(?:üzlet|ügylet|lehetőség|deal)\w*\b.*\b(?:minősítés|ajánlat|tárgyalás|megnyer|elveszt|elveszett|aláír)\w*",
    ),
    "help": (r"^(?:segíts(?:ég)?|segits(?:eg)?|mit tudsz|parancsok)\b",),
    "undo": (r"^(?:visszavon(?:ás)?|vond vissza|mégse)\b",),
    "erase_contact": (
        r"^(?:töröld|távolítsd el|töröljük)\s+(?:a\s+|az\s+)?(?:kontaktot\s+|kontaktok közül\s+)?(?!ezt\b|azt\b|az utolsót\b|utolsót\b|mindent\b)(?!.*\b(?:emlékeztető\w*|follow[- ]?up\w*|jegyzet\w*|üzlet\w*|lehetőség\w*|címk\w*|hívás\w*|megbeszélés\w*|vásárlás\w*|feladat\w*)\b)[^\W\d_]+(?:[\s'-]+[^\W\d_]+){0,4}\W*$",
    ),
    "birthdays": (r"\bszületésnap", r"\bszulinap", r"\bszülinap"),
    # "lemorzsolódási arány" (churn rate) is a figure (portfolio), not a list of people.
    "at_risk": (r"\bveszélyben\b", r"\bkockázatos\b", r"\blemorzsol(?!\w*\s+(?:arány|ráta))"),
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
    "videóhívás": "meeting",
    "videohívás": "meeting",
    "hívott": "call",
    "telefonáltam": "call",
    "beszéltünk": "call",
    "találkoztunk": "meeting",
    "megismertem": "meeting",
    "jártam": "visit",
    "üzentem": "message",
    "megismerkedtem": "meeting",
    "sms": "message",
}
KIND_PHRASES: dict[str, str] = {
    "e-mailt írtam": "email",
    "emailt írtam": "email",
    "emailt küldtem": "email",
    "voltam náluk": "visit",
    "bent voltam": "visit",
    "náluk jártam": "visit",
}
KIND_TYPOS: dict[str, str] = {}

REF_STOP_WORDS = frozenset(
    [
        # how it happened: "telefonon beszéltem Kovács Annával"
        "telefonon",
        "személyesen",
        "e-mailben",
        "emailben",
        "messengeren",
        "whatsappon",
        "videón",
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
FOLLOW_UP_MARKERS = (
    r"\b(?:f/u|follow[- ]?up|emlékeztess|emlekeztess|hívjam vissza|visszahívni|visszahívom|hívom vissza|"
    r"hívom fel|felhívom)\b"
)
FOLLOW_UP_LEAD = r"^\s*(?:emlékeztess|emlekeztess|emlékeztető|szólj|szolj|jelezz|follow[- ]?up|f/u)(?:\s+hogy)?\s*"
FOLLOW_UP_VERBS = r"(?:hívjam fel|hívd fel|fel kell hívni|fel kell hivni|hívjam|hívni|felhívni|írjak|küldjem)"
# A reminder about a task, not a person ("nézzek rá a Danube Partnersre", "készítsem el az ajánlatot").
TASK_VERBS = r"(?:nézzek rá|nézzem meg|nézzek|készítsem el|készítsem|ellenőrizzem|fizessem|frissítsem|foglaljak)"
LOG_LEAD = r"^\s*(?:(?:jegyzet|log)\s*[:\-]?\s*|jegyezd fel,?\s+(?:(?:légyszi|legyszi|kérlek|pls)\s+)?(?:hogy\s+)?)?"
KIND_AFTER = r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,2}?)\s+(?P<verb>hívott|írt|telefonált)\b"
KIND_AFTER_WORDS = {"hívott": "call", "telefonált": "call", "írt": "email"}
CORRECTION_PATTERNS = (
    r"^(?:nem|bocs|javítás)\b[,.!:]*\s*(?:ez |az )?(?:egy )?(?:találkozó|hívás|email|tegnap)\b",
    # "nem, pénteken volt", "bocs, 10-kor volt": when it was, taken back
    r"^(?:nem|bocs|bocsi|javítás|pontosabban)\b[,.!:]*\s*[^?]{1,30}\bvolt\W*$",
)
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

# Questions about figures, as the English words the frame reader reads (bot/nlu/insight_terms.py). In order:
# the longer phrases first, the single words last. Names keep no case ending: "az Acme-ról" -> "Acme".
INSIGHT_TERMS = (
    (r"\b(?:összefoglaló|eligazítás)\s+(?:erről:?\s+)?(?:az?\s+)?", "brief me on "),
    (r"\bkészíts fel (?:a találkozóra )?(?:az?\s+)?", "brief me on "),
    (r"\bmit nem (?:vesz|vásárol)(?:nak)? (?:az?\s+)?(.+?)\s*\??$", r"what does \1 not buy"),
    (r"\bmit (?:vesz|vásárol)(?:nak)? (?:az?\s+)?(.+?)\s*\??$", r"what does \1 buy"),
    (r"(\w)-(?:r[óő]l|nak|nek|val|vel|t)\b", r"\1"),
    (r"\bkeresztértékesítés\w*\b", "cross-sell"),
    (r"\b(?:ügyfél)?élettartam[- ]?érték\w*\b|\bügyfélérték\w*\b", "lifetime value"),
    (r"\blemorzsolódás\w*\b", "churn rate"),
    (r"\b(?:nyerési|sikerességi|konverziós) arány\w*\b", "win rate"),
    (r"\brfm szegmens\w*\b", "RFM segments"),
    (r"\bbajnokok\b", "champions"),
    (r"\bmegtartás\w*\b", "retention"),
    (r"\bkohor[st]\w*\b", "cohort"),
    (r"\b(?:a\s+)?(\d{1,2}) (?:legjobb|legnagyobb) ügyf[ée]l\w*\b", r"top \1 customers"),
    (r"\b(?:legjobb|legnagyobb) ügyf[ée]l\w*\b", "top customers"),
    (r"\b(?:a\s+)?(\d{1,2}) legrosszabb ügyf[ée]l\w*\b", r"bottom \1 customers"),
    (r"\blegrosszabb ügyf[ée]l\w*\b", "bottom customers"),
    (r"\blegjövedelmezőbb ügyf[ée]l\w*\b", "most profitable customers"),
    (r"\bügyfelek rangsor\w*\b|\brangsorold az ügyfeleket\b|\bügyfélrangsor\w*\b", "rank customers"),
    (r"\b(?:elakadt|megakadt|álló|beragadt) (?:üzlet|ügylet|lehetőség)\w*\b", "stuck deals"),
    (r"\béletciklus\w*\b", "lifecycle stages"),
    (r"\bcsatorna\w*\b", "channel preferences"),
    (r"\b(?:az én|a saját) hetem\b|\ba hetem\b|\bheti összesítő\b", "my week"),
    (r"\bértékesítési tölcsér\b|\btölcsér\b", "pipeline"),
    (r"\belőrejelzés\w*\b", "forecast"),
    (
        r"\b(?:ár)?bevétel\w*\b|\bforgalm?\w*\b|\bmennyit (?:adtunk el|értékesítettünk|számláztunk)\b|\beladás\w*\b",
        "revenue",
    ),
    (r"\bárrés\w*\b|\bmarzs\w*\b", "margin"),
    (r"\bnyereség\w*\b|\bprofit\w*\b", "profit"),
    (r"\bszegmensenként\b|\bszegmens szerint\b", "by segment"),
    (r"\bcímkénként\b|\bcímke szerint\b", "by tag"),
    (r"\bcégenként\b|\bszervezetenként\b|\bcég szerint\b", "by organization"),
    (r"\b(?:felelősönként|értékesítőnként|tulajdonosonként|üzletkötőnként)\b", "by owner"),
    (r"\bkockázat szerint\b", "by risk"),
    (r"\bebben a hónapban\b|\bez a hónap\b", "this month"),
    (r"\b(?:a\s+)?(?:múlt|előző) hónap\w*\b", "last month"),
    (r"\bebben a negyedévben\b|\bez a negyedév\b|\b(?:a )?negyedéves\b|\bidei negyedév\w*\b", "this quarter"),
    (r"\b(?:a\s+)?(?:múlt|előző) negyedév\w*\b", "last quarter"),
    (r"\bidén\b|\bebben az évben\b", "this year"),
    (r"\btavaly\b|\b(?:a\s+)?(?:múlt|előző) év\w*\b", "last year"),
    (r"\bmindenkori\b|\bkezdetektől\b", "all time"),
    (r"\b(?:az\s+)?(?:elmúlt|utolsó) (\d{1,4}) nap\w*\b", r"last \1 days"),
    (r"\b(?:az\s+)?(?:elmúlt|utolsó) (\d{1,4}) hét\w*\b", r"last \1 weeks"),
    (r"\b(?:az\s+)?(?:elmúlt|utolsó) (\d{1,4}) hónap\w*\b", r"last \1 months"),
    (r"\baz én\b|\bsaját\b", "my"),
)

# Deals: the stage a message names, and the account a deal belongs to (bot/nlu/fill_sales.fill_deal).
STAGE_PATTERNS = (
    (r"\bminősítés\w*", "qualification"),
    (r"\bajánlat\w*", "proposal"),
    (r"\btárgyalás\w*", "negotiation"),
    (r"\b(?:megnyer|aláír)\w*", "won"),
    (r"\b(?:elveszt|elveszett|elbukott|elbuktuk|elbukt)\w*", "lost"),
)
DEAL_REF = (
    r"^(?:az?\s+)?(.+?)(?:-(?:os|es|ös|as))?\s+(?:üzlet|ügylet|lehetőség)\w*\b",
    # "elbuktuk a danube-os dealt": the account before "-os deal"
    r"\b(?:az?\s+)?([^\s]+(?:\s+[^\s]+)?)-(?:os|es|ös|as)\s+deal\w*\b",
)

# Purchases: "Ana vett 3 Premium licencet 1200 €-ért ma".
PURCHASE_VERBS = r"(?:vett|vettek|vásárolt|vásároltak|rendelt|megvett\w*|megvásárolt\w*|megújított\w*)"
# "-ért" is what is left of "1200 €-ért" once the amount is read.
PRODUCT_NOISE = r"\b(?:licenc\w*|hely\w*|nap\w*|óra\w*|felhasználó\w*|fő\w*|darab\w*|előfizetés\w*|db|egy|a|az|csomag\w*)\b|(?<!\w)-\w+"

# Nudge history: the period a question names, as the English key handlers/nudges.py knows.
REMINDER_PERIODS = (
    (r"\bma\b", "today"),
    (r"\btegnap\b", "yesterday"),
    (r"\b(?:ezen a|e) héten\b", "this week"),
    (r"\bmúlt héten\b", "last week"),
    (r"\bebben a hónapban\b", "this month"),
    (r"\bmúlt hónapban\b", "last month"),
)


# Matched before every other rule of the language (bot/nlu/parser.py detect_intent): creating beats adding a contact.
PRIORITY_PATTERNS: dict[str, tuple[str, ...]] = {
    # "comment on passe une affaire en gagnée ?": how to do it, before the rules that would do it
    "help": (r"^hogy(?:an)? (?:tudok|lehet|állítok|rakok|rögzítek|jelölök|adok hozzá|veszek fel|hozok létre)\b",),
    # A contract renewal date is an update of the organization (bot/nlu/fill_changes.py: fill_renewal).
    "update_contact": (
        r"^(?:az? )?(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ szerződése .+ (?:megújul|lejár|újul meg)\W*$",
        r"^(?:az? )?(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ (?:szerződésének )?megújítása:? ",
        # "Kovács Bence új telefonszáma +36 30 …": a value given for a field, not a question about it
        r"^(?:az? )?(?:[^\s,;:?]+ ){1,3}(?:új |másik )?(?:telefonszáma|telefonja|mobilszáma|mobilja|száma|"
        r"e-mail címe|email címe|e-mailje|emailje)(?: (?:most|mostantól))?:? [+\d\w][^?]*$",
    ),
    "my_settings": (r"^a nyelvem\b", r"^az id[őo]z[óo]n[áa]m\b", r"^az [öo]sszefoglal[óo]t\b"),
    "who_changed": (r"^ki (?:módosította|változtatta meg|írta át) ",),
    "create_deal": (r"^(?:új (?:üzlet|lehetőség|deal)|(?:üzlet|lehetőség) (?:létrehozása|felvétele))\b",),
    "add_organization": (r"^(?:új (?:cég|szervezet)|(?:cég|szervezet) (?:hozzáadása|felvétele))\b",),
}
# ---- Az ügyfelek körüli kapcsolatok és amit értékelnek (bot/nlu/fill_network.py; formátum: en.py).
# Hungarian marks the roles with suffixes on the names ("az Acme-nél", "a Globexhez"); fill_network strips the
# common ones (NETWORK_SUFFIXES) before the names are looked up.
_LINK_ROLES = r"beszállítója|partnere|befektetője|viszonteladója|leányvállalata|versenytársa|döntéshozója|támogatója"
NETWORK_FRAMES: tuple[tuple[str, str, str], ...] = (
    ("offer", "offer", r"^mit (?:ajánljak|ajánljunk|kínáljak|kínáljunk) (?:a |az )?(?P<b>.+?)\W*$"),
    ("network", "introduced", r"^ki (?:mutatott be|ajánlott) (?:minket )?(?:a |az )?(?P<b>.+?)\W*$"),
    ("network", "connected", r"^hogyan (?:kapcsolódunk|vagyunk kapcsolatban) (?:a |az )?(?P<b>.+?)\W*$"),
    ("network", "people", r"^kit ismerünk (?:a |az )?(?P<b>.+?)\W*$"),
    ("network", "decision_makers", r"\bdöntéshozó\w*\b.*\b(?:üzlet\w*|lehetőség\w*)\b"),
    ("network", "referrals", r"^melyik partner\w*\b.*\b(?:bevétel\w*|forgalm\w*|legtöbb)\b"),
    ("network", "ours", r"^(?:a )?(?P<rel>partnereink|beszállítóink|befektetőink|viszonteladóink)\W*$"),
    ("find_facts", "promise", r"^mit ígértünk (?:a |az )?(?P<b>.+?)\W*$"),
    ("find_facts", "about", r"^mire van szüksége (?:a |az )?(?P<b>.+?)\W*$"),
    ("find_facts", "topic", r"^kinek (?:van szüksége|kell) (?P<topic>.+?)\W*$"),
    ("find_facts", "topic", r"^(?:jegyzetek|minden) (?:ami említi|erről:|a következőről:) (?P<topic>.+?)\W*$"),
    ("record_link", "introduced", r"^(?:a |az )?(?P<a>[^,;:?]+?) mutatott be minket (?:a |az )?(?P<b>[^?]+?)\W*$"),
    (
        "record_link",
        "move",
        r"^(?:a |az )?(?P<a>[^,;:?]+?) (?:otthagyta|elhagyta) (?:a |az )?(?P<b>.+?) (?:és|,) (?:a |az )?(?P<c>[^?]+?) (?:ment|lett|dolgozik)\W*$",
    ),
    (
        "record_link",
        "role",
        r"^(?:a |az )?(?P<a>[^,;:?]+?) (?:a |az )(?P<b>[^,;:?]+?) (?P<role>" + _LINK_ROLES + r")\W*$",
    ),
    ("record_need", "promise", r"^(?:megígértük|megígértem) (?:a |az )?(?P<a>.+?) (?P<what>(?:egy|hogy|a|az)\b.*)$"),
    (
        "record_need",
        "verb",
        r"^(?:a |az )?(?P<a>[^,;:?]{2,60}?) (?P<verb>szeretne|szüksége van|igényli|szeretné|kéri|értékeli|jobban szereti|panaszkodik|nem szereti) (?P<what>[^?]+)$",
    ),
    # "Kovács Bencének kellene egy Onboarding csomag": who needs it is the dative.
    ("record_need", "verb", r"^(?:a |az )?(?P<a>[^,;:?]{2,60}?(?:nak|nek)) (?P<verb>kellene|kell) (?P<what>[^?]+)$"),
)
NETWORK_WORDS: dict[str, str] = {
    "igényli": "need", "szeretné": "need", "kéri": "need", "értékeli": "preference", "jobban szereti": "preference",
    "panaszkodik": "pain", "nem szereti": "objection", "beszállítója": "supplier", "partnere": "partner",
    "befektetője": "investor", "viszonteladója": "reseller", "leányvállalata": "subsidiary",
    "versenytársa": "competitor", "döntéshozója": "decision_maker", "támogatója": "champion",
    "partnereink": "partner", "beszállítóink": "supplier", "befektetőink": "investor", "viszonteladóink": "reseller",
}  # fmt: skip
NETWORK_AND = r"\s+(?:és|&)\s+"
NETWORK_ARTICLES = r"^(?:a|az|egy)\s+"
NETWORK_SUFFIXES = r"(?:-?(?:nál|nél|hoz|hez|höz|nak|nek|ban|ben|ból|ből|tól|től|val|vel))$"
PRIORITY_PATTERNS = {
    **{i: tuple(p for j, _, p in NETWORK_FRAMES if j == i) for i in dict.fromkeys(j for j, _, _ in NETWORK_FRAMES)},
    **globals().get("PRIORITY_PATTERNS", {}),
}
NETWORK_TOPIC_STOP = frozenset(["a", "az", "egy"])
