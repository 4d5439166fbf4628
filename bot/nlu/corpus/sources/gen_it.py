import sys
sys.path.insert(0, "/work/train")
from lib import parse_dsl, fill_frames, write

L = "it"
HAND = r"""
log | chiamato giuseppe bianchi ieri, vuole rinnovare | c=giuseppe bianchi; k=call; d=YD
log | sentito alessandro stamattina per la fattura | c=alessandro; k=call; d=TD
log | riunione con Chiara Colombo da Torino Meccanica lunedì, è andata bene 👍 | c=Chiara Colombo; o=Torino Meccanica; k=meeting; d=p.mon
log | pranzo con Francesca Romano ieri, devo mandarle il preventivo | c=Francesca Romano; k=meeting; d=YD
log | mandato una mail a luca con l'offerta | c=luca; k=email
log | whatsapp a Giulia poco fa, conferma 👍 | c=Giulia; k=message; d=TD
log | visita da fornitori uniti ieri pomeriggio | o=fornitori uniti; k=visit; d=YD
log | la chiara mi ha chiamato l'altro ieri lamentandosi dell'assistenza | c=chiara; k=call; d=DBY
log | nota: luca marino va in pensione a giugno | c=luca marino; k=note
log | chiamato Maria ieri alle 16, segreteria | c=Maria; k=call; d=YD@16:00
log | call su zoom con giuseppe martedì, ricontattare venerdì | c=giuseppe; k=meeting; d=p.tue; f=n.fri
log | telefonata con Alessandro Ricci oggi alle 9:30, richiamare il 20 | c=Alessandro Ricci; k=call; d=TD@09:30; f=2026-03-20
log | conosciuto Marco Gallo della Gallo Arredamenti S.r.l. in fiera ieri, simpatico | c=Marco Gallo; o=Gallo Arredamenti S.r.l.; k=meeting; d=YD
log | caffè con giulia ferrari oggi | c=giulia ferrari; k=meeting; d=TD
log | francesca ha risposto alla mail, ok per il contratto | c=francesca; k=email
log | sms a Luca Marino per avvisare del ritardo | c=Luca Marino; k=message
log | demo del Premium da Milano Design ieri alle 15 | o=Milano Design; k=meeting; d=YD@15:00
log | ieri incontro con Santos, ricordami di mandare il contratto lunedì | c=Santos; k=meeting; d=YD; f=n.mon
log | è stata fatta una visita alla Trattoria Romano martedì | o=Trattoria Romano; k=visit; d=p.tue
log | ho appena sentito Valentina Greco della Greco Vini S.p.A., vuole un'offerta | c=Valentina Greco; o=Greco Vini S.p.A.; k=call; d=TD
log | ho visto sophie martin a parigi lunedì | c=sophie martin; k=meeting; d=p.mon
sch | ricordami di chiamare alessandro domani | c=alessandro; f=TM
sch | ricordami di chiamare giuseppe bianchi venerdì alle 10 | c=giuseppe bianchi; f=n.fri@10:00
sch | riunione con Chiara Colombo martedì prossimo alle 15 | c=Chiara Colombo; f=n.tue@15:00
sch | pranzo con Francesca il 20 | c=Francesca; f=2026-03-20
sch | ho una visita da torino meccanica lunedì prossimo alle 9 | o=torino meccanica; f=n.mon@09:00
sch | follow up con luca marino tra 2 settimane | c=luca marino; f=+14d
sch | domani 14:00 call con giulia | c=giulia; f=TM@14:00
sch | devo mandare l'offerta ad Alessandro entro mercoledì | c=Alessandro; f=n.wed
sch | fissare una demo con Fornitori Uniti giovedì prossimo alle 11 | o=Fornitori Uniti; f=n.thu@11:00
sch | ricordarsi di rispondere a Maria domattina | c=Maria; f=TM
sch | domani alle 16 videocall con Roberto Conti della Conti Logistica S.r.l. | c=Roberto Conti; o=Conti Logistica S.r.l.; f=TM@16:00
sch | avvisami sabato di scrivere a chiara | c=chiara; f=n.sat
find | numero di giuseppe bianchi? | c=giuseppe bianchi
find | qual è la mail di alessandro | c=alessandro
find | milano design? | o=milano design
find | chi è Chiara Colombo | c=Chiara Colombo
find | quand'è il compleanno di luca? | c=luca
find | in che azienda lavora Giulia Ferrari | c=Giulia Ferrari
find | ultimo contatto con Torino Meccanica? | o=Torino Meccanica
find | fammi vedere la scheda di Francesca Romano | c=Francesca Romano
find | Maria? | c=Maria
find | il cell di giulia pls | c=giulia
find | cosa sappiamo di Fornitori Uniti | o=Fornitori Uniti
find | quando ho sentito chen wei l'ultima volta | c=chen wei
addc | aggiungi Stefano Moretti, stefano@morettiedili.it, 333 123 4567 | c=Stefano Moretti; em=stefano@morettiedili.it; ph=333 123 4567
addc | nuovo contatto: Sara Esposito, sara.esposito@gmail.com, lavora da Milano Design | c=Sara Esposito; em=sara.esposito@gmail.com; o=Milano Design
addc | crea contatto Davide Fontana +39 347 111 2222 | c=Davide Fontana; ph=+39 347 111 2222
addc | registra Elisa Barbieri della Barbieri Tessuti S.r.l., tel 02 4567 8910 | c=Elisa Barbieri; o=Barbieri Tessuti S.r.l.; ph=02 4567 8910
addc | aggiungere contatto Matteo Rinaldi, mrinaldi@rinaldi-trasporti.it | c=Matteo Rinaldi; em=mrinaldi@rinaldi-trasporti.it
addc | salva Lorenzo Caruso, è il nuovo buyer di Torino Meccanica | c=Lorenzo Caruso; o=Torino Meccanica
addc | ho conosciuto Martina De Luca, aggiungila pls: martina@deluca.it | c=Martina De Luca; em=martina@deluca.it
addc | nuovo lead Federico Leone, tel 349 554 4332, Bologna | c=Federico Leone; ph=349 554 4332; st=lead
addc | add Silvia Mancini (silvia.mancini@ottica-mancini.it) | c=Silvia Mancini; em=silvia.mancini@ottica-mancini.it
addo | aggiungi l'azienda Greco Vini S.p.A., Verona | o=Greco Vini S.p.A.
addo | nuova azienda: Gallo Arredamenti S.r.l. | o=Gallo Arredamenti S.r.l.
addo | crea l'organizzazione Conti Logistica S.r.l. | o=Conti Logistica S.r.l.
addo | registra la ditta Ottica Mancini snc a Firenze | o=Ottica Mancini snc
addo | nuova org Gruppo Orizzonte S.p.A., settore edilizia | o=Gruppo Orizzonte S.p.A.
addo | aggiungere società Cantine Lombardi S.r.l. | o=Cantine Lombardi S.r.l.
addo | crea Barbieri Tessuti come nuova azienda | o=Barbieri Tessuti
addo | add org Studio Ferri S.r.l.s., Napoli | o=Studio Ferri S.r.l.s.
upc | il nuovo cellulare di Giuseppe Bianchi è 333 222 3344 | c=Giuseppe Bianchi; ph=333 222 3344
upc | cambia la mail di alessandro in alessandro.ricci@torinomeccanica.it | c=alessandro; em=alessandro.ricci@torinomeccanica.it
upc | metti luca come vip | c=luca; tg=vip
upc | togli il tag renewal a Chiara Colombo | c=Chiara Colombo; tg=renewal
upc | il compleanno di giulia è il 14 maggio | c=giulia; bd=05-14
upc | Francesca Romano ora lavora da Milano Design | c=Francesca Romano; o=Milano Design
upc | passa Luca Marino a cliente | c=Luca Marino; st=customer
upc | francesca preferisce whatsapp, aggiorna | c=francesca
upc | alessandro ricci è il decisore, tag decision-maker | c=alessandro ricci; tg=decision-maker
upc | Chiara è nata il 3/11/1985 | c=Chiara; bd=1985-11-03
upc | giuseppe bianchi adesso è direttore commerciale | c=giuseppe bianchi
pur | Giuseppe Bianchi ha comprato 10 licenze Premium per 2.500€ | c=Giuseppe Bianchi; pr=Premium; q=10; a=2500; cur=EUR
pur | trattoria romano ha preso 5 Basic oggi, 600 euro | o=trattoria romano; pr=Basic; q=5; a=600; cur=EUR; d=TD
pur | alessandro ha comprato Training per il team, 4.800 € | c=alessandro; pr=Training; a=4800; cur=EUR
pur | Fornitori Uniti ha rinnovato il Support per 1200 € ieri | o=Fornitori Uniti; pr=Support; a=1200; cur=EUR; d=YD
pur | venduti 3 Onboarding a Chiara Colombo 🎉 | c=Chiara Colombo; pr=Onboarding; q=3
pur | Torino Meccanica ha comprato 20 licenze Premium, 30 mila euro | o=Torino Meccanica; pr=Premium; q=20; a=30000; cur=EUR
pur | giulia ferrari ha preso il piano basic, 49,90€/mese | c=giulia ferrari; pr=Basic; a=49.90; cur=EUR
pur | acquisto: Francesca, 2x Training, 900 eur | c=Francesca; pr=Training; q=2; a=900; cur=EUR
pur | il pacchetto Onboarding è stato acquistato da Milano Design ieri | o=Milano Design; pr=Onboarding; d=YD
cdeal | nuovo affare con Trattoria Romano, 15 mila euro | o=Trattoria Romano; a=15000; cur=EUR
cdeal | apri un'opportunità su Gruppo Orizzonte S.p.A. da 40k € per Premium | o=Gruppo Orizzonte S.p.A.; a=40000; cur=EUR; pr=Premium
cdeal | crea deal Fornitori Uniti - Training, 8.000 € | o=Fornitori Uniti; pr=Training; a=8000; cur=EUR
cdeal | nuova opportunità: Torino Meccanica vuole estendere il Support, circa 25.000 € | o=Torino Meccanica; pr=Support; a=25000; cur=EUR
cdeal | nuovo deal con Cantine Lombardi S.r.l., ancora in qualificazione | o=Cantine Lombardi S.r.l.; st=qualification
cdeal | aprire trattativa con Roberto Conti per 30 licenze Basic | c=Roberto Conti; pr=Basic; q=30
cdeal | Milano Design è interessata all'Onboarding, crea un'opportunità da 6.000 € | o=Milano Design; pr=Onboarding; a=6000; cur=EUR
cdeal | nuova opp Conti Logistica S.r.l. 12.000 € | o=Conti Logistica S.r.l.; a=12000; cur=EUR
cdeal | deal nuovo: Studio Ferri S.r.l.s., Basic, 2,4k | o=Studio Ferri S.r.l.s.; pr=Basic; a=2400
udeal | abbiamo vinto milano design!!! 🎉🎉 | o=milano design; st=won
udeal | perso Trattoria Romano 😞 | o=Trattoria Romano; st=lost
udeal | il deal Samba Foods passa in negoziazione | o=Samba Foods; st=negotiation
udeal | globex -> proposta | o=globex; st=proposal
udeal | sposta hooli in trattativa | o=hooli; st=negotiation
udeal | Acme ha firmato, segnalo come vinto | o=Acme; st=won
udeal | l'opportunità Dragon Trade è persa, hanno scelto un concorrente | o=Dragon Trade; st=lost
udeal | metti Milano Design in fase proposta | o=Milano Design; st=proposal
udeal | milano design premium: firmato ✅ | o=milano design; st=won
need | Giuseppe Bianchi ha bisogno del SSO prima di firmare | c=Giuseppe Bianchi
need | alessandro vuole il 10% di sconto se chiude entro fine mese | c=alessandro
need | ho promesso a luca di mandargli il case study entro venerdì | c=luca; f=n.fri
need | Trattoria Romano ha bisogno di integrazione con il gestionale | o=Trattoria Romano
need | chiara odia le telefonate, preferisce le mail | c=chiara
need | a Francesca il Premium sembra troppo caro | c=Francesca; pr=Premium
need | Giulia Ferrari ci tiene molto all'assistenza in italiano | c=Giulia Ferrari
need | luca ha chiesto formazione in sede per il team | c=luca; pr=Training
need | fornitori uniti vuole le fatture solo in euro | o=fornitori uniti
need | ho detto a Chiara che l'onboarding glielo regaliamo | c=Chiara; pr=Onboarding
lc | con chi non parlo da 60 giorni? | dy=60
lc | contatti senza interazioni negli ultimi 30 giorni | dy=30
lc | chi ho trascurato | 
lc | elenco clienti vip | tg=vip
lc | fammi vedere i lead | st=lead
lc | chi non sento da più di 3 mesi | dy=90
lc | contatti di Milano che non sentiamo da 45 giorni | dy=45
lc | clienti partner | tg=partner
lc | lista dei contatti di torino meccanica | o=torino meccanica
lf | cosa ho oggi? | 
lf | i miei follow-up | 
lf | cosa è scaduto? | 
lf | che promemoria ho questa settimana | 
lf | attività in sospeso | 
lf | cosa devo fare domani | 
lf | mostrami i promemoria aperti pls | 
lf | ho follow up in ritardo?? | 
lf | agenda di oggi | 
bday | compleanni questa settimana? | 
bday | chi compie gli anni questo mese | 
bday | c'è qualche compleanno oggi? | 
bday | compleanni del mese 🎂 | 
bday | prossimi compleanni | 
bday | qualche cliente compie gli anni nei prossimi 10 giorni? | dy=10
bday | chi fa gli anni domani | 
bday | lista compleanni | 
risk | chi è a rischio? | 
risk | clienti che si stanno raffreddando | 
risk | chi potrebbe disdire? | 
risk | clienti a rischio churn | 
risk | quali account si stanno raffreddando | 
risk | c'è qualcuno sparito che dovrei chiamare? | 
risk | allarme abbandono | 
risk | quali clienti ci stanno scappando | 
xs | a chi propongo l'Onboarding? | pr=Onboarding
xs | suggerimenti di cross-selling | 
xs | chi potrebbe comprare Training? | pr=Training
xs | opportunità di upsell | 
xs | a chi vendere Premium | pr=Premium
xs | quali clienti Basic potrebbero passare a Premium | pr=Premium
xs | cos'altro posso vendere a torino meccanica? | o=torino meccanica
xs | idee di vendita incrociata | 
pipe | come va la pipeline? | 
pipe | riepilogo del funnel | 
pipe | trattative aperte | 
pipe | pipeline del mese | 
pipe | quanto ho in trattativa? | st=negotiation
pipe | deal fermi | 
pipe | fammi vedere il funnel di vendita | 
pipe | come siamo messi col pipe 👀 | 
port | fatturato per segmento nell'ultimo trimestre | 
port | quanti clienti abbiamo in Italia? | 
port | chi sono i 5 migliori clienti | 
port | fatturato di quest'anno | 
port | qual è il tasso di churn | 
port | margine per prodotto | 
port | valore medio del cliente nel tempo (LTV) | 
port | fatturato per paese | 
port | vendite per commerciale | 
port | il mio portafoglio | 
port | quanti clienti enterprise abbiamo? | 
help | ciao | 
help | cosa sai fare? | 
help | aiuto | 
help | buongiorno! | 
help | come funziona | 
help | quali comandi ci sono | 
help | ciao, tutto bene? mi serve una mano | 
help | aiutami | 
undo | annulla | 
undo | ops, annulla | 
undo | annulla l'ultima modifica | 
undo | torna indietro | 
undo | disfa quello che ho appena fatto | 
undo | ho sbagliato, annullare pls | 
undo | non era quello, annulla | 
undo | ripristina com'era | 
unk | che tempo fa a Roma? | 
unk | asdfgh | 
unk | ahahahah | 
unk | chi ha vinto il derby | 
unk | 🤷 | 
unk | raccontami una barzelletta | 
unk | qual è la capitale dell'australia | 
unk | ho fame | 
unk | ... | 
unk | ordinami una pizza | 
"""

