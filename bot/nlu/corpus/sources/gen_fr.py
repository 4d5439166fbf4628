import sys
sys.path.insert(0, "/work/train")
from lib import parse_dsl, fill_frames, write

L = "fr"
HAND = r"""
log | appelé sophie martin hier, elle veut renouveler | c=sophie martin; k=call; d=YD
log | eu pierre au tel ce matin pour la facture | c=pierre; k=call; d=TD
log | rdv avec Camille Bernard chez Lumière SA lundi, ça s'est bien passé 👍 | c=Camille Bernard; o=Lumière SA; k=meeting; d=p.mon
log | déj avec Julien Moreau hier, reste à envoyer la propale | c=Julien Moreau; k=meeting; d=YD
log | envoyé un mail à élodie avec le devis | c=élodie; k=email
log | sms à Antoine tout à l'heure, il confirme | c=Antoine; k=message; d=TD
log | visite chez bordeaux vins hier aprèm | o=bordeaux vins; k=visit; d=YD
log | sophie m'a appelé avant-hier, pas contente du support | c=sophie; k=call; d=DBY
log | note : pierre lefevre part à la retraite en juin | c=pierre lefevre; k=note
log | appelé Maria hier à 16h, messagerie | c=Maria; k=call; d=YD@16:00
log | visio avec camille mardi, relance vendredi | c=camille; k=meeting; d=p.tue; f=n.fri
log | call avec Élodie Laurent aujourd'hui 9h30, rappeler le 20 | c=Élodie Laurent; k=call; d=TD@09:30; f=2026-03-20
log | rencontré Thomas Girard de Fromagerie Girard SARL au salon hier, sympa | c=Thomas Girard; o=Fromagerie Girard SARL; k=meeting; d=YD
log | café avec antoine dubois ce matin | c=antoine dubois; k=meeting; d=TD
log | julien a répondu au mail, ok pour le contrat | c=julien; k=email
log | whatsapp à Pierre Lefèvre pour prévenir du retard | c=Pierre Lefèvre; k=message
log | démo Premium chez Atelier Moreau hier à 15h | o=Atelier Moreau; k=meeting; d=YD@15:00
log | rdv hier avec Costa, penser à envoyer le contrat lundi | c=Costa; k=meeting; d=YD; f=n.mon
log | une visite a été faite chez Partenaires Conseil mardi | o=Partenaires Conseil; k=visit; d=p.tue
log | je sors d'un appel avec Nathalie Roux de Transports Roux SAS, elle veut une offre | c=Nathalie Roux; o=Transports Roux SAS; k=call; d=TD
log | j'ai vu carmen garcia à madrid lundi | c=carmen garcia; k=meeting; d=p.mon
sch | rappelle-moi d'appeler pierre demain | c=pierre; f=TM
sch | me rappeler d'appeler sophie martin vendredi à 10h | c=sophie martin; f=n.fri@10:00
sch | rdv avec Julien Moreau mardi prochain à 15h | c=Julien Moreau; f=n.tue@15:00
sch | déj avec Camille le 20 | c=Camille; f=2026-03-20
sch | visite chez lumière sa lundi prochain à 9h | o=lumière sa; f=n.mon@09:00
sch | relancer élodie laurent dans 2 semaines | c=élodie laurent; f=+14d
sch | demain 14h call avec antoine | c=antoine; f=TM@14:00
sch | je dois envoyer la propale à Pierre avant mercredi | c=Pierre; f=n.wed
sch | caler une démo avec Bordeaux Vins jeudi prochain à 11h | o=Bordeaux Vins; f=n.thu@11:00
sch | penser à répondre à Maria demain matin | c=Maria; f=TM
sch | visio demain à 16h avec Luc Fabre de Menuiserie Fabre SARL | c=Luc Fabre; o=Menuiserie Fabre SARL; f=TM@16:00
sch | préviens-moi samedi pour écrire à julien | c=julien; f=n.sat
find | tel de sophie martin ? | c=sophie martin
find | c'est quoi l'email de pierre | c=pierre
find | lumiere ? | o=lumiere
find | qui est Élodie Laurent | c=Élodie Laurent
find | c'est quand l'anniv de julien ? | c=julien
find | dans quelle boîte bosse Camille Bernard | c=Camille Bernard
find | dernier contact avec Atelier Moreau ? | o=Atelier Moreau
find | montre la fiche d'Antoine Dubois | c=Antoine Dubois
find | Maria ? | c=Maria
find | le portable de camille stp | c=camille
find | qu'est-ce qu'on a sur Bordeaux Vins | o=Bordeaux Vins
find | quand est-ce que j'ai parlé à chen wei la dernière fois | c=chen wei
addc | ajoute Mathieu Perrin, mathieu@perrin-bois.fr, 06 12 34 56 78 | c=Mathieu Perrin; em=mathieu@perrin-bois.fr; ph=06 12 34 56 78
addc | nouveau contact : Aurélie Blanc, aurelie.blanc@gmail.com, travaille chez Lumière SA | c=Aurélie Blanc; em=aurelie.blanc@gmail.com; o=Lumière SA
addc | crée le contact Hugo Lambert +33 6 99 11 12 22 | c=Hugo Lambert; ph=+33 6 99 11 12 22
addc | enregistre Chloé Marchand de Boulangerie Marchand SARL, tél 01 45 67 89 10 | c=Chloé Marchand; o=Boulangerie Marchand SARL; ph=01 45 67 89 10
addc | ajouter contact Nicolas Faure, nfaure@faure-transports.fr | c=Nicolas Faure; em=nfaure@faure-transports.fr
addc | garde Baptiste Leroy, c'est le nouvel acheteur de Bordeaux Vins | c=Baptiste Leroy; o=Bordeaux Vins
addc | j'ai rencontré Manon Girard, ajoute-la stp : manon@girard.fr | c=Manon Girard; em=manon@girard.fr
addc | nouveau lead Olivier Mercier, tél 06 55 44 33 22, Lyon | c=Olivier Mercier; ph=06 55 44 33 22; st=lead
addc | add Inès Chevalier (ines.chevalier@optique-chevalier.fr) | c=Inès Chevalier; em=ines.chevalier@optique-chevalier.fr
addo | ajoute l'entreprise Fromagerie Girard SARL, Annecy | o=Fromagerie Girard SARL
addo | nouvelle société : Transports Roux SAS | o=Transports Roux SAS
addo | crée l'organisation Menuiserie Fabre SARL | o=Menuiserie Fabre SARL
addo | enregistre la boîte Optique Chevalier SA à Lille | o=Optique Chevalier SA
addo | nouvelle orga Groupe Horizon SAS, secteur BTP | o=Groupe Horizon SAS
addo | ajouter société Vignobles Durand S.A. | o=Vignobles Durand S.A.
addo | crée Boulangerie Marchand comme nouvelle entreprise | o=Boulangerie Marchand
addo | add org Cabinet Lemoine SARL, Nantes | o=Cabinet Lemoine SARL
upc | le nouveau portable de Sophie Martin c'est le 06 11 22 33 44 | c=Sophie Martin; ph=06 11 22 33 44
upc | change l'email de pierre en pierre.lefevre@bordeauxvins.fr | c=pierre; em=pierre.lefevre@bordeauxvins.fr
upc | mets julien en vip | c=julien; tg=vip
upc | enlève le tag renewal de Camille Bernard | c=Camille Bernard; tg=renewal
upc | l'anniv d'antoine c'est le 14 mai | c=antoine; bd=05-14
upc | Élodie Laurent bosse maintenant chez Lumière SA | c=Élodie Laurent; o=Lumière SA
upc | passe Julien Moreau en client | c=Julien Moreau; st=customer
upc | camille préfère whatsapp, mets à jour | c=camille
upc | pierre lefèvre est le décideur, tag decision-maker | c=pierre lefèvre; tg=decision-maker
upc | Sophie est née le 3/11/1985 | c=Sophie; bd=1985-11-03
upc | antoine dubois est maintenant directeur commercial | c=antoine dubois
pur | Sophie Martin a acheté 10 licences Premium pour 2 500 € | c=Sophie Martin; pr=Premium; q=10; a=2500; cur=EUR
pur | atelier moreau a pris 5 Basic aujourd'hui, 600 euros | o=atelier moreau; pr=Basic; q=5; a=600; cur=EUR; d=TD
pur | pierre a acheté du Training pour son équipe, 4 800 € | c=pierre; pr=Training; a=4800; cur=EUR
pur | Bordeaux Vins a renouvelé le Support pour 1200 € hier | o=Bordeaux Vins; pr=Support; a=1200; cur=EUR; d=YD
pur | vendu 3 Onboarding à Camille Bernard 🎉 | c=Camille Bernard; pr=Onboarding; q=3
pur | Lumière SA a acheté 20 licences Premium, 30k€ | o=Lumière SA; pr=Premium; q=20; a=30000; cur=EUR
pur | julien moreau a pris l'offre basic, 49,90€/mois | c=julien moreau; pr=Basic; a=49.90; cur=EUR
pur | achat : Élodie, 2x Training, 900 eur | c=Élodie; pr=Training; q=2; a=900; cur=EUR
pur | le pack Onboarding a été acheté par Partenaires Conseil hier | o=Partenaires Conseil; pr=Onboarding; d=YD
cdeal | nouvelle affaire avec Atelier Moreau, 15 000 € | o=Atelier Moreau; a=15000; cur=EUR
cdeal | ouvre une opportunité chez Groupe Horizon SAS de 40k€ pour Premium | o=Groupe Horizon SAS; a=40000; cur=EUR; pr=Premium
cdeal | crée un deal Bordeaux Vins - Training, 8 000 € | o=Bordeaux Vins; pr=Training; a=8000; cur=EUR
cdeal | nouvelle opportunité : Lumière SA veut étendre le Support, env. 25 000 € | o=Lumière SA; pr=Support; a=25000; cur=EUR
cdeal | nouveau deal avec Vignobles Durand S.A., encore en qualif | o=Vignobles Durand S.A.; st=qualification
cdeal | ouvrir une affaire avec Luc Fabre pour 30 licences Basic | c=Luc Fabre; pr=Basic; q=30
cdeal | Partenaires Conseil s'intéresse à l'Onboarding, crée une opportunité de 6 000 € | o=Partenaires Conseil; pr=Onboarding; a=6000; cur=EUR
cdeal | nouvelle opp Transports Roux SAS 12 000 € | o=Transports Roux SAS; a=12000; cur=EUR
cdeal | deal nouveau : Cabinet Lemoine SARL, Basic, 2,4k | o=Cabinet Lemoine SARL; pr=Basic; a=2400
udeal | on a gagné lumière !!! 🎉🎉 | o=lumière; st=won
udeal | perdu Bordeaux Vins 😞 | o=Bordeaux Vins; st=lost
udeal | le deal Samba Foods passe en négociation | o=Samba Foods; st=negotiation
udeal | globex -> proposition | o=globex; st=proposal
udeal | passe hooli en négo | o=hooli; st=negotiation
udeal | Acme a signé, marque-le gagné | o=Acme; st=won
udeal | l'opportunité Dragon Trade est perdue, ils ont choisi un concurrent | o=Dragon Trade; st=lost
udeal | mets Milano Design en phase proposition | o=Milano Design; st=proposal
udeal | globex expansion : signé ✅ | o=globex; st=won
need | Sophie Martin a besoin du SSO avant de signer | c=Sophie Martin
need | pierre veut 10% de remise s'il signe avant la fin du mois | c=pierre
need | j'ai promis à julien de lui envoyer le cas client avant vendredi | c=julien; f=n.fri
need | Atelier Moreau a besoin d'une intégration avec leur logiciel de compta | o=Atelier Moreau
need | antoine déteste le téléphone, il préfère les mails | c=antoine
need | Camille trouve le Premium trop cher | c=Camille; pr=Premium
need | Élodie Laurent tient beaucoup à un support en français | c=Élodie Laurent
need | pierre a demandé une formation sur site pour l'équipe | c=pierre; pr=Training
need | bordeaux vins veut des factures en euros uniquement | o=bordeaux vins
need | j'ai dit à Sophie qu'on leur offrait l'onboarding | c=Sophie; pr=Onboarding
lc | avec qui je n'ai pas parlé depuis 60 jours ? | dy=60
lc | contacts sans interaction depuis 30 jours | dy=30
lc | qui j'ai laissé tomber | 
lc | liste des clients vip | tg=vip
lc | montre les leads | st=lead
lc | qui n'a pas eu d'appel de ma part depuis plus de 3 mois | dy=90
lc | contacts de Paris pas contactés depuis 45 jours | dy=45
lc | clients partenaires | tg=partner
lc | liste des contacts de lumière sa | o=lumière sa
lf | j'ai quoi aujourd'hui ? | 
lf | mes relances | 
lf | qu'est-ce qui est en retard ? | 
lf | quels rappels cette semaine | 
lf | tâches en attente | 
lf | qu'est-ce que je dois faire demain | 
lf | montre mes rappels ouverts stp | 
lf | j'ai des relances en retard ?? | 
lf | mon agenda du jour | 
bday | anniversaires cette semaine ? | 
bday | qui fête son anniv ce mois-ci | 
bday | il y a un anniversaire aujourd'hui ? | 
bday | anniv du mois 🎂 | 
bday | prochains anniversaires | 
bday | un client a son anniversaire dans les 10 prochains jours ? | dy=10
bday | c'est l'anniv de qui demain | 
bday | liste des anniversaires | 
risk | qui est à risque ? | 
risk | clients qui refroidissent | 
risk | qui risque de partir ? | 
risk | clients à risque de churn | 
risk | quels comptes sont en train de décrocher | 
risk | y a des clients disparus que je devrais appeler ? | 
risk | alerte attrition | 
risk | quels clients nous échappent | 
xs | à qui proposer l'Onboarding ? | pr=Onboarding
xs | suggestions de vente croisée | 
xs | qui pourrait acheter du Training ? | pr=Training
xs | opportunités d'upsell | 
xs | à qui vendre Premium | pr=Premium
xs | quels clients Basic pourraient passer en Premium | pr=Premium
xs | quoi d'autre vendre à lumière ? | o=lumière
xs | idées de cross-sell | 
pipe | il en est où le pipeline ? | 
pipe | résumé du pipe | 
pipe | affaires en cours | 
pipe | pipeline du mois | 
pipe | combien j'ai en négociation ? | st=negotiation
pipe | deals bloqués | 
pipe | montre l'entonnoir de vente | 
pipe | ça donne quoi le pipe 👀 | 
port | chiffre d'affaires par segment au dernier trimestre | 
port | combien de clients on a en France ? | 
port | c'est qui les 5 meilleurs clients | 
port | CA de l'année | 
port | c'est quoi le taux de churn | 
port | marge par produit | 
port | valeur vie client moyenne | 
port | CA par pays | 
port | ventes par commercial | 
port | mon portefeuille | 
port | combien de clients enterprise ? | 
help | salut | 
help | tu sais faire quoi ? | 
help | aide stp | 
help | bonjour ! | 
help | comment ça marche | 
help | quelles commandes existent | 
help | coucou, ça va ? j'ai besoin d'aide | 
help | aide-moi | 
undo | annule | 
undo | oups, annule ça | 
undo | annule la dernière modif | 
undo | reviens en arrière | 
undo | défais ce que je viens de faire | 
undo | je me suis trompé, annuler stp | 
undo | c'était pas ça, annule | 
undo | rollback | 
unk | quel temps fait-il à Paris ? | 
unk | azerty | 
unk | mdrrr | 
unk | qui a gagné le match du PSG | 
unk | 🤷 | 
unk | raconte-moi une blague | 
unk | c'est quoi la capitale de l'australie | 
unk | j'ai faim | 
unk | ... | 
unk | commande-moi une pizza | 
"""

