"""The adapter protocol: what a platform adapter must offer the rest of Rapport. Read this first.

An adapter translates and does nothing else. It is built from a ``bot.middleware.Dispatcher`` and its own
settings (bot/adapters/settings.py), never from the application, the store or a handler; a test in
tests/unit/test_layering.py keeps it so. Its whole job:

* **In.** Acknowledge the platform first (Slack ``ack()``, Telegram's callback ``answer()``), then translate:
  a message into ``bot.types.IncomingMessage``, a button press into ``ActionEvent``, and await
  ``dispatcher.dispatch(event)`` (or ``dispatcher.settling(event)`` where the platform redelivers, so an event
  is recorded as handled only after its replies went out). Anything else the platform asks (an inline query,
  a home page, a shortcut, a form's choices or submission, the command menu) is a request from
  bot/requests.py: await ``dispatcher.answer(request)``. Describe the sender (``UserRef``), never decide who
  they are: the dispatcher identifies staff, links by a verified e-mail (give ``UserRef.verified_email`` when
  your settings trust the platform's) and links the admins your settings name (``dispatcher.link_admins``).
* **Out.** Render each ``Reply`` (text, cards, buttons, an image) with pure functions in your
  ``<platform>_render.py``, where every stored string is escaped once, and send it; a reply with
  ``replaces`` edits the message its button sat on.
* **Proactive sends.** ``send`` and ``edit`` below (and ``send_recording`` if you can) are how reminders
  reach a chat: ``bot.delivery.Delivery`` keeps one adapter per ``platform`` name and the runner
  (bot/entry/runner.py) starts and stops them.

A new platform is one adapter module and its renderer here, its settings in settings.py, and one line in
bot/entry/runner.py: ``configured_adapters``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, runtime_checkable

from bot.types import MessageRef, Reply


class Sender(Protocol):
    """What bot/delivery.py needs: reach a chat with a reply, and edit a message sent before."""

    platform: str  # the name stored with each linked account ("telegram", "slack", "console")

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        """Post ``reply`` to ``chat_id`` (a linked account's direct chat); raise ``bot.delivery.DeliveryError``
        (``permanent=True`` when retrying cannot help, e.g. the user blocked the bot)."""
        ...

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        """Replace a message this adapter sent (a nudge whose button was pressed)."""
        ...


@runtime_checkable
class RecordedSender(Protocol):
    """Optional for a sender: bot/delivery.py uses it for nudges when offered."""

    async def send_recording(
        self,
        chat_id: str,
        reply: Reply,
        *,
        claim: Callable[[], bool] | None,
        on_sent: Callable[[MessageRef], None] | None,
    ) -> MessageRef:
        """As ``send``, asking ``claim()`` once, when the reply's turn in the chat's queue comes and before the
        platform call (raise ``bot.delivery.Declined`` when it says no), and calling ``on_sent(ref)`` right
        after the platform's answer is read. A nudge is then claimed only for the moment of its send, and its
        delivery stored before anything else can run, so a crash between the platform accepting it and the bot
        storing that it did (a nudge sent twice) is as unlikely as it can be."""
        ...


@runtime_checkable
class DeliveredFinder(Protocol):
    """Optional for a sender that can tell whether a nudge it may have sent is in the chat: bot/delivery.py asks
    it before resending a nudge whose delivery an instance did not live to record. Such a sender attaches a
    reply's ``dedupe_key`` to the message it posts (Slack: message metadata), so the first copy can be found."""

    async def find_delivered(self, chat_id: str, key: str, *, since: datetime) -> MessageRef | None:
        """The message posted to ``chat_id`` since ``since`` that carries ``key``; None when it is not there or
        the platform cannot say (a missing scope, a rate limit, any error). Never raises: the nudge is then
        sent again, marked "(resent)"."""
        ...


class Adapter(Sender, Protocol):
    """A platform adapter as the runner drives it: started once, stopped once, in one event loop."""

    async def start(self) -> None:
        """Connect and start receiving (polling, a webhook, a socket); return once events are flowing."""
        ...

    async def stop(self) -> None:
        """Stop receiving and finish the work already acknowledged."""
        ...
