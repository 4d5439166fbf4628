"""Italian vocabulary for the intent rules (regular expressions, matched case-insensitively)."""

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "nudge_history": (
        r"\bcosa mi hai ricordato\b",
        r"\b(?:storico|cronologia) (?:degli )?avvisi\b",
    ),
    "update_deal": (
        r"\b(?:trattativa|opportunit[àa]|affare|deal)\b.*\b(?:qualifica(?:zione)?|proposta|negoziazione|vint[ao]|pers[ao]|firmat[ao])\b",
    ),
    "help": (r"^(?:aiuto|cosa (?:sai|puoi) fare|comandi|come funziona)\b",),
    "undo": (r"^(?:annulla|disfa|cancella (?:l['’]ultimo|quello))\b",),
    "erase_contact": (
        r"^(?:elimina(?:re)?|cancella(?:re)?|rimuovi|togli)\s+(?:(?:il|la|lo|l')\s*)?(?:contatto\s+)?(?!quello\b|questo\b|l['’]ultimo\b|tutto\b)(?!.*\b(?:promemoria|follow[- ]?up|note?|trattativ[ae]|opportunità|etichett[ae]|tag|chiamat[ae]|riunion[ie]|acquist[io]|attività)\b)[^\W\d_]+(?:[\s'-]+[^\W\d_]+){0,4}(?:\s+dal (?:crm|sistema))?\W*$",
    ),
    "add_contact": (
        r"^(?:aggiungi|nuovo contatto|crea (?:un )?contatto)\b",
        r"^(?:nuov[oa]|aggiungi) (?:un |una )?(?:nuov[oa] )?(?:lead|prospect|cliente)\s*[:,]",
    ),
    "list_followups": (
        r"^(?:i miei |mostra (?:i miei )?)?(?:promemoria|follow[- ]?up|richiami|compiti|cose da fare)\??$",
        r"^cosa (?:ho|devo fare) oggi\b",
    ),
    "birthdays": (r"\bcompleanni?\b",),
    "at_risk": (r"\ba rischio\b", r"\bin pericolo\b", r"\bstanno per (?:andarsene|lasciarci)\b"),
    "list_contacts": (
        r"\bnon (?:abbiamo|ho) (?:sentito|parlato|chiamato|contattato)\b",
        r"\bsenza contatti? da\b",
        r"\b(?:chi|quali clienti) non (?:sentiamo|sento|chiamiamo|vediamo)\b",
    ),
    "record_purchase": (r"\b(?:ha comprato|ha acquistato|ha ordinato|ha rinnovato|comprato|acquistato)\b",),
    "schedule_followup": (
        r"^(?:ricordami|ricordarmi|promemoria|richiamare|richiama|ricontattare|risentire|follow[- ]?up|f/u)\b",
        r"^(?:devo|dobbiamo|bisogna) (?:chiamare|richiamare|mandare|inviare|scrivere|sentire|vedere|contattare)\b",
        r"^(?:chiamare|mandare|inviare|scrivere a|sentire|contattare)\b",
    ),
    "log_interaction": (
        r"^(?:ho |abbiamo )?(?:chiamato|telefonato|sentito|parlato|incontrato|visto|pranzato|cenato|visitato|"
        r"scritto|mandato|inviato|fatto (?:una |un )?(?:chiamata|riunione|telefonata|visita))\b",
        r"^(?:chiamata|telefonata|riunione|incontro|pranzo|cena|caff[eè]|visita|e-?mail|mail|messaggio|nota|"
        r"whatsapp|sms)\b",
        r"^[\w'.-]+(?: [\w'.-]+){0,3} (?:ha chiamato|ha scritto|ha telefonato|[eè] passat[oa])\b",
    ),
    "find_contact": (r"^(?:cerca(?:re)?|trova(?:re)?|mostra(?:mi)?|chi [eè]|scheda|info su)\b",),
}

