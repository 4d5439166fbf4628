"""`run_bot.py console --json` driven as a subprocess, exactly as a user or a script would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_console(db: Path, lines: list[str], *extra: str) -> list[dict]:  # type: ignore[type-arg]
    result = subprocess.run(
        [
            sys.executable,
            "run_bot.py",
            "console",
            "--json",
            "--db",
            f"sqlite:///{db}",
            "--as",
            "alice",
            "--now",
            "2026-03-12T10:40:00+00:00",
            *extra,
        ],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines), result.stdout + result.stderr
    return out


def test_add_log_and_find_by_misspelt_name(tmp_path: Path) -> None:
    add, log, find = run_console(
        tmp_path / "crm.db",
        [
            "add Chen Wei, chen@example.cn, +86 138 0013 8000, birthday 29 Feb, works at Dragon Trade",
            "call w/ chen wei re the shipping contract, f/u next tue 3pm",
            "chen wie",
        ],
    )
    assert add["intent"] == "add_contact"
    assert add["entities"] == {
        "contact": "Chen Wei",
        "company": "Dragon Trade",
        "email": "chen@example.cn",
        "phone": "+8613800138000",
        "birthday": "02-29",
    }
    assert log["intent"] == "log_interaction"
    assert log["entities"]["contact"] == "Chen Wei"
    assert log["entities"]["kind"] == "call"
    assert log["entities"]["follow_up"] == "2026-03-17T15:00:00+00:00"
    assert log["reply"].startswith("Logged call with Chen Wei (Dragon Trade), today 10:40.")
    assert find["intent"] == "find_contact"
    assert find["entities"]["contact"] == "Chen Wei"
    assert "shipping contract" in find["reply"]
    assert set(find) == {"reply", "intent", "entities", "buttons"}


def test_state_carries_across_lines_and_bad_input_gets_an_answer(tmp_path: Path) -> None:
    out = run_console(
        tmp_path / "crm.db",
        [
            "add Maria Silva, works at Acme",
            "add Maria Santos, works at Globex",
            "call with maria about pricing",
            "2",
            "",
            "/frobnicate",
            "🙂🙂🙂",
            "x" * 5000,
        ],
    )
    assert out[2]["buttons"] and "Which" in out[2]["reply"]
    assert out[3]["intent"] == "log_interaction" and out[3]["entities"]["contact"] == "Maria Santos"
    assert out[4]["intent"] == "unknown" and out[4]["reply"]
    assert all(o["reply"] for o in out[5:])
    assert "4000" in out[7]["reply"]


def test_bad_database_url_is_one_clear_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "run_bot.py", "console", "--json", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x"],
        input="help\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: cannot open the database")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_invalid_setting_names_the_variable(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "run_bot.py", "console", "--json", "--db", f"sqlite:///{tmp_path / 'x.db'}"],
        input="help\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "CRM_DEFAULT_TIMEZONE": "Mars/Olympus"},
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: CRM_DEFAULT_TIMEZONE:")
    assert "Traceback" not in result.stderr


def test_nudges_command_lists_a_due_follow_up(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    run_console(db, ["add Ana Costa", "remind me to call Ana Costa tomorrow at 9am"])
    result = subprocess.run(
        [
            sys.executable,
            "run_bot.py",
            "nudges",
            "--json",
            "--db",
            f"sqlite:///{db}",
            "--at",
            "2026-03-13T09:05:00+00:00",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    items = [json.loads(line) for line in result.stdout.splitlines()]
    # The morning digest (08:30) announces the day; the follow-up itself comes at its due time.
    assert [(i["kind"], i["contact"], i["owner"]) for i in items] == [
        ("digest", None, "alice"),
        ("follow_up", "Ana Costa", "alice"),
    ]
    assert items[1]["due"] == "2026-03-13T09:00:00+00:00"


def test_quick_start_command_runs_the_console_without_a_sub_command(tmp_path: Path) -> None:
    """`python3 run_bot.py` with nothing configured opens the console on the default SQLite store."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "--as", "alice"],
        input="add Ana Costa\nAna?\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "Added Ana Costa." in result.stdout
    assert (tmp_path / "data" / "rapport.db").exists()
    assert "Traceback" not in result.stderr
