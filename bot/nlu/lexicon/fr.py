"""French vocabulary for the intent rules (regular expressions, matched case-insensitively)."""

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "nudge_history": (
        r"\bde quoi (?:m'as-tu|tu m'as) rappel[ée]\b",
        r"\bqu'est-ce que tu m'as rappel[ée]\b",
        r"\bhistorique des rappels\b",
    ),
    "update_deal": (
        r"\b(?:affaire|opportunit[ée]|deal)\b.*\b(?:qualification|proposition|n[ée]gociation|gagn[ée]e?|perdue?|sign[ée]e?)\b",
    ),
    "help": (r"^(?:aide|au secours|qu['’]est-ce que tu (?:sais|peux) faire|commandes|comment (?:ça|ca) marche)\b",),
    "undo": (r"^(?:annule(?:r)?|d[eé]faire|efface(?:r)? (?:ça|ca|le dernier))\b",),
    "erase_contact": (
        r"^(?:supprime(?:r)?|efface(?:r)?|retire(?:r)?)\s+(?:(?:le|la|l')\s*)?(?:contact\s+)?(?!ça\b|ca\b|cela\b|le dernier\b|tout\b)(?!.*\b(?:rappels?|relances?|notes?|affaires?|opportunités?|étiquettes?|tags?|appels?|réunions?|rdv|achats?|tâches?)\b)[^\W\d_]+(?:[\s'-]+[^\W\d_]+){0,4}(?:\s+du (?:crm|système))?\W*$",
    ),
    "add_contact": (
        r"^(?:ajoute(?:r)?|nouveau contact|cr[eé]er? (?:un )?contact)\b",
        r"^(?:nouve(?:au|l|lle)|ajoute(?:r)?) (?:un |une )?(?:nouve(?:au|l|lle) )?(?:lead|prospect|client|cliente)\s*[:,]",
    ),
    "list_followups": (
        r"^(?:mes |voir (?:mes )?)?(?:relances|rappels|t[aâ]ches|suivis)\??$",
        r"^qu['’]est-ce que j['’]ai (?:à faire|a faire|aujourd)",
    ),
    "birthdays": (r"\banniversaires?\b", r"\banniv\b"),
    "at_risk": (r"\b(?:à|a) risque\b", r"\ben danger\b", r"\bqui risque de partir\b"),
    "list_contacts": (
        r"\b(?:pas|plus) (?:parl[eé]|appel[eé]|contact[eé]|eu de nouvelles)\b",
        r"\bsans contact depuis\b",
    ),
    "record_purchase": (r"\b(?:a achet[eé]|achet[eé]|a command[eé]|a renouvel[eé]|a pris|a sign[eé])\b",),
    "schedule_followup": (
        r"^(?:rappelle(?:-| )moi|rappelle|rappeler|relance(?:r)?|me rappeler|rappel|suivi|follow[- ]?up|f/u)\b",
        r"^(?:je dois|il faut|faut) (?:appeler|rappeler|relancer|envoyer|écrire|ecrire|voir|contacter)\b",
        r"^(?:appeler|envoyer|[eé]crire [aà]|contacter|voir)\b",
    ),
    "log_interaction": (
        r"^(?:j['’]ai |on a |nous avons )?(?:appel[eé]|t[eé]l[eé]phon[eé]|parl[eé]|vu|rencontr[eé]|d[eé]jeun[eé]|"
        r"d[iî]n[eé]|visit[eé]|envoy[eé]|[eé]crit|eu (?:un|une))\b",
        r"^(?:appel|coup de fil|r[eé]union|rdv|rendez-vous|d[eé]jeuner|d[iî]ner|caf[eé]|visite|e-?mail|mail|courriel|"
        r"message|note|whatsapp|sms)\b",
        r"^[\w'.-]+(?: [\w'.-]+){0,3} (?:a appel[eé]|a [eé]crit|a t[eé]l[eé]phon[eé]|est pass[eé]e?)\b",
    ),
    "find_contact": (r"^(?:cherche(?:r)?|trouve(?:r)?|montre(?:-moi)?|affiche|qui est|fiche|infos? sur)\b",),
}

