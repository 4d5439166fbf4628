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
    "contact.unread_phone": 'Não consegui ler "{value}" como número de telefone, por isso nada foi guardado. Envie o contacto de novo com o número em formato internacional (ex.: +351 912 345 678), ou sem ele.',
    "contact.unread_email": 'Não consegui ler "{value}" como endereço de e-mail, por isso nada foi guardado. Envie o contacto de novo com o endereço corrigido, ou sem ele.',
    "input.too_long": "O campo {field} tem {length} caracteres; o limite é {limit}. Nada foi guardado.",
    "field.company": "nome da empresa",
    "field.name": "nome",
    "field.notes": "notas",
    "field.summary": "resumo",
    "field.title": "título",
    "field.email": "e-mail",
    "field.tag": "etiqueta",
    "field.text": "texto",
    "input.bad_value": "Esse valor não é um dos que este formulário oferece; escolha de novo.",
    "nudge.resent": "(reenviado) {text}",
    "input.stale_button": "Esse botão está desatualizado ou não é meu, por isso nada foi alterado.",
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
    "privacy.dm_only": "Outras pessoas leem esta conversa; essa resposta só a dou numa mensagem direta: pergunte-me lá.",
    "contact.taken": "Esse email ou telefone já está num contacto fora da sua equipa, por isso não o guardei. Peça a um gestor ou administrador se for para mudar.",
    # Insight answers
    "period.last_days": "nos últimos {n} dias",
    "period.last_weeks": "nas últimas {n} semanas",
    "period.last_months": "nos últimos {n} meses",
    "period.last_years": "nos últimos {n} anos",
    "period.all": "em todo o histórico",
    "period.mtd": "este mês",
    "period.lm": "no mês passado",
    "period.qtd": "este trimestre",
    "period.lq": "no trimestre passado",
    "period.ytd": "desde o início de {year}",
    "period.ly": "em {year}",
    "dim.segment": "segmento",
    "dim.tag": "etiqueta",
    "dim.organization": "empresa",
    "dim.owner": "responsável",
    "measure.revenue": "receita",
    "measure.profit": "lucro",
    "insight.customers.profit": ", lucro {profit}",
    "insight.brief.at_risk": "em risco",
    "insight.brief.fine": "tudo bem",
    "rfm.champions": "campeões",
    "rfm.loyal": "fiéis",
    "rfm.promising": "promissores",
    "rfm.at_risk": "em risco",
    "rfm.hibernating": "hibernados",
    "insight.cohorts.line": "• {month}: {size} novos — {shares}",
    "insight.risk.line": "• {name}: sem contacto há {days} dias, {rhythm} — ×{ratio}",
    "insight.risk.rhythm": "normalmente a cada ~{days} dias",
    "insight.risk.no_rhythm": "ainda sem ritmo habitual",
    "insight.idle.line": "• {title}: em {stage} há {days} dias (limite {limit}) — {value}",
    "insight.cross_sell.idea": "• {b} — {share} dos compradores de {a} também compraram {b} ({both} de {buyers})",
    "insight.cross_sell.rule": (
        "• {a} → {b}: {share} ({both} de {buyers}), lift {lift}; compraram {a} mas nunca {b}: {missing}"
    ),
    "insight.no_purchases": "Nenhuma compra registada {period}.",
    "insight.revenue.header": "Receita por {by} {period} (por moeda, nunca convertida):",
    "insight.revenue.margin": ", margem {margin} ({share})",
    "insight.revenue.counts": "{customers} clientes, {purchases} compras",
    "insight.revenue.tag_overlap": (
        "Um cliente com várias etiquetas conta em cada uma, por isso os totais por etiqueta sobrepõem-se."
    ),
    "insight.revenue.margin_note": "A margem só abrange produtos com custo unitário na moeda da compra.",
    "insight.customers.top": "Os {count} melhores clientes por {by} {period}:",
    "insight.customers.bottom": "Os {count} piores clientes por {by} {period} (entre os que compraram):",
    "insight.rfm.header": "Segmentos RFM de {total} clientes (todos os que têm alguma compra):",
    "insight.rfm.how": (
        "Pontuações 1-5 por quintil: R = quão recente é a última compra, F = quantas compras, M = quanto "
        "(dentro da sua moeda). Campeões R≥4 e FM≥4; fiéis R≥3 e FM≥3; promissores R≥3; em risco R≤2 e FM≥3; "
        "hibernados os restantes (FM = média de F e M, arredondada para cima)."
    ),
    "insight.ltv.header": "Valor de vida do cliente por segmento (por moeda):",
    "insight.ltv.segment": "• {segment} ({currency}): média {average} em {customers} clientes; projetado {projected}",
    "insight.ltv.best": "Maior valor de vida até agora:",
    "insight.ltv.lifetime": "Duração esperada de um cliente: {years} anos (churn anual {churn}).",
    "insight.churn": (
        "Churn {period}: {rate} — {churned} de {active} clientes ativos no início não fizeram nenhuma compra nos "
        "{days} dias até ao fim. (Ativo = pelo menos uma compra nos {days} dias anteriores.)"
    ),
    "insight.cohorts.header": (
        "Retenção por coorte mensal (coorte = mês da primeira compra; parte que volta a comprar 1, 2, 3 meses depois):"
    ),
    "insight.channels.none": "Nenhuma interação registada nos últimos 12 meses.",
    "insight.channels.header": "Distribuição por canal das interações registadas, últimos 12 meses:",
    "insight.as_of": "Valores à data de {at} (o resumo noturno; os totais desde sempre são em tempo real).",
    "insight.cohorts.as_of": "Coortes à data de {at} (o resumo noturno).",
    "insight.ltv.as_of": (
        "Valores por segmento e churn à data de {at} (o resumo noturno); os valores mais altos são em tempo real."
    ),
    "insight.rank.risk": "Clientes por risco (silêncio ÷ o seu intervalo habitual entre contactos; ⚠ a partir de ×{factor}):",
    "insight.pipeline.header": (
        "Pipeline: {count} negócios em aberto no valor de {value}; ponderado pela probabilidade {weighted}."
    ),
    "insight.pipeline.closed_suffix": " (fechados nos últimos 90 dias)",
    "insight.win_rate": (
        "Taxa de sucesso {period}: {rate} — {won} ganhos ({won_value}) e {lost} perdidos ({lost_value}). "
        "Taxa de sucesso = ganhos ÷ (ganhos + perdidos), negócios fechados no período, por número."
    ),
    "insight.idle.none": "Nenhum negócio ficou na sua fase mais tempo do que o limite. 👍",
    "insight.idle.header": "{count} negócio(s) parado(s) além do limite da sua fase:",
    "insight.idle.limits": "Limites: {limits} (CRM_STAGE_IDLE_DAYS).",
    "insight.lifecycle.header": "Fases do ciclo de vida de {total} contactos:",
    "insight.week.header": "Os últimos 7 dias:",
    "insight.week.row": (
        "• {name}: {logged} interações registadas{kinds}; {done} follow-ups feitos, {overdue} em atraso, "
        "{coming} para os próximos 7 dias"
    ),
    "insight.cross_sell.none": "Ainda não há padrões fortes de produtos (são precisos pelo menos 3 compradores de um produto).",
    "insight.cross_sell.header": "Padrões fortes de venda cruzada (comprou A → também comprou B):",
    "insight.cross_sell.targets": "Compraram {a} mas nunca {b}: {names}",
    "insight.cross_sell.contact": "Ideias para {name}:",
    "insight.cross_sell.contact_none": "Nada de óbvio para {name}: já tem o que os clientes semelhantes compram.",
    "insight.brief.need_name": 'Sobre quem? Ex.: "resumo sobre a Acme".',
    "insight.brief.people": "Pessoas: {people}",
    "insight.brief.revenue": "Comprado nos últimos 12 meses: {revenue}",
    "insight.brief.buys": "Compra: {products}",
    "insight.brief.never": "Nunca comprou: {products}",
    "insight.brief.recent": "Últimas interações:",
    "insight.brief.deals": "Negócios em aberto:",
    "insight.brief.risk": "Risco: {level} — {name} sem contacto há {days} dias, ×{ratio} o seu intervalo habitual.",
    "insight.brief.risk_none": "Risco: ainda não há um ritmo do cliente para comparar.",
    "insight.products.header": "O que {name} compra:",
    "insight.products.nothing": "• ainda nada",
    "insight.rfm.examples": " — p. ex. {names}",
    # Slack form, home page, command menu, purchases and deals, reminders, at-risk, privacy and chat import.
    "form.title": "Registar no CRM",
    "form.submit": "Registar",
    "form.cancel": "Cancelar",
    "form.contact": "Contacto",
    "form.kind": "Tipo",
    "form.date": "Quando",
    "form.follow_up": "Data do follow-up",
    "form.summary": "Resumo",
    "form.need_contact": "Escolha um contacto.",
    "form.bad_kind": "Escolha um tipo de interação.",
    "form.future_date": "Uma interação já aconteceu; escolha hoje ou uma data anterior.",
    "form.past_follow_up": "Um follow-up precisa de uma data posterior a hoje.",
    "home.title": "Olá {name}, eis o seu dia.",
    "home.follow_ups": "Follow-ups pendentes",
    "home.nudges": "Lembretes de hoje",
    "home.at_risk": "Clientes em risco",
    "home.none": "Nada aqui.",
    "command.help": "O que entendo, com exemplos",
    "command.find": "Procurar um contacto: /find maria",
    "command.log": "Registar uma chamada ou reunião: /log chamada com a Ana",
    "command.followup": "Criar um follow-up: /followup Ana na próxima terça",
    "command.followups": "Os seus follow-ups em aberto",
    "command.bday": "Próximos aniversários",
    "command.atrisk": "Clientes em risco",
    "command.undo": "Desfazer a sua última alteração",
    "command.link": "Ligar a sua conta: /link CÓDIGO",
    "command.start": "Como começar",
    "purchase.recorded": "Registado: {name} comprou {quantity} × {product} por {amount}, {when}.",
    "purchase.again": "Já registado: {name} comprou {product}. Nada de novo foi guardado.",
    "purchase.need_product": 'O que foi comprado? Ex.: "a Ana comprou 3 Premium por 1200 €".',
    "purchase.need_amount": (
        'Quanto custou? Ex.: "a Ana comprou 3 Premium por 1200 €" (não há preço conhecido para {product}).'
    ),
    "purchase.stage_up": "{name} é agora cliente.",
    "purchase.need_person": '{org} tem vários contactos; diga quem comprou, ex.: "a Maria da {org} comprou Premium".',
    "purchase.too_big": "Parece um erro de escrita: registo no máximo {quantity} unidades e valores abaixo de {amount}.",
    "deal.moved": "{title} passou de {old} para {new}.",
    "deal.was_since": "(Estava em {stage} desde {since}.)",
    "deal.same": "{title} já está em {stage}. Nada mudou.",
    "deal.need_stage": "Que fase? qualificação, proposta, negociação, ganho ou perdido.",
    "deal.none": 'Nenhum negócio em aberto encontrado para "{query}".',
    "deal.several": 'Vários negócios em aberto correspondem a "{query}"; indique um:',
    "button.dismiss": "Descartar",
    "nudge.done": "Feito: {text}",
    "nudge.snoozed": "Adiado até {when}.",
    "nudge.snoozed_words": "Adiado até {when}: {what}.",
    "nudge.dismissed": "Descartado: {text}",
    "nudge.log_ask": 'O que aconteceu com {name}? (ex.: "chamada: renovação acordada")',
    "nudge.logged": "Registado: {kind} com {name}; lembrete concluído.",
    "nudge.nothing_to_snooze": "Não há nenhum lembrete recente para adiar.",
    "nudge.history": "Lembretes — {period} ({count}):",
    "nudge.history_none": "Não lhe enviei lembretes ({period}).",
    "nudge.health_admin_only": "Só um administrador pode ver o estado dos lembretes.",
    "at_risk.none": (
        "Ninguém está em risco: todos os clientes com um ritmo foram contactados dentro de {factor}× "
        "o seu intervalo habitual."
    ),
    "at_risk.header": "Em risco ({count}), por valor em risco:",
    "at_risk.line": "normalmente a cada {cadence} dias, {silence} dias sem contacto, {value}",
    "at_risk.value": "{value} por ano",
    "at_risk.no_value": "sem compras no último ano",
    "privacy.exported": (
        "Exportei tudo o que está guardado sobre {name} ({interactions} interações, {purchases} compras, "
        "{follow_ups} follow-ups, {deals} negócios, {audit} entradas de auditoria) para {path}."
    ),
    "privacy.confirm_erase": (
        "Apagar {name} e tudo o que está guardado sobre essa pessoa (interações, compras, follow-ups)? "
        "Não é possível desfazer. Responda sim ou não."
    ),
    "privacy.confirm_anonymize": (
        "Anonimizar {name}? O nome, emails, telefones, notas e textos são removidos; as compras e as contagens "
        "de atividade mantêm-se para as estatísticas. Não é possível desfazer. Responda sim ou não."
    ),
    "privacy.button_erase": "Sim, apagar",
    "privacy.erased": "Apaguei {name} e tudo o que estava guardado sobre essa pessoa.",
    "privacy.anonymized": "Anonimizei {name}; as compras e as contagens de atividade mantêm-se, sem dados pessoais.",
    "privacy.outside_team": "{name} está fora da sua equipa, por isso não lhe posso passar os seus registos.",
    "privacy.reassigned": "{name} pertence agora a {owner}.",
    "privacy.reassigned_org": "{org} e {count} dos seus contactos pertencem agora a {name}.",
    "privacy.who_changed": "{who} alterou o campo {field} de {name} {when}{via}{what}.",
    "privacy.set_at_create": "Ninguém alterou o campo {field} de {name} desde que {who} adicionou o contacto {when}.",
    "privacy.never_changed": "Não tenho registo de nenhuma alteração ao campo {field} de {name}.",
    "upload.admins_only": "Só um administrador pode importar ficheiros na conversa, por isso não li nem guardei este.",
    "upload.how": (
        "Envie-me um ficheiro CSV (.csv) ou vCard (.vcf) para importar contactos. Para atividade, acrescente a legenda "
        '"import as interactions" ou "import as purchases". Verifico-o primeiro e pergunto antes de guardar seja o '
        "que for."
    ),
    "upload.one_file": "Um ficheiro de cada vez, por favor. Nada foi guardado.",
    "upload.bad_type": (
        "Consigo importar ficheiros CSV (.csv) e vCard (.vcf), não {file}. Guarde primeiro a folha de cálculo como CSV."
    ),
    "upload.too_big": (
        "{file} tem {size} MB; o limite na conversa é {limit} MB. Nada foi guardado. "
        "Divida-o ou importe-o no servidor: python run_bot.py import FICHEIRO"
    ),
    "upload.download_failed": "Não consegui transferir {file}; envie-o de novo. Nada foi guardado.",
    "upload.empty": "{file} está vazio, por isso não há nada a importar.",
    "upload.unreadable": "Não consegui importar {file}: {problem} Nada foi guardado.",
    "upload.confirm": (
        "Verifiquei {file} ({kind}; ainda nada guardado). Importar {created} novos, atualizar {updated}, "
        "rejeitar {rejected}?{unchanged}"
    ),
    "upload.unchanged": " ({count} já atualizados.)",
    "upload.nothing": "Nada a importar de {file}: {unchanged} já atualizados, {rejected} rejeitados.",
    "upload.more_rejected": "…e mais {count} linhas rejeitadas.",
    "upload.button_import": "Importar",
    "upload.done": "Importei {file}: {created} criados, {updated} atualizados, {rejected} rejeitados.",
    "upload.gone": "Esse ficheiro já não está à espera (expirou ou já foi importado); envie-o de novo.",
    # Stages and the brief's lines
    "insight.brief.deal": "• {title} — {stage} desde {since}, {value}",
    "insight.brief.at": "na {org} ({about})",
    "insight.brief.prefers": "prefere {channel}",
    "insight.brief.owner": "responsável {name}",
    "insight.brief.colleagues": "Colegas na {org}: {names}",
    "insight.brief.chart": "{name}: os últimos 12 meses",
    "stage.qualification": "qualificação",
    "stage.proposal": "proposta",
    "stage.negotiation": "negociação",
    "stage.won": "ganho",
    "stage.lost": "perdido",
    "stage.prospect": "potencial cliente",
    "stage.lead": "lead",
    "stage.customer": "cliente",
    "stage.advocate": "promotor",
    "stage.churned": "cliente perdido",
    # Nudge history: periods and what became of a nudge
    "nudge.period.today": "hoje",
    "nudge.period.yesterday": "ontem",
    "nudge.period.this_week": "esta semana",
    "nudge.period.last_week": "semana passada",
    "nudge.period.this_month": "este mês",
    "nudge.period.last_month": "mês passado",
    "nudge.period.last_7_days": "últimos 7 dias",
    "nudge.status.done": " ✓ feito",
    "nudge.status.snoozed": " · adiado",
    "nudge.status.dismissed": " · dispensado",
}
