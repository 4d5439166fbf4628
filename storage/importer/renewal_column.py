"""The "Renewal" column of a contacts file: the contract renewal date of the row's company (Organization.renews_on).

Applied after the contacts pass has stored every company. As everywhere in an import, nothing stored is
overwritten: a company that already has a renewal date keeps it (counted as kept), an unreadable date or a
date without a year is skipped and counted.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session, col, select

from storage.importer.sources import FileInfo, rows
from storage.importer.values import BadValue, parse_day
from storage.models import Organization
from storage.normalize import search_key


def wanted(info: FileInfo) -> bool:
    return info.kind == "contacts" and "renewal" in info.fields


def apply(session: Session, info: FileInfo, *, now: datetime, day_first: bool = True) -> dict[str, int]:
    counts = {"renewals_set": 0, "renewals_kept": 0, "renewals_unread": 0}
    dates: dict[str, date] = {}
    for row in rows(info):
        company, raw = row.first("company"), row.first("renewal")
        if not company or not raw:
            continue
        try:
            month, day, year = parse_day(raw, day_first=day_first)
            if year is None:
                raise BadValue(f'"{raw}" has no year')
            dates.setdefault(search_key(company), date(year, month, day))
        except (BadValue, ValueError):
            counts["renewals_unread"] += 1
    keys = list(dates)
    for start in range(0, len(keys), 2000):
        part = keys[start : start + 2000]
        for org in session.exec(select(Organization).where(col(Organization.name_key).in_(part))):
            if org.renews_on is not None:
                counts["renewals_kept"] += 1
                continue
            org.renews_on, org.updated_at = dates[org.name_key], now
            session.add(org)
            counts["renewals_set"] += 1
    return counts