C = [(x, None, {}) for x in ["giuseppe bianchi", "Giuseppe Bianchi", "alessandro", "Alessandro Ricci", "chiara colombo",
                            "Chiara", "luca", "Luca Marino", "francesca romano", "Francesca", "giulia ferrari", "Giulia",
                            "maria", "Maria Rossi", "costa", "chen wei", "Almeida", "giuseppe bianchy", "Paolo Russo",
                            "Anna Marchetti", "Simone Galli", "Elena Costantini", "Fabio Lombardo"]] + [("beppe", None, {"mc": "Giuseppe Bianchi"})]
O = [(x, None, {}) for x in ["Milano Design", "milano design", "Trattoria Romano", "Torino Meccanica", "torino meccanica",
                            "Fornitori Uniti", "Greco Vini S.p.A.", "Gallo Arredamenti S.r.l.", "Pasticceria Dolce Vita",
                            "Officine Bassi S.p.A.", "Edilnord S.r.l."]]
OD = [(x, None, {}) for x in ["Milano Design", "milano design", "Globex", "Samba Foods", "Hooli", "Dragon Trade", "Acme",
                             "Iberia Retail", "Padaria Lisboa"]]
PAST = [("ieri", "YD", {}), ("oggi", "TD", {}), ("l'altro ieri", "DBY", {}), ("lunedì", "p.mon", {}), ("martedi", "p.tue", {}),
        ("venerdì scorso", "p.fri", {}), ("ieri alle 15", "YD", {"_t": "15:00"}), ("stamattina alle 9", "TD", {"_t": "09:00"}),
        ("ieri 17:30", "YD", {"_t": "17:30"}), ("stamattina", "TD", {})]