KIND_WORDS: dict[str, str] = {
    "appelé": "call",
    "appele": "call",
    "téléphoné": "call",
    "telephone": "call",
    "parlé": "call",
    "parle": "call",
    "appel": "call",
    "vu": "meeting",
    "rencontré": "meeting",
    "rencontre": "meeting",
    "réunion": "meeting",
    "reunion": "meeting",
    "rdv": "meeting",
    "rendez-vous": "meeting",
    "déjeuné": "meeting",
    "déjeuner": "meeting",
    "dejeuner": "meeting",
    "dîné": "meeting",
    "dîner": "meeting",
    "diner": "meeting",
    "café": "meeting",
    "cafe": "meeting",
    "visité": "visit",
    "visite": "visit",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "courriel": "email",
    "écrit": "email",
    "ecrit": "email",
    "message": "message",
    "whatsapp": "message",
    "sms": "message",
    "note": "note",
}
KIND_PHRASES: dict[str, str] = {
    "coup de fil": "call",
    "point avec": "meeting",  # "point avec Partenaires Conseil": a catch-up meeting
    "fait le point avec": "meeting",
    "eu un appel": "call",
    "eu une réunion": "meeting",
    "eu une reunion": "meeting",
    "eu un rdv": "meeting",
    "envoyé un mail": "email",
    "envoye un mail": "email",
    "envoyé un email": "email",
    "envoyé un message": "message",
    "envoye un message": "message",
    "envoyé un sms": "message",
    "rendu visite": "visit",
    "pris un café": "meeting",
    "passé chez": "visit",
    "passée chez": "visit",
}
KIND_TYPOS: dict[str, str] = {}

REF_STOP_WORDS = frozenset(
    [
        "sur",
        "au",
        "sujet",
        "pour",
        "parce",
        "que",
        "qui",
        "veut",
        "voulait",
        "demande",
        "a",
        "dit",
        "hier",
        "aujourd'hui",
        "aujourd’hui",
        "demain",
        "elle",
        "il",
        "ils",
        "et",
        "mais",
        "en",
        "dans",
        "à",
        "-",
        ",",
        ".",
        ";",
        "!",
        "?",
        "(",
        ")",
        "semaine",
        "prochain",
        "prochaine",
        "dernier",
        "dernière",
        "rappeler",
        "relancer",
        "suivi",
        "ce",
        "cette",
        "concernant",
    ]
)
REF_INTRO = r"(?:avec|à|a|au)"
INTRO_WORDS = frozenset(
    [
        "avec",
        "à",
        "a",
        "au",
        "aux",
        "le",
        "la",
        "les",
        "m.",
        "mme",
        "mme.",
        "monsieur",
        "madame",
        "dr",
        "dr.",
        "j'ai",
        "j’ai",
        "ai",
    ]
)
COMPANY_MARKERS = r"(?:chez|de chez|@)"

FOLLOW_UP_MARKERS = (
    r"(?:\bf/u\b|\bfollow[- ]?up\b|\brappeler\b|\brelancer?\b|\brappel\b|\brappelle(?:-| )moi\b|\bà rappeler\b|\ba rappeler\b|"
    r"\bsuivi\b|\brecontacter\b|\b(?:la|le|les|l') ?(?:rappelle|relance|recontacte)\b)"
)
FOLLOW_UP_LEAD = r"^\s*(?:rappelle(?:-| )moi|me rappeler|rappel|suivi|follow[- ]?up|f/u|je dois|il faut|faut)\s*(?:de\s+|d['’]\s*|:\s*)?"
FOLLOW_UP_VERBS = r"(?:rappeler|relancer|appeler|envoyer|[eé]crire [aà]|[eé]crire|contacter|voir|recontacter)"
LOG_LEAD = (
    r"^\s*(?:(?:note|log)\s*[:\-]?\s*|(?:tu peux |peux-tu )?(?:noter|note|notez)\s+qu['’e]\s*)?(?:(?:j['’]ai|on a|nous avons|ai)\s+)?(?:(?:eu|fait)\s+(?:une?\s+)?)?"
    r"(?:(?:petit|petite|bon|bonne|court|courte)\s+)*"
)
KIND_AFTER = (
    r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+(?:a\s+|est\s+)?"
    r"(?P<verb>appel[eé]|[eé]crit|t[eé]l[eé]phon[eé]|pass[eé]e?(?!\s+(?:cliente?|prospect|lead|ambassad)))\b"
)
KIND_AFTER_WORDS = {
    "appelé": "call",
    "appele": "call",
    "téléphoné": "call",
    "écrit": "email",
    "ecrit": "email",
    "passé": "visit",
    "passée": "visit",
    "passe": "visit",
}

