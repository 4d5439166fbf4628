"""A small, realistic demo data set, laid out relative to "now" so every question has a fresh answer.

Deterministic: the same ``now`` gives the same rows. Loading twice adds nothing (a marker row in the
audit log says the demo is in), so ``--demo`` is safe on every start.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from storage import audit, contacts, facts, models, network
from storage import demo_data as data
from storage import staff as staff_repo
from storage.analytics import rollups
from storage.db import SessionFactory
from storage.normalize import search_key

MARKER = "demo_load"
_LANGUAGES = {"PT": "pt", "BR": "pt", "ES": "es", "FR": "fr", "IT": "it", "HU": "hu", "GB": "en", "US": "en"}
_KINDS = ("call", "meeting", "email", "message", "visit", "note")


def is_loaded(session: Session) -> bool:
    return session.exec(select(models.AuditLog.id).where(models.AuditLog.action == MARKER)).first() is not None


def load_demo(
    session_factory: SessionFactory, *, now: datetime, churn_window_days: int = 180, business_tz: tzinfo = UTC
) -> str:
    """Load the demo rows once; returns a one-line summary, or "" when the store already has them."""
    with session_factory() as session:
        if is_loaded(session):
            return ""
        counts = _Loader(session, now).run()
        # Bulk rows bypass the per-write refresh: build the insight rollups once, set-wise.
        rollups.rebuild_rollups(session, now=now, churn_window_days=churn_window_days, business_tz=business_tz)
        audit.record(
            session=session, at=now, staff_id=None, action=MARKER, entity="demo", entity_id=None, detail=counts
        )
    return ", ".join(f"{n} {name}" for name, n in counts.items())


class _Loader:
    def __init__(self, session: Session, now: datetime) -> None:
        self.s = session
        self.now = now
        self.rng = random.Random(20260312)
        self.staff: dict[str, models.Staff] = {}
        self.orgs: dict[str, models.Organization] = {}
        self.people: dict[str, models.Contact] = {}
        self.products: dict[str, models.Product] = {}
        self.counts = {"interactions": 0, "purchases": 0}

    def days_ago(self, days: float, hour: int = 10) -> datetime:
        day = (self.now - timedelta(days=days)).date()
        return datetime.combine(day, time(hour), ZoneInfo("UTC"))

    def run(self) -> dict[str, int]:
        self._staff()
        self._orgs()
        self._products()
        for row in data.CONTACTS:
            self._contact(*row)
        self._deals()
        self._follow_ups()
        self._network()
        self._facts()
        return {
            "staff": len(self.staff),
            "organizations": len(self.orgs),
            "contacts": len(self.people),
            "products": len(self.products),
            **self.counts,
            "deals": len(data.DEALS),
            "follow-ups": len(data.FOLLOW_UPS),
            "links": len(data.LINKS),
            "facts": len(data.FACTS),
        }

    def _staff(self) -> None:
        team = models.Team(name=data.TEAM)
        self.s.add(team)
        self.s.flush()
        for handle, name, role, tz, lang in data.STAFF:
            member = staff_repo.by_handle(session=self.s, handle=handle) or staff_repo.create(
                session=self.s,
                handle=handle,
                display_name=name,
                role=role,
                now=self.days_ago(400),
                tz=tz,
                language=lang,
            )
            member.team_id = team.id
            member.email = f"{handle}@rapport.example"
            self.s.add(member)
            self.staff[handle] = member

    def _orgs(self) -> None:
        for name, (kind, segment, country) in data.ORGS.items():
            owner = self.staff[data.COUNTRIES[country][0]]
            org, _ = contacts.get_or_create_organization(
                session=self.s, name=name, owner_id=owner.id, now=self.days_ago(390)
            )
            org.kind, org.segment = kind, segment
            self.s.add(org)
            self.orgs[name] = org

    def _products(self) -> None:
        for name, (price, cost) in data.PRODUCTS.items():
            product = models.Product(
                name=name, name_key=search_key(name), unit_price_minor=price, unit_cost_minor=cost, currency="EUR"
            )
            self.s.add(product)
            self.products[name] = product
        self.s.flush()

    def _contact(
        self, name: str, org_name: str | None, country: str, stage: str, tier: str | None, channel: str, tags: tuple
    ) -> None:
        owner_handle, phone_prefix, mail_tld, _ = data.COUNTRIES[country]
        owner = self.staff[owner_handle]
        org = self.orgs.get(org_name) if org_name else None
        first, last = search_key(name).split()[0], search_key(name).split()[-1]
        domain = (search_key(org_name).replace(" ", "") if org_name else "mail") + "." + mail_tld
        digits = 1000 + len(self.people) * 37
        contact = contacts.create(
            session=self.s,
            full_name=name,
            owner_id=owner.id,
            now=self.days_ago(395),
            organization_id=org.id if org else None,
            stage=stage,
            emails=[f"{first}.{last}@{domain}"],
            phones=[f"{phone_prefix}{digits:04d}"],
            tags=list(tags),
            birthday=self._birthday(name),
        )
        contact.tier, contact.preferred_channel = tier, channel
        contact.language = _LANGUAGES.get(country, "en")
        self.people[name] = contact
        assert contact.id is not None and owner.id is not None
        touches = list(self._interactions(contact.id, owner.id, name, stage, channel))
        if stage in ("customer", "advocate", "churned") and org is not None and org.kind == "customer":
            segment = org.segment or "SMB"
            touches.extend(self._purchases(contact.id, owner.id, name, segment, country, steady=tier == "gold"))
        contact.last_touch_at = max(touches) if touches else None
        self.s.add(contact)

    def _birthday(self, name: str) -> tuple[int, int, int | None] | None:
        if name == data.BIRTHDAY_TODAY:
            return (self.now.month, self.now.day, 1991)
        if name == data.BIRTHDAY_SOON[0]:
            soon = self.now + timedelta(days=data.BIRTHDAY_SOON[1])
            return (soon.month, soon.day, None)
        return data.BIRTHDAYS.get(name)

    def _interactions(self, contact_id: int, author_id: int, name: str, stage: str, channel: str) -> Iterator[datetime]:
        rng = self.rng
        if stage in ("customer", "advocate", "churned"):
            start, cadence, end = rng.randint(200, 370), rng.randint(10, 35), rng.randint(0, 6)
        elif stage == "lead":
            start, cadence, end = rng.randint(20, 90), rng.randint(10, 20), rng.randint(1, 10)
        else:
            start, cadence, end = rng.randint(5, 60), 30, rng.randint(2, 20)
        if name in data.AT_RISK:
            cadence, end = data.AT_RISK[name]
        if name in data.LAPSED:
            end = data.LAPSED[name] - 5
        day = float(start)
        while day >= end:
            kind = channel if rng.random() < 0.55 else rng.choice(_KINDS)
            at = self.days_ago(day, hour=rng.randint(8, 17))
            self.s.add(
                models.Interaction(
                    contact_id=contact_id,
                    author_id=author_id,
                    kind=kind,
                    occurred_at=at,
                    summary=rng.choice(data.SUMMARIES[kind]),
                    created_at=at,
                )
            )
            self.counts["interactions"] += 1
            yield at
            day -= max(3, cadence + rng.randint(-3, 3))

    def _purchases(
        self, contact_id: int, author_id: int, name: str, segment: str, country: str, *, steady: bool
    ) -> Iterator[datetime]:
        rng = self.rng
        currency = data.COUNTRIES[country][3]
        stop = data.LAPSED.get(name) or (data.AT_RISK[name][1] if name in data.AT_RISK else 0)
        first = stop + rng.randint(30, 120) if name in data.LAPSED else rng.randint(max(30, stop + 20), 360)
        premium = (
            segment == "enterprise" or name in data.NO_ONBOARDING or (segment == "mid-market" and rng.random() < 0.7)
        )
        if premium:
            yield self._buy(
                contact_id,
                author_id,
                "Premium",
                rng.randint(2, 6) * (3 if segment == "enterprise" else 1),
                first,
                currency,
            )
            if name not in data.NO_ONBOARDING:
                yield self._buy(contact_id, author_id, "Onboarding", 1, first - rng.randint(3, 10), currency)
        else:
            yield self._buy(contact_id, author_id, "Basic", rng.randint(1, 3), first, currency)
        if steady or segment == "enterprise" or rng.random() < 0.6:
            day = first - 30
            while day >= stop:
                yield self._buy(contact_id, author_id, "Support", 1, day, currency)
                day -= 30
        if rng.random() < 0.3 and first - 40 > stop:
            yield self._buy(contact_id, author_id, "Training", 1, rng.randint(stop + 1, first - 40), currency)

    def _buy(self, contact_id: int, author_id: int, product: str, quantity: int, days: int, currency: str) -> datetime:
        price = data.PRODUCTS[product][0]
        if currency == "USD":
            price = round(price * data.USD_PER_EUR / 100) * 100
        at = self.days_ago(days, hour=14)
        self.s.add(
            models.Purchase(
                contact_id=contact_id,
                product_id=self.products[product].id,
                quantity=quantity,
                amount_minor=price * quantity,
                currency=currency,
                purchased_at=at,
                author_id=author_id,
            )
        )
        self.counts["purchases"] += 1
        return at

    def _deals(self) -> None:
        for title, org, person, stage, value, currency, created, changed in data.DEALS:
            contact = self.people[person]
            closed = stage in ("won", "lost")
            self.s.add(
                models.Deal(
                    title=title,
                    contact_id=contact.id,
                    organization_id=self.orgs[org].id,
                    owner_id=contact.owner_id,
                    stage=stage,
                    value_minor=value * 100,
                    currency=currency,
                    expected_close=None if closed else (self.now + timedelta(days=30)).date(),
                    created_at=self.days_ago(created),
                    stage_changed_at=self.days_ago(changed),
                    closed_at=self.days_ago(changed) if closed else None,
                )
            )

    def _follow_ups(self) -> None:
        for person, days, text, done in data.FOLLOW_UPS:
            contact = self.people[person]
            owner = next(s for s in self.staff.values() if s.id == contact.owner_id)
            local = (self.now + timedelta(days=days)).astimezone(ZoneInfo(owner.tz)).date()
            due = datetime.combine(local, time(9), ZoneInfo(owner.tz))
            self.s.add(
                models.FollowUp(
                    contact_id=contact.id,
                    owner_id=owner.id or 0,
                    due_at=due,
                    text=text,
                    status="done" if done else "open",
                    created_at=self.days_ago(max(7, -days + 7)),
                    done_at=self.days_ago(-days - 1) if done else None,
                )
            )

    def _node(self, name: str, kind: str) -> tuple[str, int]:
        row = self.people[name] if kind == "c" else self.orgs[name]
        assert row.id is not None
        return (kind, row.id)

    def _network(self) -> None:
        for a, a_type, kind, b, b_type, title in data.LINKS:
            owner = self.people[a].owner_id if a_type == "c" else self.orgs[a].owner_id
            network.add_link(
                session=self.s, kind=kind, a=self._node(a, a_type), b=self._node(b, b_type), owner_id=owner,
                now=self.days_ago(200), source="demo", title=title,
            )  # fmt: skip

    def _facts(self) -> None:
        for name, kind, lang, text, days, due in data.FACTS:
            person = self.people.get(name)
            org = self.orgs.get(name) if person is None else None
            owner = person.owner_id if person is not None else org.owner_id if org is not None else None
            facts.record(
                session=self.s, kind=kind, text_=text, lang=lang, author_id=owner, owner_id=owner,
                now=self.days_ago(days), contact_id=person.id if person else None,
                organization_id=org.id if org else None, source="demo",
                due_at=None if due is None else self.days_ago(-due, hour=9),
            )  # fmt: skip