C = [(x, None, {}) for x in ["sophie martin", "Sophie Martin", "pierre", "Pierre Lefèvre", "camille bernard", "Camille",
                            "julien", "Julien Moreau", "antoine dubois", "Antoine", "élodie laurent", "elodie", "maria",
                            "costa", "sophie martn", "chen wei", "Almeida", "Céline Dupuis", "Kevin Roussel", "jb",
                            "Sandrine Petit", "Romain Gauthier", "Léa Fontaine", "François Morel"]]
O = [(x, None, {}) for x in ["Lumière SA", "lumiere", "Bordeaux Vins", "bordeaux vins", "Atelier Moreau",
                            "Partenaires Conseil", "Fromagerie Girard SARL", "Transports Roux SAS", "Garage Petit SARL",
                            "Hôtel du Lac SA", "Cave Morel"]]
OD = [(x, None, {}) for x in ["Lumière SA", "lumière", "Globex", "Samba Foods", "Hooli", "Dragon Trade", "Acme",
                             "Milano Design", "Iberia Retail"]]
PAST = [("hier", "YD", {}), ("aujourd'hui", "TD", {}), ("avant-hier", "DBY", {}), ("lundi", "p.mon", {}), ("mardi", "p.tue", {}),
        ("vendredi dernier", "p.fri", {}), ("hier à 15h", "YD", {"_t": "15:00"}), ("ce matin à 9h", "TD", {"_t": "09:00"}),
        ("hier 17h30", "YD", {"_t": "17:30"}), ("ajd", "TD", {})]