FUT = [("domani", "TM", {}), ("domattina", "TM", {}), ("venerdì", "n.fri", {}), ("venerdi", "n.fri", {}),
       ("martedì prossimo", "n.tue", {}), ("lunedì prossimo", "n.mon", {}), ("il 20", "2026-03-20", {}),
       ("tra 2 settimane", "+14d", {}), ("domani alle 10", "TM", {"_t": "10:00"}), ("mercoledì alle 14", "n.wed", {"_t": "14:00"}),
       ("dopodomani", "DAT", {}), ("venerdì della settimana prossima", "nw.fri", {}), ("martedì 9:30", "n.tue", {"_t": "09:30"}),
       ("il 2 aprile", "2026-04-02", {}), ("fra 3 giorni", "+3d", {})]
PR = [(p, p, {}) for p in ["Premium", "Basic", "Onboarding", "Support", "Training"]] + [("premium", "Premium", {})]
Q = [(str(n), n, {}) for n in (2, 3, 5, 10, 12, 20, 25, 50)]
A = [("1.500€", "1500", {"cur": "EUR"}), ("2500 euro", "2500", {"cur": "EUR"}), ("8.000 €", "8000", {"cur": "EUR"}),
     ("12 mila euro", "12000", {"cur": "EUR"}), ("3,2k €", "3200", {"cur": "EUR"}), ("5.000 $", "5000", {"cur": "USD"}),
     ("950 €", "950", {"cur": "EUR"}), ("4.000 CHF", "4000", {"cur": "CHF"})]
