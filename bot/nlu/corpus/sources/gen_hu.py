import sys
sys.path.insert(0, "/work/train")
from lib import parse_dsl, fill_frames, write

L = "hu"
# Span convention for Hungarian: the name as written up to the end of the word, including a fused case ending
# ("Máriával", "Horváth Pétert", "Budapest Softnál"); a hyphenated ending is left out ("Acme-nál" -> "Acme").
HAND = r"""
log | felhívtam Horváth Pétert tegnap, meg akarja újítani | c=Horváth Pétert; k=call; d=YD
log | beszéltem Bencével ma reggel a számláról | c=Bencével; k=call; d=TD
log | találkoztam Nagy Zsófiával a Budapest Softnál hétfőn, jól ment 👍 | c=Nagy Zsófiával; o=Budapest Softnál; k=meeting; d=p.mon
log | ebédeltem Tóth Katalinnal tegnap, még küldenem kell az ajánlatot | c=Tóth Katalinnal; k=meeting; d=YD
log | írtam egy emailt Szabó Gábornak az árajánlattal | c=Szabó Gábornak; k=email
log | sms-t küldtem Péternek az előbb, megerősítette | c=Péternek; k=message; d=TD
log | meglátogattam a danube partnerst tegnap délután | o=danube partnerst; k=visit; d=YD
log | Zsófia hívott tegnapelőtt, panaszkodott a supportra | c=Zsófia; k=call; d=DBY
log | jegyzet: kovács bence júniusban nyugdíjba megy | c=kovács bence; k=note
log | felhívtam Máriát tegnap 16-kor, nem vette fel | c=Máriát; k=call; d=YD@16:00
log | zoom katalinnal kedden, pénteken újra rákérdezni | c=katalinnal; k=meeting; d=p.tue; f=n.fri
log | hívás Horváth Péterrel ma 9:30-kor, 20-án visszahívni | c=Horváth Péterrel; k=call; d=TD@09:30; f=2026-03-20
log | tegnap a kiállításon megismertem Molnár Lászlót a Dunakeszi Gépgyártó Kft.-től | c=Molnár Lászlót; o=Dunakeszi Gépgyártó Kft.; k=meeting; d=YD
log | kávéztam szabó gáborral ma | c=szabó gáborral; k=meeting; d=TD
log | Gábor válaszolt az emailre, oké a szerződés | c=Gábor; k=email
log | whatsappon írtam Kovács Bencének a csúszásról | c=Kovács Bencének; k=message
log | Premium demó a Budapest Softnál tegnap 15-kor | o=Budapest Softnál; k=meeting; d=YD@15:00
log | tegnap találkoztam Almeidával, hétfőn küldeni kell a szerződést | c=Almeidával; k=meeting; d=YD; f=n.mon
log | kedden volt egy látogatás az Acme-nál | o=Acme; k=visit; d=p.tue
log | most beszéltem Varga Eszterrel a Tisza Logisztika Zrt.-től, ajánlatot kér | c=Varga Eszterrel; o=Tisza Logisztika Zrt.; k=call; d=TD
log | felhivtam a petert tegnap | c=petert; k=call; d=YD
log | meglatogattam a budapest softot ma | o=budapest softot; k=visit; d=TD
sch | emlékeztess, hogy hívjam fel Pétert holnap | c=Pétert; f=TM
sch | emlékeztess pénteken 10-kor, hogy hívjam Nagy Zsófiát | c=Nagy Zsófiát; f=n.fri@10:00
sch | találkozó Kovács Bencével jövő kedden 15 órakor | c=Kovács Bencével; f=n.tue@15:00
sch | ebéd Katalinnal 20-án | c=Katalinnal; f=2026-03-20
sch | jövő hétfőn 9-kor látogatás a Danube Partnersnél | o=Danube Partnersnél; f=n.mon@09:00
sch | follow up szabó gáborral két hét múlva | c=szabó gáborral; f=+14d
sch | holnap 14:00 hívás Bencével | c=Bencével; f=TM@14:00
sch | szerdáig el kell küldenem az ajánlatot Horváth Péternek | c=Horváth Péternek; f=n.wed
sch | demó a Budapest Softtal jövő csütörtökön 11-kor | o=Budapest Softtal; f=n.thu@11:00
sch | holnap reggel válaszolni kell Máriának | c=Máriának; f=TM
sch | holnap 16-kor videóhívás Farkas Dáviddal a Balaton Borház Kft.-től | c=Farkas Dáviddal; o=Balaton Borház Kft.; f=TM@16:00
sch | szólj szombaton, hogy írjak Zsófinak | c=Zsófinak; f=n.sat; mc=Zsófia Nagy
find | mi Horváth Péter telefonszáma? | c=Horváth Péter
find | Bence email címe? | c=Bence
find | budapest soft? | o=budapest soft
find | ki az a Tóth Katalin | c=Tóth Katalin
find | mikor van Gábor szülinapja? | c=Gábor
find | melyik cégnél dolgozik Nagy Zsófia | c=Nagy Zsófia
find | mikor volt az utolsó kapcsolat a Danube Partners-szel? | o=Danube Partners
find | mutasd Kovács Bence adatlapját | c=Kovács Bence
find | Mária? | c=Mária
find | kati mobilszáma pls | c=kati; mc=Katalin Tóth
find | mit tudunk az Acme-ról | o=Acme
find | mikor beszéltem utoljára chen wei-jel | c=chen wei
addc | vedd fel Kiss Annát, anna.kiss@kissbt.hu, +36 30 123 4567 | c=Kiss Annát; em=anna.kiss@kissbt.hu; ph=+36 30 123 4567
addc | új kontakt: Papp Tamás, papp.tamas@gmail.com, a Budapest Softnál dolgozik | c=Papp Tamás; em=papp.tamas@gmail.com; o=Budapest Softnál
addc | hozd létre Balogh Rékát, tel 06 20 987 6543 | c=Balogh Rékát; ph=06 20 987 6543
addc | add hozzá Molnár Lászlót a Dunakeszi Gépgyártó Kft.-től, 06 1 234 5678 | c=Molnár Lászlót; o=Dunakeszi Gépgyártó Kft.; ph=06 1 234 5678
addc | új névjegy Varga Eszter, varga.eszter@tiszalog.hu | c=Varga Eszter; em=varga.eszter@tiszalog.hu
addc | mentsd el Fekete Zoltánt, ő az Acme új beszerzője | c=Fekete Zoltánt; o=Acme
addc | megismertem Lakatos Juditot, vedd fel pls: judit@lakatos.hu | c=Lakatos Juditot; em=judit@lakatos.hu
addc | új lead Oláh Márton, tel +36 70 555 4433, Debrecen | c=Oláh Márton; ph=+36 70 555 4433; st=lead
addo | vedd fel a Balaton Borház Kft. céget, Tihany | o=Balaton Borház Kft.
addo | új cég: Tisza Logisztika Zrt. | o=Tisza Logisztika Zrt.
addo | hozd létre a Dunakeszi Gépgyártó Kft. szervezetet | o=Dunakeszi Gépgyártó Kft.
addo | új szervezet Mátra Pékség Bt., Gyöngyös | o=Mátra Pékség Bt.
addo | add hozzá cégként a Pannon Energia Zrt.-t | o=Pannon Energia Zrt.
addo | új cég felvétele: Szeged Szoftver Kft. | o=Szeged Szoftver Kft.
addo | vegyük fel a Hegyvidék Kávézó Kft-t új cégként | o=Hegyvidék Kávézó Kft
addo | új ügyfélcég Duna Bútor Kft, Győr | o=Duna Bútor Kft
upc | Horváth Péter új mobilszáma +36 30 111 2222 | c=Horváth Péter; ph=+36 30 111 2222
upc | Bence email címe mostantól bence.kovacs@budapestsoft.hu | c=Bence; em=bence.kovacs@budapestsoft.hu
upc | jelöld Gábort vip-nek | c=Gábort; tg=vip
upc | vedd le a renewal címkét Nagy Zsófiáról | c=Nagy Zsófiáról; tg=renewal
upc | Katalin szülinapja május 14 | c=Katalin; bd=05-14
upc | Szabó Gábor mostantól a Danube Partnersnél dolgozik | c=Szabó Gábor; o=Danube Partnersnél
upc | Tóth Katalin legyen ügyfél | c=Tóth Katalin; st=customer
upc | Péter inkább whatsappon kommunikál, frissítsd | c=Péter
upc | kovács bence a döntéshozó, címke decision-maker | c=kovács bence; tg=decision-maker
upc | Zsófia 1985. november 3-án született | c=Zsófia; bd=1985-11-03
pur | Nagy Zsófia vett 10 Premium licencet 2500 €-ért | c=Nagy Zsófia; pr=Premium; q=10; a=2500; cur=EUR
pur | a danube partners ma vett 5 Basic csomagot, 600 euró | o=danube partners; pr=Basic; q=5; a=600; cur=EUR; d=TD
pur | Péter Trainingot vett a csapatának 1,2 millió forintért | c=Péter; pr=Training; a=1200000; cur=HUF
pur | a Budapest Soft tegnap megújította a Supportot 1200 €-ért | o=Budapest Soft; pr=Support; a=1200; cur=EUR; d=YD
pur | eladtam 3 Onboardingot Kovács Bencének 🎉 | c=Kovács Bencének; pr=Onboarding; q=3
pur | Szabó Gábor megvette a Basic csomagot havi 15 ezer forintért | c=Szabó Gábor; pr=Basic; a=15000; cur=HUF
pur | vásárlás: Katalin, 2 db Training, 900 eur | c=Katalin; pr=Training; q=2; a=900; cur=EUR
pur | a Danube Partners tegnap megrendelte az Onboarding csomagot | o=Danube Partners; pr=Onboarding; d=YD
cdeal | új üzlet a Danube Partners-szel, 5 millió forint | o=Danube Partners; a=5000000; cur=HUF
cdeal | nyiss egy lehetőséget a Pannon Energia Zrt.-nél 40 ezer euróra, Premium | o=Pannon Energia Zrt.; a=40000; cur=EUR; pr=Premium
cdeal | új deal: Budapest Soft - Training, 8000 € | o=Budapest Soft; pr=Training; a=8000; cur=EUR
cdeal | új lehetőség: a Budapest Soft bővítené a Supportot, kb. 25 000 € | o=Budapest Soft; pr=Support; a=25000; cur=EUR
cdeal | új üzlet a Tisza Logisztika Zrt.-vel, még minősítés alatt | o=Tisza Logisztika Zrt.; st=qualification
cdeal | nyiss üzletet Farkas Dáviddal 30 Basic licencre | c=Farkas Dáviddal; pr=Basic; q=30
cdeal | új lehetőség Szeged Szoftver Kft. 3 millió Ft | o=Szeged Szoftver Kft.; a=3000000; cur=HUF
cdeal | deal: Mátra Pékség Bt., Basic, 800 ezer forint | o=Mátra Pékség Bt.; pr=Basic; a=800000; cur=HUF
udeal | megnyertük az Acme üzletet!!! 🎉🎉 | o=Acme; st=won
udeal | elvesztettük a Globex-et 😞 | o=Globex; st=lost
udeal | a Samba Foods üzlet tárgyalás szakaszba lépett | o=Samba Foods; st=negotiation
udeal | hooli -> ajánlat | o=hooli; st=proposal
udeal | tedd a Dragon Trade üzletet tárgyalásba | o=Dragon Trade; st=negotiation
udeal | a Milano Design aláírt, jelöld megnyertnek | o=Milano Design; st=won
udeal | a Hooli lehetőség elveszett, mást választottak | o=Hooli; st=lost
udeal | a Globex bővítés ajánlat fázisba kerül | o=Globex; st=proposal
need | Horváth Péternek SSO kell az aláírás előtt | c=Horváth Péternek
need | Bence 10% kedvezményt akar, ha hó végéig aláír | c=Bence
need | megígértem Zsófiának, hogy péntekig küldöm a referenciát | c=Zsófiának; f=n.fri
need | a Budapest Softnak integráció kell a könyvelő rendszerükkel | o=Budapest Softnak
need | Gábor utálja a telefont, emailt szeret | c=Gábor
need | Katalin szerint a Premium túl drága | c=Katalin; pr=Premium
need | Tóth Katalinnak fontos a magyar nyelvű support | c=Tóth Katalinnak
need | Péter helyszíni képzést kért a csapatnak | c=Péter; pr=Training
need | a danube partners csak forintban akar számlát | o=danube partners
need | megbeszéltem Bencével, hogy ingyen adjuk az onboardingot | c=Bencével; pr=Onboarding
lc | kivel nem beszéltem 60 napja? | dy=60
lc | kapcsolatok, akikkel 30 napja nem volt interakció | dy=30
lc | kiket hanyagoltam el mostanában | 
lc | vip ügyfelek listája | tg=vip
lc | mutasd a leadeket | st=lead
lc | kit nem hívtam 3 hónapja | dy=90
lc | budapesti kapcsolatok, akikkel 45 napja nem beszéltünk | dy=45
lc | partner ügyfelek | tg=partner
lc | a budapest soft kapcsolatai | o=budapest soft
lf | mi van ma? | 
lf | a követéseim | 
lf | mi késik? | 
lf | milyen emlékeztetőim vannak a héten | 
lf | függő feladatok | 
lf | mit kell holnap csinálnom | 
lf | mutasd a nyitott emlékeztetőket pls | 
lf | van lejárt follow up?? | 
lf | mai teendők | 
bday | születésnapok ezen a héten? | 
bday | kinek van szülinapja ebben a hónapban | 
bday | van ma valakinek szülinapja? | 
bday | havi szülinapok 🎂 | 
bday | következő születésnapok | 
bday | van ügyfél, akinek a következő 10 napban lesz születésnapja? | dy=10
bday | kinek van holnap szülinapja | 
bday | szülinapok listája | 
risk | ki van veszélyben? | 
risk | kihűlő ügyfelek | 
risk | ki mondhat fel? | 
risk | lemorzsolódás veszélyében lévő ügyfelek | 
risk | mely ügyfelek távolodnak | 
risk | van eltűnt ügyfél, akit fel kéne hívnom? | 
risk | kockázatos ügyfelek | 
risk | kik csúsznak ki a kezünkből | 
xs | kinek ajánljam az Onboardingot? | pr=Onboarding
xs | keresztértékesítési javaslatok | 
xs | ki vehetne Trainingot? | pr=Training
xs | upsell lehetőségek | 
xs | kinek adjam el a Premiumot | pr=Premium
xs | mely Basic ügyfelek válthatnának Premiumra | pr=Premium
xs | mit adhatnék még el a budapest softnak? | o=budapest softnak
xs | cross-sell ötletek | 
pipe | hogy áll a pipeline? | 
pipe | értékesítési tölcsér összefoglaló | 
pipe | nyitott üzletek | 
pipe | havi pipeline | 
pipe | mennyi van tárgyalásban? | st=negotiation
pipe | elakadt üzletek listája | 
pipe | mutasd az értékesítési tölcsért | 
pipe | mizu a pipe-pal 👀 | 
port | bevétel szegmensenként az előző negyedévben | 
port | hány ügyfelünk van Magyarországon? | 
port | kik az 5 legjobb ügyfelek | 
port | idei árbevétel | 
port | mennyi a lemorzsolódási ráta | 
port | árrés termékenként | 
port | átlagos ügyfélérték (LTV) | 
port | bevétel országonként | 
port | eladások értékesítőnként | 
port | a portfólióm | 
port | hány enterprise ügyfelünk van? | 
help | szia | 
help | mit tudsz? | 
help | segíts | 
help | jó reggelt! | 
help | hogy működik ez | 
help | milyen parancsok vannak | 
help | helló, segítség kéne | 
help | segítség pls | 
undo | vond vissza | 
undo | hoppá, vond vissza | 
undo | az utolsó módosítás visszavonása | 
undo | mégse | 
undo | töröld amit az előbb csináltam | 
undo | elrontottam, visszavonás | 
undo | nem ezt akartam, vissza | 
undo | undo pls | 
unk | milyen idő van Budapesten? | 
unk | asdfgh | 
unk | hahaha | 
unk | ki nyerte a meccset tegnap | 
unk | 🤷 | 
unk | mondj egy viccet | 
unk | mi ausztrália fővárosa | 
unk | éhes vagyok | 
unk | ... | 
unk | rendelj nekem pizzát | 
"""

