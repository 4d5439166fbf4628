"""Column names people use in spreadsheets, in the supported languages, mapped to our fields.

Headers are compared by their search key (case, accents and punctuation ignored), so "E-mail",
"e_mail" and "EMAIL " are the same header.
"""

from __future__ import annotations

import re

from storage.normalize import search_key

SYNONYMS: dict[str, str] = {
    "name": (
        "name|full name|fullname|contact|contact name|display name|customer|client|customer name|"
        "client name|person|nome|nome completo|cliente|contato|contacto|nombre|nombre completo|"
        "nom complet|nom et prenom|contact nom|nome e cognome|nominativo|contatto|nev|teljes nev|ugyfel|"
        "kapcsolattarto|ugyfel neve"
    ),
    "first_name": (
        "first name|firstname|given name|forename|first|primeiro nome|nome proprio|nombre de pila|prenom|"
        "nome di battesimo|keresztnev|utonev"
    ),
    "last_name": (
        "last name|lastname|surname|family name|last|apelido|sobrenome|apellido|apellidos|nom|"
        "nom de famille|cognome|vezeteknev|csaladnev"
    ),
    "email": (
        "email|e mail|mail|email address|e mail address|emails|work email|home email|email 1|email 2|"
        "other email|primary email|endereco de email|correio eletronico|correo|correo electronico|"
        "courriel|adresse email|adresse e mail|adresse mail|indirizzo email|posta elettronica|email cim|"
        "e mail cim"
    ),
    "phone": (
        "phone|telephone|tel|mobile|mobile phone|cell|cell phone|cellphone|phone number|work phone|"
        "home phone|phone 1|phone 2|other phone|primary phone|whatsapp|telefone|telemovel|celular|"
        "numero de telefone|telefono|movil|numero de telefono|portable|telephone portable|"
        "numero de telephone|cellulare|numero di telefono|telefonszam|mobil|mobilszam"
    ),
    "company": (
        "company|organization|organisation|org|account|account name|employer|business|company name|"
        "empresa|organizacao|companhia|compania|organizacion|entreprise|societe|organisme|societa|"
        "azienda|ditta|ceg|vallalat|cegnev|szervezet"
    ),
    "birthday": (
        "birthday|birth date|date of birth|dob|birthdate|bday|born|aniversario|data de nascimento|"
        "nascimento|cumpleanos|fecha de nacimiento|anniversaire|date de naissance|compleanno|"
        "data di nascita|szuletesnap|szuletesi datum"
    ),
    "tags": (
        "tags|tag|labels|label|categories|category|groups|group|etiquetas|etiqueta|categorias|grupos|"
        "etiquettes|categorie|etichette|cimkek|cimke"
    ),
    "stage": (
        "stage|status|lifecycle stage|lifecycle|fase|estagio|etapa|estado|etape|statut|stato|fazis|allapot|szakasz"
    ),
    "notes": (
        "notes|note|comments|comment|remarks|notas|nota|observacoes|observaciones|commentaires|remarques|"
        "commenti|megjegyzes|megjegyzesek"
    ),
    "owner": (
        "owner|account owner|contact owner|assigned to|rep|sales rep|salesperson|author|logged by|staff|"
        "responsavel|dono|vendedor|propietario|responsable|proprietaire|commercial|responsabile|titolare|"
        "venditore|felelos|tulajdonos|ertekesito"
    ),
    "tier": "tier|level|nivel|niveau|livello|szint",
    "country": "country|country code|country region|pais|pays|paese|nazione|orszag",
    "language": "language|lang|idioma|lingua|langue|nyelv",
    "channel": "preferred channel|channel|canal|canale|csatorna",
    "date": (
        "date|when|occurred|occurred at|purchase date|order date|activity date|data|fecha|datum|idopont|"
        "data da compra|fecha de compra|date d achat|data acquisto|vasarlas datuma"
    ),
    "kind": (
        "type|kind|activity|activity type|interaction type|channel type|tipo|tipo de atividade|"
        "tipo de actividad|type d activite|tipo attivita|tipus"
    ),
    "summary": (
        "summary|subject|description|details|what|resumo|assunto|resumen|asunto|descripcion|descricao|"
        "resume|objet|sommario|oggetto|descrizione|osszefoglalo|targy|leiras"
    ),
    "product": "product|item|sku|plan|produto|producto|produit|prodotto|termek",
    "quantity": "quantity|qty|units|quantidade|qtd|cantidad|quantite|quantita|mennyiseg|db",
    "amount": (
        "amount|total|price|value|revenue|valor|montante|preco|importe|monto|precio|montant|prix|importo|"
        "valore|prezzo|osszeg|ar"
    ),
    "currency": "currency|moeda|moneda|devise|valuta|penznem",
    # The network around the person (storage/importer/network_columns.py).
    "title": (
        "title|job title|position|job|cargo|funcao|puesto|titulo|fonction|poste|intitule du poste|ruolo aziendale|"
        "qualifica|mansione|beosztas|munkakor"
    ),
    "department": "department|dept|team|departamento|departement|service|reparto|dipartimento|osztaly|reszleg",
    "introduced_by": (
        "introduced by|referred by|referral|introducer|source contact|apresentado por|indicado por|presentado por|"
        "referido por|presente par|recommande par|presentato da|segnalato da|bemutatta|ajanlotta"
    ),
    "reports_to": (
        "reports to|manager|boss|reporta a|chefe|jefe|superieur|responsable hierarchique|responsabile diretto|"
        "capo|felettes|vezeto"
    ),
    "role": "role|buying role|papel|rol|role dans l achat|ruolo|szerep",
    # The company's contract renewal date (storage/importer/renewal_column.py).
    "renewal": (
        "renewal|renewal date|renews on|contract renewal|renovacao|data de renovacao|renovacion|fecha de renovacion|"
        "renouvellement|date de renouvellement|rinnovo|data di rinnovo|megujitas|megujitas datuma"
    ),
}

_BY_KEY: dict[str, str] = {search_key(word): field for field, words in SYNONYMS.items() for word in words.split("|")}
# Fields a row may hold several of ("Email", "Work email"): their values are collected in order.
MULTI = frozenset({"email", "phone", "tags"})


def field_for(header: str) -> str | None:
    key = " ".join(search_key(re.sub(r"[-_.:/()#*]+", " ", header)).split())
    if key in _BY_KEY:
        return _BY_KEY[key]
    # "Email (work)", "Phone 3", "Telefone - Celular": the first words decide.
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        found = _BY_KEY.get(" ".join(words[:n]))
        if found:
            return found
    return None


def map_headers(headers: list[str]) -> list[str | None]:
    """Our field for each column (None: ignored). A single-valued field keeps its first column."""
    seen: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        field = field_for(header)
        if field is not None and field not in MULTI and field in seen:
            field = None
        if field is not None:
            seen.add(field)
        out.append(field)
    return out


def detect_kind(fields: list[str | None]) -> str:
    """contacts, interactions or purchases, by which columns the file has."""
    present = {f for f in fields if f}
    if present & {"product", "amount", "quantity"}:
        return "purchases"
    if "kind" in present or ("date" in present and "summary" in present):
        return "interactions"
    return "contacts"
