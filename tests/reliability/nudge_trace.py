"""Where each repeated nudge of the kill harness came from, measured on one clock (``time.monotonic()``).

Three sources, all on the machine's monotonic clock: the fake Bot API (``TracedBotAPI``: when each
``sendMessage`` request was in and its answer written), the bot processes (tests/reliability/trace_bot.py:
claim, socket write, answer read, record committed) and the harness (when it sent each SIGKILL, to which pid).

For every repeat, the first copy's send is followed through: was its delivery committed (then the repeat has
another cause than the kill), and if not, where in the first copy's send the kill of its process fell:

* ``socket``: the request was written, the fake had not read it yet (the platform's network part);
* ``platform``: the fake had the request and was posting it;
* ``answer``: the answer was written, the bot's HTTP client had not handed its bytes over yet;
* ``record``: the answer's bytes were in, the record's UPDATE had not returned.

And for every nudge whose first copy already carries "(resent)" (a false mark: nothing had reached the chat),
whether its earlier claim's request was ever written.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlmodel import Session, col, select

from storage.db import make_engine
from storage.models import Contact, Nudge
from tests.fakes import FakeTelegramAPI

CAUSES = (
    "socket",
    "socket (no answer written)",
    "platform",
    "answer",
    "record",
    "recorded yet resent",
    "sender not killed",
    "unexplained",
)
WINDOW = 3.0  # seconds after a burst's first nudge within which nudge_harness's random kill falls


RECEIVED = web.RequestKey("received", float)


class TracedBotAPI(FakeTelegramAPI):
    """The fake Bot API noting, per ``sendMessage``, when the request was in and when its answer was written."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: dict[tuple[str, str], tuple[float, float]] = {}  # (chat, message) -> (request in, answer out)

    async def _handle(self, request: web.Request) -> web.Response:
        request[RECEIVED] = time.monotonic()  # the request is in: the message will be posted, come what may
        return await super()._handle(request)

    async def _answering(self, request: web.Request, response: web.StreamResponse) -> None:
        if request.path.endswith("/sendMessage") and isinstance(response, web.Response) and response.body:
            result = json.loads(bytes(response.body)).get("result") or {}  # type: ignore[arg-type]
            if "message_id" in result:
                key = (str(result["chat"]["id"]), str(result["message_id"]))
                self.answered[key] = (request[RECEIVED], time.monotonic())


@dataclass
class _Send:
    """One process's send of one nudge, from its trace lines."""

    pid: int
    claimed: float | None = None
    called: float | None = None  # PTB's HTTP client called
    written: float | None = None  # the request's last write returned: its bytes are with the kernel
    write_started: float | None = None  # its first write was called
    read: float | None = None
    committed: float | None = None
    message: str | None = None


@dataclass
class Trace:
    """The causes of repeats and false marks, and what the windows measured."""

    causes: Counter[str] = field(default_factory=Counter)
    false_marks: Counter[str] = field(default_factory=Counter)
    windows: list[float] = field(default_factory=list)  # written -> committed, seconds, every recorded send
    platform_part: list[float] = field(default_factory=list)  # written -> the fake's answer out
    claim_gaps: list[float] = field(default_factory=list)  # claim committed -> request written
    client_gaps: list[float] = field(default_factory=list)  # HTTP client called -> request written
    burst_sends: list[int] = field(default_factory=list)  # sends within WINDOW of a life's first (whole ones)
    detail: list[str] = field(default_factory=list)

    def __add__(self, other: Trace) -> Trace:
        return Trace(
            self.causes + other.causes,
            self.false_marks + other.false_marks,
            self.windows + other.windows,
            self.platform_part + other.platform_part,
            self.claim_gaps + other.claim_gaps,
            self.client_gaps + other.client_gaps,
            self.burst_sends + other.burst_sends,
            self.detail + other.detail,
        )

    def lines(self) -> list[str]:
        out = ["repeats by cause: " + (", ".join(f"{c} {self.causes[c]}" for c in CAUSES if self.causes[c]) or "none")]
        out.append("false marks (first copy already '(resent)'): " + (_counts(self.false_marks) or "none"))
        if self.windows:
            out.append(f"window, request written -> delivery committed: {_ms(self.windows)}")
        if self.platform_part:
            out.append(f"  of which request written -> the fake's answer out: {_ms(self.platform_part)}")
        if self.claim_gaps:
            out.append(f"claim committed -> request written (a kill here is a false mark): {_ms(self.claim_gaps)}")
        if self.client_gaps:
            out.append(f"  of which HTTP client called -> request written: {_ms(self.client_gaps)}")
        if self.burst_sends and self.windows:
            # A kill uniform in [0, WINDOW) after a life's first send hits a window with probability (the sends
            # in that span x their mean window) / WINDOW; the same with the claim's gap for a false mark.
            sends = statistics.fmean(self.burst_sends)
            rate = sends / WINDOW
            out.append(
                f"sends in the {WINDOW:.0f} s after a life's first ({len(self.burst_sends)} lives that lasted them): "
                f"{sends:.2f}; expected per 1,000 kills: repeats ~ {1e3 * rate * statistics.fmean(self.windows):.1f}"
                + (f", false marks ~ {1e3 * rate * statistics.fmean(self.claim_gaps):.1f}" if self.claim_gaps else "")
            )
        return out + self.detail


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common())


def _ms(values: list[float]) -> str:
    ms = sorted(1000 * v for v in values)
    p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
    p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))]
    return (
        f"n {len(ms)}, mean {statistics.fmean(ms):.2f} ms, median {statistics.median(ms):.2f}, "
        f"p90 {p90:.2f}, p99 {p99:.2f}, max {ms[-1]:.2f}"
    )