# name forms: nominative, accusative, instrumental, dative, extra
NAMES = [
    ("Nagy Zsófia", "Nagy Zsófiát", "Nagy Zsófiával", "Nagy Zsófiának", {}),
    ("Zsófi", "Zsófit", "Zsófival", "Zsófinak", {"mc": "Zsófia Nagy"}),
    ("Kovács Bence", "Kovács Bencét", "Kovács Bencével", "Kovács Bencének", {}),
    ("Bence", "Bencét", "Bencével", "Bencének", {}),
    ("Horváth Péter", "Horváth Pétert", "Horváth Péterrel", "Horváth Péternek", {}),
    ("péter", "pétert", "péterrel", "péternek", {}),
    ("Tóth Katalin", "Tóth Katalint", "Tóth Katalinnal", "Tóth Katalinnak", {}),
    ("Kati", "Katit", "Katival", "Katinak", {"mc": "Katalin Tóth"}),
    ("Szabó Gábor", "Szabó Gábort", "Szabó Gáborral", "Szabó Gábornak", {}),
    ("gabor", "gabort", "gaborral", "gabornak", {}),
    ("Mária", "Máriát", "Máriával", "Máriának", {}),
    ("Kiss Anna", "Kiss Annát", "Kiss Annával", "Kiss Annának", {}),
    ("Molnár László", "Molnár Lászlót", "Molnár Lászlóval", "Molnár Lászlónak", {}),
    ("Varga Eszter", "Varga Esztert", "Varga Eszterrel", "Varga Eszternek", {}),
    ("Papp Tamás", "Papp Tamást", "Papp Tamással", "Papp Tamásnak", {}),
    ("Balogh Réka", "Balogh Rékát", "Balogh Rékával", "Balogh Rékának", {}),
]
CN = [(n[0], n[0], n[4]) for n in NAMES]
CA = [(n[1], n[1], n[4]) for n in NAMES]
CI = [(n[2], n[2], n[4]) for n in NAMES]
CD = [(n[3], n[3], n[4]) for n in NAMES]
# companies: nominative, "-val/-vel", "-nál/-nél"; span without a hyphenated ending
COS = [
    ("Budapest Soft", "Budapest Softtal", "Budapest Softnál"),
    ("Danube Partners", "Danube Partners-szel", "Danube Partnersnél"),
    ("Acme", "Acme-val", "Acme-nál"),
    ("Dunakeszi Gépgyártó Kft.", "Dunakeszi Gépgyártó Kft.-vel", "Dunakeszi Gépgyártó Kft.-nél"),
    ("Tisza Logisztika Zrt.", "Tisza Logisztika Zrt.-vel", "Tisza Logisztika Zrt.-nél"),
    ("Balaton Borház Kft.", "Balaton Borház Kft.-vel", "Balaton Borház Kft.-nél"),
]


