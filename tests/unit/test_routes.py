"""The route table: every command, intent, button, pending answer and request that was registered when
``handlers/__init__.py`` became a list of modules (each registering its own routes), with its handler.

A new route is a new line here: the table is the feature list a reviewer reads, and a route that disappears
in a refactoring fails this test instead of answering "I didn't understand"."""

from __future__ import annotations

from typing import Any

from bot.nlu.intents import Intent
from bot.router import Router
from handlers import FEATURES, register_all

ROUTES = (
    "command health handlers.nudges.health False",
    "command import handlers.upload.receive False",
    "command link handlers.admin.link True",
    "command linkcode handlers.admin.issue_link_code False",
    "command reminders handlers.nudges.history False",
    "command snooze handlers.nudges.snooze_words False",
    "command staff handlers.staff.staff_command False",
    "command start handlers.admin.start True",
    "command upload handlers.upload.receive False",
    "intent add_contact handlers.contacts.add_contact",
    "intent add_organization handlers.deals.add_organization",
    "intent at_risk handlers.at_risk.at_risk",
    "intent birthdays handlers.birthdays.birthdays_query",
    "intent clarify handlers.clarify.ask",
    "intent create_deal handlers.deals.create_deal",
    "intent cross_sell handlers.insights.cross_sell",
    "intent erase_contact handlers.privacy.erase_contact",
    "intent export_contact handlers.privacy.export_contact",
    "intent find_contact handlers.contact_find.find_contact",
    "intent find_facts handlers.facts.find_facts",
    "intent help handlers.admin.help_",
    "intent list_contacts handlers.contact_lists.list_contacts",
    "intent list_followups handlers.followups.list_followups",
    "intent log_interaction handlers.interactions.log_interaction",
    "intent my_settings handlers.settings.my_settings",
    "intent network handlers.network_questions.network_question",
    "intent nudge_history handlers.nudges.history",
    "intent offer handlers.offer.value_proposition",
    "intent pipeline handlers.insights.pipeline",
    "intent portfolio handlers.insights.portfolio",
    "intent reassign handlers.privacy.reassign",
    "intent record_link handlers.network.record_link",
    "intent record_need handlers.facts.record_need",
    "intent record_purchase handlers.sales.record_purchase",
    "intent schedule_followup handlers.followups.schedule_followup",
    "intent snooze handlers.nudges.snooze_words",
    "intent undo handlers.admin.undo",
    "intent update_contact handlers.contacts.update_contact",
    "intent update_deal handlers.sales.update_deal",
    "intent who_changed handlers.history.who_changed",
    "action crm:cancel handlers.pending.cancel_button ignored",
    "action crm:clarify.pick handlers.clarify.pick_button token",
    "action crm:contact.create handlers.pending.create_button ignored",
    "action crm:contact.pick handlers.pending.pick_button id",
    "action crm:contact.show handlers.contact_find.show_contact id",
    "action crm:followup.done handlers.followups.mark_done id",
    "action crm:followup.snooze1d handlers.followups.snooze_day id",
    "action crm:followup.snooze1w handlers.followups.snooze_week id",
    "action crm:import.cancel handlers.upload.cancel_button token",
    "action crm:import.confirm handlers.upload.confirm_button token",
    "action crm:nudge.dismiss handlers.nudges.dismiss id",
    "action crm:nudge.done handlers.nudges.done id",
    "action crm:nudge.log handlers.nudges.log_button id",
    "action crm:nudge.snooze1d handlers.nudges.snooze_day id",
    "action crm:nudge.snooze1w handlers.nudges.snooze_week id",
    "action crm:privacy.erase handlers.privacy.erase_button id",
    "action crm:undo handlers.admin.undo_button id",
    "answer ask_date handlers.date_question.answer_date",
    "answer choose_contact handlers.pending.answer_choice",
    "answer clarify handlers.clarify.answer",
    "answer confirm_erase handlers.privacy.answer_erase",
    "answer confirm_import handlers.upload.answer",
    "answer contacts_listed handlers.contact_lists.open_by_number",
    "answer followups_listed handlers.followups.done_by_number",
    "answer name_for handlers.pending.answer_name",
    "answer nudge_log handlers.nudges.log_answer",
    "answer offer_create handlers.pending.answer_create",
    "request FieldSearch record handlers.modal_log.suggest_contacts False",
    "request FormSubmitted log_form handlers.modal_log.submit False",
    "request HomeOpened  handlers.home.home False",
    "request InlineQuery  handlers.inline.lookup False",
    "request MenuWanted  handlers.menu.menu True",
    "request Shortcut log_interaction handlers.modal_log.open_form False",
    "request Shortcut log_to_crm handlers.modal_log.open_form False",
    "fallback handlers.admin.unknown",
)


def _name(func: Any) -> str:
    return f"{func.__module__}.{func.__qualname__}"


def route_table(router: Router) -> list[str]:
    rows = [f"command {k} {_name(f)} {p}" for k, (f, p) in sorted(router.commands.items())]
    rows += [f"intent {k} {_name(f)}" for k, f in sorted(router.intents.items())]
    rows += [f"action {k} {_name(f)} {router.action_values[k]}" for k, f in sorted(router.actions.items())]
    rows += [f"answer {k} {_name(f)}" for k, f in sorted(router.pending.items())]
    requests = sorted(router.requests.items(), key=lambda item: (item[0][0].__name__, item[0][1]))
    rows += [f"request {t.__name__} {route} {_name(f)} {p}" for (t, route), (f, p) in requests]
    assert router.fallback_handler is not None
    return [*rows, f"fallback {_name(router.fallback_handler)}"]


def test_the_registered_routes_are_exactly_the_feature_list() -> None:
    assert route_table(register_all(Router())) == list(ROUTES)


def test_every_intent_is_routed_and_every_feature_module_registers_something() -> None:
    router = register_all(Router())
    assert set(Intent) - {Intent.UNKNOWN} == set(router.intents)
    for module in FEATURES:
        alone = Router()
        module.register(alone)
        assert alone.commands or alone.intents or alone.actions or alone.pending or alone.requests, module
