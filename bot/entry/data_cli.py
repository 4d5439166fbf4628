"""The data commands of run_bot.py: import, export, erase, backup. Thin: the work is in storage/."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from bot.app import App
from bot.texts import t
from storage.errors import UserError

WithDb = Callable[[argparse.ArgumentParser], argparse.ArgumentParser]


def add_parsers(sub: Any, with_db: WithDb) -> None:
    imp = with_db(sub.add_parser("import", help="import contacts, interactions or purchases (CSV or vCard)"))
    imp.add_argument("file", type=Path, help="a .csv or .vcf file")
    imp.add_argument("--as", dest="as_staff", metavar="STAFF", help="who imports and owns the records")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen per row; write nothing")
    imp.add_argument("--json", action="store_true", help="JSON lines; the last line holds the counts")
    imp.add_argument("--kind", choices=("contacts", "interactions", "purchases"), help="default: by the columns")
    imp.add_argument("--region", metavar="CC", help="phone region for numbers without +country (default: from tz)")
    imp.add_argument("--owner", metavar="HANDLE", help="owner of rows whose owner column is empty or unknown")

    exp = with_db(sub.add_parser("export", help="export contacts (CSV, vCard) or one person (JSON)"))
    exp.add_argument("--as", dest="as_staff", metavar="STAFF", help="who exports (their visibility applies)")
    exp.add_argument("--format", choices=("csv", "vcard", "json"), default="csv")
    exp.add_argument("--contact", metavar="NAME_OR_ID", help="one person (required for json)")
    exp.add_argument("--tag", help="only contacts with this tag")
    exp.add_argument("--owner", metavar="HANDLE", help="only contacts owned by this staff member")
    exp.add_argument("--out", type=Path, metavar="FILE", help="default: standard output")
    exp.add_argument("--yes", action="store_true", help="do not ask before exporting one person (for scripts)")

    era = with_db(sub.add_parser("erase", help="erase one person (data-protection request)"))
    era.add_argument("contact", metavar="CONTACT", help="name, email, phone or id")
    era.add_argument("--as", dest="as_staff", metavar="STAFF", help="an admin (default: the console user)")
    era.add_argument("--anonymize", action="store_true", help="keep purchases and activity counts, anonymized")
    era.add_argument("--yes", action="store_true", help="do not ask for confirmation (for scripts)")

    stf = with_db(sub.add_parser("staff", help="list staff, or add one / change a role, team or access (admins)"))
    stf.add_argument(
        "action", nargs="?", default="list", choices=("list", "add", "role", "team", "deactivate", "activate")
    )
    stf.add_argument("handle", nargs="?", help="the staff member")
    stf.add_argument("value", nargs="*", help="role (add, role) or team name (team)")
    stf.add_argument("--as", dest="as_staff", metavar="STAFF", help="the admin making the change")
    bak = with_db(sub.add_parser("backup", help="consistent snapshot of the store, safe while the bot runs"))
    bak.add_argument("--out", type=Path, metavar="FILE", help="default: backups/ next to the database")


def run(command: str, app: App, args: argparse.Namespace) -> int:
    try:
        if command == "backup":
            return _backup(app, args)
        staff = app.ensure_local_user(getattr(args, "as_staff", None))
        if command == "import":
            try:
                return _import(app, args, staff)
            except (ValueError, PermissionError, FileNotFoundError, LookupError):
                raise
            except Exception as exc:  # a file we cannot read at all: one line, never a traceback
                print(f"error: could not import {args.file}: {type(exc).__name__}: {exc}", file=sys.stderr)
                return 1
        if command == "export":
            return _export(app, args, staff)
        if command == "staff":
            return _staff(app, args, staff)
        return _erase(app, args, staff)
    except (ValueError, PermissionError, FileNotFoundError, LookupError) as exc:
        # The command line speaks English, as its help does; a UserError carries a text key, not a sentence.
        print(f"error: {exc.text(partial(t, 'en')) if isinstance(exc, UserError) else exc}", file=sys.stderr)
        return 1


def _import(app: App, args: argparse.Namespace, staff: Any) -> int:
    from bot.nlu.entities import region_for_tz
    from storage.importer.run import ImportOptions, import_file

    if not args.file.exists():
        raise FileNotFoundError(f"no such file: {args.file}")
    region = (args.region or region_for_tz(staff.tz) or "").upper() or None
    options = ImportOptions(
        dry_run=args.dry_run,
        kind=args.kind,
        region=region,
        day_first=region not in ("US", "CA", "PH"),
        tz=staff.tz,
        currency=app.settings.currency,
        business_tz=app.settings.default_timezone,
        churn_window_days=app.settings.churn_window_days,
        owner=args.owner,
    )

    def show(outcome: Any) -> None:
        print(json.dumps(outcome.as_json(), ensure_ascii=False) if args.json else outcome.as_text(), flush=False)

    with _progress(args.file) as advance:
        report = import_file(
            app.engine,
            args.file,
            staff=staff,
            now=app.services.clock.now(),
            options=options,
            on_outcome=show,
            want_all=False,
            progress=advance,
        )
    print(json.dumps(report.as_json(), ensure_ascii=False) if args.json else report.summary())
    return 0


class _progress:
    """A rich progress bar on stderr, only when stderr is a terminal and the file is big enough to wait for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.bar: Any = None

    def __enter__(self) -> Callable[[int], None] | None:
        if not sys.stderr.isatty() or self.path.stat().st_size < 1_000_000:
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        with self.path.open("rb") as f:
            total = sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b"")) - 1
        from rich.console import Console

        self.bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task(f"importing {self.path.name}", total=max(total, 1))
        return lambda rows: self.bar.advance(task, rows)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _confirm(app: App, staff: Any, ref: str, verb: str, assume_yes: bool) -> str | None:
    """Show exactly whom a command acts on and ask; the contact's id when confirmed, None when not."""
    from storage.permissions import scope_for
    from storage.privacy import service

    with app.services.session() as session:
        contact = service.find_one(session=session, scope=scope_for(session=session, staff=staff), ref=ref)
        line = service.describe(session=session, contact=contact)
    print(f"{verb} {line}", file=sys.stderr)
    if assume_yes:
        return str(contact.id)
    if not sys.stdin or not sys.stdin.isatty():
        raise ValueError(f"nothing done: {verb.lower()} needs a confirmation; run it again with --yes")
    answer = input("Type yes to confirm: ").strip().lower()
    if answer not in ("y", "yes"):
        print("nothing done", file=sys.stderr)
        return None
    return str(contact.id)