def span(s):
    return s.split("-")[0] if "-" in s and not s.endswith("Kft") else s


def art(s):
    return ("az " if s[0].lower() in "aáeéiíoóöőuúüű" else "a ") + s


ONB = [(c[0], c[0], {}) for c in COS]
ON = [(art(c[0]), c[0], {}) for c in COS]
OI = [(art(c[1]), span(c[1]), {}) for c in COS]
OL = [(art(c[2]), span(c[2]), {}) for c in COS]
PAST = [("tegnap", "YD", {}), ("ma", "TD", {}), ("tegnapelőtt", "DBY", {}), ("hétfőn", "p.mon", {}), ("kedden", "p.tue", {}),
        ("múlt pénteken", "p.fri", {}), ("tegnap 15-kor", "YD", {"_t": "15:00"}), ("ma reggel 9-kor", "TD", {"_t": "09:00"}),
        ("tegnap 17:30-kor", "YD", {"_t": "17:30"}), ("tegnapelott", "DBY", {})]
FUT = [("holnap", "TM", {}), ("pénteken", "n.fri", {}), ("penteken", "n.fri", {}), ("jövő kedden", "n.tue", {}),
       ("jövő hétfőn", "n.mon", {}), ("20-án", "2026-03-20", {}), ("két hét múlva", "+14d", {}),
       ("holnap 10-kor", "TM", {"_t": "10:00"}), ("szerdán 14 órakor", "n.wed", {"_t": "14:00"}), ("holnapután", "DAT", {}),
       ("jövő hét pénteken", "nw.fri", {}), ("kedden 9:30-kor", "n.tue", {"_t": "09:30"}), ("április 2-án", "2026-04-02", {}),
       ("3 nap múlva", "+3d", {})]
