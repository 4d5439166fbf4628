"""Spanish vocabulary for the intent rules (regular expressions, matched case-insensitively)."""

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "nudge_history": (
        r"\bqu[eé] me (?:recordaste|has recordado|avisaste)\b",
        r"\bhistorial de (?:recordatorios|avisos)\b",
    ),
    "update_deal": (
        r"\b(?:oportunidad|negocio|trato|deal)\b.*\b(?:c?u?alificaci[oó]n|propuesta|negociaci[oó]n|ganad[oa]|perdid[oa]|firmad[oa])\b",
    ),
    "help": (r"^(?:ayuda|qu[eé] (?:sabes|puedes) hacer|comandos|c[oó]mo funciona)\b",),
    "undo": (r"^(?:deshacer|deshaz|anula(?:r)?|borra(?:r)? (?:eso|lo [uú]ltimo))\b",),
    "erase_contact": (
        r"^(?:borra(?:r)?|elimina(?:r)?|quita(?:r)?)\s+(?:(?:a|al|el)\s+)?(?:contacto\s+)?(?:(?:de)\s+)?(?!eso\b|esto\b|lo [uú]ltimo\b|todo\b)(?!.*\b(?:recordatorios?|follow[- ]?ups?|notas?|oportunidad(?:es)?|deals?|etiquetas?|llamadas?|reuni(?:ón|on|ones)|compras?|tareas?)\b)[^\W\d_]+(?:[\s'-]+[^\W\d_]+){0,4}(?:\s+del (?:crm|sistema))?\W*$",
    ),
    "add_contact": (
        r"^(?:a[nñ]ad(?:e|ir)|agrega(?:r)?|nuevo contacto|crea(?:r)? contacto)\b",
        r"^(?:nuev[oa]|a[nñ]ad(?:e|ir)) (?:un |una )?(?:nuev[oa] )?(?:lead|prospecto|cliente)\s*[:,]",
    ),
    "list_followups": (
        r"^(?:mis |ver (?:mis )?)?(?:seguimientos|recordatorios|tareas|pendientes)\??$",
        r"^qu[eé] tengo (?:pendiente|para hoy)",
    ),
    "birthdays": (r"\bcumplea[nñ]os\b", r"\bcumple(?:n)?\b"),
    "at_risk": (r"\ben riesgo\b", r"\ba punto de (?:irse|perder)\b"),
    "list_contacts": (
        r"\bno (?:hemos|he) (?:hablado|contactado|llamado)\b",
        r"\bsin contacto (?:desde|en|hace)\b",
    ),
    "record_purchase": (r"\b(?:compró|compraron|pidió|renovó|adquirió|contrató)(?!\w)",),
    "schedule_followup": (
        r"^(?:recu[eé]rdame|recordar(?:me)?|recordatorio|seguimiento|follow[- ]?up|f/u)\b",
        r"^(?:tengo que|hay que|debo|necesito) (?:llamar|enviar|mandar|escribir|visitar|contactar|hablar)\b",
        r"^(?:llamar|volver a llamar|enviar|mandar|contactar|visitar|escribir)(?: a)?\b",
    ),
    "log_interaction": (
        r"^(?:llam[eé]|habl[eé]|telefone[eé]|me reun[ií]|reun[ií]|qued[eé]|visit[eé]|envi[eé]|mand[eé]|escrib[ií]|"
        r"com[ií] con|almorc[eé] con|cen[eé] con|tom[eé] (?:un )?caf[eé])\b",
        r"^(?:llamada|reuni[oó]n|encuentro|almuerzo|comida|cena|caf[eé]|visita|correo|e-?mail|mensaje|nota|whatsapp)\b",
        r"^(?:tuve|hice) (?:una |un )?(?:llamada|reuni[oó]n|visita|comida|demo|charla)\b",
        r"^[\w'.-]+(?: [\w'.-]+){0,3} (?:llam[oó]|escribi[oó]|mand[oó]|vino|visit[oó])\b",
    ),
    "find_contact": (r"^(?:busca(?:r)?|encuentra|muestra(?:me)?|qui[eé]n es|ficha|datos de|info)\b",),
}

