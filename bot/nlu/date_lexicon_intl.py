"""Date vocabulary for Portuguese, Spanish, French, Italian and Hungarian (see `date_lexicon`)."""

from __future__ import annotations

from bot.nlu.date_lexicon import DateLexicon, groups, same, words

_START, _MID, _END = ("start", 0), ("mid", 0), ("end", 0)

PT = DateLexicon(
    weekdays=groups(
        "segunda-feira, segunda | terça-feira, terça | quarta-feira, quarta"
        " | quinta-feira, quinta | sexta-feira, sexta | sábado | domingo"
    ),
    weekdays_ambiguous=frozenset(words("segunda, quarta, quinta, sexta")),  # also ordinals
    weekdays_name_like=frozenset(words("domingo")),
    soft_weekdays=True,
    weekday_pre={
        **same("próxima, próximo, na próxima, no próximo", 2),
        **same("última, último, na última, no último, na passada", -1),
        **same("na, no, nesta, neste, esta, este", 0),
    },
    weekday_post={**same("que vem, próxima, próximo", 2), **same("passada, passado", -1)},
    months=groups(
        "janeiro | fevereiro | março | abril | maio | junho | julho | agosto | setembro | outubro"
        " | novembro | dezembro",
        1,
    ),
    month_abbrevs=groups("jan | fev | mar | abr | mai | jun | jul | ago | set | out | nov | dez", 1),
    month_pre={
        **same("em, no início de, início de, começo de, no começo de", _START),
        **same("meados de, em meados de", _MID),
        **same("fim de, final de, no fim de, no final de", _END),
    },
    numbers={
        **groups("um, uma | dois, duas | três | quatro | cinco | seis | sete | oito | nove | dez | onze | doze", 1),
        "quinze": 15,
    },
    days={
        "ontem": (-1, None),
        "hoje": (0, None),
        "amanhã": (1, None),
        "depois de amanhã": (2, None),
        "anteontem": (-2, None),
        "esta noite": (0, 20),
        "hoje à noite": (0, 20),
        "esta manhã": (0, 9),
        "esta tarde": (0, 14),
    },
    periods={
        **same("semana que vem, próxima semana", ("week", 1)),
        "semana passada": ("week", -1),
        "esta semana": ("week", 0),
        **same("mês que vem, próximo mês", ("month", 1)),
        "mês passado": ("month", -1),
        "este mês": ("month", 0),
        **same("ano que vem, próximo ano", ("year", 1)),
        "ano passado": ("year", -1),
        "este ano": ("year", 0),
    },
    period_ends={
        **same("fim do mês, final do mês, fim de mês, final de mês", "month"),
        **same("fim do mês que vem, final do mês que vem", "next_month"),
        **same("fim da semana, final da semana", "week"),
        **same("fim do ano, final do ano, fim de ano, final de ano", "year"),
        **same("fim de semana, fds", "weekend"),
        **same("próximo fim de semana, fim de semana que vem", "next_weekend"),
    },
    articles=words("a, o, na, no, nesta, neste, para o, para a"),
    offset_pre={**same("daqui a, em, dentro de", 1), **same("há, faz", -1)},
    offset_post={"atrás": -1, "a partir de agora": 1, "depois": 1},
    units={
        **same("minuto, minutos", ("minute", 1)),
        **same("hora, horas", ("hour", 1)),
        **same("dia, dias", ("day", 1)),
        **same("semana, semanas", ("day", 7)),
        **same("quinzena, quinzenas", ("day", 15)),
        **same("mês, meses", ("month", 1)),
        **same("ano, anos", ("month", 12)),
    },
    parts={
        **same("de manhã, pela manhã, da manhã, na parte da manhã", 9),
        **same("à tarde, de tarde, pela tarde, da tarde, na parte da tarde", 14),
        **same("à noite, de noite, pela noite, da noite", 20),
        **same("meio-dia, ao meio-dia", 12),
    },
    parts_weak={"manhã": 9, "tarde": 14, "noite": 20},
    day_ends=words("fim do dia, final do dia"),
    hour_preps=words("às, pelas, por volta das"),
    context=words("até, até o, até a, antes de, depois de, desde, para, pra, a partir de, de"),
    connectives=words("com, para, pra, e, ou, em, no, na, sobre, de, do, da"),
    holidays=words("depois das festas, após as festas, depois do ano novo, após o ano novo"),
    ordinals=(r"(?:(?:n?o|até\s+o)\s+)?dia\s+(?P<d>\d{1,2})(?!\s*(?:/|\d))",),
    day_month=(r"(?:(?:n?o\s+)?dia\s+)?(?P<d>\d{1,2})(?:º|°|o)?\s+de\s+(?P<m>{M})(?:\s+de\s+(?P<y>\d{4}))?",),
    now_words=words("agora, já, agora mesmo, o mais rápido possível, o quanto antes, assim que possível"),
    anchor_rel={**same("depois de, após", 1), "antes de": -1},
    of_month=words("de, do, da, em"),
    month_word=words("mês, o mês, este mês"),
    day_end_of=words("no fim de, fim de, ao fim de, no final de, final de, ao final de"),
)

