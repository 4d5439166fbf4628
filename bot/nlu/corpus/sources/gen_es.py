import sys
sys.path.insert(0, "/work/train")
from lib import parse_dsl, fill_frames, write

L = "es"
HAND = r"""
log | llamé a carmen garcia ayer, quiere renovar | c=carmen garcia; k=call; d=YD
log | hable con javier esta mñn sobre la factura | c=javier; k=call; d=TD
log | reunión con Lucía Martínez en Madrid Móvil el lunes | c=Lucía Martínez; o=Madrid Móvil; k=meeting; d=p.mon
log | comí con Diego Torres ayer, hay que mandarle la propuesta | c=Diego Torres; k=meeting; d=YD
log | le mandé un correo a pablo con el presupuesto | c=pablo; k=email
log | whatsapp a Elena hace un rato, confirmado 👍 | c=Elena; k=message; d=TD
log | visité iberia retail ayer por la tarde | o=iberia retail; k=visit; d=YD
log | me llamó la Carmen anteayer quejándose del soporte | c=Carmen; k=call; d=DBY
log | nota: pablo sanchez se jubila en junio | c=pablo sanchez; k=note
log | llamé a Maria ayer a las 16h, no contestó | c=Maria; k=call; d=YD@16:00
log | zoom con lucia el martes, seguimiento el viernes | c=lucia; k=meeting; d=p.tue; f=n.fri
log | llamada con Javier Fernández hoy 9:30, volver a llamar el día 20 | c=Javier Fernández; k=call; d=TD@09:30; f=2026-03-20
log | conocí a Andrés Molina de Cerámicas Levante S.L. en la feria ayer | c=Andrés Molina; o=Cerámicas Levante S.L.; k=meeting; d=YD
log | cafe con elena lopez hoy | c=elena lopez; k=meeting; d=TD
log | diego contestó el mail, todo ok con el contrato | c=diego; k=email
log | sms a Carmen García avisando del retraso | c=Carmen García; k=message
log | demo de Premium a los de Valencia Foods ayer a las 15h | o=Valencia Foods; k=meeting; d=YD@15:00
log | ayer reunion con Almeida, acordarme de mandarle el contrato el lunes | c=Almeida; k=meeting; d=YD; f=n.mon
log | fue realizada una visita a Madrid Móvil el martes | o=Madrid Móvil; k=visit; d=p.tue
log | acabo de hablar con Rocío Serrano de Bodegas Altamira, quiere oferta | c=Rocío Serrano; o=Bodegas Altamira; k=call; d=TD
log | estuve con sophie martin en paris el lunes | c=sophie martin; k=meeting; d=p.mon
sch | recuérdame llamar a javier mñn | c=javier; f=TM
sch | recordarme llamar a Carmen García el viernes a las 10 | c=Carmen García; f=n.fri@10:00
sch | reunión con Diego Torres el próximo martes a las 15h | c=Diego Torres; f=n.tue@15:00
sch | quedar a comer con Lucía el día 20 | c=Lucía; f=2026-03-20
sch | tengo visita en iberia retail el lunes que viene a las 9 | o=iberia retail; f=n.mon@09:00
sch | seguimiento con pablo sanchez dentro de 2 semanas | c=pablo sanchez; f=+14d
sch | mañana 14h llamada con elena | c=elena; f=TM@14:00
sch | tengo que enviar la oferta a Javier antes del miércoles | c=Javier; f=n.wed
sch | agendar demo con Valencia Foods el jueves que viene a las 11 | o=Valencia Foods; f=n.thu@11:00
sch | acuérdame de contestar a Maria mañana temprano | c=Maria; f=TM
sch | mañana a las 16h tengo videollamada con Sergio Vidal de Transportes Ebro S.A. | c=Sergio Vidal; o=Transportes Ebro S.A.; f=TM@16:00
sch | avísame el sábado para escribir a diego | c=diego; f=n.sat
find | teléfono de carmen garcia? | c=carmen garcia
find | cual es el email de javier | c=javier
find | iberia retail? | o=iberia retail
find | quién es Lucía Martínez | c=Lucía Martínez
find | cuando es el cumple de pablo? | c=pablo
find | en qué empresa está Elena López | c=Elena López
find | cuándo fue el último contacto con Madrid Móvil? | o=Madrid Móvil
find | enséñame la ficha de Diego Torres | c=Diego Torres
find | Maria? | c=Maria
find | el movil de camila porfa | c=camila
find | qué sabemos de Valencia Foods | o=Valencia Foods
find | cuando hablé por última vez con chen wei | c=chen wei
addc | añade a Raúl Ortega, raul@ortegamuebles.es, 612 345 678 | c=Raúl Ortega; em=raul@ortegamuebles.es; ph=612 345 678
addc | nuevo contacto: Marta Cifuentes, marta.cifuentes@gmail.com, trabaja en Iberia Retail | c=Marta Cifuentes; em=marta.cifuentes@gmail.com; o=Iberia Retail
addc | crea contacto Jorge Navarro +34 699 111 222 | c=Jorge Navarro; ph=+34 699 111 222
addc | da de alta a Nuria Castells de Frutas Castells S.L., tel 93 456 78 90 | c=Nuria Castells; o=Frutas Castells S.L.; ph=93 456 78 90
addc | agregar contacto Alberto Ruiz, aruiz@aceros.mx | c=Alberto Ruiz; em=aruiz@aceros.mx
addc | guarda a Íñigo Etxeberria, es el nuevo comprador de Valencia Foods | c=Íñigo Etxeberria; o=Valencia Foods
addc | conocí a Paula Domínguez, añádela pls: paula@dominguez.es | c=Paula Domínguez; em=paula@dominguez.es
addc | nuevo lead Tomás Herrero, tel 655 44 33 22, Sevilla | c=Tomás Herrero; ph=655 44 33 22; st=lead
addc | add Verónica Gil (vgil@textilesgil.com) | c=Verónica Gil; em=vgil@textilesgil.com
addo | añade la empresa Bodegas Altamira S.A., Rioja | o=Bodegas Altamira S.A.
addo | nueva empresa: Cerámicas Levante S.L. | o=Cerámicas Levante S.L.
addo | crea la organización Hostelería Cantábrica S.L.U. | o=Hostelería Cantábrica S.L.U.
addo | da de alta la empresa Transportes Ebro S.A. en Zaragoza | o=Transportes Ebro S.A.
addo | nueva org Aceros del Norte SA de CV, México | o=Aceros del Norte SA de CV
addo | agregar empresa Grupo Sol Poniente S.A. | o=Grupo Sol Poniente S.A.
addo | registra Frutas Castells como empresa nueva | o=Frutas Castells
addo | add org Clínica Dental Sonrisa S.L., Málaga | o=Clínica Dental Sonrisa S.L.
upc | el nuevo móvil de Carmen García es 611 222 333 | c=Carmen García; ph=611 222 333
upc | cambia el email de javier a javier.fernandez@iberiaretail.es | c=javier; em=javier.fernandez@iberiaretail.es
upc | marca a pablo como vip | c=pablo; tg=vip
upc | quita la etiqueta renewal a Elena López | c=Elena López; tg=renewal
upc | el cumple de diego es el 14 de mayo | c=diego; bd=05-14
upc | Lucía Martínez ahora trabaja en Valencia Foods | c=Lucía Martínez; o=Valencia Foods
upc | pasa a Diego Torres a cliente | c=Diego Torres; st=customer
upc | elena prefiere whatsapp, actualízalo | c=elena
upc | javier fernandez es quien decide, etiqueta decision-maker | c=javier fernandez; tg=decision-maker
upc | Carmen nació el 3/11/1985 | c=Carmen; bd=1985-11-03
upc | pablo sanchez ahora es director comercial | c=pablo sanchez
pur | Carmen García compró 10 licencias Premium por 2.500€ | c=Carmen García; pr=Premium; q=10; a=2500; cur=EUR
pur | madrid movil cerró 5 Basic hoy, 600 euros | o=madrid movil; pr=Basic; q=5; a=600; cur=EUR; d=TD
pur | pablo compró Training para su equipo, 4.800 € | c=pablo; pr=Training; a=4800; cur=EUR
pur | Valencia Foods renovó el Support por 1200 € ayer | o=Valencia Foods; pr=Support; a=1200; cur=EUR; d=YD
pur | le vendí 3 Onboarding a Lucía Martínez 🎉 | c=Lucía Martínez; pr=Onboarding; q=3
pur | Iberia Retail compró 20 licencias Premium, 30 mil euros | o=Iberia Retail; pr=Premium; q=20; a=30000; cur=EUR
pur | diego torres se quedó con el plan basic, 49,90€/mes | c=diego torres; pr=Basic; a=49.90; cur=EUR
pur | compra: Elena, 2x Training, 900 eur | c=Elena; pr=Training; q=2; a=900; cur=EUR
pur | Valencia Foods compró el paquete Onboarding ayer | o=Valencia Foods; pr=Onboarding; d=YD
cdeal | nuevo negocio con Madrid Móvil, 15 mil euros | o=Madrid Móvil; a=15000; cur=EUR
cdeal | abre oportunidad en Bodegas Altamira S.A. de 40k € para Premium | o=Bodegas Altamira S.A.; a=40000; cur=EUR; pr=Premium
cdeal | crea deal Valencia Foods - Training, 8.000 € | o=Valencia Foods; pr=Training; a=8000; cur=EUR
cdeal | oportunidad nueva: Iberia Retail quiere ampliar Support, unos 25.000 € | o=Iberia Retail; pr=Support; a=25000; cur=EUR
cdeal | nuevo deal con Cerámicas Levante S.L., todavía en calificación | o=Cerámicas Levante S.L.; st=qualification
cdeal | abrir negocio con Sergio Vidal para 30 licencias Basic | c=Sergio Vidal; pr=Basic; q=30
cdeal | Aceros del Norte SA de CV quiere Onboarding, crea una oportunidad de 60.000 USD | o=Aceros del Norte SA de CV; pr=Onboarding; a=60000; cur=USD
cdeal | oportunidad nueva Transportes Ebro S.A. 12.000 € | o=Transportes Ebro S.A.; a=12000; cur=EUR
cdeal | deal nuevo: Hostelería Cantábrica S.L.U., Basic, 2,4k | o=Hostelería Cantábrica S.L.U.; pr=Basic; a=2400
udeal | ganamos lo de iberia retail!!! 🎉🎉 | o=iberia retail; st=won
udeal | perdimos a Madrid Móvil 😞 | o=Madrid Móvil; st=lost
udeal | el deal de Samba Foods pasa a negociación | o=Samba Foods; st=negotiation
udeal | globex -> propuesta | o=globex; st=proposal
udeal | mueve hooli a negociación | o=hooli; st=negotiation
udeal | Acme firmó, márcalo como ganado | o=Acme; st=won
udeal | la oportunidad de Dragon Trade se perdió, eligieron a otro proveedor | o=Dragon Trade; st=lost
udeal | pasa Milano Design a fase de propuesta | o=Milano Design; st=proposal
udeal | iberia retail formación: cerrado ganado ✅ | o=iberia retail; st=won
need | Carmen García necesita SSO antes de firmar | c=Carmen García
need | javier quiere un 10% de descuento si cierra este mes | c=javier
need | le prometí a pablo mandarle el caso de éxito antes del viernes | c=pablo; f=n.fri
need | Madrid Móvil necesita integración con su ERP | o=Madrid Móvil
need | diego odia las llamadas, prefiere email | c=diego
need | a Lucía el Premium le parece carísimo | c=Lucía; pr=Premium
need | Elena López valora mucho el soporte en español | c=Elena López
need | pablo pidió formación presencial para el equipo | c=pablo; pr=Training
need | valencia foods necesita las facturas en euros, no en dólares | o=valencia foods
need | quedé con Carmen en que le hacemos el onboarding gratis | c=Carmen; pr=Onboarding
lc | con quién no hablo desde hace 60 días? | dy=60
lc | contactos sin interacción en los últimos 30 días | dy=30
lc | a quien tengo abandonado | 
lc | lista de clientes vip | tg=vip
lc | enséñame los leads | st=lead
lc | quién lleva más de 3 meses sin una llamada mía | dy=90
lc | contactos de Madrid con los que no hablamos hace 45 días | dy=45
lc | clientes partner | tg=partner
lc | lista de contactos de iberia retail | o=iberia retail
lf | qué tengo para hoy? | 
lf | mis seguimientos pendientes | 
lf | qué está vencido? | 
lf | qué recordatorios tengo esta semana | 
lf | tareas pendientes | 
lf | qué tengo que hacer mñn | 
lf | enséñame mis recordatorios abiertos porfa | 
lf | tengo algún seguimiento atrasado?? | 
lf | agenda de hoy | 
bday | cumpleaños esta semana? | 
bday | quién cumple años este mes | 
bday | hay algún cumple hoy? | 
bday | cumpleañeros del mes 🎂 | 
bday | próximos cumpleaños | 
bday | algún cliente cumple en los próximos 10 días? | dy=10
bday | quien cumple mañana | 
bday | lista de cumples | 
risk | quién está en riesgo? | 
risk | clientes que se están enfriando | 
risk | quién puede darse de baja? | 
risk | clientes con riesgo de churn | 
risk | qué cuentas se están quedando frías | 
risk | hay alguien desaparecido al que debería llamar? | 
risk | alerta de abandono | 
risk | qué clientes se nos escapan | 
xs | a quién le ofrezco Onboarding? | pr=Onboarding
xs | sugerencias de venta cruzada | 
xs | quién podría comprar Training? | pr=Training
xs | oportunidades de upsell | 
xs | a quien vender Premium | pr=Premium
xs | qué clientes de Basic podrían pasar a Premium | pr=Premium
xs | qué más le puedo vender a iberia retail? | o=iberia retail
xs | ideas de cross-sell | 
pipe | cómo va el pipeline? | 
pipe | resumen del embudo | 
pipe | negocios abiertos | 
pipe | pipeline del mes | 
pipe | cuánto tengo en negociación? | st=negotiation
pipe | deals parados | 
pipe | muéstrame el embudo de ventas | 
pipe | como va el pipe 👀 | 
port | ingresos por segmento el último trimestre | 
port | cuántos clientes tenemos en España? | 
port | quiénes son los 5 mejores clientes | 
port | facturación de este año | 
port | cuál es la tasa de churn | 
port | margen por producto | 
port | valor de vida del cliente (LTV) medio | 
port | ingresos por país | 
port | ventas por comercial | 
port | mi cartera | 
port | cuántos clientes enterprise hay? | 
help | hola | 
help | qué sabes hacer? | 
help | ayuda porfa | 
help | buenos días! | 
help | cómo funciona esto | 
help | qué comandos hay | 
help | hola, qué tal? necesito ayuda | 
help | ayúdame | 
undo | deshaz | 
undo | ups, deshaz eso | 
undo | anula el último cambio | 
undo | vuelve atrás | 
undo | cancela lo que acabo de hacer | 
undo | me equivoqué, deshacer porfa | 
undo | no era eso, deshazlo | 
undo | revierte | 
unk | qué tiempo hace en Madrid? | 
unk | asdfgh | 
unk | jajajaja | 
unk | quién ganó el clásico | 
unk | 🤷‍♂️ | 
unk | cuéntame un chiste | 
unk | cuál es la capital de australia | 
unk | tengo hambre | 
unk | ... | 
unk | pídeme una pizza | 
"""