KIND_WORDS: dict[str, str] = {
    "llamé": "call",
    "llame": "call",
    "hablé": "call",
    "hable": "call",
    "telefoneé": "call",
    "llamada": "call",
    "reuní": "meeting",
    "reuni": "meeting",
    "reunión": "meeting",
    "reunion": "meeting",
    "quedé": "meeting",
    "encuentro": "meeting",
    "almuerzo": "meeting",
    "comida": "meeting",
    "cena": "meeting",
    "café": "meeting",
    "cafe": "meeting",
    "visité": "visit",
    "visite": "visit",
    "visita": "visit",
    "correo": "email",
    "email": "email",
    "e-mail": "email",
    "escribí": "email",
    "escribi": "email",
    "mensaje": "message",
    "whatsapp": "message",
    "sms": "message",
    "nota": "note",
    "conocí": "meeting",
    "conoci": "meeting",
    "comí": "meeting",
    "cené": "meeting",
}
KIND_PHRASES: dict[str, str] = {
    "me reuní": "meeting",
    "me reuni": "meeting",
    "envié un correo": "email",
    "envie un correo": "email",
    "mandé un correo": "email",
    "mande un correo": "email",
    "envié un mensaje": "message",
    "mandé un mensaje": "message",
    "mande un mensaje": "message",
    "mandé un whatsapp": "message",
    "comí con": "meeting",
    "almorcé con": "meeting",
    "cené con": "meeting",
    "tomé un café": "meeting",
    "tome un cafe": "meeting",
    "pasé por": "visit",
    "pase por": "visit",
}
KIND_TYPOS: dict[str, str] = {}

REF_STOP_WORDS = frozenset(
    [
        "sobre",
        "acerca",
        "por",
        "porque",
        "que",
        "quiere",
        "quería",
        "pidió",
        "dijo",
        "ayer",
        "hoy",
        "mañana",
        "manana",
        "ella",
        "él",
        "el",
        "ellos",
        "y",
        "pero",
        "en",
        "para",
        "al",
        "a",
        "la",
        "-",
        ",",
        ".",
        ";",
        "!",
        "?",
        "(",
        ")",
        "semana",
        "próxima",
        "proxima",
        "próximo",
        "proximo",
        "pasada",
        "pasado",
        "recordar",
        "volver",
        "llamar",
        "seguimiento",
        "esta",
        "este",
        "tiene",
    ]
)
REF_INTRO = r"(?:con|a|al|para)"
INTRO_WORDS = frozenset(
    [
        "con",
        "a",
        "al",
        "para",
        "la",
        "el",
        "sr",
        "sra",
        "sr.",
        "sra.",
        "don",
        "doña",
        "señor",
        "señora",
        "dr",
        "dra",
        "dr.",
    ]
)
COMPANY_MARKERS = r"(?:de la empresa|en|@)"

FOLLOW_UP_MARKERS = (
    r"\b(?:f/u|follow[- ]?up|seguimiento|recordar|recu[eé]rdame|volver a (?:llamar|hablar|escribir)|"
    r"llamar de nuevo|(?:llamar|hablar|escribir)(?:le)? (?:el|la|en|dentro|ma[nñ]ana|pasado)|"
    r"\b(?:la|lo|le|les) (?:llamo|vuelvo a llamar|escribo|contacto) (?:el|la|en|dentro|ma[nñ]ana|pasado|lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes)|(?:llamarla|llamarlo|llamarle|escribirle) (?:el|en|ma[nñ]ana|lunes|martes|"
    r"mi[eé]rcoles|jueves|viernes))"
)
FOLLOW_UP_LEAD = (
    r"^\s*(?:recu[eé]rdame|recordarme|recordar|recordatorio|seguimiento|follow[- ]?up|f/u|tengo que|hay que|debo|"
    r"necesito)\s*(?:que\s+|de\s+|:\s*)?"
)
FOLLOW_UP_VERBS = r"(?:volver a llamar|llamar|enviar|mandar|escribir|visitar|contactar|hablar con|responder)"
LOG_LEAD = r"^\s*(?:(?:nota|log)\s*[:\-]?\s*|(?:ap[uú]nta(?:me)?|anota|registra)\s+que\s+)?(?:(?:yo|hoy)\s+)?(?:(?:tuve|hice)\s+(?:una?\s+)?)?(?:(?:breve|r[aá]pida|buena)\s+)*"
KIND_AFTER = r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+(?P<verb>llam[oó]|escribi[oó]|mand[oó]|vino|visit[oó])\b"
KIND_AFTER_WORDS = {
    "llamó": "call",
    "llamo": "call",
    "escribió": "email",
    "escribio": "email",
    "mandó": "message",
    "mando": "message",
    "vino": "visit",
    "visitó": "visit",
    "visito": "visit",
}

