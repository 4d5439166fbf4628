"""Portuguese texts (European Portuguese, understood in Brazil)."""

TEXTS: dict[str, str] = {
    "refuse.unknown_user": (
        "Desculpe, só trabalho com a equipa e ainda não o conheço. "
        "Peça um código a um administrador e envie /link CÓDIGO."
    ),
    "refuse.too_long": "Essa mensagem tem {length} caracteres; o limite é {limit}. Nada foi guardado.",
    "refuse.empty": 'Recebi uma mensagem vazia. Experimente "ajuda" para ver o que sei fazer.',
    "error.internal": "Algo correu mal do meu lado, por isso nada foi guardado. Tente de novo.",
    "error.bad_input": "{problem} Nada foi guardado.",
    "link.ok": 'Ligado: é {name} ({role}). Experimente "ajuda".',
    "link.bad": "Esse código não é válido ou expirou. Peça um novo a um administrador.",
    "link.usage": "Envie /link CÓDIGO com o código que um administrador lhe deu.",
    "link.issued": "Código para {name}: {code} (válido 24 horas). Enviam /link {code} ao bot.",
    "link.need_admin": "Só um administrador pode emitir códigos.",
    "link.no_staff": "Não há nenhum membro da equipa chamado {name}.",
    "start": (
        "Olá! Guardo as relações da equipa com os clientes nesta conversa.\n"
        "Para começar, envie /link CÓDIGO com o código que um administrador lhe deu.\n"
        'Depois experimente: "liguei para a Maria Silva, quer o premium, lembrar na próxima terça", "Acme?" ou '
        '"ajuda".'
    ),
    "help": (
        "O que entendo (palavras simples e comandos /):\n"
        "• adiciona Chen Wei, chen@example.cn, +86 138 0013 8000, trabalha na Dragon Trade — novo contacto\n"
        "• liguei para a Maria Silva, quer o premium, lembrar na próxima terça às 15h — registar uma chamada (/log)\n"
        "• Maria? / procurar acme / procurar chen@example.cn — procurar um contacto (/find)\n"
        "• lembra-me de ligar à Ana daqui a 2 semanas — um follow-up (/followup)\n"
        "• os meus follow-ups — o que está pendente\n"
        "• aniversários esta semana (/bday) · quem está em risco? (/atrisk) · com quem não falamos há 60 dias?\n"
        "• desfazer — anula a sua última alteração (/undo)"
    ),
    "unknown": 'Desculpe, não percebi "{text}". Pode experimentar:\n{examples}',
    "contact.added": "Adicionado: {name}{details}.",
    "contact.exists": "{name} já existe; atualizei o que era novo{details}.",
    "contact.updated": "Atualizado {name}: {changes}.",
    "contact.nothing_to_update": "Não vi nada para alterar em {name}.",
    "contact.not_found": 'Não encontrei "{query}".',
    "contact.offer_create": 'Ainda não conheço "{query}". Adicionar como novo contacto?',
    "contact.need_name": "Que contacto? Dê-me um nome, um email ou um telefone.",
    "contact.ambiguous": 'Qual "{query}"? Responda com um número ou toque num:',
    "contact.found_many": '{count} contactos correspondem a "{query}":',
    "contact.org_members": "{org}: {count} contacto(s).",
    "card.company": "Empresa",
    "card.stage": "Fase",
    "card.owner": "Responsável",
    "card.email": "Email",
    "card.phone": "Telefone",
    "card.birthday": "Aniversário",
    "card.tags": "Etiquetas",
    "card.last_touch": "Último contacto",
    "card.never": "nunca",
    "card.recent": "Recente:",
    "card.follow_ups": "Follow-ups em aberto:",
    "card.deals": "Negócios em aberto:",
    "card.notes": "Notas",
    "logged": "Registado: {kind} com {name}{org}, {when}.",
    "logged.again": "Já registado: {kind} com {name}, {when}. Nada de novo foi guardado.",
    "followup.logged": "Follow-up {when}.",
    "followup.set": "Follow-up {when}: {text}.",
    "followup.need_date": 'Quando devo lembrar? Ex.: "lembrar a Ana na próxima terça".',
    "followup.none": "Nenhum follow-up em aberto. Boa!",
    "followup.list": "Os seus follow-ups em aberto:",
    "followup.done": "Feito: {text}.",
    "followup.snoozed": "Adiado até {when}.",
    "undo.done": "Desfeito: {what}.",
    "undo.nothing": "Não há nada seu para desfazer.",
    "cancelled": "OK, cancelado. Nada foi guardado.",
    "pending.expired": "Essa pergunta expirou; pergunte de novo.",
    "button.create": "Criar",
    "button.cancel": "Cancelar",
    "button.done": "Feito",
    "button.snooze_day": "Adiar 1 dia",
    "button.snooze_week": "Adiar 1 semana",
    "button.log": "Registar",
    "button.more": "Mais",
    "kind.call": "chamada",
    "kind.meeting": "reunião",
    "kind.email": "email",
    "kind.message": "mensagem",
    "kind.note": "nota",
    "kind.visit": "visita",
    "when.today": "hoje {time}",
    "when.yesterday": "ontem {time}",
    "when.tomorrow": "amanhã {time}",
    "birthdays.none": "Nenhum aniversário {period}.",
    "birthdays.header": "Aniversários {period} ({count}):",
    "birthdays.unknown": 'Não sei o aniversário de {name}. Acrescente com "aniversário de {name} é 3 de maio".',
    "birthdays.one": "O aniversário de {name} é {date}; o próximo é {next}{turning}.",
    "list.none": "Ninguém corresponde.",
    "stale.header": "Sem contacto há {days} dias ({count}):",
    "stale.none": "Todos foram contactados nos últimos {days} dias.",
    "correction.done": "Corrigido: {kind} com {name}, {when}.",
    "correction.unchanged": "Era isso que eu já tinha; nada mudou.",
    "correction.nothing": (
        "A sua última alteração não foi um registo de interação, por isso não há nada a corrigir. "
        'Registe primeiro, ex.: "liguei para a Ana ontem".'
    ),
    "debug.header": 'Como li "{text}":',
    "debug.nothing": "Não me lembro da sua mensagem anterior (foi há muito tempo ou não houve).",
    "birthdays.period.today": "hoje",
    "birthdays.period.tomorrow": "amanhã",
    "birthdays.period.week": "nos próximos 7 dias",
    "birthdays.period.month": "este mês",
    "birthdays.turns": ", faz {age} anos",
    "cal.weekdays": "seg ter qua qui sex sáb dom",
    "cal.months": "jan fev mar abr mai jun jul ago set out nov dez",
    "example.log": "liguei para a Maria Silva, quer o premium, lembrar na próxima terça",
    "example.log_meeting": "reunião com o João ontem na feira de Lisboa",
    "example.log_followup": "falei com a Ana sobre a renovação, voltar a ligar na sexta",
    "example.find": "Acme?",
    "example.find_email": "procurar chen@example.cn",
    "example.followup": "lembra-me de ligar à Ana daqui a 2 semanas",
    "example.followup_date": "ligar ao Rui no fim do mês",
    "example.followups": "os meus follow-ups",
    "example.add": "adiciona Chen Wei, chen@example.cn, trabalha na Dragon Trade",
    "example.birthdays": "aniversários esta semana",
    "example.stale": "com quem não falamos há 60 dias?",
    "example.at_risk": "quem está em risco?",
    "example.purchase": "a Ana comprou 3 Premium por 1200 € hoje",
    "example.deal": "passa o negócio da Acme para negociação",
    "example.undo": "desfazer",
}
