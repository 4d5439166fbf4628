"""The one list of features: every handler is registered here, explicitly."""

from __future__ import annotations

from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.router import Router
from handlers import (
    admin,
    at_risk,
    birthdays,
    clarify,
    contacts,
    date_question,
    deals,
    facts,
    followups,
    history,
    home,
    inline,
    insights,
    interactions,
    menu,
    modal_log,
    network,
    network_questions,
    nudges,
    offer,
    pending,
    privacy,
    resolve,
    sales,
    settings,
    staff,
    upload,
)
from reminders import dispatch as nudge_actions


def register_all(router: Router) -> Router:
    router.command("start", public=True)(admin.start)
    router.command("link", public=True)(admin.link)
    router.command("linkcode")(admin.issue_link_code)
    router.command("staff")(staff.staff_command)

    router.intent(Intent.HELP)(admin.help_)
    router.intent(Intent.UNDO)(admin.undo)
    router.intent(Intent.ADD_CONTACT)(contacts.add_contact)
    router.intent(Intent.UPDATE_CONTACT)(contacts.update_contact)
    router.intent(Intent.FIND_CONTACT)(contacts.find_contact)
    router.intent(Intent.LIST_CONTACTS)(contacts.list_contacts)
    router.intent(Intent.LOG_INTERACTION)(interactions.log_interaction)
    router.intent(Intent.SCHEDULE_FOLLOWUP)(followups.schedule_followup)
    router.intent(Intent.LIST_FOLLOWUPS)(followups.list_followups)
    router.intent(Intent.BIRTHDAYS)(birthdays.birthdays_query)
    router.intent(Intent.AT_RISK)(at_risk.at_risk)
    router.intent(Intent.RECORD_PURCHASE)(sales.record_purchase)
    router.intent(Intent.UPDATE_DEAL)(sales.update_deal)
    router.intent(Intent.CREATE_DEAL)(deals.create_deal)
    router.intent(Intent.ADD_ORGANIZATION)(deals.add_organization)
    router.intent(Intent.MY_SETTINGS)(settings.my_settings)
    router.intent(Intent.PORTFOLIO)(insights.portfolio)
    router.intent(Intent.PIPELINE)(insights.pipeline)
    router.intent(Intent.CROSS_SELL)(insights.cross_sell)
    router.intent(Intent.EXPORT_CONTACT)(privacy.export_contact)
    router.intent(Intent.ERASE_CONTACT)(privacy.erase_contact)
    router.intent(Intent.REASSIGN)(privacy.reassign)
    router.intent(Intent.WHO_CHANGED)(history.who_changed)
    router.intent(Intent.CLARIFY)(clarify.ask)
    router.intent(Intent.RECORD_LINK)(network.record_link)
    router.intent(Intent.NETWORK)(network_questions.network_question)
    router.intent(Intent.RECORD_NEED)(facts.record_need)
    router.intent(Intent.FIND_FACTS)(facts.find_facts)
    router.intent(Intent.OFFER)(offer.value_proposition)
    router.fallback()(admin.unknown)

    router.answer("choose_contact")(pending.answer_choice)
    router.answer(date_question.PENDING)(date_question.answer_date)
    router.answer("offer_create")(pending.answer_create)
    router.answer("confirm_erase")(privacy.answer_erase)
    router.answer(clarify.PENDING)(clarify.answer)

    router.action(resolve.PICK_ACTION, value=ValueKind.ID)(pending.pick_button)
    router.action(resolve.CREATE_ACTION, value=ValueKind.IGNORED)(pending.create_button)
    router.action(resolve.CANCEL_ACTION, value=ValueKind.IGNORED)(pending.cancel_button)
    router.action("crm:contact.show", value=ValueKind.ID)(contacts.show_contact)
    router.action(privacy.ERASE_ACTION, value=ValueKind.ID)(privacy.erase_button)
    router.action(followups.DONE_ACTION, value=ValueKind.ID)(followups.mark_done)
    router.action(followups.SNOOZE_DAY_ACTION, value=ValueKind.ID)(followups.snooze_day)
    router.action(followups.SNOOZE_WEEK_ACTION, value=ValueKind.ID)(followups.snooze_week)
    router.action(clarify.PICK_ACTION, value=ValueKind.TOKEN)(clarify.pick_button)

    router.command("health")(nudges.health)
    router.command("snooze")(nudges.snooze_words)
    router.command("reminders")(nudges.history)
    router.intent(Intent.SNOOZE)(nudges.snooze_words)
    router.intent(Intent.NUDGE_HISTORY)(nudges.history)
    router.answer(nudges.LOG_ANSWER)(nudges.log_answer)
    router.action(nudge_actions.DONE, value=ValueKind.ID)(nudges.done)
    router.action(nudge_actions.SNOOZE_DAY, value=ValueKind.ID)(nudges.snooze_day)
    router.action(nudge_actions.SNOOZE_WEEK, value=ValueKind.ID)(nudges.snooze_week)
    router.action(nudge_actions.LOG, value=ValueKind.ID)(nudges.log_button)
    router.action(nudge_actions.DISMISS, value=ValueKind.ID)(nudges.dismiss)
    router.command("upload", "import")(upload.receive)
    router.answer(upload.PENDING)(upload.answer)
    router.action(upload.CONFIRM_ACTION, value=ValueKind.TOKEN)(upload.confirm_button)
    router.action(upload.CANCEL_ACTION, value=ValueKind.TOKEN)(upload.cancel_button)

    # Requests that are not chat messages (bot/requests.py): each module registers its own.
    for module in (home, inline, menu, modal_log):
        module.register(router)
    return router
