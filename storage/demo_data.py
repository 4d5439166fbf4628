"""The demo data set, as plain tables (storage/demo.py turns them into rows relative to "now").

Names, places and numbers are invented; phone numbers sit in ranges the numbering plans accept.
"""

from __future__ import annotations

# handle, display name, role, time zone, language
STAFF = (
    ("ana", "Ana Costa", "rep", "Europe/Lisbon", "pt"),
    ("marco", "Marco Rossi", "rep", "Europe/Rome", "it"),
    ("claire", "Claire Dubois", "manager", "Europe/Paris", "fr"),
)
TEAM = "Europe Sales"

# country: owner handle, phone prefix (E.164 without the last 4 digits), mail domain suffix, currency
COUNTRIES = {
    "PT": ("ana", "+35191234", "pt", "EUR"),
    "BR": ("ana", "+551198765", "com.br", "USD"),
    "ES": ("ana", "+3461234", "es", "EUR"),
    "FR": ("claire", "+3361234", "fr", "EUR"),
    "GB": ("claire", "+44791112", "co.uk", "EUR"),
    "US": ("claire", "+1202555", "com", "USD"),
    "IT": ("marco", "+39312345", "it", "EUR"),
    "HU": ("marco", "+3620123", "hu", "EUR"),
    "CN": ("marco", "+861380013", "cn", "USD"),
}

# name: kind, segment, country
ORGS = {
    "Acme": ("customer", "mid-market", "PT"),
    "Padaria Lisboa": ("customer", "SMB", "PT"),
    "Porto Digital": ("prospect", "SMB", "PT"),
    "Lusitânia Têxteis": ("customer", "mid-market", "PT"),
    "Samba Foods": ("customer", "mid-market", "BR"),
    "Rio Logística": ("customer", "enterprise", "BR"),
    "Bordeaux Vins": ("customer", "mid-market", "FR"),
    "Lumière SA": ("customer", "enterprise", "FR"),
    "Atelier Moreau": ("customer", "SMB", "FR"),
    "Partenaires Conseil": ("partner", None, "FR"),
    "Milano Design": ("customer", "mid-market", "IT"),
    "Trattoria Romano": ("customer", "SMB", "IT"),
    "Torino Meccanica": ("customer", "enterprise", "IT"),
    "Fornitori Uniti": ("supplier", None, "IT"),
    "Budapest Soft": ("customer", "mid-market", "HU"),
    "Danube Partners": ("partner", None, "HU"),
    "Iberia Retail": ("customer", "enterprise", "ES"),
    "Madrid Móvil": ("customer", "SMB", "ES"),
    "Valencia Foods": ("customer", "mid-market", "ES"),
    "Thames Analytics": ("customer", "mid-market", "GB"),
    "Northwind UK": ("customer", "SMB", "GB"),
    "Globex": ("customer", "enterprise", "US"),
    "Initech": ("customer", "mid-market", "US"),
    "Hooli": ("prospect", "enterprise", "US"),
    "Dragon Trade": ("customer", "enterprise", "CN"),
    "Shenzhen Parts": ("supplier", None, "CN"),
    "Shanghai Textiles": ("customer", "mid-market", "CN"),
}

