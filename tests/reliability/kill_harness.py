"""The real bot process (``run_bot.py run``) long polling the fake Bot API, killed with SIGKILL at moments the
fake chooses (right after it recorded the n-th reply or poll, so the bot is mid-batch or mid-send), restarted,
and counted from outside: every message is "call with <someone>" about a different contact, so the store and
the fake's sent messages say exactly what happened to each one.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sys
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
from tests.support import make_app

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:KILL-test"
ADMIN = 500
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


def _spent(deadline: float | None) -> bool:
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

    def line(self) -> str:
        return (
            f"{self.messages} messages, {self.kills} kill -9s: lost {self.lost}, unanswered {self.unanswered}, "
            f"doubled effects {self.doubled}" + (" (time budget spent)" if self.budget_spent else "")
        )


class BotProcess:
    def __init__(self, fake: FakeTelegramAPI, db_url: str, log_path: Path, **settings: str) -> None:
        self.fake, self.db_url, self.log_path = fake, db_url, log_path
        self.settings = {f"CRM_{key.upper()}": value for key, value in settings.items()}
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        env = (
            {k: v for k, v in os.environ.items() if not k.startswith("CRM_")}
            | {
                "CRM_DATABASE_URL": self.db_url,
                "CRM_TELEGRAM_TOKEN": TOKEN,
                "CRM_TELEGRAM_API_URL": self.fake.url + "/bot",
                "CRM_TELEGRAM_ADMIN_IDS": str(ADMIN),
            }
            | self.settings
        )
        webhook = "CRM_TELEGRAM_WEBHOOK_URL" in self.settings
        polls = len(self.fake.calls_to("setWebhook" if webhook else "getUpdates"))
        with self.log_path.open("ab") as log:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, str(ROOT / "run_bot.py"), "run", cwd=ROOT, env=env, stdout=log, stderr=log
            )
        # Up: polling, or (webhook mode) listening, which it is before it registers the hook.
        await self.fake.wait_for("setWebhook" if webhook else "getUpdates", count=polls + 1, timeout=60)

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def stop(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(60):
            return await self.proc.wait()


def seed(db_url: str, count: int, *, follow_ups: bool = False) -> list[str]:
    """``count`` contacts owned by the admin; with ``follow_ups``, each has one due now (a nudge to deliver)."""
    app, clock = make_app(db_url, now=datetime.now(UTC))  # the bot process runs on the real clock
    link_configured_admins(app.services, platform="telegram", accounts=[(str(ADMIN), str(ADMIN))], handle_prefix="tg")
    people = names(count)
    with app.services.session() as session:
        from storage import staff as staff_repo

        owner = staff_repo.by_handle(session=session, handle=f"tg{ADMIN}")
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
) -> Figures:
    """Send ``messages`` calls in small bursts, killing the bot ``kills`` times at chosen moments."""
    rng = random.Random(seed_)
    people = seed(db_url, messages)
    bot = BotProcess(fake, db_url, work / "bot.log")
    await bot.start()
    killed = 0
    burst = max(1, messages // (kills + 1))
    spent = False
    for start in range(0, messages, burst):
        if spent := _spent(deadline):
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
    await _all_answered(fake, people)
    await bot.stop()
    figures = count(db_url, people, [m["text"] for m in fake.sent_messages()])
    figures.kills, figures.budget_spent = killed, spent
    return figures


async def _all_answered(fake: FakeTelegramAPI, people: list[str], timeout: float = 120) -> None:
    def done() -> bool:
        texts = [m["text"] for m in fake.sent_messages()]
        return all(any(name in text for text in texts) for name in people)

    try:
        async with asyncio.timeout(timeout), fake._changed:
            await fake._changed.wait_for(done)
    except TimeoutError:
        pass  # counted as unanswered / lost by the caller


@dataclass
class NudgeFigures:
    nudges: int = 0
    kills: int = 0
    lost: int = 0  # never delivered
    duplicates: int = 0  # delivered more than once
    marked: int = 0  # of the repeats, marked "(resent)"
    budget_spent: bool = False  # stopped killing early at CRM_SOAK_MINUTES

    def line(self) -> str:
        return (
            f"{self.nudges} nudges, {self.kills} kill -9s: lost {self.lost}, duplicates {self.duplicates} "
            f"({self.marked} marked resent)" + (" (time budget spent)" if self.budget_spent else "")
        )


async def run_nudges(
    fake: FakeTelegramAPI,
    db_url: str,
    work: Path,
    *,
    nudges: int,
    kills: int,
    seed_: int,
    deadline: float | None = None,
) -> NudgeFigures:
    """Follow-ups due now, delivered by the real process while it is killed mid-delivery ``kills`` times."""
    rng = random.Random(seed_)
    people = seed(db_url, nudges, follow_ups=True)
    fast = {"nudge_lease_seconds": "10", "sweep_interval_seconds": "5", "quiet_hours": "", "digest_enabled": "false"}
    bot = BotProcess(fake, db_url, work / "bot.log", **fast)
    killed = 0
    for _ in range(kills):
        if _spent(deadline):
            break
        killed += 1
        sent = len(fake.sent_messages())
        await bot.start()
        await fake.wait_for("sendMessage", count=sent + rng.randint(1, 3), timeout=120)
        await bot.kill()
    await bot.start()
    await _all_answered(fake, people, timeout=180)
    await bot.stop()
    texts = [m["text"] for m in fake.sent_messages() if "Follow up with" in m["text"]]
    figures = NudgeFigures(nudges=len(people), kills=killed, budget_spent=killed < kills)
    for name in people:
        mine = [text for text in texts if f"Follow up with {name} " in text or f"Follow up with {name}:" in text]
        figures.lost += not mine
        figures.duplicates += max(0, len(mine) - 1)
        figures.marked += sum(text.startswith("(resent)") for text in mine[1:])
    return figures


async def run_webhook(
    fake: FakeTelegramAPI,
    db_url: str,
    work: Path,
    *,
    messages: int,
    kills: int,
    port: int,
    deadline: float | None = None,
) -> Figures:
    """As :func:`run`, with Telegram calling the bot's webhook: killed while the fake waits for its answers."""
    rng = random.Random(17)
    people = seed(db_url, messages)
    hook = {"telegram_webhook_url": f"http://127.0.0.1:{port}/hook", "telegram_webhook_port": str(port)}
    bot = BotProcess(fake, db_url, work / "bot.log", telegram_webhook_secret="s3cret", **hook)
    await bot.start()
    burst = max(1, messages // (kills + 1))
    killed = 0
    spent = False
    for start in range(0, messages, burst):
        if spent := _spent(deadline):
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
    await _all_answered(fake, people)
    await bot.stop()
    figures = count(db_url, people, [m["text"] for m in fake.sent_messages()])
    figures.kills, figures.budget_spent = killed, spent
    return figures