POOLS = {"c": C, "o": O, "od": OD, "d": PAST, "f": FUT, "pr": PR, "q": Q, "a": A}
FRAMES = [
    ("log", "chiamato {c} {d}", {"k": "call"}), ("log", "sentito {c} {d} per il rinnovo", {"k": "call"}),
    ("log", "riunione con {c} {d}", {"k": "meeting"}), ("log", "{d} pranzo con {c}, tutto ok", {"k": "meeting"}),
    ("log", "mandata mail a {c} con l'offerta", {"k": "email"}), ("log", "whatsapp a {c} {d}", {"k": "message"}),
    ("log", "visita da {o} {d}", {"k": "visit"}), ("log", "parlato con {c} {d}, risentire {f}", {"k": "call"}),
    ("log", "{c} mi ha chiamato {d}", {"k": "call"}), ("log", "incontro da {o} {d}", {"k": "meeting"}),
    ("log", "nota su {c}: è sommerso da un audit", {"k": "note"}),
    ("sch", "ricordami di chiamare {c} {f}", {}), ("sch", "ricordarsi di sentire {c} {f}", {}),
    ("sch", "riunione con {c} {f}", {}), ("sch", "follow up con {o} {f}", {}), ("sch", "fissa una call con {c} {f}", {}),
    ("sch", "{f} devo mandare il contratto a {c}", {}), ("sch", "visita da {o} {f}, segnalo", {}),
    ("find", "numero di {c}?", {}), ("find", "mail di {o}", {}), ("find", "cerca {c}", {}), ("find", "{o}?", {}),
    ("find", "ultimo contatto con {c}", {}),
    ("pur", "{c} ha comprato {q} {pr} per {a}", {}), ("pur", "{o} ha preso {q} licenze {pr}", {}),
    ("pur", "vendita: {o}, {pr}, {a}", {}), ("pur", "{c} ha chiuso il {pr} a {a} {d}", {}),
    ("cdeal", "nuovo affare con {o}: {pr}, {a}", {}), ("cdeal", "apri opportunità {o} da {a}", {}),
    ("cdeal", "nuova opportunità con {c}: {q} {pr}", {}),
    ("udeal", "il deal {od} passa a proposta", {"st": "proposal"}), ("udeal", "vinto {od} 🙌", {"st": "won"}),
    ("udeal", "ho perso la trattativa {od}", {"st": "lost"}), ("udeal", "{od} ora in negoziazione", {"st": "negotiation"}),
    ("need", "{c} ha bisogno di report mensili", {}), ("need", "{o} vuole pagare in 3 rate", {}),
    ("need", "promesso a {c} una demo di {pr}", {}), ("need", "{c} si è lamentato del prezzo del {pr}", {}),
    ("upc", "nuova mail di {c}: contatto@esempio.it", {"em": "contatto@esempio.it"}),
    ("upc", "metti {c} come vip", {"tg": ["vip"]}), ("upc", "{c} adesso è cliente", {"st": "customer"}),
    ("upc", "il cell di {c} è cambiato: 340 555 4433", {"ph": "340 555 4433"}),
]
recs = parse_dsl(L, HAND) + parse_dsl(L, open("/work/train/extra_%s.txt" % L, encoding="utf-8").read())
recs += fill_frames(L, FRAMES, POOLS, 175, seed=14)
write(L, recs, "/work/train/it.jsonl")