CORRECTION_PATTERNS = (
    r"^(?:non|pardon|en fait|correction)\b[,.!:]*\s*(?:c['’][eé]tait|ce n['’][eé]tait)\b",
    r"^(?:change(?:r)?|modifie(?:r)?|corrige(?:r)?) (?:la date|le jour|l['’]heure|le type)\b",
    r"^c['’][eé]tait (?:une? )?(?:appel|r[eé]union|e-?mail|mail|message|visite|note|hier|avant-hier)\b",
)
CORRECTION_WITH = r"\b(?:avec)\s+"
DEBUG_PATTERNS = (r"^qu['’]est-ce que (?:tu as|t['’]as) compris\b", r"^t['’]as compris quoi\b")

QUERY_FILLERS = frozenset(
    [
        "chercher",
        "cherche",
        "trouver",
        "trouve",
        "montre",
        "montre-moi",
        "affiche",
        "qui",
        "est",
        "fiche",
        "infos",
        "info",
        "sur",
        "le",
        "la",
        "les",
        "de",
        "du",
        "contact",
        "stp",
        "svp",
    ]
)
NAME_WORDS = frozenset(["rose", "claire", "marie", "pascal", "dimanche", "avril", "juin", "aimé", "sylvie"])
PERIOD_WORDS = {"aujourd'hui": "today", "demain": "tomorrow", "mois": "month", "semaine": "week"}
PURCHASE_VERBS = r"(?:a achet[eé]|achet[eé]|a command[eé]|a renouvel[eé]|a pris|a sign[eé] pour)"
PRODUCT_NOISE = r"\b(?:licences?|postes?|unit[eé]s?|jours?|journ[ée]es?|heures?|utilisateurs|personnes|abonnements?|de|d|le|la|les|un|une|des|plan|formule)\b"

FUZZY_KEYWORDS: dict[str, str] = {
    "anniversaires": "birthdays",
    "aide": "help",
    "annuler": "undo",
    "relances": "list_followups",
    "rappels": "list_followups",
}

SEND_VERBS = r"(?:envoyer|transmettre|transférer)"
RECIPIENT_INTRO = r"(?:à|a|au|aux|pour)"
TASK_VERBS = r"(?:préparer|preparer|finir|terminer|revoir|mettre à jour|vérifier|verifier|réserver|renouveler|payer)"
GREETING = r"^(?:bonjour|salut|bonsoir|coucou)(?:[\s,!.]+(?:(?:ça|ca) va|comment (?:ça|ca) va))?\W*$"

