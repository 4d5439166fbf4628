"""Portuguese vocabulary for the intent rules (regular expressions, matched case-insensitively).

Accents are optional in the patterns: staff type "reuniao" and "proxima" as often as "reunião".
"""

INTENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "nudge_history": (
        r"\bo que (?:é que )?me (?:lembraste|lembrou|recordaste)\b",
        r"\bhist[oó]rico (?:de|dos) (?:lembretes|avisos)\b",
    ),
    "help": (r"^(?:ajuda|socorro|o que (?:sabes|podes|consegues|você pode) fazer|comandos|como funciona)\b",),
    "undo": (r"^(?:desfaz(?:er)?|anula(?:r)?|cancela(?:r)? (?:isso|o [uú]ltimo)|apaga(?:r)? (?:isso|o [uú]ltimo))\b",),
    "erase_contact": (
        r"^(?:apaga(?:r)?|elimina(?:r)?|remove(?:r)?|exclui(?:r)?)\s+(?:(?:o|a)\s+)?(?:contac?to\s+)?(?:(?:d[oa])\s+)?(?!isso\b|isto\b|o [uú]ltimo\b|tudo\b)(?!.*\b(?:lembretes?|follow[- ]?ups?|notas?|neg[oó]cios?|oportunidades?|tags?|etiquetas?|liga[çc](?:[aã]o|[oõ]es)|reuni(?:[aã]o|[oõ]es)|compras?|tarefas?)\b)[^\W\d_]+(?:[\s'-]+[^\W\d_]+){0,4}(?:\s+do (?:crm|sistema))?\W*$",
    ),
    "add_contact": (
        r"^(?:adiciona(?:r)?|novo contac?to|cria(?:r)? contac?to|guarda(?:r)? contac?to)\b",
        r"^(?:nov[oa]|adiciona(?:r)?|guarda(?:r)?) (?:um |uma )?(?:novo |nova )?(?:lead|prospect|prospecto|cliente)\s*[:,]",
    ),
    "list_followups": (
        r"^(?:(?:os )?meus |mostra(?:r)? (?:os )?(?:meus )?)?(?:follow[- ]?ups?|lembretes|tarefas|pendentes)\??$",
        r"^o que (?:tenho|há) (?:para hoje|pendente|em aberto)",
    ),
    "birthdays": (r"\banivers[aá]rios?\b", r"\bfaz(?:em)? anos\b"),
    "at_risk": (r"\bem risco\b", r"\ba (?:perder|arrefecer)\b", r"\bquem (?:est[aá]|estão) em risco\b"),
    "list_contacts": (
        r"\bn[aã]o (?:falamos|falei|contact[aá]mos|contactei|ligamos|liguei)\b",
        r"\bsem contac?to (?:h[aá]|desde|em)\b",
    ),
    "record_purchase": (r"\b(?:comprou|compraram|encomendou|renovou|adquiriu|assinou)\b",),
    "update_deal": (
        r"\b(?:neg[oó]cio|oportunidade)\b.*\b(?:para|passa|est[aá])\b",
        r"\b(?:neg[oó]cio|oportunidade|deal)\b.*\b(?:qualifica[çc][aã]o|proposta|negocia[çc][aã]o|ganh[oa]|perdid[oa]|assinad[oa])\b",
    ),
    "schedule_followup": (
        r"^(?:lembra(?:-me|r)?|lembrete|relembra(?:-me)?|recorda(?:-me)?|follow[- ]?up|f/u)\b",
        r"^(?:tenho (?:de|que)\s+|preciso (?:de\s+)?|devo\s+|temos (?:de|que)\s+)"
        r"(?:ligar|telefonar|enviar|mandar|falar|visitar|contactar|escrever|responder)\b",
        r"^(?:ligar|telefonar|voltar a ligar|enviar|mandar|contactar|visitar|escrever|marcar)\b",
    ),
    "log_interaction": (
        r"^(?:liguei|telefonei|falei|conversei|reuni|encontrei|almocei|jantei|visitei|enviei|mandei|escrevi|"
        r"estive com|tomei (?:um )?caf[eé])\b",
        r"^(?:chamada|liga[cç][aã]o|telefonema|reuni[aã]o|encontro|almo[cç]o|jantar|caf[eé]|visita|e-?mail|"
        r"mensagem|nota|whatsapp|sms)\b",
        r"^(?:tive|fiz) (?:uma |um )?(?:chamada|liga[cç][aã]o|reuni[aã]o|almo[cç]o|visita|conversa|demo)\b",
        r"^[\w'.-]+(?: [\w'.-]+){0,3} (?:ligou|telefonou|escreveu|mandou|enviou|visitou|apareceu)\b",
    ),
    "find_contact": (
        r"^(?:procura(?:r)?|encontra(?:r)?|mostra(?:r)?|quem [eé]|ficha|dados de|info(?:rma[cç][aã]o)?)\b",
    ),
}