FUT = [("demain", "TM", {}), ("dem1", "TM", {}), ("vendredi", "n.fri", {}), ("mardi prochain", "n.tue", {}),
       ("lundi prochain", "n.mon", {}), ("le 20", "2026-03-20", {}), ("dans 2 semaines", "+14d", {}),
       ("demain à 10h", "TM", {"_t": "10:00"}), ("mercredi à 14h", "n.wed", {"_t": "14:00"}), ("après-demain", "DAT", {}),
       ("vendredi de la semaine pro", "nw.fri", {}), ("mardi 9h30", "n.tue", {"_t": "09:30"}), ("le 2 avril", "2026-04-02", {}),
       ("dans 3 jours", "+3d", {})]
PR = [(p, p, {}) for p in ["Premium", "Basic", "Onboarding", "Support", "Training"]] + [("premium", "Premium", {})]
Q = [(str(n), n, {}) for n in (2, 3, 5, 10, 12, 20, 25, 50)]
A = [("1 500 €", "1500", {"cur": "EUR"}), ("2500 euros", "2500", {"cur": "EUR"}), ("8000€", "8000", {"cur": "EUR"}),
     ("12k€", "12000", {"cur": "EUR"}), ("3,2 k€", "3200", {"cur": "EUR"}), ("5 000 $", "5000", {"cur": "USD"}),
     ("950 €", "950", {"cur": "EUR"}), ("4 000 CHF", "4000", {"cur": "CHF"})]
