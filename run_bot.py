#!/usr/bin/env python3
"""Rapport command line. Each command is a thin call into bot/entry/cli.py, on the app bot/app.py builds."""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
from datetime import UTC, datetime


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run_bot.py", description="Rapport: the CRM assistant in your chat.")
    # Plain `run_bot.py [--demo] [--as STAFF] [--db URL]` is `run`: the quick start needs no sub-command.
    parser.add_argument("--db", metavar="URL", help="database URL (default: CRM_DATABASE_URL or data/rapport.db)")
    parser.add_argument("--demo", action="store_true", help="load the demo data set first")
    parser.add_argument("--as", dest="as_staff", metavar="STAFF", help="console user when no platform is configured")
    sub = parser.add_subparsers(dest="command")

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        # SUPPRESS: a sub-command's own default must not undo the same option given before it.
        p.add_argument(
            "--db",
            metavar="URL",
            default=argparse.SUPPRESS,
            help="database URL (default: CRM_DATABASE_URL or data/rapport.db)",
        )
        return p

    run = with_db(sub.add_parser("run", help="start every configured adapter and the scheduler (default)"))
    run.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help="load the demo data set first")
    run.add_argument(
        "--as",
        dest="as_staff",
        metavar="STAFF",
        default=argparse.SUPPRESS,
        help="console user when no platform is configured",
    )

    console = with_db(sub.add_parser("console", help="chat in the terminal (reads stdin lines when not a TTY)"))
    console.add_argument(
        "--as",
        dest="as_staff",
        metavar="STAFF",
        default=argparse.SUPPRESS,
        help="staff handle (default: your OS user name)",
    )
    console.add_argument("--now", type=_instant, metavar="ISO8601", help="fix the clock at this instant")
    console.add_argument("--json", action="store_true", help="one JSON line per input line")
    console.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help="load the demo data set first")

    nudges = with_db(sub.add_parser("nudges", help="print the nudges due at an instant, sending nothing"))
    nudges.add_argument("--at", type=_instant, metavar="ISO8601", help="the instant (default: now)")
    nudges.add_argument("--json", action="store_true", help="one JSON line per nudge")

    health = with_db(sub.add_parser("reminders-health", help="last sweep, pending and failed deliveries"))
    health.add_argument("--at", type=_instant, metavar="ISO8601", help="judge as of this instant (default: now)")
    health.add_argument("--json", action="store_true", help="one JSON object")

    with_db(sub.add_parser("migrate", help="bring the database schema up to date"))
    from bot.entry.data_cli import add_parsers

    add_parsers(sub, with_db)
    return parser


def main(argv: list[str] | None = None) -> int:
    from config.settings import SettingsError, get_settings
    from storage.db import DatabaseError

    args = _parser().parse_args(argv)
    command = args.command or "run"
    overrides = {"database_url": args.db} if getattr(args, "db", None) else {}
    try:
        settings = get_settings(**overrides)
        from bot.entry import cli

        return asyncio.run(cli.run_command(command, args, settings))
    except (SettingsError, DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    # No collection while starting: the imports and the app are long-lived, and collecting while they load only
    # scans them again and again. bot/entry/cli.py: build_app freezes them and turns collection back on.
    gc.disable()
    sys.exit(main())