KIND_WORDS: dict[str, str] = {
    "liguei": "call",
    "telefonei": "call",
    "falei": "call",
    "conversei": "call",
    "chamada": "call",
    "ligacao": "call",
    "ligação": "call",
    "telefonema": "call",
    "reuni": "meeting",
    "reuniao": "meeting",
    "reunião": "meeting",
    "encontrei": "meeting",
    "encontro": "meeting",
    "almoco": "meeting",
    "almoço": "meeting",
    "almocei": "meeting",
    "jantar": "meeting",
    "jantei": "meeting",
    "cafe": "meeting",
    "café": "meeting",
    "visitei": "visit",
    "visita": "visit",
    "email": "email",
    "e-mail": "email",
    "escrevi": "email",
    "mensagem": "message",
    "whatsapp": "message",
    "sms": "message",
    "nota": "note",
    "conheci": "meeting",
}

KIND_PHRASES: dict[str, str] = {
    "enviei um email": "email",
    "enviei email": "email",
    "mandei um email": "email",
    "mandei email": "email",
    "enviei uma mensagem": "message",
    "mandei mensagem": "message",
    "mandei uma mensagem": "message",
    "mandei whatsapp": "message",
    "mandei um whatsapp": "message",
    "estive com": "meeting",
    "tomei um café": "meeting",
    "tomei café": "meeting",
    "tomei um cafe": "meeting",
    "passei lá": "visit",
    "passei pela": "visit",
    "passei pelo": "visit",
    "passei na": "visit",
    "passei no": "visit",
}
KIND_TYPOS: dict[str, str] = {"ligeui": "call", "reuniao:": "meeting", "telefonema:": "call"}

REF_STOP_WORDS = frozenset(
    [
        "sobre",
        "acerca",
        "por",
        "porque",
        "que",
        "quer",
        "queria",
        "quis",
        "precisa",
        "pediu",
        "disse",
        "ontem",
        "hoje",
        "amanhã",
        "amanha",
        "ela",
        "ele",
        "eles",
        "elas",
        "é",
        "e",
        "mas",
        "na",
        "no",
        "em",
        "para",
        "pra",
        "ao",
        "às",
        "as",
        "os",
        "sobre:",
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
        "passada",
        "passado",
        "lembrar",
        "lembra-me",
        "voltar",
        "ligar",
        "follow",
        "f/u",
        "esta",
        "este",
        "nesta",
        "neste",
        "tem",
    ]
)
REF_INTRO = r"(?:com|para|pra|a|ao|à|o)"
INTRO_WORDS = frozenset(
    [
        "com",
        "para",
        "pra",
        "a",
        "ao",
        "à",
        "o",
        "os",
        "as",
        "c/",
        "sr",
        "sra",
        "sr.",
        "sra.",
        "dr",
        "dra",
        "dr.",
        "dra.",
        "senhor",
        "senhora",
        "dona",
        "d.",
        "do",
        "da",
    ]
)
COMPANY_MARKERS = r"(?:da empresa|na empresa|@|\bna\b|\bno\b)"

