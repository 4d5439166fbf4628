"""Charts: a PNG is written, is not empty, and carries its title in the PNG text chunk."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from bot import charts


def _check(chart: charts.Chart, title: str) -> None:
    path = Path(chart.path)
    assert path.exists() and path.stat().st_size > 1000
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart.title == title
    assert Image.open(path).text["Title"] == title


def test_each_chart_renders_with_its_title(tmp_path: Path) -> None:
    _check(
        charts.funnel(["qualification", "proposal"], [3, 1], ["€1,000", "$5"], title="Pipeline", folder=tmp_path),
        "Pipeline",
    )
    _check(
        charts.bars(["SMB", "enterprise"], [10.0, 250.5], title="Revenue by segment", unit="EUR", folder=tmp_path),
        "Revenue by segment",
    )
    _check(charts.heatmap(["2026-01", "2026-02"], [[1.0, 0.5], [1.0]], title="Cohorts", folder=tmp_path), "Cohorts")
    events = [(datetime(2026, 1, 5, tzinfo=UTC), "call", 0.0), (datetime(2026, 2, 1, tzinfo=UTC), "purchase", 120.0)]
    _check(charts.timeline(events, title="Acme: the last 12 months", folder=tmp_path), "Acme: the last 12 months")


def test_same_data_reuses_the_file(tmp_path: Path) -> None:
    first = charts.bars(["a"], [1.0], title="T", unit="EUR", folder=tmp_path)
    second = charts.bars(["a"], [1.0], title="T", unit="EUR", folder=tmp_path)
    assert first.path == second.path
    assert len(list(tmp_path.glob("*.png"))) == 1