C = [(x, None, {}) for x in ["carmen garcia", "Carmen García", "javier", "Javier Fernández", "lucia martinez", "Lucía",
                            "diego", "Diego Torres", "pablo sanchez", "Pablo", "elena lopez", "Elena", "maria", "costa",
                            "Carmen", "sophie martin", "chen wei", "Santos", "Mercedes Peña", "Álvaro Rubio", "paco",
                            "Nacho Gómez", "Irene Blasco", "Rodrigo Sáez", "Laura Vidal"]]
O = [(x, None, {}) for x in ["Iberia Retail", "iberia retail", "Madrid Móvil", "madrid movil", "Valencia Foods",
                            "Acme", "Cerámicas Levante S.L.", "Bodegas Altamira S.A.", "Logística Tajo S.L.",
                            "Hoteles Brisa S.A.", "Panadería La Espiga"]]
OD = [(x, None, {}) for x in ["Iberia Retail", "iberia retail", "Globex", "Samba Foods", "Hooli", "Dragon Trade",
                             "Acme", "Milano Design", "Padaria Lisboa"]]
PAST = [("ayer", "YD", {}), ("hoy", "TD", {}), ("anteayer", "DBY", {}), ("el lunes", "p.mon", {}), ("el martes", "p.tue", {}),
        ("el viernes pasado", "p.fri", {}), ("ayer a las 15h", "YD", {"_t": "15:00"}), ("hoy a las 9", "TD", {"_t": "09:00"}),
        ("ayer 17:30", "YD", {"_t": "17:30"}), ("esta mñn", "TD", {})]
