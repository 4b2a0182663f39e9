"""A run's temp files in a folder of its own, so a run that was killed leaves nothing for good.

Importing a report builds it in a temp folder first (store/library.py's zoneview-import-…). A run
killed with SIGKILL cannot remove it, and nothing says later whose it was. `use_private_temp` gives
the process a folder of its own in the system's temp folder, named by its process id, makes it where
`tempfile` puts everything from then on, and removes it at exit; and it first removes the folders of
earlier runs whose process is gone (only the current user's: the temp folder is shared).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

PREFIX = "zoneview-run-"
_OWNED = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")
_private: Path | None = None


def use_private_temp() -> Path:
    """This process's own temp folder (made on first use), after clearing those of dead runs."""
    global _private
    if _private is not None and _private.is_dir():
        return _private
    base = Path(tempfile.gettempdir())
    clean_stale(base)
    _private = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    tempfile.tempdir = str(_private)
    atexit.register(shutil.rmtree, _private, True)
    return _private


def clean_stale(base: Path) -> list[Path]:
    """Remove the run folders in `base` whose process is gone; returns those removed."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(base))
    except OSError:
        return removed
    for entry in entries:
        match = _OWNED.match(entry.name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != _uid():
                continue
            shutil.rmtree(entry.path)
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or cannot tell: leave its folder be
    return True


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else -1