FOLLOW_UP_MARKERS = (
    r"\b(?:f/u|follow[- ]?up|lembra(?:-me|r)?|relembrar|voltar a (?:ligar|falar|contactar)|ligar de novo|"
    r"retomar|(?:ligar|falar|contactar)(?: de novo)? (?:na|no|em|daqui|amanh)|"
    r"(?:ligar|liga|telefonar|escrever|mandar mensagem|falar)-lhe\b|"
    r"(?:ligar|falar|contactar) (?:segunda|ter[çc]a|quarta|quinta|sexta|s[aá]bado|domingo)\b)"
)
FOLLOW_UP_LEAD = (
    r"^\s*(?:lembra-me|lembra me|lembrar-me|lembrar|lembrete|relembra-me|recorda-me|follow[- ]?up|f/u|"
    r"tenho (?:de|que)|preciso(?: de)?|devo|temos (?:de|que))\s*(?:de\s+|que\s+|:\s*)?"
)
FOLLOW_UP_VERBS = (
    r"(?:voltar a ligar|ligar|telefonar|enviar|mandar|falar|visitar|contactar|escrever|responder|marcar reuni[aã]o)"
)
LOG_LEAD = r"^\s*(?:(?:nota|log)\s*[:\-]?\s*|(?:anota|aponta|regista|registra)(?:\s+a[ií])?\s+que\s+)?(?:(?:eu|hoje)\s+)?(?:(?:tive|fiz)\s+(?:uma?\s+)?)?(?:(?:breve|r[aá]pid[ao]|boa)\s+)*"

KIND_AFTER = (
    r"^(?P<name>[\w'.-]+(?:\s+[\w'.-]+){0,3}?)\s+"
    r"(?P<verb>ligou|telefonou|escreveu|mandou|enviou|visitou|apareceu)\b"
)
KIND_AFTER_WORDS = {
    "ligou": "call",
    "telefonou": "call",
    "escreveu": "email",
    "mandou": "message",
    "enviou": "email",
    "visitou": "visit",
    "apareceu": "visit",
}

CORRECTION_PATTERNS = (
    r"^(?:n[aã]o|afinal|desculpa|ops|correc?[cç][aã]o)\b[,.!:]*\s*(?:foi|era)\b",
    r"^(?:muda|mudar|altera|alterar|corrige|corrigir) (?:a data|o dia|a hora|o tipo)\b",
    r"^foi (?:uma? )?(?:chamada|reuni[aã]o|e-?mail|mensagem|visita|nota|ontem|anteontem)\b",
)
CORRECTION_WITH = r"\b(?:com)\s+"
DEBUG_PATTERNS = (r"^o que (?:percebeste|entendeste|voc[eê] entendeu)\b",)

QUERY_FILLERS = frozenset(
    [
        "procurar",
        "procura",
        "encontrar",
        "encontra",
        "mostrar",
        "mostra",
        "quem",
        "é",
        "e",
        "o",
        "a",
        "os",
        "as",
        "ficha",
        "dados",
        "de",
        "do",
        "da",
        "info",
        "informação",
        "sobre",
        "contacto",
        "contato",
        "por",
        "favor",
        "pf",
    ]
)

NAME_WORDS = frozenset(["rosa", "graça", "gloria", "glória", "domingos", "socorro", "dores", "luz"])
PERIOD_WORDS = {
    "hoje": "today",
    "amanhã": "tomorrow",
    "amanha": "tomorrow",
    "mês": "month",
    "mes": "month",
    "semana": "week",
}
PURCHASE_VERBS = r"(?:comprou|compraram|encomendou|renovou|adquiriu|assinou)"
PRODUCT_NOISE = r"\b(?:licen[cç]as?|lugares|unidades?|dias?|horas?|utilizadores|usu[aá]rios|pessoas|assinaturas?|de|o|a|os|as|um|uma|plano|mais)\b"

FUZZY_KEYWORDS: dict[str, str] = {
    "aniversários": "birthdays",
    "aniversarios": "birthdays",
    "ajuda": "help",
    "desfazer": "undo",
    "lembretes": "list_followups",
}

SEND_VERBS = r"(?:enviar|mandar|reencaminhar)"
RECIPIENT_INTRO = r"(?:ao|à|aos|às|para o|para a|para|pro|pra|a)"
TASK_VERBS = r"(?:preparar|acabar|terminar|rever|atualizar|verificar|reservar|renovar|pagar|faturar|imprimir)"
GREETING = (
    r"^(?:ol[aá]|oi|bom dia|boa tarde|boa noite)(?:[\s,!.]+(?:tudo bem|como est[aá]s?|como vai)(?: por a[ií])?)?\W*$"
)

