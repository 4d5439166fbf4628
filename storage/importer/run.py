"""One import, start to finish: inspect the file, stream cleaned chunks to the writer, audit the result."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage import audit
from storage.importer import network_columns, renewal_column
from storage.importer.bulk import Batches
from storage.importer.clean import CleanOptions
from storage.importer.csv_activity import ActivityWriter
from storage.importer.csv_contacts import ContactWriter
from storage.importer.owners import Owners
from storage.importer.pipeline import chunks, paused_gc
from storage.importer.report import ImportReport, Outcome
from storage.importer.sources import inspect
from storage.models import Staff
from storage.permissions import scope_for

KINDS = ("contacts", "interactions", "purchases")


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    kind: str | None = None  # None: decided by the columns
    region: str | None = None  # default region of phone numbers without +country
    day_first: bool = True
    tz: str = "UTC"
    currency: str = "EUR"
    # What the insight rollups are rebuilt with after a bulk load (Settings.default_timezone, churn_window_days).
    business_tz: str = "UTC"
    churn_window_days: int = 180
    chunk_rows: int = 10_000
    # SQLite rewrites every index page a transaction touches: bigger transactions, fewer rewrites.
    commit_rows: int = 50_000
    parallel: bool | None = None
    # False keeps SQLite's per-row full-text trigger (only to measure what the bulk indexing saves).
    bulk_fts: bool = True
    # Who gets the rows whose owner column is empty or names nobody we know (default: the importer).
    owner: str | None = None


def import_file(
    engine: Engine,
    path: Path,
    *,
    staff: Staff,
    now: datetime,
    options: ImportOptions,
    on_outcome: Callable[[Outcome], None] | None = None,
    want_all: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import one file as ``staff``. ``on_outcome`` gets rejected rows (and every row when ``want_all``)."""
    if options.kind is not None and options.kind not in KINDS:
        raise ValueError(f"the kind must be one of {', '.join(KINDS)}")
    info = inspect(path, kind=options.kind)
    report = ImportReport(kind=info.kind, dry_run=options.dry_run, file_format=info.format, encoding=info.encoding)
    report.delimiter = info.delimiter
    with Session(engine) as session:
        scope = scope_for(session=session, staff=staff)
    clean_options = CleanOptions(
        kind=info.kind, region=options.region, day_first=options.day_first, tz=options.tz, currency=options.currency
    )
    started = time.perf_counter()
    error: str | None = None
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB: the indexes of a big import stay hot
        batches = Batches(conn, dry_run=options.dry_run, commit_rows=options.commit_rows, bulk_fts=options.bulk_fts)
        owners = Owners(conn, default_id=scope.staff_id)
        if options.owner:
            default, problem = owners.resolve(options.owner, scope)
            if problem:
                raise ValueError(f'--owner "{options.owner}" is not a staff member of your team')
            owners.default_id = default
        conn.rollback()
        writer: ContactWriter | ActivityWriter
        if info.kind == "contacts":
            writer = ContactWriter(
                batches=batches, scope=scope, owners=owners, now=now, report=report, source=path.name, want_all=want_all
            )
        else:
            writer = ActivityWriter(batches=batches, scope=scope, owners=owners, now=now, report=report, kind=info.kind)
        try:
            with paused_gc():
                for chunk in chunks(info, clean_options, size=options.chunk_rows, parallel=options.parallel):
                    for outcome in writer.apply(chunk):  # type: ignore[arg-type]
                        # The dry run and the real run report the same rows: the rejected and the warned ones.
                        if on_outcome is not None and (want_all or outcome.action == "rejected" or outcome.warned):
                            on_outcome(outcome)
                    if progress is not None:
                        progress(len(chunk))
            if options.dry_run:
                batches.rollback()
            else:
                batches.commit()
                if info.kind != "contacts":
                    _refresh_rollups(engine, now=now, options=options)
                else:
                    with Session(engine) as session:
                        if network_columns.wanted(info):
                            report.extra.update(network_columns.apply(session, info, owner_id=scope.staff_id, now=now))
                        if renewal_column.wanted(info):
                            report.extra.update(
                                renewal_column.apply(session, info, now=now, day_first=options.day_first)
                            )
                        session.commit()
        except BaseException as exc:
            batches.rollback()
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA cache_size = -2000")
            report.seconds = round(time.perf_counter() - started, 3)
            if not options.dry_run:
                _audit(engine, staff=staff, now=now, path=path, report=report, error=error)
    return report


def _refresh_rollups(engine: Engine, *, now: datetime, options: ImportOptions) -> None:
    """Bulk rows bypass the per-write rollup refresh: once the insight rollups exist, rebuild them after the load."""
    from zoneinfo import ZoneInfo

    from storage.analytics import freshness, rollups

    with Session(engine) as session:
        if freshness.as_of(session) is not None:
            rollups.rebuild_rollups(
                session,
                now=now,
                churn_window_days=options.churn_window_days,
                business_tz=ZoneInfo(options.business_tz),
            )
            session.commit()


def _audit(engine: Engine, *, staff: Staff, now: datetime, path: Path, report: ImportReport, error: str | None) -> None:
    detail = {"file": path.name, "kind": report.kind, "format": report.file_format, "encoding": report.encoding}
    detail |= {k: getattr(report, k) for k in ("created", "updated", "rejected", "unchanged", "organizations_created")}
    if error:
        detail["error"] = error[:300]
    with Session(engine) as session:
        audit.record(
            session=session,
            at=now,
            staff_id=staff.id,
            action="import",
            entity=report.kind,
            entity_id=None,
            detail=detail,
        )
        session.commit()