PR = [("Premium", "Premium", {}), ("Basic", "Basic", {}), ("Onboarding", "Onboarding", {}), ("Support", "Support", {}),
      ("Training", "Training", {})]
Q = [(str(n), n, {}) for n in (2, 3, 5, 10, 20, 50)]
A = [("2500 €-ért", "2500", {"cur": "EUR"}), ("500 ezer forintért", "500000", {"cur": "HUF"}),
     ("1,2 millió Ft-ért", "1200000", {"cur": "HUF"}), ("800 euróért", "800", {"cur": "EUR"}),
     ("3000 $-ért", "3000", {"cur": "USD"}), ("150 000 Ft-ért", "150000", {"cur": "HUF"})]
POOLS = {"cn": CN, "ca": CA, "ci": CI, "cd": CD, "on": ON, "onb": ONB, "oi": OI, "ol": OL, "d": PAST, "f": FUT, "pr": PR, "q": Q, "a": A}
FRAMES = [
    ("log", "felhívtam {ca} {d}", {"k": "call"}), ("log", "{d} beszéltem {ci} a megújításról", {"k": "call"}),
    ("log", "{d} találkoztam {ci}", {"k": "meeting"}), ("log", "ebédeltem {ci} {d}, jól ment", {"k": "meeting"}),
    ("log", "emailt küldtem {cd} az ajánlattal", {"k": "email"}), ("log", "sms-t írtam {cd} {d}", {"k": "message"}),
    ("log", "{d} voltam látogatóban {ol}", {"k": "visit"}), ("log", "beszéltem {ci} {d}, {f} újra hívni", {"k": "call"}),
    ("log", "{cn} hívott {d}", {"k": "call"}), ("log", "jegyzet {cn}: nyakig van egy auditban", {"k": "note"}),
    ("sch", "emlékeztess, hogy hívjam fel {ca} {f}", {}), ("sch", "{f} beszélni kell {ci}", {}),
    ("sch", "találkozó {ci} {f}", {}), ("sch", "follow up {oi} {f}", {}), ("sch", "hívás {ci} {f}", {}),
    ("sch", "{f} el kell küldenem a szerződést {cd}", {}),
    ("find", "{cn} telefonszáma?", {}), ("find", "keresd {ca}", {}), ("find", "{onb}?", {}),
    ("pur", "{cn} vett {q} {pr} licencet {a}", {}), ("pur", "{on} vett {q} db {pr} csomagot", {}),
    ("pur", "{cn} megvette a {pr} csomagot {a} {d}", {}),
    ("cdeal", "új üzlet {oi}: {pr}", {}), ("cdeal", "új lehetőség {ci}: {q} {pr} licenc", {}),
    ("need", "{cd} havi riport kell", {}), ("need", "megígértem {cd} egy {pr} demót", {}),
    ("need", "{cn} panaszkodott a {pr} árára", {}),
    ("upc", "{cn} új emailje: kapcsolat@pelda.hu", {"em": "kapcsolat@pelda.hu"}),
    ("upc", "jelöld {ca} vip-nek", {"tg": ["vip"]}), ("upc", "{cn} mostantól ügyfél", {"st": "customer"}),
]
recs = parse_dsl(L, HAND) + parse_dsl(L, open("/work/train/extra_%s.txt" % L, encoding="utf-8").read())
recs += fill_frames(L, FRAMES, POOLS, 115, seed=15)
write(L, recs, "/work/train/hu.jsonl")