def _export(app: App, args: argparse.Namespace, staff: Any) -> int:
    from storage.privacy import service

    now = app.services.clock.now()
    if args.contact:
        confirmed = _confirm(app, staff, args.contact, "Exporting", args.yes)
        if confirmed is None:
            return 1
        args.contact = confirmed
    with app.services.session() as session:
        if args.format == "json":
            if not args.contact:
                raise ValueError("--format json exports one person: add --contact NAME_OR_ID")
            data, contact = service.export_person(session=session, staff=staff, ref=args.contact, now=now)
            text = json.dumps(data, ensure_ascii=False, indent=2)
            with _open(args.out) as out:
                out.write(text + "\n")
            print(f"exported everything about {contact.full_name}", file=sys.stderr)
            return 0
        with _open(args.out) as out:
            count = service.export_contacts(
                session=session, staff=staff, out=out, fmt=args.format, ref=args.contact, tag=args.tag,
                owner=args.owner, now=now,
            )  # fmt: skip
    print(f"exported {count} contact(s)", file=sys.stderr)
    return 0


def _open(path: Path | None) -> Any:
    if path is None:
        return nullcontext(sys.stdout)
    from storage.privacy.files import open_private

    handle: TextIO = open_private(path)  # personal data: 0600, in a 0700 folder when it creates one
    return handle


def _erase(app: App, args: argparse.Namespace, staff: Any) -> int:
    from storage.privacy import service

    confirmed = _confirm(app, staff, args.contact, "Anonymizing" if args.anonymize else "Erasing", args.yes)
    if confirmed is None:
        return 1
    with app.services.session() as session:
        name, counts = service.erase_person(
            session=session, staff=staff, ref=confirmed, anonymize=args.anonymize, now=app.services.clock.now()
        )
    verb = "anonymized" if args.anonymize else "erased"
    print(f"{verb} {name}: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    return 0


def _backup(app: App, args: argparse.Namespace) -> int:
    from storage.backup import backup

    result = backup(app.engine, out=args.out, now=app.services.clock.now())
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _staff(app: App, args: argparse.Namespace, staff: Any) -> int:
    """The command line's /staff: the same service, the same checks, audited as the console user."""
    from storage import staff_admin

    with app.services.session() as session:
        if args.action == "list":
            for r in staff_admin.listing(session=session):
                cells = [r.handle, r.name, r.role + (f", team {r.team}" if r.team else ""), r.language, r.tz]
                print("\t".join(cells + ([] if r.active else ["no access"])))
            return 0
        if not args.handle:
            raise ValueError(f"staff {args.action} needs a handle")
        member = staff_admin.change(
            session=session, by=staff, action=args.action, handle=args.handle,
            value=" ".join(args.value) or None, now=app.services.clock.now(),
        )  # fmt: skip
        print(f"{args.action}: {member.handle} ({member.role}{', inactive' if not member.active else ''})")
    return 0