KIND_WORDS: dict[str, str] = {
    "chiamato": "call",
    "telefonato": "call",
    "sentito": "call",
    "parlato": "call",
    "chiamata": "call",
    "telefonata": "call",
    "incontrato": "meeting",
    "visto": "meeting",
    "riunione": "meeting",
    "incontro": "meeting",
    "pranzo": "meeting",
    "pranzato": "meeting",
    "cena": "meeting",
    "cenato": "meeting",
    "caffè": "meeting",
    "caffe": "meeting",
    "visita": "visit",
    "visitato": "visit",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "scritto": "email",
    "messaggio": "message",
    "whatsapp": "message",
    "sms": "message",
    "nota": "note",
    "conosciuto": "meeting",
}
KIND_PHRASES: dict[str, str] = {
    "fatto una chiamata": "call",
    "fatto una telefonata": "call",
    "fatto una riunione": "meeting",
    "fatto una visita": "visit",
    "mandato una mail": "email",
    "mandato un'email": "email",
    "inviato una mail": "email",
    "inviato un'email": "email",
    "mandato un messaggio": "message",
    "mandato un whatsapp": "message",
    "preso un caffè": "meeting",
    "sono passato da": "visit",
    "sono passata da": "visit",
    "passato da": "visit",
    "passata da": "visit",
}
KIND_TYPOS: dict[str, str] = {}

REF_STOP_WORDS = frozenset(
    [
        "su",
        "riguardo",
        "per",
        "perché",
        "che",
        "vuole",
        "voleva",
        "chiede",
        "ha",
        "detto",
        "ieri",
        "oggi",
        "domani",
        "lei",
        "lui",
        "loro",
        "e",
        "ma",
        "in",
        "a",
        "al",
        "-",
        ",",
        ".",
        ";",
        "!",
        "?",
        "(",
        ")",
        "settimana",
        "prossimo",
        "prossima",
        "scorso",
        "scorsa",
        "richiamare",
        "risentire",
        "ricordami",
        "tra",
        "fra",
        "questo",
        "questa",
    ]
)
REF_INTRO = r"(?:con|a|al|alla)"
INTRO_WORDS = frozenset(
    [
        "con",
        "a",
        "al",
        "alla",
        "il",
        "la",
        "lo",
        "sig",
        "sig.",
        "sig.ra",
        "dott",
        "dott.",
        "dott.ssa",
        "signor",
        "signora",
        "ho",
        "abbiamo",
    ]
)
COMPANY_MARKERS = r"(?:di|presso|da|@)"

FOLLOW_UP_MARKERS = (
    r"\b(?:f/u|follow[- ]?up|richiamare|richiamarl[aoie]|ricordami|ricontattare|risentir(?:e|ci|l[aoie])|"
    r"sentirci|promemoria|(?:la|lo|li|le|gli) (?:richiamo|risento|ricontatto|chiamo|riscrivo|scrivo))\b"
)
FOLLOW_UP_LEAD = r"^\s*(?:ricordami|ricordarmi|promemoria|follow[- ]?up|f/u|devo|dobbiamo|bisogna)\s*(?:di\s+|:\s*)?"
FOLLOW_UP_VERBS = r"(?:richiamare|chiamare|mandare|inviare|scrivere a|scrivere|sentire|vedere|contattare|ricontattare)"
LOG_LEAD = r"^\s*(?:(?:nota|log)\s*[:\-]?\s*|(?:segna|annota|registra)\s+che\s+)?(?:(?:ho|abbiamo)\s+)?(?:(?:breve|veloce|buona|lunga)\s+)*"
KIND_AFTER = (
    r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+(?:ha\s+|[eè]\s+)?"
    r"(?P<verb>chiamato|scritto|telefonato|passat[oa](?!\s+(?:ad?\s+)?(?:client[ei]|prospect|lead)))\b"
)
KIND_AFTER_WORDS = {
    "chiamato": "call",
    "telefonato": "call",
    "scritto": "email",
    "passato": "visit",
    "passata": "visit",
}

