"""The "Log to CRM" message shortcut and its modal: open, suggest options, submit."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp

from bot.adapters import slack_render as render
from bot.adapters.slack_events import metadata, plain_text
from bot.adapters.slack_inputs import INVALID, MAX_FIELD, form_values, slack_id, user_of
from bot.inputs import ascii_int
from bot.texts import t
from handlers import identity, modal_log

if TYPE_CHECKING:
    from bot.adapters.slack import SlackAdapter

MESSAGE_SHORTCUT = "log_to_crm"  # the "…" menu on any message (callback_id in slack_manifest.yaml)
GLOBAL_SHORTCUT = "log_interaction"  # the lightning-bolt menu: the same form, empty
# Which modal input a problem found by the form's checks belongs to.
_BLOCK_OF = {
    "contact": render.F_RECORD,
    "kind": render.F_KIND,
    "date": render.F_DATE,
    "follow_up": render.F_FOLLOW_UP,
}
Ack = Callable[..., Awaitable[None]]
log = logging.getLogger(__name__)


class SlackForms:
    def __init__(self, adapter: SlackAdapter) -> None:
        self.adapter = adapter
        self.services = adapter.services

    def register(self, bolt: AsyncApp) -> None:
        bolt.shortcut(MESSAGE_SHORTCUT)(self._on_shortcut)
        bolt.shortcut(GLOBAL_SHORTCUT)(self._on_shortcut)
        bolt.options(render.F_RECORD)(self._on_options)
        bolt.view(render.FORM_CALLBACK)(self._on_submit)

    async def _on_shortcut(self, ack: Ack, body: dict[str, Any]) -> None:
        await ack()
        # views.open must follow within 3 s of the trigger; the task starts right away.
        self.adapter.spawn(self._open(body), "shortcut")

    async def _open(self, body: dict[str, Any]) -> None:
        user, trigger = user_of(body), body.get("trigger_id")
        if user is None or not isinstance(trigger, str):
            log.info("ignored a malformed slack shortcut")
            return
        member = await self.adapter.identify(user)
        if member is None:
            await self.adapter.dm(user, self.adapter.refusal(None))
            return
        message = body.get("message") if isinstance(body.get("message"), dict) else {}
        channel = slack_id((body.get("channel") or {}).get("id")) if isinstance(body.get("channel"), dict) else None
        raw = message.get("text")
        summary = plain_text(raw if isinstance(raw, str) else "")[:MAX_FIELD]
        ts = message.get("ts")
        source = f"{channel}:{ts}" if channel and isinstance(ts, str) and ts else None
        texts = modal_log.form_texts(member.language)
        form = render.LogForm(
            title=texts["title"],
            submit=texts["submit"],
            cancel=texts["cancel"],
            record_label=texts["contact"],
            kind_label=texts["kind"],
            date_label=texts["date"],
            follow_up_label=texts["follow_up"],
            summary_label=texts["summary"],
            kinds=modal_log.kind_choices(member.language),
            default_kind=modal_log.default_kind(summary),
            today=modal_log.local_today(self.services, member),
            summary=summary,
            metadata={"source": source},
        )
        await self.adapter.client.views_open(trigger_id=trigger, view=render.log_modal(form))

    async def _on_options(self, ack: Ack, body: dict[str, Any]) -> None:
        # Options are the acknowledgement itself, so the (indexed) search runs before ack.
        user, query = user_of(body), body.get("value")
        if user is None or not isinstance(query, str) or len(query) > MAX_FIELD:
            await ack(options=[])
            return
        choices = modal_log.contact_choices(self.services, platform=self.adapter.platform, user_id=user, query=query)
        await ack(options=render.options(choices))

    async def _on_submit(self, ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        user = user_of(body)
        values = form_values(view)
        if user is None:
            await ack()  # nobody to answer: acknowledged, and nothing stored
            return
        member = identity.staff_for(self.services, platform=self.adapter.platform, user_id=user)
        lang = member.language if member else self.services.settings.default_language
        # form_values names its fields by their block ids, which is where Slack shows an error.
        forged = {key: t(lang, "input.bad_value") for key, value in values.items() if value is INVALID}
        if forged:
            await ack(response_action="errors", errors=forged)
            return
        record = str(values["record"] or "")
        source = metadata(view).get("source")
        view_id = view.get("id")
        entry = modal_log.FormEntry(
            contact_id=ascii_int(record, low=1),
            kind=str(values["kind"] or ""),
            day=values["date"],
            summary=str(values["summary"]),
            follow_up=values["follow_up"],
            source_platform=self.adapter.platform,
            # The message it came from, or this very modal: a double submit logs once.
            source_id=source if isinstance(source, str) else f"view:{view_id if isinstance(view_id, str) else ''}",
        )
        wrong = modal_log.problems(entry, lang=lang, today=modal_log.local_today(self.services, member))
        if member is not None and wrong:
            await ack(response_action="errors", errors={_BLOCK_OF[key]: text for key, text in wrong.items()})
            return
        await ack()
        self.adapter.spawn(self._log(user, entry), "form")

    async def _log(self, user: str, entry: modal_log.FormEntry) -> None:
        reply = modal_log.log_entry(self.services, platform=self.adapter.platform, user_id=user, entry=entry)
        await self.adapter.dm(user, reply)
