"""The one list of features: each module under handlers/ registers its own routes (its ``register(router)``,
beside its functions), and this list says which capabilities the bot has."""

from __future__ import annotations

from types import ModuleType

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
    sales,
    settings,
    staff,
    upload,
)

FEATURES: tuple[ModuleType, ...] = (
    admin,
    staff,
    contacts,
    interactions,
    followups,
    birthdays,
    at_risk,
    sales,
    deals,
    settings,
    insights,
    privacy,
    history,
    clarify,
    network,
    network_questions,
    facts,
    offer,
    pending,
    date_question,
    nudges,
    upload,
    # Requests that are not chat messages (bot/requests.py).
    home,
    inline,
    menu,
    modal_log,
)


def register_all(router: Router) -> Router:
    for module in FEATURES:
        module.register(router)
    return router