CORRECTION_PATTERNS = (
    r"^(?:no|scusa|anzi|in realt[aà]|correzione)\b[,.!:]*\s*(?:era|[eè] stat[oa])\b",
    r"^(?:cambia(?:re)?|modifica(?:re)?|correggi) (?:la data|il giorno|l['’]ora|il tipo)\b",
    r"^(?:era|[eè] stat[oa]) (?:una? )?(?:chiamata|telefonata|riunione|e-?mail|mail|messaggio|visita|nota|ieri)\b",
)
CORRECTION_WITH = r"\b(?:con)\s+"
DEBUG_PATTERNS = (r"^cosa hai capito\b",)

QUERY_FILLERS = frozenset(
    [
        "cerca",
        "cercare",
        "trova",
        "trovare",
        "mostra",
        "mostrami",
        "chi",
        "è",
        "e",
        "scheda",
        "info",
        "su",
        "il",
        "la",
        "di",
        "del",
        "contatto",
        "per",
        "favore",
    ]
)
NAME_WORDS = frozenset(["rosa", "domenico", "assunta", "gioia", "speranza", "aprile"])
PERIOD_WORDS = {"oggi": "today", "domani": "tomorrow", "mese": "month", "settimana": "week"}
PURCHASE_VERBS = r"(?:ha comprato|ha acquistato|ha ordinato|ha rinnovato|comprato|acquistato)"
PRODUCT_NOISE = r"\b(?:licenze?|posti|unit[aà]|giorn[oi]|giornat[ae]|ore|utenti|persone|abbonament[oi]|di|il|la|lo|le|gli|un|una|piano)\b"

FUZZY_KEYWORDS: dict[str, str] = {
    "compleanni": "birthdays",
    "aiuto": "help",
    "annulla": "undo",
    "promemoria": "list_followups",
}

SEND_VERBS = r"(?:mandare|inviare|inoltrare)"
RECIPIENT_INTRO = r"(?:a|al|alla|ai|per)"
TASK_VERBS = r"(?:preparare|finire|rivedere|aggiornare|controllare|prenotare|rinnovare|pagare|fatturare|stampare)"
GREETING = r"^(?:ciao|buongiorno|buonasera|salve)(?:[\s,!.]+(?:come stai|come va|tutto bene))?\W*$"