# Questions about figures, as the English words the frame reader reads (bot/nlu/insight_terms.py). In order:
# the longer phrases first, the single words last.
INSIGHT_TERMS = (
    (r"\b(?:resumo|briefing|ponto de situa[çc][aã]o)\s+(?:sobre|d[aoe]s?|para)\s+(?:a\s+|o\s+)?", "brief me on "),
    (r"\bprepara(?:-me|r)?\s+(?:a\s+)?(?:reuni[aã]o\s+)?(?:com|sobre|para)\s+(?:a\s+|o\s+)?", "brief me on "),
    (r"\bo que (?:é que )?(?:a |o )?(.+?) n[aã]o (?:compra|comprou|compram)\b", r"what does \1 not buy"),
    (r"\bo que (?:é que )?(?:a |o )?(.+?) (?:compra|comprou|compram|compraram)\b", r"what does \1 buy"),
    (r"\bvendas? cruzadas?\b", "cross-sell"),
    (r"\bvalor (?:vital[ií]cio|ao longo da vida|do tempo de vida)(?: do cliente)?\b", "lifetime value"),
    (r"\btaxa de (?:abandono|perda|churn|cancelamento)\b", "churn rate"),
    (r"\btaxa de (?:sucesso|convers[aã]o|ganho|fecho)\b", "win rate"),
    (r"\bsegmentos? rfm\b", "RFM segments"),
    (r"\bcampe[õo]es\b", "champions"),
    (r"\breten[çc][aã]o\b", "retention"),
    (r"\bcoortes?\b", "cohort"),
    (r"\b(?:os\s+)?(\d{1,2}) (?:melhores|maiores|principais) clientes\b", r"top \1 customers"),
    (r"\b(?:melhores|maiores|principais) clientes\b", "top customers"),
    (r"\btop (\d{1,2}) (?:de )?clientes\b", r"top \1 customers"),
    (r"\b(?:os\s+)?(\d{1,2}) piores clientes\b", r"bottom \1 customers"),
    (r"\bpiores clientes\b", "bottom customers"),
    (r"\bclientes mais rent[aá]veis\b", "most profitable customers"),
    (r"\b(?:classifica(?:r|[çc][aã]o)?|ranking|ordena(?:r)?)\s+(?:d?os\s+)?clientes\b", "rank customers"),
    (r"\bneg[oó]cios\s+(?:parados|estagnados|presos|encalhados)\b", "stuck deals"),
    (r"\b(?:fases|etapas|est[aá]gios) do ciclo de vida\b|\bciclo de vida\b", "lifecycle stages"),
    (r"\bprefer[eê]ncias de canal\b|\bcanais preferidos\b|\bcanal preferido\b|\bcanais\b", "channel preferences"),
    (r"\b(?:a\s+)?minha semana\b", "my week"),
    (r"\bfunil(?: de vendas)?\b", "pipeline"),
    (r"\bprevis[aã]o(?: de vendas)?\b", "forecast"),
    (
        r"\b(?:receitas?|fatura[çc][aã]o|faturamento|volume de neg[oó]cios|vendas)\b|"
        r"\bquanto (?:é que )?(?:vendemos|vendi|vendeste|faturamos|fatur[aá]mos)\b",
        "revenue",
    ),
    (r"\bmargens?\b", "margin"),
    (r"\blucros?\b", "profit"),
    (r"\bpor segmentos?\b", "by segment"),
    (r"\bpor (?:etiquetas?|tags?)\b", "by tag"),
    (r"\bpor (?:empresas?|organiza[çc][aãõo]+e?s?)\b", "by organization"),
    (r"\bpor (?:respons[aá]vel|dono|comercial|vendedor|gestor)\b", "by owner"),
    (r"\bpor risco\b", "by risk"),
    (r"\bpor lucro\b", "by profit"),
    (r"\b(?:neste|este) m[eê]s\b", "this month"),
    (r"\b(?:no\s+)?m[eê]s passado\b", "last month"),
    (r"\b(?:neste|este) trimestre\b|\bdo trimestre\b(?! passado)|\btrimestre atual\b", "this quarter"),
    (r"\b(?:no\s+)?trimestre passado\b", "last quarter"),
    (r"\b(?:neste|este) ano\b", "this year"),
    (r"\b(?:no\s+)?ano passado\b", "last year"),
    (r"\bdesde sempre\b|\bde sempre\b", "all time"),
    (r"\b(?:nos\s+)?[uú]ltim[oa]s (\d{1,4}) dias\b", r"last \1 days"),
    (r"\b(?:nas\s+)?[uú]ltimas (\d{1,4}) semanas\b", r"last \1 weeks"),
    (r"\b(?:nos\s+)?[uú]ltimos (\d{1,4}) meses\b", r"last \1 months"),
    (r"\b(?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas)\b", "my"),
)