CORRECTION_PATTERNS = (
    r"^(?:no|perd[oó]n|en realidad|correcci[oó]n)\b[,.!:]*\s*(?:fue|era)\b",
    r"^(?:cambia(?:r)?|corrige|corregir) (?:la fecha|el d[ií]a|la hora|el tipo)\b",
    r"^fue (?:una? )?(?:llamada|reuni[oó]n|correo|e-?mail|mensaje|visita|nota|ayer|anteayer)\b",
)
CORRECTION_WITH = r"\b(?:con)\s+"
DEBUG_PATTERNS = (r"^qu[eé] (?:entendiste|has entendido)\b",)

QUERY_FILLERS = frozenset(
    [
        "buscar",
        "busca",
        "encuentra",
        "muestra",
        "muéstrame",
        "muestrame",
        "quién",
        "quien",
        "es",
        "el",
        "la",
        "ficha",
        "datos",
        "de",
        "del",
        "info",
        "sobre",
        "contacto",
        "por",
        "favor",
    ]
)
NAME_WORDS = frozenset(["rosa", "dolores", "luz", "pilar", "mercedes", "domingo", "soledad"])
PERIOD_WORDS = {"hoy": "today", "mañana": "tomorrow", "manana": "tomorrow", "mes": "month", "semana": "week"}
PURCHASE_VERBS = r"(?:compró|compraron|pidió|renovó|adquirió|contrató)"
PRODUCT_NOISE = r"\b(?:licencias?|puestos|unidades?|d[ií]as|horas|usuarios|personas|suscripci[oó]n(?:es)?|de|el|la|los|las|un|una|plan|m[aá]s)\b"

FUZZY_KEYWORDS: dict[str, str] = {
    "cumpleaños": "birthdays",
    "cumpleanos": "birthdays",
    "ayuda": "help",
    "deshacer": "undo",
    "recordatorios": "list_followups",
    "seguimientos": "list_followups",
}

SEND_VERBS = r"(?:enviar|mandar|reenviar)"
RECIPIENT_INTRO = r"(?:al|a la|a|para)"
TASK_VERBS = r"(?:preparar|terminar|revisar|actualizar|comprobar|reservar|renovar|pagar|facturar|imprimir)"
GREETING = r"^(?:hola|buen(?:os|as) (?:d[ií]as|tardes|noches))(?:[\s,!.]+(?:qu[eé] tal|c[oó]mo est[aá]s))?\W*$"