# Questions about figures, as the English words the frame reader reads (bot/nlu/insight_terms.py). In order:
# the longer phrases first, the single words last.
INSIGHT_TERMS = (
    (r"\b(?:briefing|riepilogo|riassunto|scheda)\s+(?:su|di|del|della|per)\s+", "brief me on "),
    (r"\bpreparami\s+(?:la\s+|alla\s+|per la\s+)?(?:riunione|incontro)\s+con\s+", "brief me on "),
    (r"\bcosa non compra(?:no)? (.+?)\s*\??$", r"what does \1 not buy"),
    (r"\bcosa compra(?:no)? (.+?)\s*\??$", r"what does \1 buy"),
    (r"\bvendita incrociata\b|\bvendite incrociate\b|\bcross[- ]?selling\b", "cross-sell"),
    (r"\bvalore (?:del ciclo di vita|nel tempo|a vita|vita)(?: del cliente)?\b", "lifetime value"),
    (r"\btasso di (?:abbandono|churn|perdita)\b", "churn rate"),
    (r"\btasso di (?:successo|conversione|chiusura|vittoria)\b", "win rate"),
    (r"\bsegmenti rfm\b", "RFM segments"),
    (r"\bcampioni\b", "champions"),
    (r"\bfidelizzazione\b|\bmantenimento\b", "retention"),
    (r"\bcoort[ei]\b", "cohort"),
    (r"\b(?:i\s+)?(\d{1,2}) (?:migliori|maggiori|principali) clienti\b", r"top \1 customers"),
    (r"\b(?:migliori|maggiori|principali) clienti\b", "top customers"),
    (r"\b(?:i\s+)?(\d{1,2}) peggiori clienti\b", r"bottom \1 customers"),
    (r"\bpeggiori clienti\b", "bottom customers"),
    (r"\bclienti pi[uù] redditizi\b", "most profitable customers"),
    (r"\b(?:classifica|ordina(?:re)?)\s+(?:(?:de)?i\s+)?clienti\b", "rank customers"),
    (r"\b(?:trattative|opportunit[aà]|affari)\s+(?:ferme|bloccate|in stallo|stagnanti)\b", "stuck deals"),
    (r"\b(?:fasi|stadi) del ciclo di vita\b|\bciclo di vita\b", "lifecycle stages"),
    (r"\bpreferenze di canale\b|\bcanali preferiti\b|\bcanale preferito\b|\bcanali\b", "channel preferences"),
    (r"\b(?:la\s+)?mia settimana\b", "my week"),
    (r"\bimbuto(?: di vendita)?\b", "pipeline"),
    (r"\bprevisione(?: di vendita| delle vendite)?\b", "forecast"),
    (r"\bfatturato\b|\bricavi\b|\bvendite\b|\bentrate\b|\bquanto abbiamo venduto\b", "revenue"),
    (r"\bmargin[ei]\b", "margin"),
    (r"\bprofitt[oi]\b|\butil[ei]\b", "profit"),
    (r"\bper segment[oi]\b", "by segment"),
    (r"\bper (?:tag|etichett[ae])\b", "by tag"),
    (r"\bper (?:aziend[ae]|organizzazion[ei]|societ[aà])\b", "by organization"),
    (r"\bper (?:responsabile|commerciale|venditore|titolare)\b", "by owner"),
    (r"\bper rischio\b", "by risk"),
    (r"\bper profitto\b", "by profit"),
    (r"\bquesto mese\b", "this month"),
    (r"\b(?:il\s+)?mese scorso\b", "last month"),
    (r"\bquesto trimestre\b|\bdel trimestre\b(?! scorso)|\btrimestre (?:in )?corso\b", "this quarter"),
    (r"\b(?:il\s+)?trimestre scorso\b", "last quarter"),
    (r"\bquest'\s?anno\b|\bquesto anno\b", "this year"),
    (r"\b(?:l'\s?)?anno scorso\b", "last year"),
    (r"\bda sempre\b|\bdi sempre\b", "all time"),
    (r"\b(?:negli\s+)?ultimi (\d{1,4}) giorni\b", r"last \1 days"),
    (r"\b(?:nelle\s+)?ultime (\d{1,4}) settimane\b", r"last \1 weeks"),
    (r"\b(?:negli\s+)?ultimi (\d{1,4}) mesi\b", r"last \1 months"),
    (r"\b(?:il mio|la mia|i miei|le mie|mio|mia|miei|mie)\b", "my"),
)

# Deals: the stage a message names, and the account a deal belongs to (bot/nlu/fill_sales.fill_deal).
STAGE_PATTERNS = (
    (r"\bqualifica(?:zione)?\b", "qualification"),
    (r"\bproposta\b", "proposal"),
    (r"\bnegoziazione\b", "negotiation"),
    (r"\b(?:vint[ao]|firmat[ao])\b", "won"),
    (r"\b(?:pers[ao]|(?:l')?abbiamo perso)\b", "lost"),
)
DEAL_REF = (
    r"\b(?:trattativa|opportunit[àa]|affare|deal)\s+(?:di\s+|con\s+|della\s+|dello\s+|del\s+)?(.+?)\s+(?:a|in|passa|[eè]|va)\b",
)

# Nudge history: the period a question names, as the English key handlers/nudges.py knows.
REMINDER_PERIODS = (
    (r"\boggi\b", "today"),
    (r"\bieri\b", "yesterday"),
    (r"\bquesta settimana\b", "this week"),
    (r"\bsettimana scorsa\b", "last week"),
    (r"\bquesto mese\b", "this month"),
    (r"\bmese scorso\b", "last month"),
)


