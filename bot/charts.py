"""Charts as PNG files (matplotlib, Agg backend): pipeline funnel, bars, cohort heat map, a customer's timeline.

Pure rendering: plain numbers in, a file out. The title is also written into the PNG's text chunk
("Title"), so a test or a platform can read what the image shows without looking at it.
A file's name is a hash of its content, so asking the same question twice reuses the image.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.texts.formats import number, percent

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DPI = 100
_COLORS = ("#2f6f9f", "#4f9fcf", "#8fc7e8", "#3a9a5b", "#c0504d")


@dataclass(frozen=True)
class Chart:
    path: str
    title: str


_PRIVATE: Path | None = None


def chart_dir(configured: str | None) -> Path:
    """CRM_CHART_DIR when set (created owner-only if missing), else this process's own folder.

    Charts show customers' figures: a fixed name in the shared temp folder would let another local user read
    them, or plant a file under a name we would then reuse. mkdtemp makes a fresh folder only we can open.
    """
    global _PRIVATE
    if configured:
        folder = Path(configured)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder
    if _PRIVATE is None or not _PRIVATE.is_dir():
        _PRIVATE = Path(tempfile.mkdtemp(prefix="rapport-charts-"))
    return _PRIVATE


def _subplots(figsize: tuple[float, float]) -> tuple[Figure, Axes]:
    """A figure on the Agg canvas, without pyplot: no GUI state, thread-safe, and matplotlib loads only when a
    chart is drawn (importing pyplot costs about a second at start-up)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize)
    return fig, fig.subplots()


def _save(fig: Figure, kind: str, title: str, payload: Any, folder: Path, *, tight: bool = True) -> Chart:
    digest = hashlib.sha1(json.dumps([kind, title, payload], default=str).encode()).hexdigest()[:16]
    path = folder / f"{kind}-{digest}.png"
    if not path.exists():
        fig.suptitle(title, fontsize=12, fontweight="bold")
        if tight:
            fig.tight_layout()
        tmp = folder / f".{path.stem}.{os.getpid()}.{secrets.token_hex(4)}.tmp.png"  # one per writer
        fig.savefig(tmp, dpi=DPI, metadata={"Title": title, "Software": "Rapport"})
        tmp.replace(path)  # atomic: a reader never sees half a file
    return Chart(str(path), title)


def funnel(stages: list[str], counts: list[int], labels: list[str], *, title: str, folder: Path) -> Chart:
    """Horizontal bars as wide as each stage's deal count, widest on top; labels carry the values per currency."""
    fig, ax = _subplots(figsize=(7, 0.6 * len(stages) + 1.4))
    widest = max(counts) if counts and max(counts) > 0 else 1
    for i, (stage, count, label) in enumerate(zip(stages, counts, labels, strict=True)):
        width = max(count / widest, 0.02)
        ax.barh(i, width, left=(1 - width) / 2, color=_COLORS[i % len(_COLORS)])
        ax.text(0.5, i, f"{stage}: {count} · {label}", ha="center", va="center", fontsize=9)
    ax.set_yticks([])
    ax.set_xticks([])
    ax.invert_yaxis()
    ax.set_frame_on(False)
    return _save(fig, "funnel", title, [stages, counts, labels], folder)


def bars(labels: list[str], values: list[float], *, title: str, unit: str, folder: Path) -> Chart:
    fig, ax = _subplots(figsize=(7, 3.6))
    ax.bar(labels, values, color=_COLORS[0])
    for i, value in enumerate(values):
        ax.text(i, value, number(value, digits=0), ha="center", va="bottom", fontsize=8)
    ax.set_ylabel(unit)
    ax.spines[["top", "right"]].set_visible(False)
    return _save(fig, "bars", title, [labels, values, unit], folder)


def heatmap(rows: list[str], matrix: list[list[float | None]], *, title: str, folder: Path) -> Chart:
    """Cohort retention: one row per cohort, one column per month since the first purchase (share 0-1)."""
    width = max((len(r) for r in matrix), default=1)
    grid = [[(v if v is not None else float("nan")) for v in r] + [float("nan")] * (width - len(r)) for r in matrix]
    fig, ax = _subplots(figsize=(0.55 * width + 2.2, 0.35 * len(rows) + 1.4))
    image = ax.imshow(grid, cmap="Blues", vmin=0, vmax=1, aspect="auto")
    for y, row in enumerate(matrix):
        for x, value in enumerate(row):
            if value is not None:
                ax.text(
                    x,
                    y,
                    percent(value),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="black" if value < 0.6 else "white",
                )
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.set_xticks(range(width), [f"+{i}" for i in range(width)], fontsize=8)
    ax.set_xlabel("months since first purchase")
    fig.colorbar(image, ax=ax, fraction=0.03)
    # Fixed margins: tight_layout would lay the ~80 cell labels out a second time (a fifth of the render).
    fig.subplots_adjust(left=0.12, right=0.98, top=0.88, bottom=0.14)
    return _save(fig, "cohorts", title, [rows, matrix], folder, tight=False)


def timeline(events: list[tuple[datetime, str, float]], *, title: str, folder: Path) -> Chart:
    """One row per kind of event (call, meeting, ..., purchase); purchases sized by amount."""
    kinds = sorted({kind for _, kind, _ in events}, key=lambda k: (k == "purchase", k))
    fig, ax = _subplots(figsize=(8, 0.45 * max(len(kinds), 1) + 1.6))
    biggest = max((amount for _, kind, amount in events if kind == "purchase"), default=1.0) or 1.0
    for row, kind in enumerate(kinds):
        points = [(at, amount) for at, k, amount in events if k == kind]
        sizes = [30 + 170 * amount / biggest if kind == "purchase" else 30 for _, amount in points]
        ax.scatter([at for at, _ in points], [row] * len(points), s=sizes, color=_COLORS[row % len(_COLORS)])
    ax.set_yticks(range(len(kinds)), kinds)
    ax.spines[["top", "right", "left"]].set_visible(False)
    fig.autofmt_xdate()
    return _save(fig, "timeline", title, [[e[0].isoformat(), e[1], e[2]] for e in events], folder)