# Questions about figures, as the English words the frame reader reads (bot/nlu/insight_terms.py). In order:
# the longer phrases first, the single words last.
INSIGHT_TERMS = (
    (r"\b(?:briefing|r[ée]sum[ée]|point)\s+(?:sur|de|du|pour)\s+(?:la\s+|le\s+|l')?", "brief me on "),
    (
        r"\bpr[ée]pare(?:-moi)?\s+(?:la\s+|le\s+|mon\s+|ma\s+)?(?:r[ée]union|rendez-vous|rdv)\s+(?:avec|chez)\s+",
        "brief me on ",
    ),
    (r"\bqu'?est-ce que (?:la |le )?(.+?) n'ach[eè]te(?:nt)? pas\b", r"what does \1 not buy"),
    (r"\bqu'?est-ce qu(?:e |')(?:la |le )?(.+?) ach[eè]te(?:nt)?\b", r"what does \1 buy"),
    (r"\bque n'ach[eè]te(?:nt)? pas (?:la |le )?(.+?)\s*\??$", r"what does \1 not buy"),
    (r"\bqu'ach[eè]te(?:nt)? (?:la |le )?(.+?)\s*\??$", r"what does \1 buy"),
    (r"\bventes? crois[ée]es?\b", "cross-sell"),
    (r"\bvaleur (?:vie client|à vie|sur la dur[ée]e de vie|client)\b", "lifetime value"),
    (r"\btaux (?:de )?(?:churn|d[ée]sabonnement|d'attrition|attrition|perte)\b", "churn rate"),
    (r"\btaux de (?:r[ée]ussite|conversion|transformation|gain|closing)\b", "win rate"),
    (r"\bsegments? rfm\b", "RFM segments"),
    (r"\br[ée]tention\b|\bfid[ée]lisation\b", "retention"),
    (r"\bcohortes?\b", "cohort"),
    (r"\b(?:les\s+)?(\d{1,2}) (?:meilleurs|plus gros|principaux) clients\b", r"top \1 customers"),
    (r"\b(?:meilleurs|plus gros|principaux) clients\b", "top customers"),
    (r"\b(?:les\s+)?(\d{1,2}) (?:pires|moins bons) clients\b", r"bottom \1 customers"),
    (r"\b(?:pires|moins bons) clients\b", "bottom customers"),
    (r"\bclients les plus rentables\b", "most profitable customers"),
    (r"\b(?:classe(?:r|ment)?|ranking)\s+(?:des\s+|les\s+)?clients\b", "rank customers"),
    (
        r"\b(?:affaires|opportunit[ée]s|deals)\s+(?:bloqu[ée]e?s|en panne|stagnantes?|dormantes?|au point mort)\b",
        "stuck deals",
    ),
    (r"\b(?:[ée]tapes|phases) du cycle de vie\b|\bcycle de vie\b", "lifecycle stages"),
    (
        r"\bpr[ée]f[ée]rences de canal\b|\bcanaux pr[ée]f[ée]r[ée]s\b|\bcanal pr[ée]f[ée]r[ée]\b|\bcanaux\b",
        "channel preferences",
    ),
    (r"\bma semaine\b", "my week"),
    (r"\bentonnoir(?: de vente)?\b", "pipeline"),
    (r"\bpr[ée]visions?(?: des ventes)?\b", "forecast"),
    (
        r"\bchiffre d'?\s?affaires\b|\bventes\b|\brevenus?\b|\bcombien (?:on a|avons-nous|nous avons) (?:vendu|factur[ée])\b",
        "revenue",
    ),
    (r"\bmarges?\b", "margin"),
    (r"\bb[ée]n[ée]fices?\b", "profit"),
    (r"\bpar segments?\b", "by segment"),
    (r"\bpar (?:tags?|[ée]tiquettes?)\b", "by tag"),
    (r"\bpar (?:entreprises?|organisations?|soci[ée]t[ée]s?)\b", "by organization"),
    (r"\bpar (?:responsable|commercial|propri[ée]taire|vendeur)\b", "by owner"),
    (r"\bpar risque\b", "by risk"),
    (r"\bpar (?:b[ée]n[ée]fice|profit)\b", "by profit"),
    (r"\bce mois(?:-ci)?\b|\bdu mois\b(?! dernier)|\bmois en cours\b", "this month"),
    (r"\b(?:le\s+)?mois dernier\b", "last month"),
    (r"\bce trimestre\b|\bdu trimestre\b(?! dernier)|\btrimestre en cours\b", "this quarter"),
    (r"\b(?:le\s+)?trimestre dernier\b", "last quarter"),
    (r"\bcette ann[ée]e\b|\bdepuis le d[ée]but de l'ann[ée]e\b", "this year"),
    (r"\b(?:l'ann[ée]e|ann[ée]e) derni[eè]re\b", "last year"),
    (r"\bdepuis toujours\b|\bde tous les temps\b|\bdepuis le d[ée]but\b", "all time"),
    (r"\b(?:les\s+|ces\s+)?(\d{1,4}) derniers jours\b", r"last \1 days"),
    (r"\b(?:les\s+|ces\s+)?(\d{1,4}) derni[eè]res semaines\b", r"last \1 weeks"),
    (r"\b(?:les\s+|ces\s+)?(\d{1,4}) derniers mois\b", r"last \1 months"),
    (r"\b(?:mon|ma|mes)\b", "my"),
)

