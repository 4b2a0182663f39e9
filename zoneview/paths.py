"""The one place that knows where things live: bundled data and resources, and the user's own folders."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Literal, TextIO

APP_NAME = "zoneview"
_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """`data` or `resources`: inside the installed package, a PyInstaller bundle, or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / APP_NAME / name] if frozen else []
    candidates += [_PACKAGE / name, _PACKAGE.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def bundled_database() -> Path:
    return bundled("data") / "zoneview.db"


def bundled_report() -> Path:
    reports = sorted(bundled("data").glob("*.txt"))
    return reports[0] if reports else bundled("data") / "report.txt"


def user_data_home() -> Path:
    """Where the user's data folder is (or would be), without creating it."""
    override = os.environ.get("ZONEVIEW_DATA_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME


def user_data_dir() -> Path:
    """Bookmarks, rebuilt databases and crash logs; created on first use. An OSError that says which
    folder if it cannot be (ZONEVIEW_DATA_HOME names a file, a read-only disk …)."""
    base = user_data_home()
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OSError(f"cannot use the data folder {base}: {e.strerror or e}") from None
    if not base.is_dir():
        raise OSError(f"cannot use the data folder {base}: it is not a folder")
    return base


def data_folder_problem() -> str | None:
    """Why nothing can be saved in the data folder, or None if it is usable: tried, not guessed (a
    read-only mount or a full disk pass a permission check)."""
    try:
        probe = user_data_dir() / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        return (
            str(e) if str(e).startswith("cannot use") else f"cannot write in {user_data_home()}: {e.strerror}"
        )
    return None


def user_database() -> Path:
    """Where a database rebuilt from the bundled report goes, never over the bundled file."""
    return user_data_dir() / "zoneview.db"


def user_config_home() -> Path:
    """Where the settings live (or would), without creating it: the folder Qt uses for a user's INI
    settings, decided here with the data folder so one module knows every place zoneview writes."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APP_NAME


def settings_file() -> Path:
    """Window layout, last section, zoom, language, page setup: an INI file people can read."""
    return user_config_home() / "zoneview.ini"


def user_library() -> Path:
    """The user's library of reports (it may not exist yet; nothing is created here)."""
    return user_data_home() / "library.db"


def default_database() -> Path:
    """What the window and the commands read when not told: the user's library once there is one,
    else the bundled report's database."""
    library = user_library()
    return library if library.is_file() else bundled_database()


def crash_log() -> Path:
    return user_data_dir() / "crash.log"


def log_file() -> Path:
    """Warnings and errors of a session, for when zoneview runs without a console."""
    return user_data_dir() / "zoneview.log"


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to block on


def open_log(path: Path) -> TextIO:
    """`path` opened to append text to, if it is a regular file or not there yet. Anything else where
    the data folder expects a log (a FIFO, which would block the process until someone reads it, a
    device, a folder) is unusable: OSError, never a wait."""
    return _open_regular(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, "a")


def read_regular_text(path: Path) -> str:
    """The text of `path` if it is a regular file; OSError for anything else (a FIFO is not waited on)."""
    with _open_regular(path, os.O_RDONLY, "r") as f:
        return f.read()


def _open_regular(path: Path, flags: int, mode: Literal["a", "r"]) -> TextIO:
    # opened without blocking (a FIFO opened to write without a reader fails at once with ENXIO; one
    # opened to read opens at once), then kept only if it is a regular file
    fd = os.open(path, flags | _NONBLOCK | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"cannot use {path}: it is not a regular file")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        return open(fd, mode, encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise
