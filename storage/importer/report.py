"""What an import did, row by row and in total."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Outcome:
    line: int
    action: str  # created, updated, unchanged, rejected
    name: str | None = None
    reason: str = ""
    warned: bool = False  # imported, but a field was dropped (the reason says which and why)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line, "action": self.action, "name": self.name}
        if self.reason:
            out["reason"] = self.reason
        if self.warned:
            out["warnings"] = True
        return out

    def as_text(self) -> str:
        who = f" {self.name}" if self.name else ""
        why = f" — {self.reason}" if self.reason else ""
        return f"line {self.line}: {self.action}{who}{why}"


@dataclass
class ImportReport:
    kind: str
    dry_run: bool
    file_format: str = "csv"
    encoding: str = "utf-8"
    delimiter: str = ","
    created: int = 0
    updated: int = 0
    rejected: int = 0
    unchanged: int = 0
    organizations_created: int = 0
    products_created: int = 0
    rows: int = 0
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def count(self, action: str) -> None:
        setattr(self, action, getattr(self, action) + 1)
        self.rows += 1

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        extra = data.pop("extra")
        ordered = {k: data.pop(k) for k in ("created", "updated", "rejected", "unchanged")}
        return ordered | data | extra

    def summary(self) -> str:
        what = "would be " if self.dry_run else ""
        text = (
            f"{what}created {self.created}, updated {self.updated}, rejected {self.rejected}, "
            f"unchanged {self.unchanged}"
        )
        if self.dry_run:
            text = "dry run, nothing written: " + text
        return text