POOLS = {"c": C, "o": O, "od": OD, "d": PAST, "f": FUT, "pr": PR, "q": Q, "a": A}
FRAMES = [
    ("log", "appelé {c} {d}", {"k": "call"}), ("log", "j'ai parlé avec {c} {d} du renouvellement", {"k": "call"}),
    ("log", "rdv avec {c} {d}", {"k": "meeting"}), ("log", "{d} déj avec {c}, bien passé", {"k": "meeting"}),
    ("log", "mail envoyé à {c} avec l'offre", {"k": "email"}), ("log", "sms à {c} {d}", {"k": "message"}),
    ("log", "visite chez {o} {d}", {"k": "visit"}), ("log", "eu {c} au tel {d}, relancer {f}", {"k": "call"}),
    ("log", "{c} m'a appelé {d}", {"k": "call"}), ("log", "réunion chez {o} {d}", {"k": "meeting"}),
    ("log", "note sur {c} : débordé par un audit", {"k": "note"}),
    ("sch", "rappelle-moi d'appeler {c} {f}", {}), ("sch", "penser à parler à {c} {f}", {}),
    ("sch", "rdv avec {c} {f}", {}), ("sch", "relance {o} {f}", {}), ("sch", "caler un call avec {c} {f}", {}),
    ("sch", "{f} je dois envoyer le contrat à {c}", {}), ("sch", "visite chez {o} {f}, note-le", {}),
    ("find", "tel de {c} ?", {}), ("find", "email de {o}", {}), ("find", "cherche {c}", {}), ("find", "{o} ?", {}),
    ("find", "dernier contact avec {c}", {}),
    ("pur", "{c} a acheté {q} {pr} pour {a}", {}), ("pur", "{o} a pris {q} licences {pr}", {}),
    ("pur", "vente : {o}, {pr}, {a}", {}), ("pur", "{c} a signé le {pr} pour {a} {d}", {}),
    ("cdeal", "nouvelle affaire avec {o} : {pr}, {a}", {}), ("cdeal", "ouvre une opp {o} de {a}", {}),
    ("cdeal", "nouvelle opportunité avec {c} : {q} {pr}", {}),
    ("udeal", "le deal {od} passe en proposition", {"st": "proposal"}), ("udeal", "gagné {od} 🙌", {"st": "won"}),
    ("udeal", "j'ai perdu l'affaire {od}", {"st": "lost"}), ("udeal", "{od} en négo maintenant", {"st": "negotiation"}),
    ("need", "{c} a besoin de rapports mensuels", {}), ("need", "{o} veut payer en 3 fois", {}),
    ("need", "promis à {c} une démo de {pr}", {}), ("need", "{c} s'est plaint du prix du {pr}", {}),
    ("upc", "nouvel email de {c} : contact@exemple.fr", {"em": "contact@exemple.fr"}),
    ("upc", "mets {c} en vip", {"tg": ["vip"]}), ("upc", "{c} est maintenant client", {"st": "customer"}),
    ("upc", "le portable de {c} a changé : 07 55 44 33 22", {"ph": "07 55 44 33 22"}),
]
recs = parse_dsl(L, HAND) + parse_dsl(L, open("/work/train/extra_%s.txt" % L, encoding="utf-8").read())
recs += fill_frames(L, FRAMES, POOLS, 175, seed=13)
write(L, recs, "/work/train/fr.jsonl")
