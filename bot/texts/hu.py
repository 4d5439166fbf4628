"""Hungarian texts."""

TEXTS: dict[str, str] = {
    "refuse.unknown_user": (
        "Sajnálom, csak a csapattal dolgozom, és még nem ismerlek. "
        "Kérj kódot egy adminisztrátortól, majd küldd el: /link KÓD."
    ),
    "refuse.too_long": "Az üzenet {length} karakter; a korlát {limit}. Semmi sem lett mentve.",
    "refuse.empty": 'Üres üzenetet kaptam. Írd be: "segítség", hogy lásd, mit tudok.',
    "error.internal": "Hiba történt nálam, ezért semmi sem lett mentve. Próbáld újra.",
    "error.bad_input": "{problem} Semmi sem lett mentve.",
    "link.ok": 'Összekapcsolva: te {name} vagy ({role}). Próbáld: "segítség".',
    "link.bad": "A kód érvénytelen vagy lejárt. Kérj újat egy adminisztrátortól.",
    "link.usage": "Küldd el: /link KÓD, az adminisztrátortól kapott kóddal.",
    "link.issued": "Kód {name} számára: {code} (24 óráig érvényes). A botnak ezt kell küldeni: /link {code}.",
    "link.need_admin": "Kódot csak adminisztrátor adhat ki.",
    "link.no_staff": "Nincs {name} nevű csapattag.",
    "start": (
        "Szia! Ebben a csevegésben tartom nyilván a csapat ügyfélkapcsolatait.\n"
        "Kezdésként küldd el: /link KÓD, az adminisztrátortól kapott kóddal.\n"
        'Utána próbáld: "felhívtam Kovács Pétert, prémiumot szeretne, emlékeztess kedden", "Acme?" vagy "segítség".'
    ),
    "help": (
        "Amit értek (egyszerű mondatok és / parancsok):\n"
        "• felhívtam Kovács Pétert tegnap — hívás rögzítése (/log)\n"
        "• Péter? / keresd acme — kapcsolat keresése (/find)\n"
        "• emlékeztess, hogy hívjam fel Annát holnap — emlékeztető (/followup)\n"
        "• születésnapok ezen a héten (/bday) · ki van veszélyben? (/atrisk)\n"
        "• visszavonás — az utolsó módosítás visszavonása (/undo)"
    ),
    "unknown": 'Sajnálom, nem értettem: "{text}". Próbáld például:\n{examples}',
    "contact.added": "Hozzáadva: {name}{details}.",
    "contact.exists": "{name} már szerepel; frissítettem, ami új volt{details}.",
    "contact.updated": "Frissítve {name}: {changes}.",
    "contact.nothing_to_update": "Nem láttam semmi változtatnivalót ({name}).",
    "contact.not_found": 'Nem találom: "{query}".',
    "contact.offer_create": 'Még nem ismerem: "{query}". Felvegyem új kapcsolatként?',
    "contact.need_name": "Melyik kapcsolat? Adj meg nevet, e-mailt vagy telefonszámot.",
    "contact.ambiguous": 'Melyik "{query}"? Válaszolj számmal, vagy koppints:',
    "contact.found_many": '{count} kapcsolat illik erre: "{query}":',
    "contact.org_members": "{org}: {count} kapcsolat.",
    "card.company": "Cég",
    "card.stage": "Szakasz",
    "card.owner": "Felelős",
    "card.email": "E-mail",
    "card.phone": "Telefon",
    "card.birthday": "Születésnap",
    "card.tags": "Címkék",
    "card.last_touch": "Utolsó kapcsolat",
    "card.never": "soha",
    "card.recent": "Legutóbb:",
    "card.follow_ups": "Nyitott emlékeztetők:",
    "card.deals": "Nyitott üzletek:",
    "card.notes": "Jegyzetek",
    "logged": "Rögzítve: {kind} – {name}{org}, {when}.",
    "logged.again": "Már rögzítve: {kind} – {name}, {when}. Semmi új nem lett mentve.",
    "followup.logged": "Emlékeztető: {when}.",
    "followup.set": "Emlékeztető {when}: {text}.",
    "followup.need_date": 'Mikor emlékeztesselek? Pl.: "emlékeztess kedden Annára".',
    "followup.none": "Nincs nyitott emlékeztető. Szép!",
    "followup.list": "Nyitott emlékeztetőid:",
    "followup.done": "Kész: {text}.",
    "followup.snoozed": "Elhalasztva eddig: {when}.",
    "undo.done": "Visszavonva: {what}.",
    "undo.nothing": "Nincs mit visszavonni.",
    "cancelled": "Rendben, megszakítva. Semmi sem lett mentve.",
    "contact.unread_phone": "A(z) „{value}” nem olvasható telefonszámként, ezért semmi sem lett mentve. Küldd el újra a kapcsolatot nemzetközi formátumú számmal (pl. +36 20 123 4567), vagy nélküle.",
    "contact.unread_email": "A(z) „{value}” nem olvasható e-mail-címként, ezért semmi sem lett mentve. Küldd el újra a kapcsolatot javított címmel, vagy nélküle.",
    "input.too_long": "A(z) {field} mező {length} karakter hosszú; a korlát {limit}. Semmi sem lett mentve.",
    "field.company": "cégnév",
    "field.name": "név",
    "field.notes": "jegyzet",
    "field.summary": "összefoglaló",
    "field.title": "cím",
    "field.email": "e-mail",
    "field.tag": "címke",
    "field.text": "szöveg",
    "input.bad_value": "Ez az érték nem szerepel az űrlap választásai között; válassz újra.",
    "nudge.resent": "(újraküldve) {text}",
    "input.stale_button": "Ez a gomb elavult vagy nem tőlem származik, ezért semmi sem változott.",
    "pending.expired": "A kérdés lejárt; kérdezz újra.",
    "button.create": "Létrehozás",
    "button.cancel": "Mégse",
    "button.done": "Kész",
    "button.snooze_day": "Halasztás 1 nappal",
    "button.snooze_week": "Halasztás 1 héttel",
    "button.log": "Rögzítés",
    "button.more": "Több",
    "kind.call": "hívás",
    "kind.meeting": "találkozó",
    "kind.email": "e-mail",
    "kind.message": "üzenet",
    "kind.note": "jegyzet",
    "kind.visit": "látogatás",
    "when.today": "ma {time}",
    "when.yesterday": "tegnap {time}",
    "when.tomorrow": "holnap {time}",
    "birthdays.none": "Nincs születésnap {period}.",
    "birthdays.header": "Születésnapok {period} ({count}):",
    "birthdays.unknown": "Nem tudom {name} születésnapját.",
    "birthdays.one": "{name} születésnapja: {date}; legközelebb {next}{turning}.",
    "list.none": "Senki sem felel meg.",
    "stale.header": "{days} napja nem kerestük ({count}):",
    "stale.none": "Mindenkivel beszéltünk az elmúlt {days} napban.",
    "correction.done": "Javítva: {kind} – {name}, {when}.",
    "correction.unchanged": "Ez már így volt; nem változott semmi.",
    "correction.nothing": "Az utolsó módosításod nem rögzített interakció volt, így nincs mit javítani.",
    "debug.header": 'Így értettem: "{text}"',
    "debug.nothing": "Nem emlékszem az előző üzenetedre.",
    "birthdays.period.today": "ma",
    "birthdays.period.tomorrow": "holnap",
    "birthdays.period.week": "a következő 7 napban",
    "birthdays.period.month": "ebben a hónapban",
    "birthdays.turns": ", {age} éves lesz",
    "cal.weekdays": "H K Sze Cs P Szo V",
    "cal.months": "jan febr márc ápr máj jún júl aug szept okt nov dec",
    "example.log": "felhívtam Kovács Pétert tegnap",
    "example.log_meeting": "találkoztam Annával ma",
    "example.log_followup": "felhívtam Pétert, emlékeztess jövő kedden",
    "example.find": "Acme?",
    "example.find_email": "keresd chen@example.cn",
    "example.followup": "emlékeztess, hogy hívjam fel Annát holnap",
    "example.followup_date": "emlékeztess hónap végén Péterre",
    "example.followups": "emlékeztetők",
    "example.add": "add Chen Wei, chen@example.cn, works at Dragon Trade",
    "example.birthdays": "születésnapok ezen a héten",
    "example.stale": "kivel nem beszéltünk 60 napja?",
    "example.at_risk": "ki van veszélyben?",
    "example.purchase": "Ana vett 3 Premium licencet 1200 €-ért ma",
    "example.deal": "move the Acme deal to negotiation",
    "example.undo": "visszavonás",
    "privacy.dm_only": "Ezt a beszélgetést mások is olvassák, ezért erre csak közvetlen üzenetben válaszolok: ott kérdezz.",
    "contact.taken": "Ez az e-mail-cím vagy telefonszám már egy csapatodon kívüli kapcsolatnál szerepel, ezért nem mentettem el. Kérd egy vezető vagy adminisztrátor segítségét, ha át kell helyezni.",
    # Insight answers
    "period.last_days": "az elmúlt {n} napban",
    "period.last_weeks": "az elmúlt {n} hétben",
    "period.last_months": "az elmúlt {n} hónapban",
    "period.last_years": "az elmúlt {n} évben",
    "period.all": "a teljes időszakban",
    "period.mtd": "ebben a hónapban",
    "period.lm": "a múlt hónapban",
    "period.qtd": "ebben a negyedévben",
    "period.lq": "az előző negyedévben",
    "period.ytd": "{year} eleje óta",
    "period.ly": "a {year}. évben",
    "dim.segment": "szegmens",
    "dim.tag": "címke",
    "dim.organization": "cég",
    "dim.owner": "felelős",
    "measure.revenue": "bevétel",
    "measure.profit": "nyereség",
    "insight.customers.profit": ", nyereség {profit}",
    "insight.brief.at_risk": "veszélyben",
    "insight.brief.fine": "rendben",
    "rfm.champions": "bajnokok",
    "rfm.loyal": "hűségesek",
    "rfm.promising": "ígéretesek",
    "rfm.at_risk": "veszélyben",
    "rfm.hibernating": "alvók",
    "insight.cohorts.line": "• {month}: {size} új — {shares}",
    "insight.risk.line": "• {name}: {days} napja nincs kapcsolat, {rhythm} — ×{ratio}",
    "insight.risk.rhythm": "általában ~{days} naponta",
    "insight.risk.no_rhythm": "még nincs szokásos ritmus",
    "insight.idle.line": "• {title}: {stage} szakasz, {days} napja (korlát: {limit}) — {value}",
    "insight.cross_sell.idea": "• {b} — {a} termék vásárlóinak {share}-a {b} terméket is vett ({buyers} közül {both})",
    "insight.cross_sell.rule": (
        "• {a} → {b}: {share} ({buyers} közül {both}), lift {lift}; {missing} ügyfél vett {a} terméket, "
        "de {b} terméket soha"
    ),
    "insight.no_purchases": "Nincs rögzített vásárlás {period}.",
    "insight.revenue.header": "Bevétel {by} szerint {period} (pénznemenként, átváltás nélkül):",
    "insight.revenue.margin": ", árrés {margin} ({share})",
    "insight.revenue.counts": "{customers} ügyfél, {purchases} vásárlás",
    "insight.revenue.tag_overlap": (
        "A több címkével rendelkező ügyfél minden címkéjénél beszámít, ezért a címkénkénti összegek átfedik egymást."
    ),
    "insight.revenue.margin_note": (
        "Az árrés csak azokat a termékeket tartalmazza, amelyeknek van egységköltsége a vásárlás pénznemében."
    ),
    "insight.customers.top": "A legjobb {count} ügyfél {by} szerint {period}:",
    "insight.customers.bottom": "A leggyengébb {count} ügyfél {by} szerint {period} (a vásárlók közül):",
    "insight.rfm.header": "{total} ügyfél RFM-szegmensei (mindenki, akinek van vásárlása):",
    "insight.rfm.how": (
        "Pontszám 1-5, kvintilisek szerint: R = mennyire friss az utolsó vásárlás, F = hány vásárlás, M = mennyi "
        "(a saját pénznemében). Bajnokok R≥4 és FM≥4; hűségesek R≥3 és FM≥3; ígéretesek R≥3; veszélyben R≤2 és FM≥3; "
        "alvók a többiek (FM = F és M átlaga, felfelé kerekítve)."
    ),
    "insight.ltv.header": "Ügyfélélettartam-érték szegmensenként (pénznemenként):",
    "insight.ltv.segment": "• {segment} ({currency}): átlag {average}, {customers} ügyfél alapján; előrejelzés {projected}",
    "insight.ltv.best": "Eddigi legmagasabb élettartam-értékek:",
    "insight.ltv.lifetime": "Várható ügyfélélettartam: {years} év (éves lemorzsolódás {churn}).",
    "insight.churn": (
        "Lemorzsolódás {period}: {rate} — az elején aktív {active} ügyfélből {churned} nem vásárolt a végéig tartó "
        "{days} napban. (Aktív = legalább egy vásárlás az előző {days} napban.)"
    ),
    "insight.cohorts.header": (
        "Megtartás havi kohorszonként (kohorsz = az első vásárlás hónapja; az újra vásárlók aránya 1, 2, 3 hónappal "
        "később):"
    ),
    "insight.channels.none": "Az elmúlt 12 hónapban nem volt rögzített interakció.",
    "insight.channels.header": "A rögzített interakciók csatornák szerinti megoszlása, elmúlt 12 hónap:",
    "insight.as_of": "Az adatok állapota: {at} (éjszakai összesítés; a teljes időszak összegei valós idejűek).",
    "insight.cohorts.as_of": "A kohorszok állapota: {at} (éjszakai összesítés).",
    "insight.ltv.as_of": (
        "A szegmensadatok és a lemorzsolódás állapota: {at} (éjszakai összesítés); a legmagasabb értékek valós idejűek."
    ),
    "insight.rank.risk": "Ügyfelek kockázat szerint (csend ÷ a szokásos kapcsolattartási időközük; ⚠, ha legalább ×{factor}):",
    "insight.pipeline.header": (
        "Pipeline: {count} nyitott üzlet {value} értékben; valószínűséggel súlyozva {weighted}."
    ),
    "insight.pipeline.closed_suffix": " (az elmúlt 90 napban lezárva)",
    "insight.win_rate": (
        "Nyerési arány {period}: {rate} — {won} megnyert ({won_value}) és {lost} elvesztett ({lost_value}). "
        "Nyerési arány = megnyert ÷ (megnyert + elvesztett), az időszakban lezárt üzletek, darabszám szerint."
    ),
    "insight.idle.none": "Egyik üzlet sem állt tovább a szakaszában, mint a korlát. 👍",
    "insight.idle.header": "{count} üzlet állt tovább a szakaszára megadott korlátnál:",
    "insight.idle.limits": "Korlátok: {limits} (CRM_STAGE_IDLE_DAYS).",
    "insight.lifecycle.header": "{total} kapcsolat életciklus-szakaszai:",
    "insight.week.header": "Az elmúlt 7 nap:",
    "insight.week.row": (
        "• {name}: {logged} rögzített interakció{kinds}; {done} elvégzett emlékeztető, {overdue} lejárt, "
        "{coming} esedékes a következő 7 napban"
    ),
    "insight.cross_sell.none": "Még nincs erős termékminta (ehhez egy terméknek legalább 3 vásárlója kell).",
    "insight.cross_sell.header": "Erős keresztértékesítési minták (A-t vett → B-t is vett):",
    "insight.cross_sell.targets": "Vettek {a} terméket, de {b} terméket soha: {names}",
    "insight.cross_sell.contact": "Ötletek {name} számára:",
    "insight.cross_sell.contact_none": (
        "Nincs kézenfekvő ötlet {name} számára: már megvan neki, amit a hasonló ügyfelek vásárolnak."
    ),
    "insight.brief.need_name": 'Kiről? Pl.: "összefoglaló az Acme-ról".',
    "insight.brief.people": "Személyek: {people}",
    "insight.brief.revenue": "Vásárlások az elmúlt 12 hónapban: {revenue}",
    "insight.brief.buys": "Vásárol: {products}",
    "insight.brief.never": "Soha nem vásárolt: {products}",
    "insight.brief.recent": "Legutóbbi interakciók:",
    "insight.brief.deals": "Nyitott üzletek:",
    "insight.brief.risk": "Kockázat: {level} — {name}: {days} napja nincs kapcsolat, a szokásos időköz ×{ratio}.",
    "insight.brief.risk_none": "Kockázat: még nincs ügyfélritmus, amihez hasonlítani lehetne.",
    "insight.products.header": "Amit {name} vásárol:",
    "insight.products.nothing": "• még semmi",
    "insight.rfm.examples": " — pl. {names}",
    # Slack form, home page, command menu, purchases and deals, reminders, at-risk, privacy and chat import.
    "form.title": "Rögzítés a CRM-ben",
    "form.submit": "Rögzítés",
    "form.cancel": "Mégse",
    "form.contact": "Kapcsolat",
    "form.kind": "Típus",
    "form.date": "Mikor",
    "form.follow_up": "Emlékeztető dátuma",
    "form.summary": "Összefoglaló",
    "form.need_contact": "Válassz kapcsolatot.",
    "form.bad_kind": "Válaszd ki az interakció típusát.",
    "form.future_date": "Az interakció már megtörtént; a mai vagy egy korábbi napot válaszd.",
    "form.past_follow_up": "Az emlékeztetőhöz a mainál későbbi nap kell.",
    "home.title": "Szia {name}, íme a napod.",
    "home.follow_ups": "Esedékes emlékeztetők",
    "home.nudges": "Mai értesítések",
    "home.at_risk": "Veszélyben lévő ügyfelek",
    "home.none": "Nincs itt semmi.",
    "command.help": "Amit értek, példákkal",
    "command.find": "Kapcsolat keresése: /find maria",
    "command.log": "Hívás vagy találkozó rögzítése: /log felhívtam Annát",
    "command.followup": "Emlékeztető beállítása: /followup Anna jövő kedden",
    "command.followups": "Nyitott emlékeztetőid",
    "command.bday": "Közelgő születésnapok",
    "command.atrisk": "Veszélyben lévő ügyfelek",
    "command.undo": "Az utolsó módosítás visszavonása",
    "command.link": "Fiók összekapcsolása: /link KÓD",
    "command.start": "Első lépések",
    "purchase.recorded": "Rögzítve: {name} vásárlása – {quantity} × {product}, {amount}, {when}.",
    "purchase.again": "Már rögzítve: {name} vásárlása – {product}. Semmi új nem lett mentve.",
    "purchase.need_product": 'Mit vásárolt? Pl.: "Ana vett 3 Premium licencet 1200 €-ért".',
    "purchase.need_amount": 'Mennyibe került? Pl.: "Ana vett 3 Premium licencet 1200 €-ért" ({product}: nincs ismert ár).',
    "purchase.stage_up": "{name} mostantól ügyfél.",
    "purchase.need_person": (
        '{org}: több kapcsolat is van; nevezd meg a vásárlót, pl.: "Maria from {org} bought Premium".'
    ),
    "purchase.too_big": "Ez elírásnak tűnik: legfeljebb {quantity} darabot és {amount} alatti összeget rögzítek.",
    "deal.moved": "{title} áthelyezve: {old} → {new}.",
    "deal.was_since": "({since} óta volt ebben a szakaszban: {stage}.)",
    "deal.same": "{title} már ebben a szakaszban van: {stage}. Nem változott semmi.",
    "deal.need_stage": "Melyik szakasz? minősítés, ajánlat, tárgyalás, megnyert vagy elvesztett.",
    "deal.none": 'Nem találtam nyitott üzletet erre: "{query}".',
    "deal.several": 'Több nyitott üzlet illik erre: "{query}"; nevezz meg egyet:',
    "button.dismiss": "Elvetés",
    "nudge.done": "Kész: {text}",
    "nudge.snoozed": "Elhalasztva eddig: {when}.",
    "nudge.snoozed_words": "{what} elhalasztva eddig: {when}.",
    "nudge.dismissed": "Elvetve: {text}",
    "nudge.log_ask": 'Mi történt {name} kapcsán? (pl.: "hívás: megegyeztünk a megújításról")',
    "nudge.logged": "Rögzítve: {kind} – {name}; az értesítés lezárva.",
    "nudge.nothing_to_snooze": "Nincs friss értesítés, amit elhalaszthatnék.",
    "nudge.history": "Értesítések — {period} ({count}):",
    "nudge.history_none": "Nem küldtem értesítést ({period}).",
    "nudge.health_admin_only": "Az értesítések állapotát csak adminisztrátor láthatja.",
    "at_risk.none": (
        "Senki sincs veszélyben: minden ritmussal rendelkező ügyfelet időben megkerestünk "
        "(a szokásos időköz ×{factor} értékén belül)."
    ),
    "at_risk.header": "Veszélyben ({count}), a veszélyeztetett érték szerint:",
    "at_risk.line": "általában {cadence} naponta, {silence} napja nincs kapcsolat, {value}",
    "at_risk.value": "évi {value}",
    "at_risk.no_value": "az elmúlt évben nem vásárolt",
    "privacy.exported": (
        "Exportáltam minden tárolt adatot erről: {name} ({interactions} interakció, {purchases} vásárlás, "
        "{follow_ups} emlékeztető, {deals} üzlet, {audit} naplóbejegyzés). Helye: {path}."
    ),
    "privacy.confirm_erase": (
        "Törlöm a következőt: {name}, minden róla tárolt adattal együtt (interakciók, vásárlások, emlékeztetők)? "
        "Ez nem vonható vissza. Válaszolj: igen vagy nem."
    ),
    "privacy.confirm_anonymize": (
        "Anonimizáljam a következőt: {name}? A név, az e-mail-címek, a telefonszámok, a jegyzetek és a szövegek "
        "törlődnek; a vásárlások és a tevékenységszámok megmaradnak a kimutatásokhoz. Ez nem vonható vissza. "
        "Válaszolj: igen vagy nem."
    ),
    "privacy.button_erase": "Igen, törlés",
    "privacy.erased": "Törölve: {name}, minden róla tárolt adattal együtt.",
    "privacy.anonymized": "Anonimizálva: {name}; a vásárlások és a tevékenységszámok személyes adatok nélkül megmaradnak.",
    "privacy.outside_team": "{name} nem tagja a csapatodnak, ezért nem adhatom át neki az adataidat.",
    "privacy.reassigned": "{name} felelőse mostantól {owner}.",
    "privacy.reassigned_org": "{org} és {count} kapcsolatának felelőse mostantól {name}.",
    "privacy.who_changed": "{who} módosította ezt: {name} – {field}, {when}{via}{what}.",
    "privacy.set_at_create": (
        "Senki sem módosította ezt: {name} – {field}, mióta {who} hozzáadta a kapcsolatot ({when})."
    ),
    "privacy.never_changed": "Nincs nyoma, hogy ez módosult volna: {name} – {field}.",
    "upload.admins_only": "Fájlt a csevegésben csak adminisztrátor importálhat, ezért ezt nem olvastam be és nem mentettem.",
    "upload.how": (
        "Küldj egy CSV (.csv) vagy vCard (.vcf) fájlt a kapcsolatok importálásához. Tevékenységekhez írd mellé: "
        '"import as interactions" vagy "import as purchases". Előbb ellenőrzöm, és mentés előtt rákérdezek.'
    ),
    "upload.one_file": "Egyszerre csak egy fájlt küldj. Semmi sem lett mentve.",
    "upload.bad_type": (
        "CSV (.csv) és vCard (.vcf) fájlt tudok importálni, ezt nem: {file}. Előbb mentsd a táblázatot CSV formátumban."
    ),
    "upload.too_big": (
        "{file} mérete {size} MB; a csevegésben a korlát {limit} MB. Semmi sem lett mentve. "
        "Bontsd fel, vagy importáld a szerveren: python run_bot.py import FÁJL"
    ),
    "upload.download_failed": "Nem sikerült letölteni ezt: {file}; küldd el újra. Semmi sem lett mentve.",
    "upload.empty": "{file} üres, így nincs mit importálni.",
    "upload.unreadable": "Nem sikerült importálni ezt: {file}. {problem} Semmi sem lett mentve.",
    "upload.confirm": (
        "Ellenőriztem: {file} ({kind}; még semmi sincs mentve). Importálás: {created} új, {updated} frissítés, "
        "{rejected} elutasítás — mehet?{unchanged}"
    ),
    "upload.unchanged": " ({count} már naprakész.)",
    "upload.nothing": "Nincs mit importálni ebből: {file}; {unchanged} már naprakész, {rejected} elutasítva.",
    "upload.more_rejected": "…és még {count} elutasított sor.",
    "upload.button_import": "Importálás",
    "upload.done": "Importálva: {file}; {created} létrehozva, {updated} frissítve, {rejected} elutasítva.",
    "upload.gone": "Ez a fájl már nem vár importálásra (lejárt, vagy már importáltuk); küldd el újra.",
    # Stages and the brief's lines
    "insight.brief.deal": "• {title} — {stage}, {since} óta, {value}",
    "insight.brief.at": "cég: {org} ({about})",
    "insight.brief.prefers": "kedvelt csatorna: {channel}",
    "insight.brief.owner": "felelős: {name}",
    "insight.brief.colleagues": "Kollégák ({org}): {names}",
    "insight.brief.chart": "{name}: az elmúlt 12 hónap",
    "stage.qualification": "minősítés",
    "stage.proposal": "ajánlat",
    "stage.negotiation": "tárgyalás",
    "stage.won": "megnyert",
    "stage.lost": "elvesztett",
    "stage.prospect": "érdeklődő",
    "stage.lead": "lead",
    "stage.customer": "ügyfél",
    "stage.advocate": "nagykövet",
    "stage.churned": "elvesztett ügyfél",
    # Nudge history: periods and what became of a nudge
    "nudge.period.today": "ma",
    "nudge.period.yesterday": "tegnap",
    "nudge.period.this_week": "ezen a héten",
    "nudge.period.last_week": "múlt héten",
    "nudge.period.this_month": "ebben a hónapban",
    "nudge.period.last_month": "múlt hónapban",
    "nudge.period.last_7_days": "az elmúlt 7 napban",
    "nudge.status.done": " ✓ kész",
    "nudge.status.snoozed": " · elhalasztva",
    "nudge.status.dismissed": " · elvetve",
}