FUT = [("mañana", "TM", {}), ("mñn", "TM", {}), ("manana", "TM", {}), ("el viernes", "n.fri", {}),
       ("el próximo martes", "n.tue", {}), ("el lunes que viene", "n.mon", {}), ("el día 20", "2026-03-20", {}),
       ("dentro de 2 semanas", "+14d", {}), ("mañana a las 10", "TM", {"_t": "10:00"}), ("el miércoles a las 14h", "n.wed", {"_t": "14:00"}),
       ("pasado mañana", "DAT", {}), ("el viernes de la semana que viene", "nw.fri", {}), ("el martes 9:30", "n.tue", {"_t": "09:30"}),
       ("el 2 de abril", "2026-04-02", {}), ("en 3 días", "+3d", {})]
PR = [(p, p, {}) for p in ["Premium", "Basic", "Onboarding", "Support", "Training"]] + [("premium", "Premium", {})]
Q = [(str(n), n, {}) for n in (2, 3, 5, 10, 12, 20, 25, 50)]
A = [("1.500€", "1500", {"cur": "EUR"}), ("2500 euros", "2500", {"cur": "EUR"}), ("8.000 €", "8000", {"cur": "EUR"}),
     ("12 mil euros", "12000", {"cur": "EUR"}), ("3,2k €", "3200", {"cur": "EUR"}), ("5.000 USD", "5000", {"cur": "USD"}),
     ("950 €", "950", {"cur": "EUR"}), ("$ 7.500 MXN", "7500", {"cur": "MXN"})]
