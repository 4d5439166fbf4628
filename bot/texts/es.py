"""Spanish texts."""

TEXTS: dict[str, str] = {
    "refuse.unknown_user": (
        "Lo siento, solo trabajo con el equipo y todavía no te conozco. "
        "Pide un código a un administrador y envía /link CÓDIGO."
    ),
    "refuse.too_long": "Ese mensaje tiene {length} caracteres; el límite es {limit}. No se guardó nada.",
    "refuse.empty": 'Recibí un mensaje vacío. Prueba "ayuda" para ver lo que sé hacer.',
    "error.internal": "Algo salió mal por mi parte, así que no se guardó nada. Inténtalo de nuevo.",
    "error.bad_input": "{problem} No se guardó nada.",
    "link.ok": 'Vinculado: eres {name} ({role}). Prueba "ayuda".',
    "link.bad": "Ese código no es válido o ha caducado. Pide uno nuevo a un administrador.",
    "link.usage": "Envía /link CÓDIGO con el código que te dio un administrador.",
    "link.issued": "Código para {name}: {code} (válido 24 horas). Envían /link {code} al bot.",
    "link.need_admin": "Solo un administrador puede emitir códigos.",
    "link.no_staff": "No hay nadie en el equipo llamado {name}.",
    "start": (
        "¡Hola! Guardo en este chat las relaciones del equipo con los clientes.\n"
        "Para empezar, envía /link CÓDIGO con el código que te dio un administrador.\n"
        'Luego prueba: "llamé a María Silva, quiere premium, recordar el martes", "Acme?" o "ayuda".'
    ),
    "help": (
        "Lo que entiendo (palabras normales y comandos /):\n"
        "• añade Chen Wei, chen@example.cn, +86 138 0013 8000, trabaja en Dragon Trade — nuevo contacto\n"
        "• llamé a María Silva, quiere premium, recordar el martes a las 15h — registrar una llamada (/log)\n"
        "• María? / buscar acme / buscar chen@example.cn — buscar un contacto (/find)\n"
        "• recuérdame llamar a Ana en 2 semanas — un seguimiento (/followup)\n"
        "• mis seguimientos — lo pendiente\n"
        "• cumpleaños esta semana (/bday) · ¿quién está en riesgo? (/atrisk) · ¿con quién no hemos hablado en 60 días?\n"
        "• deshacer — revierte tu último cambio (/undo)"
    ),
    "unknown": 'Lo siento, no entendí "{text}". Puedes probar:\n{examples}',
    "contact.added": "Añadido: {name}{details}.",
    "contact.exists": "{name} ya existe; actualicé lo nuevo{details}.",
    "contact.updated": "Actualizado {name}: {changes}.",
    "contact.nothing_to_update": "No vi nada que cambiar en {name}.",
    "contact.not_found": 'No encontré "{query}".',
    "contact.offer_create": 'Todavía no conozco a "{query}". ¿Lo añado como contacto nuevo?',
    "contact.need_name": "¿Qué contacto? Dame un nombre, un email o un teléfono.",
    "contact.ambiguous": '¿Qué "{query}"? Responde con un número o pulsa uno:',
    "contact.found_many": '{count} contactos coinciden con "{query}":',
    "contact.org_members": "{org}: {count} contacto(s).",
    "card.company": "Empresa",
    "card.stage": "Etapa",
    "card.owner": "Responsable",
    "card.email": "Email",
    "card.phone": "Teléfono",
    "card.birthday": "Cumpleaños",
    "card.tags": "Etiquetas",
    "card.last_touch": "Último contacto",
    "card.never": "nunca",
    "card.recent": "Reciente:",
    "card.follow_ups": "Seguimientos abiertos:",
    "card.deals": "Oportunidades abiertas:",
    "card.notes": "Notas",
    "logged": "Registrado: {kind} con {name}{org}, {when}.",
    "logged.again": "Ya registrado: {kind} con {name}, {when}. No se guardó nada nuevo.",
    "followup.logged": "Seguimiento {when}.",
    "followup.set": "Seguimiento {when}: {text}.",
    "followup.need_date": '¿Cuándo te lo recuerdo? Ej.: "seguimiento con Ana el martes".',
    "followup.none": "No hay seguimientos abiertos. ¡Bien!",
    "followup.list": "Tus seguimientos abiertos:",
    "followup.done": "Hecho: {text}.",
    "followup.snoozed": "Pospuesto hasta {when}.",
    "undo.done": "Deshecho: {what}.",
    "undo.nothing": "No hay nada tuyo que deshacer.",
    "cancelled": "Vale, cancelado. No se guardó nada.",
    "contact.unread_phone": 'No pude leer "{value}" como número de teléfono, así que no se guardó nada. Envía el contacto de nuevo con el número en formato internacional (p. ej. +34 612 345 678), o sin él.',
    "contact.unread_email": 'No pude leer "{value}" como dirección de correo, así que no se guardó nada. Envía el contacto de nuevo con la dirección corregida, o sin ella.',
    "input.too_long": "El campo {field} tiene {length} caracteres; el límite es {limit}. No se guardó nada.",
    "field.company": "nombre de la empresa",
    "field.name": "nombre",
    "field.notes": "notas",
    "field.summary": "resumen",
    "field.title": "título",
    "field.email": "correo",
    "field.tag": "etiqueta",
    "field.text": "texto",
    "input.bad_value": "Ese valor no es uno de los que ofrece este formulario; elige de nuevo.",
    "nudge.resent": "(reenviado) {text}",
    "input.stale_button": "Ese botón está desactualizado o no es mío, así que no se cambió nada.",
    "pending.expired": "Esa pregunta caducó; pregunta de nuevo.",
    "button.create": "Crear",
    "button.cancel": "Cancelar",
    "button.done": "Hecho",
    "button.snooze_day": "Posponer 1 día",
    "button.snooze_week": "Posponer 1 semana",
    "button.log": "Registrar",
    "button.more": "Más",
    "kind.call": "llamada",
    "kind.meeting": "reunión",
    "kind.email": "email",
    "kind.message": "mensaje",
    "kind.note": "nota",
    "kind.visit": "visita",
    "when.today": "hoy {time}",
    "when.yesterday": "ayer {time}",
    "when.tomorrow": "mañana {time}",
    "birthdays.none": "No hay cumpleaños {period}.",
    "birthdays.header": "Cumpleaños {period} ({count}):",
    "birthdays.unknown": 'No sé el cumpleaños de {name}. Añádelo con "el cumpleaños de {name} es el 3 de mayo".',
    "birthdays.one": "El cumpleaños de {name} es el {date}; el próximo, {next}{turning}.",
    "list.none": "Nadie coincide.",
    "stale.header": "Sin contacto en {days} días ({count}):",
    "stale.none": "Todos han tenido contacto en los últimos {days} días.",
    "correction.done": "Corregido: {kind} con {name}, {when}.",
    "correction.unchanged": "Eso es lo que ya tenía; no cambió nada.",
    "correction.nothing": (
        "Tu último cambio no fue registrar una interacción, así que no hay nada que corregir. "
        'Registra una primero, ej.: "llamé a Ana ayer".'
    ),
    "debug.header": 'Cómo leí "{text}":',
    "debug.nothing": "No recuerdo tu mensaje anterior (fue hace mucho o no lo hubo).",
    "birthdays.period.today": "hoy",
    "birthdays.period.tomorrow": "mañana",
    "birthdays.period.week": "en los próximos 7 días",
    "birthdays.period.month": "este mes",
    "birthdays.turns": ", cumple {age}",
    "cal.weekdays": "lun mar mié jue vie sáb dom",
    "cal.months": "ene feb mar abr may jun jul ago sep oct nov dic",
    "example.log": "llamé a María Silva, quiere premium, recordar el martes",
    "example.log_meeting": "reunión con João ayer en la feria de Lisboa",
    "example.log_followup": "hablé con Ana de la renovación, volver a llamar el viernes",
    "example.find": "Acme?",
    "example.find_email": "buscar chen@example.cn",
    "example.followup": "recuérdame llamar a Ana en 2 semanas",
    "example.followup_date": "llamar a Pedro a fin de mes",
    "example.followups": "mis seguimientos",
    "example.add": "añade Chen Wei, chen@example.cn, trabaja en Dragon Trade",
    "example.birthdays": "cumpleaños esta semana",
    "example.stale": "¿con quién no hemos hablado en 60 días?",
    "example.at_risk": "¿quién está en riesgo?",
    "example.purchase": "Ana compró 3 Premium por 1200 € hoy",
    "example.deal": "pasa la oportunidad de Acme a negociación",
    "example.undo": "deshacer",
    "privacy.dm_only": "Otras personas leen este chat; esa respuesta solo la doy en un mensaje directo: pregúntame allí.",
    "contact.taken": "Ese email o teléfono ya está en un contacto fuera de tu equipo, así que no lo he guardado. Pídeselo a un responsable o administrador si hay que moverlo.",
    # Insight answers
    "period.last_days": "en los últimos {n} días",
    "period.last_weeks": "en las últimas {n} semanas",
    "period.last_months": "en los últimos {n} meses",
    "period.last_years": "en los últimos {n} años",
    "period.all": "en todo el historial",
    "period.mtd": "este mes",
    "period.lm": "el mes pasado",
    "period.qtd": "este trimestre",
    "period.lq": "el trimestre pasado",
    "period.ytd": "en lo que va de {year}",
    "period.ly": "en {year}",
    "dim.segment": "segmento",
    "dim.tag": "etiqueta",
    "dim.organization": "empresa",
    "dim.owner": "responsable",
    "measure.revenue": "ingresos",
    "measure.profit": "beneficio",
    "insight.customers.profit": ", beneficio {profit}",
    "insight.brief.at_risk": "en riesgo",
    "insight.brief.fine": "todo bien",
    "rfm.champions": "campeones",
    "rfm.loyal": "leales",
    "rfm.promising": "prometedores",
    "rfm.at_risk": "en riesgo",
    "rfm.hibernating": "hibernando",
    "insight.cohorts.line": "• {month}: {size} nuevos — {shares}",
    "insight.risk.line": "• {name}: sin contacto desde hace {days} días, {rhythm} — ×{ratio}",
    "insight.risk.rhythm": "normalmente cada ~{days} días",
    "insight.risk.no_rhythm": "todavía sin ritmo habitual",
    "insight.idle.line": "• {title}: en {stage} desde hace {days} días (límite {limit}) — {value}",
    "insight.cross_sell.idea": (
        "• {b} — el {share} de los compradores de {a} también compraron {b} ({both} de {buyers})"
    ),
    "insight.cross_sell.rule": (
        "• {a} → {b}: {share} ({both} de {buyers}), lift {lift}; compraron {a} pero nunca {b}: {missing}"
    ),
    "insight.no_purchases": "No hay compras registradas {period}.",
    "insight.revenue.header": "Ingresos por {by} {period} (por moneda, nunca convertidos):",
    "insight.revenue.margin": ", margen {margin} ({share})",
    "insight.revenue.counts": "{customers} clientes, {purchases} compras",
    "insight.revenue.tag_overlap": (
        "Un cliente con varias etiquetas cuenta en cada una, así que los totales por etiqueta se solapan."
    ),
    "insight.revenue.margin_note": "El margen solo incluye productos con coste unitario en la moneda de la compra.",
    "insight.customers.top": "Los {count} mejores clientes por {by} {period}:",
    "insight.customers.bottom": "Los {count} peores clientes por {by} {period} (entre los que compraron):",
    "insight.rfm.header": "Segmentos RFM de {total} clientes (todos los que tienen alguna compra):",
    "insight.rfm.how": (
        "Puntuaciones 1-5 por quintil: R = lo reciente que es la última compra, F = cuántas compras, M = cuánto "
        "(dentro de su moneda). Campeones R≥4 y FM≥4; leales R≥3 y FM≥3; prometedores R≥3; en riesgo R≤2 y FM≥3; "
        "hibernando el resto (FM = media de F y M, redondeada hacia arriba)."
    ),
    "insight.ltv.header": "Valor de vida del cliente por segmento (por moneda):",
    "insight.ltv.segment": "• {segment} ({currency}): media {average} en {customers} clientes; proyectado {projected}",
    "insight.ltv.best": "Mayor valor de vida hasta ahora:",
    "insight.ltv.lifetime": "Vida esperada de un cliente: {years} años (abandono anual {churn}).",
    "insight.churn": (
        "Abandono {period}: {rate} — {churned} de {active} clientes activos al inicio no hicieron ninguna compra en "
        "los {days} días hasta el final. (Activo = al menos una compra en los {days} días anteriores.)"
    ),
    "insight.cohorts.header": (
        "Retención por cohorte mensual (cohorte = mes de la primera compra; proporción que vuelve a comprar "
        "1, 2, 3 meses después):"
    ),
    "insight.channels.none": "No hay interacciones registradas en los últimos 12 meses.",
    "insight.channels.header": "Reparto por canal de las interacciones registradas, últimos 12 meses:",
    "insight.as_of": "Cifras a fecha de {at} (el resumen nocturno; los totales históricos son en tiempo real).",
    "insight.cohorts.as_of": "Cohortes a fecha de {at} (el resumen nocturno).",
    "insight.ltv.as_of": (
        "Cifras por segmento y abandono a fecha de {at} (el resumen nocturno); los valores más altos son en tiempo real."
    ),
    "insight.rank.risk": "Clientes por riesgo (silencio ÷ su intervalo habitual entre contactos; ⚠ a partir de ×{factor}):",
    "insight.pipeline.header": (
        "Pipeline: {count} oportunidades abiertas por valor de {value}; ponderado por probabilidad {weighted}."
    ),
    "insight.pipeline.closed_suffix": " (cerradas en los últimos 90 días)",
    "insight.win_rate": (
        "Tasa de éxito {period}: {rate} — {won} ganadas ({won_value}) y {lost} perdidas ({lost_value}). "
        "Tasa de éxito = ganadas ÷ (ganadas + perdidas), oportunidades cerradas en el periodo, por número."
    ),
    "insight.idle.none": "Ninguna oportunidad lleva en su etapa más tiempo del límite. 👍",
    "insight.idle.header": "{count} oportunidad(es) parada(s) más allá del límite de su etapa:",
    "insight.idle.limits": "Límites: {limits} (CRM_STAGE_IDLE_DAYS).",
    "insight.lifecycle.header": "Etapas del ciclo de vida de {total} contactos:",
    "insight.week.header": "Los últimos 7 días:",
    "insight.week.row": (
        "• {name}: {logged} interacciones registradas{kinds}; {done} seguimientos hechos, {overdue} vencidos, "
        "{coming} para los próximos 7 días"
    ),
    "insight.cross_sell.none": "Todavía no hay patrones fuertes de productos (hacen falta al menos 3 compradores de un producto).",
    "insight.cross_sell.header": "Patrones fuertes de venta cruzada (compró A → también compró B):",
    "insight.cross_sell.targets": "Compraron {a} pero nunca {b}: {names}",
    "insight.cross_sell.contact": "Ideas para {name}:",
    "insight.cross_sell.contact_none": "Nada obvio para {name}: ya tiene lo que compran los clientes parecidos.",
    "insight.brief.need_name": '¿Sobre quién? Ej.: "resumen sobre Acme".',
    "insight.brief.people": "Personas: {people}",
    "insight.brief.revenue": "Comprado en los últimos 12 meses: {revenue}",
    "insight.brief.buys": "Compra: {products}",
    "insight.brief.never": "Nunca ha comprado: {products}",
    "insight.brief.recent": "Últimas interacciones:",
    "insight.brief.deals": "Oportunidades abiertas:",
    "insight.brief.risk": "Riesgo: {level} — {name} sin contacto desde hace {days} días, ×{ratio} su intervalo habitual.",
    "insight.brief.risk_none": "Riesgo: todavía no hay un ritmo del cliente con el que comparar.",
    "insight.products.header": "Qué compra {name}:",
    "insight.products.nothing": "• nada todavía",
    "insight.rfm.examples": " — p. ej. {names}",
    # Slack form, home page, command menu, purchases and deals, reminders, at-risk, privacy and chat import.
    "form.title": "Registrar en el CRM",
    "form.submit": "Registrar",
    "form.cancel": "Cancelar",
    "form.contact": "Contacto",
    "form.kind": "Tipo",
    "form.date": "Cuándo",
    "form.follow_up": "Fecha de seguimiento",
    "form.summary": "Resumen",
    "form.need_contact": "Elige un contacto.",
    "form.bad_kind": "Elige un tipo de interacción.",
    "form.future_date": "Una interacción ya ha ocurrido; elige hoy o una fecha anterior.",
    "form.past_follow_up": "Un seguimiento necesita una fecha posterior a hoy.",
    "home.title": "Hola {name}, este es tu día.",
    "home.follow_ups": "Seguimientos pendientes",
    "home.nudges": "Recordatorios de hoy",
    "home.at_risk": "Clientes en riesgo",
    "home.none": "Nada por aquí.",
    "command.help": "Lo que entiendo, con ejemplos",
    "command.find": "Buscar un contacto: /find maria",
    "command.log": "Registrar una llamada o reunión: /log llamada con Ana",
    "command.followup": "Crear un seguimiento: /followup Ana el martes",
    "command.followups": "Tus seguimientos abiertos",
    "command.bday": "Próximos cumpleaños",
    "command.atrisk": "Clientes en riesgo",
    "command.undo": "Deshacer tu último cambio",
    "command.link": "Vincular tu cuenta: /link CÓDIGO",
    "command.start": "Cómo empezar",
    "purchase.recorded": "Registrado: {name} compró {quantity} × {product} por {amount}, {when}.",
    "purchase.again": "Ya registrado: {name} compró {product}. No se guardó nada nuevo.",
    "purchase.need_product": '¿Qué compró? Ej.: "Ana compró 3 Premium por 1200 €".',
    "purchase.need_amount": (
        '¿Cuánto costó? Ej.: "Ana compró 3 Premium por 1200 €" (no hay precio conocido para {product}).'
    ),
    "purchase.stage_up": "{name} ya es cliente.",
    "purchase.need_person": '{org} tiene varios contactos; di quién compró, ej.: "María de {org} compró Premium".',
    "purchase.too_big": (
        "Parece una errata: registro como máximo {quantity} unidades e importes inferiores a {amount}."
    ),
    "deal.moved": "{title} pasó de {old} a {new}.",
    "deal.was_since": "(Estaba en {stage} desde el {since}.)",
    "deal.same": "{title} ya está en {stage}. No cambió nada.",
    "deal.need_stage": "¿Qué etapa? calificación, propuesta, negociación, ganada o perdida.",
    "deal.none": 'No encontré ninguna oportunidad abierta para "{query}".',
    "deal.several": 'Varias oportunidades abiertas coinciden con "{query}"; indica una:',
    "button.dismiss": "Descartar",
    "nudge.done": "Hecho: {text}",
    "nudge.snoozed": "Pospuesto hasta {when}.",
    "nudge.snoozed_words": "Pospuesto hasta {when}: {what}.",
    "nudge.dismissed": "Descartado: {text}",
    "nudge.log_ask": '¿Qué pasó con {name}? (ej.: "llamada: acordamos la renovación")',
    "nudge.logged": "Registrado: {kind} con {name}; recordatorio completado.",
    "nudge.nothing_to_snooze": "No hay ningún recordatorio reciente que posponer.",
    "nudge.history": "Recordatorios — {period} ({count}):",
    "nudge.history_none": "No te envié recordatorios ({period}).",
    "nudge.health_admin_only": "Solo un administrador puede ver el estado de los recordatorios.",
    "at_risk.none": (
        "Nadie está en riesgo: todos los clientes con un ritmo han tenido contacto dentro de {factor}× "
        "su intervalo habitual."
    ),
    "at_risk.header": "En riesgo ({count}), por valor en riesgo:",
    "at_risk.line": "normalmente cada {cadence} días, {silence} días sin contacto, {value}",
    "at_risk.value": "{value} al año",
    "at_risk.no_value": "sin compras en el último año",
    "privacy.exported": (
        "Exporté todo lo guardado sobre {name} ({interactions} interacciones, {purchases} compras, "
        "{follow_ups} seguimientos, {deals} oportunidades, {audit} entradas de auditoría) a {path}."
    ),
    "privacy.confirm_erase": (
        "¿Borrar a {name} y todo lo guardado sobre esa persona (interacciones, compras, seguimientos)? "
        "No se puede deshacer. Responde sí o no."
    ),
    "privacy.confirm_anonymize": (
        "¿Anonimizar a {name}? Se eliminan el nombre, los emails, los teléfonos, las notas y los textos; las compras "
        "y los recuentos de actividad se conservan para las cifras. No se puede deshacer. Responde sí o no."
    ),
    "privacy.button_erase": "Sí, borrar",
    "privacy.erased": "Borré a {name} y todo lo guardado sobre esa persona.",
    "privacy.anonymized": "Anonimicé a {name}; las compras y los recuentos de actividad se conservan sin datos personales.",
    "privacy.outside_team": "{name} está fuera de tu equipo, así que no puedo pasarle tus registros.",
    "privacy.reassigned": "{name} ahora pertenece a {owner}.",
    "privacy.reassigned_org": "{org} y {count} de sus contactos ahora pertenecen a {name}.",
    "privacy.who_changed": "{who} cambió el campo {field} de {name} {when}{via}{what}.",
    "privacy.set_at_create": "Nadie cambió el campo {field} de {name} desde que {who} añadió el contacto {when}.",
    "privacy.never_changed": "No tengo constancia de ningún cambio en el campo {field} de {name}.",
    "upload.admins_only": "Solo un administrador puede importar archivos en el chat, así que no he leído ni guardado este.",
    "upload.how": (
        "Envíame un archivo CSV (.csv) o vCard (.vcf) para importar contactos. Para actividad, añade el texto "
        '"import as interactions" o "import as purchases". Primero lo reviso y te pregunto antes de guardar nada.'
    ),
    "upload.one_file": "Un archivo cada vez, por favor. No se guardó nada.",
    "upload.bad_type": (
        "Puedo importar archivos CSV (.csv) y vCard (.vcf), no {file}. Guarda primero la hoja de cálculo como CSV."
    ),
    "upload.too_big": (
        "{file} ocupa {size} MB; el límite en el chat es {limit} MB. No se guardó nada. "
        "Divídelo o impórtalo en el servidor: python run_bot.py import ARCHIVO"
    ),
    "upload.download_failed": "No pude descargar {file}; envíalo de nuevo. No se guardó nada.",
    "upload.empty": "{file} está vacío, así que no hay nada que importar.",
    "upload.unreadable": "No pude importar {file}: {problem} No se guardó nada.",
    "upload.confirm": (
        "Revisé {file} ({kind}; aún no se guardó nada). ¿Importar {created} nuevos, actualizar {updated}, "
        "rechazar {rejected}?{unchanged}"
    ),
    "upload.unchanged": " ({count} ya al día.)",
    "upload.nothing": "Nada que importar de {file}: {unchanged} ya al día, {rejected} rechazados.",
    "upload.more_rejected": "…y {count} filas rechazadas más.",
    "upload.button_import": "Importar",
    "upload.done": "Importé {file}: {created} creados, {updated} actualizados, {rejected} rechazados.",
    "upload.gone": "Ese archivo ya no está pendiente (caducó o ya se importó); envíalo de nuevo.",
    # Stages and the brief's lines
    "insight.brief.deal": "• {title} — {stage} desde {since}, {value}",
    "insight.brief.at": "en {org} ({about})",
    "insight.brief.prefers": "prefiere {channel}",
    "insight.brief.owner": "responsable {name}",
    "insight.brief.colleagues": "Compañeros en {org}: {names}",
    "insight.brief.chart": "{name}: los últimos 12 meses",
    "stage.qualification": "calificación",
    "stage.proposal": "propuesta",
    "stage.negotiation": "negociación",
    "stage.won": "ganada",
    "stage.lost": "perdida",
    "stage.prospect": "prospecto",
    "stage.lead": "lead",
    "stage.customer": "cliente",
    "stage.advocate": "promotor",
    "stage.churned": "cliente perdido",
    # Nudge history: periods and what became of a nudge
    "nudge.period.today": "hoy",
    "nudge.period.yesterday": "ayer",
    "nudge.period.this_week": "esta semana",
    "nudge.period.last_week": "la semana pasada",
    "nudge.period.this_month": "este mes",
    "nudge.period.last_month": "el mes pasado",
    "nudge.period.last_7_days": "los últimos 7 días",
    "nudge.status.done": " ✓ hecho",
    "nudge.status.snoozed": " · pospuesto",
    "nudge.status.dismissed": " · descartado",
}
