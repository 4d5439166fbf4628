"""Italian texts."""

TEXTS: dict[str, str] = {
    "refuse.unknown_user": (
        "Mi dispiace, lavoro solo con il team e non ti conosco ancora. "
        "Chiedi un codice a un amministratore, poi invia /link CODICE."
    ),
    "refuse.too_long": "Il messaggio ha {length} caratteri; il limite è {limit}. Non ho salvato nulla.",
    "refuse.empty": 'Ho ricevuto un messaggio vuoto. Prova "aiuto" per vedere cosa so fare.',
    "error.internal": "Qualcosa è andato storto da parte mia, quindi non ho salvato nulla. Riprova.",
    "error.bad_input": "{problem} Non ho salvato nulla.",
    "link.ok": 'Collegato: sei {name} ({role}). Prova "aiuto".',
    "link.bad": "Il codice non è valido o è scaduto. Chiedine uno nuovo a un amministratore.",
    "link.usage": "Invia /link CODICE con il codice ricevuto da un amministratore.",
    "link.issued": "Codice per {name}: {code} (valido 24 ore). Va inviato /link {code} al bot.",
    "link.need_admin": "Solo un amministratore può emettere codici.",
    "link.no_staff": "Nel team non c'è nessuno che si chiami {name}.",
    "start": (
        "Ciao! Tengo qui le relazioni del team con i clienti.\n"
        "Per iniziare, invia /link CODICE con il codice ricevuto da un amministratore.\n"
        'Poi prova: "chiamata con Maria Silva, vuole il premium, richiamare martedì", "Acme?" o "aiuto".'
    ),
    "help": (
        "Cosa capisco (frasi normali e comandi /):\n"
        "• aggiungi Chen Wei, chen@example.cn, +86 138 0013 8000, lavora presso Dragon Trade — nuovo contatto\n"
        "• chiamata con Maria Silva, vuole il premium, richiamare martedì alle 15 — registra una chiamata (/log)\n"
        "• Maria? / cerca acme / cerca chen@example.cn — trova un contatto (/find)\n"
        "• ricordami di chiamare Anna tra 2 settimane — un promemoria (/followup)\n"
        "• i miei promemoria — cosa c'è da fare\n"
        "• compleanni questa settimana (/bday) · chi è a rischio? (/atrisk) · chi non sentiamo da 60 giorni?\n"
        "• annulla — annulla la tua ultima modifica (/undo)"
    ),
    "unknown": 'Scusa, non ho capito "{text}". Puoi provare:\n{examples}',
    "contact.added": "Aggiunto: {name}{details}.",
    "contact.exists": "{name} esiste già; ho aggiornato ciò che era nuovo{details}.",
    "contact.updated": "Aggiornato {name}: {changes}.",
    "contact.nothing_to_update": "Non vedo nulla da cambiare per {name}.",
    "contact.not_found": 'Non ho trovato "{query}".',
    "contact.offer_create": 'Non conosco ancora "{query}". Lo aggiungo come nuovo contatto?',
    "contact.need_name": "Quale contatto? Dammi un nome, un'email o un telefono.",
    "contact.ambiguous": 'Quale "{query}"? Rispondi con un numero o toccane uno:',
    "contact.found_many": '{count} contatti corrispondono a "{query}":',
    "contact.org_members": "{org}: {count} contatto/i.",
    "card.company": "Azienda",
    "card.stage": "Fase",
    "card.owner": "Referente",
    "card.email": "Email",
    "card.phone": "Telefono",
    "card.birthday": "Compleanno",
    "card.tags": "Etichette",
    "card.last_touch": "Ultimo contatto",
    "card.never": "mai",
    "card.recent": "Recenti:",
    "card.follow_ups": "Promemoria aperti:",
    "card.deals": "Trattative aperte:",
    "card.notes": "Note",
    "logged": "Registrato: {kind} con {name}{org}, {when}.",
    "logged.again": "Già registrato: {kind} con {name}, {when}. Niente di nuovo salvato.",
    "followup.logged": "Promemoria {when}.",
    "followup.set": "Promemoria {when}: {text}.",
    "followup.need_date": 'Quando te lo ricordo? Es.: "richiamare Anna martedì prossimo".',
    "followup.none": "Nessun promemoria aperto. Ottimo.",
    "followup.list": "I tuoi promemoria aperti:",
    "followup.done": "Fatto: {text}.",
    "followup.snoozed": "Rimandato a {when}.",
    "undo.done": "Annullato: {what}.",
    "undo.nothing": "Non c'è nulla di tuo da annullare.",
    "cancelled": "OK, annullato. Non ho salvato nulla.",
    "contact.unread_phone": 'Non riesco a leggere "{value}" come numero di telefono, quindi non è stato salvato nulla. Rimanda il contatto con il numero in formato internazionale (es. +39 312 345 6789), oppure senza.',
    "contact.unread_email": 'Non riesco a leggere "{value}" come indirizzo e-mail, quindi non è stato salvato nulla. Rimanda il contatto con l\'indirizzo corretto, oppure senza.',
    "input.too_long": "Il campo {field} è lungo {length} caratteri; il limite è {limit}. Non è stato salvato nulla.",
    "field.company": "nome dell'azienda",
    "field.name": "nome",
    "field.notes": "note",
    "field.summary": "riepilogo",
    "field.title": "titolo",
    "field.email": "e-mail",
    "field.tag": "etichetta",
    "field.text": "testo",
    "input.bad_value": "Quel valore non è tra quelli del modulo; scegli di nuovo.",
    "nudge.resent": "(reinviato) {text}",
    "input.stale_button": "Quel pulsante è scaduto o non è mio, quindi non è stato cambiato nulla.",
    "pending.expired": "La domanda è scaduta; richiedi pure.",
    "button.create": "Crea",
    "button.cancel": "Annulla",
    "button.done": "Fatto",
    "button.snooze_day": "Rimanda 1 giorno",
    "button.snooze_week": "Rimanda 1 settimana",
    "button.log": "Registra",
    "button.more": "Altro",
    "kind.call": "chiamata",
    "kind.meeting": "riunione",
    "kind.email": "email",
    "kind.message": "messaggio",
    "kind.note": "nota",
    "kind.visit": "visita",
    "when.today": "oggi {time}",
    "when.yesterday": "ieri {time}",
    "when.tomorrow": "domani {time}",
    "birthdays.none": "Nessun compleanno {period}.",
    "birthdays.header": "Compleanni {period} ({count}):",
    "birthdays.unknown": 'Non conosco il compleanno di {name}. Aggiungilo: "il compleanno di {name} è il 3 maggio".',
    "birthdays.one": "Il compleanno di {name} è il {date}; il prossimo: {next}{turning}.",
    "list.none": "Nessuno corrisponde.",
    "stale.header": "Senza contatti da {days} giorni ({count}):",
    "stale.none": "Tutti sono stati contattati negli ultimi {days} giorni.",
    "correction.done": "Corretto: {kind} con {name}, {when}.",
    "correction.unchanged": "Era già così; non è cambiato nulla.",
    "correction.nothing": (
        "La tua ultima modifica non era un'interazione registrata, quindi non c'è nulla da correggere. "
        'Registrane una prima, es.: "ho chiamato Anna ieri".'
    ),
    "debug.header": 'Come ho letto "{text}":',
    "debug.nothing": "Non ricordo il tuo messaggio precedente (troppo vecchio, o non c'era).",
    "birthdays.period.today": "oggi",
    "birthdays.period.tomorrow": "domani",
    "birthdays.period.week": "nei prossimi 7 giorni",
    "birthdays.period.month": "questo mese",
    "birthdays.turns": ", compie {age} anni",
    "cal.weekdays": "lun mar mer gio ven sab dom",
    "cal.months": "gen feb mar apr mag giu lug ago set ott nov dic",
    "example.log": "chiamata con Maria Silva, vuole il premium, richiamare martedì",
    "example.log_meeting": "incontrato João ieri alla fiera di Lisbona",
    "example.log_followup": "ho sentito Giulia per il rinnovo, richiamare tra due settimane",
    "example.find": "Acme?",
    "example.find_email": "cerca chen@example.cn",
    "example.followup": "ricordami di chiamare Anna tra 2 settimane",
    "example.followup_date": "richiamare Luca a fine mese",
    "example.followups": "i miei promemoria",
    "example.add": "aggiungi Chen Wei, chen@example.cn, lavora presso Dragon Trade",
    "example.birthdays": "compleanni questa settimana",
    "example.stale": "chi non sentiamo da 60 giorni?",
    "example.at_risk": "chi è a rischio?",
    "example.purchase": "Anna ha comprato 3 Premium per 1200 € oggi",
    "example.deal": "sposta la trattativa Acme in negoziazione",
    "example.undo": "annulla",
    "privacy.dm_only": "Altre persone leggono questa chat: a questo rispondo solo in un messaggio diretto, chiedimelo lì.",
    "contact.taken": "Questa email o questo numero è già su un contatto fuori dal tuo team, quindi non l'ho salvato. Chiedi a un responsabile o a un amministratore se va spostato.",
    # Insight answers
    "period.last_days": "negli ultimi {n} giorni",
    "period.last_weeks": "nelle ultime {n} settimane",
    "period.last_months": "negli ultimi {n} mesi",
    "period.last_years": "negli ultimi {n} anni",
    "period.all": "in tutto lo storico",
    "period.mtd": "questo mese",
    "period.lm": "il mese scorso",
    "period.qtd": "questo trimestre",
    "period.lq": "il trimestre scorso",
    "period.ytd": "dall'inizio del {year}",
    "period.ly": "nel {year}",
    "dim.segment": "segmento",
    "dim.tag": "etichetta",
    "dim.organization": "azienda",
    "dim.owner": "referente",
    "measure.revenue": "fatturato",
    "measure.profit": "profitto",
    "insight.customers.profit": ", profitto {profit}",
    "insight.brief.at_risk": "a rischio",
    "insight.brief.fine": "tutto bene",
    "rfm.champions": "campioni",
    "rfm.loyal": "fedeli",
    "rfm.promising": "promettenti",
    "rfm.at_risk": "a rischio",
    "rfm.hibernating": "dormienti",
    "insight.cohorts.line": "• {month}: {size} nuovi — {shares}",
    "insight.risk.line": "• {name}: senza contatti da {days} giorni, {rhythm} — ×{ratio}",
    "insight.risk.rhythm": "di solito ogni ~{days} giorni",
    "insight.risk.no_rhythm": "ancora nessun ritmo abituale",
    "insight.idle.line": "• {title}: in {stage} da {days} giorni (limite {limit}) — {value}",
    "insight.cross_sell.idea": "• {b} — il {share} di chi ha comprato {a} ha comprato anche {b} ({both} su {buyers})",
    "insight.cross_sell.rule": (
        "• {a} → {b}: {share} ({both} su {buyers}), lift {lift}; hanno comprato {a} ma mai {b}: {missing}"
    ),
    "insight.no_purchases": "Nessun acquisto registrato {period}.",
    "insight.revenue.header": "Fatturato per {by} {period} (per valuta, mai convertito):",
    "insight.revenue.margin": ", margine {margin} ({share})",
    "insight.revenue.counts": "{customers} clienti, {purchases} acquisti",
    "insight.revenue.tag_overlap": (
        "Un cliente con più etichette conta in ciascuna, quindi i totali per etichetta si sovrappongono."
    ),
    "insight.revenue.margin_note": "Il margine copre solo i prodotti con un costo unitario nella valuta dell'acquisto.",
    "insight.customers.top": "I {count} migliori clienti per {by} {period}:",
    "insight.customers.bottom": "I {count} clienti più bassi per {by} {period} (tra chi ha acquistato):",
    "insight.rfm.header": "Segmenti RFM di {total} clienti (tutti quelli con almeno un acquisto):",
    "insight.rfm.how": (
        "Punteggi 1-5 per quintile: R = quanto è recente l'ultimo acquisto, F = quanti acquisti, M = quanto "
        "(nella sua valuta). Campioni R≥4 e FM≥4; fedeli R≥3 e FM≥3; promettenti R≥3; a rischio R≤2 e FM≥3; "
        "dormienti il resto (FM = media di F e M, arrotondata per eccesso)."
    ),
    "insight.ltv.header": "Valore del ciclo di vita del cliente per segmento (per valuta):",
    "insight.ltv.segment": "• {segment} ({currency}): media {average} su {customers} clienti; previsto {projected}",
    "insight.ltv.best": "Valore del ciclo di vita più alto finora:",
    "insight.ltv.lifetime": "Durata attesa di un cliente: {years} anni (abbandono annuo {churn}).",
    "insight.churn": (
        "Abbandono {period}: {rate} — {churned} di {active} clienti attivi all'inizio non hanno fatto acquisti nei "
        "{days} giorni fino alla fine. (Attivo = almeno un acquisto nei {days} giorni precedenti.)"
    ),
    "insight.cohorts.header": (
        "Fidelizzazione per coorte mensile (coorte = mese del primo acquisto; quota che riacquista 1, 2, 3 mesi dopo):"
    ),
    "insight.channels.none": "Nessuna interazione registrata negli ultimi 12 mesi.",
    "insight.channels.header": "Ripartizione per canale delle interazioni registrate, ultimi 12 mesi:",
    "insight.as_of": "Dati aggiornati al {at} (il riepilogo notturno; i totali complessivi sono in tempo reale).",
    "insight.cohorts.as_of": "Coorti aggiornate al {at} (il riepilogo notturno).",
    "insight.ltv.as_of": (
        "Dati per segmento e abbandono aggiornati al {at} (il riepilogo notturno); i valori più alti sono in tempo reale."
    ),
    "insight.rank.risk": "Clienti per rischio (silenzio ÷ il loro intervallo abituale tra contatti; ⚠ da ×{factor} in su):",
    "insight.pipeline.header": (
        "Pipeline: {count} trattative aperte per un valore di {value}; ponderato per probabilità {weighted}."
    ),
    "insight.pipeline.closed_suffix": " (chiuse negli ultimi 90 giorni)",
    "insight.win_rate": (
        "Tasso di successo {period}: {rate} — {won} vinte ({won_value}) e {lost} perse ({lost_value}). "
        "Tasso di successo = vinte ÷ (vinte + perse), trattative chiuse nel periodo, per numero."
    ),
    "insight.idle.none": "Nessuna trattativa è ferma nella sua fase oltre il limite. 👍",
    "insight.idle.header": "{count} trattativa/e ferma/e oltre il limite della propria fase:",
    "insight.idle.limits": "Limiti: {limits} (CRM_STAGE_IDLE_DAYS).",
    "insight.lifecycle.header": "Fasi del ciclo di vita di {total} contatti:",
    "insight.week.header": "Gli ultimi 7 giorni:",
    "insight.week.row": (
        "• {name}: {logged} interazioni registrate{kinds}; {done} promemoria fatti, {overdue} scaduti, "
        "{coming} in scadenza nei prossimi 7 giorni"
    ),
    "insight.cross_sell.none": "Ancora nessuno schema forte tra prodotti (servono almeno 3 acquirenti di un prodotto).",
    "insight.cross_sell.header": "Schemi forti di vendita incrociata (ha comprato A → ha comprato anche B):",
    "insight.cross_sell.targets": "Hanno comprato {a} ma mai {b}: {names}",
    "insight.cross_sell.contact": "Idee per {name}:",
    "insight.cross_sell.contact_none": "Niente di ovvio per {name}: ha già ciò che comprano i clienti simili.",
    "insight.brief.need_name": 'Su chi? Es.: "riepilogo su Acme".',
    "insight.brief.people": "Persone: {people}",
    "insight.brief.revenue": "Acquisti negli ultimi 12 mesi: {revenue}",
    "insight.brief.buys": "Compra: {products}",
    "insight.brief.never": "Mai comprato: {products}",
    "insight.brief.recent": "Ultime interazioni:",
    "insight.brief.deals": "Trattative aperte:",
    "insight.brief.risk": "Rischio: {level} — {name} senza contatti da {days} giorni, ×{ratio} il suo intervallo abituale.",
    "insight.brief.risk_none": "Rischio: non c'è ancora un ritmo del cliente con cui confrontare.",
    "insight.products.header": "Cosa compra {name}:",
    "insight.products.nothing": "• ancora niente",
    "insight.rfm.examples": " — ad es. {names}",
    # Slack form, home page, command menu, purchases and deals, reminders, at-risk, privacy and chat import.
    "form.title": "Registra nel CRM",
    "form.submit": "Registra",
    "form.cancel": "Annulla",
    "form.contact": "Contatto",
    "form.kind": "Tipo",
    "form.date": "Quando",
    "form.follow_up": "Data del promemoria",
    "form.summary": "Riepilogo",
    "form.need_contact": "Scegli un contatto.",
    "form.bad_kind": "Scegli un tipo di interazione.",
    "form.future_date": "Un'interazione è già avvenuta: scegli oggi o una data precedente.",
    "form.past_follow_up": "Un promemoria richiede una data successiva a oggi.",
    "home.title": "Ciao {name}, ecco la tua giornata.",
    "home.follow_ups": "Promemoria in scadenza",
    "home.nudges": "Avvisi di oggi",
    "home.at_risk": "Clienti a rischio",
    "home.none": "Niente qui.",
    "command.help": "Cosa capisco, con esempi",
    "command.find": "Trova un contatto: /find maria",
    "command.log": "Registra una chiamata o riunione: /log chiamata con Anna",
    "command.followup": "Crea un promemoria: /followup Anna martedì prossimo",
    "command.followups": "I tuoi promemoria aperti",
    "command.bday": "Prossimi compleanni",
    "command.atrisk": "Clienti a rischio",
    "command.undo": "Annulla la tua ultima modifica",
    "command.link": "Collega il tuo account: /link CODICE",
    "command.start": "Come iniziare",
    "purchase.recorded": "Registrato: {name} ha comprato {quantity} × {product} per {amount}, {when}.",
    "purchase.again": "Già registrato: {name} ha comprato {product}. Niente di nuovo salvato.",
    "purchase.need_product": 'Cosa ha comprato? Es.: "Anna ha comprato 3 Premium per 1200 €".',
    "purchase.need_amount": (
        'Quanto è costato? Es.: "Anna ha comprato 3 Premium per 1200 €" (nessun prezzo noto per {product}).'
    ),
    "purchase.stage_up": "{name} ora è un cliente.",
    "purchase.need_person": (
        '{org} ha più contatti; indica chi ha comprato, es.: "Maria di {org} ha comprato Premium".'
    ),
    "purchase.too_big": (
        "Sembra un errore di battitura: registro al massimo {quantity} unità e importi inferiori a {amount}."
    ),
    "deal.moved": "Trattativa {title} spostata da {old} a {new}.",
    "deal.was_since": "(Era in {stage} dal {since}.)",
    "deal.same": "La trattativa {title} è già in {stage}. Non è cambiato nulla.",
    "deal.need_stage": "Quale fase? qualificazione, proposta, negoziazione, vinta o persa.",
    "deal.none": 'Nessuna trattativa aperta trovata per "{query}".',
    "deal.several": 'Più trattative aperte corrispondono a "{query}"; indicane una:',
    "button.dismiss": "Ignora",
    "nudge.done": "Fatto: {text}",
    "nudge.snoozed": "Rimandato a {when}.",
    "nudge.snoozed_words": "Rimandato a {when}: {what}.",
    "nudge.dismissed": "Ignorato: {text}",
    "nudge.log_ask": 'Com\'è andata con {name}? (es.: "chiamata: concordato il rinnovo")',
    "nudge.logged": "Registrato: {kind} con {name}; avviso completato.",
    "nudge.nothing_to_snooze": "Non c'è nessun avviso recente da rimandare.",
    "nudge.history": "Avvisi — {period} ({count}):",
    "nudge.history_none": "Non ti ho inviato avvisi ({period}).",
    "nudge.health_admin_only": "Solo un amministratore può vedere lo stato degli avvisi.",
    "at_risk.none": (
        "Nessuno è a rischio: ogni cliente con un ritmo è stato contattato entro {factor}× il suo intervallo abituale."
    ),
    "at_risk.header": "A rischio ({count}), per valore a rischio:",
    "at_risk.line": "di solito ogni {cadence} giorni, {silence} giorni senza contatti, {value}",
    "at_risk.value": "{value} all'anno",
    "at_risk.no_value": "nessun acquisto nell'ultimo anno",
    "privacy.exported": (
        "Ho esportato tutto ciò che è salvato su {name} ({interactions} interazioni, {purchases} acquisti, "
        "{follow_ups} promemoria, {deals} trattative, {audit} voci di audit) in {path}."
    ),
    "privacy.confirm_erase": (
        "Cancellare {name} e tutto ciò che è salvato su questa persona (interazioni, acquisti, promemoria)? "
        "Non si può annullare. Rispondi sì o no."
    ),
    "privacy.confirm_anonymize": (
        "Anonimizzare {name}? Nome, email, telefoni, note e testi vengono rimossi; acquisti e conteggi delle "
        "attività restano per le statistiche. Non si può annullare. Rispondi sì o no."
    ),
    "privacy.button_erase": "Sì, cancella",
    "privacy.erased": "Ho cancellato {name} e tutto ciò che era salvato su questa persona.",
    "privacy.anonymized": "Ho anonimizzato {name}; acquisti e conteggi delle attività restano, senza dati personali.",
    "privacy.outside_team": (
        "{name} non fa parte del tuo team, quindi non posso trasferire i tuoi contatti a questa persona."
    ),
    "privacy.reassigned": "{name} ora appartiene a {owner}.",
    "privacy.reassigned_org": "{org} e {count} dei suoi contatti ora appartengono a {name}.",
    "privacy.who_changed": "{who} ha modificato il campo {field} di {name} {when}{via}{what}.",
    "privacy.set_at_create": (
        "Nessuno ha modificato il campo {field} di {name} da quando {who} ha aggiunto il contatto {when}."
    ),
    "privacy.never_changed": "Non ho traccia di modifiche al campo {field} di {name}.",
    "upload.admins_only": "Solo un amministratore può importare file in chat, quindi non ho letto né salvato questo.",
    "upload.how": (
        "Inviami un file CSV (.csv) o vCard (.vcf) per importare contatti. Per le attività, aggiungi la didascalia "
        '"import as interactions" o "import as purchases". Prima lo controllo e ti chiedo conferma prima di salvare '
        "qualsiasi cosa."
    ),
    "upload.one_file": "Un file alla volta, per favore. Non ho salvato nulla.",
    "upload.bad_type": (
        "Posso importare file CSV (.csv) e vCard (.vcf), non {file}. Salva prima il foglio di calcolo come CSV."
    ),
    "upload.too_big": (
        "{file} pesa {size} MB; il limite in chat è {limit} MB. Non ho salvato nulla. "
        "Dividilo, oppure importalo sul server: python run_bot.py import FILE"
    ),
    "upload.download_failed": "Non sono riuscito a scaricare {file}; invialo di nuovo. Non ho salvato nulla.",
    "upload.empty": "{file} è vuoto, quindi non c'è nulla da importare.",
    "upload.unreadable": "Non sono riuscito a importare {file}: {problem} Non ho salvato nulla.",
    "upload.confirm": (
        "Ho controllato {file} ({kind}; ancora nulla di salvato). Importare {created} nuovi, aggiornarne {updated}, "
        "scartarne {rejected}?{unchanged}"
    ),
    "upload.unchanged": " ({count} già aggiornati.)",
    "upload.nothing": "Niente da importare da {file}: {unchanged} già aggiornati, {rejected} scartati.",
    "upload.more_rejected": "…e altre {count} righe scartate.",
    "upload.button_import": "Importa",
    "upload.done": "Ho importato {file}: {created} creati, {updated} aggiornati, {rejected} scartati.",
    "upload.gone": "Quel file non è più in attesa (è scaduto o è già stato importato); invialo di nuovo.",
    # Stages and the brief's lines
    "insight.brief.deal": "• {title} — {stage} dal {since}, {value}",
    "insight.brief.at": "presso {org} ({about})",
    "insight.brief.prefers": "preferisce {channel}",
    "insight.brief.owner": "referente {name}",
    "insight.brief.colleagues": "Colleghi presso {org}: {names}",
    "insight.brief.chart": "{name}: gli ultimi 12 mesi",
    "stage.qualification": "qualificazione",
    "stage.proposal": "proposta",
    "stage.negotiation": "negoziazione",
    "stage.won": "vinta",
    "stage.lost": "persa",
    "stage.prospect": "potenziale cliente",
    "stage.lead": "lead",
    "stage.customer": "cliente",
    "stage.advocate": "promotore",
    "stage.churned": "cliente perso",
    # Nudge history: periods and what became of a nudge
    "nudge.period.today": "oggi",
    "nudge.period.yesterday": "ieri",
    "nudge.period.this_week": "questa settimana",
    "nudge.period.last_week": "la settimana scorsa",
    "nudge.period.this_month": "questo mese",
    "nudge.period.last_month": "il mese scorso",
    "nudge.period.last_7_days": "gli ultimi 7 giorni",
    "nudge.status.done": " ✓ fatto",
    "nudge.status.snoozed": " · rimandato",
    "nudge.status.dismissed": " · ignorato",
}
