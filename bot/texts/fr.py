"""French texts."""

TEXTS: dict[str, str] = {
    "refuse.unknown_user": (
        "Désolé, je ne travaille qu'avec l'équipe et je ne vous connais pas encore. "
        "Demandez un code à un administrateur, puis envoyez /link CODE."
    ),
    "refuse.too_long": "Ce message fait {length} caractères ; la limite est {limit}. Rien n'a été enregistré.",
    "refuse.empty": 'Message vide reçu. Essayez "aide" pour voir ce que je sais faire.',
    "error.internal": "Un problème de mon côté : rien n'a été enregistré. Réessayez.",
    "error.bad_input": "{problem} Rien n'a été enregistré.",
    "link.ok": 'Lié : vous êtes {name} ({role}). Essayez "aide".',
    "link.bad": "Ce code n'est pas valide ou a expiré. Demandez-en un nouveau à un administrateur.",
    "link.usage": "Envoyez /link CODE avec le code reçu d'un administrateur.",
    "link.issued": "Code pour {name} : {code} (valable 24 heures). Il faut envoyer /link {code} au bot.",
    "link.need_admin": "Seul un administrateur peut émettre des codes.",
    "link.no_staff": "Personne dans l'équipe ne s'appelle {name}.",
    "start": (
        "Bonjour ! Je garde ici les relations de l'équipe avec les clients.\n"
        "Pour commencer, envoyez /link CODE avec le code reçu d'un administrateur.\n"
        'Puis essayez : "appel avec Maria Silva, veut le premium, rappeler mardi prochain", "Acme?" ou "aide".'
    ),
    "help": (
        "Ce que je comprends (phrases simples et commandes /) :\n"
        "• ajoute Chen Wei, chen@example.cn, +86 138 0013 8000, travaille chez Dragon Trade — nouveau contact\n"
        "• appel avec Maria Silva, veut le premium, rappeler mardi prochain 15h — noter un appel (/log)\n"
        "• Maria? / cherche acme / cherche chen@example.cn — trouver un contact (/find)\n"
        "• rappelle-moi d'appeler Ana dans 2 semaines — une relance (/followup)\n"
        "• mes relances — ce qui est à faire\n"
        "• anniversaires cette semaine (/bday) · qui est à risque ? (/atrisk) · à qui n'a-t-on pas parlé depuis 60 jours ?\n"
        "• annuler — annule votre dernière modification (/undo)"
    ),
    "unknown": 'Désolé, je n\'ai pas compris "{text}". Vous pouvez essayer :\n{examples}',
    "contact.added": "Ajouté : {name}{details}.",
    "contact.exists": "{name} existe déjà ; j'ai mis à jour ce qui était nouveau{details}.",
    "contact.updated": "Mis à jour {name} : {changes}.",
    "contact.nothing_to_update": "Je n'ai rien vu à changer pour {name}.",
    "contact.not_found": 'Je n\'ai pas trouvé "{query}".',
    "contact.offer_create": 'Je ne connais pas encore "{query}". L\'ajouter comme nouveau contact ?',
    "contact.need_name": "Quel contact ? Donnez un nom, un email ou un téléphone.",
    "contact.ambiguous": 'Quel "{query}" ? Répondez par un numéro ou touchez-en un :',
    "contact.found_many": '{count} contacts correspondent à "{query}" :',
    "contact.org_members": "{org} : {count} contact(s).",
    "card.company": "Société",
    "card.stage": "Étape",
    "card.owner": "Responsable",
    "card.email": "Email",
    "card.phone": "Téléphone",
    "card.birthday": "Anniversaire",
    "card.tags": "Étiquettes",
    "card.last_touch": "Dernier contact",
    "card.never": "jamais",
    "card.recent": "Récent :",
    "card.follow_ups": "Relances ouvertes :",
    "card.deals": "Affaires ouvertes :",
    "card.notes": "Notes",
    "logged": "Noté : {kind} avec {name}{org}, {when}.",
    "logged.again": "Déjà noté : {kind} avec {name}, {when}. Rien de nouveau enregistré.",
    "followup.logged": "Relance {when}.",
    "followup.set": "Relance {when} : {text}.",
    "followup.need_date": 'Quand dois-je vous le rappeler ? Ex. : "relancer Ana mardi prochain".',
    "followup.none": "Aucune relance ouverte. Bravo.",
    "followup.list": "Vos relances ouvertes :",
    "followup.done": "Fait : {text}.",
    "followup.snoozed": "Reporté à {when}.",
    "undo.done": "Annulé : {what}.",
    "undo.nothing": "Il n'y a rien de vous à annuler.",
    "cancelled": "D'accord, annulé. Rien n'a été enregistré.",
    "contact.unread_phone": "Je n'ai pas pu lire « {value} » comme numéro de téléphone : rien n'a été enregistré. Renvoyez le contact avec le numéro au format international (ex. +33 6 12 34 56 78), ou sans lui.",
    "contact.unread_email": "Je n'ai pas pu lire « {value} » comme adresse e-mail : rien n'a été enregistré. Renvoyez le contact avec l'adresse corrigée, ou sans elle.",
    "input.too_long": "Le champ {field} fait {length} caractères ; la limite est {limit}. Rien n'a été enregistré.",
    "field.company": "nom de l'entreprise",
    "field.name": "nom",
    "field.notes": "notes",
    "field.summary": "résumé",
    "field.title": "titre",
    "field.email": "e-mail",
    "field.tag": "étiquette",
    "field.text": "texte",
    "input.bad_value": "Cette valeur ne fait pas partie des choix du formulaire ; choisissez à nouveau.",
    "nudge.resent": "(renvoyé) {text}",
    "input.stale_button": "Ce bouton est périmé ou ne vient pas de moi : rien n'a été modifié.",
    "pending.expired": "Cette question a expiré ; reposez-la.",
    "button.create": "Créer",
    "button.cancel": "Annuler",
    "button.done": "Fait",
    "button.snooze_day": "Reporter d'1 jour",
    "button.snooze_week": "Reporter d'1 semaine",
    "button.log": "Noter",
    "button.more": "Plus",
    "kind.call": "appel",
    "kind.meeting": "réunion",
    "kind.email": "email",
    "kind.message": "message",
    "kind.note": "note",
    "kind.visit": "visite",
    "when.today": "aujourd'hui {time}",
    "when.yesterday": "hier {time}",
    "when.tomorrow": "demain {time}",
    "birthdays.none": "Aucun anniversaire {period}.",
    "birthdays.header": "Anniversaires {period} ({count}) :",
    "birthdays.unknown": "Je ne connais pas l'anniversaire de {name}. Ajoutez-le : \"l'anniversaire de {name} est le 3 mai\".",
    "birthdays.one": "L'anniversaire de {name} est le {date} ; le prochain : {next}{turning}.",
    "list.none": "Personne ne correspond.",
    "stale.header": "Sans contact depuis {days} jours ({count}) :",
    "stale.none": "Tout le monde a été contacté ces {days} derniers jours.",
    "correction.done": "Corrigé : {kind} avec {name}, {when}.",
    "correction.unchanged": "C'est déjà ce que j'avais ; rien n'a changé.",
    "correction.nothing": (
        "Votre dernière modification n'était pas une interaction notée : rien à corriger. "
        'Notez-en une d\'abord, ex. : "appelé Ana hier".'
    ),
    "debug.header": 'Comment j\'ai lu "{text}" :',
    "debug.nothing": "Je ne me souviens pas de votre message précédent (trop ancien, ou il n'y en a pas).",
    "birthdays.period.today": "aujourd'hui",
    "birthdays.period.tomorrow": "demain",
    "birthdays.period.week": "dans les 7 prochains jours",
    "birthdays.period.month": "ce mois-ci",
    "birthdays.turns": ", {age} ans",
    "cal.weekdays": "lun mar mer jeu ven sam dim",
    "cal.months": "janv févr mars avr mai juin juil août sept oct nov déc",
    "example.log": "appel avec Maria Silva, veut le premium, rappeler mardi prochain",
    "example.log_meeting": "rencontré João hier au salon de Lisbonne",
    "example.log_followup": "j'ai appelé Ana pour le renouvellement, relancer vendredi",
    "example.find": "Acme?",
    "example.find_email": "cherche chen@example.cn",
    "example.followup": "rappelle-moi d'appeler Ana dans 2 semaines",
    "example.followup_date": "relancer Jean à la fin du mois",
    "example.followups": "mes relances",
    "example.add": "ajoute Chen Wei, chen@example.cn, travaille chez Dragon Trade",
    "example.birthdays": "anniversaires cette semaine",
    "example.stale": "à qui n'a-t-on pas parlé depuis 60 jours ?",
    "example.at_risk": "qui est à risque ?",
    "example.purchase": "Ana a acheté 3 Premium pour 1200 € aujourd'hui",
    "example.deal": "passe l'affaire Acme en négociation",
    "example.undo": "annuler",
    "privacy.dm_only": "D'autres personnes lisent cette conversation : je ne réponds à cela qu'en message direct, demandez-moi là-bas.",
    "contact.taken": "Cet e-mail ou ce numéro est déjà sur un contact hors de votre équipe, je ne l'ai donc pas enregistré. Demandez à un responsable ou à un administrateur s'il faut le déplacer.",
    # Insight answers
    "period.last_days": "sur les {n} derniers jours",
    "period.last_weeks": "sur les {n} dernières semaines",
    "period.last_months": "sur les {n} derniers mois",
    "period.last_years": "sur les {n} dernières années",
    "period.all": "sur tout l'historique",
    "period.mtd": "ce mois-ci",
    "period.lm": "le mois dernier",
    "period.qtd": "ce trimestre",
    "period.lq": "le trimestre dernier",
    "period.ytd": "depuis le début de {year}",
    "period.ly": "en {year}",
    "dim.segment": "segment",
    "dim.tag": "étiquette",
    "dim.organization": "société",
    "dim.owner": "responsable",
    "measure.revenue": "chiffre d'affaires",
    "measure.profit": "bénéfice",
    "insight.customers.profit": ", bénéfice {profit}",
    "insight.brief.at_risk": "à risque",
    "insight.brief.fine": "tout va bien",
    "rfm.champions": "champions",
    "rfm.loyal": "fidèles",
    "rfm.promising": "prometteurs",
    "rfm.at_risk": "à risque",
    "rfm.hibernating": "en hibernation",
    "insight.cohorts.line": "• {month} : {size} nouveaux — {shares}",
    "insight.risk.line": "• {name} : sans contact depuis {days} jours, {rhythm} — ×{ratio}",
    "insight.risk.rhythm": "d'habitude tous les ~{days} jours",
    "insight.risk.no_rhythm": "pas encore de rythme habituel",
    "insight.idle.line": "• {title} : en {stage} depuis {days} jours (limite {limit}) — {value}",
    "insight.cross_sell.idea": "• {b} — {share} des acheteurs de {a} ont aussi acheté {b} ({both} sur {buyers})",
    "insight.cross_sell.rule": (
        "• {a} → {b} : {share} ({both} sur {buyers}), lift {lift} ; ont acheté {a} mais jamais {b} : {missing}"
    ),
    "insight.no_purchases": "Aucun achat enregistré {period}.",
    "insight.revenue.header": "Chiffre d'affaires par {by} {period} (par devise, jamais converti) :",
    "insight.revenue.margin": ", marge {margin} ({share})",
    "insight.revenue.counts": "{customers} clients, {purchases} achats",
    "insight.revenue.tag_overlap": (
        "Un client avec plusieurs étiquettes compte dans chacune : les totaux par étiquette se recoupent."
    ),
    "insight.revenue.margin_note": "La marge ne couvre que les produits ayant un coût unitaire dans la devise de l'achat.",
    "insight.customers.top": "Les {count} meilleurs clients par {by} {period} :",
    "insight.customers.bottom": "Les {count} moins bons clients par {by} {period} (parmi ceux qui ont acheté) :",
    "insight.rfm.header": "Segments RFM de {total} clients (tous ceux qui ont au moins un achat) :",
    "insight.rfm.how": (
        "Scores de 1 à 5 par quintile : R = récence du dernier achat, F = nombre d'achats, M = montant "
        "(dans sa devise). Champions R≥4 et FM≥4 ; fidèles R≥3 et FM≥3 ; prometteurs R≥3 ; à risque R≤2 et FM≥3 ; "
        "en hibernation le reste (FM = moyenne de F et M, arrondie au supérieur)."
    ),
    "insight.ltv.header": "Valeur vie client par segment (par devise) :",
    "insight.ltv.segment": "• {segment} ({currency}) : moyenne {average} sur {customers} clients ; projetée {projected}",
    "insight.ltv.best": "Plus fortes valeurs vie client à ce jour :",
    "insight.ltv.lifetime": "Durée de vie attendue d'un client : {years} ans (attrition annuelle {churn}).",
    "insight.churn": (
        "Attrition {period} : {rate} — {churned} des {active} clients actifs au début n'ont fait aucun achat dans les "
        "{days} jours jusqu'à la fin. (Actif = au moins un achat dans les {days} jours précédents.)"
    ),
    "insight.cohorts.header": (
        "Rétention par cohorte mensuelle (cohorte = mois du premier achat ; part qui rachète 1, 2, 3 mois plus tard) :"
    ),
    "insight.channels.none": "Aucune interaction notée ces 12 derniers mois.",
    "insight.channels.header": "Répartition par canal des interactions notées, 12 derniers mois :",
    "insight.as_of": "Chiffres arrêtés au {at} (le résumé de la nuit ; les totaux depuis le début sont en direct).",
    "insight.cohorts.as_of": "Cohortes arrêtées au {at} (le résumé de la nuit).",
    "insight.ltv.as_of": (
        "Chiffres par segment et attrition arrêtés au {at} (le résumé de la nuit) ; les plus fortes valeurs sont en direct."
    ),
    "insight.rank.risk": "Clients par risque (silence ÷ leur intervalle habituel entre contacts ; ⚠ à partir de ×{factor}) :",
    "insight.pipeline.header": (
        "Pipeline : {count} affaires ouvertes d'une valeur de {value} ; pondéré par la probabilité {weighted}."
    ),
    "insight.pipeline.closed_suffix": " (clôturées ces 90 derniers jours)",
    "insight.win_rate": (
        "Taux de réussite {period} : {rate} — {won} gagnées ({won_value}) et {lost} perdues ({lost_value}). "
        "Taux de réussite = gagnées ÷ (gagnées + perdues), affaires clôturées sur la période, en nombre."
    ),
    "insight.idle.none": "Aucune affaire n'est restée dans son étape au-delà de la limite. 👍",
    "insight.idle.header": "{count} affaire(s) immobile(s) au-delà de la limite de leur étape :",
    "insight.idle.limits": "Limites : {limits} (CRM_STAGE_IDLE_DAYS).",
    "insight.lifecycle.header": "Étapes du cycle de vie de {total} contacts :",
    "insight.week.header": "Les 7 derniers jours :",
    "insight.week.row": (
        "• {name} : {logged} interactions notées{kinds} ; {done} relances faites, {overdue} en retard, "
        "{coming} prévues dans les 7 prochains jours"
    ),
    "insight.cross_sell.none": "Pas encore de tendance produit nette (il faut au moins 3 acheteurs d'un produit).",
    "insight.cross_sell.header": "Tendances nettes de vente croisée (a acheté A → a aussi acheté B) :",
    "insight.cross_sell.targets": "Ont acheté {a} mais jamais {b} : {names}",
    "insight.cross_sell.contact": "Idées pour {name} :",
    "insight.cross_sell.contact_none": "Rien d'évident pour {name}, qui a déjà ce qu'achètent les clients similaires.",
    "insight.brief.need_name": 'Sur qui ? Ex. : "résumé sur Acme".',
    "insight.brief.people": "Personnes : {people}",
    "insight.brief.revenue": "Achats des 12 derniers mois : {revenue}",
    "insight.brief.buys": "Achète : {products}",
    "insight.brief.never": "N'a jamais acheté : {products}",
    "insight.brief.recent": "Dernières interactions :",
    "insight.brief.deals": "Affaires ouvertes :",
    "insight.brief.risk": "Risque : {level} — {name} sans contact depuis {days} jours, ×{ratio} son intervalle habituel.",
    "insight.brief.risk_none": "Risque : pas encore de rythme client auquel comparer.",
    "insight.products.header": "Ce que {name} achète :",
    "insight.products.nothing": "• rien pour l'instant",
    "insight.rfm.examples": " — p. ex. {names}",
    # Slack form, home page, command menu, purchases and deals, reminders, at-risk, privacy and chat import.
    "form.title": "Noter dans le CRM",
    "form.submit": "Noter",
    "form.cancel": "Annuler",
    "form.contact": "Contact",
    "form.kind": "Type",
    "form.date": "Quand",
    "form.follow_up": "Date de relance",
    "form.summary": "Résumé",
    "form.need_contact": "Choisissez un contact.",
    "form.bad_kind": "Choisissez un type d'interaction.",
    "form.future_date": "Une interaction a déjà eu lieu : choisissez aujourd'hui ou une date antérieure.",
    "form.past_follow_up": "Une relance doit tomber après aujourd'hui.",
    "home.title": "Bonjour {name}, voici votre journée.",
    "home.follow_ups": "Relances à faire",
    "home.nudges": "Rappels du jour",
    "home.at_risk": "Clients à risque",
    "home.none": "Rien ici.",
    "command.help": "Ce que je comprends, avec exemples",
    "command.find": "Trouver un contact : /find maria",
    "command.log": "Noter un appel ou une réunion : /log appel avec Ana",
    "command.followup": "Créer une relance : /followup Ana mardi prochain",
    "command.followups": "Vos relances ouvertes",
    "command.bday": "Anniversaires à venir",
    "command.atrisk": "Clients à risque",
    "command.undo": "Annuler votre dernière modification",
    "command.link": "Lier votre compte : /link CODE",
    "command.start": "Comment commencer",
    "purchase.recorded": "Enregistré : {name} a acheté {quantity} × {product} pour {amount}, {when}.",
    "purchase.again": "Déjà enregistré : {name} a acheté {product}. Rien de nouveau enregistré.",
    "purchase.need_product": 'Qu\'est-ce qui a été acheté ? Ex. : "Ana a acheté 3 Premium pour 1200 €".',
    "purchase.need_amount": (
        'Pour quel montant ? Ex. : "Ana a acheté 3 Premium pour 1200 €" (aucun prix connu pour {product}).'
    ),
    "purchase.stage_up": "{name} est désormais client.",
    "purchase.need_person": (
        '{org} a plusieurs contacts ; précisez l\'acheteur, ex. : "Maria de chez {org} a acheté Premium".'
    ),
    "purchase.too_big": (
        "Cela ressemble à une faute de frappe : j'enregistre au plus {quantity} unités et des montants "
        "inférieurs à {amount}."
    ),
    "deal.moved": "Affaire {title} déplacée de {old} à {new}.",
    "deal.was_since": "(Elle était en {stage} depuis le {since}.)",
    "deal.same": "L'affaire {title} est déjà en {stage}. Rien n'a changé.",
    "deal.need_stage": "Quelle étape ? qualification, proposition, négociation, gagnée ou perdue.",
    "deal.none": 'Aucune affaire ouverte trouvée pour "{query}".',
    "deal.several": 'Plusieurs affaires ouvertes correspondent à "{query}" ; précisez laquelle :',
    "button.dismiss": "Ignorer",
    "nudge.done": "Fait : {text}",
    "nudge.snoozed": "Reporté à {when}.",
    "nudge.snoozed_words": "Reporté à {when} : {what}.",
    "nudge.dismissed": "Ignoré : {text}",
    "nudge.log_ask": 'Que s\'est-il passé avec {name} ? (ex. : "appel : renouvellement convenu")',
    "nudge.logged": "Noté : {kind} avec {name} ; rappel terminé.",
    "nudge.nothing_to_snooze": "Il n'y a aucun rappel récent à reporter.",
    "nudge.history": "Rappels — {period} ({count}) :",
    "nudge.history_none": "Je ne vous ai envoyé aucun rappel ({period}).",
    "nudge.health_admin_only": "Seul un administrateur peut voir l'état des rappels.",
    "at_risk.none": (
        "Personne n'est à risque : chaque client ayant un rythme a été contacté dans un délai de {factor}× "
        "son intervalle habituel."
    ),
    "at_risk.header": "À risque ({count}), par valeur à risque :",
    "at_risk.line": "d'habitude tous les {cadence} jours, {silence} jours sans contact, {value}",
    "at_risk.value": "{value} par an",
    "at_risk.no_value": "aucun achat sur la dernière année",
    "privacy.exported": (
        "Tout ce qui est enregistré sur {name} ({interactions} interactions, {purchases} achats, "
        "{follow_ups} relances, {deals} affaires, {audit} entrées d'audit) a été exporté vers {path}."
    ),
    "privacy.confirm_erase": (
        "Effacer {name} et tout ce qui est enregistré à son sujet (interactions, achats, relances) ? "
        "C'est irréversible. Répondez oui ou non."
    ),
    "privacy.confirm_anonymize": (
        "Anonymiser {name} ? Le nom, les emails, les téléphones, les notes et les textes sont supprimés ; les achats "
        "et les décomptes d'activité sont conservés pour les chiffres. C'est irréversible. Répondez oui ou non."
    ),
    "privacy.button_erase": "Oui, effacer",
    "privacy.erased": "{name} et tout ce qui était enregistré à son sujet ont été effacés.",
    "privacy.anonymized": (
        "Anonymisation de {name} terminée ; les achats et les décomptes d'activité sont conservés sans données "
        "personnelles."
    ),
    "privacy.outside_team": "{name} ne fait pas partie de votre équipe : je ne peux pas lui confier vos fiches.",
    "privacy.reassigned": "{name} appartient désormais à {owner}.",
    "privacy.reassigned_org": "{org} et {count} de ses contacts appartiennent désormais à {name}.",
    "privacy.who_changed": "{who} a modifié le champ {field} de {name} {when}{via}{what}.",
    "privacy.set_at_create": (
        "Personne n'a modifié le champ {field} de {name} depuis que {who} a ajouté le contact {when}."
    ),
    "privacy.never_changed": "Je n'ai aucune trace d'une modification du champ {field} de {name}.",
    "upload.admins_only": (
        "Seul un administrateur peut importer des fichiers dans la conversation : je n'ai donc ni lu ni enregistré "
        "celui-ci."
    ),
    "upload.how": (
        "Envoyez-moi un fichier CSV (.csv) ou vCard (.vcf) pour importer des contacts. Pour l'activité, ajoutez la "
        'légende "import as interactions" ou "import as purchases". Je vérifie d\'abord et je demande avant '
        "d'enregistrer quoi que ce soit."
    ),
    "upload.one_file": "Un fichier à la fois, s'il vous plaît. Rien n'a été enregistré.",
    "upload.bad_type": (
        "Je peux importer des fichiers CSV (.csv) et vCard (.vcf), pas {file}. Enregistrez d'abord le tableur "
        "au format CSV."
    ),
    "upload.too_big": (
        "{file} fait {size} Mo ; la limite dans la conversation est de {limit} Mo. Rien n'a été enregistré. "
        "Découpez-le, ou importez-le sur le serveur : python run_bot.py import FICHIER"
    ),
    "upload.download_failed": "Je n'ai pas pu télécharger {file} ; renvoyez-le. Rien n'a été enregistré.",
    "upload.empty": "{file} est vide : rien à importer.",
    "upload.unreadable": "Je n'ai pas pu importer {file} : {problem} Rien n'a été enregistré.",
    "upload.confirm": (
        "{file} vérifié ({kind} ; rien d'enregistré pour l'instant). Importer {created} nouveaux, mettre à jour "
        "{updated}, rejeter {rejected} ?{unchanged}"
    ),
    "upload.unchanged": " ({count} déjà à jour.)",
    "upload.nothing": "Rien à importer de {file} : {unchanged} déjà à jour, {rejected} rejetés.",
    "upload.more_rejected": "…et {count} autres lignes rejetées.",
    "upload.button_import": "Importer",
    "upload.done": "{file} importé : {created} créés, {updated} mis à jour, {rejected} rejetés.",
    "upload.gone": "Ce fichier n'est plus en attente (il a expiré ou a déjà été importé) ; renvoyez-le.",
    # Stages and the brief's lines
    "insight.brief.deal": "• {title} — {stage} depuis le {since}, {value}",
    "insight.brief.at": "chez {org} ({about})",
    "insight.brief.prefers": "préfère {channel}",
    "insight.brief.owner": "responsable {name}",
    "insight.brief.colleagues": "Collègues chez {org} : {names}",
    "insight.brief.chart": "{name} : les 12 derniers mois",
    "stage.qualification": "qualification",
    "stage.proposal": "proposition",
    "stage.negotiation": "négociation",
    "stage.won": "gagnée",
    "stage.lost": "perdue",
    "stage.prospect": "prospect",
    "stage.lead": "lead",
    "stage.customer": "client",
    "stage.advocate": "ambassadeur",
    "stage.churned": "client perdu",
    # Nudge history: periods and what became of a nudge
    "nudge.period.today": "aujourd'hui",
    "nudge.period.yesterday": "hier",
    "nudge.period.this_week": "cette semaine",
    "nudge.period.last_week": "la semaine dernière",
    "nudge.period.this_month": "ce mois-ci",
    "nudge.period.last_month": "le mois dernier",
    "nudge.period.last_7_days": "les 7 derniers jours",
    "nudge.status.done": " ✓ fait",
    "nudge.status.snoozed": " · reporté",
    "nudge.status.dismissed": " · ignoré",
}
