"""Export files hold personal data: owner-only folders (0700) and files (0600), whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(folder: Path) -> Path:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return folder


def open_private(path: Path) -> TextIO:
    """Open ``path`` for writing text, created 0600 (an existing file is truncated and tightened to 0600).

    O_NOFOLLOW: a symlink planted at the name is refused rather than followed to somewhere else.
    """
    private_folder(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    except BaseException:
        os.close(fd)
        raise


def write_private_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new file created 0600 (O_EXCL: never into a file someone else put there)."""
    private_folder(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, FILE_MODE)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return path