ES = DateLexicon(
    weekdays=groups("lunes | martes | miércoles | jueves | viernes | sábado | domingo"),
    weekdays_name_like=frozenset(words("domingo")),
    weekday_pre={
        **same("el próximo, próximo", 2),
        "este próximo": 1,
        **same("el pasado, el último", -1),
        **same("el, este", 0),
    },
    weekday_post={**same("que viene, próximo", 2), **same("pasado", -1)},
    months=groups(
        "enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre, setiembre"
        " | octubre | noviembre | diciembre",
        1,
    ),
    month_abbrevs=groups("ene | feb | mar | abr | may | jun | jul | ago | sep, sept | oct | nov | dic", 1),
    month_pre={
        **same("en, a principios de, principios de, a comienzos de", _START),
        **same("a mediados de, mediados de", _MID),
        **same("a finales de, finales de, a fin de, fin de, a fines de", _END),
    },
    numbers={
        **groups("un, una, uno | dos | tres | cuatro | cinco | seis | siete | ocho | nueve | diez | once | doce", 1),
        "quince": 15,
    },
    days={
        "ayer": (-1, None),
        "hoy": (0, None),
        "mañana": (1, None),
        "pasado mañana": (2, None),
        "anteayer": (-2, None),
        "antes de ayer": (-2, None),
        "esta noche": (0, 20),
        "esta mañana": (0, 9),
        "esta tarde": (0, 14),
        "anoche": (-1, 20),
        **same("día después de mañana, el día después de mañana, dia despues de mañana", (2, None)),
        **same("el día siguiente, día siguiente, el próximo día, próximo día, proximo dia", (1, None)),
        **same("día antes de ayer, el día antes de ayer, dia antes de ayer, el dia antes de ayer", (-2, None)),
    },
    periods={
        **same("semana que viene, próxima semana", ("week", 1)),
        **same("semana pasada, última semana, la última semana", ("week", -1)),
        **same("siguiente semana, la siguiente semana", ("week", 1)),
        "esta semana": ("week", 0),
        **same("mes que viene, próximo mes", ("month", 1)),
        "mes pasado": ("month", -1),
        "este mes": ("month", 0),
        **same("año que viene, próximo año", ("year", 1)),
        "año pasado": ("year", -1),
        "este año": ("year", 0),
    },
    period_ends={
        **same("fin de mes, final de mes, fin del mes, final del mes, finales de mes", "month"),
        **same("fin del mes que viene, final del mes que viene", "next_month"),
        **same("fin de año, final de año, fin del año, final del año", "year"),
        **same("fin de semana, finde, este fin de semana", "weekend"),
        **same("próximo fin de semana, fin de semana que viene", "next_weekend"),
    },
    articles=words("el, la, a, para el, para la"),
    offset_pre={**same("en, dentro de", 1), "hace": -1},
    offset_post={**same("a partir de ahora, después, más tarde", 1), "atrás": -1},
    units={
        **same("minuto, minutos", ("minute", 1)),
        **same("hora, horas", ("hour", 1)),
        **same("día, días", ("day", 1)),
        **same("semana, semanas", ("day", 7)),
        **same("quincena, quincenas", ("day", 15)),
        **same("mes, meses", ("month", 1)),
        **same("año, años", ("month", 12)),
    },
    parts={
        **same("por la mañana, de la mañana, en la mañana, a la mañana", 9),
        **same("por la tarde, de la tarde, en la tarde, a la tarde", 14),
        **same("por la noche, de la noche, en la noche, a la noche", 20),
        **same("mediodía, al mediodía", 12),
    },
    # "la mañana" is the morning, never tomorrow: listing it lets the longer match win.
    parts_weak={"la mañana": 9, "tarde": 14, "noche": 20},
    day_ends=words("fin del día, final del día"),
    hour_preps=words("a las, a la, sobre las, hacia las, cerca de las, alrededor de las, las"),
    context=words("hasta, hasta el, antes del, antes de, después del, después de, desde, para, a partir del"),
    connectives=words("con, para, y, o, en, sobre, de, del, a"),
    holidays=words("después de las fiestas, después de fiestas, tras las fiestas, después de año nuevo"),
    ordinals=(
        r"(?:el\s+)?día\s+(?P<d>\d{1,2})(?!\s*(?:/|\d))",
        r"(?P<cue>el|del|para\s+el)\s+(?P<d>\d{1,2})(?:ro|º|o)?(?![\d/:.,-]\d)",
    ),
    day_month=(
        r"(?:el\s+)?(?:día\s+)?(?P<d>\d{1,2})(?:ro|º|o)?\s+de\s+(?P<m>{M})\.?"
        r"(?:(?:,?\s+(?:de|del)\s+|,\s*)(?P<y>\d{4}))?",
        r"(?:en\s+)?(?P<m>{M})\s+(?P<d>\d{1,2})(?![\d:])",
    ),
    now_words=words(
        "ahora, ahora mismo, justo ahora, en este momento, ya, cuanto antes, lo antes posible,"
        " tan pronto como sea posible, tan pronto como podamos, lo mas pronto posible, lo más pronto posible"
    ),
    anchor_rel={**same("después de, despues de, tras", 1), "antes de": -1},
    of_month=words("de, del, en"),
    month_word=words("mes, el mes"),
    day_end_of=words("al finalizar el, al finalizar, al final del, al final de, final del, final de"),
)