# name, organization (or None), country, lifecycle stage, tier, preferred channel, tags
CONTACTS = (
    ("Maria Silva", "Acme", "PT", "customer", "gold", "call", ("renewal", "vip")),
    ("João Pereira", "Acme", "PT", "customer", "gold", "meeting", ("decision-maker",)),
    ("Rui Almeida", "Acme", "PT", "customer", "silver", "email", ()),
    ("Ana Ferreira", "Padaria Lisboa", "PT", "customer", "bronze", "message", ("local",)),
    ("Tiago Santos", "Porto Digital", "PT", "lead", None, "email", ()),
    ("Beatriz Costa", "Porto Digital", "PT", "prospect", None, "email", ()),
    ("Inês Carvalho", "Lusitânia Têxteis", "PT", "customer", "silver", "call", ()),
    ("Sofia Nunes", "Lusitânia Têxteis", "PT", "customer", "bronze", "email", ()),
    ("Maria Santos", "Samba Foods", "BR", "customer", "silver", "message", ("export",)),
    ("Lucas Oliveira", "Samba Foods", "BR", "lead", None, "message", ()),
    ("Camila Rodrigues", "Rio Logística", "BR", "customer", "gold", "call", ("vip",)),
    ("Larissa Lima", "Rio Logística", "BR", "customer", "silver", "email", ()),
    ("Pedro Almeida", "Rio Logística", "BR", "prospect", None, "email", ()),
    ("Fernanda Costa", None, "BR", "prospect", None, "message", ("event-lead",)),
    ("Pierre Lefèvre", "Bordeaux Vins", "FR", "customer", "silver", "call", ()),
    ("Sophie Martin", "Lumière SA", "FR", "advocate", "gold", "meeting", ("reference", "vip")),
    ("Camille Bernard", "Lumière SA", "FR", "customer", "gold", "email", ()),
    ("Julien Moreau", "Atelier Moreau", "FR", "churned", "bronze", "call", ()),
    ("Antoine Dubois", "Atelier Moreau", "FR", "lead", None, "email", ()),
    ("Élodie Laurent", "Partenaires Conseil", "FR", "advocate", None, "meeting", ("partner",)),
    ("Maria Rossi", "Milano Design", "IT", "customer", "silver", "meeting", ()),
    ("Giuseppe Bianchi", "Milano Design", "IT", "lead", None, "call", ()),
    ("Francesca Romano", "Trattoria Romano", "IT", "customer", "bronze", "message", ("local",)),
    ("Giulia Ferrari", "Trattoria Romano", "IT", "prospect", None, "message", ()),
    ("Alessandro Ricci", "Torino Meccanica", "IT", "customer", "gold", "visit", ("vip",)),
    ("Chiara Colombo", "Torino Meccanica", "IT", "customer", "silver", "email", ()),
    ("Luca Marino", "Fornitori Uniti", "IT", "prospect", None, "email", ("supplier",)),
    ("Zsófia Nagy", "Budapest Soft", "HU", "customer", "silver", "call", ()),
    ("Bence Kovács", "Budapest Soft", "HU", "customer", "bronze", "email", ()),
    ("Péter Horváth", "Budapest Soft", "HU", "lead", None, "email", ()),
    ("Katalin Tóth", "Danube Partners", "HU", "advocate", None, "meeting", ("partner",)),
    ("Gábor Szabó", None, "HU", "lead", None, "call", ("event-lead",)),
    ("Carmen García", "Iberia Retail", "ES", "customer", "gold", "meeting", ("vip",)),
    ("Javier Fernández", "Iberia Retail", "ES", "customer", "silver", "email", ()),
    ("Lucía Martínez", "Madrid Móvil", "ES", "lead", None, "message", ()),
    ("Diego Torres", "Madrid Móvil", "ES", "customer", "bronze", "message", ()),
    ("Pablo Sánchez", "Valencia Foods", "ES", "customer", "silver", "call", ()),
    ("Elena López", "Valencia Foods", "ES", "prospect", None, "email", ()),
    ("Oliver Smith", "Thames Analytics", "GB", "customer", "silver", "email", ()),
    ("Emily Jones", "Thames Analytics", "GB", "lead", None, "email", ()),
    ("Harry Taylor", "Northwind UK", "GB", "customer", "bronze", "call", ()),
    ("Amelia Brown", "Northwind UK", "GB", "prospect", None, "email", ()),
    ("John Miller", "Globex", "US", "customer", "gold", "call", ("vip",)),
    ("Sarah Johnson", "Globex", "US", "advocate", "gold", "meeting", ("reference",)),
    ("Michael Davis", "Initech", "US", "customer", "silver", "email", ()),
    ("Jessica Wilson", "Initech", "US", "lead", None, "email", ()),
    ("David Moore", "Hooli", "US", "prospect", None, "meeting", ()),
    ("Lisa Anderson", "Hooli", "US", "lead", None, "email", ()),
    ("Chen Wei", "Dragon Trade", "CN", "customer", "gold", "message", ("export",)),
    ("Li Na", "Dragon Trade", "CN", "lead", None, "message", ()),
    ("Wang Fang", "Shenzhen Parts", "CN", "prospect", None, "email", ("supplier",)),
    ("Zhang Wei", "Shanghai Textiles", "CN", "customer", "silver", "email", ()),
)

