"""Declarative routing: handlers say what they answer, the dispatcher finds them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.context import HandlerContext
from bot.inputs import ValueKind
from bot.nlu.intents import Intent
from bot.requests import Request
from bot.types import ActionEvent, IncomingMessage, Reply

Result = Reply | list[Reply] | None
MessageHandler = Callable[[IncomingMessage, HandlerContext], Awaitable[Result]]
ActionHandler = Callable[[ActionEvent, HandlerContext], Awaitable[Result]]
PendingHandler = Callable[[IncomingMessage, HandlerContext, dict[str, Any]], Awaitable[Result]]
RequestHandler = Callable[[Any, HandlerContext], Awaitable[Any]]
F = TypeVar("F", bound=Callable[..., Awaitable[Result]])
H = TypeVar("H", bound=Callable[..., Awaitable[Any]])


@dataclass
class Router:
    commands: dict[str, tuple[MessageHandler, bool]] = field(default_factory=dict)
    intents: dict[Intent, MessageHandler] = field(default_factory=dict)
    actions: dict[str, ActionHandler] = field(default_factory=dict)
    action_values: dict[str, ValueKind] = field(default_factory=dict)
    pending: dict[str, PendingHandler] = field(default_factory=dict)
    fallback_handler: MessageHandler | None = None
    # (request type, route) -> (handler, public): see bot/requests.py
    requests: dict[tuple[type[Request[Any]], str], tuple[RequestHandler, bool]] = field(default_factory=dict)

    def command(self, *names: str, public: bool = False) -> Callable[[F], F]:
        """A slash command handled as such (not parsed); ``public`` ones answer people not yet linked."""

        def register(func: F) -> F:
            for name in names:
                self.commands[name.lower()] = (func, public)
            return func

        return register

    def intent(self, name: Intent) -> Callable[[F], F]:
        """The handler for an understood intent; a name that is no ``Intent`` fails here, at registration."""
        intent = Intent(name)

        def register(func: F) -> F:
            self.intents[intent] = func
            return func

        return register

    def action(self, name: str, *, value: ValueKind) -> Callable[[F], F]:
        """A button's handler; ``value`` says what its value is, checked before the handler runs."""

        def register(func: F) -> F:
            self.actions[name] = func
            self.action_values[name] = value
            return func

        return register

    def answer(self, kind: str) -> Callable[[F], F]:
        """The handler for the answer to a pending question of this kind."""

        def register(func: F) -> F:
            self.pending[kind] = func
            return func

        return register

    def request(self, kind: type[Request[Any]], *routes: str, public: bool = False) -> Callable[[H], H]:
        """The handler for a request of this type (and route: a shortcut's or a form's name); it returns the
        request's own answer type. ``public`` ones answer people not yet linked (the command menu)."""

        def register(func: H) -> H:
            for route in routes or ("",):
                self.requests[(kind, route)] = (func, public)
            return func

        return register

    def fallback(self) -> Callable[[F], F]:
        def register(func: F) -> F:
            self.fallback_handler = func
            return func

        return register