FR = DateLexicon(
    weekdays=groups("lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche"),
    weekday_pre={"prochain": 2, **same("ce, le, cette", 0)},
    weekday_post={"prochain": 2, "qui vient": 1, **same("dernier, passé", -1)},
    months=groups(
        "janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre", 1
    ),
    month_abbrevs=groups(
        "janv, janv., jan, jan. | févr, févr., fév, fév. | - | avr, avr. | - | - | juil, juil. | -"
        " | sept, sept. | oct, oct. | nov, nov. | déc, déc.",
        1,
    ),
    months_risky=frozenset(words("mars")),
    month_pre={
        **same("en, début, au début de, début de, courant", _START),
        **same("mi-, à la mi-", _MID),
        **same("fin, à la fin de, fin de", _END),
    },
    numbers={
        **groups("un, une | deux | trois | quatre | cinq | six | sept | huit | neuf | dix | onze | douze", 1),
        "quinze": 15,
    },
    days={
        "hier": (-1, None),
        "aujourd'hui": (0, None),
        "demain": (1, None),
        "après-demain": (2, None),
        **same("lendemain, le lendemain", (1, None)),
        "avant-hier": (-2, None),
        "ce soir": (0, 18),
        "ce matin": (0, 9),
        "cet après-midi": (0, 14),
        "cette nuit": (0, 20),
    },
    periods={
        **same("semaine prochaine, semaine qui vient", ("week", 1)),
        **same("semaine dernière, semaine dernier", ("week", -1)),
        "semaine prochain": ("week", 1),
        "cette semaine": ("week", 0),
        "mois prochain": ("month", 1),
        "mois dernier": ("month", -1),
        "ce mois-ci": ("month", 0),
        **same("année prochaine, an prochain", ("year", 1)),
        **same("année dernière, an dernier", ("year", -1)),
        "cette année": ("year", 0),
    },
    period_ends={
        **same("fin du mois, fin de mois", "month"),
        "fin du mois prochain": "next_month",
        **same("fin de la semaine, fin de semaine", "week"),
        "fin de la semaine prochaine": "next_week",
        **same("fin d'année, fin de l'année", "year"),
        **same("week-end, weekend, ce week-end, ce weekend", "weekend"),
        **same("week-end prochain, weekend prochain", "next_weekend"),
    },
    articles=words("la, le, l', en, à la, d'ici la"),
    offset_pre={**same("dans, d'ici", 1), "il y a": -1},
    offset_post={"plus tard": 1, "à partir de maintenant": 1, "a partir de maintenant": 1},
    units={
        **same("minute, minutes", ("minute", 1)),
        **same("heure, heures", ("hour", 1)),
        **same("jour, jours", ("day", 1)),
        **same("semaine, semaines", ("day", 7)),
        **same("quinzaine", ("day", 15)),
        **same("mois", ("month", 1)),
        **same("an, ans, année, années", ("month", 12)),
    },
    parts={
        **same("le matin, du matin, dans la matinée", 9),
        **same("l'après-midi, de l'après-midi, dans l'après-midi", 14),
        **same("le soir, du soir, dans la soirée", 18),
        **same("midi, à midi", 12),
    },
    parts_weak={"matin": 9, "matinée": 9, "après-midi": 14, "soir": 18, "soirée": 18},
    day_ends=words("fin de journée, en fin de journée"),
    hour_preps=words("à, vers"),
    context=words(
        "avant, avant le, après, après le, jusqu'à, jusqu'au, d'ici, dès, depuis, pour, à partir de, à partir du"
    ),
    connectives=words("avec, pour, et, ou, en, sur, de, du, chez"),
    holidays=words("après les fêtes, après le nouvel an"),
    ordinals=(
        r"(?P<cue>(?!))?le\s+(?P<d>\d{1,2}|1er)(?!\s*(?:/|\d))",
        r"(?P<cue>sur\s+(?:le|la)|sur|en|pour\s+le)\s+(?P<d>\d{1,2})(?:er|e)?(?![\d/:.,-]\d)",
    ),
    day_month=(
        r"(?:le\s+)?(?P<d>\d{1,2})(?:er|e)?\s+(?:d['’]\s*|de\s+)?(?P<m>{M})\.?(?:,?\s+(?P<y>\d{4}|\d{2}(?![\d:])))?",
        r"(?P<m>{FM})\s+(?P<d>\d{1,2})(?:er|e)?(?![\d:])(?:,?\s+(?P<y>\d{4}))?",
    ),
    now_words=words("maintenant, tout de suite, dqp, dès que possible, des que possible, immédiatement, au plus vite"),
    anchor_rel={**same("après, apres", 1), "avant": -1},
    of_month=words("de, du, d', en"),
    month_word=words("mois, le mois"),
    day_end_of=words("la fin de, la fin, à la fin de, fin de"),
)