# Questions about figures, as the English words the frame reader reads (bot/nlu/insight_terms.py). In order:
# the longer phrases first, the single words last.
INSIGHT_TERMS = (
    (r"\b(?:resumen|briefing|informe)\s+(?:sobre|de|del|para)\s+(?:la\s+|el\s+)?", "brief me on "),
    (r"\bprep[aá]rame\s+(?:la\s+)?(?:reuni[oó]n\s+)?(?:con|sobre|para)\s+(?:la\s+|el\s+)?", "brief me on "),
    (r"\bqu[eé] (?:productos )?no compra(?:n)? (?:la |el )?(.+?)\s*\??$", r"what does \1 not buy"),
    (r"\bqu[eé] (?:productos )?compra(?:n)? (?:la |el )?(.+?)\s*\??$", r"what does \1 buy"),
    (r"\bventas? cruzadas?\b", "cross-sell"),
    (r"\bvalor (?:de )?(?:vida|tiempo de vida)(?: del cliente)?\b", "lifetime value"),
    (r"\btasa de (?:abandono|p[eé]rdida|cancelaci[oó]n|churn)\b", "churn rate"),
    (r"\btasa de (?:[eé]xito|conversi[oó]n|cierre|victorias)\b", "win rate"),
    (r"\bsegmentos? rfm\b", "RFM segments"),
    (r"\bcampeones\b", "champions"),
    (r"\bretenci[oó]n\b", "retention"),
    (r"\bcohortes?\b", "cohort"),
    (r"\b(?:los\s+)?(\d{1,2}) (?:mejores|mayores|principales) clientes\b", r"top \1 customers"),
    (r"\b(?:mejores|mayores|principales) clientes\b", "top customers"),
    (r"\b(?:los\s+)?(\d{1,2}) peores clientes\b", r"bottom \1 customers"),
    (r"\bpeores clientes\b", "bottom customers"),
    (r"\bclientes m[aá]s rentables\b", "most profitable customers"),
    (r"\b(?:clasifica(?:r|ci[oó]n)?|ranking|ordena(?:r)?)\s+(?:(?:de\s+)?los\s+)?clientes\b", "rank customers"),
    (r"\b(?:oportunidades|negocios|tratos)\s+(?:parad[oa]s|estancad[oa]s|atascad[oa]s)\b", "stuck deals"),
    (r"\b(?:etapas|fases) del ciclo de vida\b|\bciclo de vida\b", "lifecycle stages"),
    (r"\bpreferencias de canal\b|\bcanales preferidos\b|\bcanal preferido\b|\bcanales\b", "channel preferences"),
    (r"\bmi semana\b", "my week"),
    (r"\bembudo(?: de ventas)?\b", "pipeline"),
    (r"\bprevisi[oó]n(?: de ventas)?\b", "forecast"),
    (
        r"\b(?:ingresos|facturaci[oó]n|ventas)\b|\bcu[aá]nto (?:vendimos|hemos vendido|facturamos|hemos facturado)\b",
        "revenue",
    ),
    (r"\bm[aá]rgen(?:es)?\b", "margin"),
    (r"\b(?:beneficios?|ganancias?)\b", "profit"),
    (r"\bpor segmentos?\b", "by segment"),
    (r"\bpor etiquetas?\b", "by tag"),
    (r"\bpor (?:empresas?|organizaci[oó]n(?:es)?)\b", "by organization"),
    (r"\bpor (?:responsable|comercial|vendedor|propietario)\b", "by owner"),
    (r"\bpor riesgo\b", "by risk"),
    (r"\bpor beneficio\b", "by profit"),
    (r"\beste mes\b", "this month"),
    (r"\b(?:el\s+)?mes pasado\b", "last month"),
    (r"\beste trimestre\b|\bdel trimestre\b(?! pasado)|\btrimestre actual\b", "this quarter"),
    (r"\b(?:el\s+)?trimestre pasado\b", "last quarter"),
    (r"\beste año\b", "this year"),
    (r"\b(?:el\s+)?año pasado\b", "last year"),
    (r"\bdesde siempre\b|\bde siempre\b|\btodo el tiempo\b", "all time"),
    (r"\b(?:los\s+)?[uú]ltimos (\d{1,4}) d[ií]as\b", r"last \1 days"),
    (r"\b(?:las\s+)?[uú]ltimas (\d{1,4}) semanas\b", r"last \1 weeks"),
    (r"\b(?:los\s+)?[uú]ltimos (\d{1,4}) meses\b", r"last \1 months"),
    (r"\bmis?\b", "my"),
)

# Deals: the stage a message names, and the account a deal belongs to (bot/nlu/fill_sales.fill_deal).
STAGE_PATTERNS = (
    (r"\b(?:calificaci[oó]n|cualificaci[oó]n)\b", "qualification"),
    (r"\bpropuesta\b", "proposal"),
    (r"\bnegociaci[oó]n\b", "negotiation"),
    (r"\b(?:ganad[oa]|firmad[oa]|(?:lo |la )?ganamos|hemos ganado|cerramos|se gan[oó]|se firm[oó])\b", "won"),
    (r"\b(?:perdid[oa]|(?:lo |la )?perd(?:imos|emos)|hemos perdido|se perdi[oó])\b", "lost"),
)
DEAL_REF = (
    r"\b(?:oportunidad|negocio|trato|deal)\s+(?:de(?:\s+la|\s+el)?\s+|con\s+)?(.+?)\s+(?:a|pasa|est[aá]|fue|en)\b",
)