# Birthdays: name -> (month, day, year or None). "today" is filled in relative to now by the loader.
BIRTHDAYS = {
    "Maria Silva": (5, 14, 1985),
    "João Pereira": (11, 2, None),
    "Sophie Martin": (2, 29, 1988),
    "Chen Wei": (8, 8, 1980),
    "Carmen García": (1, 23, 1979),
    "John Miller": (7, 4, None),
    "Zsófia Nagy": (9, 30, 1990),
    "Alessandro Ricci": (12, 1, 1972),
    "Oliver Smith": (3, 3, None),
}
BIRTHDAY_TODAY = "Camila Rodrigues"
BIRTHDAY_SOON = ("Pablo Sánchez", 3)  # in three days

# name: unit price, unit cost (None: no cost known), in EUR minor units
PRODUCTS = {
    "Premium": (48_000, 9_000),
    "Basic": (12_000, 3_000),
    "Onboarding": (150_000, 60_000),
    "Support": (25_000, 10_000),
    "Training": (90_000, None),
}
USD_PER_EUR = 1.1  # demo prices only: USD customers are quoted in USD, never converted in the figures

# Customers who bought Premium but not Onboarding: the cross-sell targets.
NO_ONBOARDING = ("Camila Rodrigues", "Oliver Smith", "Bence Kovács")
# Long silence against their usual cadence: (cadence days, days since the last touch).
AT_RISK = {"Pierre Lefèvre": (12, 75), "Zsófia Nagy": (14, 90)}
# Stopped buying: days since the last purchase.
LAPSED = {"Francesca Romano": 200, "Harry Taylor": 220, "Julien Moreau": 300}

# title, organization, contact, stage, value (major units), currency, days since created, since stage change,
DEALS = (
    ("Acme renewal 2026", "Acme", "Maria Silva", "negotiation", 24_000, "EUR", 45, 10),
    ("Globex expansion", "Globex", "John Miller", "proposal", 60_000, "USD", 70, 40),
    ("Samba Foods onboarding", "Samba Foods", "Maria Santos", "qualification", 8_000, "USD", 25, 20),
    ("Milano Design Premium", "Milano Design", "Maria Rossi", "proposal", 12_000, "EUR", 30, 12),
    ("Dragon Trade pilot", "Dragon Trade", "Chen Wei", "qualification", 15_000, "USD", 6, 6),
    ("Padaria Lisboa Basic", "Padaria Lisboa", "Ana Ferreira", "negotiation", 3_000, "EUR", 20, 5),
    ("Hooli platform", "Hooli", "David Moore", "qualification", 90_000, "USD", 15, 15),
    ("Iberia Retail training", "Iberia Retail", "Carmen García", "proposal", 9_000, "EUR", 18, 8),
    ("Lumière SA rollout", "Lumière SA", "Sophie Martin", "won", 48_000, "EUR", 160, 120),
    ("Torino Meccanica Premium", "Torino Meccanica", "Alessandro Ricci", "won", 30_000, "EUR", 240, 200),
    ("Initech support", "Initech", "Michael Davis", "won", 6_000, "USD", 90, 60),
    ("Valencia Foods onboarding", "Valencia Foods", "Pablo Sánchez", "won", 4_500, "EUR", 50, 30),
    ("Bordeaux Vins upgrade", "Bordeaux Vins", "Pierre Lefèvre", "lost", 10_000, "EUR", 80, 50),
    ("Northwind UK Premium", "Northwind UK", "Harry Taylor", "lost", 7_200, "EUR", 170, 150),
    ("Thames Analytics pilot", "Thames Analytics", "Oliver Smith", "lost", 5_000, "EUR", 40, 20),
)