# Deals: the stage a message names, and the account a deal belongs to (bot/nlu/fill_sales.fill_deal).
STAGE_PATTERNS = (
    (r"\bqualification\b", "qualification"),
    (r"\bproposition\b", "proposal"),
    (r"\bn[ée]gociation\b", "negotiation"),
    (r"\b(?:gagn[ée]e?|sign[ée]e?)\b", "won"),
    (r"\b(?:perdue?|(?:l')?avons perdu|on (?:l')?a perdu)\b", "lost"),
)
DEAL_REF = (
    r"\b(?:affaire|opportunit[ée]|deal)\s+(?:d[eu]\s+|de\s+la\s+|d'|avec\s+)?(.+?)\s+(?:en|à|passe|est|a\s+été)\b",
)

# Nudge history: the period a question names, as the English key handlers/nudges.py knows.
REMINDER_PERIODS = (
    (r"\baujourd'hui\b", "today"),
    (r"\bhier\b", "yesterday"),
    (r"\bcette semaine\b", "this week"),
    (r"\bsemaine derni[eè]re\b", "last week"),
    (r"\bce mois(?:-ci)?\b", "this month"),
    (r"\bmois dernier\b", "last month"),
)


# Matched before every other rule of the language (bot/nlu/parser.py detect_intent): creating beats adding a contact.
PRIORITY_PATTERNS: dict[str, tuple[str, ...]] = {
    # "comment on passe une affaire en gagnée ?": how to do it, before the rules that would do it
    "help": (
        r"^comment (?:on |je |j['’]|puis-je |faire pour |est-ce qu['’](?:on|il faut) |ajouter |passer |mettre |créer )",
    ),
    # A contract renewal date is an update of the organization (bot/nlu/fill_changes.py: fill_renewal).
    "update_contact": (
        r"^(?:le )?contrat (?:d'|d’|de )[^,;:?]+? (?:est renouvelé|se renouvelle|expire)\b",
        r"^(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ renouvelle(?: son contrat)? (?:le )?\d(?!.*\?)",
    ),
    "my_settings": (r"^ma langue\b", r"^mon fuseau(?: horaire)?\b", r"^envoie(?:-moi)? (?:mon |le )?r[ée]sum[ée]\b"),
    "who_changed": (r"^qui a (?:modifi[ée]|chang[ée]) ",),
    "create_deal": (
        r"^(?:nouvelle|nouveau|cr[ée]er|cr[ée]e|ouvrir|ouvre|ajouter|ajoute) (?:une |un )?(?:nouvelle )?(?:affaire|opportunit[ée]|deal)\b",
    ),
    "add_organization": (
        r"^(?:ajouter|ajoute|nouvelle|cr[ée]er|cr[ée]e) (?:la |une )?(?:nouvelle )?(?:soci[ée]t[ée]|entreprise|organisation)\b",
    ),
}
# ---- Le réseau autour des clients et ce qu'ils valorisent (bot/nlu/fill_network.py ; format dans en.py).
_LINK_ROLES = (
    r"fournisseurs?|partenaires?|investisseurs?|revendeurs?|filiales?|concurrents?|d[ée]cideurs?|d[ée]cisionnaires?|"
    r"champions?|sponsors?|bloqueurs?|membres? du conseil|conseill(?:er|[eè]re)s?"
)
_NO_LEAD = r"^(?!.*\?\s*$)(?!(?:quand|qui|quel|quelle|où|comment|pourquoi|est-ce|je|j'|nous|on|il|elle|appel[ée]?|r[ée]union|note|rappel|rappelle|envoy[ée])\b)"
NETWORK_FRAMES: tuple[tuple[str, str, str], ...] = (
    (
        "offer",
        "offer",
        r"^(?:que|qu'est-ce que) (?:dois-je|puis-je|devrais-je|devons-nous|devrions-nous|pouvons-nous|je (?:dois|peux|devrais)|on (?:doit|peut)) (?:proposer|offrir|vendre)(?: (?:à|a|au|aux|chez))? (?P<b>.+?)\W*$",
    ),
    ("offer", "offer", r"^(?:quoi|que) proposer (?:à|a|au|aux|chez) (?P<b>.+?)\W*$"),
    (
        "network",
        "introduced",
        r"^qui nous a (?:présenté|presente|présentés|recommandé|amené|apporté) (?:à |a |au )?(?P<b>.+?)\W*$",
    ),
    ("network", "introduced", r"^comment (?:avons-nous|a-t-on) (?:connu|rencontré) (?P<b>.+?)\W*$"),
    (
        "network",
        "connected",
        r"^comment (?:sommes-nous|est-on|on est|suis-je) (?:liés?|connectés?|reliés?) (?:à|a|au|avec) (?P<b>.+?)\W*$",
    ),
    (
        "network",
        "people",
        r"^qui (?:connaissons-nous|conna[iî]t-on|est-ce qu'on conna[iî]t|on conna[iî]t) (?:chez|à|a|au) (?P<b>.+?)\W*$",
    ),
    ("network", "people", r"^qui est qui (?:chez|à) (?P<b>.+?)\W*$"),
    ("network", "decision_makers", r"\bd[ée]cideurs?\b.*\b(?:affaires?|opportunit[ée]s?|deals?)\b"),
    ("network", "referrals", r"^quels? partenaires?\b.*\b(?:chiffre d'affaires|ventes|plus|revenus?)\b"),
    ("network", "ours", r"^(?:nos|mes|tous nos) (?P<rel>partenaires|fournisseurs|investisseurs|revendeurs)\W*$"),
    (
        "network",
        "related",
        r"^(?:qui sont )?(?:les )?(?P<rel>fournisseurs|partenaires|investisseurs|revendeurs|filiales|concurrents|d[ée]cideurs) (?:de |d'|du |des |chez )(?P<b>.+?)\W*$",
    ),
    ("network", "related", r"^qui (?P<rel>fournit|investit dans|revend|concurrence) (?P<b>.+?)\W*$"),
    (
        "find_facts",
        "promise",
        r"^(?:qu'avons-nous|qu'est-ce qu'on a|qu'ai-je|que lui avons-nous) promis (?:à |a |au |aux )?(?P<b>.+?)\W*$",
    ),
    ("find_facts", "promise", r"^(?:les )?promesses (?:en cours|ouvertes|en attente)\W*$"),
    (
        "find_facts",
        "about",
        r"^de quoi (?:a besoin |a-t-(?:il|elle) besoin )?(?P<b>.+?)(?: a-t-(?:il|elle) besoin| a besoin)?\W*$",
    ),
    ("find_facts", "about", r"^qu'est-ce qu(?:e |')(?P<b>.+?) (?:veut|attend|valorise|préfère)\W*$"),
    (
        "find_facts",
        "topic",
        r"^qui (?:a besoin (?:de |du |d'|des )|veut |demande |souhaite |valorise |se plaint (?:de |du |des |d')|pr[ée]f[èe]re )(?P<topic>.+?)\W*$",
    ),
    (
        "find_facts",
        "topic",
        r"^(?:les )?(?:notes|faits|tout) (?:qui mentionnent|mentionnant|sur|à propos (?:de|des|du)|concernant) (?P<topic>.+?)\W*$",
    ),
    (
        "record_link",
        "introduced",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) nous a (?:présenté|presente|présentés|recommandé|amené) (?:à |a |au )?(?P<b>[^?]+?)\W*$",
    ),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) a quitté (?P<b>.+?) pour (?P<c>[^?]+?)\W*$"),
    (
        "record_link",
        "move",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:est parti(?:e)?|est passé(?:e)?|a rejoint) (?:chez |à |a )?(?P<c>[^?]+?)\W*$",
    ),
    ("record_link", "supplier", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:fournit|approvisionne|livre) (?P<b>[^?]+?)\W*$"),
    ("record_link", "investor", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:investit|a investi) dans (?P<b>[^?]+?)\W*$"),
    ("record_link", "reseller", _NO_LEAD + r"(?P<a>[^,;:?]+?) revend (?P<b>[^?]+?)\W*$"),
    (
        "record_link",
        "competitor",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:concurrence|est en concurrence avec) (?P<b>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "reports_to",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:rend compte à|dépend de|reporte à) (?P<b>[^?]+?)\W*$",
    ),
    ("record_link", "knows", _NO_LEAD + r"(?P<a>[^,;:?]+?) conna[iî]t (?P<b>[^?]+?)\W*$"),
    (
        "record_link",
        "role",
        r"^(?:le |la |l')?(?P<role>"
        + _LINK_ROLES
        + r") (?:de |d'|du )(?P<b>[^,;:?]+?) (?:est|c'est) (?P<a>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "role",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) est (?:le |la |l'|un |une |notre )?(?P<role>[^?]{2,60}?) (?:de |d'|du |chez )(?P<b>[^?]+?)\W*$",
    ),
    (
        "record_need",
        "promise",
        r"^(?:j'ai |on a |nous avons )?promis (?:à |a |au )(?P<a>.+?) (?P<what>(?:un|une|le|la|les|des|de|d'|que|qu')\b.*)$",
    ),
    (
        "record_need",
        "verb",
        _NO_LEAD
        + r"(?P<a>[^,;:?]{2,60}?) (?P<verb>a besoin|aurait besoin|veut|voudrait|aimerait|souhaite|souhaiterait|cherche|exige|demande|valorise|privil[ée]gie|pr[ée]f[èe]re|se plaint|s'inqui[èe]te|n'aime pas|refuse) (?P<what>[^?]+)$",
    ),
)
NETWORK_WORDS: dict[str, str] = {
    "a besoin": "need", "veut": "need", "exige": "need", "demande": "need", "valorise": "preference",
    "privilégie": "preference", "privilegie": "preference", "préfère": "preference", "prefere": "preference",
    "se plaint": "pain", "s'inquiète": "pain", "s'inquiete": "pain", "n'aime pas": "objection", "refuse": "objection",
    "fournisseur": "supplier", "fournisseurs": "supplier", "partenaire": "partner", "partenaires": "partner",
    "investisseur": "investor", "investisseurs": "investor", "revendeur": "reseller", "revendeurs": "reseller",
    "filiale": "subsidiary", "filiales": "subsidiary", "concurrent": "competitor", "concurrents": "competitor",
    "décideur": "decision_maker", "decideur": "decision_maker", "décideurs": "decision_maker",
    "décisionnaire": "decision_maker", "champion": "champion", "sponsor": "champion", "bloqueur": "blocker",
    "membre du conseil": "board_member", "conseiller": "advisor", "conseillère": "advisor",
    "fournit": "supplier", "investit dans": "investor", "revend": "reseller", "concurrence": "competitor",
}  # fmt: skip
NETWORK_AND = r"\s+(?:et|&)\s+"
NETWORK_ARTICLES = r"^(?:(?:le|la|les|un|une|notre)\s+|l')"
PRIORITY_PATTERNS = {
    **{i: tuple(p for j, _, p in NETWORK_FRAMES if j == i) for i in dict.fromkeys(j for j, _, _ in NETWORK_FRAMES)},
    **globals().get("PRIORITY_PATTERNS", {}),
}
NETWORK_TOPIC_STOP = frozenset(["de", "du", "des", "d", "le", "la", "les", "l", "un", "une", "en", "au", "aux", "sur"])