# Matched before every other rule of the language (bot/nlu/parser.py detect_intent): creating beats adding a contact.
PRIORITY_PATTERNS: dict[str, tuple[str, ...]] = {
    # "comment on passe une affaire en gagnée ?": how to do it, before the rules that would do it
    "help": (r"^come (?:si |faccio (?:a |per )?|posso |sposto |segno |registro |aggiungo |creo |metto )",),
    # A contract renewal date is an update of the organization (bot/nlu/fill_changes.py: fill_renewal).
    "update_contact": (
        r"^(?:il )?contratto (?:di|con) [^,;:?]+? (?:si rinnova|scade)\b",
        r"^(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ rinnova(?: il contratto)? (?:il |l'|l’)?\d(?!.*\?)",
    ),
    "my_settings": (
        r"^la mia lingua\b",
        r"^il mio fuso(?: orario)?\b",
        r"^(?:manda|invia)(?:mi)? (?:il )?(?:mio )?riepilogo\b",
    ),
    "who_changed": (r"^chi ha (?:cambiato|modificato) ",),
    "create_deal": (
        r"^(?:nuova|nuovo|crea|apri|aggiungi) (?:una |un )?(?:nuova )?(?:trattativa|opportunit[àa]|deal)\b",
    ),
    "add_organization": (r"^(?:aggiungi|nuova|crea) (?:l'|una )?(?:nuova )?(?:azienda|societ[àa]|organizzazione)\b",),
}
# ---- La rete attorno ai clienti e ciò che apprezzano (bot/nlu/fill_network.py; formato in en.py).
_LINK_ROLES = (
    r"fornitor[ei]|partner|investitor[ei]|rivenditor[ei]|controllat[ae]|concorrent[ei]|decisor[ei]|chi decide|"
    r"sponsor|bloccante|membro del consiglio|consulente"
)
_NO_LEAD = r"^(?!.*\?\s*$)(?!(?:quando|chi|quale|dove|come|perch[eé]|io|noi|lui|lei|chiamato|sentito|riunione|nota|ricordami|inviato)\b)(?:(?:il|la|lo|l')\s*)?"
NETWORK_FRAMES: tuple[tuple[str, str, str], ...] = (
    (
        "offer",
        "offer",
        r"^cosa (?:dovrei|posso|dobbiamo|possiamo) (?:offrire|proporre|vendere)(?: (?:a|al|alla|ad))? (?P<b>.+?)\W*$",
    ),
    (
        "network",
        "introduced",
        r"^chi ci ha (?:presentato|presentati|segnalato|portato) (?:a |al |alla |ad )?(?P<b>.+?)\W*$",
    ),
    ("network", "connected", r"^come siamo (?:collegati|legati|connessi) (?:a|al|alla|ad|con) (?P<b>.+?)\W*$"),
    ("network", "people", r"^chi conosciamo (?:da|in|presso|alla|al) (?P<b>.+?)\W*$"),
    ("network", "decision_makers", r"\b(?:decisori|chi decide)\b.*\b(?:trattative|opportunit[aà]|affari)\b"),
    ("network", "referrals", r"^quali partner\b.*\b(?:fatturato|ricavi|vendite|più|piu)\b"),
    ("network", "ours", r"^(?:i )?(?:nostri|miei) (?P<rel>partner|fornitori|investitori|rivenditori)\W*$"),
    (
        "network",
        "related",
        r"^(?:chi sono )?(?:i |gli |le )?(?P<rel>fornitori|partner|investitori|rivenditori|controllate|concorrenti|decisori) (?:di|della|del|dell') ?(?P<b>.+?)\W*$",
    ),
    ("find_facts", "promise", r"^cosa abbiamo promesso (?:a |al |alla |ad )?(?P<b>.+?)\W*$"),
    ("find_facts", "about", r"^di cosa ha bisogno (?P<b>.+?)\W*$"),
    (
        "find_facts",
        "topic",
        r"^chi (?:ha bisogno (?:di |del |della |dello )|vuole |chiede |apprezza |si lamenta (?:di |del |della |dei |delle ))(?P<topic>.+?)\W*$",
    ),
    ("find_facts", "topic", r"^(?:note|tutto) (?:che menzionano|su|sul|sulla|sui|sugli|sulle) (?P<topic>.+?)\W*$"),
    (
        "record_link",
        "introduced",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) ci ha (?:presentato|presentati|segnalato) (?:a |al |alla |ad )?(?P<b>[^?]+?)\W*$",
    ),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) ha lasciato (?P<b>.+?) per (?P<c>[^?]+?)\W*$"),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) è passat[oa] (?:a|al|alla|in) (?P<c>[^?]+?)\W*$"),
    ("record_link", "supplier", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:fornisce|rifornisce) (?P<b>[^?]+?)\W*$"),
    ("record_link", "investor", _NO_LEAD + r"(?P<a>[^,;:?]+?) investe in (?P<b>[^?]+?)\W*$"),
    ("record_link", "knows", _NO_LEAD + r"(?P<a>[^,;:?]+?) conosce (?P<b>[^?]+?)\W*$"),
    (
        "record_link",
        "reports_to",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:riporta|risponde) (?:a|al|alla|ad) (?P<b>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "role",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) è (?:il |la |lo |l'|un |una |il nostro |la nostra )?(?P<role>[^?]{2,60}?) (?:di|della|del|dell'|presso|da) ?(?P<b>[^?]+?)\W*$",
    ),
    (
        "record_need",
        "promise",
        r"^(?:abbiamo |ho )promesso (?:a |al |alla |ad )?(?P<a>.+?) (?P<what>(?:un|uno|una|il|lo|la|che|lo sconto)\b.*)$",
    ),
    (
        "record_need",
        "verb",
        _NO_LEAD
        + r"(?P<a>[^,;:?]{2,60}?) (?P<verb>vorrebbe|cerca|ha bisogno di|ha bisogno del|ha bisogno della|vuole|chiede|apprezza|preferisce|si lamenta|non gradisce) (?P<what>[^?]+)$",
    ),
    # "a Milano Design servirebbe l'integrazione con SAP": who needs it is the dative.
    (
        "record_need",
        "verb",
        r"^(?:a|ad|al|alla|allo)\s+(?P<a>[^,;:?]{2,60}?) (?P<verb>servirebbe|serve|servono|occorre) (?P<what>[^?]+)$",
    ),
)
NETWORK_WORDS: dict[str, str] = {
    "ha bisogno di": "need", "ha bisogno del": "need", "ha bisogno della": "need", "vuole": "need", "chiede": "need",
    "apprezza": "preference", "preferisce": "preference", "si lamenta": "pain", "non gradisce": "objection",
    "fornitore": "supplier", "fornitori": "supplier", "partner": "partner", "investitore": "investor",
    "investitori": "investor", "rivenditore": "reseller", "rivenditori": "reseller", "controllata": "subsidiary",
    "controllate": "subsidiary", "concorrente": "competitor", "concorrenti": "competitor",
    "decisore": "decision_maker", "decisori": "decision_maker", "chi decide": "decision_maker",
    "sponsor": "champion", "bloccante": "blocker", "membro del consiglio": "board_member", "consulente": "advisor",
}  # fmt: skip
NETWORK_AND = r"\s+(?:e|&)\s+"
NETWORK_ARTICLES = r"^(?:(?:il nostro|la nostra|il|la|lo|i|gli|le|un|una|uno)\s+|l')"
PRIORITY_PATTERNS = {
    **{i: tuple(p for j, _, p in NETWORK_FRAMES if j == i) for i in dict.fromkeys(j for j, _, _ in NETWORK_FRAMES)},
    **globals().get("PRIORITY_PATTERNS", {}),
}
NETWORK_TOPIC_STOP = frozenset(
    [
        "di",
        "del",
        "della",
        "dei",
        "delle",
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "una",
        "in",
        "con",
        "su",
        "sul",
        "sulla",
    ]
)
