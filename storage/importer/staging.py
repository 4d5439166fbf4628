"""Files sent in chat wait here between the dry run and the "Import" answer.

Each upload gets its own owner-only folder (0700) holding one 0600 file under its original (cleaned) name, so
the import's audit row names the file the person sent. The folder's name starts with its expiry (epoch
seconds): a question never answered is swept by the next upload, without trusting file times (the clock is
injected). Confirming claims the folder by renaming it, which only one caller can do, so a double press
imports once.
"""

from __future__ import annotations

import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from config.settings import DATA_DIR
from storage.privacy.files import private_folder, write_private_bytes

_TOKEN = re.compile(r"^(\d{1,12})-([0-9a-f]{16})$")
_CLAIMED = ".run"


@dataclass(frozen=True)
class Staged:
    token: str
    path: Path


def uploads_dir(database_url: str) -> Path:
    """Beside the SQLite file (a test's store keeps its own), else data/uploads."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().parent / "uploads"
    return DATA_DIR / "uploads"


def safe_name(name: str, suffix: str) -> str:
    """The sender's file name without folders or odd characters, ending in ``suffix``."""
    base = re.sub(r"[^\w.-]+", "_", Path(name.replace("\\", "/")).name).strip("._")[:80] or "upload"
    return base if base.lower().endswith(suffix) else base + suffix


def stage(root: Path, *, name: str, data: bytes, expires: datetime) -> Staged:
    private_folder(root)
    token = f"{int(expires.timestamp())}-{secrets.token_hex(8)}"
    folder = root / token
    folder.mkdir(mode=0o700)
    return Staged(token, write_private_bytes(folder / name, data))


def claim(root: Path, token: str, name: str) -> Path | None:
    """Take the staged file for the real import (None if gone: expired, cancelled or already claimed)."""
    if not _TOKEN.match(token):
        return None
    claimed = root / (token + _CLAIMED)
    try:
        (root / token).rename(claimed)
    except OSError:
        return None
    return claimed / name


def discard(root: Path, token: str) -> None:
    for folder in (root / token, root / (token + _CLAIMED)):
        if _TOKEN.match(token) and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)


def discard_path(path: Path) -> None:
    """Remove a claimed file and its folder."""
    shutil.rmtree(path.parent, ignore_errors=True)


def sweep(root: Path, *, now: datetime) -> int:
    """Remove every staged upload whose question has expired; returns how many."""
    if not root.is_dir():
        return 0
    removed = 0
    for folder in root.iterdir():
        match = _TOKEN.match(folder.name.removesuffix(_CLAIMED))
        if match and int(match.group(1)) <= now.timestamp() and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
