"""Pure view builders: store rows in, neutral Card/Reply out. No I/O here."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.texts import formats, t
from bot.types import Button, Card
from storage.contacts import ContactDetails
from storage.models import FollowUp, Interaction
from storage.search import Candidate


def when(at: datetime, *, now: datetime, tz: ZoneInfo, lang: str, with_time: bool = True) -> str:
    """'today 10:40', 'tomorrow 15:00', 'Tue 17 Mar 15:00' in the reader's zone."""
    local, today = at.astimezone(tz), now.astimezone(tz).date()
    clock = local.strftime("%H:%M") if with_time else ""
    delta = (local.date() - today).days
    if delta == 0:
        return t(lang, "when.today", time=clock).strip()
    if delta == -1:
        return t(lang, "when.yesterday", time=clock).strip()
    if delta == 1:
        return t(lang, "when.tomorrow", time=clock).strip()
    weekday = t(lang, "cal.weekdays").split()[local.weekday()]
    day = f"{weekday} {local.day} {t(lang, 'cal.months').split()[local.month - 1]}"
    if local.year != today.year:
        day += f" {local.year}"
    return f"{day} {clock}".strip()


def birthday_text(month: int | None, day: int | None, year: int | None, lang: str | None = None) -> str | None:
    if not month or not day:
        return None
    return formats.day_month(month, day, year, lang)


def contact_card(details: ContactDetails, *, now: datetime, tz: ZoneInfo, lang: str, private: bool = True) -> Card:
    """The contact card. ``private`` is False in groups: name, company and stage only."""
    c = details.contact
    fields: list[tuple[str, str]] = []
    if details.organization:
        fields.append((t(lang, "card.company"), details.organization.name))
    fields.append((t(lang, "card.stage"), t(lang, f"stage.{c.stage}")))
    if not private:
        return Card(title=c.full_name, fields=tuple(fields))
    fields.extend(_private_fields(details, now=now, tz=tz, lang=lang))
    # The field names are written for the middle of a sentence ("Updated Rui: preferred channel: …"); a card's
    # labels start with a capital like its others.
    if c.job_title:
        fields.insert(1, (_label(t(lang, "field.job_title")), c.job_title))
    if c.preferred_channel:
        fields.append((_label(t(lang, "field.channel")), t(lang, f"kind.{c.preferred_channel}")))
    if c.keep_in_touch_days:
        days = t(lang, "field.every_days", days=c.keep_in_touch_days)
        fields.append((_label(t(lang, "field.keep_in_touch")), days))
    lines = _card_lines(details, now=now, tz=tz, lang=lang)
    return Card(title=c.full_name, fields=tuple(fields), lines=tuple(lines))


def _label(name: str) -> str:
    return name[:1].upper() + name[1:]


def _private_fields(details: ContactDetails, *, now: datetime, tz: ZoneInfo, lang: str) -> list[tuple[str, str]]:
    """Owner, e-mails, phones, birthday, tags and the last touch: shown only in a private chat."""
    c = details.contact
    fields: list[tuple[str, str]] = []
    if details.owner:
        fields.append((t(lang, "card.owner"), details.owner.display_name))
    if details.emails:
        fields.append((t(lang, "card.email"), ", ".join(details.emails)))
    if details.phones:
        fields.append((t(lang, "card.phone"), ", ".join(details.phones)))
    bday = birthday_text(c.birthday_month, c.birthday_day, c.birthday_year, lang)
    if bday:
        fields.append((t(lang, "card.birthday"), bday))
    if details.tags:
        fields.append((t(lang, "card.tags"), ", ".join(details.tags)))
    touch = (
        when(c.last_touch_at, now=now, tz=tz, lang=lang, with_time=False) if c.last_touch_at else t(lang, "card.never")
    )
    fields.append((t(lang, "card.last_touch"), touch))
    return fields


def _card_lines(details: ContactDetails, *, now: datetime, tz: ZoneInfo, lang: str) -> list[str]:
    """Under the fields: recent touches, follow-ups, open deals, the network, needs and notes."""
    c = details.contact
    lines: list[str] = []
    if details.interactions:
        lines.append(t(lang, "card.recent"))
        lines.extend(interaction_line(i, now=now, tz=tz, lang=lang) for i in details.interactions)
    if details.follow_ups:
        lines.append(t(lang, "card.follow_ups"))
        lines.extend(follow_up_line(f, now=now, tz=tz, lang=lang) for f in details.follow_ups)
    if details.open_deals:
        lines.append(t(lang, "card.deals"))
        lines.extend(
            f"• {d.title} — {t(lang, f'stage.{d.stage}')}, {money(d.value_minor, d.currency, lang)}"
            for d in details.open_deals
        )
    if details.links:
        lines.append(t(lang, "brief.network"))
        for kind, forward, other, title in details.links:
            me = f"{c.full_name} ({title})" if title else c.full_name
            a, b = (me, other) if forward else (other, me)
            lines.append("• " + t(lang, "network.statement", a=a, rel=t(lang, f"network.kind.{kind}"), b=b))
    if details.facts:
        lines.append(t(lang, "offer.needs"))
        lines.extend(f"• {t(lang, f'facts.kind.{f.kind}')}: {f.text}" for f in details.facts)
    if c.notes:
        lines.append(f"{t(lang, 'card.notes')}: {c.notes}")
    return lines


def interaction_line(i: Interaction, *, now: datetime, tz: ZoneInfo, lang: str) -> str:
    summary = f": {i.summary}" if i.summary else ""
    if len(summary) > 120:
        summary = summary[:117] + "…"
    return f"• {when(i.occurred_at, now=now, tz=tz, lang=lang, with_time=False)} {t(lang, 'kind.' + i.kind)}{summary}"


def follow_up_line(f: FollowUp, *, now: datetime, tz: ZoneInfo, lang: str, who: str | None = None) -> str:
    prefix = f"{who}: " if who else ""
    return f"• {when(f.due_at, now=now, tz=tz, lang=lang)} — {prefix}{f.text}"


def candidate_label(c: Candidate) -> str:
    return f"{c.full_name} ({c.organization})" if c.organization else c.full_name


def choice_buttons(candidates: list[Candidate], action: str) -> tuple[Button, ...]:
    return tuple(
        Button(label=f"{n}. {candidate_label(c)}", action=action, value=str(c.contact_id))
        for n, c in enumerate(candidates, start=1)
    )


def money(minor: int, currency: str, lang: str | None = None) -> str:
    return formats.money(minor, currency, lang)
