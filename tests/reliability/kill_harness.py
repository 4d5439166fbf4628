"""The real bot process (``run_bot.py run``) long polling the fake Bot API, killed with SIGKILL at moments the
fake chooses (right after it recorded the n-th reply or poll, so the bot is mid-batch or mid-send), restarted,
and counted from outside: every message is "call with <someone>" about a different contact, so the store and
the fake's sent messages say exactly what happened to each one.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from bot.identity import link_configured_admins
from storage import contacts, followups
from storage.models import Contact, Interaction
from tests.fakes import FakeTelegramAPI
from tests.reliability.bot_process import ADMIN, BotProcess
from tests.support import make_app

FIRST = (
    "Ana",
    "Bruno",
    "Carla",
    "Diogo",
    "Elena",
    "Fabio",
    "Greta",
    "Hugo",
    "Irene",
    "Jonas",
    "Kira",
    "Luca",
    "Marta",
    "Nuno",
    "Olga",
    "Paulo",
    "Rita",
    "Sergio",
    "Tania",
    "Vasco",
    "Wanda",
    "Xavier",
    "Yara",
    "Zeno",
    "Alba",
    "Bento",
    "Celia",
    "Dario",
    "Edite",
    "Filipe",
    "Gina",
    "Henrique",
    "Ines",
    "Joel",
    "Laura",
    "Mario",
    "Noemi",
    "Otavio",
    "Paola",
    "Raul",
)
LAST = (
    "Lopes",
    "Reis",
    "Mota",
    "Sousa",
    "Berg",
    "Rossi",
    "Weber",
    "Costa",
    "Nagy",
    "Dubois",
    "Ortiz",
    "Pinto",
    "Faria",
    "Moreau",
    "Bianchi",
    "Keller",
    "Varga",
    "Navarro",
    "Teixeira",
    "Lambert",
    "Greco",
    "Fischer",
    "Horvath",
    "Romero",
    "Duarte",
    "Girard",
    "Ferri",
    "Wagner",
    "Szabo",
    "Molina",
)


MAX_PEOPLE = len(FIRST) * len(LAST)


def soak_deadline() -> float | None:
    """``CRM_SOAK_MINUTES``: a time budget for a soak on a shared machine. Once it is spent no more kills are
    made (and no new messages sent); what was sent is still counted, and the figures say how many kills ran."""
    minutes = os.environ.get("CRM_SOAK_MINUTES")
    return time.monotonic() + float(minutes) * 60 if minutes else None


def spent(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


def names(count: int) -> list[str]:
    every = [f"{first} {last}" for last in LAST for first in FIRST]
    if count > len(every):
        raise ValueError(f"at most {len(every)} distinct contacts")
    return every[:count]


@dataclass
class Figures:
    messages: int = 0
    kills: int = 0
    lost: int = 0  # neither stored nor answered
    unanswered: int = 0  # stored, but no reply ever mentioned it
    doubled: int = 0  # stored more than once
    replies: Counter[str] = field(default_factory=Counter)
    budget_spent: bool = False  # stopped early at CRM_SOAK_MINUTES

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.messages + other.messages,
            self.kills + other.kills,
            self.lost + other.lost,
            self.unanswered + other.unanswered,
            self.doubled + other.doubled,
            self.replies + other.replies,
            self.budget_spent or other.budget_spent,
        )

    def line(self) -> str:
        return (
            f"{self.messages} messages, {self.kills} kill -9s: lost {self.lost}, unanswered {self.unanswered}, "
            f"doubled effects {self.doubled}" + (" (time budget spent)" if self.budget_spent else "")
        )


# The admin the bot process is configured with: platform, account, its direct chat, the handle prefix.
TELEGRAM_ADMIN = ("telegram", str(ADMIN), str(ADMIN), "tg")


def seed(
    db_url: str, count: int, *, follow_ups: bool = False, admin: tuple[str, str, str, str] = TELEGRAM_ADMIN
) -> list[str]:
    """``count`` contacts owned by the admin; with ``follow_ups``, each has one due now (a nudge to deliver)."""
    app, clock = make_app(db_url, now=datetime.now(UTC))  # the bot process runs on the real clock
    platform, account, chat, prefix = admin
    link_configured_admins(app.services, platform=platform, accounts=[(account, chat)], handle_prefix=prefix)
    people = names(count)
    with app.services.session() as session:
        from storage import staff as staff_repo

        owner = staff_repo.by_handle(session=session, handle=f"{prefix}{account}")
        assert owner is not None and owner.id is not None
        for name in people:
            contact = contacts.create(session=session, full_name=name, owner_id=owner.id, now=clock.now())
            if follow_ups:
                followups.schedule(
                    session=session,
                    owner_id=owner.id,
                    contact_id=contact.id,
                    due_at=clock.now() - timedelta(minutes=1),
                    text="send the proposal",
                    now=clock.now(),
                )
    app.engine.dispose()
    return people


def count(db_url: str, people: list[str], sent: list[str]) -> Figures:
    app, _ = make_app(db_url)
    with app.services.session() as session:
        by_id = {c.id: c.full_name for c in session.exec(select(Contact))}
        stored = Counter(by_id[i.contact_id] for i in session.exec(select(Interaction)))
    app.engine.dispose()
    figures = Figures(messages=len(people))
    for name in people:
        answered = any(name in text for text in sent)
        figures.replies[name] = sum(name in text for text in sent)
        figures.lost += not stored[name] and not answered
        figures.unanswered += bool(stored[name]) and not answered
        figures.doubled += stored[name] > 1
    return figures


async def run(
    fake: FakeTelegramAPI,
    db_url: str,
    work: Path,
    *,
    messages: int,
    kills: int,
    seed_: int,
    deadline: float | None = None,
    warm: bool = False,
) -> Figures:
    """Send ``messages`` calls in small bursts, killing the bot ``kills`` times at chosen moments."""
    rng = random.Random(seed_)
    people = seed(db_url, messages)
    bot = BotProcess(fake, db_url, work / "bot.log", warm=warm)
    await bot.start()
    killed = 0
    burst = max(1, messages // (kills + 1))
    over = False
    for start in range(0, messages, burst):
        if over := spent(deadline):
            people = people[:start]  # only what was sent is counted
            break
        batch = people[start : start + burst]
        replies = len(fake.sent_messages())
        for name in batch:
            fake.push_message(ADMIN, f"call with {name} about the renewal")
        if killed < kills:
            # Kill right after the fake recorded the k-th reply of this burst: the bot is between sends, a
            # reply may be out without the bot knowing, later messages of the batch are not handled yet.
            await fake.wait_for("sendMessage", count=replies + rng.randint(1, len(batch)), timeout=60)
            await bot.kill()
            killed += 1
            await bot.start()
    await all_answered(fake, people)
    await bot.stop()
    figures = count(db_url, people, [m["text"] for m in fake.sent_messages()])
    figures.kills, figures.budget_spent = killed, over
    return figures


async def all_answered(fake: FakeTelegramAPI, people: list[str], timeout: float = 120) -> None:
    def done() -> bool:
        texts = [m["text"] for m in fake.sent_messages()]
        return all(any(name in text for text in texts) for name in people)

    try:
        async with asyncio.timeout(timeout), fake._changed:
            await fake._changed.wait_for(done)
    except TimeoutError:
        pass  # counted as unanswered / lost by the caller


async def run_webhook(
    fake: FakeTelegramAPI,
    db_url: str,
    work: Path,
    *,
    messages: int,
    kills: int,
    port: int,
    seed_: int = 17,
    deadline: float | None = None,
) -> Figures:
    """As :func:`run`, with Telegram calling the bot's webhook: killed while the fake waits for its answers."""
    rng = random.Random(seed_)
    people = seed(db_url, messages)
    hook = {"telegram_webhook_url": f"http://127.0.0.1:{port}/hook", "telegram_webhook_port": str(port)}
    bot = BotProcess(fake, db_url, work / "bot.log", warm=True, telegram_webhook_secret="s3cret", **hook)
    await bot.start()
    burst = max(1, messages // (kills + 1))
    killed = 0
    over = False
    for start in range(0, messages, burst):
        if over := spent(deadline):
            people = people[:start]  # only what was sent is counted
            break
        replies = len(fake.sent_messages())
        for name in people[start : start + burst]:
            fake.push_message(ADMIN, f"call with {name} about the renewal")
        delivery = asyncio.create_task(fake.deliver_webhook())
        if killed < kills:
            await fake.wait_for("sendMessage", count=replies + rng.randint(1, burst), timeout=60)
            await bot.kill()
            killed += 1
            await delivery  # the posts in flight fail; Telegram keeps those updates
            await bot.start()
        else:
            await delivery
    while len(fake.updates):
        await fake.deliver_webhook()
    await all_answered(fake, people)
    await bot.stop()
    figures = count(db_url, people, [m["text"] for m in fake.sent_messages()])
    figures.kills, figures.budget_spent = killed, over
    return figures