def _sends(path: Path) -> dict[int, list[_Send]]:
    """nudge id -> its sends, in the order their processes claimed them."""
    by: dict[tuple[int, int], _Send] = {}
    if not path.exists():
        return {}
    for raw in path.read_text().splitlines():
        kind, pid_, nudge_, *rest = raw.split()
        pid, nudge = int(pid_), int(nudge_)
        send = by.get((pid, nudge))
        if send is None or (kind == "C" and send.claimed is not None):
            send = by[(pid, nudge)] = _Send(pid)  # one process claims a nudge once (a second: a new send)
        if kind == "C":
            send.claimed = float(rest[0])
        elif kind == "W":
            send.write_started = send.write_started or float(rest[0])
            send.written = float(rest[1])
        elif kind == "D":
            send.called = float(rest[0])
        elif kind == "B":
            send.read = float(rest[0])
        elif kind == "R":
            send.message, send.committed = rest[0], float(rest[2])
    out: dict[int, list[_Send]] = defaultdict(list)
    for (_, nudge), send in by.items():
        out[nudge].append(send)
    for sends in out.values():
        sends.sort(key=lambda s: s.claimed or s.written or 0.0)
    return out


def nudge_ids(db_url: str) -> dict[str, int]:
    """Person's name -> the id of their follow-up nudge."""
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            rows = session.exec(
                select(Contact.full_name, Nudge.id).join(Nudge, col(Nudge.contact_id) == col(Contact.id))
            ).all()
    finally:
        engine.dispose()
    return {name: nudge for name, nudge in rows if nudge is not None}


def explain(
    fake: TracedBotAPI, chat: str, trace: Path, kills: list[tuple[int, float]], people: list[str], ids: dict[str, int]
) -> Trace:
    """Each repeat's cause and each false mark's, from the fake's messages to ``chat``, the bots' trace and the
    harness's kills ((pid, when))."""
    sends, killed = _sends(trace), dict(kills)
    out = Trace()
    messages: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person -> [(message id, text)], in order
    for (chat_id, message_id), message in sorted(fake.messages.items(), key=lambda kv: kv[0][1]):
        text = str(message.get("text") or "")
        if str(chat_id) != chat or "Follow up with" not in text:
            continue
        for name in people:
            if f"Follow up with {name} " in text or f"Follow up with {name}:" in text:
                messages[name].append((str(message_id), text))
    _windows(out, sends, fake, chat, kills)
    for name in people:
        copies, nudge = messages.get(name, []), ids.get(name)
        if not copies or nudge is None:
            continue
        if copies[0][1].startswith("(resent)"):
            out.false_marks[_why_marked(sends.get(nudge, []), killed)] += 1
        if len(copies) > 1:
            cause = _why_repeated(copies[0][0], sends.get(nudge, []), killed, fake.answered.get((chat, copies[0][0])))
            out.causes[cause] += len(copies) - 1
            if cause not in CAUSES[:5]:
                out.detail.append(f"  {name} (nudge {nudge}): {cause}; sends {sends.get(nudge)}")
    return out


def _windows(
    out: Trace, sends: dict[int, list[_Send]], fake: TracedBotAPI, chat: str, kills: list[tuple[int, float]]
) -> None:
    by_pid: dict[int, list[float]] = defaultdict(list)
    for nudge_sends in sends.values():
        for s in nudge_sends:
            if s.written is not None:
                by_pid[s.pid].append(s.written)
            if s.claimed is not None and s.written is not None:
                out.claim_gaps.append(s.written - s.claimed)
            if s.called is not None and s.written is not None:
                out.client_gaps.append(s.written - s.called)
            if s.written is not None and s.committed is not None:
                out.windows.append(s.committed - s.written)
                seen = fake.answered.get((chat, s.message or ""))
                if seen is not None:
                    out.platform_part.append(seen[1] - s.written)
    for pid, at in kills:
        written = sorted(by_pid.get(pid, []))
        if written and at - written[0] >= 0.97 * WINDOW:  # it lived through (nearly) the whole span
            out.burst_sends.append(sum(w < written[0] + WINDOW for w in written))


def _why_repeated(first: str, sends: list[_Send], killed: dict[int, float], seen: tuple[float, float] | None) -> str:
    if any(s.message == first and s.committed is not None for s in sends):
        return "recorded yet resent"
    sender = next((s for s in sends if s.written is not None), None)
    if sender is None or sender.pid not in killed:
        return "sender not killed" if sender is not None else "unexplained"
    at = killed[sender.pid]
    if seen is None:
        return "socket (no answer written)"  # the fake posted it, and had no connection left to answer on
    received, answered = seen
    if at < received:
        return "socket"
    if at < answered:
        return "platform"
    if sender.read is None or at < sender.read:
        return "answer"
    return "record"


def _why_marked(sends: list[_Send], killed: dict[int, float]) -> str:
    earlier = [s for s in sends if s.written is None and s.claimed is not None]
    if earlier and all(s.pid in killed for s in earlier):
        return "claimed, killed before its request was written"
    if len(sends) == 1 and sends[0].written is not None:
        # The marked copy's own send is the only one traced: the earlier claim committed and its process was
        # killed before it could note it (inside the claim's own commit); no request of it was written.
        return "killed inside its claim's commit, no request written"
    return "other: " + ", ".join(f"{s}" for s in sends)[:300]


def summary(trace: Trace, into: Any = print) -> None:
    for line in trace.lines():
        into(line)