POOLS = {"c": C, "o": O, "od": OD, "d": PAST, "f": FUT, "pr": PR, "q": Q, "a": A}
FRAMES = [
    ("log", "llamé a {c} {d}", {"k": "call"}), ("log", "hablé con {c} {d} sobre la renovación", {"k": "call"}),
    ("log", "reunión con {c} {d}", {"k": "meeting"}), ("log", "{d} comí con {c}, fue bien", {"k": "meeting"}),
    ("log", "le mandé un mail a {c} con la oferta", {"k": "email"}), ("log", "whatsapp a {c} {d}", {"k": "message"}),
    ("log", "visita a {o} {d}", {"k": "visit"}), ("log", "hablé con {c} {d}, retomar {f}", {"k": "call"}),
    ("log", "{c} me llamó {d}", {"k": "call"}), ("log", "reu en {o} {d}", {"k": "meeting"}),
    ("log", "nota sobre {c}: está liado con una auditoría", {"k": "note"}),
    ("sch", "recuérdame llamar a {c} {f}", {}), ("sch", "recordar hablar con {c} {f}", {}),
    ("sch", "reunión con {c} {f}", {}), ("sch", "seguimiento con {o} {f}", {}), ("sch", "agendar llamada con {c} {f}", {}),
    ("sch", "{f} tengo que mandarle el contrato a {c}", {}), ("sch", "visita a {o} {f}, apúntalo", {}),
    ("find", "teléfono de {c}?", {}), ("find", "email de {o}", {}), ("find", "busca a {c}", {}), ("find", "{o}?", {}),
    ("find", "último contacto con {c}", {}),
    ("pur", "{c} compró {q} {pr} por {a}", {}), ("pur", "{o} compró {q} licencias {pr}", {}),
    ("pur", "venta: {o}, {pr}, {a}", {}), ("pur", "{c} cerró el {pr} por {a} {d}", {}),
    ("cdeal", "nuevo negocio con {o}: {pr}, {a}", {}), ("cdeal", "abre oportunidad {o} de {a}", {}),
    ("cdeal", "oportunidad nueva con {c}: {q} {pr}", {}),
    ("udeal", "el deal de {od} pasa a propuesta", {"st": "proposal"}), ("udeal", "ganamos {od} 🙌", {"st": "won"}),
    ("udeal", "perdí el negocio de {od}", {"st": "lost"}), ("udeal", "{od} ya en negociación", {"st": "negotiation"}),
    ("need", "{c} necesita informes mensuales", {}), ("need", "{o} quiere pagar en 3 plazos", {}),
    ("need", "le prometí a {c} una demo de {pr}", {}), ("need", "{c} se quejó del precio de {pr}", {}),
    ("upc", "nuevo email de {c}: contacto@ejemplo.es", {"em": "contacto@ejemplo.es"}),
    ("upc", "marca a {c} como vip", {"tg": ["vip"]}), ("upc", "{c} ya es cliente", {"st": "customer"}),
    ("upc", "el móvil de {c} ahora es 677 555 443", {"ph": "677 555 443"}),
]
recs = parse_dsl(L, HAND) + parse_dsl(L, open("/work/train/extra_%s.txt" % L, encoding="utf-8").read())
recs += fill_frames(L, FRAMES, POOLS, 175, seed=12)
write(L, recs, "/work/train/es.jsonl")