IT = DateLexicon(
    weekdays=groups("lunedì | martedì | mercoledì | giovedì | venerdì | sabato | domenica"),
    weekdays_name_like=frozenset(words("sabato, domenica")),
    weekday_pre={
        **same("il prossimo, prossimo, la prossima, prossima", 2),
        **same("lo scorso, scorso, la scorsa, scorsa", -1),
        **same("questo, questa, il, la, di", 0),
    },
    weekday_post={**same("prossimo, prossima", 2), **same("scorso, scorsa", -1)},
    months=groups(
        "gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre"
        " | ottobre | novembre | dicembre",
        1,
    ),
    month_abbrevs=groups("gen | feb | mar | apr | mag | giu | lug | ago | set | ott | nov | dic", 1),
    month_pre={
        **same("a, ad, in, a inizio, inizio, ai primi di", _START),
        **same("a metà, metà", _MID),
        **same("a fine, fine", _END),
    },
    numbers={
        **groups(
            "un, uno, una, un' | due | tre | quattro | cinque | sei | sette | otto | nove | dieci | undici | dodici", 1
        ),
        "quindici": 15,
    },
    days={
        "ieri": (-1, None),
        "oggi": (0, None),
        "domani": (1, None),
        "dopodomani": (2, None),
        "l'altro ieri": (-2, None),
        "l'altroieri": (-2, None),
        "stasera": (0, 18),
        "stamattina": (0, 9),
        "stamani": (0, 9),
        "stanotte": (0, 20),
        "questo pomeriggio": (0, 14),
    },
    periods={
        **same("settimana prossima, prossima settimana", ("week", 1)),
        "settimana scorsa": ("week", -1),
        "questa settimana": ("week", 0),
        **same("mese prossimo, prossimo mese", ("month", 1)),
        "mese scorso": ("month", -1),
        "questo mese": ("month", 0),
        **same("anno prossimo, prossimo anno", ("year", 1)),
        "anno scorso": ("year", -1),
        "quest'anno": ("year", 0),
    },
    period_ends={
        **same("fine mese, fine del mese, fine di questo mese", "month"),
        "fine del mese prossimo": "next_month",
        **same("fine anno, fine dell'anno", "year"),
        **same("fine settimana, weekend, questo fine settimana, il fine settimana", "weekend"),
        **same("prossimo fine settimana, prossimo weekend", "next_weekend"),
    },
    articles=words("la, il, l', a, entro la, entro il"),
    offset_pre={**same("tra, fra, entro", 1)},
    offset_post={"fa": -1, "dopo": 1, "più tardi": 1, "da adesso": 1, "da ora": 1},
    units={
        **same("minuto, minuti", ("minute", 1)),
        **same("ora, ore", ("hour", 1)),
        **same("giorno, giorni", ("day", 1)),
        **same("settimana, settimane", ("day", 7)),
        **same("mese, mesi", ("month", 1)),
        **same("anno, anni", ("month", 12)),
    },
    parts={
        **same("di mattina, la mattina, in mattinata, del mattino", 9),
        **same("di pomeriggio, nel pomeriggio, del pomeriggio", 14),
        **same("di sera, la sera, in serata, della sera", 18),
        **same("mezzogiorno, a mezzogiorno", 12),
    },
    parts_weak={"mattina": 9, "mattino": 9, "pomeriggio": 14, "sera": 18},
    day_ends=words("fine giornata, a fine giornata"),
    hour_preps=words("alle, all', verso le, per le"),
    context=words("entro, entro il, fino a, prima di, dopo, da, per, per il"),
    connectives=words("con, per, e, o, in, su, di, da"),
    holidays=words("dopo le feste, dopo capodanno"),
    ordinals=(r"(?:il\s+)?giorno\s+(?P<d>\d{1,2})(?!\s*(?:/|\d))",),
    day_month=(r"(?:il\s+|l['’])?(?P<d>\d{1,2})(?:°|º)?\s+(?P<m>{M})(?:\s+(?P<y>\d{4}))?",),
    now_words=words("adesso, ora, subito, appena possibile, il prima possibile, immediatamente"),
    anchor_rel={**same("dopo", 1), "prima di": -1},
    of_month=words("di, del, della, de"),
    month_word=words("mese, il mese"),
    day_end_of=words("alla fine di, fine di, a fine"),
)