# Nudge history: the period a question names, as the English key handlers/nudges.py knows.
REMINDER_PERIODS = (
    (r"\bhoy\b", "today"),
    (r"\bayer\b", "yesterday"),
    (r"\besta semana\b", "this week"),
    (r"\bsemana pasada\b", "last week"),
    (r"\beste mes\b", "this month"),
    (r"\bmes pasado\b", "last month"),
)


# Matched before every other rule of the language (bot/nlu/parser.py detect_intent): creating beats adding a contact.
PRIORITY_PATTERNS: dict[str, tuple[str, ...]] = {
    # "comment on passe une affaire en gagnée ?": how to do it, before the rules that would do it
    "help": (
        r"^(?:oye,?\s+)?¿?c[oó]mo (?:se |puedo |hago (?:para )?|paso |cambio |registro |apunto |añado |creo |marco |borro )",
    ),
    # A contract renewal date is an update of the organization (bot/nlu/fill_changes.py: fill_renewal).
    "update_contact": (
        r"^(?:el )?contrato de [^,;:?]+? (?:se renueva|vence)\b",
        r"^(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ renueva(?: (?:el|su) contrato)? (?:el )?\d(?!.*\?)",
    ),
    "my_settings": (r"^mi (?:idioma|zona horaria)\b", r"^(?:env[ií]a|m[aá]nda)(?:me)? (?:mi |el )?resumen\b"),
    "who_changed": (r"^qui[eé]n (?:cambi[oó]|modific[oó]|edit[oó]) ",),
    "create_deal": (
        r"^(?:nuevo|nueva|crear|crea|abrir|abre|a[nñ]adir|a[nñ]ade) (?:un |una )?(?:nueva |nuevo )?(?:oportunidad|negocio|trato|deal)\b",
    ),
    "add_organization": (
        r"^(?:a[nñ]adir|a[nñ]ade|nueva|crear|crea|agregar|agrega) (?:la |una )?(?:nueva )?(?:empresa|organizaci[oó]n|compa[nñ][ií]a)\b",
    ),
}
# ---- La red alrededor de los clientes y lo que valoran (bot/nlu/fill_network.py; formato en en.py).
_LINK_ROLES = (
    r"proveedor(?:a|es)?|socios?|investor(?:a|es)?|inversor(?:a|es)?|revendedor(?:a|es)?|filiales?|competidor(?:a|es)?|"
    r"decisor(?:a|es)?|quien decide|campe[oó]n|bloqueador(?:a)?|miembro del consejo|asesor(?:a)?"
)
_NO_LEAD = r"^(?!.*\?\s*$)(?!¿)(?!(?:cu[aá]ndo|qui[eé]n|cu[aá]l|d[oó]nde|c[oó]mo|yo|nosotros|él|ella|llam[eé]|habl[eé]|reuni[oó]n|nota|recu[eé]rdame|envi[eé])\b)(?:(?:el|la)\s+)?"
NETWORK_FRAMES: tuple[tuple[str, str, str], ...] = (
    (
        "offer",
        "offer",
        r"^¿?qu[eé] (?:debo|puedo|deber[ií]a|deber[ií]amos|debemos|podemos) (?:ofrecer|proponer|vender)(?: (?:a|al|a la))? (?P<b>.+?)\W*$",
    ),
    ("network", "introduced", r"^¿?qui[eé]n nos (?:present[oó]|recomend[oó]|trajo) (?:a |al |a la )?(?P<b>.+?)\W*$"),
    (
        "network",
        "connected",
        r"^¿?c[oó]mo (?:estamos|llegamos) (?:conectados |relacionados )?(?:a|al|con|a la) (?P<b>.+?)\W*$",
    ),
    ("network", "people", r"^¿?(?:a )?qui[eé]n conocemos en (?P<b>.+?)\W*$"),
    (
        "network",
        "decision_makers",
        r"\b(?:decisores|quién decide|quien decide)\b.*\b(?:negocios|oportunidades|tratos)\b",
    ),
    ("network", "referrals", r"^¿?qu[eé] socios\b.*\b(?:ingresos|ventas|más|mas)\b"),
    (
        "network",
        "ours",
        r"^¿?(?:nuestros|mis|todos (?:los|nuestros)) (?P<rel>socios|proveedores|inversores|revendedores)\W*$",
    ),
    (
        "network",
        "related",
        r"^¿?(?:qui[eé]nes son )?(?:los )?(?P<rel>proveedores|socios|inversores|revendedores|filiales|competidores|decisores) de (?P<b>.+?)\W*$",
    ),
    ("find_facts", "promise", r"^¿?qu[eé] (?:le )?(?:prometimos|promet[ií]) (?:a |al |a la )?(?P<b>.+?)\W*$"),
    ("find_facts", "about", r"^¿?qu[eé] (?:necesita|quiere|valora|prefiere) (?P<b>.+?)\W*$"),
    ("find_facts", "topic", r"^¿?qui[eé]n (?:necesita|quiere|pidi[oó]|valora|se queja de) (?P<topic>.+?)\W*$"),
    ("find_facts", "topic", r"^¿?(?:notas|todo) (?:que mencionan|sobre|con) (?P<topic>.+?)\W*$"),
    (
        "record_link",
        "introduced",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) nos (?:present[oó]|recomend[oó]) (?:a |al |a la )?(?P<b>[^?]+?)\W*$",
    ),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:dej[oó]|sali[oó] de) (?P<b>.+?) por (?P<c>[^?]+?)\W*$"),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) se (?:fue|pas[oó]|cambi[oó]) a (?P<c>[^?]+?)\W*$"),
    ("record_link", "supplier", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:suministra|provee|abastece) a (?P<b>[^?]+?)\W*$"),
    ("record_link", "investor", _NO_LEAD + r"(?P<a>[^,;:?]+?) invierte en (?P<b>[^?]+?)\W*$"),
    ("record_link", "knows", _NO_LEAD + r"(?P<a>[^,;:?]+?) conoce a (?P<b>[^?]+?)\W*$"),
    (
        "record_link",
        "reports_to",
        _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:reporta|depende de|responde) (?:a )?(?P<b>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "role",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) es (?:el |la |un |una |nuestro |nuestra )?(?P<role>[^?]{2,60}?) (?:de|del|en) (?P<b>[^?]+?)\W*$",
    ),
    (
        "record_need",
        "promise",
        r"^(?:le )?(?:prometimos|promet[ií]) (?:a |al |a la )?(?P<a>.+?) (?P<what>(?:un|una|el|la|los|las|que|descuento)\b.*)$",
    ),
    (
        "record_need",
        "verb",
        _NO_LEAD
        + r"(?P<a>[^,;:?]{2,60}?) (?P<verb>necesita|quiere|necesitar[ií]a|querr[ií]a|quisiera|busca|exige|valora|prefiere|se queja de|no le gusta|pidi[oó]) (?P<what>[^?]+)$",
    ),
)
NETWORK_WORDS: dict[str, str] = {
    "necesita": "need", "quiere": "need", "exige": "need", "pidió": "need", "pidio": "need", "valora": "preference",
    "prefiere": "preference", "se queja de": "pain", "no le gusta": "objection",
    "proveedor": "supplier", "proveedora": "supplier", "proveedores": "supplier", "socio": "partner",
    "socios": "partner", "inversor": "investor", "inversores": "investor", "revendedor": "reseller",
    "revendedores": "reseller", "filial": "subsidiary", "filiales": "subsidiary", "competidor": "competitor",
    "competidores": "competitor", "decisor": "decision_maker", "decisora": "decision_maker",
    "decisores": "decision_maker", "quien decide": "decision_maker", "campeón": "champion", "campeon": "champion",
    "bloqueador": "blocker", "miembro del consejo": "board_member", "asesor": "advisor", "asesora": "advisor",
}  # fmt: skip
NETWORK_AND = r"\s+(?:y|&)\s+"
NETWORK_ARTICLES = r"^(?:el|la|los|las|un|una|nuestro|nuestra)\s+"
PRIORITY_PATTERNS = {
    **{i: tuple(p for j, _, p in NETWORK_FRAMES if j == i) for i in dict.fromkeys(j for j, _, _ in NETWORK_FRAMES)},
    **globals().get("PRIORITY_PATTERNS", {}),
}
NETWORK_TOPIC_STOP = frozenset(["de", "del", "la", "el", "los", "las", "un", "una", "en", "con", "sobre"])
