"""What each run_bot.py command does, on a built App."""

from __future__ import annotations

import argparse
import gc
import io
import json
import sys
from zoneinfo import ZoneInfo

from bot.app import App
from bot.app import build_app as _build_app
from config.settings import Settings
from reminders.clock import Clock, FrozenClock, SystemClock


def build_app(settings: Settings, *, clock: Clock | None = None) -> App:
    """The app, then the heap settled: run_bot.py turns the garbage collector off while it starts (collecting
    while a thousand modules load only scans their objects again and again, about a twelfth of a start); once the
    app is built, what exists lives as long as the process, so it is frozen out of the collector's sight
    (gc.freeze) and collection resumes for what messages allocate. Called in-process (tests), where collection
    was never turned off, it changes nothing."""
    app = _build_app(settings, clock=clock)
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
    return app


def _clock(args: argparse.Namespace, name: str) -> Clock:
    at = getattr(args, name, None)
    return FrozenClock(at) if at else SystemClock()


async def run_command(command: str, args: argparse.Namespace, settings: Settings) -> int:
    from config.logging import setup_logging

    # The long-running bot logs its progress; a console chat or a one-off command only warnings (on stderr).
    setup_logging("INFO" if command == "run" and configured_platforms(settings) else "WARNING")
    if command == "migrate":
        app = build_app(settings)
        print(f"Database is up to date: {app.engine.url.render_as_string()}")
        return 0
    if command == "console":
        return await _console(build_app(settings, clock=_clock(args, "now")), args)
    if command == "nudges":
        return _nudges(build_app(settings), args)
    if command == "reminders-health":
        return _reminders_health(build_app(settings), args)
    if command == "run":
        return await _run(build_app(settings), args)
    if command in ("import", "export", "erase", "backup", "staff"):
        from bot.entry import data_cli

        return data_cli.run(command, build_app(settings), args)
    print(f"unknown command {command}", file=sys.stderr)
    return 2


async def _console(app: App, args: argparse.Namespace) -> int:
    from bot.adapters.console import ConsoleAdapter

    if getattr(args, "demo", False):
        _load_demo(app)
    member = app.ensure_local_user(getattr(args, "as_staff", None))
    console = ConsoleAdapter(app.dispatcher, member.handle)
    app.delivery.register(console)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    if sys.stdin.isatty() and not args.json:
        await console.run_interactive()
    else:
        # Bytes that are not UTF-8 must not stop a script mid-way: they become U+FFFD, one answer per line still.
        lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
        await console.run_lines(lines, as_json=args.json)
    return 0


def _nudges(app: App, args: argparse.Namespace) -> int:
    from reminders.preview import preview

    at = args.at or app.services.clock.now()
    for item in preview(app.services, at=at):
        if args.json:
            print(json.dumps(item.as_json(), ensure_ascii=False))
        else:
            print(f"{item.due.isoformat()}  {item.kind:<13} {item.owner:<12} {item.text}")
    return 0


def _reminders_health(app: App, args: argparse.Namespace) -> int:
    from reminders.health import render, report

    now = getattr(args, "at", None) or app.services.clock.now()
    with app.services.session() as session:
        health = report(session=session, now=now, settings=app.settings)
    if getattr(args, "json", False):
        data = {
            "last_sweep": health.last_sweep.isoformat() if health.last_sweep else None,
            "stale": health.stale,
            "pending_due": health.due_pending,
            "pending_later": health.later,
            "failed": [{"id": i, "kind": k, "owner": o, "attempts": a, "error": e} for i, k, o, a, e in health.failing],
            "unconfirmed": health.unconfirmed,
            "leased": health.leased,
            "lease_expired": health.lease_expired,
            "resent": health.resent,
            "found_delivered": health.found,
            "oldest_undelivered": health.oldest_undelivered.isoformat() if health.oldest_undelivered else None,
            "missed": health.missed,
            "unreachable": health.unreachable,
        }
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(render(health, app.settings.default_language))
    return 1 if health.stale or health.failing else 0


def _load_demo(app: App) -> None:
    with app.services.startup_lock():
        created = _load_demo_once(app)
    if created:
        print(f"Loaded the demo data set: {created}.", file=sys.stderr)


def _load_demo_once(app: App) -> str:
    from storage.demo import load_demo

    return load_demo(
        app.services.session,
        now=app.services.clock.now(),
        churn_window_days=app.settings.churn_window_days,
        business_tz=ZoneInfo(app.settings.default_timezone),
    )


async def _run(app: App, args: argparse.Namespace) -> int:
    from bot.adapters.console import ConsoleAdapter
    from bot.entry.runner import configured_adapters, run_forever

    if args.demo:
        _load_demo(app)
    adapters = configured_adapters(app)
    if adapters:
        return await run_forever(app, adapters)
    # Nothing configured: the local console on the default store, so a new user can try it at once.
    member = app.ensure_local_user(getattr(args, "as_staff", None))
    if not args.demo and sys.stdin.isatty() and _store_is_empty(app):
        answer = input("The store is empty. Load a small demo data set to try things out? [Y/n] ").strip().lower()
        if answer in ("", "y", "yes"):
            _load_demo(app)
    console = ConsoleAdapter(app.dispatcher, member.handle)
    app.delivery.register(console)
    return await run_forever(app, [], console=console)


def _store_is_empty(app: App) -> bool:
    from storage import contacts

    with app.services.session() as session:
        return contacts.count(session=session) == 0


def configured_platforms(settings: Settings) -> bool:
    return settings.telegram_token is not None or settings.slack_bot_token is not None