HU = DateLexicon(
    weekdays=groups(
        "hétfő, hétfőn | kedd, kedden | szerda, szerdán | csütörtök, csütörtökön"
        " | péntek, pénteken | szombat, szombaton | vasárnap"
    ),
    weekday_pre={**same("jövő, a jövő", 2), **same("múlt, a múlt", -1), **same("ezen a", 0)},
    months=groups(
        "január | február | március | április | május | június | július | augusztus | szeptember"
        " | október | november | december",
        1,
    ),
    month_abbrevs=groups("jan. | febr. | márc. | ápr. | máj. | jún. | júl. | aug. | szept. | okt. | nov. | dec.", 1),
    month_post={**same("ban, ben, elején", _START), **same("közepén", _MID), **same("végén, végéig, végére", _END)},
    numbers={
        **groups(
            "egy | két, kettő | három | négy | öt | hat | hét | nyolc | kilenc | tíz | tizenegy | tizenkét, tizenkettő",
            1,
        )
    },
    days={
        "tegnap": (-1, None),
        "ma": (0, None),
        "holnap": (1, None),
        "holnapután": (2, None),
        "tegnapelőtt": (-2, None),
    },
    periods={
        **same("jövő héten, jövő hét, jövő hétre", ("week", 1)),
        "múlt héten": ("week", -1),
        **same("ezen a héten, a héten, ezen a hét", ("week", 0)),
        **same("jövő hónapban, jövő hónap", ("month", 1)),
        "múlt hónapban": ("month", -1),
        "ebben a hónapban": ("month", 0),
        **same("jövőre, jövő évben", ("year", 1)),
        "tavaly": ("year", -1),
        "idén": ("year", 0),
    },
    period_ends={
        **same("hónap végén, hó végén, hó végéig, hónap végéig, hónap végére", "month"),
        "jövő hónap végén": "next_month",
        "hét végén": "week",
        **same("év végén, év végéig, év végére", "year"),
        **same("hétvégén, hétvége", "weekend"),
        "jövő hétvégén": "next_weekend",
    },
    articles=words("a, az"),
    offset_post={"múlva": 1, "ezelőtt": -1},
    units={
        **same("perc, perccel", ("minute", 1)),
        **same("óra, órával", ("hour", 1)),
        **same("nap, nappal", ("day", 1)),
        **same("hét, héttel", ("day", 7)),
        **same("hónap, hónappal", ("month", 1)),
        **same("év, évvel", ("month", 12)),
    },
    parts={"délben": 12},
    parts_weak={"reggel": 9, "délelőtt": 10, "délután": 14, "este": 18},
    day_ends=words("nap végén, nap végéig"),
    connectives=words("és, vagy"),
    holidays=words("az ünnepek után, ünnepek után"),
    ordinals=(r"(?P<d>\d{1,2})-(?:j?[áé]n)",),
    day_month=(r"(?:(?P<y>\d{4})\.?\s*)?(?P<m>{M})\s*(?P<d>\d{1,2})(?:-(?:j?[áé]n|ig|j?[áé]ig)|\.(?!\d))?",),
    clocks=(r"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?-kor", r"(?P<h>[01]?\d|2[0-3])\s+órakor"),
    now_words=words("most, azonnal, mielőbb, amint lehet, minél előbb"),
)

LEXICONS: dict[str, DateLexicon] = {"pt": PT, "es": ES, "fr": FR, "it": IT, "hu": HU}
