"""What a nudge needs to be acted on from a phone: who, the last conversation, open follow-ups, last purchase.

Fetched set-wise for the (few thousand at most) contacts a sweep nudges, in chunks that stay under
SQLite's bound-parameter limit.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.texts import t
from reminders.format import short_date
from storage.models import Contact, FollowUp, Interaction, Organization, Product, Purchase

CHUNK = 2000


@dataclass
class ContactContext:
    name: str
    org: str | None = None
    last_kind: str | None = None
    last_at: datetime | None = None
    last_summary: str | None = None
    open_follow_ups: int = 0
    next_follow_up: str | None = None
    next_follow_up_at: datetime | None = None
    last_product: str | None = None
    last_purchase_at: datetime | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.org})" if self.org else self.name


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def load(*, session: Session, contact_ids: Collection[int]) -> dict[int, ContactContext]:
    out: dict[int, ContactContext] = {}
    ids = sorted({i for i in contact_ids if i is not None})
    for part in _chunks(ids):
        for cid, name, org in session.exec(
            select(Contact.id, Contact.full_name, Organization.name)
            .join(Organization, col(Organization.id) == col(Contact.organization_id), isouter=True)
            .where(col(Contact.id).in_(part))
        ):
            out[cid] = ContactContext(name=name, org=org)  # type: ignore[index]
        last = (
            select(
                Interaction.contact_id,
                Interaction.kind,
                Interaction.occurred_at,
                Interaction.summary,
                func.row_number()
                .over(
                    partition_by=Interaction.contact_id,
                    order_by=(col(Interaction.occurred_at).desc(), col(Interaction.id).desc()),
                )
                .label("rn"),
            )
            .where(col(Interaction.contact_id).in_(part))
            .subquery()
        )
        for cid, kind, at, summary in session.exec(
            select(last.c.contact_id, last.c.kind, last.c.occurred_at, last.c.summary).where(last.c.rn == 1)
        ):
            if cid in out:
                out[cid].last_kind, out[cid].last_at, out[cid].last_summary = kind, at, summary
        follow = (
            select(
                FollowUp.contact_id,
                FollowUp.text,
                FollowUp.due_at,
                func.count().over(partition_by=FollowUp.contact_id).label("n"),
                func.row_number()
                .over(partition_by=FollowUp.contact_id, order_by=(col(FollowUp.due_at), col(FollowUp.id)))
                .label("rn"),
            )
            .where(col(FollowUp.contact_id).in_(part), col(FollowUp.status).in_(("open", "snoozed")))
            .subquery()
        )
        for cid, text, due, n in session.exec(
            select(follow.c.contact_id, follow.c.text, follow.c.due_at, follow.c.n).where(follow.c.rn == 1)
        ):
            if cid in out:
                out[cid].open_follow_ups, out[cid].next_follow_up, out[cid].next_follow_up_at = n, text, due
        bought = (
            select(
                Purchase.contact_id,
                Product.name,
                Purchase.purchased_at,
                func.row_number()
                .over(
                    partition_by=Purchase.contact_id,
                    order_by=(col(Purchase.purchased_at).desc(), col(Purchase.id).desc()),
                )
                .label("rn"),
            )
            .join(Product, col(Product.id) == col(Purchase.product_id), isouter=True)
            .where(col(Purchase.contact_id).in_(part))
            .subquery()
        )
        for cid, product, at in session.exec(
            select(bought.c.contact_id, bought.c.name, bought.c.purchased_at).where(bought.c.rn == 1)
        ):
            if cid in out:
                out[cid].last_product, out[cid].last_purchase_at = product, at
    return out


def context_lines(ctx: ContactContext | None, *, tz: ZoneInfo, with_purchase: bool = False, lang: str = "en") -> str:
    """'Last: call 3 Mar — renewal. Open follow-ups: 2 (next: send proposal, 14 Mar).' in the reader's language."""
    if ctx is None:
        return ""
    parts = []
    if ctx.last_at is not None:
        summary = f" — {_clip(ctx.last_summary)}" if ctx.last_summary else ""
        kind = t(lang, f"kind.{ctx.last_kind}") if ctx.last_kind else ""
        parts.append(t(lang, "nudge.ctx.last", kind=kind, date=short_date(ctx.last_at, tz, lang=lang), summary=summary))
    else:
        parts.append(t(lang, "nudge.ctx.none"))
    if ctx.open_follow_ups and ctx.next_follow_up_at is not None:
        parts.append(
            t(lang, "nudge.ctx.open", n=ctx.open_follow_ups, text=_clip(ctx.next_follow_up),
              date=short_date(ctx.next_follow_up_at, tz, lang=lang))
        )  # fmt: skip
    if with_purchase:
        if ctx.last_purchase_at is not None:
            product = ctx.last_product or t(lang, "nudge.ctx.a_purchase")
            parts.append(
                t(
                    lang,
                    "nudge.ctx.purchase",
                    product=product,
                    date=short_date(ctx.last_purchase_at, tz, year=True, lang=lang),
                )
            )
        else:
            parts.append(t(lang, "nudge.ctx.no_purchase"))
    return " ".join(parts)


def _clip(text: str | None, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