# contact, days from now (negative: overdue), text, done
FOLLOW_UPS = (
    ("Maria Silva", -2, "Send the renewal quote", False),
    ("João Pereira", 1, "Call about the Premium upgrade", False),
    ("Sophie Martin", 3, "Confirm the case study draft", False),
    ("Chen Wei", 5, "Share the pilot plan", False),
    ("Carmen García", 8, "Agenda for the training workshop", False),
    ("Camila Rodrigues", 2, "Propose onboarding sessions", False),
    ("Oliver Smith", -4, "Send the lost-deal feedback survey", True),
)

SUMMARIES = {
    "call": (
        "Call about renewal terms",
        "Quick call: happy with the service, asked about new features",
        "Call on the open invoice; sorted",
        "Call: budget planning for next quarter",
    ),
    "meeting": (
        "Quarterly business review",
        "Lunch meeting; introduced to their operations lead",
        "Demo of the Premium dashboards",
    ),
    "email": (
        "Sent pricing for Premium",
        "Emailed the onboarding checklist",
        "Replied to their questions on data export",
    ),
    "message": (
        "WhatsApp check-in on delivery",
        "Messaged about the training dates",
        "Quick message: they confirmed the order",
    ),
    "visit": ("Visited the office; met the IT team", "Site visit for the rollout"),
    "note": ("Note: budget approved for next quarter", "Note: new procurement process from next month"),
}

# The network around the customers: (a, a is "c" person / "o" organization, kind, b, b type, job title or None).
LINKS = (
    ("João Pereira", "c", "employee", "Acme", "o", "CEO"),
    ("João Pereira", "c", "decision_maker", "Acme", "o", None),
    ("Maria Silva", "c", "employee", "Acme", "o", "Head of Operations"),
    ("Maria Silva", "c", "champion", "Acme", "o", None),
    ("Élodie Laurent", "c", "introduced", "Lumière SA", "o", None),
    ("Katalin Tóth", "c", "introduced", "Budapest Soft", "o", None),
    ("Partenaires Conseil", "o", "partner", "Atelier Moreau", "o", None),
    ("Sophie Martin", "c", "champion", "Lumière SA", "o", None),
    ("Camille Bernard", "c", "decision_maker", "Lumière SA", "o", None),
    ("Shenzhen Parts", "o", "supplier", "Dragon Trade", "o", None),
    ("Shenzhen Parts", "o", "supplier", "Shanghai Textiles", "o", None),
    ("Fornitori Uniti", "o", "supplier", "Milano Design", "o", None),
    ("Chen Wei", "c", "decision_maker", "Dragon Trade", "o", None),
    ("Carmen García", "c", "champion", "Iberia Retail", "o", None),
    ("Javier Fernández", "c", "blocker", "Iberia Retail", "o", None),
    ("Globex", "o", "investor", "Hooli", "o", None),
    ("John Miller", "c", "knows", "David Moore", "c", None),
    ("David Moore", "c", "decision_maker", "Hooli", "o", None),
    ("Sarah Johnson", "c", "board_member", "Initech", "o", None),
)
# What customers need and value: (person or organization, kind, language, text, days ago, promise due in days).
FACTS = (
    ("Maria Silva", "need", "en", "Maria Silva needs SSO before signing the renewal", 9, None),
    ("Acme", "preference", "en", "Acme values delivery time over price", 30, None),
    ("João Pereira", "promise", "pt", "Prometemos ao João um desconto de 5% na renovação", 6, 4),
    ("Chen Wei", "need", "en", "Chen Wei needs Training for the new export team", 12, None),
    ("Camila Rodrigues", "need", "pt", "A Camila precisa de relatórios de entregas por armazém", 20, None),
    ("Oliver Smith", "pain", "en", "Complains about invoice delays since the billing migration", 15, None),
    ("Pierre Lefèvre", "pain", "fr", "Se plaint des retards de facturation depuis janvier", 40, None),
    ("Carmen García", "objection", "es", "Carmen considera que el precio de Premium es alto", 25, None),
    ("Alessandro Ricci", "promise", "it", "Promesso un workshop di formazione gratuito", 20, -2),
    ("Lumière SA", "note", "fr", "Réorganisation prévue au deuxième trimestre ; Sophie reste notre soutien", 10, None),
)