# Deals: the stage a message names, and the account a deal belongs to (bot/nlu/fill_sales.fill_deal).
STAGE_PATTERNS = (
    (r"\bqualifica[çc][aã]o\b", "qualification"),
    (r"\bproposta\b", "proposal"),
    (r"\bnegocia[çc][aã]o\b", "negotiation"),
    (r"\b(?:ganh[oa]|gan?h[aá]mos|assinad[oa])\b", "won"),
    (r"\b(?:perdid[oa]|perdemos|se perdeu)\b", "lost"),
)
DEAL_REF = (
    r"\b(?:neg[oó]cio|oportunidade|deal)\s+(?:d[aoe]s?\s+|com\s+(?:[ao]\s+)?)?(.+?)\s+(?:para|passa|est[aá]|foi|em)\b",
)

# Nudge history: the period a question names, as the English key handlers/nudges.py knows.
REMINDER_PERIODS = (
    (r"\bhoje\b", "today"),
    (r"\bontem\b", "yesterday"),
    (r"\b(?:n?esta) semana\b", "this week"),
    (r"\bsemana passada\b", "last week"),
    (r"\b(?:n?este) m[eê]s\b", "this month"),
    (r"\bm[eê]s passado\b", "last month"),
)


# Matched before every other rule of the language (bot/nlu/parser.py detect_intent): creating beats adding a contact.
PRIORITY_PATTERNS: dict[str, tuple[str, ...]] = {
    # "comment on passe une affaire en gagnée ?": how to do it, before the rules that would do it
    "help": (
        r"^como (?:é que )?(?:se |posso |faço (?:para )?|mudo |passo |registo |registro |adiciono |crio |marco |apago )",
    ),
    # A contract renewal date is an update of the organization (bot/nlu/fill_changes.py: fill_renewal).
    "update_contact": (
        r"^(?:o )?contrato d[aoe] [^,;:?]+? (?:renova(?:-se)?|é renovado|vence)\b",
        r"^(?:a |o )?(?:[^\s,;:?]+ ){0,3}[^\s,;:?]+ renova(?: o contrato)? (?:a|em|no dia) (?!.*\?)",
    ),
    "my_settings": (
        r"^(?:a )?minha l[ií]ngua\b",
        r"^(?:o )?meu (?:idioma|fuso(?: hor[aá]rio)?)\b",
        r"^(?:envia|manda)(?:-me)? o (?:meu )?resumo\b",
    ),
    "who_changed": (r"^quem (?:alterou|mudou|modificou|editou) ",),
    "create_deal": (
        r"^(?:novo|nova|criar|cria|abrir|abre|adicionar?) (?:um |uma )?(?:novo |nova )?(?:neg[oó]cio|oportunidade|deal)\b",
    ),
    "add_organization": (r"^(?:adicionar?|nova|criar|cria) (?:a |uma )?(?:nova )?(?:empresa|organiza[çc][aã]o)\b",),
}
# ---- A rede à volta dos clientes e o que eles valorizam (bot/nlu/fill_network.py; formato em en.py).
_LINK_ROLES = (
    r"fornecedor(?:a|es)?|parceir[oa]s?|investidor(?:a|es)?|revendedor(?:a|es)?|subsidi[aá]rias?|filial|filiais|"
    r"concorrentes?|decisor(?:a|es)?|quem decide|campe[aã]o|campe[aã]|defensor(?:a)?|bloqueador(?:a)?|"
    r"membro do conselho|conselheir[oa]|consultor(?:a)?"
)
_NO_LEAD = r"^(?!.*\?\s*$)(?!(?:quando|quem|qual|quais|onde|como|porque|eu|n[oó]s|ele|ela|liguei|falei|reuni[aã]o|nota|lembra|enviei|tive)\b)(?:(?:o|a)\s+)?"
NETWORK_FRAMES: tuple[tuple[str, str, str], ...] = (
    (
        "offer",
        "offer",
        r"^o que (?:é que )?(?:devo|posso|devemos|podemos|deveria|devia) (?:oferecer|propor|vender)(?: (?:a|à|ao|aos|às|para a|para o))? (?P<b>.+?)\W*$",
    ),
    ("offer", "offer", r"^(?:proposta de valor|o que propor) (?:para|à|ao|a) (?P<b>.+?)\W*$"),
    (
        "network",
        "introduced",
        r"^quem (?:nos|me) (?:apresentou|indicou|recomendou|trouxe) (?:a |à |ao |o )?(?P<b>.+?)\W*$",
    ),
    ("network", "introduced", r"^como (?:é que )?(?:conhecemos|chegámos|chegamos) (?:a |à |ao |o )?(?P<b>.+?)\W*$"),
    (
        "network",
        "connected",
        r"^como (?:é que )?(?:estamos|chegamos|nos ligamos) (?:ligados |relacionados |conectados )?(?:a|à|ao|com a|com o|com) (?P<b>.+?)\W*$",
    ),
    ("network", "people", r"^quem (?:é que )?(?:conhecemos|conheço|conhecemos nós) (?:na|no|em|da|do) (?P<b>.+?)\W*$"),
    ("network", "people", r"^quem é quem (?:na|no|em) (?P<b>.+?)\W*$"),
    ("network", "decision_makers", r"\b(?:decisores|quem decide)\b.*\b(?:neg[oó]cios|oportunidades)\b"),
    ("network", "referrals", r"^(?:que|quais) parceiros\b.*\b(?:receita|vendas|mais|dinheiro)\b"),
    (
        "network",
        "ours",
        r"^(?:os )?(?:nossos|meus|todos os) (?P<rel>parceiros|fornecedores|investidores|revendedores)\W*$",
    ),
    (
        "network",
        "related",
        r"^(?:quem são )?(?:os |as )?(?P<rel>fornecedores|parceiros|investidores|revendedores|subsidi[aá]rias|filiais|concorrentes|decisores) d[aeo]s? (?P<b>.+?)\W*$",
    ),
    ("network", "related", r"^quem (?P<rel>fornece|investe n[ao]|revende|concorre com) (?P<b>.+?)\W*$"),
    ("find_facts", "promise", r"^o que (?:é que )?(?:prometemos|prometi) (?:a |à |ao |aos |às )?(?P<b>.+?)\W*$"),
    ("find_facts", "promise", r"^(?:as )?promessas (?:em aberto|abertas|pendentes)\W*$"),
    (
        "find_facts",
        "about",
        r"^(?:do )?que (?:é que )?(?:precisa|necessita|quer|valoriza|prefere) (?:a |o )?(?P<b>.+?)\W*$",
    ),
    ("find_facts", "about", r"^o que (?:é que )?(?:a |o )?(?P<b>.+?) (?:precisa|necessita|quer|valoriza|prefere)\W*$"),
    (
        "find_facts",
        "topic",
        r"^quem (?:precisa|necessita|quer|pediu|valoriza|se queixa|se queixou|reclama|reclamou) (?:de |do |da |dos |das )?(?P<topic>.+?)\W*$",
    ),
    (
        "find_facts",
        "topic",
        r"^(?:notas|factos|fatos|tudo) (?:que mencion(?:a|am)|sobre|a mencionar|com) (?P<topic>.+?)\W*$",
    ),
    (
        "record_link",
        "introduced",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) (?:apresentou-nos|nos apresentou|indicou-nos|nos indicou|recomendou-nos|nos recomendou) (?:a |à |ao |o )?(?P<b>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "move",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) (?:saiu|deixou|trocou) (?:d[ao] |a |o )?(?P<b>.+?) (?:para|pela|pelo) (?:a |o )?(?P<c>[^?]+?)\W*$",
    ),
    ("record_link", "move", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:mudou-se|foi|passou) para (?:a |o )?(?P<c>[^?]+?)\W*$"),
    ("record_link", "supplier", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:fornece|abastece) (?:a |o )?(?P<b>[^?]+?)\W*$"),
    ("record_link", "investor", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:investe|investiu) n[ao] (?P<b>[^?]+?)\W*$"),
    ("record_link", "reseller", _NO_LEAD + r"(?P<a>[^,;:?]+?) revende (?:a |o )?(?P<b>[^?]+?)\W*$"),
    ("record_link", "competitor", _NO_LEAD + r"(?P<a>[^,;:?]+?) concorre com (?:a |o )?(?P<b>[^?]+?)\W*$"),
    ("record_link", "reports_to", _NO_LEAD + r"(?P<a>[^,;:?]+?) (?:reporta|responde) (?:a|à|ao) (?P<b>[^?]+?)\W*$"),
    ("record_link", "knows", _NO_LEAD + r"(?P<a>[^,;:?]+?) conhece (?:a |o )?(?P<b>[^?]+?)\W*$"),
    (
        "record_link",
        "role",
        r"^(?:o |a )?(?P<role>" + _LINK_ROLES + r") d[aeo] (?P<b>[^,;:?]+?) é (?:a |o )?(?P<a>[^?]+?)\W*$",
    ),
    (
        "record_link",
        "role",
        _NO_LEAD
        + r"(?P<a>[^,;:?]+?) é (?:o |a |um |uma |o nosso |a nossa )?(?P<role>[^?]{2,60}?) (?:d[aeo]|n[ao]) (?P<b>[^?]+?)\W*$",
    ),
    (
        "record_need",
        "promise",
        r"^(?:eu |nós )?(?:prometi|prometemos) (?:a |à |ao |aos )?(?P<a>.+?) (?P<what>(?:um|uma|o|a|os|as|que|desconto|mais)\b.*)$",
    ),
    (
        "record_need",
        "verb",
        _NO_LEAD
        + r"(?P<a>[^,;:?]{2,60}?) (?P<verb>precisaria|gostaria de|queria|procura|precisa|necessita|quer|exige|valoriza|prefere|dá mais valor a|queixa-se|se queixa|reclama|está preocupad[oa] com|não gosta|objeta|pediu) (?P<what>[^?]+)$",
    ),
)
NETWORK_WORDS: dict[str, str] = {
    "precisa": "need", "necessita": "need", "quer": "need", "exige": "need", "pediu": "need",
    "valoriza": "preference", "prefere": "preference", "dá mais valor a": "preference",
    "queixa-se": "pain", "se queixa": "pain", "reclama": "pain", "está preocupado com": "pain",
    "está preocupada com": "pain", "não gosta": "objection", "objeta": "objection",
    "fornecedor": "supplier", "fornecedora": "supplier", "fornecedores": "supplier", "parceiro": "partner",
    "parceira": "partner", "parceiros": "partner", "investidor": "investor", "investidora": "investor",
    "investidores": "investor", "revendedor": "reseller", "revendedora": "reseller", "revendedores": "reseller",
    "subsidiária": "subsidiary", "subsidiaria": "subsidiary", "subsidiárias": "subsidiary", "filial": "subsidiary",
    "filiais": "subsidiary", "concorrente": "competitor", "concorrentes": "competitor", "decisor": "decision_maker",
    "decisora": "decision_maker", "decisores": "decision_maker", "quem decide": "decision_maker",
    "campeão": "champion", "campeã": "champion", "defensor": "champion", "defensora": "champion",
    "bloqueador": "blocker", "bloqueadora": "blocker", "membro do conselho": "board_member",
    "conselheiro": "advisor", "conselheira": "advisor", "consultor": "advisor", "consultora": "advisor",
    "fornece": "supplier", "investe na": "investor", "investe no": "investor", "revende": "reseller",
    "concorre com": "competitor",
}  # fmt: skip
NETWORK_AND = r"\s+(?:e|&)\s+"
NETWORK_ARTICLES = r"^(?:o|a|os|as|um|uma|o nosso|a nossa)\s+"
PRIORITY_PATTERNS = {
    **{i: tuple(p for j, _, p in NETWORK_FRAMES if j == i) for i in dict.fromkeys(j for j, _, _ in NETWORK_FRAMES)},
    **globals().get("PRIORITY_PATTERNS", {}),
}
NETWORK_TOPIC_STOP = frozenset(
    ["de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "o", "a", "os", "as", "um", "uma", "em", "com", "sobre"]
)
